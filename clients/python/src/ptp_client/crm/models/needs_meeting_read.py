from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attendee import Attendee


T = TypeVar("T", bound="NeedsMeetingRead")


@_attrs_define
class NeedsMeetingRead:
    """
    Attributes:
        id (str):
        opportunity_id (str):
        held_at (datetime.datetime):
        attendees (list[Attendee]):
        pain_points (list[str]):
        goals (list[str]):
        outcome (str):
        created_at (datetime.datetime):
        created_by (str):
    """

    id: str
    opportunity_id: str
    held_at: datetime.datetime
    attendees: list[Attendee]
    pain_points: list[str]
    goals: list[str]
    outcome: str
    created_at: datetime.datetime
    created_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        opportunity_id = self.opportunity_id

        held_at = self.held_at.isoformat()

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        pain_points = self.pain_points

        goals = self.goals

        outcome = self.outcome

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "opportunity_id": opportunity_id,
                "held_at": held_at,
                "attendees": attendees,
                "pain_points": pain_points,
                "goals": goals,
                "outcome": outcome,
                "created_at": created_at,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendee import Attendee  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        opportunity_id = d.pop("opportunity_id")

        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = Attendee.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        pain_points = cast(list[str], d.pop("pain_points"))

        goals = cast(list[str], d.pop("goals"))

        outcome = d.pop("outcome")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        needs_meeting_read = cls(
            id=id,
            opportunity_id=opportunity_id,
            held_at=held_at,
            attendees=attendees,
            pain_points=pain_points,
            goals=goals,
            outcome=outcome,
            created_at=created_at,
            created_by=created_by,
        )

        needs_meeting_read.additional_properties = d
        return needs_meeting_read

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
