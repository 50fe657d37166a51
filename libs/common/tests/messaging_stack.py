"""A 'stack' runs the sample producer and consumer on one of the suite's two transports:
SQLite + in-process bus (embedded mode) or PostgreSQL + RabbitMQ (distributed mode)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from common_sample import AlphaBase, BetaBase, PoisonSwitch, SeenWidget, beta_handlers
from ptp_common.messaging.bus import Bus
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.service import ServiceDefinition, ServiceRuntime
from ptp_common.settings import load_settings
from sqlalchemy import func, select


@dataclass
class Stack:
    kind: str
    new_db_url: Callable[[str], Awaitable[str]]
    new_bus: Callable[[], Bus]
    switch: PoisonSwitch = field(default_factory=PoisonSwitch)
    runtimes: list[ServiceRuntime] = field(default_factory=list)
    amqp_url: str = ""
    rabbit_names: Any = None

    async def runtime(
        self, name: str, *, consumer: bool, bus: Bus | None = None, **settings: Any
    ) -> ServiceRuntime:
        base = BetaBase if consumer else AlphaBase
        definition = ServiceDefinition(
            name=name,
            title=name,
            description="sample",
            base=base,
            migrations_package="",
            handlers=beta_handlers(self.switch) if consumer else {},
        )
        url = await self.new_db_url(name)
        values: dict[str, Any] = {
            "relay_poll_seconds": 0.2,
            "consumer_backoff_seconds": 0.01,
            "consumer_max_attempts": 3,
            **settings,
        }
        rt = ServiceRuntime(
            definition,
            load_settings(name, database_url=url, **values),
            bus=bus or self.new_bus(),
            migrate_on_start=False,
        )
        async with rt.db.engine.begin() as conn:
            await conn.run_sync(base.metadata.create_all)
        self.runtimes.append(rt)
        return rt

    async def start(self, *runtimes: ServiceRuntime) -> None:
        for rt in runtimes:
            await rt.bus.start()
            await rt.start()
        for rt in runtimes:
            await asyncio.wait_for(rt.bus_connected.wait(), 20)


@pytest.fixture(params=["sqlite+inprocess", "postgres+rabbitmq"])
def stack_config(request: pytest.FixtureRequest, tmp_path: Path) -> Stack:
    """Sync on purpose: it resolves the PostgreSQL/RabbitMQ fixtures only for that variant."""
    return build_stack(request.param, request, tmp_path)


def build_stack(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Stack:
    if kind == "sqlite+inprocess":
        shared = InProcessBus()

        async def sqlite_db(name: str) -> str:
            return f"sqlite+aiosqlite:///{tmp_path / name}.db"

        return Stack(kind, sqlite_db, lambda: shared)
    new_pg = request.getfixturevalue("new_postgres_database")
    names = request.getfixturevalue("rabbit_names")
    amqp = request.getfixturevalue("amqp_url")
    names.consumers.update({"beta", "gamma"})

    async def pg_db(_name: str) -> str:
        return await new_pg()

    st = Stack(
        kind,
        pg_db,
        lambda: RabbitMQBus(
            amqp, exchange=names.exchange, queue_prefix=names.queue_prefix, prefetch=16
        ),
    )
    st.amqp_url = amqp
    st.rabbit_names = names
    return st


@pytest.fixture
async def stack(stack_config: Stack) -> AsyncIterator[Stack]:
    yield stack_config
    for rt in reversed(stack_config.runtimes):
        await rt.stop()
        await rt.bus.close()


async def count_seen(rt: ServiceRuntime, widget_id: str | None = None) -> int:
    async with rt.db.sessions() as session:
        stmt = select(func.count()).select_from(SeenWidget)
        if widget_id is not None:
            stmt = stmt.where(SeenWidget.widget_id == widget_id)
        return int((await session.execute(stmt)).scalar_one())


async def unsent(rt: ServiceRuntime) -> int:
    outbox = rt.db.outbox
    async with rt.db.sessions() as session:
        return int(
            (
                await session.execute(
                    select(func.count()).select_from(outbox).where(outbox.c.published_at.is_(None))
                )
            ).scalar_one()
        )
