from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_create_kind import SessionCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionCreate")


@_attrs_define
class SessionCreate:
    """
    Attributes:
        customer_id (str):
        kind (SessionCreateKind):
        topic (str):
        started_at (datetime.datetime):
        duration_minutes (int):
        notes (str | Unset):  Default: ''.
        attendees (int | Unset):  Default: 0.
        project_id (None | str | Unset):
    """

    customer_id: str
    kind: SessionCreateKind
    topic: str
    started_at: datetime.datetime
    duration_minutes: int
    notes: str | Unset = ""
    attendees: int | Unset = 0
    project_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        kind = self.kind.value

        topic = self.topic

        started_at = self.started_at.isoformat()

        duration_minutes = self.duration_minutes

        notes = self.notes

        attendees = self.attendees

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "kind": kind,
                "topic": topic,
                "started_at": started_at,
                "duration_minutes": duration_minutes,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        kind = SessionCreateKind(d.pop("kind"))

        topic = d.pop("topic")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        duration_minutes = d.pop("duration_minutes")

        notes = d.pop("notes", UNSET)

        attendees = d.pop("attendees", UNSET)

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        session_create = cls(
            customer_id=customer_id,
            kind=kind,
            topic=topic,
            started_at=started_at,
            duration_minutes=duration_minutes,
            notes=notes,
            attendees=attendees,
            project_id=project_id,
        )

        session_create.additional_properties = d
        return session_create

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
