"""On PostgreSQL + RabbitMQ, with two kpi replicas on one queue: one trail record per event
id, duplicates counted once, and the chain intact although appends ran concurrently."""

from __future__ import annotations

import asyncio
import contextlib
from decimal import Decimal

import pytest
from kpi_events import Deal
from prometheus_client import REGISTRY
from ptp_common.messaging.bus import OutgoingMessage
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.waiting import eventually
from ptp_kpi.db.models import TrailRecord
from ptp_kpi.service import definition
from sqlalchemy import func, select

pytestmark = pytest.mark.integration

AUDITOR = bearer(["auditor"], sub="audrey")
MANAGER = bearer(["manager"], sub="mia")


async def test_each_event_is_one_trail_record_and_counted_once(
    postgres_url: str, amqp_url: str, rabbit_names,  # type: ignore[no-untyped-def]
) -> None:
    rabbit_names.consumers.add("kpi")

    def bus() -> RabbitMQBus:
        return RabbitMQBus(amqp_url, exchange=rabbit_names.exchange,
                           queue_prefix=rabbit_names.queue_prefix, prefetch=16, quorum=False)

    buses = [bus(), bus(), bus()]
    publisher = buses[2]
    async with contextlib.AsyncExitStack() as stack:
        for b in buses:
            stack.push_async_callback(b.close)
        _a, client, first = await stack.enter_async_context(
            running_app(definition, postgres_url, bus=buses[0]))
        _b, _c, second = await stack.enter_async_context(
            running_app(definition, postgres_url, bus=buses[1]))
        await asyncio.wait_for(first.bus_connected.wait(), 20)
        await asyncio.wait_for(second.bus_connected.wait(), 20)

        deals = [Deal(owner=f"owner{i % 3}") for i in range(10)]
        events = [e for d in deals for e in (d.registered(), d.signed("1000.00"),
                                             d.paid("400.00"), d.risk_changed())]
        messages = [OutgoingMessage(message_id=e.id, routing_key=e.type,
                                    body=e.model_dump_json().encode()) for e in events]
        def taken(outcome: str) -> float:
            return sum(REGISTRY.get_sample_value(
                "ptp_consumer_messages_total",
                {"service": "kpi", "event_type": t, "outcome": outcome}) or 0.0
                for t in {e.type for e in events})

        duplicates_before = taken("duplicate")
        await publisher.start()
        # every event twice: the second delivery of each is a duplicate
        await publisher.publish(messages + messages[::-1])

        async def trail_size() -> int:
            async with first.db.sessions() as session:
                return int((await session.execute(
                    select(func.count()).select_from(TrailRecord))).scalar_one())

        async def all_recorded() -> bool:
            return await trail_size() == len(events)

        async def all_delivered() -> bool:
            return taken("duplicate") - duplicates_before == len(events)

        await eventually(all_recorded, timeout=30, what="every event in the trail")
        await eventually(all_delivered, timeout=30, what="every second delivery")
        async with first.db.sessions() as session:
            ids = (await session.execute(select(TrailRecord.event_id))).scalars().all()
        assert sorted(ids) == sorted(e.id for e in events)

        verification = (await client.get("/api/v1/audit-trail/verification",
                                          headers=AUDITOR)).json()
        assert verification == {"intact": True, "records_checked": len(events),
                                "first_broken": None}

        async def revenue() -> Decimal:
            response = await client.get("/api/v1/metrics/indicators/revenue", headers=MANAGER,
                                        params={"period": "2026-11", "currency": "EUR"})
            return Decimal(str(response.json()["value"]))

        assert await revenue() == Decimal("4000.00")  # 10 payments of 400, each once
        volume = await client.get("/api/v1/metrics/indicators/business_volume",
                                  headers=MANAGER, params={"period": "2026-11"})
        assert Decimal(str(volume.json()["value"])) == 10
        assert await trail_size() == len(events)  # the second deliveries added nothing
