"""Make the tests' helper module (risk_support) importable under pytest's importlib mode; the
``driver`` fixture: the risk service on the real broker and database, fed and watched by a test."""

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.testing.clients import running_app

sys.path.insert(0, str(Path(__file__).parent))

from ptp_risk.service import definition
from risk_support import EventDriver


@pytest.fixture
async def driver(postgres_url: str, amqp_url: str, rabbit_names) -> AsyncIterator[EventDriver]:  # type: ignore[no-untyped-def]
    def new_bus() -> RabbitMQBus:
        return RabbitMQBus(amqp_url, exchange=rabbit_names.exchange, queue_prefix=rabbit_names.queue_prefix)

    rabbit_names.consumers.update({"risk", "risk-test-listener"})
    publisher, listener, risk_bus = new_bus(), new_bus(), new_bus()
    await publisher.start()
    await listener.start()
    try:
        async with running_app(definition, postgres_url, bus=risk_bus, consumer_backoff_seconds=0.05) as (
            _app,
            client,
            runtime,
        ):
            await asyncio.wait_for(runtime.bus_connected.wait(), 20)
            driver = EventDriver(publisher, runtime, client)
            await listener.subscribe("risk-test-listener", ["risk.#"], driver.collect)
            yield driver
    finally:
        for bus in (publisher, listener, risk_bus):
            await bus.close()
