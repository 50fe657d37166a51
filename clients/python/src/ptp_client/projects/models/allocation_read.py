from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllocationRead")


@_attrs_define
class AllocationRead:
    """
    Attributes:
        id (str):
        project_id (str):
        kind (str):
        member (None | str):
        role (None | str):
        description (str):
        period_start (datetime.date):
        period_end (datetime.date):
        planned_hours (None | str):
        actual_hours (None | str):
        planned_amount (None | str):
        actual_amount (None | str):
        currency (None | str):
        released_at (datetime.datetime | None): Set when the project was cancelled: the booking no longer counts against
            capacity
        created_by (str):
        version (int):
    """

    id: str
    project_id: str
    kind: str
    member: None | str
    role: None | str
    description: str
    period_start: datetime.date
    period_end: datetime.date
    planned_hours: None | str
    actual_hours: None | str
    planned_amount: None | str
    actual_amount: None | str
    currency: None | str
    released_at: datetime.datetime | None
    created_by: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        kind = self.kind

        member: None | str
        member = self.member

        role: None | str
        role = self.role

        description = self.description

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        planned_hours: None | str
        planned_hours = self.planned_hours

        actual_hours: None | str
        actual_hours = self.actual_hours

        planned_amount: None | str
        planned_amount = self.planned_amount

        actual_amount: None | str
        actual_amount = self.actual_amount

        currency: None | str
        currency = self.currency

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        created_by = self.created_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "kind": kind,
                "member": member,
                "role": role,
                "description": description,
                "period_start": period_start,
                "period_end": period_end,
                "planned_hours": planned_hours,
                "actual_hours": actual_hours,
                "planned_amount": planned_amount,
                "actual_amount": actual_amount,
                "currency": currency,
                "released_at": released_at,
                "created_by": created_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        kind = d.pop("kind")

        def _parse_member(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        member = _parse_member(d.pop("member"))

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        description = d.pop("description")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_planned_hours(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned_hours = _parse_planned_hours(d.pop("planned_hours"))

        def _parse_actual_hours(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_hours = _parse_actual_hours(d.pop("actual_hours"))

        def _parse_planned_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned_amount = _parse_planned_amount(d.pop("planned_amount"))

        def _parse_actual_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_amount = _parse_actual_amount(d.pop("actual_amount"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("released_at"))

        created_by = d.pop("created_by")

        version = d.pop("version")

        allocation_read = cls(
            id=id,
            project_id=project_id,
            kind=kind,
            member=member,
            role=role,
            description=description,
            period_start=period_start,
            period_end=period_end,
            planned_hours=planned_hours,
            actual_hours=actual_hours,
            planned_amount=planned_amount,
            actual_amount=actual_amount,
            currency=currency,
            released_at=released_at,
            created_by=created_by,
            version=version,
        )

        allocation_read.additional_properties = d
        return allocation_read

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
