"""Start the whole suite for end-to-end tests, in either of the ways it runs.

- distributed: five service processes on PostgreSQL (a database each) and RabbitMQ,
  behind the gateway (``ptp_suite.local``), with unique database, exchange and
  queue names so runs never share state;
- embedded: ``python -m ptp_suite.run`` (one process, SQLite files, in-process bus).
Both are reached only over HTTP, as a user would.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from ptp_common.testing import infra
from ptp_common.testing.ports import consecutive_free_ports, free_port
from ptp_suite import SERVICES
from ptp_suite.local import LocalSuite


def wait_ready(base_url: str, proc_check: callable, timeout: float = 90.0) -> None:  # type: ignore[valid-type]
    deadline = time.monotonic() + timeout
    pending = set(SERVICES)
    while pending:
        proc_check()
        for name in list(pending):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base_url}/{name}/health/ready", timeout=2).status_code == 200:
                    pending.discard(name)
        if pending:
            if time.monotonic() > deadline:
                raise TimeoutError(f"not ready: {sorted(pending)}")
            time.sleep(0.3)


@contextlib.contextmanager
def distributed_suite(tmp: Path, otlp_endpoint: str | None = None) -> Iterator[LocalSuite]:
    admin = infra.postgres_admin_url()
    amqp = infra.amqp_url()
    if admin is None or amqp is None:
        infra.unavailable("PostgreSQL and RabbitMQ")
    assert admin is not None and amqp is not None
    prefix = infra.unique_name("e2e")
    suite = LocalSuite(
        admin_url=admin,
        amqp_url=amqp,
        db_prefix=prefix,
        port=free_port(),
        # consecutive, below the ephemeral range that outgoing connections draw from
        first_service_port=consecutive_free_ports(len(SERVICES)),
        extra_env={
            "PTP_EVENTS_EXCHANGE": f"{prefix}.events",
            "PTP_QUEUE_PREFIX": prefix,
            "PTP_RELAY_POLL_SECONDS": "0.5",
            "PTP_CONSUMER_BACKOFF_SECONDS": "0.05",
            "PTP_ENV": "test",
            **(
                {"OTEL_EXPORTER_OTLP_ENDPOINT": otlp_endpoint, "OTEL_BSP_SCHEDULE_DELAY": "200"}
                if otlp_endpoint
                else {}
            ),
        },
        log_dir=str(tmp / "logs"),
    )
    asyncio.run(suite.create_databases())
    suite.start()
    try:
        suite.wait_ready()
        yield suite
    finally:
        suite.stop()
        asyncio.run(suite.drop_databases())
        asyncio.run(_delete_broker_names(amqp, prefix))


async def _delete_broker_names(amqp_url: str, prefix: str) -> None:
    import aio_pika

    connection = await aio_pika.connect(amqp_url)
    try:
        channel = await connection.channel()
        for name in SERVICES:
            for queue in (f"{prefix}.{name}", f"{prefix}.{name}.dlq"):
                with contextlib.suppress(Exception):
                    await channel.queue_delete(queue)
                    continue
                channel = await connection.channel()
        for exchange in (f"{prefix}.events", f"{prefix}.dlx"):
            with contextlib.suppress(Exception):
                await channel.exchange_delete(exchange)
    finally:
        await connection.close()


@contextlib.contextmanager
def embedded_suite(tmp: Path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "PTP_DATA_DIR": str(tmp / "data"),
        "PTP_ENV": "test",
        "PTP_RELAY_POLL_SECONDS": "0.5",
    }
    log = open(tmp / "embedded.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "ptp_suite.run"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base_url = f"http://127.0.0.1:{port}"

    def check() -> None:
        if proc.poll() is not None:
            raise RuntimeError(f"embedded suite exited with {proc.returncode}; see {tmp / 'embedded.log'}")

    try:
        wait_ready(base_url, check)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
