from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComplaintRead")


@_attrs_define
class ComplaintRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        category (str):
        severity (str):
        channel (str):
        description (str):
        status (str):
        allowed_actions (list[str]):
        received_at (datetime.datetime):
        response_deadline (datetime.datetime):
        overdue (bool): No first response and the deadline has passed
        responded_at (datetime.datetime | None):
        responded_by (None | str):
        first_response (None | str):
        response_minutes (float | None):
        within_deadline (bool | None):
        resolved_at (datetime.datetime | None):
        resolved_by (None | str):
        cause (None | str):
        resolution (None | str):
        result_communicated_via (None | str):
        satisfaction (int | None):
        created_at (datetime.datetime):
        created_by (str):
        version (int):
    """

    id: str
    customer_id: str
    category: str
    severity: str
    channel: str
    description: str
    status: str
    allowed_actions: list[str]
    received_at: datetime.datetime
    response_deadline: datetime.datetime
    overdue: bool
    responded_at: datetime.datetime | None
    responded_by: None | str
    first_response: None | str
    response_minutes: float | None
    within_deadline: bool | None
    resolved_at: datetime.datetime | None
    resolved_by: None | str
    cause: None | str
    resolution: None | str
    result_communicated_via: None | str
    satisfaction: int | None
    created_at: datetime.datetime
    created_by: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        category = self.category

        severity = self.severity

        channel = self.channel

        description = self.description

        status = self.status

        allowed_actions = self.allowed_actions

        received_at = self.received_at.isoformat()

        response_deadline = self.response_deadline.isoformat()

        overdue = self.overdue

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        responded_by: None | str
        responded_by = self.responded_by

        first_response: None | str
        first_response = self.first_response

        response_minutes: float | None
        response_minutes = self.response_minutes

        within_deadline: bool | None
        within_deadline = self.within_deadline

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_by: None | str
        resolved_by = self.resolved_by

        cause: None | str
        cause = self.cause

        resolution: None | str
        resolution = self.resolution

        result_communicated_via: None | str
        result_communicated_via = self.result_communicated_via

        satisfaction: int | None
        satisfaction = self.satisfaction

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "category": category,
                "severity": severity,
                "channel": channel,
                "description": description,
                "status": status,
                "allowed_actions": allowed_actions,
                "received_at": received_at,
                "response_deadline": response_deadline,
                "overdue": overdue,
                "responded_at": responded_at,
                "responded_by": responded_by,
                "first_response": first_response,
                "response_minutes": response_minutes,
                "within_deadline": within_deadline,
                "resolved_at": resolved_at,
                "resolved_by": resolved_by,
                "cause": cause,
                "resolution": resolution,
                "result_communicated_via": result_communicated_via,
                "satisfaction": satisfaction,
                "created_at": created_at,
                "created_by": created_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        category = d.pop("category")

        severity = d.pop("severity")

        channel = d.pop("channel")

        description = d.pop("description")

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        response_deadline = datetime.datetime.fromisoformat(d.pop("response_deadline"))

        overdue = d.pop("overdue")

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("responded_at"))

        def _parse_responded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        responded_by = _parse_responded_by(d.pop("responded_by"))

        def _parse_first_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_response = _parse_first_response(d.pop("first_response"))

        def _parse_response_minutes(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        response_minutes = _parse_response_minutes(d.pop("response_minutes"))

        def _parse_within_deadline(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        within_deadline = _parse_within_deadline(d.pop("within_deadline"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        def _parse_resolved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolved_by = _parse_resolved_by(d.pop("resolved_by"))

        def _parse_cause(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cause = _parse_cause(d.pop("cause"))

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_result_communicated_via(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_communicated_via = _parse_result_communicated_via(d.pop("result_communicated_via"))

        def _parse_satisfaction(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        version = d.pop("version")

        complaint_read = cls(
            id=id,
            customer_id=customer_id,
            category=category,
            severity=severity,
            channel=channel,
            description=description,
            status=status,
            allowed_actions=allowed_actions,
            received_at=received_at,
            response_deadline=response_deadline,
            overdue=overdue,
            responded_at=responded_at,
            responded_by=responded_by,
            first_response=first_response,
            response_minutes=response_minutes,
            within_deadline=within_deadline,
            resolved_at=resolved_at,
            resolved_by=resolved_by,
            cause=cause,
            resolution=resolution,
            result_communicated_via=result_communicated_via,
            satisfaction=satisfaction,
            created_at=created_at,
            created_by=created_by,
            version=version,
        )

        complaint_read.additional_properties = d
        return complaint_read

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
