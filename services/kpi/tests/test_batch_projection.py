"""kpi's batch handler (a delivered batch at once: one trail append, one statement per projection
table) leaves exactly the rows its per-event handler leaves, event by event, on PostgreSQL."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from kpi_events import Deal, feed
from opentelemetry import trace
from ptp_common.events.envelope import Envelope
from ptp_common.events.schemas import projects
from ptp_common.messaging.consumer import Delivered
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_kpi.db import trail
from ptp_kpi.db.duty_models import DutySubject
from ptp_kpi.db.models import CustomerOwner, MetricAggregate, MetricFact, TrailRecord
from ptp_kpi.handlers.record_event import record_events
from ptp_kpi.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration

CUSTOMERS = ["cust-1", "cust-2"]
OWNERS = ["alice", "bob", "carol"]
PAYMENTS = ["pay-1", "pay-2", "pay-3"]  # few, so the same payment is announced again


def random_event(rng: random.Random) -> Envelope:
    """An event of a deal of a shared customer, by a shared owner: owners change hands mid-batch
    (contracts tell kpi who owns a customer) and occurrences repeat under new event ids."""
    deal = Deal(owner=rng.choice(OWNERS), customer_id=rng.choice(CUSTOMERS))
    deal.contract_id = f"ctr-{rng.randint(1, 3)}"
    makers: list[Callable[[], Envelope]] = [
        deal.registered,
        deal.signed,
        lambda: deal.paid(f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}", rng.choice(PAYMENTS)),
        deal.terminated,
        deal.project_cancelled,
        lambda: deal.responded(rng.random() < 0.5, rng.uniform(1, 90), agent=rng.choice(OWNERS)),
        lambda: deal.resolved(rng.choice([None, 1, 3, 5])),
        lambda: deal.feedback(rng.randint(1, 5)),
        deal.risk_changed,  # a service acts: the fact counts for the customer's owner then
        # the duty calendar's subjects: the same project planned, started, cancelled in one batch
        lambda: deal.envelope("projects", projects.ProjectPlanned(
            project_id=f"prj-{deal.contract_id}", contract_id=deal.contract_id,
            customer_id=deal.customer_id, name=f"Project {rng.randint(1, 9)}", owner=deal.owner)),
        lambda: deal.envelope("projects", projects.ProjectStarted(
            project_id=f"prj-{deal.contract_id}", contract_id=deal.contract_id,
            customer_id=deal.customer_id, baselined_by=deal.owner)),
    ]
    return rng.choice(makers)()


async def apply_as_one_batch(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    events = [Delivered(env, env.parsed(), trace.INVALID_SPAN, "kpi") for env in envs]
    async with runtime.uow() as uow:
        await record_events(events, uow)
        await uow.commit()


async def rows(runtime: ServiceRuntime) -> dict[str, list[tuple[object, ...]]]:
    """Every projection row (the trail without the time it was recorded and the hashes that
    cover that time; facts without their surrogate id)."""
    async with runtime.db.sessions() as session:
        async def table(*columns):  # type: ignore[no-untyped-def]
            return [tuple(r) for r in (await session.execute(select(*columns).order_by(*columns))).all()]

        stamped = ("recorded_at", "hash", "prev_hash")
        trail_columns = [c for c in TrailRecord.__table__.c if c.name not in stamped]
        fact_columns = [c for c in MetricFact.__table__.c if c.name != "id"]
        return {
            "trail": await table(*trail_columns),
            "facts": await table(*fact_columns),
            "aggregates": await table(*MetricAggregate.__table__.c),
            "owners": await table(*CustomerOwner.__table__.c),
            "duty subjects": await table(*DutySubject.__table__.c),
        }


async def test_a_batch_leaves_the_rows_its_events_leave_one_by_one(new_postgres_database) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(18)
    async with (
        running_app(definition, await new_postgres_database()) as (_, _, one_by_one),
        running_app(definition, await new_postgres_database()) as (_, _, batched),
    ):
        for _round in range(25):
            envs = [random_event(rng) for _ in range(rng.randint(1, 16))]
            await feed(one_by_one, *envs)
            await apply_as_one_batch(batched, envs)
            assert await rows(batched) == await rows(one_by_one)
        async with batched.db.sessions() as session:
            checked, broken = await trail.verify(session)
        assert broken is None and checked == len((await rows(batched))["trail"])
        assert len((await rows(batched))["facts"]) > 50  # the rounds did measure something
        assert len((await rows(batched))["duty subjects"]) >= 3


async def test_a_duty_subject_new_in_a_batch_is_created_once_and_changed_by_the_later_events(
    new_postgres_database,  # type: ignore[no-untyped-def]
) -> None:
    deal = Deal(owner="alice", customer_id="cust-1")
    project = {"project_id": "prj-1", "contract_id": deal.contract_id, "customer_id": deal.customer_id}
    envs = [
        deal.envelope("projects", projects.ProjectPlanned(**project, name="Build", owner="alice")),
        deal.envelope("projects", projects.ProjectStarted(**project, baselined_by="alice")),
        deal.envelope("projects", projects.ProjectPlanned(**project, name="Build", owner="bob")),
    ]
    async with (
        running_app(definition, await new_postgres_database()) as (_, _, one_by_one),
        running_app(definition, await new_postgres_database()) as (_, _, batched),
    ):
        await feed(one_by_one, *envs)
        await apply_as_one_batch(batched, envs)
        subjects = (await rows(batched))["duty subjects"]
        assert subjects == (await rows(one_by_one))["duty subjects"]
        [(kind, subject_id, label, owner, active, *_)] = subjects
        assert (kind, subject_id, label, owner, active) == ("progress_report", "prj-1", "Build", "bob", True)
