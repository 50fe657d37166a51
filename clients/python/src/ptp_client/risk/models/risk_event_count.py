from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_event_count_event import RiskEventCountEvent
from ..models.risk_event_count_kind import RiskEventCountKind

T = TypeVar("T", bound="RiskEventCount")


@_attrs_define
class RiskEventCount:
    """
    Attributes:
        period (str):
        event (RiskEventCountEvent):
        kind (RiskEventCountKind):
        count (int):
    """

    period: str
    event: RiskEventCountEvent
    kind: RiskEventCountKind
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        event = self.event.value

        kind = self.kind.value

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "event": event,
                "kind": kind,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        event = RiskEventCountEvent(d.pop("event"))

        kind = RiskEventCountKind(d.pop("kind"))

        count = d.pop("count")

        risk_event_count = cls(
            period=period,
            event=event,
            kind=kind,
            count=count,
        )

        risk_event_count.additional_properties = d
        return risk_event_count

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
