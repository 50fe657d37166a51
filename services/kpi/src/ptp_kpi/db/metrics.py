"""Metric projection: facts from events, aggregates kept incrementally, rebuild from the trail."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from ptp_common.db.statements import dialect_insert, insert_or_skip
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData, UnknownEventType
from sqlalchemy import Table, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_kpi.db.models import CustomerOwner, MetricAggregate, MetricFact, TrailRecord
from ptp_kpi.db.trail import lock_head
from ptp_kpi.domain.facts import FactDraft, attribute, facts_from, ownership
from ptp_kpi.domain.indicators import Measure, Totals

CENTI = Decimal(100)
ALL = "all"


async def project(
    session: AsyncSession, env: Envelope, data: EventData, trail_seq: int, zone: ZoneInfo
) -> int:
    """Apply one event to the projection; returns how many new facts it added. ``zone`` (the
    company's time zone) decides the month each fact counts in."""
    return await project_many(session, [(env, data, trail_seq)], zone)


async def project_many(
    session: AsyncSession, events: Sequence[tuple[Envelope, EventData, int]], zone: ZoneInfo
) -> int:
    """Apply events (each with its trail sequence number) in order, as applying them one by one
    would, with one statement per table: facts and aggregates are combined per key first.
    Returns how many new facts they added."""
    drafted = [(env, data, seq, facts_from(env, data)) for env, data, seq in events]
    customers = {d.customer_id for *_, drafts in drafted for d in drafts if d.customer_id}
    owners = await _owners(session, customers)
    facts: dict[tuple[str, str], dict[str, Any]] = {}
    changed_owners: dict[str, str] = {}
    for env, data, seq, drafts in drafted:
        for draft in drafts:
            person = attribute(draft, env.actor, owners.get(draft.customer_id) if draft.customer_id else None)
            # The first occurrence counts, as when an earlier event's fact is already stored.
            row = _fact_row(env, draft, draft.period(zone), person, seq)
            facts.setdefault((draft.measure.value, draft.key), row)
        owned = ownership(env.type, data)
        if owned is not None:  # later events of the batch are attributed to the new owner
            customer_id, owners[customer_id] = owned
            changed_owners[customer_id] = owners[customer_id]
    added = await _insert_new_facts(session, list(facts.values()))
    await _add_to_aggregates(session, added)
    if changed_owners:
        await session.execute(
            _set_owner(session.bind.dialect.name),
            [{"customer_id": c, "owner": o} for c, o in sorted(changed_owners.items())],
        )
    return len(added)


async def _owners(session: AsyncSession, customer_ids: set[str]) -> dict[str, str]:
    if not customer_ids:
        return {}
    rows = await session.execute(
        select(CustomerOwner.customer_id, CustomerOwner.owner)
        .where(CustomerOwner.customer_id.in_(customer_ids))
    )
    return dict(rows.tuples().all())


def _fact_row(
    env: Envelope, draft: FactDraft, period: str, person: str | None, trail_seq: int
) -> dict[str, Any]:
    return {
        "measure": draft.measure.value,
        "fact_key": draft.key,
        "unit": draft.unit,
        "period": period,
        "value": draft.value,
        "person": person,
        "customer_id": draft.customer_id,
        "channel": draft.channel,
        "occurred_at": draft.occurred_at,
        "event_id": env.id,
        "trail_seq": trail_seq,
    }


async def _insert_new_facts(session: AsyncSession, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert the fact rows in one statement; those that were new (an occurrence already counted,
    under another event id, is not counted again)."""
    if not rows:
        return []
    # (measure, fact_key) is the only key a new fact can collide on (its id is drawn by the database)
    # The rows as parameters of one single-row statement (executemany, batched by SQLAlchemy's
    # insertmanyvalues), not .values(rows): a multi-row VALUES is compiled anew for every batch,
    # and that compilation was a third of kpi's CPU under a burst.
    facts = MetricFact.__table__
    inserted = await session.execute(
        insert_or_skip(facts, session.bind.dialect.name).returning(facts.c.measure, facts.c.fact_key),
        rows,
    )
    new = set(inserted.tuples().all())
    return [row for row in rows if (row["measure"], row["fact_key"]) in new]


async def _add_to_aggregates(session: AsyncSession, facts: list[dict[str, Any]]) -> None:
    """Add the new facts to their aggregates (every scope they count in) in one upsert."""
    sums: dict[tuple[str, str, str, str, str], list[int]] = {}
    for fact in facts:
        centi = int((fact["value"] * CENTI).to_integral_value())
        scopes = [(ALL, ""), ("person", fact["person"]), ("customer", fact["customer_id"]),
                  ("channel", fact["channel"])]
        for scope, scope_id in scopes:
            if scope_id is None:
                continue
            total = sums.setdefault((fact["measure"], fact["unit"], fact["period"], scope, scope_id), [0, 0])
            total[0] += centi
            total[1] += 1
    if not sums:
        return
    keys = ("measure", "unit", "period", "scope", "scope_id")
    # in key order, so concurrent upserts lock the rows in the same order
    rows = [
        {**dict(zip(keys, key, strict=True)), "total_centi": total, "count": count}
        for key, (total, count) in sorted(sums.items())
    ]
    await session.execute(_add_to_aggregate(session.bind.dialect.name), rows)


@cache
def _set_owner(dialect_name: str) -> Any:
    """``INSERT ... ON CONFLICT (customer_id) DO UPDATE SET owner``, built once per dialect."""
    owners = cast(Table, CustomerOwner.__table__)
    stmt = dialect_insert(dialect_name)(owners)
    return stmt.on_conflict_do_update(index_elements=["customer_id"], set_={"owner": stmt.excluded.owner})


@cache
def _add_to_aggregate(dialect_name: str) -> Any:
    """``INSERT ... ON CONFLICT (key) DO UPDATE`` adding to the totals, built once per dialect and
    executed with the rows as parameters (ptp_common.db.statements.dialect_insert)."""
    aggregates = cast(Table, MetricAggregate.__table__)
    stmt = dialect_insert(dialect_name)(aggregates)
    return stmt.on_conflict_do_update(
        index_elements=["measure", "unit", "period", "scope", "scope_id"],
        set_={
            "total_centi": aggregates.c.total_centi + stmt.excluded.total_centi,
            "count": aggregates.c.count + stmt.excluded.count,
        },
    )


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
