from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_event_counts_granularity import RiskEventCountsGranularity
from ..models.risk_event_counts_kind_type_0 import RiskEventCountsKindType0

if TYPE_CHECKING:
    from ..models.risk_event_count import RiskEventCount


T = TypeVar("T", bound="RiskEventCounts")


@_attrs_define
class RiskEventCounts:
    """One summary of a bounded window (at most three years), not a list to page through.

    Attributes:
        since (datetime.datetime):
        until (datetime.datetime):
        granularity (RiskEventCountsGranularity):
        kind (None | RiskEventCountsKindType0): The kind counted, or null for all kinds
        counts (list[RiskEventCount]): One entry per period, event and kind seen
    """

    since: datetime.datetime
    until: datetime.datetime
    granularity: RiskEventCountsGranularity
    kind: None | RiskEventCountsKindType0
    counts: list[RiskEventCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        since = self.since.isoformat()

        until = self.until.isoformat()

        granularity = self.granularity.value

        kind: None | str
        if isinstance(self.kind, RiskEventCountsKindType0):
            kind = self.kind.value
        else:
            kind = self.kind

        counts = []
        for counts_item_data in self.counts:
            counts_item = counts_item_data.to_dict()
            counts.append(counts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "since": since,
                "until": until,
                "granularity": granularity,
                "kind": kind,
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_event_count import RiskEventCount  # noqa: PLC0415

        d = dict(src_dict)
        since = datetime.datetime.fromisoformat(d.pop("since"))

        until = datetime.datetime.fromisoformat(d.pop("until"))

        granularity = RiskEventCountsGranularity(d.pop("granularity"))

        def _parse_kind(data: object) -> None | RiskEventCountsKindType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = RiskEventCountsKindType0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskEventCountsKindType0, data)

        kind = _parse_kind(d.pop("kind"))

        counts = []
        _counts = d.pop("counts")
        for counts_item_data in _counts:
            counts_item = RiskEventCount.from_dict(counts_item_data)

            counts.append(counts_item)

        risk_event_counts = cls(
            since=since,
            until=until,
            granularity=granularity,
            kind=kind,
            counts=counts,
        )

        risk_event_counts.additional_properties = d
        return risk_event_counts

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
