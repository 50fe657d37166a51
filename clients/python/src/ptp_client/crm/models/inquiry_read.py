from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InquiryRead")


@_attrs_define
class InquiryRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        topic (str):
        channel (str):
        question (str):
        status (str):
        received_at (datetime.datetime):
        taken_by (str):
        responded_at (datetime.datetime | None):
        responded_by (None | str):
        first_response (None | str):
        response_minutes (float | None):
        resolved_at (datetime.datetime | None):
        resolved_by (None | str):
        resolution (None | str):
        resolution_minutes (float | None):
        version (int):
        allowed_actions (list[str] | Unset):
    """

    id: str
    customer_id: str
    topic: str
    channel: str
    question: str
    status: str
    received_at: datetime.datetime
    taken_by: str
    responded_at: datetime.datetime | None
    responded_by: None | str
    first_response: None | str
    response_minutes: float | None
    resolved_at: datetime.datetime | None
    resolved_by: None | str
    resolution: None | str
    resolution_minutes: float | None
    version: int
    allowed_actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        topic = self.topic

        channel = self.channel

        question = self.question

        status = self.status

        received_at = self.received_at.isoformat()

        taken_by = self.taken_by

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

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_by: None | str
        resolved_by = self.resolved_by

        resolution: None | str
        resolution = self.resolution

        resolution_minutes: float | None
        resolution_minutes = self.resolution_minutes

        version = self.version

        allowed_actions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = self.allowed_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "topic": topic,
                "channel": channel,
                "question": question,
                "status": status,
                "received_at": received_at,
                "taken_by": taken_by,
                "responded_at": responded_at,
                "responded_by": responded_by,
                "first_response": first_response,
                "response_minutes": response_minutes,
                "resolved_at": resolved_at,
                "resolved_by": resolved_by,
                "resolution": resolution,
                "resolution_minutes": resolution_minutes,
                "version": version,
            }
        )
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        topic = d.pop("topic")

        channel = d.pop("channel")

        question = d.pop("question")

        status = d.pop("status")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        taken_by = d.pop("taken_by")

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

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_resolution_minutes(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolution_minutes = _parse_resolution_minutes(d.pop("resolution_minutes"))

        version = d.pop("version")

        allowed_actions = cast(list[str], d.pop("allowed_actions", UNSET))

        inquiry_read = cls(
            id=id,
            customer_id=customer_id,
            topic=topic,
            channel=channel,
            question=question,
            status=status,
            received_at=received_at,
            taken_by=taken_by,
            responded_at=responded_at,
            responded_by=responded_by,
            first_response=first_response,
            response_minutes=response_minutes,
            resolved_at=resolved_at,
            resolved_by=resolved_by,
            resolution=resolution,
            resolution_minutes=resolution_minutes,
            version=version,
            allowed_actions=allowed_actions,
        )

        inquiry_read.additional_properties = d
        return inquiry_read

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
