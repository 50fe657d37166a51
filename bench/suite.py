"""The distributed suite (five processes on PostgreSQL + RabbitMQ) under unique names, removed after."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator

import aio_pika
from ptp_suite import SERVICES
from ptp_suite.local import LocalSuite

from bench.common import AMQP_URL, POSTGRES_URL, consecutive_free_ports

SUITE_ENV = {
    "PTP_ENV": "test",
    "PTP_LOG_LEVEL": "WARNING",
}


async def delete_broker_names(prefix: str) -> None:
    connection = await aio_pika.connect(AMQP_URL)
    async with connection:
        channel = await connection.channel()
        for name in SERVICES:
            for queue in (f"{prefix}.{name}", f"{prefix}.{name}.dlq"):
                try:
                    await channel.queue_delete(queue)
                except Exception:
                    channel = await connection.channel()
        for exchange in (f"{prefix}.events", f"{prefix}.dlx"):
            with contextlib.suppress(Exception):
                await channel.exchange_delete(exchange)


@contextlib.asynccontextmanager
async def running_suite(prefix: str, extra_env: dict[str, str] | None = None) -> AsyncIterator[LocalSuite]:
    logs = tempfile.mkdtemp(prefix=f"{prefix}-logs-")
    suite = LocalSuite(
        admin_url=POSTGRES_URL,
        amqp_url=AMQP_URL,
        db_prefix=prefix,
        port=consecutive_free_ports(1),
        first_service_port=consecutive_free_ports(len(SERVICES)),
        extra_env={
            "PTP_EVENTS_EXCHANGE": f"{prefix}.events",
            "PTP_QUEUE_PREFIX": prefix,
            **SUITE_ENV,
            **(extra_env or {}),
        },
        log_dir=logs,
    )
    await suite.create_databases()
    try:
        suite.start()
        try:
            await asyncio.to_thread(suite.wait_ready, 120.0)
            print(f"  suite up (logs in {logs})", flush=True)
            yield suite
        finally:
            await asyncio.to_thread(suite.stop)
    finally:
        await suite.drop_databases()
        await delete_broker_names(prefix)
