from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """
    Attributes:
        milestone_id (str): Contract-local id, e.g. M1; projects echoes it as contract_milestone_id
        name (str):
        due_date (datetime.date):
        deliverable_ids (list[str] | Unset):
    """

    milestone_id: str
    name: str
    due_date: datetime.date
    deliverable_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestone_id = self.milestone_id

        name = self.name

        due_date = self.due_date.isoformat()

        deliverable_ids: list[str] | Unset = UNSET
        if not isinstance(self.deliverable_ids, Unset):
            deliverable_ids = self.deliverable_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestone_id": milestone_id,
                "name": name,
                "due_date": due_date,
            }
        )
        if deliverable_ids is not UNSET:
            field_dict["deliverable_ids"] = deliverable_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        milestone_id = d.pop("milestone_id")

        name = d.pop("name")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        deliverable_ids = cast(list[str], d.pop("deliverable_ids", UNSET))

        milestone = cls(
            milestone_id=milestone_id,
            name=name,
            due_date=due_date,
            deliverable_ids=deliverable_ids,
        )

        milestone.additional_properties = d
        return milestone

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
