"""The audit trail store: append (serialised on the chain head), verify, read back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import cast

from ptp_common.db.statements import dialect_insert
from ptp_common.events.envelope import Envelope
from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_kpi.db.models import TrailHead, TrailRecord
from ptp_kpi.domain.hashchain import GENESIS_HASH, ChainBreak, ChainVerifier, TrailContent, digest

HEAD_ID = 1
VERIFY_BATCH = 1000


def canonical_payload(env: Envelope) -> str:
    return json.dumps(env.model_dump(mode="json"), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


def content_of(record: TrailRecord) -> TrailContent:
    return TrailContent(
        seq=record.seq,
        event_id=record.event_id,
        type=record.type,
        source=record.source,
        subject=record.subject,
        correlation_id=record.correlation_id,
        causation_id=record.causation_id,
        actor=record.actor,
        occurred_at=record.occurred_at,
        recorded_at=record.recorded_at,
        payload=record.payload,
    )


async def lock_head(session: AsyncSession) -> TrailHead:
    """Lock the chain head for this transaction: concurrent appends queue here, in order."""
    head = await _select_head_for_update(session)
    if head is None:
        # The migration creates the row; this covers a database built another way.
        await session.execute(
            dialect_insert(session.bind.dialect.name)(TrailHead)
            .values(id=HEAD_ID, last_seq=0, last_hash=GENESIS_HASH)
            .on_conflict_do_nothing(index_elements=["id"])
        )
        head = await _select_head_for_update(session)
    assert head is not None
    return head


# Built once (every batch runs them): construction and cache key are not redone per call.
HEAD_FOR_UPDATE = (
    select(TrailHead)
    .where(TrailHead.id == HEAD_ID)
    .with_for_update()
    .execution_options(populate_existing=True)
)
KNOWN_RECORDS = select(TrailRecord.event_id, TrailRecord.seq).where(
    TrailRecord.event_id.in_(bindparam("event_ids", expanding=True))
)


async def _select_head_for_update(session: AsyncSession) -> TrailHead | None:
    return (await session.execute(HEAD_FOR_UPDATE)).scalar_one_or_none()


async def append(session: AsyncSession, env: Envelope) -> tuple[int, bool]:
    """Append ``env`` to the trail: (its sequence number, whether it is new).

    An event id already in the trail is not appended again.

    Runs in the caller's transaction; the head row stays locked until it commits,
    so on PostgreSQL concurrent consumers append one after another.
    """
    [appended] = await append_many(session, [env])
    return appended


async def append_many(session: AsyncSession, envs: Sequence[Envelope]) -> list[tuple[int, bool]]:
    """Append ``envs`` in order under one head lock, in one insert: for each, (its sequence
    number, whether it is new). Chained exactly as appending them one by one."""
    head = await lock_head(session)
    ids = [env.id for env in envs]
    seq_of: dict[str, int] = dict((await session.execute(KNOWN_RECORDS, {"event_ids": ids})).tuples().all())
    appended, rows = [], []
    last_seq, last_hash = head.last_seq, head.last_hash
    recorded_at = dt.datetime.now(dt.UTC)
    for env in envs:
        if env.id in seq_of:
            appended.append((seq_of[env.id], False))
            continue
        content = _content(env, last_seq + 1, recorded_at)
        record_hash = digest(content, last_hash)
        rows.append({**content.__dict__, "prev_hash": last_hash, "hash": record_hash})
        last_seq, last_hash = content.seq, record_hash
        seq_of[env.id] = content.seq
        appended.append((content.seq, True))
    if rows:
        # Core executemany on the table: the ORM's bulk insert path costs more than the insert
        await session.execute(insert(cast(Table, TrailRecord.__table__)), rows)
        head.last_seq, head.last_hash = last_seq, last_hash
        await session.flush()
    return appended


def _content(env: Envelope, seq: int, recorded_at: dt.datetime) -> TrailContent:
    return TrailContent(
        seq=seq,
        event_id=env.id,
        type=env.type,
        source=env.source,
        subject=env.subject,
        correlation_id=env.correlationid,
        causation_id=env.causationid,
        actor=env.actor,
        occurred_at=env.time.astimezone(dt.UTC),
        recorded_at=recorded_at,
        payload=canonical_payload(env),
    )


async def verify(
    session: AsyncSession, anchors: dict[int, str] | None = None
) -> tuple[int, ChainBreak | None]:
    """Walk the chain in order; (records checked, first break or None).

    On PostgreSQL the walk and the head are read in one REPEATABLE READ snapshot: events
    appended while the chain is walked would otherwise show as a head beyond the chain's end,
    a break that is not there.
    """
    if session.bind.dialect.name == "postgresql" and not session.in_transaction():
        await session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    verifier = ChainVerifier(anchors)
    after = 0
    while True:
        batch = (
            await session.execute(
                select(TrailRecord).where(TrailRecord.seq > after).order_by(TrailRecord.seq)
                .limit(VERIFY_BATCH)
            )
        ).scalars().all()
        for record in batch:
            broken = verifier.feed(content_of(record), record.prev_hash, record.hash)
            if broken is not None:
                return verifier.checked, broken
        if len(batch) < VERIFY_BATCH:
            break
        after = batch[-1].seq
        session.expunge_all()
    head = await session.get(TrailHead, HEAD_ID)
    if head is None:
        return verifier.checked, verifier.finish(0, GENESIS_HASH)
    return verifier.checked, verifier.finish(head.last_seq, head.last_hash)


def envelope_of(record: TrailRecord) -> Envelope:
    return Envelope.model_validate_json(record.payload)


async def head(session: AsyncSession) -> tuple[int, str]:
    found = await session.get(TrailHead, HEAD_ID)
    return (0, GENESIS_HASH) if found is None else (found.last_seq, found.last_hash)
