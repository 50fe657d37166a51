"""Consumer: applies each message exactly once, in one transaction with its inbox row.

For one message, one transaction: insert (message id, consumer) into ``inbox``
(a duplicate inserts nothing and is skipped), run the handler (its writes and any
events it emits go into the same transaction), commit. The transport acks only
after this returns. A failing handler is retried with exponential backoff up to
``max_attempts``; then the message is parked in ``dead_letters`` with its error,
and the consumer moves on. An unavailable database (connection lost, failover,
too many clients) spends no attempt: the consumer waits for it, holding the
message. Payloads that can never succeed (bad JSON, unknown type or version,
invalid data) are parked at once.

On PostgreSQL the messages the broker has delivered meanwhile (up to ``batch_size``, a lone
message too) are applied together: one transaction, one multi-row inbox insert, the handlers, one
COMMIT, then each message is acked. No SAVEPOINT at first: nearly every batch succeeds whole. If a
handler fails, that try is rolled back whole and the batch is applied again with each handler in
its own SAVEPOINT, the failed message left out: it goes on through the per-message path above (its
try counts as its first attempt). An unavailable database or a failed COMMIT sends every message of
the batch that way; so does a failure of a lone message.

A service may also register a batch handler for an event type (``batch_handlers``, next to the
per-event handler of the same key): consecutive messages of a batch whose types share one batch
handler are applied by one call, with set-based statements. If that call fails, the per-event
handlers take over for those messages, each in its own SAVEPOINT as above, so a poison event still
falls back alone. Each message keeps its own consumer span and inbox row.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from opentelemetry import propagate, trace
from pydantic import ValidationError
from sqlalchemy import Table, delete, insert, select, update

from ptp_common import context
from ptp_common.business_time import UTC
from ptp_common.db.availability import is_database_unavailable
from ptp_common.db.engine import Database
from ptp_common.db.statements import insert_or_skip
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData, UnknownEventType
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.telemetry import metrics

log = logging.getLogger(__name__)
tracer = trace.get_tracer("ptp_common.consumer")

Handler = Callable[[Envelope, EventData, UnitOfWork], Awaitable[None]]
ALL_EVENTS = "#"


@dataclass(frozen=True)
class Delivered:
    """One event of the messages handed together to a batch handler, in delivery order."""

    env: Envelope
    data: EventData
    span: trace.Span  # this message's consumer span (a child of its publish span)
    service: str

    @contextmanager
    def handling(self) -> Iterator[None]:
        """Work done for this event alone: what is emitted meanwhile is caused by it and traced to
        its span, as in the per-event path."""
        with trace.use_span(self.span, end_on_exit=False), _on_behalf_of(self.env, self.service):
            yield


BatchHandler = Callable[[Sequence[Delivered], UnitOfWork], Awaitable[None]]


def _on_behalf_of(env: Envelope, service: str) -> AbstractContextManager[context.RequestContext]:
    return context.bind(correlation_id=env.correlationid, causation_id=env.id, actor=f"service:{service}")


class PermanentError(Exception):
    """Raised by a handler when retrying cannot help: the message is parked at once."""


class Outcome(StrEnum):
    handled = "handled"
    duplicate = "duplicate"
    parked = "parked"


@dataclass(frozen=True)
class _Alone:
    """A message the batch did not apply: its own callback takes the per-message path."""

    failed: Exception | None = None  # the handler's error in the batch (its first attempt)


@dataclass
class _Delivery:
    message: IncomingMessage
    result: asyncio.Future[Outcome | _Alone]


@dataclass(frozen=True)
class _Prepared:
    delivery: _Delivery
    env: Envelope
    data: EventData
    handler: Handler


# What a batch applied: (message, seconds) handled, duplicates, (message, error) failed.
_Applied = tuple[list[tuple[_Prepared, float]], list[_Prepared], list[tuple[_Prepared, Exception]]]


class _HandlerFailed(Exception):
    """A handler failed while the batch was applied without SAVEPOINTs: the try is undone whole."""

    def __init__(self, unit: list[_Prepared], error: Exception, *, batch_handler: bool) -> None:
        super().__init__(str(error))
        self.unit = unit  # the message, or the batch handler's run, that failed
        self.error = error
        self.batch_handler = batch_handler


def _savepoint(uow: UnitOfWork, isolated: bool) -> AbstractAsyncContextManager[None]:
    return uow.savepoint() if isolated else nullcontext()


@lru_cache(maxsize=32)
def _inbox_insert(inbox: Table, dialect: str) -> Any:
    """``INSERT INTO inbox ... ON CONFLICT DO NOTHING RETURNING message_id``, built once per table."""
    return insert_or_skip(inbox, dialect).returning(inbox.c.message_id)


class Consumer:
    def __init__(
        self,
        db: Database,
        *,
        service: str,
        handlers: Mapping[str, Handler],
        batch_handlers: Mapping[str, BatchHandler] | None = None,
        name: str | None = None,
        max_attempts: int = 5,
        backoff_seconds: float = 0.2,
        max_backoff_seconds: float = 10.0,
        batch_size: int = 16,
        inbox: bool = True,
        business_zone: ZoneInfo = UTC,
    ) -> None:
        self.db = db
        self.business_zone = business_zone  # handed to every handler's unit of work
        self.service = service
        self.name = name or service
        self.handlers = dict(handlers)
        self.batch_handlers = dict(batch_handlers or {})
        if unpaired := set(self.batch_handlers) - set(self.handlers):
            # The per-event handler is the fallback when a batch fails: it must exist.
            raise ValueError(f"batch handlers without a per-event handler: {sorted(unpaired)}")
        self.max_attempts = max_attempts
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.batch_size = batch_size
        # False only in tests proving the duplicate checks can fail (settings.inbox_enabled):
        # nothing is recorded, every delivery is applied again.
        self.inbox = inbox
        self._waiting: list[_Delivery] = []
        self._batch_lock = asyncio.Lock()
        self._started: dict[int, float] = {}  # id(message) -> when its callback began

    def stuck_seconds(self) -> float:
        """How long the oldest message now in hand has been in hand (0 when idle): a handler
        hanging on a lock or a dead dependency shows here, and the service is not healthy."""
        if not self._started:
            return 0.0
        return time.monotonic() - min(self._started.values())

    @property
    def bindings(self) -> list[str]:
        """Routing-key patterns to bind: ``#`` alone when the service takes every event."""
        return [ALL_EVENTS] if ALL_EVENTS in self.handlers else sorted(self.handlers)

    def handler_for(self, event_type: str) -> Handler | None:
        return self.handlers.get(event_type) or self.handlers.get(ALL_EVENTS)

    def batch_handler_for(self, event_type: str) -> BatchHandler | None:
        """The batch handler registered under the key that gives ``event_type`` its handler."""
        return self.batch_handlers.get(event_type if event_type in self.handlers else ALL_EVENTS)

    async def __call__(self, message: IncomingMessage) -> None:
        """Bus callback: returns once the message is applied, skipped or parked."""
        self._started[id(message)] = time.monotonic()
        try:
            await self._take(message)
        finally:
            self._started.pop(id(message), None)

    async def _take(self, message: IncomingMessage) -> None:
        if self.batch_size <= 1 or not self.db.is_postgres:
            await self.process(message)
            return
        delivery = _Delivery(message, asyncio.get_running_loop().create_future())
        self._waiting.append(delivery)
        async with self._batch_lock:
            # Whoever holds the lock applies what has been delivered meanwhile, ours included
            # unless an earlier holder already took it along.
            while not delivery.result.done() and self._waiting:
                await asyncio.sleep(0)  # let the callbacks of messages already delivered queue up
                batch = self._waiting[: self.batch_size]
                del self._waiting[: len(batch)]
                await self._run_batch(batch)
        result = await delivery.result
        if isinstance(result, _Alone):
            await self.process(message, failed=result.failed)

    async def process(self, message: IncomingMessage, *, failed: Exception | None = None) -> Outcome:
        """Apply one message on its own (``failed``: its handler's error in a batch, attempt one)."""
        with self._span(message) as span:
            outcome = await self._process(message, failed)
            span.set_attribute("ptp.outcome", outcome.value)
            metrics.CONSUMER_MESSAGES.labels(self.service, message.routing_key, outcome).inc()
            return outcome

    @contextmanager
    def _span(self, message: IncomingMessage) -> Iterator[trace.Span]:
        with trace.use_span(self._start_span(message), end_on_exit=True) as span:
            yield span

    def _start_span(self, message: IncomingMessage) -> trace.Span:
        """The message's consumer span, a child of the publish span its headers carry."""
        return tracer.start_span(
            f"{message.routing_key} process",
            context=propagate.extract(message.headers),
            kind=trace.SpanKind.CONSUMER,
            attributes={
                "messaging.system": "rabbitmq",
                "messaging.operation.type": "process",
                "messaging.destination.name": message.routing_key,
                "messaging.message.id": message.message_id,
                "messaging.consumer.group.name": self.name,
            },
        )

    def _prepare(self, message: IncomingMessage) -> tuple[Envelope, EventData, Handler] | None:
        """The event, its data and handler; None if anything is off (the per-message path parks it)."""
        try:
            env = Envelope.model_validate_json(message.body)
            handler = self.handler_for(env.type)
            return (env, env.parsed(), handler) if handler is not None else None
        except (ValidationError, ValueError, UnknownEventType):
            return None

    async def _run_batch(self, batch: list[_Delivery]) -> None:
        try:
            results = await self._apply_batch(batch)
        except BaseException:
            # Not even the fallback bookkeeping worked (or we are cancelled): every message
            # goes back to its own callback, which takes the per-message path or is cancelled.
            for delivery in batch:
                if not delivery.result.done():
                    delivery.result.set_result(_Alone())
            raise
        for delivery, result in zip(batch, results, strict=True):
            delivery.result.set_result(result)

    async def _apply_batch(self, batch: list[_Delivery]) -> list[Outcome | _Alone]:
        results: dict[int, Outcome | _Alone] = {id(d): _Alone() for d in batch}
        ready = []
        for delivery in batch:
            prepared = self._prepare(delivery.message)
            if prepared is not None:
                ready.append(_Prepared(delivery, *prepared))
        if not ready:
            return [results[id(d)] for d in batch]
        # Optimistic first: every handler of the batch in one transaction without SAVEPOINTs, which
        # is all that nearly every batch needs (a SAVEPOINT and its RELEASE are two more round trips
        # per message or run). If a handler fails, that try is rolled back whole and the batch is
        # applied again with each message or run in its own SAVEPOINT, the one that failed known.
        try:
            applied = await self._apply_ready(ready, isolate=None)
        except _HandlerFailed as failure:
            if len(ready) == 1:  # alone: its own callback takes the per-message path
                [p] = ready
                # a per-event handler's failure was this message's first attempt; a batch
                # handler's was not (the per-event handler gets every attempt)
                results[id(p.delivery)] = _Alone(None if failure.batch_handler else failure.error)
                return [results[id(d)] for d in batch]
            applied = await self._apply_ready(ready, isolate=failure)
        if applied is None:
            return [results[id(d)] for d in batch]
        handled, duplicates, failed = applied
        for p, seconds in handled:
            results[id(p.delivery)] = Outcome.handled
            metrics.HANDLER_LATENCY.labels(self.service, p.env.type).observe(seconds)
        for p in duplicates:
            results[id(p.delivery)] = Outcome.duplicate
        for p, error in failed:
            results[id(p.delivery)] = _Alone(failed=error)
        for p in [*(p for p, _ in handled), *duplicates]:
            metrics.CONSUMER_MESSAGES.labels(
                self.service, p.delivery.message.routing_key, results[id(p.delivery)]
            ).inc()
        return [results[id(d)] for d in batch]

    async def _apply_ready(self, ready: list[_Prepared], isolate: _HandlerFailed | None) -> _Applied | None:
        """Apply the prepared messages in one transaction with their inbox rows. ``isolate`` None:
        no SAVEPOINT, a failing handler raises ``_HandlerFailed`` (all undone). Otherwise each run
        of a batch handler or message in its own SAVEPOINT, what failed before (``isolate``) not
        tried again: the failed messages are returned for their own path. None when the database
        is unavailable or the COMMIT failed (every message goes on alone)."""
        handled: list[tuple[_Prepared, float]] = []
        failed: list[tuple[_Prepared, Exception]] = []
        duplicates: list[_Prepared] = []
        isolated = isolate is not None
        # What the first try found failing: a batch handler's run goes to its per-event handlers at
        # once; a per-event handler's message is not tried again (that try was its first attempt).
        failed_run: set[int] = set()
        failed_at: dict[int, Exception] = {}
        if isolate is not None:
            if isolate.batch_handler:
                failed_run = {id(p) for p in isolate.unit}
            else:
                failed_at = {id(p): isolate.error for p in isolate.unit}
        try:
            async with UnitOfWork(self.db, source=self.service, business_zone=self.business_zone) as uow:
                fresh = await self._record_many_in_inbox(uow, [p.env for p in ready])
                to_apply = []
                for p in ready:
                    if p.env.id not in fresh:
                        duplicates.append(p)
                        continue
                    fresh.discard(p.env.id)  # the same message twice in one batch: once
                    to_apply.append(p)
                for run in self._runs(to_apply):
                    batch_handler = self.batch_handler_for(run[0].env.type)
                    if batch_handler is not None and not isolated:
                        await self._apply_run(uow, batch_handler, run, handled, isolated=False)
                        continue
                    if (
                        batch_handler is not None
                        and len(run) > 1
                        and not failed_run & {id(p) for p in run}
                        and await self._apply_run(uow, batch_handler, run, handled, isolated=True)
                    ):
                        continue
                    for p in run:
                        if id(p) in failed_at:
                            failed.append((p, failed_at[id(p)]))
                            continue
                        await self._apply_one(uow, p, handled, failed, isolated=isolated)
                if failed:  # their inbox rows go too, so their own retries are not duplicates
                    inbox = self.db.inbox
                    await uow.session.execute(
                        delete(inbox).where(
                            inbox.c.consumer == self.name,
                            inbox.c.message_id.in_([p.env.id for p, _ in failed]),
                        )
                    )
                await uow.commit()
        except _HandlerFailed:
            raise
        except Exception as exc:
            log.warning(
                "batch of %d messages not applied, each goes on alone: %s", len(ready), _describe(exc)[:300]
            )
            return None
        return handled, duplicates, failed

    def _runs(self, prepared: list[_Prepared]) -> Iterator[list[_Prepared]]:
        """Consecutive messages sharing one batch handler (each other message alone), in order:
        delivery order is kept across the batch."""
        run: list[_Prepared] = []
        run_handler: BatchHandler | None = None
        for p in prepared:
            batch_handler = self.batch_handler_for(p.env.type)
            if run and (batch_handler is None or batch_handler is not run_handler):
                yield run
                run = []
            if not run:
                run_handler = batch_handler
            run.append(p)
        if run:
            yield run

    async def _apply_run(
        self,
        uow: UnitOfWork,
        batch_handler: BatchHandler,
        run: list[_Prepared],
        handled: list[tuple[_Prepared, float]],
        *,
        isolated: bool,
    ) -> bool:
        """Apply ``run`` with one batch handler call (in a SAVEPOINT if ``isolated``). If it fails:
        False (all undone) when isolated, else ``_HandlerFailed``."""
        started = time.perf_counter()
        events = [Delivered(p.env, p.data, self._start_span(p.delivery.message), self.service) for p in run]
        spans = [e.span for e in events]
        try:
            try:
                async with _savepoint(uow, isolated):
                    await batch_handler(events, uow)
            except Exception as exc:
                if is_database_unavailable(exc):
                    raise
                for span in spans:
                    span.record_exception(exc)
                    span.set_attribute("ptp.outcome", "one_by_one" if isolated else "isolated")
                if not isolated:
                    raise _HandlerFailed(run, exc, batch_handler=True) from exc
                log.warning(
                    "batch handler failed on %d messages, their handlers take them one by one: %s",
                    len(run),
                    _describe(exc)[:300],
                )
                return False
            for span in spans:
                span.set_attribute("ptp.outcome", Outcome.handled.value)
        finally:
            for span in spans:
                span.end()
        seconds = (time.perf_counter() - started) / len(run)  # each message's share of the call
        handled.extend((p, seconds) for p in run)
        return True

    async def _apply_one(
        self,
        uow: UnitOfWork,
        p: _Prepared,
        handled: list[tuple[_Prepared, float]],
        failed: list[tuple[_Prepared, Exception]],
        *,
        isolated: bool,
    ) -> None:
        """Apply one message of the batch with its own handler (in its own SAVEPOINT if
        ``isolated``: a failure is added to ``failed``; else it raises ``_HandlerFailed``)."""
        started = time.perf_counter()
        with self._span(p.delivery.message) as span, _on_behalf_of(p.env, self.service):
            try:
                async with _savepoint(uow, isolated):
                    await p.handler(p.env, p.data, uow)
            except Exception as exc:
                if is_database_unavailable(exc):
                    raise
                span.record_exception(exc)
                if not isolated:
                    raise _HandlerFailed([p], exc, batch_handler=False) from exc
                failed.append((p, exc))
                return
            span.set_attribute("ptp.outcome", Outcome.handled.value)
        handled.append((p, time.perf_counter() - started))

    async def _process(self, message: IncomingMessage, failed: Exception | None = None) -> Outcome:
        try:
            env = Envelope.model_validate_json(message.body)
        except (ValidationError, ValueError) as exc:
            return await self.park(message, f"unreadable event: {exc}", attempts=1)
        handler = self.handler_for(env.type)
        if handler is None:
            return await self.park(message, f"no handler for {env.type}", attempts=1)
        try:
            data = env.parsed()
        except UnknownEventType as exc:
            if env.type in self.handlers:
                return await self.park(message, f"unknown event version: {exc}", attempts=1)
            # A catch-all consumer (audit) still takes types or versions newer than its code.
            data = EventData.model_validate(env.data)
        except (ValidationError, ValueError) as exc:
            return await self.park(message, f"invalid event data: {exc}", attempts=1)

        attempt = 0
        outage = 0  # consecutive tries that found the database unavailable
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                if failed is not None:  # the batch's try was this message's first attempt
                    batch_error, failed = failed, None
                    raise batch_error
                with _on_behalf_of(env, self.service):
                    outcome = await self._apply_once(env, data, handler)
                metrics.HANDLER_LATENCY.labels(self.service, env.type).observe(time.perf_counter() - started)
                return outcome
            except (PermanentError, ValidationError) as exc:
                return await self.park(message, _describe(exc), attempts=attempt)
            except Exception as exc:
                if is_database_unavailable(exc):
                    # Not the message's fault: wait for the database without spending attempts.
                    outage += 1
                    attempt -= 1
                    delay = min(self.max_backoff_seconds, self.backoff_seconds * 2 ** min(outage, 16))
                    metrics.CONSUMER_RETRIES.labels(self.service, env.type).inc()
                    log.warning(
                        "database unavailable, retrying %s in %.2fs: %s",
                        env.id,
                        delay,
                        _describe(exc)[:300],
                        extra={"event_type": env.type, "event_id": env.id},
                    )
                    await asyncio.sleep(delay)
                    continue
                if attempt >= self.max_attempts:
                    return await self.park(message, _describe(exc), attempts=attempt)
                metrics.CONSUMER_RETRIES.labels(self.service, env.type).inc()
                delay = min(self.max_backoff_seconds, self.backoff_seconds * 2 ** (attempt - 1))
                log.warning(
                    "retrying %s in %.2fs (attempt %d): %s",
                    env.id,
                    delay,
                    attempt,
                    exc,
                    extra={"event_type": env.type, "event_id": env.id},
                )
                await asyncio.sleep(delay)

    async def _apply_once(self, env: Envelope, data: EventData, handler: Handler) -> Outcome:
        async with UnitOfWork(self.db, source=self.service, business_zone=self.business_zone) as uow:
            if not await self._record_in_inbox(uow, env):
                return Outcome.duplicate
            await handler(env, data, uow)
            await uow.commit()
        return Outcome.handled

    async def _record_in_inbox(self, uow: UnitOfWork, env: Envelope) -> bool:
        """Insert the inbox row; False when this consumer already applied the message."""
        if not self.inbox:
            return True
        row = {"message_id": env.id, "consumer": self.name, "event_type": env.type,
               "received_at": dt.datetime.now(dt.UTC)}
        inserted = await uow.session.execute(_inbox_insert(self.db.inbox, self.db.dialect), row)
        return inserted.scalar_one_or_none() is not None

    async def _record_many_in_inbox(self, uow: UnitOfWork, envs: list[Envelope]) -> set[str]:
        """Insert the inbox rows in one statement; the ids this consumer had not applied yet."""
        if not self.inbox:
            return {e.id for e in envs}
        now = dt.datetime.now(dt.UTC)
        rows = [
            {"message_id": e.id, "consumer": self.name, "event_type": e.type, "received_at": now}
            for e in envs
        ]
        # the rows as parameters of one cached statement (SQLAlchemy batches them into one INSERT):
        # a .values(rows) statement was compiled anew for every batch, in every consumer
        stmt = _inbox_insert(self.db.inbox, self.db.dialect)
        return set((await uow.session.execute(stmt, rows)).scalars())

    async def park(self, message: IncomingMessage, error: str, *, attempts: int) -> Outcome:
        """Store the message with its error in ``dead_letters`` (one row per message and consumer)."""
        log.warning(
            "parked message %s for %s after %d attempt(s): %s",
            message.message_id,
            self.name,
            attempts,
            error[:300],
            extra={"event_type": message.routing_key, "event_id": message.message_id},
        )
        table = self.db.dead_letters
        now = dt.datetime.now(dt.UTC)
        async with self.db.sessions() as session, session.begin():
            existing = (
                await session.execute(
                    select(table.c.id).where(
                        table.c.message_id == message.message_id, table.c.consumer == self.name
                    )
                )
            ).scalar_one_or_none()
            values = {
                "event_type": message.routing_key,
                "payload": message.body.decode("utf-8", "replace"),
                "headers": dict(message.headers),
                "error": error[:8000],
                "attempts": attempts,
                "parked_at": now,
                "status": "parked",
                "resolved_at": None,
            }
            if existing is None:
                await session.execute(
                    insert(table).values(message_id=message.message_id, consumer=self.name, **values)
                )
            else:
                await session.execute(update(table).where(table.c.id == existing).values(**values))
        return Outcome.parked


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
