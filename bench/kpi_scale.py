"""Figure 4: a KPI scorecard's figures at 10^4, 10^5 and 10^6 metric facts.

A fresh kpi database (migrated by kpi's own Alembic tree) gets a team of 20 people out of 200,
one draft scorecard for the team over a year with every indicator, and synthetic metric facts
(generate_series, straight into ``metric_facts``) spread over 5 years, 200 people, 1000 customers
and 5 channels; ``metric_aggregates`` is then rebuilt from the facts with GROUP BY, as the
projection keeps it. What is timed is the service layer behind GET /scorecards/{id}: load the
card, its indicator lines and evaluations, and ``assessment.figures`` (the aggregate queries),
BENCH_KPI_READS times after 20 warm-up reads.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from decimal import Decimal

import asyncpg
from ptp_common.db.migrate import upgrade
from ptp_kpi.db import assessment
from ptp_kpi.db.models import Evaluation, Person, Scorecard, ScorecardIndicator, Team
from ptp_kpi.domain.facts import MEASURE_UNITS
from ptp_kpi.domain.indicators import INDICATORS, Measure
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from bench.common import KPI_MAX_POWER, KPI_READS, POSTGRES_URL, Figure, percentile

PEOPLE, TEAM_SIZE, WARM_UP = 200, 20, 20
MAX_RATIO = 1.5  # p95 at the largest size / p95 at 10^4

FILL = """
INSERT INTO metric_facts (measure, fact_key, unit, period, value, person, customer_id, channel,
                          occurred_at, event_id, trail_seq)
SELECT ($3::text[])[1 + i % cardinality($3::text[])], 'f' || i, ($4::text[])[1 + i % cardinality($4::text[])],
       to_char(d, 'YYYY-MM'), (1 + i % 997)::numeric, 'p' || ((i * 31) % $5), 'c' || ((i * 17) % 1000),
       (ARRAY['web','phone','email','referral','event'])[1 + i % 5], d, md5(i::text), i
FROM generate_series($1::bigint, $2::bigint) AS i,
     LATERAL (SELECT timestamptz '2022-01-01 00:00+00' + ((i * 7919) % 1826) * interval '1 day') AS t(d)
"""
AGGREGATE = """
INSERT INTO metric_aggregates (measure, unit, period, scope, scope_id, total_centi, count)
SELECT measure, unit, period, {scope}, {scope_id}, sum((value * 100)::bigint), count(*)
FROM metric_facts {where} GROUP BY measure, unit, period{group}
"""
SCOPES = [
    ("'all'", "''", "", ""),
    ("'person'", "person", "WHERE person IS NOT NULL", ", person"),
    ("'customer'", "customer_id", "WHERE customer_id IS NOT NULL", ", customer_id"),
    ("'channel'", "channel", "WHERE channel IS NOT NULL", ", channel"),
]


def dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def seed_directory(url: str) -> str:
    engine = create_async_engine(url)
    now = dt.datetime.now(dt.UTC)
    card_id = str(uuid.uuid4())
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            session.add(Team(id="T1", name="Bench team", department="sales", lead="p0", created_at=now))
            await session.flush()
            for i in range(TEAM_SIZE):
                session.add(Person(id=f"p{i}", name=f"Person {i}", role="business_specialist", team_id="T1",
                                   supervisor="p0", created_at=now))
            session.add(Scorecard(
                id=card_id, subject_type="team", subject_id="T1", period="2025", status="draft",
                quantitative_weight=Decimal("0.7"), supervisor_weight=Decimal("0.5"),
                peer_weight=Decimal("0.3"), customer_weight=Decimal("0.2"), created_by="p0", created_at=now,
            ))
            await session.flush()
            for position, (name, indicator) in enumerate(INDICATORS.items(), start=1):
                session.add(ScorecardIndicator(
                    id=str(uuid.uuid4()), scorecard_id=card_id, position=position, indicator=name,
                    currency="EUR" if indicator.is_money else None, target=Decimal(100), weight=Decimal(1),
                ))
    finally:
        await engine.dispose()
    return card_id


async def fill(conn: asyncpg.Connection, start: int, end: int) -> None:
    measures = list(Measure)
    units = [MEASURE_UNITS.get(m, "EUR") for m in measures]
    await conn.execute(FILL, start, end, [m.value for m in measures], units, PEOPLE)
    await conn.execute("TRUNCATE metric_aggregates")
    for scope, scope_id, where, group in SCOPES:
        await conn.execute(AGGREGATE.format(scope=scope, scope_id=scope_id, where=where, group=group))
    await conn.execute("ANALYZE metric_facts")
    await conn.execute("ANALYZE metric_aggregates")


async def time_scorecard(url: str, card_id: str) -> list[float]:
    engine = create_async_engine(url, pool_size=2)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    timings = []
    try:
        for i in range(WARM_UP + KPI_READS):
            started = time.perf_counter()
            async with sessions() as session:
                card = await session.get(Scorecard, card_id)
                assert card is not None
                lines = (await session.execute(
                    select(ScorecardIndicator).where(ScorecardIndicator.scorecard_id == card_id)
                    .order_by(ScorecardIndicator.position))).scalars().all()
                evaluations = (await session.execute(
                    select(Evaluation).where(Evaluation.scorecard_id == card_id))).scalars().all()
                result = await assessment.figures(session, card, lines, evaluations)
                assert len(result.indicators) == len(lines)
            if i >= WARM_UP:
                timings.append(time.perf_counter() - started)
    finally:
        await engine.dispose()
    return timings


async def run(prefix: str) -> list[Figure]:
    database = f"{prefix}_kpiscale"
    url = make_url(POSTGRES_URL).set(database=database).render_as_string(hide_password=False)
    admin = await asyncpg.connect(dsn(POSTGRES_URL))
    await admin.execute(f'CREATE DATABASE "{database}"')
    figures: list[Figure] = []
    try:
        await upgrade(url, "ptp_kpi.migrations")
        card_id = await seed_directory(url)
        conn = await asyncpg.connect(dsn(url))
        p95: dict[int, float] = {}
        try:
            done = 0
            for power in range(4, KPI_MAX_POWER + 1):
                n = 10**power
                started = time.monotonic()
                await fill(conn, done + 1, n)
                done = n
                print(f"  figure 4: {n} facts loaded in {time.monotonic() - started:.1f} s", flush=True)
                timings = await time_scorecard(url, card_id)
                p95[power] = percentile(timings, 95) * 1000
                facts = await conn.fetchval("SELECT count(*) FROM metric_facts")
                aggregates = await conn.fetchval("SELECT count(*) FROM metric_aggregates")
                figures.append(Figure(
                    f"4. scorecard p95 at 10^{power} facts (ms)", p95[power], None, "ms", "-", None, None,
                    f"{facts} facts, {aggregates} aggregates; p50 {percentile(timings, 50) * 1000:.1f} ms",
                ))
        finally:
            await conn.close()
        top = max(p95)
        ratio = p95[top] / p95[4]
        figures.append(Figure(
            f"4. scorecard p95 10^{top} vs 10^4 (ms)", p95[top], p95[4], "ms", f"ratio <= {MAX_RATIO}", ratio,
            ratio <= MAX_RATIO,
            f"{KPI_READS} reads of a team scorecard, {len(INDICATORS)} indicators",
        ))
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()
    return figures
