"""Operators' tools for parked messages: list, inspect, replay, discard; automatic replay of
crash-loop dead letters.

Replay feeds the stored message through the same consumer path (inbox, handler,
commit), so a replay after a fix applies the message exactly once, and replaying
twice does nothing the second time.

Two kinds of dead letter are told apart:

- **parked** (``status = 'parked'``): the handler failed ``max_attempts`` times, or the payload
  can never succeed, or the broker dead-lettered it for another reason. A person decides.
- **held** (``status = 'held'``): the broker dead-lettered it at the quorum queue's delivery limit
  (``x-first-death-reason: delivery_limit``): it was handed out that many times and never
  acknowledged, because its consumer kept dying (SIGKILL, OOM, a liveness probe killing a hung
  process) with it in flight. Its handler never rejected it. Such a message is replayed
  automatically through the consumer once the service has been healthy for a while
  (:func:`auto_replay_held`), at most ``max_replays`` times; a message that really kills its
  consumer therefore ends parked after that many crashes, with that said in its error.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import CursorResult

from ptp_common.db.engine import Database
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Consumer, Outcome
from ptp_common.telemetry import metrics

log = logging.getLogger(__name__)

PARKED = "parked"
HELD = "held"
DELIVERY_LIMIT = "delivery_limit"


@dataclass(frozen=True)
class ParkedMessage:
    id: int
    message_id: str
    consumer: str
    event_type: str
    error: str
    attempts: int
    parked_at: dt.datetime
    status: str
    payload: str
    headers: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _row_to_parked(row: Any) -> ParkedMessage:
    return ParkedMessage(
        id=row.id,
        message_id=row.message_id,
        consumer=row.consumer,
        event_type=row.event_type,
        error=row.error,
        attempts=row.attempts,
        parked_at=row.parked_at,
        status=row.status,
        payload=row.payload,
        headers=dict(row.headers or {}),
    )


async def list_parked(
    db: Database, *, status: str = "parked", limit: int = 100, after_id: int = 0
) -> list[ParkedMessage]:
    table = db.dead_letters
    async with db.sessions() as session:
        rows = (
            await session.execute(
                select(table)
                .where(table.c.status == status, table.c.id > after_id)
                .order_by(table.c.id)
                .limit(limit)
            )
        ).all()
    return [_row_to_parked(r) for r in rows]


async def get_parked(db: Database, parked_id: int) -> ParkedMessage | None:
    table = db.dead_letters
    async with db.sessions() as session:
        row = (await session.execute(select(table).where(table.c.id == parked_id))).first()
    return _row_to_parked(row) if row else None


async def count_parked(db: Database) -> int:
    table = db.dead_letters
    async with db.sessions() as session:
        return int(
            (
                await session.execute(
                    select(func.count()).select_from(table).where(table.c.status == "parked")
                )
            ).scalar_one()
        )


async def replay(db: Database, consumer: Consumer, parked_id: int) -> Outcome | None:
    """Run a parked message through ``consumer`` again. None if it is not parked."""
    parked = await get_parked(db, parked_id)
    if parked is None or parked.status != "parked":
        return None
    outcome = await consumer.process(
        IncomingMessage(
            message_id=parked.message_id,
            routing_key=parked.event_type,
            body=parked.payload.encode(),
            headers=parked.headers,
        )
    )
    if outcome is not Outcome.parked:
        await _set_status(db, parked_id, "replayed")
    return outcome


async def discard(db: Database, parked_id: int) -> bool:
    """Mark a parked message discarded (kept for the record, never replayed)."""
    return await _set_status(db, parked_id, "discarded")


async def _set_status(
    db: Database, parked_id: int, status: str, *, from_status: str = PARKED, **values: Any
) -> bool:
    table = db.dead_letters
    async with db.sessions() as session, session.begin():
        result = await session.execute(
            update(table)
            .where(table.c.id == parked_id, table.c.status == from_status)
            .values(**{"status": status, "resolved_at": dt.datetime.now(dt.UTC), **values})
        )
    return bool(cast(CursorResult[Any], result).rowcount)


# -- dead letters of the broker ----------------------------------------------------------------
def death_reason(headers: Mapping[str, str]) -> str | None:
    """Why the broker dead-lettered a message (``x-first-death-reason``; RabbitMQ's reasons:
    rejected, expired, maxlen, delivery_limit)."""
    for key in ("x-first-death-reason", "x-last-death-reason"):
        if headers.get(key):
            return headers[key]
    if DELIVERY_LIMIT in headers.get("x-death", ""):
        return DELIVERY_LIMIT
    return None


def _event_type(message: IncomingMessage) -> str:
    """The event's own type (a dead letter's routing key is the consumer's name)."""
    try:
        found = json.loads(message.body).get("type")
    except (ValueError, AttributeError):
        found = None
    return found if isinstance(found, str) and found else message.routing_key


async def take_broker_dead_letter(db: Database, consumer: Consumer, message: IncomingMessage) -> str:
    """Store what the broker dead-lettered for ``consumer``: held for automatic replay when the
    delivery limit was reached (its handler never rejected it), parked otherwise. Returns the
    status given (``already_applied`` when the inbox shows the message was applied before its
    consumer died)."""
    reason = death_reason(message.headers)
    message = IncomingMessage(
        message_id=message.message_id,
        routing_key=_event_type(message),
        body=message.body,
        headers=message.headers,
        redelivered=message.redelivered,
    )
    if reason != DELIVERY_LIMIT:
        why = f"dead-lettered by the broker ({reason or 'reason unknown'})"
        await consumer.park(message, why, attempts=0)
        return PARKED
    table = db.dead_letters
    inbox = db.inbox
    async with db.sessions() as session, session.begin():
        applied = (
            await session.execute(
                select(func.count())
                .select_from(inbox)
                .where(inbox.c.message_id == message.message_id, inbox.c.consumer == consumer.name)
            )
        ).scalar_one()
        if applied:
            return "already_applied"
        existing = (
            await session.execute(
                select(table.c.id, table.c.status).where(
                    table.c.message_id == message.message_id, table.c.consumer == consumer.name
                )
            )
        ).first()
        if existing is not None:
            return str(existing.status)  # parked by its handler, or already held: leave it
        await session.execute(
            insert(table).values(
                message_id=message.message_id,
                consumer=consumer.name,
                event_type=message.routing_key,
                payload=message.body.decode("utf-8", "replace"),
                headers=dict(message.headers),
                error=(
                    "dead-lettered by the broker at its delivery limit (the consumer died with it "
                    "in flight each time; its handler never rejected it): replayed automatically "
                    "once the service has been healthy for a while"
                ),
                attempts=0,  # automatic replays started so far
                parked_at=dt.datetime.now(dt.UTC),
                status=HELD,
            )
        )
    log.warning(
        "message %s for %s dead-lettered at the delivery limit; held for automatic replay",
        message.message_id,
        consumer.name,
        extra={"event_type": message.routing_key, "event_id": message.message_id},
    )
    return HELD


async def count_held(db: Database) -> int:
    table = db.dead_letters
    async with db.sessions() as session:
        return int(
            (
                await session.execute(select(func.count()).select_from(table).where(table.c.status == HELD))
            ).scalar_one()
        )


async def auto_replay_held(
    db: Database, consumer: Consumer, *, max_replays: int, limit: int = 100
) -> dict[str, int]:
    """Replay held messages through ``consumer`` (call only while the service is healthy).

    Each replay is counted (``attempts``) and committed before it runs, so a replay that kills
    the process counts too; a message held after ``max_replays`` replays is parked for a person.
    Returns how many ended each way (handled, duplicate, parked, gave_up).
    """
    table = db.dead_letters
    done: dict[str, int] = {}
    for held in await list_parked(db, status=HELD, limit=limit):
        async with db.sessions() as session, session.begin():
            claimed = cast(
                CursorResult[Any],
                await session.execute(
                    update(table)
                    .where(table.c.id == held.id, table.c.status == HELD, table.c.attempts < max_replays)
                    .values(attempts=table.c.attempts + 1)
                ),
            ).rowcount
        if not claimed:
            gave_up = await _set_status(
                db,
                held.id,
                PARKED,
                from_status=HELD,
                resolved_at=None,
                error=(
                    f"dead-lettered by the broker at its delivery limit and replayed automatically "
                    f"{held.attempts} time(s) without success: it may be killing its consumer"
                ),
            )
            outcome = "gave_up" if gave_up else "taken_elsewhere"
        else:
            result = await consumer.process(
                IncomingMessage(
                    message_id=held.message_id,
                    routing_key=held.event_type,
                    body=held.payload.encode(),
                    headers=held.headers,
                )
            )
            outcome = result.value
            if result is not Outcome.parked:  # parked: consumer.park() made it a parked row
                await _set_status(db, held.id, "replayed", from_status=HELD)
        metrics.AUTO_REPLAYS.labels(consumer.service, outcome).inc()
        done[outcome] = done.get(outcome, 0) + 1
    if done:
        log.warning("automatic replay of delivery-limit dead letters for %s: %s", consumer.name, done)
    return done
