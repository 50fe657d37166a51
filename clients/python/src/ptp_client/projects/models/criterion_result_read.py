from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CriterionResultRead")


@_attrs_define
class CriterionResultRead:
    """
    Attributes:
        criterion_id (str):
        passed (bool):
        notes (str):
        recorded_by (str):
        recorded_at (datetime.datetime):
    """

    criterion_id: str
    passed: bool
    notes: str
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion_id = self.criterion_id

        passed = self.passed

        notes = self.notes

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterion_id": criterion_id,
                "passed": passed,
                "notes": notes,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion_id = d.pop("criterion_id")

        passed = d.pop("passed")

        notes = d.pop("notes")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        criterion_result_read = cls(
            criterion_id=criterion_id,
            passed=passed,
            notes=notes,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        criterion_result_read.additional_properties = d
        return criterion_result_read

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
