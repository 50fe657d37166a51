"""Tables every service carries for reliable messaging and idempotent creation.

- ``outbox``: events written in the same transaction as the state change; the
  relay publishes them and stamps ``published_at``.
- ``inbox``: one row per (message id, consumer) applied; the unique key is what
  turns at-least-once delivery into exactly-once effect.
- ``dead_letters``: messages whose handler kept failing, parked with the error
  for operators to inspect, replay or discard.
- ``idempotency_keys``: responses of creating POSTs keyed by ``Idempotency-Key``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import JSON

from ptp_common.db.base import UTCDateTime


def add_messaging_tables(metadata: MetaData) -> None:
    Table(
        "outbox",
        metadata,
        Column(
            "seq",
            BigInteger().with_variant(Integer, "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        Column("event_id", String(36), nullable=False, unique=True),
        Column("event_type", String(200), nullable=False),
        Column("subject", String(200), nullable=True),
        Column("payload", Text, nullable=False),
        Column("traceparent", String(200), nullable=True),
        Column("created_at", UTCDateTime, nullable=False),
        Column("published_at", UTCDateTime, nullable=True),
        Column("attempts", Integer, nullable=False, server_default="0"),
        Column("last_error", Text, nullable=True),
        Index("ix_outbox_unpublished", "published_at", "seq"),
    )
    Table(
        "inbox",
        metadata,
        Column("message_id", String(36), nullable=False),
        Column("consumer", String(100), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("received_at", UTCDateTime, nullable=False),
        PrimaryKeyConstraint("message_id", "consumer"),
    )
    Table(
        "dead_letters",
        metadata,
        Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
        Column("message_id", String(36), nullable=False),
        Column("consumer", String(100), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("payload", Text, nullable=False),
        Column("headers", JSON, nullable=True),
        Column("error", Text, nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("parked_at", UTCDateTime, nullable=False),
        Column("status", String(20), nullable=False, server_default="parked"),
        Column("resolved_at", UTCDateTime, nullable=True),
        UniqueConstraint("message_id", "consumer"),
        Index("ix_dead_letters_status", "status", "id"),
    )
    Table(
        "idempotency_keys",
        metadata,
        Column("key", String(200), nullable=False),
        Column("principal", String(200), nullable=False),
        Column("scope", String(300), nullable=False),
        Column("fingerprint", String(64), nullable=False),
        Column("status_code", Integer, nullable=False),
        Column("response", Text, nullable=False),
        Column("created_at", UTCDateTime, nullable=False),
        PrimaryKeyConstraint("key", "principal", "scope"),
    )


def outbox_table(metadata: MetaData) -> Table:
    return metadata.tables["outbox"]


def inbox_table(metadata: MetaData) -> Table:
    return metadata.tables["inbox"]


def dead_letters_table(metadata: MetaData) -> Table:
    return metadata.tables["dead_letters"]


def idempotency_table(metadata: MetaData) -> Table:
    return metadata.tables["idempotency_keys"]
