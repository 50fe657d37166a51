"""Value types shared by event payloads."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ptp_common.money import Currency

Amount = Annotated[Decimal, Field(max_digits=18, decimal_places=2)]


class MoneyAmount(BaseModel):
    """An amount of money: exact decimal plus ISO 4217 currency."""

    model_config = ConfigDict(frozen=True)

    amount: Amount
    currency: Currency
