from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionRead")


@_attrs_define
class SessionRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        kind (str):
        topic (str):
        notes (str):
        given_by (str):
        started_at (datetime.datetime):
        duration_minutes (int):
        attendees (int):
        project_id (None | str):
        created_at (datetime.datetime):
    """

    id: str
    customer_id: str
    kind: str
    topic: str
    notes: str
    given_by: str
    started_at: datetime.datetime
    duration_minutes: int
    attendees: int
    project_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        kind = self.kind

        topic = self.topic

        notes = self.notes

        given_by = self.given_by

        started_at = self.started_at.isoformat()

        duration_minutes = self.duration_minutes

        attendees = self.attendees

        project_id: None | str
        project_id = self.project_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "kind": kind,
                "topic": topic,
                "notes": notes,
                "given_by": given_by,
                "started_at": started_at,
                "duration_minutes": duration_minutes,
                "attendees": attendees,
                "project_id": project_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        kind = d.pop("kind")

        topic = d.pop("topic")

        notes = d.pop("notes")

        given_by = d.pop("given_by")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        duration_minutes = d.pop("duration_minutes")

        attendees = d.pop("attendees")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        session_read = cls(
            id=id,
            customer_id=customer_id,
            kind=kind,
            topic=topic,
            notes=notes,
            given_by=given_by,
            started_at=started_at,
            duration_minutes=duration_minutes,
            attendees=attendees,
            project_id=project_id,
            created_at=created_at,
        )

        session_read.additional_properties = d
        return session_read

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
