"""The batch handler (the events of a delivered batch at once) leaves the deliveries the per-event
handler leaves, event by event: the same subscriptions for the same events, paused ones included,
disabled ones and unwanted events left out, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from opentelemetry import trace
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.schemas.crm import CustomerUpdated, ResearchFiled
from ptp_common.messaging.consumer import Delivered
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_webhooks.db.models import Delivery, Subscription, WebhookEvent
from ptp_webhooks.handlers.enqueue import enqueue_batch, enqueue_deliveries
from ptp_webhooks.service import make_definition
from sqlalchemy import select, update
from webhooks_support import ADMIN, customer_event

pytestmark = pytest.mark.integration

CUSTOMERS = ["cus-a", "cus-b", "cus-c"]


def events(rng: random.Random, count: int) -> list[Envelope]:
    """Registrations and updates of a few customers, and research reports no subscription takes."""
    made: list[Envelope] = []
    for _ in range(count):
        customer, roll = rng.choice(CUSTOMERS), rng.random()
        if roll < 0.5:
            made.append(customer_event(customer))
        elif roll < 0.8:
            made.append(new_envelope("crm", CustomerUpdated(customer_id=customer, changes={"region": "n"})))
        else:
            made.append(new_envelope("crm", ResearchFiled(
                report_id=f"r-{rng.randint(1, 99)}", title="Q4", industry="logistics", filed_by="sam",
                filed_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC),
            )))
    return made


async def deliveries_by_event(runtime: ServiceRuntime) -> dict[str, list[tuple[str, str, str]]]:
    async with runtime.db.sessions() as session:
        rows = (await session.execute(
            select(Delivery.event_id, Delivery.subscription_id, Delivery.event_type, Delivery.status)
        )).all()
        stored = set((await session.execute(select(WebhookEvent.id))).scalars())
    found: dict[str, list[tuple[str, str, str]]] = {}
    for event_id, sid, event_type, status in rows:
        assert event_id in stored, "a delivery without its event row"
        found.setdefault(event_id, []).append((sid, event_type, status))
    return found


async def test_a_batch_enqueues_what_its_events_one_by_one_would(postgres_url: str) -> None:
    rng = random.Random(7)
    async with running_app(make_definition(), postgres_url) as (_app, client, runtime):
        async def subscribe(**body: object) -> str:
            made = await client.post("/api/v1/subscriptions", headers=ADMIN,
                                     json={"url": "https://hooks.example.com/in", **body})
            assert made.status_code == 201, made.text
            return str(made.json()["id"])

        every = await subscribe(event_types=["crm.customer.*"])
        one_customer = await subscribe(event_types=["crm.customer.registered"], customer_id="cus-a")
        paused = await subscribe(event_types=["crm.customer.*"])
        assert (await client.post(f"/api/v1/subscriptions/{paused}/pause", headers=ADMIN)).status_code == 200
        disabled = await subscribe(event_types=["crm.*"])
        async with runtime.uow() as uow:  # as the worker leaves one that failed for too long
            await uow.session.execute(
                update(Subscription).where(Subscription.id == disabled).values(status="disabled")
            )
            await uow.commit()

        one_by_one, batched = events(rng, 40), events(rng, 40)
        for env in one_by_one:
            async with runtime.uow() as uow:
                await enqueue_deliveries(env, env.parsed(), uow)
                await uow.commit()
        async with runtime.uow() as uow:
            delivered = [Delivered(e, e.parsed(), trace.INVALID_SPAN, "webhooks") for e in batched]
            await enqueue_batch(delivered, uow)
            await uow.commit()
        found = await deliveries_by_event(runtime)

    def expected(env: Envelope) -> list[tuple[str, str, str]]:
        if not env.type.startswith("crm.customer."):
            return []
        wanted = [every, paused]  # a paused subscription collects, to send when resumed
        if env.type == "crm.customer.registered" and env.data["customer_id"] == "cus-a":
            wanted.append(one_customer)
        return sorted((sid, env.type, "pending") for sid in wanted)

    for path, envs in (("one by one", one_by_one), ("batch", batched)):
        for env in envs:
            assert sorted(found.get(env.id, [])) == expected(env), f"{path}: {env.type} {env.data}"
        assert {len(expected(e)) for e in envs} == {0, 2, 3}, "the draw covers every case"
