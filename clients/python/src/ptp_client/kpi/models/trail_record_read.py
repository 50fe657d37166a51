from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trail_record_read_event import TrailRecordReadEvent


T = TypeVar("T", bound="TrailRecordRead")


@_attrs_define
class TrailRecordRead:
    """
    Attributes:
        seq (int): Position in the chain, from 1
        event_id (str):
        type_ (str):
        source (str):
        subject (None | str):
        correlation_id (str):
        causation_id (None | str):
        actor (None | str):
        occurred_at (datetime.datetime):
        recorded_at (datetime.datetime):
        prev_hash (str):
        hash_ (str):
        event (TrailRecordReadEvent): The event envelope as received
    """

    seq: int
    event_id: str
    type_: str
    source: str
    subject: None | str
    correlation_id: str
    causation_id: None | str
    actor: None | str
    occurred_at: datetime.datetime
    recorded_at: datetime.datetime
    prev_hash: str
    hash_: str
    event: TrailRecordReadEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        event_id = self.event_id

        type_ = self.type_

        source = self.source

        subject: None | str
        subject = self.subject

        correlation_id = self.correlation_id

        causation_id: None | str
        causation_id = self.causation_id

        actor: None | str
        actor = self.actor

        occurred_at = self.occurred_at.isoformat()

        recorded_at = self.recorded_at.isoformat()

        prev_hash = self.prev_hash

        hash_ = self.hash_

        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "event_id": event_id,
                "type": type_,
                "source": source,
                "subject": subject,
                "correlation_id": correlation_id,
                "causation_id": causation_id,
                "actor": actor,
                "occurred_at": occurred_at,
                "recorded_at": recorded_at,
                "prev_hash": prev_hash,
                "hash": hash_,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trail_record_read_event import TrailRecordReadEvent  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        event_id = d.pop("event_id")

        type_ = d.pop("type")

        source = d.pop("source")

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        correlation_id = d.pop("correlation_id")

        def _parse_causation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        causation_id = _parse_causation_id(d.pop("causation_id"))

        def _parse_actor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor = _parse_actor(d.pop("actor"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        prev_hash = d.pop("prev_hash")

        hash_ = d.pop("hash")

        event = TrailRecordReadEvent.from_dict(d.pop("event"))

        trail_record_read = cls(
            seq=seq,
            event_id=event_id,
            type_=type_,
            source=source,
            subject=subject,
            correlation_id=correlation_id,
            causation_id=causation_id,
            actor=actor,
            occurred_at=occurred_at,
            recorded_at=recorded_at,
            prev_hash=prev_hash,
            hash_=hash_,
            event=event,
        )

        trail_record_read.additional_properties = d
        return trail_record_read

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
