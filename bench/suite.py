"""The distributed suite (six services on PostgreSQL + RabbitMQ) under unique names, removed after."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
import time
from collections.abc import AsyncIterator

import aio_pika
from ptp_common.testing.ports import consecutive_free_ports
from ptp_suite import SERVICES
from ptp_suite.local import LocalSuite

from bench.common import AMQP_URL, POSTGRES_URL

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


QUIET_CPU = 0.25  # share of the machine's CPU still busy that counts as quiet


def busy_share(seconds: float = 1.0) -> float:
    """Share of the machine's CPU time that was busy over ``seconds`` (from /proc/stat)."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
        idle = fields[3] + fields[4]  # idle + iowait
        return sum(fields) - idle, sum(fields)

    busy0, total0 = sample()
    time.sleep(seconds)
    busy1, total1 = sample()
    return (busy1 - busy0) / max(1, total1 - total0)


async def wait_quiet(prefix: str, timeout: float = 180.0) -> float:
    """Wait until every service queue is empty and the machine is quiet (twice in a row, 1 s
    apart), so that one figure's backlog in kpi, risk or contracts, or what PostgreSQL does after
    it (autovacuum, a checkpoint), does not eat the CPU of the next one. Returns seconds waited."""
    started = time.monotonic()
    connection = await aio_pika.connect(AMQP_URL)
    quiet = 0
    async with connection:
        channel = await connection.channel()
        while quiet < 2 and time.monotonic() - started < timeout:
            depth = 0
            for name in SERVICES:
                with contextlib.suppress(Exception):
                    queue = await channel.declare_queue(f"{prefix}.{name}", passive=True)
                    depth += int(queue.declaration_result.message_count or 0)
            idle = depth == 0 and await asyncio.to_thread(busy_share) < QUIET_CPU
            quiet = quiet + 1 if idle else 0
            if not idle:
                await asyncio.sleep(1.0)
    return time.monotonic() - started


@contextlib.asynccontextmanager
async def running_suite(prefix: str, extra_env: dict[str, str] | None = None,
                        log_dir: str | None = None) -> AsyncIterator[LocalSuite]:
    logs = log_dir or tempfile.mkdtemp(prefix=f"{prefix}-logs-")
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
            await asyncio.to_thread(suite.wait_ready, 300.0)  # a loaded CI machine starts slowly
            print(f"  suite up (logs in {logs})", flush=True)
            yield suite
        finally:
            await asyncio.to_thread(suite.stop)
    finally:
        await suite.drop_databases()
        await delete_broker_names(prefix)
