"""Writing events to the outbox, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from opentelemetry import propagate
from sqlalchemy import Insert, Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_common.events.envelope import Envelope


def notify_channel(service: str) -> str:
    """The PostgreSQL LISTEN/NOTIFY channel on which a service's relays wake."""
    return f"ptp_outbox_{service}"


def with_trace_context(env: Envelope) -> Envelope:
    """Stamp the current span's W3C traceparent on the event, so the trace continues in consumers."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    traceparent = carrier.get("traceparent")
    if traceparent and traceparent != env.traceparent:
        return env.model_copy(update={"traceparent": traceparent})
    return env


def outbox_rows(envelopes: Sequence[Envelope]) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "event_id": env.id,
            "event_type": env.type,
            "subject": env.subject,
            "payload": env.model_dump_json(),
            "traceparent": env.traceparent,
            "created_at": now,
        }
        for env in envelopes
    ]


@lru_cache(maxsize=16)
def _insert_into(outbox: Table) -> Insert:
    """One INSERT per outbox table, built once: every commit with events reuses its cache key."""
    return insert(outbox)


async def write_outbox(session: AsyncSession, outbox: Table, envelopes: Sequence[Envelope]) -> None:
    """Insert the events as one statement in the session's current transaction."""
    if envelopes:
        await session.execute(_insert_into(outbox), outbox_rows(envelopes))
