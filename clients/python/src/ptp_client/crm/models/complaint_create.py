from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_create_channel import ComplaintCreateChannel
from ..models.complaint_create_severity import ComplaintCreateSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintCreate")


@_attrs_define
class ComplaintCreate:
    """
    Attributes:
        customer_id (str):
        category (str):
        severity (ComplaintCreateSeverity):
        channel (ComplaintCreateChannel):
        description (str):
        received_at (datetime.datetime | None | Unset): When the client complained; now by default
    """

    customer_id: str
    category: str
    severity: ComplaintCreateSeverity
    channel: ComplaintCreateChannel
    description: str
    received_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        category = self.category

        severity = self.severity.value

        channel = self.channel.value

        description = self.description

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "category": category,
                "severity": severity,
                "channel": channel,
                "description": description,
            }
        )
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        category = d.pop("category")

        severity = ComplaintCreateSeverity(d.pop("severity"))

        channel = ComplaintCreateChannel(d.pop("channel"))

        description = d.pop("description")

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        complaint_create = cls(
            customer_id=customer_id,
            category=category,
            severity=severity,
            channel=channel,
            description=description,
            received_at=received_at,
        )

        complaint_create.additional_properties = d
        return complaint_create

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
