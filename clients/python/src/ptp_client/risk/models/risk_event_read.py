from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_event_read_event import RiskEventReadEvent
from ..models.risk_event_read_kind import RiskEventReadKind
from ..models.risk_event_read_level_type_0 import RiskEventReadLevelType0
from ..models.risk_event_read_previous_level_type_0 import RiskEventReadPreviousLevelType0

T = TypeVar("T", bound="RiskEventRead")


@_attrs_define
class RiskEventRead:
    """
    Attributes:
        id (str):
        occurred_at (datetime.datetime):
        event (RiskEventReadEvent):
        kind (RiskEventReadKind):
        level (None | RiskEventReadLevelType0):
        previous_level (None | RiskEventReadPreviousLevelType0):
        risk_id (None | str):
        customer_id (None | str):
        cause (None | str): Id of the event that caused it, if any
    """

    id: str
    occurred_at: datetime.datetime
    event: RiskEventReadEvent
    kind: RiskEventReadKind
    level: None | RiskEventReadLevelType0
    previous_level: None | RiskEventReadPreviousLevelType0
    risk_id: None | str
    customer_id: None | str
    cause: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        event = self.event.value

        kind = self.kind.value

        level: None | str
        if isinstance(self.level, RiskEventReadLevelType0):
            level = self.level.value
        else:
            level = self.level

        previous_level: None | str
        if isinstance(self.previous_level, RiskEventReadPreviousLevelType0):
            previous_level = self.previous_level.value
        else:
            previous_level = self.previous_level

        risk_id: None | str
        risk_id = self.risk_id

        customer_id: None | str
        customer_id = self.customer_id

        cause: None | str
        cause = self.cause

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "event": event,
                "kind": kind,
                "level": level,
                "previous_level": previous_level,
                "risk_id": risk_id,
                "customer_id": customer_id,
                "cause": cause,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        event = RiskEventReadEvent(d.pop("event"))

        kind = RiskEventReadKind(d.pop("kind"))

        def _parse_level(data: object) -> None | RiskEventReadLevelType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = RiskEventReadLevelType0(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskEventReadLevelType0, data)

        level = _parse_level(d.pop("level"))

        def _parse_previous_level(data: object) -> None | RiskEventReadPreviousLevelType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_level_type_0 = RiskEventReadPreviousLevelType0(data)

                return previous_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskEventReadPreviousLevelType0, data)

        previous_level = _parse_previous_level(d.pop("previous_level"))

        def _parse_risk_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        risk_id = _parse_risk_id(d.pop("risk_id"))

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_cause(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cause = _parse_cause(d.pop("cause"))

        risk_event_read = cls(
            id=id,
            occurred_at=occurred_at,
            event=event,
            kind=kind,
            level=level,
            previous_level=previous_level,
            risk_id=risk_id,
            customer_id=customer_id,
            cause=cause,
        )

        risk_event_read.additional_properties = d
        return risk_event_read

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
