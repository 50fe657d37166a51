from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_create_currency_type_0 import PaymentCreateCurrencyType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """
    Attributes:
        amount (str): A decimal amount as a string, at most 2 decimals
        currency (None | PaymentCreateCurrencyType0 | Unset): If given, must be the contract's currency
        received_at (datetime.datetime | None | Unset): When the money arrived (UTC); defaults to now
        reference (str | Unset):  Default: ''.
    """

    amount: str
    currency: None | PaymentCreateCurrencyType0 | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    reference: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, PaymentCreateCurrencyType0):
            currency = self.currency.value
        else:
            currency = self.currency

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        def _parse_currency(data: object) -> None | PaymentCreateCurrencyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = PaymentCreateCurrencyType0(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentCreateCurrencyType0 | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        reference = d.pop("reference", UNSET)

        payment_create = cls(
            amount=amount,
            currency=currency,
            received_at=received_at,
            reference=reference,
        )

        payment_create.additional_properties = d
        return payment_create

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
