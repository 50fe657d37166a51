from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParkedMessageRead")


@_attrs_define
class ParkedMessageRead:
    """
    Attributes:
        id (int):
        message_id (str):
        consumer (str):
        event_type (str):
        error (str):
        attempts (int):
        parked_at (datetime.datetime):
        status (str):
        payload (None | str | Unset):
    """

    id: int
    message_id: str
    consumer: str
    event_type: str
    error: str
    attempts: int
    parked_at: datetime.datetime
    status: str
    payload: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        consumer = self.consumer

        event_type = self.event_type

        error = self.error

        attempts = self.attempts

        parked_at = self.parked_at.isoformat()

        status = self.status

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message_id": message_id,
                "consumer": consumer,
                "event_type": event_type,
                "error": error,
                "attempts": attempts,
                "parked_at": parked_at,
                "status": status,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message_id = d.pop("message_id")

        consumer = d.pop("consumer")

        event_type = d.pop("event_type")

        error = d.pop("error")

        attempts = d.pop("attempts")

        parked_at = datetime.datetime.fromisoformat(d.pop("parked_at"))

        status = d.pop("status")

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        parked_message_read = cls(
            id=id,
            message_id=message_id,
            consumer=consumer,
            event_type=event_type,
            error=error,
            attempts=attempts,
            parked_at=parked_at,
            status=status,
            payload=payload,
        )

        parked_message_read.additional_properties = d
        return parked_message_read

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
