from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorCreate")


@_attrs_define
class IndicatorCreate:
    """
    Attributes:
        name (str):
        medium_threshold (float | str):
        high_threshold (float | str):
        unit (str | Unset):  Default: ''.
        higher_is_worse (bool | Unset):  Default: True.
    """

    name: str
    medium_threshold: float | str
    high_threshold: float | str
    unit: str | Unset = ""
    higher_is_worse: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        medium_threshold: float | str
        medium_threshold = self.medium_threshold

        high_threshold: float | str
        high_threshold = self.high_threshold

        unit = self.unit

        higher_is_worse = self.higher_is_worse

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "medium_threshold": medium_threshold,
                "high_threshold": high_threshold,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if higher_is_worse is not UNSET:
            field_dict["higher_is_worse"] = higher_is_worse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_medium_threshold(data: object) -> float | str:
            return cast(float | str, data)

        medium_threshold = _parse_medium_threshold(d.pop("medium_threshold"))

        def _parse_high_threshold(data: object) -> float | str:
            return cast(float | str, data)

        high_threshold = _parse_high_threshold(d.pop("high_threshold"))

        unit = d.pop("unit", UNSET)

        higher_is_worse = d.pop("higher_is_worse", UNSET)

        indicator_create = cls(
            name=name,
            medium_threshold=medium_threshold,
            high_threshold=high_threshold,
            unit=unit,
            higher_is_worse=higher_is_worse,
        )

        return indicator_create
