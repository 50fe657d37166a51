from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_in_currency import MoneyInCurrency

T = TypeVar("T", bound="MoneyIn")


@_attrs_define
class MoneyIn:
    """
    Attributes:
        currency (MoneyInCurrency): ISO 4217 code
        amount (str): A decimal amount as a string, at most 2 decimals
    """

    currency: MoneyInCurrency
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency.value

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = MoneyInCurrency(d.pop("currency"))

        amount = d.pop("amount")

        money_in = cls(
            currency=currency,
            amount=amount,
        )

        money_in.additional_properties = d
        return money_in

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
