"""Money as the API takes and gives it: exact decimal + ISO 4217 currency."""

from __future__ import annotations

from decimal import Decimal

from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.money import Currency, PositiveAmount, check_minor_units
from pydantic import BaseModel, ConfigDict, model_validator


class MoneyIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"amount": "120000.00", "currency": "EUR"}]})

    amount: PositiveAmount
    currency: Currency

    @model_validator(mode="after")
    def _minor_units(self) -> MoneyIn:
        check_minor_units(self.amount, self.currency)
        return self


class MoneyRead(BaseModel):
    amount: Decimal
    currency: str


def money_read(amount: Decimal | None, currency: str | None) -> MoneyRead | None:
    if amount is None or currency is None:
        return None
    return MoneyRead(amount=amount, currency=currency)


def event_money(amount: Decimal, currency: str) -> MoneyAmount:
    return MoneyAmount(amount=amount, currency=currency)
