"""Distributed mode on one machine: six service processes on PostgreSQL + RabbitMQ, one gateway port.

``make up-local`` (foreground; Ctrl-C stops everything cleanly). Each service gets
its own database ``<prefix>_<service>`` on the PostgreSQL at ``PTP_LOCAL_POSTGRES_URL``
(created if missing; each service migrates it at start), talks to the RabbitMQ at
``AMQP_URL``, and listens on its own port; the gateway serves them all on ``PORT``
(default 8000) under /crm, /contracts, /projects, /risk, /kpi, /webhooks.

From the environment: ``PTP_LOCAL_POSTGRES_URL``, ``AMQP_URL``, ``PORT`` (the gateway),
``PTP_LOCAL_DB_PREFIX`` (default ``ptp``) and ``PTP_LOCAL_FIRST_PORT`` (default 8101: the services
listen on it and the next five ports).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import httpx
from ptp_common.http.server import uvicorn_cli_args
from sqlalchemy.engine import make_url

from ptp_suite import SERVICES

DEFAULT_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/"


@dataclass
class LocalSuite:
    """The six services and the gateway as child processes."""

    admin_url: str = DEFAULT_ADMIN_URL
    amqp_url: str = DEFAULT_AMQP_URL
    db_prefix: str = "ptp"
    port: int = 8000
    first_service_port: int = 8101
    extra_env: Mapping[str, str] = field(default_factory=dict)
    log_dir: str | None = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)  # each service process's port, by key

    def service_port(self, name: str) -> int:
        return self.first_service_port + SERVICES.index(name)

    def database_url(self, name: str) -> str:
        return (
            make_url(self.admin_url)
            .set(database=f"{self.db_prefix}_{name}")
            .render_as_string(hide_password=False)
        )

    async def create_databases(self) -> None:
        import asyncpg

        dsn = make_url(self.admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
        conn = await asyncpg.connect(dsn)
        try:
            for name in SERVICES:
                database = f"{self.db_prefix}_{name}"
                exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
                if not exists:
                    await conn.execute(f'CREATE DATABASE "{database}"')
        finally:
            await conn.close()

    async def drop_databases(self) -> None:
        import asyncpg

        dsn = make_url(self.admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
        conn = await asyncpg.connect(dsn)
        try:
            for name in SERVICES:
                await conn.execute(f'DROP DATABASE IF EXISTS "{self.db_prefix}_{name}" WITH (FORCE)')
        finally:
            await conn.close()

    def _env(self, **more: str) -> dict[str, str]:
        env = {**os.environ, "PTP_BUS": "rabbitmq", "AMQP_URL": self.amqp_url, **self.extra_env, **more}
        for name in SERVICES:
            env[f"{name.upper()}_DATABASE_URL"] = self.database_url(name)
        return env

    def _spawn(self, key: str, args: list[str], env: dict[str, str]) -> None:
        stdout = open(os.path.join(self.log_dir, f"{key}.log"), "ab") if self.log_dir else None  # noqa: SIM115
        self.processes[key] = subprocess.Popen(
            [sys.executable, "-m", *args],
            env=env,
            stdout=stdout,
            stderr=subprocess.STDOUT if stdout else None,
        )

    def start(self) -> None:
        if self.log_dir:
            os.makedirs(self.log_dir, exist_ok=True)
        for name in SERVICES:
            self.start_service(name)
        upstreams = ",".join(f"{n}=http://127.0.0.1:{self.service_port(n)}" for n in SERVICES)
        self._spawn(
            "gateway",
            [
                "uvicorn",
                "ptp_suite.gateway:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--no-access-log",
                *uvicorn_cli_args(),
            ],
            self._env(PTP_GATEWAY_UPSTREAMS=upstreams, OTEL_SERVICE_NAME="ptp-gateway"),
        )

    def start_service(self, name: str, *, key: str | None = None, port: int | None = None) -> None:
        """Start ``name`` on its port, or another process of it (``key``, ``port``): a replica
        consuming from the same queue and sharing the outbox with its relay (benchmarks, tests)."""
        self._spawn(
            key or name,
            [
                "uvicorn",
                f"ptp_{name}.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port or self.service_port(name)),
                "--no-access-log",
                *uvicorn_cli_args(),
            ],
            self._env(OTEL_SERVICE_NAME=f"ptp-{name}"),
        )
        self.ports[key or name] = port or self.service_port(name)

    def start_replica(self, name: str, port: int) -> str:
        """One more process of ``name`` on ``port``; returns its key (``<name>#2``, ``#3``...)."""
        key = f"{name}#{sum(1 for k in self.processes if k.split('#')[0] == name) + 1}"
        self.start_service(name, key=key, port=port)
        return key

    def wait_processes_ready(self, keys: list[str], timeout: float = 90.0) -> None:
        """Until each process in ``keys`` answers /health/ready on its own port (replicas)."""
        self._wait_until_ready(
            {key: f"http://127.0.0.1:{self.ports[key]}/health/ready" for key in keys}, timeout
        )

    def kill(self, key: str, sig: int = signal.SIGKILL) -> None:
        """Stop one process abruptly (reliability tests)."""
        proc = self.processes.pop(key)
        self.ports.pop(key, None)
        proc.send_signal(sig)
        proc.wait(timeout=30)

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Until every service answers /health/ready through the gateway."""
        self._wait_until_ready(
            {name: f"http://127.0.0.1:{self.port}/{name}/health/ready" for name in SERVICES}, timeout
        )

    def _wait_until_ready(self, urls: dict[str, str], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pending = dict(urls)
        while pending:
            for key, proc in self.processes.items():
                if proc.poll() is not None:
                    raise RuntimeError(f"{key} exited with {proc.returncode} during start-up")
            for key, url in list(pending.items()):
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(url, timeout=2).status_code == 200:
                        del pending[key]
            if pending and time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout}s: {', '.join(sorted(pending))}")
            if pending:
                time.sleep(0.3)

    def stop(self) -> None:
        for proc in self.processes.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.processes.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.processes.clear()
        self.ports.clear()


@contextlib.contextmanager
def running(suite: LocalSuite) -> Iterator[LocalSuite]:
    asyncio.run(suite.create_databases())
    suite.start()
    try:
        suite.wait_ready()
        yield suite
    finally:
        suite.stop()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument(
        "--db-prefix",
        default=os.environ.get("PTP_LOCAL_DB_PREFIX", "ptp"),
        help="databases <prefix>_<service>",
    )
    parser.add_argument(
        "--first-port",
        type=int,
        default=int(os.environ.get("PTP_LOCAL_FIRST_PORT", "8101")),
        help="the services listen on this port and the next five",
    )
    parser.add_argument("--reset", action="store_true", help="drop the suite's databases first")
    args = parser.parse_args()
    suite = LocalSuite(
        admin_url=os.environ.get("PTP_LOCAL_POSTGRES_URL", DEFAULT_ADMIN_URL),
        amqp_url=os.environ.get("AMQP_URL", DEFAULT_AMQP_URL),
        db_prefix=args.db_prefix,
        port=args.port,
        first_service_port=args.first_port,
    )
    if args.reset:
        asyncio.run(suite.drop_databases())
    stop = False

    def on_signal(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    with running(suite):
        print(
            f"suite (distributed) on http://127.0.0.1:{args.port}: "
            + ", ".join(f"/{n} -> :{suite.service_port(n)}" for n in SERVICES),
            flush=True,
        )
        print("Get a token: make token ROLES=business_specialist SUB=alice; Ctrl-C stops.", flush=True)
        while not stop:
            for key, proc in suite.processes.items():
                if proc.poll() is not None:
                    print(f"{key} exited with {proc.returncode}; stopping", file=sys.stderr)
                    stop = True
            time.sleep(0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
