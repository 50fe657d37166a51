from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CriterionRead")


@_attrs_define
class CriterionRead:
    """
    Attributes:
        criterion_id (str):
        description (str):
        self_check_passed (bool | None):
        self_check_notes (None | str):
        self_checked_by (None | str):
    """

    criterion_id: str
    description: str
    self_check_passed: bool | None
    self_check_notes: None | str
    self_checked_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion_id = self.criterion_id

        description = self.description

        self_check_passed: bool | None
        self_check_passed = self.self_check_passed

        self_check_notes: None | str
        self_check_notes = self.self_check_notes

        self_checked_by: None | str
        self_checked_by = self.self_checked_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterion_id": criterion_id,
                "description": description,
                "self_check_passed": self_check_passed,
                "self_check_notes": self_check_notes,
                "self_checked_by": self_checked_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion_id = d.pop("criterion_id")

        description = d.pop("description")

        def _parse_self_check_passed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        self_check_passed = _parse_self_check_passed(d.pop("self_check_passed"))

        def _parse_self_check_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        self_check_notes = _parse_self_check_notes(d.pop("self_check_notes"))

        def _parse_self_checked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        self_checked_by = _parse_self_checked_by(d.pop("self_checked_by"))

        criterion_read = cls(
            criterion_id=criterion_id,
            description=description,
            self_check_passed=self_check_passed,
            self_check_notes=self_check_notes,
            self_checked_by=self_checked_by,
        )

        criterion_read.additional_properties = d
        return criterion_read

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
