from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee import Attendee


T = TypeVar("T", bound="NeedsMeetingCreate")


@_attrs_define
class NeedsMeetingCreate:
    """
    Attributes:
        held_at (datetime.datetime):
        attendees (list[Attendee]):
        outcome (str):
        pain_points (list[str] | Unset):
        goals (list[str] | Unset):
    """

    held_at: datetime.datetime
    attendees: list[Attendee]
    outcome: str
    pain_points: list[str] | Unset = UNSET
    goals: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        held_at = self.held_at.isoformat()

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        outcome = self.outcome

        pain_points: list[str] | Unset = UNSET
        if not isinstance(self.pain_points, Unset):
            pain_points = self.pain_points

        goals: list[str] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = self.goals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "held_at": held_at,
                "attendees": attendees,
                "outcome": outcome,
            }
        )
        if pain_points is not UNSET:
            field_dict["pain_points"] = pain_points
        if goals is not UNSET:
            field_dict["goals"] = goals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendee import Attendee  # noqa: PLC0415

        d = dict(src_dict)
        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = Attendee.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        outcome = d.pop("outcome")

        pain_points = cast(list[str], d.pop("pain_points", UNSET))

        goals = cast(list[str], d.pop("goals", UNSET))

        needs_meeting_create = cls(
            held_at=held_at,
            attendees=attendees,
            outcome=outcome,
            pain_points=pain_points,
            goals=goals,
        )

        needs_meeting_create.additional_properties = d
        return needs_meeting_create

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
