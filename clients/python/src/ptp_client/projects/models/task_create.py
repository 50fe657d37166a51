from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """
    Attributes:
        name (str):
        start_date (datetime.date):
        due_date (datetime.date):
        owner (None | str | Unset):
        phase_id (None | str | Unset):
        milestone_id (None | str | Unset):
        deliverable_id (None | str | Unset):
        depends_on (list[str] | Unset): Ids of tasks of this project that must finish first
    """

    name: str
    start_date: datetime.date
    due_date: datetime.date
    owner: None | str | Unset = UNSET
    phase_id: None | str | Unset = UNSET
    milestone_id: None | str | Unset = UNSET
    deliverable_id: None | str | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        start_date = self.start_date.isoformat()

        due_date = self.due_date.isoformat()

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        phase_id: None | str | Unset
        if isinstance(self.phase_id, Unset):
            phase_id = UNSET
        else:
            phase_id = self.phase_id

        milestone_id: None | str | Unset
        if isinstance(self.milestone_id, Unset):
            milestone_id = UNSET
        else:
            milestone_id = self.milestone_id

        deliverable_id: None | str | Unset
        if isinstance(self.deliverable_id, Unset):
            deliverable_id = UNSET
        else:
            deliverable_id = self.deliverable_id

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "start_date": start_date,
                "due_date": due_date,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if phase_id is not UNSET:
            field_dict["phase_id"] = phase_id
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id
        if deliverable_id is not UNSET:
            field_dict["deliverable_id"] = deliverable_id
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_phase_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase_id = _parse_phase_id(d.pop("phase_id", UNSET))

        def _parse_milestone_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        milestone_id = _parse_milestone_id(d.pop("milestone_id", UNSET))

        def _parse_deliverable_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deliverable_id = _parse_deliverable_id(d.pop("deliverable_id", UNSET))

        depends_on = cast(list[str], d.pop("depends_on", UNSET))

        task_create = cls(
            name=name,
            start_date=start_date,
            due_date=due_date,
            owner=owner,
            phase_id=phase_id,
            milestone_id=milestone_id,
            deliverable_id=deliverable_id,
            depends_on=depends_on,
        )

        task_create.additional_properties = d
        return task_create

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
