"""Distributed-mode failure behaviour: broker outage, replicas side by side, LISTEN/NOTIFY wake-up."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import urlparse

import aio_pika
import pytest
from common_sample import WidgetCreated
from messaging_stack import Stack, build_stack, count_seen, unsent
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.messaging.relay import OutboxRelay
from ptp_common.testing.faultproxy import FaultProxy
from ptp_common.testing.waiting import eventually
from test_messaging import create_widget

pytestmark = pytest.mark.integration


@pytest.fixture
def stack_config(request: pytest.FixtureRequest, tmp_path: Path) -> Stack:
    """Only the distributed variant: these faults concern PostgreSQL and RabbitMQ."""
    return build_stack("postgres+rabbitmq", request, tmp_path)


async def test_events_written_while_broker_unreachable_are_all_delivered_after_it_returns(
    stack: Stack,
) -> None:
    broker = urlparse(stack.amqp_url)
    proxy = await FaultProxy(broker.hostname or "127.0.0.1", broker.port or 5672).start()
    proxied = stack.amqp_url.replace(f"{broker.hostname}:{broker.port}", f"127.0.0.1:{proxy.port}")
    names = stack.rabbit_names
    try:
        alpha = await stack.runtime(
            "alpha",
            consumer=False,
            bus=RabbitMQBus(proxied, exchange=names.exchange, queue_prefix=names.queue_prefix),
        )
        beta = await stack.runtime(
            "beta", consumer=True
        )  # consumes directly, not through the proxy
        await stack.start(alpha, beta)

        await proxy.cut()
        widgets = [await create_widget(alpha, f"during-outage-{i}") for i in range(50)]
        await asyncio.sleep(1.0)  # the relay tries and fails meanwhile
        assert await unsent(alpha) == 50, "rows must wait in the outbox while the broker is away"

        proxy.restore()

        async def all_delivered() -> bool:
            return await count_seen(beta) == 50

        await eventually(all_delivered, timeout=60, what="all 50 events after the broker returned")
        for widget_id in widgets:
            assert await count_seen(beta, widget_id) == 1
        assert await unsent(alpha) == 0
    finally:
        await proxy.close()


async def test_two_relays_on_one_outbox_publish_each_event_once(stack: Stack) -> None:
    """Replicas side by side: FOR UPDATE SKIP LOCKED gives each row to exactly one relay."""
    names = stack.rabbit_names
    alpha = await stack.runtime("alpha", consumer=False)
    replica_db = Database(alpha.db.url, alpha.db.metadata)
    replica_bus = RabbitMQBus(
        stack.amqp_url, exchange=names.exchange, queue_prefix=names.queue_prefix
    )
    await replica_bus.start()
    replica = OutboxRelay(replica_db, replica_bus, service="alpha", batch_size=7, poll_seconds=0.05)
    alpha.relay.batch_size = 7

    connection = await aio_pika.connect(stack.amqp_url)
    channel = await connection.channel()
    exchange = await channel.declare_exchange(
        names.exchange, aio_pika.ExchangeType.TOPIC, durable=True
    )
    tap = await channel.declare_queue(exclusive=True)
    await tap.bind(exchange, routing_key="sample.#")
    received: list[str] = []

    async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
        received.append(json.loads(message.body)["id"])
        await message.ack()

    await tap.consume(on_message)
    try:
        for i in range(200):  # committed before either relay runs
            await create_widget(alpha, f"w{i}")
        await asyncio.gather(
            alpha.relay.drain(), replica.drain(), alpha.relay.drain(), replica.drain()
        )

        async def all_received() -> bool:
            return len(received) >= 200

        await eventually(all_received, what="200 published events")
        await asyncio.sleep(0.3)
        assert len(received) == 200 == len(set(received)), "an event was published twice or lost"
        assert await unsent(alpha) == 0
    finally:
        await connection.close()
        await replica_bus.close()
        await replica_db.dispose()


async def test_relay_wakes_on_notify_from_another_replica(stack: Stack) -> None:
    """A commit in one process wakes every relay via PostgreSQL NOTIFY, not only its own."""
    alpha = await stack.runtime("alpha", consumer=False, relay_poll_seconds=60)
    beta = await stack.runtime("beta", consumer=True)
    await stack.start(alpha, beta)
    await asyncio.sleep(0.5)  # let the LISTEN connection subscribe

    other_process_db = Database(alpha.db.url, alpha.db.metadata)  # no relay of its own
    try:
        async with UnitOfWork(other_process_db, source="alpha") as uow:
            uow.emit(WidgetCreated(widget_id="from-replica", name="notify"), subject="from-replica")
            await uow.commit()

        async def seen() -> bool:
            return await count_seen(beta, "from-replica") == 1

        await eventually(seen, timeout=10, what="delivery long before the 60 s poll")
    finally:
        await other_process_db.dispose()
