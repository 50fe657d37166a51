from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskFlagRead")


@_attrs_define
class RiskFlagRead:
    """
    Attributes:
        rating (str):
        level (str):
        score (float):
        reason (str):
        as_of (datetime.datetime): Time of the risk event this flag reflects
    """

    rating: str
    level: str
    score: float
    reason: str
    as_of: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        level = self.level

        score = self.score

        reason = self.reason

        as_of = self.as_of.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
                "level": level,
                "score": score,
                "reason": reason,
                "as_of": as_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating = d.pop("rating")

        level = d.pop("level")

        score = d.pop("score")

        reason = d.pop("reason")

        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        risk_flag_read = cls(
            rating=rating,
            level=level,
            score=score,
            reason=reason,
            as_of=as_of,
        )

        risk_flag_read.additional_properties = d
        return risk_flag_read

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
