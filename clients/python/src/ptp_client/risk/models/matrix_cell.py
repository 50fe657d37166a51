from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.matrix_cell_level import MatrixCellLevel

T = TypeVar("T", bound="MatrixCell")


@_attrs_define
class MatrixCell:
    """
    Attributes:
        likelihood (int):
        impact (int):
        level (MatrixCellLevel):
        count (int):
        risk_ids (list[str]):
    """

    likelihood: int
    impact: int
    level: MatrixCellLevel
    count: int
    risk_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        likelihood = self.likelihood

        impact = self.impact

        level = self.level.value

        count = self.count

        risk_ids = self.risk_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "likelihood": likelihood,
                "impact": impact,
                "level": level,
                "count": count,
                "risk_ids": risk_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        likelihood = d.pop("likelihood")

        impact = d.pop("impact")

        level = MatrixCellLevel(d.pop("level"))

        count = d.pop("count")

        risk_ids = cast(list[str], d.pop("risk_ids"))

        matrix_cell = cls(
            likelihood=likelihood,
            impact=impact,
            level=level,
            count=count,
            risk_ids=risk_ids,
        )

        matrix_cell.additional_properties = d
        return matrix_cell

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
