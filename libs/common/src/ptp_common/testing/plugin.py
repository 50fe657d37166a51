"""pytest fixtures shared by all tests (loaded with ``-p ptp_common.testing.plugin``)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from ptp_common.testing import infra

os.environ.setdefault("PTP_ENV", "test")


@pytest.fixture
def amqp_url() -> str:
    url = infra.amqp_url()
    if url is None:
        infra.unavailable("RabbitMQ")
    assert url is not None
    return url


@pytest.fixture
async def new_postgres_database() -> AsyncIterator[Callable[[], Awaitable[str]]]:
    """Factory of fresh, empty PostgreSQL databases, all dropped after the test."""
    admin = infra.postgres_admin_url()
    if admin is None:
        infra.unavailable("PostgreSQL")
    assert admin is not None
    import asyncpg

    admin_dsn = make_url(admin).set(drivername="postgresql").render_as_string(hide_password=False)
    created: list[str] = []

    async def create() -> str:
        name = infra.unique_name("t")
        conn = await asyncpg.connect(admin_dsn)
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        created.append(name)
        return make_url(admin).set(database=name).render_as_string(hide_password=False)

    yield create
    conn = await asyncpg.connect(admin_dsn)
    try:
        for name in created:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture
async def postgres_url(new_postgres_database: Callable[[], Awaitable[str]]) -> str:
    """A fresh, empty PostgreSQL database for this test."""
    return await new_postgres_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'service.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Run the test on SQLite (embedded mode) and on PostgreSQL."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@dataclass
class RabbitNames:
    """A unique exchange and queue prefix for one test; list the consumers it subscribes."""

    exchange: str
    queue_prefix: str
    consumers: set[str] = field(default_factory=set)


@pytest.fixture
async def rabbit_names(amqp_url: str) -> AsyncIterator[RabbitNames]:
    """Unique broker names for this test; its queues and exchanges are deleted afterwards."""
    import aio_pika

    prefix = infra.unique_name("t")
    names = RabbitNames(exchange=f"{prefix}.events", queue_prefix=prefix)
    yield names
    connection = await aio_pika.connect(amqp_url)
    try:
        channel = await connection.channel()
        for consumer in names.consumers:
            for queue in (f"{prefix}.{consumer}", f"{prefix}.{consumer}.dlq"):
                with contextlib.suppress(Exception):
                    await channel.queue_delete(queue)
        for exchange in (names.exchange, f"{prefix}.dlx"):
            with contextlib.suppress(Exception):
                await channel.exchange_delete(exchange)
    finally:
        await connection.close()
