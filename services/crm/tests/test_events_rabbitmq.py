"""crm on PostgreSQL + RabbitMQ: what it publishes arrives once; what it consumes is applied once,
in whatever order it arrives."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from crm_testkit import PROJECT_MANAGER, SPECIALIST, Crm, research_report, tech_support_edit
from ptp_common.events.envelope import new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.projects import ProjectAccepted
from ptp_common.events.schemas.risk import CreditRatingChanged
from ptp_common.messaging.bus import IncomingMessage, OutgoingMessage
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.testing.waiting import eventually
from ptp_crm.db.models import Survey
from sqlalchemy import func, select

pytestmark = pytest.mark.integration

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def new_bus(amqp_url: str, rabbit_names: Any) -> Callable[[], RabbitMQBus]:
    rabbit_names.consumers.update({"crm", "probe"})

    def make() -> RabbitMQBus:
        return RabbitMQBus(amqp_url, exchange=rabbit_names.exchange, queue_prefix=rabbit_names.queue_prefix)

    return make


@pytest.fixture
def crm_on_rabbit(postgres_url: str, start_crm: Callable[..., Any], new_bus: Callable[[], RabbitMQBus]):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def start() -> AsyncIterator[Crm]:
        bus = new_bus()
        try:
            async with start_crm(postgres_url, bus=bus, consumer_backoff_seconds=0.01) as crm:
                await asyncio.wait_for(crm.runtime.bus_connected.wait(), 20)
                yield crm
        finally:
            await bus.close()

    return start


@asynccontextmanager
async def publisher(new_bus: Callable[[], RabbitMQBus]) -> AsyncIterator[Callable[..., Any]]:
    """Publish events as another service would (its relay sends an envelope as the message body)."""
    bus = new_bus()
    await bus.start()

    async def publish(source: str, data: EventData, *, time: dt.datetime, event_id: str | None = None) -> str:
        env = new_envelope(source, data, subject=getattr(data, "customer_id", None), time=time)
        if event_id is not None:
            env = env.model_copy(update={"id": event_id})
        await bus.publish(
            [OutgoingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())]
        )
        return env.id

    try:
        yield publish
    finally:
        await bus.close()


async def inbox_has(crm: Crm, message_id: str) -> bool:
    inbox = crm.runtime.db.inbox
    async with crm.runtime.db.sessions() as session:
        stmt = select(func.count()).select_from(inbox).where(inbox.c.message_id == message_id)
        return bool((await session.execute(stmt)).scalar_one())


async def parked(crm: Crm) -> int:
    table = crm.runtime.db.dead_letters
    async with crm.runtime.db.sessions() as session:
        return int((await session.execute(select(func.count()).select_from(table))).scalar_one())


async def test_solution_accepted_reaches_the_broker_exactly_once(
    crm_on_rabbit: Callable[..., Any], new_bus: Callable[[], RabbitMQBus]
) -> None:
    seen: list[tuple[str, dict[str, Any]]] = []

    async def record(message: IncomingMessage) -> None:
        seen.append((message.routing_key, json.loads(message.body)))

    probe = new_bus()
    await probe.subscribe("probe", ["crm.solution.accepted", "crm.customer.updated"], record)
    try:
        async with crm_on_rabbit() as crm:
            lead = await crm.ok(
                "POST",
                "/api/v1/leads",
                SPECIALIST,
                201,
                json={"company_name": "Beta GmbH", "channel": "referral"},
            )
            converted = await crm.ok(
                "POST",
                f"/api/v1/leads/{lead['id']}/convert",
                SPECIALIST,
                json={"opportunity_title": "Routing"},
            )
            opportunity_id, customer_id = converted["opportunity"]["id"], converted["customer"]["id"]
            money = {"amount": "90000.00", "currency": "EUR"}
            initiation = await crm.ok(
                "POST",
                "/api/v1/initiations",
                SPECIALIST,
                201,
                json={
                    "opportunity_id": opportunity_id,
                    "background": "b",
                    "content": "c",
                    "expected_revenue": money,
                    "research_report_ids": [await research_report(crm, opportunity_id)],
                },
            )
            url = f"/api/v1/initiations/{initiation['id']}"
            await crm.ok(
                "POST",
                f"{url}/evaluations",
                PROJECT_MANAGER,
                201,
                json={"department": "finance", "recommendation": "approve", "opinion": "ok"},
            )
            await crm.ok("POST", f"{url}/approve", PROJECT_MANAGER, json={})
            solution = await crm.ok(
                "POST",
                "/api/v1/solutions",
                SPECIALIST,
                201,
                json={
                    "opportunity_id": opportunity_id,
                    "title": "Routing",
                    "scope": "routing platform",
                    "price_estimate": money,
                },
            )
            await tech_support_edit(crm, solution)
            await crm.ok("POST", f"/api/v1/solutions/{solution['id']}/present", SPECIALIST, json={})
            await crm.ok("POST", f"/api/v1/solutions/{solution['id']}/accept", SPECIALIST, json={})
            repeat = await crm.client.post(
                f"/api/v1/solutions/{solution['id']}/accept", headers=SPECIALIST, json={}
            )
            assert repeat.status_code == 409
            # A later event: once it has arrived, anything published before it has arrived too.
            await crm.ok("PATCH", f"/api/v1/customers/{customer_id}", SPECIALIST, json={"status": "active"})

            await eventually(
                lambda: _has(seen, "crm.customer.updated"), what="customer.updated on the broker"
            )
            accepted = [body for key, body in seen if key == "crm.solution.accepted"]
            assert len(accepted) == 1
            assert accepted[0]["data"]["solution_id"] == solution["id"]
            assert accepted[0]["data"]["customer_name"] == "Beta GmbH"
            assert accepted[0]["data"]["price_estimate"] == money
    finally:
        await probe.close()


async def _has(seen: list[tuple[str, Any]], routing_key: str) -> bool:
    return any(key == routing_key for key, _ in seen)


async def test_risk_flag_appears_after_rating_change_even_if_delivered_twice_or_late(
    crm_on_rabbit: Callable[..., Any], new_bus: Callable[[], RabbitMQBus]
) -> None:
    async with crm_on_rabbit() as crm, publisher(new_bus) as publish:
        customer = await crm.ok("POST", "/api/v1/customers", SPECIALIST, 201, json={"name": "Gamma AG"})
        url = f"/api/v1/customers/{customer['id']}"
        assert customer["risk"] is None

        def rating(value: str, level: str) -> CreditRatingChanged:
            return CreditRatingChanged(
                customer_id=customer["id"],
                previous_rating="A",
                rating=value,
                previous_level="low",
                level=level,
                score=0.7,
                reason="installment 2 overdue 30 days",  # type: ignore[arg-type]
            )

        newer = await publish("risk", rating("C", "high"), time=T0 + dt.timedelta(hours=1))
        await publish(
            "risk", rating("C", "high"), time=T0 + dt.timedelta(hours=1), event_id=newer
        )  # redelivery

        async def flagged() -> bool:
            risk = (await crm.ok("GET", url, SPECIALIST))["risk"]
            return risk is not None and risk["rating"] == "C"

        await eventually(flagged, what="risk flag on the customer")
        risk = (await crm.ok("GET", url, SPECIALIST))["risk"]
        assert risk["level"] == "high" and risk["reason"] == "installment 2 overdue 30 days"

        # An older rating arriving late does not overwrite the newer one.
        older = await publish("risk", rating("B", "medium"), time=T0)
        await eventually(lambda: inbox_has(crm, older), what="the late, older rating consumed")
        assert (await crm.ok("GET", url, SPECIALIST))["risk"]["rating"] == "C"
        flagged_high = await crm.ok("GET", "/api/v1/customers?risk_level=high", SPECIALIST)
        assert [c["id"] for c in flagged_high["items"]] == [customer["id"]]
        assert await parked(crm) == 0


async def test_an_accepted_project_opens_one_survey_whose_answer_is_feedback(
    crm_on_rabbit: Callable[..., Any], new_bus: Callable[[], RabbitMQBus]
) -> None:
    async with crm_on_rabbit() as crm, publisher(new_bus) as publish:
        customer = await crm.ok("POST", "/api/v1/customers", SPECIALIST, 201, json={"name": "Delta SA"})
        accepted = ProjectAccepted(
            project_id="prj-1",
            contract_id="ctr-1",
            customer_id=customer["id"],
            accepted_at=T0,
            signed_off_by="client.rep",
            rounds=1,
            results=[],
        )
        first = await publish("projects", accepted, time=T0)
        second = await publish("projects", accepted, time=T0)  # re-published: another message, same project
        await eventually(lambda: inbox_has(crm, first), what="first project.accepted consumed")
        await eventually(lambda: inbox_has(crm, second), what="second project.accepted consumed")
        async with crm.runtime.db.sessions() as session:
            assert (await session.execute(select(func.count()).select_from(Survey))).scalar_one() == 1

        surveys = (await crm.ok("GET", f"/api/v1/surveys?customer_id={customer['id']}", SPECIALIST))["items"]
        assert [(s["project_id"], s["status"]) for s in surveys] == [("prj-1", "open")]
        answered = await crm.ok(
            "POST",
            f"/api/v1/surveys/{surveys[0]['id']}/answer",
            SPECIALIST,
            json={"score": 5, "comment": "great"},
        )
        assert answered["status"] == "answered"
        feedback = (await crm.events("crm.feedback.received"))[0]["data"]
        assert feedback["score"] == 5 and feedback["project_id"] == "prj-1"
        assert feedback["customer_id"] == customer["id"]
