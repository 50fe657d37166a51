"""Prometheus metrics of the shared mechanisms, labelled by service.

One process may host several services (embedded mode), so every metric carries
a ``service`` label instead of relying on one registry per service.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

HTTP_REQUESTS = Counter(
    "ptp_http_requests_total", "HTTP requests handled", ["service", "method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "ptp_http_request_duration_seconds", "HTTP request latency", ["service", "method", "route"]
)
RELAY_PUBLISHED = Counter("ptp_outbox_published_total", "Outbox rows published and confirmed", ["service"])
RELAY_FAILED = Counter(
    "ptp_outbox_publish_failures_total",
    "Outbox rows whose publish failed (will retry)",
    ["service"],
)
RELAY_UNROUTABLE = Counter(
    "ptp_outbox_unroutable_total",
    "Outbox rows the broker returned (no queue bound for the event type); kept unsent, retried",
    ["service"],
)
OUTBOX_BACKLOG = Gauge("ptp_outbox_backlog_rows", "Unsent outbox rows", ["service"])
OUTBOX_OLDEST_AGE = Gauge("ptp_outbox_oldest_age_seconds", "Age of the oldest unsent outbox row", ["service"])
CONSUMER_MESSAGES = Counter(
    "ptp_consumer_messages_total",
    "Messages taken by a consumer, by outcome (handled, duplicate, parked)",
    ["service", "event_type", "outcome"],
)
CONSUMER_RETRIES = Counter(
    "ptp_consumer_retries_total",
    "Handler attempts that failed and were retried",
    ["service", "event_type"],
)
HANDLER_LATENCY = Histogram(
    "ptp_consumer_handler_duration_seconds", "Time to apply one message", ["service", "event_type"]
)
AUTO_REPLAYS = Counter(
    "ptp_dead_letters_auto_replayed_total",
    "Messages the broker dead-lettered at its delivery limit, replayed automatically, by outcome "
    "(handled, duplicate, parked, gave_up)",
    ["service", "outcome"],
)
HELD_DEAD_LETTERS = Gauge(
    "ptp_dead_letters_held", "Delivery-limit dead letters held for automatic replay", ["service"]
)
DB_STATEMENTS = Counter(
    "ptp_db_statements_total",
    "SQL statements sent to the service's database (an executemany counts once; BEGIN/COMMIT not counted)",
    ["service"],
)
DEAD_LETTERS = Gauge("ptp_dead_letters_parked", "Parked messages awaiting an operator", ["service"])


def count_statements(engine: AsyncEngine, service: str) -> None:
    """Count every statement the engine sends (ptp_db_statements_total): the database work per
    request or event, as the benchmarks report it."""
    if getattr(engine.sync_engine, "_ptp_statements_counted", False):
        return  # a runtime started again on the same engine
    counter = DB_STATEMENTS.labels(service)

    def counted(*_: object) -> None:
        counter.inc()

    event.listen(engine.sync_engine, "before_cursor_execute", counted)
    engine.sync_engine._ptp_statements_counted = True  # type: ignore[attr-defined]
