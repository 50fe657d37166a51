"""Tables of the webhooks service (its own database; outbox/inbox come with the base).

A subscription names a URL and the events it wants; each event that matches becomes one
delivery row per subscription, written in the consumer's transaction with the inbox row, and
the event's envelope is stored once in ``webhook_events`` however many subscriptions want it.
"""

from __future__ import annotations

import datetime as dt

from ptp_common.db import service_metadata
from ptp_common.db.base import UTCDateTime
from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = service_metadata()


ID = String(36)


class Subscription(Base):
    __tablename__ = "webhook_subscriptions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    event_types: Mapped[list[str]] = mapped_column(JSON)
    customer_id: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(500), default="")
    # active -> paused -> active; active -> disabled (failing | gone) -> active (resume)
    status: Mapped[str] = mapped_column(String(20), index=True)
    disabled_reason: Mapped[str | None] = mapped_column(String(20))
    secret: Mapped[str] = mapped_column(String(100))
    previous_secret: Mapped[str | None] = mapped_column(String(100))
    previous_secret_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Set by the first failed attempt after a success; cleared by the next success.
    failing_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class WebhookEvent(Base):
    __tablename__ = "webhook_events"
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the event's id: the webhook-id header
    type: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)  # the CloudEvents JSON envelope, sent byte for byte
    traceparent: Mapped[str | None] = mapped_column(String(100))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Delivery(Base):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "event_id"),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
        Index("ix_webhook_deliveries_log", "subscription_id", "created_at", "id"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subscription_id: Mapped[str] = mapped_column(ForeignKey("webhook_subscriptions.id"))
    event_id: Mapped[str] = mapped_column(ForeignKey("webhook_events.id"))
    event_type: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # While pending: when it is due. A worker claims it by moving this past the send's timeout,
    # so a worker that dies mid-send leaves it due again (at least once, never lost).
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Start of the retry window (creation, or the last redelivery request).
    retry_from: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    response_status: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(1000))
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
