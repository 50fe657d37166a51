from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_part import CustomerPart
    from ..models.evaluation_read import EvaluationRead
    from ..models.evaluator_weights import EvaluatorWeights
    from ..models.qualitative_result_by_evaluator_kind import QualitativeResultByEvaluatorKind


T = TypeVar("T", bound="QualitativeResult")


@_attrs_define
class QualitativeResult:
    """
    Attributes:
        by_evaluator_kind (QualitativeResultByEvaluatorKind): supervisor and peer: mean of their evaluations; customer:
            the customer part
        weights (EvaluatorWeights): Shares of the qualitative score per kind of evaluator; they add up to 1.
        score (None | str):
        customer (CustomerPart): The customer part of the qualitative score and the crm facts it rests on.
        evaluations (list[EvaluationRead]): Supervisor and peer evaluations (customer scores typed by staff before the
            customer part came from crm are listed and count for nothing)
    """

    by_evaluator_kind: QualitativeResultByEvaluatorKind
    weights: EvaluatorWeights
    score: None | str
    customer: CustomerPart
    evaluations: list[EvaluationRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_evaluator_kind = self.by_evaluator_kind.to_dict()

        weights = self.weights.to_dict()

        score: None | str
        score = self.score

        customer = self.customer.to_dict()

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_evaluator_kind": by_evaluator_kind,
                "weights": weights,
                "score": score,
                "customer": customer,
                "evaluations": evaluations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_part import CustomerPart  # noqa: PLC0415
        from ..models.evaluation_read import EvaluationRead  # noqa: PLC0415
        from ..models.evaluator_weights import EvaluatorWeights  # noqa: PLC0415
        from ..models.qualitative_result_by_evaluator_kind import QualitativeResultByEvaluatorKind  # noqa: PLC0415

        d = dict(src_dict)
        by_evaluator_kind = QualitativeResultByEvaluatorKind.from_dict(d.pop("by_evaluator_kind"))

        weights = EvaluatorWeights.from_dict(d.pop("weights"))

        def _parse_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        score = _parse_score(d.pop("score"))

        customer = CustomerPart.from_dict(d.pop("customer"))

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = EvaluationRead.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        qualitative_result = cls(
            by_evaluator_kind=by_evaluator_kind,
            weights=weights,
            score=score,
            customer=customer,
            evaluations=evaluations,
        )

        qualitative_result.additional_properties = d
        return qualitative_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
