from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_amount_in_currency import MoneyAmountInCurrency

T = TypeVar("T", bound="MoneyAmountIn")


@_attrs_define
class MoneyAmountIn:
    """An amount of money as a request gives it: exact decimal plus ISO 4217 currency.

    Named apart from the responses' ``MoneyAmount`` (whose amount is always a decimal string), so the
    OpenAPI has two distinct names instead of ``MoneyAmount-Input``/``-Output`` (which client
    generators turn into one duplicate class).

        Attributes:
            amount (float | str):
            currency (MoneyAmountInCurrency): ISO 4217 code
    """

    amount: float | str
    currency: MoneyAmountInCurrency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        currency = self.currency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        currency = MoneyAmountInCurrency(d.pop("currency"))

        money_amount_in = cls(
            amount=amount,
            currency=currency,
        )

        money_amount_in.additional_properties = d
        return money_amount_in

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
