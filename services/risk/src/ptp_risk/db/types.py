"""Exact decimal column types that stay exact on SQLite (stored as text there), like ptp_common Money."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Numeric, String, TypeDecorator


class _ExactDecimal(TypeDecorator[Decimal]):
    impl = Numeric(20, 6, asdecimal=True)
    cache_ok = True
    precision = 20
    scale = 6

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> Any:
        if value is None:
            return None
        value = self._exact(value)
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else self._exact(value)

    def _exact(self, value: Any) -> Decimal:
        # Same scale on every backend, so "45" reads back as 45.000000 on SQLite as on PostgreSQL.
        return Decimal(str(value)).quantize(Decimal(1).scaleb(-self.scale))


class Score(_ExactDecimal):
    """A 0-100 score with two decimals."""

    impl = Numeric(5, 2, asdecimal=True)
    precision, scale = 5, 2


class Ratio(_ExactDecimal):
    """A ratio or probability 0..1 with four decimals."""

    impl = Numeric(7, 4, asdecimal=True)
    precision, scale = 7, 4


class Measure(_ExactDecimal):
    """An indicator value (any unit) with six decimals."""
