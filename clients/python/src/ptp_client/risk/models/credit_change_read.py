from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_change_read_level import CreditChangeReadLevel
from ..models.credit_change_read_previous_level_type_0 import CreditChangeReadPreviousLevelType0

T = TypeVar("T", bound="CreditChangeRead")


@_attrs_define
class CreditChangeRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        changed_at (datetime.datetime):
        cause_event_id (str):
        cause_event_type (str):
        previous_score (None | str):
        score (str):
        previous_rating (None | str):
        rating (str):
        previous_level (CreditChangeReadPreviousLevelType0 | None):
        level (CreditChangeReadLevel):
        reason (str):
    """

    id: str
    customer_id: str
    changed_at: datetime.datetime
    cause_event_id: str
    cause_event_type: str
    previous_score: None | str
    score: str
    previous_rating: None | str
    rating: str
    previous_level: CreditChangeReadPreviousLevelType0 | None
    level: CreditChangeReadLevel
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        changed_at = self.changed_at.isoformat()

        cause_event_id = self.cause_event_id

        cause_event_type = self.cause_event_type

        previous_score: None | str
        previous_score = self.previous_score

        score = self.score

        previous_rating: None | str
        previous_rating = self.previous_rating

        rating = self.rating

        previous_level: None | str
        if isinstance(self.previous_level, CreditChangeReadPreviousLevelType0):
            previous_level = self.previous_level.value
        else:
            previous_level = self.previous_level

        level = self.level.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "changed_at": changed_at,
                "cause_event_id": cause_event_id,
                "cause_event_type": cause_event_type,
                "previous_score": previous_score,
                "score": score,
                "previous_rating": previous_rating,
                "rating": rating,
                "previous_level": previous_level,
                "level": level,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        cause_event_id = d.pop("cause_event_id")

        cause_event_type = d.pop("cause_event_type")

        def _parse_previous_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_score = _parse_previous_score(d.pop("previous_score"))

        score = d.pop("score")

        def _parse_previous_rating(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_rating = _parse_previous_rating(d.pop("previous_rating"))

        rating = d.pop("rating")

        def _parse_previous_level(data: object) -> CreditChangeReadPreviousLevelType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_level_type_0 = CreditChangeReadPreviousLevelType0(data)

                return previous_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditChangeReadPreviousLevelType0 | None, data)

        previous_level = _parse_previous_level(d.pop("previous_level"))

        level = CreditChangeReadLevel(d.pop("level"))

        reason = d.pop("reason")

        credit_change_read = cls(
            id=id,
            customer_id=customer_id,
            changed_at=changed_at,
            cause_event_id=cause_event_id,
            cause_event_type=cause_event_type,
            previous_score=previous_score,
            score=score,
            previous_rating=previous_rating,
            rating=rating,
            previous_level=previous_level,
            level=level,
            reason=reason,
        )

        credit_change_read.additional_properties = d
        return credit_change_read

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
