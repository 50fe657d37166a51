from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FactRead")


@_attrs_define
class FactRead:
    """
    Attributes:
        id (int):
        measure (str):
        unit (str):
        period (str):
        value (str):
        person (None | str):
        customer_id (None | str):
        channel (None | str):
        occurred_at (datetime.datetime):
        event_id (str):
        trail_seq (int):
        trail_url (str):
    """

    id: int
    measure: str
    unit: str
    period: str
    value: str
    person: None | str
    customer_id: None | str
    channel: None | str
    occurred_at: datetime.datetime
    event_id: str
    trail_seq: int
    trail_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        measure = self.measure

        unit = self.unit

        period = self.period

        value = self.value

        person: None | str
        person = self.person

        customer_id: None | str
        customer_id = self.customer_id

        channel: None | str
        channel = self.channel

        occurred_at = self.occurred_at.isoformat()

        event_id = self.event_id

        trail_seq = self.trail_seq

        trail_url = self.trail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "measure": measure,
                "unit": unit,
                "period": period,
                "value": value,
                "person": person,
                "customer_id": customer_id,
                "channel": channel,
                "occurred_at": occurred_at,
                "event_id": event_id,
                "trail_seq": trail_seq,
                "trail_url": trail_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        measure = d.pop("measure")

        unit = d.pop("unit")

        period = d.pop("period")

        value = d.pop("value")

        def _parse_person(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        person = _parse_person(d.pop("person"))

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        event_id = d.pop("event_id")

        trail_seq = d.pop("trail_seq")

        trail_url = d.pop("trail_url")

        fact_read = cls(
            id=id,
            measure=measure,
            unit=unit,
            period=period,
            value=value,
            person=person,
            customer_id=customer_id,
            channel=channel,
            occurred_at=occurred_at,
            event_id=event_id,
            trail_seq=trail_seq,
            trail_url=trail_url,
        )

        fact_read.additional_properties = d
        return fact_read

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
