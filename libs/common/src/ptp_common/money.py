"""Money rules: Decimal amounts with an ISO 4217 currency, never float."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field

# ISO 4217 active codes and their minor units (the number of decimals allowed).
CURRENCIES: dict[str, int] = {
    "AED": 2,
    "ARS": 2,
    "AUD": 2,
    "BHD": 3,
    "BRL": 2,
    "CAD": 2,
    "CHF": 2,
    "CLP": 0,
    "CNY": 2,
    "COP": 2,
    "CZK": 2,
    "DKK": 2,
    "EGP": 2,
    "EUR": 2,
    "GBP": 2,
    "HKD": 2,
    "HUF": 2,
    "IDR": 2,
    "ILS": 2,
    "INR": 2,
    "ISK": 0,
    "JOD": 3,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "MXN": 2,
    "MYR": 2,
    "NOK": 2,
    "NZD": 2,
    "OMR": 3,
    "PHP": 2,
    "PLN": 2,
    "QAR": 2,
    "RON": 2,
    "RUB": 2,
    "SAR": 2,
    "SEK": 2,
    "SGD": 2,
    "THB": 2,
    "TND": 3,
    "TRY": 2,
    "TWD": 2,
    "UAH": 2,
    "USD": 2,
    "VND": 0,
    "ZAR": 2,
}


def _currency(value: str) -> str:
    if value not in CURRENCIES:
        raise ValueError(f"unknown ISO 4217 currency {value!r}")
    return value


Currency = Annotated[
    str,
    Field(min_length=3, max_length=3, pattern="^[A-Z]{3}$", examples=["EUR"]),
    AfterValidator(_currency),
]
"""An ISO 4217 currency code known to the suite."""

PositiveAmount = Annotated[Decimal, Field(gt=0, max_digits=18, decimal_places=2, examples=["1500.00"])]
"""A strictly positive amount with at most two decimals."""

NonNegativeAmount = Annotated[Decimal, Field(ge=0, max_digits=18, decimal_places=2, examples=["0.00"])]


def check_minor_units(amount: Decimal, currency: str) -> None:
    """Raise ValueError when ``amount`` has more decimals than ``currency`` allows (e.g. JPY 0)."""
    exponent = amount.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals > CURRENCIES[currency]:
        raise ValueError(f"{currency} allows {CURRENCIES[currency]} decimals, got {decimals}")
