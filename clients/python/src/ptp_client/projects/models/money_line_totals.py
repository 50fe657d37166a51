from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_line_totals_kind import MoneyLineTotalsKind

T = TypeVar("T", bound="MoneyLineTotals")


@_attrs_define
class MoneyLineTotals:
    """
    Attributes:
        kind (MoneyLineTotalsKind):
        currency (str):
        planned (str):
        actual (str):
    """

    kind: MoneyLineTotalsKind
    currency: str
    planned: str
    actual: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        currency = self.currency

        planned = self.planned

        actual = self.actual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "currency": currency,
                "planned": planned,
                "actual": actual,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = MoneyLineTotalsKind(d.pop("kind"))

        currency = d.pop("currency")

        planned = d.pop("planned")

        actual = d.pop("actual")

        money_line_totals = cls(
            kind=kind,
            currency=currency,
            planned=planned,
            actual=actual,
        )

        money_line_totals.additional_properties = d
        return money_line_totals

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
