"""Money as the API takes and gives it: exact decimal + ISO 4217 currency."""

from __future__ import annotations

from decimal import Decimal

from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.money import Currency, PositiveAmount, check_minor_units
from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator


class MoneyIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"amount": "120000.00", "currency": "EUR"}]})

    # The currency comes first: the amount's check reads it. A field validator, not a model one,
    # so a 422 names the amount (e.g. body.expected_revenue.amount), not the whole money object.
    currency: Currency
    amount: PositiveAmount

    @field_validator("amount")
    @classmethod
    def _minor_units(cls, amount: Decimal, info: ValidationInfo) -> Decimal:
        currency = info.data.get("currency")  # absent when it was invalid itself
        if currency is not None:
            check_minor_units(amount, currency)
        return amount


class MoneyRead(BaseModel):
    amount: Decimal
    currency: str


def money_read(amount: Decimal | None, currency: str | None) -> MoneyRead | None:
    if amount is None or currency is None:
        return None
    return MoneyRead(amount=amount, currency=currency)


def event_money(amount: Decimal, currency: str) -> MoneyAmount:
    return MoneyAmount(amount=amount, currency=currency)
