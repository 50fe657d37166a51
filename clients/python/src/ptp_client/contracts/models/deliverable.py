from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Deliverable")


@_attrs_define
class Deliverable:
    """
    Attributes:
        deliverable_id (str): Contract-local id, e.g. D1
        name (str):
        due_date (datetime.date):
        description (str | Unset):  Default: ''.
        acceptance_criteria (list[str] | Unset): Ids of acceptance criteria it must meet
    """

    deliverable_id: str
    name: str
    due_date: datetime.date
    description: str | Unset = ""
    acceptance_criteria: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deliverable_id = self.deliverable_id

        name = self.name

        due_date = self.due_date.isoformat()

        description = self.description

        acceptance_criteria: list[str] | Unset = UNSET
        if not isinstance(self.acceptance_criteria, Unset):
            acceptance_criteria = self.acceptance_criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliverable_id": deliverable_id,
                "name": name,
                "due_date": due_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if acceptance_criteria is not UNSET:
            field_dict["acceptance_criteria"] = acceptance_criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deliverable_id = d.pop("deliverable_id")

        name = d.pop("name")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        description = d.pop("description", UNSET)

        acceptance_criteria = cast(list[str], d.pop("acceptance_criteria", UNSET))

        deliverable = cls(
            deliverable_id=deliverable_id,
            name=name,
            due_date=due_date,
            description=description,
            acceptance_criteria=acceptance_criteria,
        )

        deliverable.additional_properties = d
        return deliverable

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
