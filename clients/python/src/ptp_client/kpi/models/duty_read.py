from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duty_read_kind import DutyReadKind
from ..models.duty_read_status import DutyReadStatus

T = TypeVar("T", bound="DutyRead")


@_attrs_define
class DutyRead:
    """
    Attributes:
        kind (DutyReadKind):
        subject_id (str):
        subject_label (str):
        period (str):
        period_start (datetime.datetime):
        period_end (datetime.datetime):
        due_at (datetime.datetime):
        status (DutyReadStatus):
        owner (None | str):
        owner_role (None | str):
        team_id (None | str):
    """

    kind: DutyReadKind
    subject_id: str
    subject_label: str
    period: str
    period_start: datetime.datetime
    period_end: datetime.datetime
    due_at: datetime.datetime
    status: DutyReadStatus
    owner: None | str
    owner_role: None | str
    team_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        subject_id = self.subject_id

        subject_label = self.subject_label

        period = self.period

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        due_at = self.due_at.isoformat()

        status = self.status.value

        owner: None | str
        owner = self.owner

        owner_role: None | str
        owner_role = self.owner_role

        team_id: None | str
        team_id = self.team_id

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
                "status": status,
                "owner": owner,
                "owner_role": owner_role,
                "team_id": team_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DutyReadKind(d.pop("kind"))

        subject_id = d.pop("subject_id")

        subject_label = d.pop("subject_label")

        period = d.pop("period")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))

        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        status = DutyReadStatus(d.pop("status"))

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

        duty_read = cls(
            kind=kind,
            subject_id=subject_id,
            subject_label=subject_label,
            period=period,
            period_start=period_start,
            period_end=period_end,
            due_at=due_at,
            status=status,
            owner=owner,
            owner_role=owner_role,
            team_id=team_id,
        )

        duty_read.additional_properties = d
        return duty_read

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
