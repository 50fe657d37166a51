"""Money rules: Decimal amounts with an ISO 4217 currency, never float."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

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
    WithJsonSchema(
        {"type": "string", "enum": sorted(CURRENCIES), "examples": ["EUR"], "description": "ISO 4217 code"},
        mode="validation",
    ),
]
"""An ISO 4217 currency code known to the suite."""

MAX_AMOUNT_DIGITS = 16
"""Digits before the decimal point of an amount (the columns hold 18 digits, 2 after the point)."""
POSITIVE_PATTERN = rf"^(0\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{{0,{MAX_AMOUNT_DIGITS - 1}}}(\.[0-9]{{1,2}})?)$"
NON_NEGATIVE_PATTERN = rf"^(0|[1-9][0-9]{{0,{MAX_AMOUNT_DIGITS - 1}}})(\.[0-9]{{1,2}})?$"


def _decimal_string(pattern: str) -> Any:
    compiled = re.compile(pattern)

    def parse(value: Any) -> Any:
        # Money travels as a decimal string ("1500.00"): a JSON number is binary floating point.
        if isinstance(value, Decimal):
            return value
        if not isinstance(value, str):
            raise ValueError('an amount is a decimal string, e.g. "1500.00", not a number')
        if not compiled.match(value):
            raise ValueError(f'an amount like "1500.00": digits, at most 2 decimals ({pattern})')
        return Decimal(value)

    return BeforeValidator(parse)


def _money(pattern: str, example: str, **bounds: Any) -> Any:
    return Annotated[
        Decimal,
        Field(max_digits=MAX_AMOUNT_DIGITS + 2, decimal_places=2, **bounds),
        _decimal_string(pattern),
        WithJsonSchema(
            {
                "type": "string",
                "pattern": pattern,
                "maxLength": MAX_AMOUNT_DIGITS + 3,
                "examples": [example],
                "description": "A decimal amount as a string, at most 2 decimals",
            },
            mode="validation",
        ),
    ]


PositiveAmount = _money(POSITIVE_PATTERN, "1500.00", gt=0)
"""Money in a request: a strictly positive decimal string with at most two decimals."""

NonNegativeAmount = _money(NON_NEGATIVE_PATTERN, "0.00", ge=0)
"""Money in a request: zero or more, a decimal string with at most two decimals."""

NON_POSITIVE_PATTERN = (
    rf"^(-[1-9][0-9]{{0,{MAX_AMOUNT_DIGITS - 1}}}(\.[0-9]{{1,2}})?|-0\.[0-9]{{1,2}}|0(\.0{{1,2}})?)$"
)

NonPositiveAmount = _money(NON_POSITIVE_PATTERN, "-500.00", le=0)
"""Money in a request: zero or a deduction, a decimal string with at most two decimals."""

Money = PositiveAmount


def check_minor_units(amount: Decimal, currency: str) -> None:
    """Raise ValueError when ``amount`` has more decimals than ``currency`` allows (e.g. JPY 0)."""
    exponent = amount.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals > CURRENCIES[currency]:
        raise ValueError(f"{currency} allows {CURRENCIES[currency]} decimals, got {decimals}")
