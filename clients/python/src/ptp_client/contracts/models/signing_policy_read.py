from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SigningPolicyRead")


@_attrs_define
class SigningPolicyRead:
    """
    Attributes:
        customer_id (str):
        mode (str): allow | require_guarantee | require_prepayment | block
        min_prepayment_ratio (None | str):
        reason (str):
        rating (None | str):
        level (None | str):
        updated_at (datetime.datetime | None):
    """

    customer_id: str
    mode: str
    min_prepayment_ratio: None | str
    reason: str
    rating: None | str
    level: None | str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        mode = self.mode

        min_prepayment_ratio: None | str
        min_prepayment_ratio = self.min_prepayment_ratio

        reason = self.reason

        rating: None | str
        rating = self.rating

        level: None | str
        level = self.level

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "mode": mode,
                "min_prepayment_ratio": min_prepayment_ratio,
                "reason": reason,
                "rating": rating,
                "level": level,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        mode = d.pop("mode")

        def _parse_min_prepayment_ratio(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        min_prepayment_ratio = _parse_min_prepayment_ratio(d.pop("min_prepayment_ratio"))

        reason = d.pop("reason")

        def _parse_rating(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        level = _parse_level(d.pop("level"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        signing_policy_read = cls(
            customer_id=customer_id,
            mode=mode,
            min_prepayment_ratio=min_prepayment_ratio,
            reason=reason,
            rating=rating,
            level=level,
            updated_at=updated_at,
        )

        signing_policy_read.additional_properties = d
        return signing_policy_read

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
