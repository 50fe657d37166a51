"""Column types and the per-service metadata (stable constraint names, messaging tables).

Every service gets its own ``MetaData`` (it owns its own database); the outbox,
inbox, dead-letter and idempotency tables are added to each one so that a
service's single Alembic tree creates them alongside its domain tables.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, MetaData, Numeric, String, TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; times are UTC and must carry their zone")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class ExactDecimal(TypeDecorator[Decimal]):
    """An exact decimal with a fixed scale on every backend.

    PostgreSQL stores NUMERIC(precision, scale); SQLite, which would round through
    float, keeps text. Values are quantized to ``scale`` on the way in and out, so
    both backends read back the same Decimal (``45`` -> ``45.00``).
    """

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int = 18, scale: int = 2, **_ignored: Any) -> None:
        super().__init__(precision=precision, scale=scale, asdecimal=True)
        self.precision = precision
        self.scale = scale
        self._quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> Any:
        if value is None:
            return None
        exact = Decimal(str(value)).quantize(self._quantum)
        return str(exact) if dialect.name == "sqlite" else exact

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(str(value)).quantize(self._quantum)


class Money(ExactDecimal):
    """Money amounts: NUMERIC(18, 2); the currency lives in its own column."""

    # SQLAlchemy asks each TypeDecorator class itself (not inherited): without it, every statement
    # touching a money column skips the compiled-statement cache and is compiled again.
    cache_ok = True


def service_metadata() -> MetaData:
    """A service's own MetaData: stable constraint names plus the messaging tables.

    Use it as the metadata of the service's declarative base::

        class Base(DeclarativeBase):
            metadata = service_metadata()
    """
    from ptp_common.messaging.tables import add_messaging_tables

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    add_messaging_tables(metadata)
    return metadata
