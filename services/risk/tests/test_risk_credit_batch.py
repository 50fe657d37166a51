"""risk's credit batch handler (every customer of a delivered batch locked and loaded at once)
leaves exactly the rows and events its per-event handlers leave, event by event, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from opentelemetry import trace
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Delivered, Outcome
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_risk.db.models import (
    ComplaintFact,
    ContractFact,
    CreditProfile,
    CreditProfileChange,
    InstallmentFact,
    PaymentFact,
)
from ptp_risk.handlers.credit import on_credit_events
from ptp_risk.service import definition
from risk_support import T0, cleared, ended, overdue, received, settled, signed
from sqlalchemy import Table, select

pytestmark = pytest.mark.integration

CUSTOMERS = ["cust-a", "cust-b", "cust-c"]
CONTRACTS = ["con-1", "con-2"]
STAMPS = {"id", "created_at", "updated_at", "changed_at", "version"}  # differ between any two runs


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


def envelope(data: EventData) -> Envelope:
    return new_envelope("contracts", data, subject=getattr(data, "contract_id", None), actor="sam")


async def one_by_one(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    assert runtime.consumer is not None
    for env in envs:
        body = env.model_dump_json().encode()
        message = IncomingMessage(message_id=env.id, routing_key=env.type, body=body)
        assert await runtime.consumer.process(message) is Outcome.handled


async def as_one_batch(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    async with runtime.uow() as uow:
        await on_credit_events([Delivered(e, e.parsed(), trace.INVALID_SPAN, "risk") for e in envs], uow)
        await uow.commit()


async def state(runtime: ServiceRuntime) -> dict[str, list[tuple[object, ...]]]:
    """The credit rows (without ids and clock times) and the events published about them."""
    tables = [ContractFact, InstallmentFact, PaymentFact, ComplaintFact, CreditProfile, CreditProfileChange]
    found: dict[str, list[tuple[object, ...]]] = {}
    async with runtime.db.sessions() as session:
        for model in tables:
            table: Table = model.__table__  # type: ignore[assignment]
            columns = [c for c in table.c if c.name not in STAMPS]
            rows = (await session.execute(select(*columns))).all()
            found[table.name] = sorted((tuple(r) for r in rows), key=repr)
        outbox = runtime.db.outbox
        published = (await session.execute(select(outbox.c.payload))).scalars()
        # what was announced and which event caused it (a register risk's id is drawn at random)
        envs = [Envelope.model_validate_json(p) for p in published]
        found["events"] = sorted(((e.type, e.causationid) for e in envs), key=repr)
    return found


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
