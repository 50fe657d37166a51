"""risk's batch handler (the rows a delivered batch's reference and credit events read loaded at
once, its customers' profiles locked at once) leaves exactly the rows and events its per-event
handlers leave, event by event, on PostgreSQL; a failing batch leaves nothing behind for them."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from opentelemetry import trace
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractDrafted
from ptp_common.events.schemas.crm import ComplaintOpened, ComplaintResolved, CustomerRegistered
from ptp_common.events.schemas.projects import ProjectPlanned
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Delivered, Outcome
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_common.testing.waiting import eventually
from ptp_risk.db.models import Base, CreditProfile, CreditProfileChange
from ptp_risk.handlers import BATCH_HANDLERS, HANDLERS, batch
from ptp_risk.service import definition
from risk_support import T0, cleared, ended, eur, overdue, received, settled, signed
from sqlalchemy import event, select, text

pytestmark = pytest.mark.integration

CUSTOMERS = ["cust-a", "cust-b", "cust-c"]
CONTRACTS = ["con-1", "con-2"]
STAMPS = {"id", "created_at", "updated_at", "changed_at", "version"}  # differ between any two runs
# clock times of the register's rows and events (when the work was done, not what it was about)
NOW_COLUMNS = {"assessed_at", "observed_at", "occurred_at", "latest_at"}
MESSAGING = {"outbox", "inbox", "dead_letters"}
on_events = BATCH_HANDLERS["contracts.contract.signed"]


def random_credit_event(rng: random.Random) -> EventData:
    customer, contract = rng.choice(CUSTOMERS), rng.choice(CONTRACTS)
    at = T0 + dt.timedelta(days=rng.randint(-30, 30))
    installment = rng.choice(["inst-1", "inst-2"])
    choices = [
        lambda: overdue(customer, days=rng.randint(1, 120), outstanding=f"{rng.randint(1, 9)}000.00",
                        as_of=at, installment=installment, contract=contract),
        lambda: received(customer, at=at, installment_left=rng.choice(["0", "500.00"]),
                         contract_left=f"{rng.randint(0, 9)}000.00", days_late=rng.randint(0, 60),
                         payment=f"pay-{rng.randint(1, 4)}", installment=installment, contract=contract),
        lambda: cleared(customer, at=at, days=rng.randint(1, 60), contract_left=f"{rng.randint(0, 9)}000.00",
                        installment=installment, contract=contract),
        lambda: ended(customer, rng.choice(["completed", "terminated"]), at=at, contract=contract),
        lambda: settled(customer, "1000.00", at=at, contract=contract),
    ]
    return rng.choice(choices)()


def random_event(rng: random.Random) -> EventData:
    """Any type the batch handler takes, over a few shared customers; now and then a key that names
    another customer's row (each path must find that row, not take it as new)."""
    customer, contract = rng.choice(CUSTOMERS), rng.choice(CONTRACTS)
    contract_id = f"{customer}:{contract}"
    at = T0 + dt.timedelta(days=rng.randint(-30, 30))
    complaint = dict(
        complaint_id=f"{customer}:cmp-{rng.randint(1, 3)}", customer_id=customer, category="quality",
        severity=rng.choice(["low", "medium", "high", "critical"]), channel="email", received_at=at,
        response_deadline=at + dt.timedelta(days=3),
    )
    choices = [
        lambda: random_credit_event(rng),
        lambda: signed(customer, f"{rng.randint(1, 30)}000.00", contract=contract),
        lambda: ContractDrafted(contract_id=contract_id, customer_id=customer, owner="sam", title="Fit-out",
                                total=eur("5000.00")),
        lambda: ProjectPlanned(project_id=f"{contract_id}:prj-{rng.randint(1, 2)}", contract_id=contract_id,
                               customer_id=customer, name="Fit-out"),
        lambda: CustomerRegistered(customer_id=customer, name=f"{customer} {rng.randint(1, 5)}"),
        lambda: ComplaintOpened(**complaint),  # type: ignore[arg-type]
        lambda: ComplaintResolved(**complaint, resolved_at=at + dt.timedelta(days=1),  # type: ignore[arg-type]
                                  resolution="replaced"),
    ]
    data = rng.choice(choices)()
    if rng.random() < 0.1 and hasattr(data, "installment_id"):
        data = data.model_copy(update={"contract_id": f"{rng.choice(CUSTOMERS)}:con-1"})
    return data


def envelope(data: EventData, rng: random.Random | None = None) -> Envelope:
    # Envelope times out of order now and then: a registration's name is kept only if not older.
    time = T0 + dt.timedelta(hours=rng.randint(-48, 48)) if rng is not None and rng.random() < 0.3 else None
    source = type(data).__module__.rsplit(".", 1)[-1]
    return new_envelope(source, data, subject=getattr(data, "contract_id", None), actor="sam", time=time)


def message(env: Envelope) -> IncomingMessage:
    return IncomingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())


async def one_by_one(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    assert runtime.consumer is not None
    for env in envs:
        assert await runtime.consumer.process(message(env)) is Outcome.handled


async def as_one_batch(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    async with runtime.uow() as uow:
        await on_events([Delivered(e, e.parsed(), trace.INVALID_SPAN, "risk") for e in envs], uow)
        await uow.commit()


async def state(runtime: ServiceRuntime) -> dict[str, list[Any]]:
    """Every risk table's rows and the events published, without ids and clock times (a risk's
    random id stands as its source key, an indicator's as its risk's key and its name)."""
    found: dict[str, list[Any]] = {}
    async with runtime.db.sessions() as session:
        risks, indicators = Base.metadata.tables["risks"], Base.metadata.tables["risk_indicators"]
        ids: dict[str, str] = {}
        for risk_id, key in (await session.execute(select(risks.c.id, risks.c.source_key))).all():
            ids[risk_id] = f"risk {key}"
        stmt = select(indicators.c.id, indicators.c.risk_id, indicators.c.name)
        for i, risk_id, name in (await session.execute(stmt)).all():
            ids[i] = f"indicator {name} of {ids[risk_id]}"
        for table in Base.metadata.sorted_tables:
            if table.name in MESSAGING:
                continue
            columns = [c for c in table.c if c.name not in STAMPS | NOW_COLUMNS]
            rows = (await session.execute(select(*columns))).all()
            named = (tuple(ids.get(v, v) if isinstance(v, str) else v for v in r) for r in rows)
            found[table.name] = sorted(named, key=repr)
        outbox = runtime.db.outbox
        published = (await session.execute(select(outbox.c.payload).order_by(outbox.c.seq))).scalars()
        text = list(published)
    for risk_id, key in ids.items():
        text = [t.replace(risk_id, key) for t in text]
    envs = [Envelope.model_validate_json(t) for t in text]
    # in the order published: type, subject, cause and data (less ids and times drawn on the spot)
    found["events"] = [
        (e.type, e.subject, e.causationid,
         json.dumps({k: v for k, v in e.data.items() if k != "assessment_id" and k not in NOW_COLUMNS}))
        for e in envs
    ]
    return found


async def test_one_batch_handler_takes_every_reference_and_credit_type() -> None:
    # The consumer makes one run of consecutive messages sharing a batch handler object: the
    # interleaved contract.signed / project.planned of a pipeline are one run only if it is one.
    assert {id(BATCH_HANDLERS[t]) for t in batch.TYPES} == {id(on_events)}
    assert set(BATCH_HANDLERS) == set(batch.TYPES) <= set(HANDLERS)
    assert {
        "contracts.contract.drafted", "contracts.contract.signed", "projects.project.planned",
        "crm.customer.registered", "crm.complaint.opened", "contracts.payment.received",
    } <= set(batch.TYPES)


async def test_a_batch_of_credit_events_leaves_what_they_leave_one_by_one(new_postgres_database) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(18)
    async with (
        running_app(definition, await new_postgres_database()) as (_, _, alone),
        running_app(definition, await new_postgres_database()) as (_, _, batched),
    ):
        contracts = [envelope(signed(c, "20000.00", contract=k)) for c in CUSTOMERS for k in CONTRACTS]
        await one_by_one(alone, contracts)
        await one_by_one(batched, contracts)
        for _round in range(12):
            envs = [envelope(random_credit_event(rng)) for _ in range(rng.randint(1, 16))]
            await one_by_one(alone, envs)
            await as_one_batch(batched, envs)
            assert await state(batched) == await state(alone)
        assert len((await state(batched))["credit_profile_changes"]) > 10  # the ratings did move


async def test_a_batch_of_mixed_events_leaves_what_they_leave_one_by_one(new_postgres_database) -> None:  # type: ignore[no-untyped-def]
    """Random interleavings of references (drafted, signed, planned, registered) and credit events
    (payments, overdue, cleared, settlement, end, complaints) over three customers."""
    rng = random.Random(1818)
    async with (
        running_app(definition, await new_postgres_database()) as (_, _, alone),
        running_app(definition, await new_postgres_database()) as (_, _, batched),
    ):
        for _round in range(30):
            envs = [envelope(random_event(rng), rng) for _ in range(rng.randint(1, 16))]
            await one_by_one(alone, envs)
            await as_one_batch(batched, envs)
            assert await state(batched) == await state(alone)
        final = await state(batched)
        # what the comparison covered: each kind of row, and the register's credit risks
        for table in ("known_customers", "known_contracts", "known_projects", "credit_contract_facts",
                      "credit_installment_facts", "credit_payment_facts", "credit_complaint_facts",
                      "credit_profiles", "risks", "risk_assessments", "indicator_observations"):
            assert final[table], table
        assert len(final["credit_profile_changes"]) > 20
        assert {"risk.credit.rating_changed", "risk.response.required"} <= {e[0] for e in final["events"]}


async def test_a_batch_that_fails_leaves_its_events_to_their_handlers(  # type: ignore[no-untyped-def]
    new_postgres_database, monkeypatch
) -> None:
    """The consumer undoes a failed batch's SAVEPOINT and applies each event alone: they must not
    see the batch's rows (its new rows are gone from the session), and they leave the same state."""
    rng = random.Random(7)
    calls = 0
    refresh = batch.refresh_profile

    async def fails_late(*args: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # after earlier events created references, facts and profiles
            raise RuntimeError("boom")
        await refresh(*args)

    monkeypatch.setattr(batch, "refresh_profile", fails_late)
    async with (
        running_app(definition, await new_postgres_database()) as (_, _, alone),
        running_app(definition, await new_postgres_database()) as (_, _, batched),
    ):
        assert batched.consumer is not None
        envs = [envelope(random_event(rng), rng) for _ in range(16)]
        await one_by_one(alone, envs)
        # delivered together: the consumer applies them as one batch (one run: one handler object)
        outcomes = await asyncio.gather(*(batched.consumer(message(e)) for e in envs))
        assert outcomes == [None] * len(envs)
        assert calls >= 3  # the batch did fail
        assert await state(batched) == await state(alone)
        assert (await state(batched))["known_customers"]


async def test_a_batch_reads_the_facts_a_concurrent_event_of_its_customer_committed(  # type: ignore[no-untyped-def]
    new_postgres_database,
) -> None:
    """Another transaction holds the customer's profile (an event applied alone meanwhile): the
    batch waits for it, then reads its facts, as each event one by one does (read before the
    lock, the batch would count the customer's facts without that one and lose a change)."""
    first, *rest = [envelope(overdue("cust-a", days=5, outstanding="100.00", installment=f"inst-{n}"))
                    for n in range(3)]
    async with running_app(definition, await new_postgres_database()) as (_, _, runtime):
        async with runtime.uow() as alone:
            await HANDLERS[first.type](first, first.parsed(), alone)  # locks cust-a's profile
            applying = asyncio.create_task(as_one_batch(runtime, rest))

            async def waits_for_the_lock() -> bool:
                async with runtime.db.sessions() as session:
                    waiting = await session.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
                    return bool(waiting.scalar())

            await eventually(waits_for_the_lock, what="the batch to wait for the profile's lock")
            await alone.commit()
        await applying
        async with runtime.db.sessions() as session:
            profile = await session.get_one(CreditProfile, "cust-a")
            changes = (await session.execute(select(CreditProfileChange.figures))).scalars().all()
    assert profile.figures["overdue_count"] == 3
    assert sorted(c["overdue_count"] for c in changes) == [1, 2, 3]  # one change per event, none lost


@contextmanager
def selects(runtime: ServiceRuntime) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # reads of risk's own tables (not what a new connection asks the server, nor the relay's polls)
        table = re.search(r"\bFROM (\w+)", statement)
        own = table is not None and table[1] in Base.metadata.tables and table[1] not in MESSAGING
        if statement.lstrip().upper().startswith("SELECT") and own:
            seen.append(statement)

    event.listen(runtime.db.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(runtime.db.engine.sync_engine, "before_cursor_execute", record)


async def test_a_batch_reads_with_as_many_statements_whatever_its_size(new_postgres_database) -> None:  # type: ignore[no-untyped-def]
    """The pipeline's contract.signed and project.planned, interleaved: the batch's reads are one
    statement per table, not one per event (so 16 events read no more than 2)."""

    def pipeline(customers: list[str]) -> list[Envelope]:
        envs = []
        for c in customers:
            envs.append(envelope(signed(c, "20000.00")))
            envs.append(envelope(ProjectPlanned(project_id=f"{c}:prj", contract_id=f"{c}:con-1",
                                                customer_id=c, name="Fit-out")))
        return envs

    async with running_app(definition, await new_postgres_database()) as (_, _, runtime):
        counts = []
        for size in (1, 8):
            envs = pipeline([f"cust-{size}-{i}" for i in range(size)])
            with selects(runtime) as seen:
                await as_one_batch(runtime, envs)
            counts.append(seen)
        assert len(counts[0]) == len(counts[1]), counts
