from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_config_read_matrix_item_item import RiskConfigReadMatrixItemItem

if TYPE_CHECKING:
    from ..models.risk_config_read_matrix_thresholds import RiskConfigReadMatrixThresholds
    from ..models.risk_config_read_policy import RiskConfigReadPolicy
    from ..models.risk_config_read_probability_of_default import RiskConfigReadProbabilityOfDefault
    from ..models.risk_config_read_quantitative_thresholds import RiskConfigReadQuantitativeThresholds
    from ..models.risk_config_read_rating_model import RiskConfigReadRatingModel


T = TypeVar("T", bound="RiskConfigRead")


@_attrs_define
class RiskConfigRead:
    """
    Attributes:
        rating_model (RiskConfigReadRatingModel):
        probability_of_default (RiskConfigReadProbabilityOfDefault):
        policy (RiskConfigReadPolicy):
        matrix (list[list[RiskConfigReadMatrixItemItem]]): Rows likelihood 1..5, columns impact 1..5
        matrix_thresholds (RiskConfigReadMatrixThresholds): low only when likelihood and impact are both <= low_up_to;
            high from likelihood x impact >= high_from; medium otherwise
        quantitative_thresholds (RiskConfigReadQuantitativeThresholds):
    """

    rating_model: RiskConfigReadRatingModel
    probability_of_default: RiskConfigReadProbabilityOfDefault
    policy: RiskConfigReadPolicy
    matrix: list[list[RiskConfigReadMatrixItemItem]]
    matrix_thresholds: RiskConfigReadMatrixThresholds
    quantitative_thresholds: RiskConfigReadQuantitativeThresholds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating_model = self.rating_model.to_dict()

        probability_of_default = self.probability_of_default.to_dict()

        policy = self.policy.to_dict()

        matrix = []
        for matrix_item_data in self.matrix:
            matrix_item = []
            for matrix_item_item_data in matrix_item_data:
                matrix_item_item = matrix_item_item_data.value
                matrix_item.append(matrix_item_item)

            matrix.append(matrix_item)

        matrix_thresholds = self.matrix_thresholds.to_dict()

        quantitative_thresholds = self.quantitative_thresholds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating_model": rating_model,
                "probability_of_default": probability_of_default,
                "policy": policy,
                "matrix": matrix,
                "matrix_thresholds": matrix_thresholds,
                "quantitative_thresholds": quantitative_thresholds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_config_read_matrix_thresholds import RiskConfigReadMatrixThresholds  # noqa: PLC0415
        from ..models.risk_config_read_policy import RiskConfigReadPolicy  # noqa: PLC0415
        from ..models.risk_config_read_probability_of_default import RiskConfigReadProbabilityOfDefault  # noqa: PLC0415
        from ..models.risk_config_read_quantitative_thresholds import RiskConfigReadQuantitativeThresholds  # noqa: PLC0415
        from ..models.risk_config_read_rating_model import RiskConfigReadRatingModel  # noqa: PLC0415

        d = dict(src_dict)
        rating_model = RiskConfigReadRatingModel.from_dict(d.pop("rating_model"))

        probability_of_default = RiskConfigReadProbabilityOfDefault.from_dict(d.pop("probability_of_default"))

        policy = RiskConfigReadPolicy.from_dict(d.pop("policy"))

        matrix = []
        _matrix = d.pop("matrix")
        for matrix_item_data in _matrix:
            matrix_item = []
            _matrix_item = matrix_item_data
            for matrix_item_item_data in _matrix_item:
                matrix_item_item = RiskConfigReadMatrixItemItem(matrix_item_item_data)

                matrix_item.append(matrix_item_item)

            matrix.append(matrix_item)

        matrix_thresholds = RiskConfigReadMatrixThresholds.from_dict(d.pop("matrix_thresholds"))

        quantitative_thresholds = RiskConfigReadQuantitativeThresholds.from_dict(
            d.pop("quantitative_thresholds")
        )

        risk_config_read = cls(
            rating_model=rating_model,
            probability_of_default=probability_of_default,
            policy=policy,
            matrix=matrix,
            matrix_thresholds=matrix_thresholds,
            quantitative_thresholds=quantitative_thresholds,
        )

        risk_config_read.additional_properties = d
        return risk_config_read

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
