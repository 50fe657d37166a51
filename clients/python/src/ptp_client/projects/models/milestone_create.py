from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneCreate")


@_attrs_define
class MilestoneCreate:
    """
    Attributes:
        name (str):
        due_date (datetime.date):
        phase_id (None | str | Unset):
    """

    name: str
    due_date: datetime.date
    phase_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        due_date = self.due_date.isoformat()

        phase_id: None | str | Unset
        if isinstance(self.phase_id, Unset):
            phase_id = UNSET
        else:
            phase_id = self.phase_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "due_date": due_date,
            }
        )
        if phase_id is not UNSET:
            field_dict["phase_id"] = phase_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_phase_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase_id = _parse_phase_id(d.pop("phase_id", UNSET))

        milestone_create = cls(
            name=name,
            due_date=due_date,
            phase_id=phase_id,
        )

        milestone_create.additional_properties = d
        return milestone_create

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
