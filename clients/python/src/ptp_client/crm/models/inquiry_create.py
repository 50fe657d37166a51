from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inquiry_create_channel import InquiryCreateChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="InquiryCreate")


@_attrs_define
class InquiryCreate:
    """
    Attributes:
        customer_id (str):
        topic (str):
        channel (InquiryCreateChannel):
        question (str):
        received_at (datetime.datetime | None | Unset): Now by default
    """

    customer_id: str
    topic: str
    channel: InquiryCreateChannel
    question: str
    received_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        topic = self.topic

        channel = self.channel.value

        question = self.question

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
                "topic": topic,
                "channel": channel,
                "question": question,
            }
        )
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        topic = d.pop("topic")

        channel = InquiryCreateChannel(d.pop("channel"))

        question = d.pop("question")

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

        inquiry_create = cls(
            customer_id=customer_id,
            topic=topic,
            channel=channel,
            question=question,
            received_at=received_at,
        )

        inquiry_create.additional_properties = d
        return inquiry_create

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
