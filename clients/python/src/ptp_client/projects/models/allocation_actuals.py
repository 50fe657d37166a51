from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationActuals")


@_attrs_define
class AllocationActuals:
    """
    Attributes:
        actual_hours (float | None | str | Unset):
        actual_amount (None | str | Unset):
    """

    actual_hours: float | None | str | Unset = UNSET
    actual_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_hours: float | None | str | Unset
        if isinstance(self.actual_hours, Unset):
            actual_hours = UNSET
        else:
            actual_hours = self.actual_hours

        actual_amount: None | str | Unset
        if isinstance(self.actual_amount, Unset):
            actual_amount = UNSET
        else:
            actual_amount = self.actual_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_hours is not UNSET:
            field_dict["actual_hours"] = actual_hours
        if actual_amount is not UNSET:
            field_dict["actual_amount"] = actual_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actual_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        actual_hours = _parse_actual_hours(d.pop("actual_hours", UNSET))

        def _parse_actual_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_amount = _parse_actual_amount(d.pop("actual_amount", UNSET))

        allocation_actuals = cls(
            actual_hours=actual_hours,
            actual_amount=actual_amount,
        )

        allocation_actuals.additional_properties = d
        return allocation_actuals

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
