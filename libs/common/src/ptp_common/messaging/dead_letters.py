"""Operators' tools for parked messages: list, inspect, replay, discard.

Replay feeds the stored message through the same consumer path (inbox, handler,
commit), so a replay after a fix applies the message exactly once, and replaying
twice does nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult

from ptp_common.db.engine import Database
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Consumer, Outcome


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


async def _set_status(db: Database, parked_id: int, status: str) -> bool:
    table = db.dead_letters
    async with db.sessions() as session, session.begin():
        result = await session.execute(
            update(table)
            .where(table.c.id == parked_id, table.c.status == "parked")
            .values(status=status, resolved_at=dt.datetime.now(dt.UTC))
        )
    return bool(cast(CursorResult[Any], result).rowcount)
