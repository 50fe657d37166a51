from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scorecard_create_subject_type import ScorecardCreateSubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_weights_in import EvaluatorWeightsIn
    from ..models.indicator_target_in import IndicatorTargetIn


T = TypeVar("T", bound="ScorecardCreate")


@_attrs_define
class ScorecardCreate:
    """
    Attributes:
        subject_type (ScorecardCreateSubjectType):
        subject_id (str):
        period (str):
        indicators (list[IndicatorTargetIn]):
        quantitative_weight (float | str | Unset):  Default: 0.7.
        evaluator_weights (EvaluatorWeightsIn | Unset): Shares of the qualitative score per kind of evaluator (each 0 or
            more); they add up to 1.

            Named apart from the responses' ``EvaluatorWeights`` (decimal strings), so the OpenAPI has two
            distinct names instead of ``EvaluatorWeights-Input``/``-Output`` (which client generators turn
            into one duplicate class).
    """

    subject_type: ScorecardCreateSubjectType
    subject_id: str
    period: str
    indicators: list[IndicatorTargetIn]
    quantitative_weight: float | str | Unset = 0.7
    evaluator_weights: EvaluatorWeightsIn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_type = self.subject_type.value

        subject_id = self.subject_id

        period = self.period

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        quantitative_weight: float | str | Unset
        if isinstance(self.quantitative_weight, Unset):
            quantitative_weight = UNSET
        else:
            quantitative_weight = self.quantitative_weight

        evaluator_weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluator_weights, Unset):
            evaluator_weights = self.evaluator_weights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject_type": subject_type,
                "subject_id": subject_id,
                "period": period,
                "indicators": indicators,
            }
        )
        if quantitative_weight is not UNSET:
            field_dict["quantitative_weight"] = quantitative_weight
        if evaluator_weights is not UNSET:
            field_dict["evaluator_weights"] = evaluator_weights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluator_weights_in import EvaluatorWeightsIn  # noqa: PLC0415
        from ..models.indicator_target_in import IndicatorTargetIn  # noqa: PLC0415

        d = dict(src_dict)
        subject_type = ScorecardCreateSubjectType(d.pop("subject_type"))

        subject_id = d.pop("subject_id")

        period = d.pop("period")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorTargetIn.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        def _parse_quantitative_weight(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        quantitative_weight = _parse_quantitative_weight(d.pop("quantitative_weight", UNSET))

        _evaluator_weights = d.pop("evaluator_weights", UNSET)
        evaluator_weights: EvaluatorWeightsIn | Unset
        if isinstance(_evaluator_weights, Unset):
            evaluator_weights = UNSET
        else:
            evaluator_weights = EvaluatorWeightsIn.from_dict(_evaluator_weights)

        scorecard_create = cls(
            subject_type=subject_type,
            subject_id=subject_id,
            period=period,
            indicators=indicators,
            quantitative_weight=quantitative_weight,
            evaluator_weights=evaluator_weights,
        )

        scorecard_create.additional_properties = d
        return scorecard_create

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
