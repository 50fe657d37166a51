"""Metric projection: facts from events, aggregates kept incrementally, rebuild from the trail."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData, UnknownEventType
from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_kpi.db.models import CustomerOwner, MetricAggregate, MetricFact, TrailRecord
from ptp_kpi.db.trail import lock_head
from ptp_kpi.domain.facts import FactDraft, attribute, facts_from, ownership
from ptp_kpi.domain.indicators import Measure, Totals

CENTI = Decimal(100)
ALL = "all"


def _insert(session: AsyncSession) -> Any:
    return postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert


async def project(
    session: AsyncSession, env: Envelope, data: EventData, trail_seq: int, zone: ZoneInfo
) -> int:
    """Apply one event to the projection; returns how many new facts it added. ``zone`` (the
    company's time zone) decides the month each fact counts in."""
    added = 0
    for draft in facts_from(env, data):
        owner = None
        if draft.person is None and draft.customer_id is not None:
            owner = await session.scalar(
                select(CustomerOwner.owner).where(CustomerOwner.customer_id == draft.customer_id)
            )
        person = attribute(draft, env.actor, owner)
        if await _add_fact(session, env, draft, draft.period(zone), person, trail_seq):
            added += 1
    owned = ownership(env.type, data)
    if owned is not None:
        customer_id, owner = owned
        await session.execute(
            _insert(session)(CustomerOwner)
            .values(customer_id=customer_id, owner=owner)
            .on_conflict_do_update(index_elements=["customer_id"], set_={"owner": owner})
        )
    return added


async def _add_fact(
    session: AsyncSession, env: Envelope, draft: FactDraft, period: str, person: str | None, trail_seq: int
) -> bool:
    inserted = await session.execute(
        _insert(session)(MetricFact)
        .values(
            measure=draft.measure.value,
            fact_key=draft.key,
            unit=draft.unit,
            period=period,
            value=draft.value,
            person=person,
            customer_id=draft.customer_id,
            channel=draft.channel,
            occurred_at=draft.occurred_at,
            event_id=env.id,
            trail_seq=trail_seq,
        )
        .on_conflict_do_nothing(index_elements=["measure", "fact_key"])
    )
    if not cast(CursorResult[Any], inserted).rowcount:
        return False  # the same occurrence was already counted (under another event id)
    scopes = [(ALL, ""), ("person", person), ("customer", draft.customer_id), ("channel", draft.channel)]
    centi = int((draft.value * CENTI).to_integral_value())
    for scope, scope_id in scopes:
        if scope_id is None:
            continue
        stmt = _insert(session)(MetricAggregate).values(
            measure=draft.measure.value,
            unit=draft.unit,
            period=period,
            scope=scope,
            scope_id=scope_id,
            total_centi=centi,
            count=1,
        )
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["measure", "unit", "period", "scope", "scope_id"],
                set_={
                    "total_centi": MetricAggregate.total_centi + stmt.excluded.total_centi,
                    "count": MetricAggregate.count + stmt.excluded.count,
                },
            )
        )
    return True


async def totals(
    session: AsyncSession,
    measures: Iterable[Measure],
    units: Sequence[str],
    months: Sequence[str],
    scope: str,
    scope_ids: Sequence[str],
) -> dict[Measure, Totals]:
    """Sum the aggregates of ``measures`` over months and scope ids (a team is its members)."""
    measures = list(measures)
    rows = (
        await session.execute(
            select(
                MetricAggregate.measure,
                func.sum(MetricAggregate.total_centi),
                func.sum(MetricAggregate.count),
            )
            .where(
                MetricAggregate.measure.in_([m.value for m in measures]),
                MetricAggregate.unit.in_(units),
                MetricAggregate.period.in_(months),
                MetricAggregate.scope == scope,
                MetricAggregate.scope_id.in_(scope_ids),
            )
            .group_by(MetricAggregate.measure)
        )
    ).all()
    return {Measure(m): Totals(Decimal(int(total or 0)) / CENTI, int(count or 0)) for m, total, count in rows}


async def rebuild(session: AsyncSession, zone: ZoneInfo, batch: int = 500) -> dict[str, int]:
    """Recompute the whole projection from the trail, in trail order, in this transaction
    (months in ``zone``: after the business time zone changes, a rebuild re-buckets the facts).

    Holding the chain head meanwhile pauses event handling, so no event lands half in
    the old projection and half in the new one.
    """
    await lock_head(session)
    for table in (MetricAggregate, MetricFact, CustomerOwner):
        await session.execute(delete(table))
    after, events, facts = 0, 0, 0
    while True:
        records = (
            (
                await session.execute(
                    select(TrailRecord).where(TrailRecord.seq > after).order_by(TrailRecord.seq).limit(batch)
                )
            )
            .scalars()
            .all()
        )
        for record in records:
            env = Envelope.model_validate_json(record.payload)
            try:
                data = env.parsed()
            except (UnknownEventType, ValueError):
                continue  # recorded but not understood by this version: measures nothing
            events += 1
            facts += await project(session, env, data, record.seq, zone)
        if len(records) < batch:
            return {"events": events, "facts": facts}
        after = records[-1].seq
