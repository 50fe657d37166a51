from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.missed_duty_read_kind import MissedDutyReadKind

T = TypeVar("T", bound="MissedDutyRead")


@_attrs_define
class MissedDutyRead:
    """
    Attributes:
        kind (MissedDutyReadKind):
        subject_id (str):
        subject_label (str):
        period (str):
        period_start (datetime.datetime):
        period_end (datetime.datetime):
        due_at (datetime.datetime):
        owner (None | str):
        owner_role (None | str):
        team_id (None | str):
        consecutive (int): Periods missed in a row, this one included
        event_id (str): The kpi.duty.missed event
        recorded_at (datetime.datetime):
    """

    kind: MissedDutyReadKind
    subject_id: str
    subject_label: str
    period: str
    period_start: datetime.datetime
    period_end: datetime.datetime
    due_at: datetime.datetime
    owner: None | str
    owner_role: None | str
    team_id: None | str
    consecutive: int
    event_id: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        subject_id = self.subject_id

        subject_label = self.subject_label

        period = self.period

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        due_at = self.due_at.isoformat()

        owner: None | str
        owner = self.owner

        owner_role: None | str
        owner_role = self.owner_role

        team_id: None | str
        team_id = self.team_id

        consecutive = self.consecutive

        event_id = self.event_id

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "subject_id": subject_id,
                "subject_label": subject_label,
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "due_at": due_at,
                "owner": owner,
                "owner_role": owner_role,
                "team_id": team_id,
                "consecutive": consecutive,
                "event_id": event_id,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = MissedDutyReadKind(d.pop("kind"))

        subject_id = d.pop("subject_id")

        subject_label = d.pop("subject_label")

        period = d.pop("period")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))

        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_owner_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_role = _parse_owner_role(d.pop("owner_role"))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

        consecutive = d.pop("consecutive")

        event_id = d.pop("event_id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        missed_duty_read = cls(
            kind=kind,
            subject_id=subject_id,
            subject_label=subject_label,
            period=period,
            period_start=period_start,
            period_end=period_end,
            due_at=due_at,
            owner=owner,
            owner_role=owner_role,
            team_id=team_id,
            consecutive=consecutive,
            event_id=event_id,
            recorded_at=recorded_at,
        )

        missed_duty_read.additional_properties = d
        return missed_duty_read

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
