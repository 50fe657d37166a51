"""Outbox relay: publishes committed outbox rows, then marks them sent.

- Wakes when a unit of work commits events (in-process signal), on PostgreSQL
  NOTIFY from any replica, and on a poll interval as a fallback.
- Takes a batch of unsent rows in order; on PostgreSQL with ``FOR UPDATE SKIP
  LOCKED`` so relays of several replicas share the work without double-sending.
- Publishes the whole batch pipelined with publisher confirms; only when every
  message is confirmed are the rows marked sent, in the same transaction that
  locked them. A broker outage leaves the rows in place; they go out when it
  returns. A crash between confirm and mark re-sends the batch: consumers'
  inboxes drop the duplicates.
- Messages are published ``mandatory``: an event the broker returns (no queue
  bound for its type) is not marked sent; it stays in the outbox (counted in
  ``ptp_outbox_unroutable_total``, logged) and goes out again later, while the
  rest of its batch is marked sent.
- Tests (``PTP_ENV=test``) may set a crash point: the process SIGKILLs itself
  once N rows are confirmed, before marking them sent (a real crash there).
- Each publish runs in a PRODUCER span whose parent is the span stored with the
  row, and the span's traceparent travels in the message headers.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import signal
from collections.abc import Sequence
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from sqlalchemy import Row, func, select, update

from ptp_common.db.engine import Database
from ptp_common.messaging.bus import Bus, OutgoingMessage, Unroutable
from ptp_common.messaging.outbox import notify_channel
from ptp_common.telemetry import metrics

log = logging.getLogger(__name__)
tracer = trace.get_tracer("ptp_common.relay")

MAX_BACKOFF_SECONDS = 5.0  # an outage's end is noticed within this


class OutboxRelay:
    def __init__(
        self,
        db: Database,
        bus: Bus,
        *,
        service: str,
        batch_size: int = 200,
        poll_seconds: float = 1.0,
        crash_after_publish: int | None = None,
    ) -> None:
        self.db = db
        self.bus = bus
        self.service = service
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener_task: asyncio.Task[None] | None = None
        self._failures = 0
        self.crash_after_publish = crash_after_publish  # test-only crash point (see settings)
        self._confirmed = 0
        db.on_outbox_commit(self.wake)

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"relay:{self.service}")
        if self.db.is_postgres:
            self._listener_task = asyncio.create_task(self._listen(), name=f"relay-listen:{self.service}")

    async def stop(self) -> None:
        for task in (self._task, self._listener_task):
            if task is not None:
                # Cancel until it ends: on Python 3.11 asyncio.wait_for swallows a cancellation
                # that arrives as its awaitable completes (a wake or a publish confirmed at the
                # moment of stopping), and the loop would go on while stop() waits for ever.
                while not task.done():
                    task.cancel()
                    await asyncio.wait({task}, timeout=1.0)
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._listener_task = None

    async def _run(self) -> None:
        while True:
            if self._failures:
                # Backing off: commits keep arriving but would only fail again.
                await asyncio.sleep(self._delay())
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)
            self._wake.clear()
            try:
                await self.drain()
                self._failures = 0
            except Exception as exc:
                self._failures += 1
                log.warning(
                    "outbox relay could not publish (attempt %d): %s",
                    self._failures,
                    exc,
                    extra={"service": self.service},
                )

    def _delay(self) -> float:
        return min(MAX_BACKOFF_SECONDS, self.poll_seconds * 2 ** min(self._failures, 8))

    async def drain(self) -> int:
        """Publish until no unsent row is left (or one batch fails). Returns rows sent."""
        total = 0
        while True:
            sent = await self.relay_batch()
            total += sent
            if sent < self.batch_size:
                return total

    async def relay_batch(self) -> int:
        outbox = self.db.outbox
        async with self.db.sessions() as session, session.begin():
            stmt = (
                select(
                    outbox.c.seq,
                    outbox.c.event_id,
                    outbox.c.event_type,
                    outbox.c.payload,
                    outbox.c.traceparent,
                    outbox.c.created_at,
                )
                .where(outbox.c.published_at.is_(None))
                .order_by(outbox.c.seq)
                .limit(self.batch_size)
            )
            if self.db.is_postgres:
                stmt = stmt.with_for_update(skip_locked=True)
            rows = (await session.execute(stmt)).all()
            if not rows:
                return 0
            seqs = [r.seq for r in rows]
            unroutable: Unroutable | None = None
            try:
                await self._publish(rows)
            except Unroutable as exc:
                unroutable = exc
            except Exception as exc:
                metrics.RELAY_FAILED.labels(self.service).inc(len(rows))
                await session.execute(
                    update(outbox)
                    .where(outbox.c.seq.in_(seqs))
                    .values(attempts=outbox.c.attempts + 1, last_error=str(exc)[:2000])
                )
                raise
            self._crash_point(len(rows))
            kept = [r.seq for r in rows if unroutable and r.event_id in unroutable.message_ids]
            sent = [seq for seq in seqs if seq not in set(kept)]
            if kept:
                await session.execute(
                    update(outbox)
                    .where(outbox.c.seq.in_(kept))
                    .values(
                        attempts=outbox.c.attempts + 1,
                        last_error="unroutable: the broker has no queue bound for this event type",
                    )
                )
            if sent:
                await session.execute(
                    update(outbox).where(outbox.c.seq.in_(sent)).values(published_at=dt.datetime.now(dt.UTC))
                )
        metrics.RELAY_PUBLISHED.labels(self.service).inc(len(sent))
        if unroutable is not None:
            metrics.RELAY_UNROUTABLE.labels(self.service).inc(len(kept))
            types = sorted({r.event_type for r in rows if r.seq in set(kept)})
            log.warning(
                "outbox relay: %d event(s) returned unroutable (no queue bound for %s); kept unsent, "
                "retrying later",
                len(kept),
                ", ".join(types),
                extra={"service": self.service},
            )
            raise unroutable  # back off: the topology is not there yet
        return len(rows)

    def _crash_point(self, confirmed: int) -> None:
        """Test-only: die like a crash between the broker's confirm and the commit of the mark."""
        if self.crash_after_publish is None:
            return
        self._confirmed += confirmed
        if self._confirmed >= self.crash_after_publish:
            log.critical(
                "test crash point: %d rows confirmed (last batch %d) and not marked sent; SIGKILL",
                self._confirmed,
                confirmed,
                extra={"service": self.service},
            )
            os.kill(os.getpid(), signal.SIGKILL)

    async def _publish(self, rows: Sequence[Row[Any]]) -> None:
        spans = []
        messages = []
        for row in rows:
            parent = propagate.extract({"traceparent": row.traceparent}) if row.traceparent else None
            span = tracer.start_span(
                f"{row.event_type} publish",
                context=parent or otel_context.Context(),
                kind=trace.SpanKind.PRODUCER,
                attributes={
                    "messaging.system": "rabbitmq",
                    "messaging.operation.type": "publish",
                    "messaging.destination.name": row.event_type,
                    "messaging.message.id": row.event_id,
                    "ptp.service": self.service,
                },
            )
            headers: dict[str, str] = {}
            propagate.inject(headers, context=trace.set_span_in_context(span))
            spans.append(span)
            messages.append(
                OutgoingMessage(
                    message_id=row.event_id,
                    routing_key=row.event_type,
                    body=row.payload.encode(),
                    headers=headers,
                    timestamp=row.created_at,
                )
            )
        try:
            await self.bus.publish(messages)
        except Exception as exc:
            for span in spans:
                span.record_exception(exc)
                span.set_status(trace.Status(trace.StatusCode.ERROR, str(exc)))
            raise
        finally:
            for span in spans:
                span.end()

    async def _listen(self) -> None:
        """LISTEN on the service's channel with a dedicated asyncpg connection; reconnect on loss."""
        import asyncpg

        dsn = self.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        channel = notify_channel(self.service)
        while True:
            conn = None
            try:
                conn = await asyncpg.connect(dsn)
                closed = asyncio.Event()
                conn.add_termination_listener(lambda _c, done=closed: done.set())
                await conn.add_listener(channel, lambda *_args: self.wake())
                self.wake()  # catch up on anything committed while we were not listening
                await closed.wait()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.debug("outbox LISTEN unavailable, polling only: %s", exc)
            finally:
                if conn is not None and not conn.is_closed():
                    with contextlib.suppress(Exception):
                        await conn.close()
            await asyncio.sleep(self.poll_seconds)


async def outbox_backlog(db: Database) -> tuple[int, float | None]:
    """(unsent rows, age in seconds of the oldest unsent row) for metrics and operators."""
    outbox = db.outbox
    async with db.sessions() as session:
        count, oldest = (
            await session.execute(
                select(func.count(), func.min(outbox.c.created_at)).where(outbox.c.published_at.is_(None))
            )
        ).one()
    if not count or oldest is None:
        return int(count or 0), None
    if isinstance(oldest, str):  # SQLite aggregate bypasses the column type
        oldest = dt.datetime.fromisoformat(oldest)
    if oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=dt.UTC)
    return int(count), (dt.datetime.now(dt.UTC) - oldest).total_seconds()
