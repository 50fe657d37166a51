"""Events on the real broker (PostgreSQL + RabbitMQ): what contracts consumes and publishes."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from contracts_testkit import FINANCE, LEGAL, SPECIALIST, Walker, client_rep, contract_body
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.crm import SolutionAccepted
from ptp_common.events.schemas.projects import CriterionResult, MilestoneCompleted, ProjectAccepted
from ptp_common.messaging.bus import IncomingMessage, OutgoingMessage
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.service import ServiceRuntime
from ptp_common.settings import load_settings
from ptp_common.testing.clients import running_app
from ptp_common.testing.clock import ManualClock
from ptp_common.testing.waiting import eventually
from ptp_contracts.db.models import Settlement
from ptp_contracts.service import definition
from sqlalchemy import func, select

pytestmark = pytest.mark.integration


@dataclass
class Broker:
    """The other side of the broker: publishes what other services would, records what contracts sends."""

    bus: RabbitMQBus
    received: list[Envelope] = field(default_factory=list)

    async def on_message(self, message: IncomingMessage) -> None:
        self.received.append(Envelope.model_validate_json(message.body))

    def seen(self, type_: str) -> list[Envelope]:
        return [e for e in self.received if e.type == type_]

    async def publish(self, source: str, data: EventData, message_id: str | None = None) -> Envelope:
        env = new_envelope(source, data, actor=f"service:{source}")
        await self.bus.publish(
            [
                OutgoingMessage(
                    message_id=message_id or env.id, routing_key=env.type, body=env.model_dump_json().encode()
                )
            ]
        )
        return env


@dataclass
class Stack:
    client: httpx.AsyncClient
    runtime: ServiceRuntime
    broker: Broker
    clock: ManualClock
    database_url: str


@pytest.fixture
async def stack(postgres_url: str, amqp_url: str, rabbit_names: Any) -> AsyncIterator[Stack]:
    rabbit_names.consumers.update({"contracts", "probe"})

    def new_bus() -> RabbitMQBus:
        return RabbitMQBus(amqp_url, exchange=rabbit_names.exchange, queue_prefix=rabbit_names.queue_prefix)

    broker = Broker(new_bus())
    await broker.bus.subscribe("probe", ["contracts.#"], broker.on_message)
    clock = ManualClock()
    try:
        async with running_app(definition, postgres_url, bus=new_bus(), clock=clock) as (_, client, runtime):
            await asyncio.wait_for(runtime.bus_connected.wait(), 20)
            yield Stack(client, runtime, broker, clock, postgres_url)
            await runtime.bus.close()
    finally:
        await broker.bus.close()


async def outbox_count(runtime: ServiceRuntime, type_: str) -> int:
    outbox = runtime.db.outbox
    async with runtime.db.sessions() as session:
        stmt = select(func.count()).select_from(outbox).where(outbox.c.event_type == type_)
        return int((await session.execute(stmt)).scalar_one())


async def handled(runtime: ServiceRuntime, type_: str) -> int:
    inbox = runtime.db.inbox
    async with runtime.db.sessions() as session:
        stmt = select(func.count()).select_from(inbox).where(inbox.c.event_type == type_)
        return int((await session.execute(stmt)).scalar_one())


async def wait_seen(broker: Broker, type_: str, count: int) -> None:
    async def check() -> bool:
        return len(broker.seen(type_)) >= count

    await eventually(check, what=f"{count} x {type_}")


async def wait_handled(runtime: ServiceRuntime, type_: str, count: int) -> None:
    async def check() -> bool:
        return await handled(runtime, type_) >= count

    await eventually(check, what=f"{count} x {type_} handled")


SOLUTION = SolutionAccepted(
    solution_id="sol-7",
    version=2,
    opportunity_id="opp-7",
    customer_id="cus-7",
    customer_name="Beta Corp",
    owner="sam",
    title="Fleet tracking",
    scope="GPS units on 40 trucks",
    price_estimate=MoneyAmount(amount="8000.00", currency="EUR"),  # type: ignore[arg-type]
)


async def test_solution_to_signed_contract_publishes_signed_once_and_milestone_invoices_once(
    stack: Stack,
) -> None:
    broker, runtime, api = stack.broker, stack.runtime, Walker(stack.client, stack.runtime)

    # crm's event arrives twice (a redelivery and a second publication): one draft.
    first = await broker.publish("crm", SOLUTION)
    await broker.publish("crm", SOLUTION, message_id=first.id)
    await broker.publish("crm", SOLUTION)
    await wait_handled(runtime, "crm.solution.accepted", 2)
    drafts = (await api.call("GET", "/contracts", SPECIALIST, params={"customer_id": "cus-7"}))["items"]
    assert len(drafts) == 1
    c = drafts[0]
    assert (c["solution_id"], c["owner"], c["total"], c["status"]) == ("sol-7", "sam", "8000.00", "draft")
    await wait_seen(broker, "contracts.contract.drafted", 1)
    assert broker.seen("contracts.contract.drafted")[0].data["solution_id"] == "sol-7"

    cid = c["id"]
    terms = contract_body()
    await api.call(
        "PATCH",
        f"/contracts/{cid}",
        SPECIALIST,
        json={
            "total": "8000.00",
            **{k: terms[k] for k in ("clauses", "deliverables", "milestones", "acceptance_criteria")},
            "installments": [
                {"amount": "2000.00", "trigger": "on_signing"},
                {"amount": "6000.00", "trigger": "milestone", "milestone_id": "M1"},
            ],
        },
    )
    await api.call("POST", f"/contracts/{cid}/submit", SPECIALIST)
    await api.call("POST", f"/contracts/{cid}/approve", LEGAL, json={})
    await api.call("POST", f"/contracts/{cid}/start-signing", SPECIALIST)
    await api.sign(cid, "company")
    await api.sign(cid, "client", client_rep(c["customer_id"]))
    await api.sign(cid, "client", client_rep(c["customer_id"]), expect=409)  # a second attempt signs nothing

    await wait_seen(broker, "contracts.contract.signed", 1)
    signed = broker.seen("contracts.contract.signed")[0]
    assert signed.subject == cid and signed.data["milestones"][0]["milestone_id"] == "M1"
    assert signed.data["customer_name"] == "Beta Corp"

    # projects completes milestone M1; the event is delivered twice: one invoice.
    done = MilestoneCompleted(
        project_id="prj-7",
        contract_id=cid,
        customer_id="cus-7",
        milestone_id="pm-1",
        contract_milestone_id="M1",
        completed_at=dt.datetime(2027, 3, 10, tzinfo=dt.UTC),
        confirmed_by="pat",
    )
    env = await broker.publish("projects", done)
    await broker.publish("projects", done, message_id=env.id)
    await broker.publish("projects", done)
    await wait_handled(runtime, "projects.milestone.completed", 2)
    await wait_seen(broker, "contracts.invoice.issued", 2)  # advance (on signing) + milestone M1
    schedule = await api.call("GET", f"/contracts/{cid}/schedule", FINANCE)
    milestone = schedule["installments"][1]
    assert milestone["status"] == "invoiced" and milestone["due_date"] == "2027-04-09"  # 30 days after

    # A later event proves the relay got past everything before it: still one signed, two invoices.
    await api.call(
        "POST", f"/installments/{milestone['id']}/payments", FINANCE, 201, json={"amount": "100.00"}
    )
    await wait_seen(broker, "contracts.payment.received", 1)
    assert len(broker.seen("contracts.contract.signed")) == 1
    assert await outbox_count(runtime, "contracts.contract.signed") == 1
    assert len(broker.seen("contracts.invoice.issued")) == 2
    received = broker.seen("contracts.payment.received")[0].data
    assert received["installment_outstanding"] == {"amount": "5900.00", "currency": "EUR"}


async def signed_contract(api: Walker, **changes: Any) -> dict[str, Any]:
    return await api.signed(customer_id="cus-9", **changes)


async def test_project_accepted_twice_opens_one_settlement(stack: Stack) -> None:
    broker, runtime, api = stack.broker, stack.runtime, Walker(stack.client, stack.runtime)
    c = await signed_contract(api)
    accepted = ProjectAccepted(
        project_id="prj-9",
        contract_id=c["id"],
        customer_id="cus-9",
        accepted_at=dt.datetime(2027, 6, 1, tzinfo=dt.UTC),
        signed_off_by="dana",
        rounds=2,
        results=[CriterionResult(criterion_id="AC1", passed=True)],
    )
    env = await broker.publish("projects", accepted)
    await broker.publish("projects", accepted, message_id=env.id)
    await broker.publish("projects", accepted)
    await wait_handled(runtime, "projects.project.accepted", 2)

    async with runtime.db.sessions() as session:
        rows = (await session.scalars(select(Settlement).where(Settlement.contract_id == c["id"]))).all()
    assert len(rows) == 1
    page = await api.call("GET", "/settlements", FINANCE, params={"contract_id": c["id"]})
    s = page["items"][0]
    assert (s["project_id"], s["status"], s["amount"]) == ("prj-9", "open", "12000.00")
    assert s["acceptance_results"][0]["criterion_id"] == "AC1"
    schedule = await api.call("GET", f"/contracts/{c['id']}/schedule", FINANCE)
    final = schedule["installments"][2]
    assert (
        final["trigger"] == "acceptance"
        and final["status"] == "invoiced"
        and final["due_date"] == "2027-07-01"
    )

    await api.call("POST", f"/settlements/{s['id']}/submit", SPECIALIST)
    await api.call("POST", f"/settlements/{s['id']}/approve", FINANCE)
    await api.call("POST", f"/settlements/{s['id']}/pay", FINANCE)
    for type_ in (
        "contracts.settlement.requested",
        "contracts.settlement.approved",
        "contracts.settlement.paid",
    ):
        await wait_seen(broker, type_, 1)
        assert broker.seen(type_)[0].data["project_id"] == "prj-9"
        assert broker.seen(type_)[0].data["kind"] == "acceptance"
    await wait_seen(broker, "contracts.contract.completed", 1)
    # The money travelled as payments, one per installment, referencing the settlement.
    await wait_seen(broker, "contracts.payment.received", 3)
    received = broker.seen("contracts.payment.received")
    assert sorted(e.data["amount"]["amount"] for e in received) == ["3000.00", "3000.00", "6000.00"]
    assert received[-1].data["contract_outstanding"]["amount"] == "0.00"


async def test_clock_controlled_overdue_scan_emits_each_threshold_once(stack: Stack) -> None:
    broker, runtime, api = stack.broker, stack.runtime, Walker(stack.client, stack.runtime)
    c = await signed_contract(api)
    schedule = await api.call("GET", f"/contracts/{c['id']}/schedule", FINANCE)
    advance = schedule["installments"][0]
    due = dt.date.fromisoformat(advance["due_date"])
    await api.call(
        "POST", f"/installments/{advance['id']}/payments", FINANCE, 201, json={"amount": "1000.00"}
    )

    def at(days: int) -> dt.datetime:
        return dt.datetime.combine(due + dt.timedelta(days=days), dt.time(6), tzinfo=dt.UTC)

    async def scan(rt: ServiceRuntime, days: int) -> int:
        stack.clock.set(at(days))
        return int((await rt.run_job("overdue-scan"))["emitted"])

    assert await scan(runtime, 0) == 0  # due today: not overdue yet
    assert await scan(runtime, 1) == 1
    assert await scan(runtime, 1) == 0
    assert await scan(runtime, 65) == 2  # 30 and 60 crossed since the last run

    # A second replica (and a restarted one: it remembers nothing in memory) scans at the same moment.
    replica = ServiceRuntime(
        definition,
        load_settings("contracts", database_url=stack.database_url),
        bus=InProcessBus(),
        clock=stack.clock,
        migrate_on_start=False,
    )
    try:
        stack.clock.set(at(95))
        results = await asyncio.gather(runtime.run_job("overdue-scan"), replica.run_job("overdue-scan"))
        assert sorted(r["emitted"] for r in results) == [0, 1]
        assert (await replica.run_job("overdue-scan"))["emitted"] == 0
    finally:
        await replica.db.dispose()

    await wait_seen(broker, "contracts.payment.overdue", 4)
    overdue = broker.seen("contracts.payment.overdue")
    assert sorted(e.data["threshold_days"] for e in overdue) == [1, 30, 60, 90]
    assert {e.data["installment_id"] for e in overdue} == {advance["id"]}
    assert all(e.data["outstanding"] == {"amount": "2000.00", "currency": "EUR"} for e in overdue)
    assert await outbox_count(runtime, "contracts.payment.overdue") == 4
