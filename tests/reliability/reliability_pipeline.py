"""The contracts -> projects pipeline as real processes on PostgreSQL + RabbitMQ, with fault hooks.

A burst is N ``contracts.contract.signed`` events written into the contracts service's outbox
through its own database (a UnitOfWork on contracts' Database, as its API would). The contracts
process's relay publishes them; the projects process plans one project per contract: that project
is the effect we count. Each pipeline has unique database, exchange and queue names, all removed
afterwards. Processes may be reached through :class:`FaultProxy` (broker and/or projects' database).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import re
import signal
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.testing import infra
from ptp_common.testing.clients import bearer
from ptp_common.testing.faultproxy import FaultProxy
from ptp_common.testing.ports import consecutive_free_ports, free_port
from ptp_common.testing.waiting import eventually
from ptp_contracts.db.models import Base as ContractsBase
from ptp_projects.db.models import Base as ProjectsBase
from ptp_suite import SERVICES as ALL_SERVICES
from ptp_suite.local import LocalSuite
from sqlalchemy import text
from sqlalchemy.engine import make_url

BURST = int(os.environ.get("RELIABILITY_BURST", "1000"))
QUIET_TIMEOUT = float(os.environ.get("RELIABILITY_QUIET_TIMEOUT", "120"))
WRITE_BATCH = 50  # events per transaction: the relay starts publishing while the burst is written
SERVICES = ("contracts", "projects")
ADMIN = bearer(["admin"], sub="ops")


@dataclass
class Result:
    scenario: str
    sent: int
    effects: int
    duplicates_suppressed: int
    parked: int
    lost: int
    seconds: float


RESULTS: list[Result] = []


def format_results() -> list[str]:
    header = f"{'scenario':<44} {'sent':>6} {'effects':>8} {'dup. suppressed':>16} {'parked':>7} "
    header += f"{'lost':>5} {'seconds':>8}"
    lines = [header]
    for r in RESULTS:
        lines.append(
            f"{r.scenario:<44} {r.sent:>6} {r.effects:>8} {r.duplicates_suppressed:>16} {r.parked:>7} "
            f"{r.lost:>5} {r.seconds:>8.1f}"
        )
    return lines


def signed_event(contract_id: str) -> ContractSigned:
    return ContractSigned.model_validate(
        {
            "contract_id": contract_id,
            "customer_id": "CUST-REL",
            "customer_name": "Reliability Ltd",
            "owner": "sam",
            "title": f"Burst contract {contract_id}",
            "total": {"amount": "1000.00", "currency": "EUR"},
            "effective_date": "2026-03-01",
            "scope": "reliability burst",
            "deliverables": [{"deliverable_id": "D-1", "name": "Thing", "due_date": "2026-03-20"}],
            "milestones": [
                {"milestone_id": "M-1", "name": "Done", "due_date": "2026-03-31", "deliverable_ids": ["D-1"]}
            ],
            "acceptance_criteria": [{"criterion_id": "AC-1", "description": "works"}],
            "signed_at": dt.datetime(2026, 2, 27, 15, 0, tzinfo=dt.UTC),
        }
    )


class ProxiedSuite(LocalSuite):
    """LocalSuite whose projects database URL may go through a fault proxy."""

    projects_db_override: str | None = None

    def database_url(self, name: str) -> str:
        if name == "projects" and self.projects_db_override:
            return self.projects_db_override
        return super().database_url(name)


@dataclass
class Pipeline:
    tmp: Path
    admin_url: str
    amqp_url: str
    prefix: str
    suite: ProxiedSuite
    contracts_db: Database
    projects_db: Database
    broker_proxy: FaultProxy | None = None
    db_proxy: FaultProxy | None = None
    duplicates_before_restart: int = 0
    sent_ids: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    # -- processes -----------------------------------------------------------------------------
    def base_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.suite.service_port(name)}"

    async def start(self, name: str) -> None:
        self.suite.start_service(name)
        await self.wait_ready(name)

    async def wait_ready(self, name: str, timeout: float = 90) -> None:
        async with httpx.AsyncClient(timeout=3) as client:

            async def ready() -> bool:
                proc = self.suite.processes.get(name)
                if proc is not None and proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with {proc.returncode}; see {self.tmp}/logs")
                with contextlib.suppress(httpx.HTTPError):
                    return (await client.get(f"{self.base_url(name)}/health/ready")).status_code == 200
                return False

            await eventually(ready, timeout=timeout, what=f"{name} ready", interval=0.2)

    async def kill(self, name: str) -> None:
        """SIGKILL one service process (no graceful shutdown of anything)."""
        await asyncio.to_thread(self.suite.kill, name, signal.SIGKILL)

    # -- burst ---------------------------------------------------------------------------------
    async def write_burst(self, n: int, *, tag: str = "C", on_progress: Callable[[int], Awaitable[None]]
                          | None = None) -> list[str]:
        ids = [f"{self.prefix}-{tag}-{i:05d}" for i in range(n)]
        for start in range(0, n, WRITE_BATCH):
            async with UnitOfWork(self.contracts_db, source="contracts") as uow:
                for cid in ids[start : start + WRITE_BATCH]:
                    uow.emit(signed_event(cid), subject=cid, actor="sam")
                await uow.commit()
            if on_progress is not None:
                await on_progress(start + WRITE_BATCH)
        self.sent_ids.extend(ids)
        return ids

    # -- counting (always straight from the databases, never through the faults) ---------------
    async def scalar(self, db: Database, sql: str, **params: Any) -> int:
        async with db.engine.connect() as conn:
            return int((await conn.execute(text(sql), params)).scalar_one())

    async def effects(self) -> int:
        return await self.scalar(
            self.projects_db, "SELECT count(*) FROM projects WHERE contract_id LIKE :p", p=f"{self.prefix}-%"
        )

    async def duplicated_effects(self) -> int:
        return await self.scalar(
            self.projects_db,
            "SELECT count(*) FROM (SELECT contract_id FROM projects GROUP BY contract_id "
            "HAVING count(*) > 1) d",
        )

    async def planned_events(self) -> int:
        """projects.project.planned rows in projects' outbox: the effect's own event, once each."""
        return await self.scalar(
            self.projects_db,
            "SELECT count(*) FROM outbox WHERE event_type = 'projects.project.planned'",
        )

    async def unsent(self, db: Database) -> int:
        return await self.scalar(db, "SELECT count(*) FROM outbox WHERE published_at IS NULL")

    async def parked(self) -> int:
        sql = "SELECT count(*) FROM dead_letters WHERE status = 'parked'"
        return await self.scalar(self.projects_db, sql)

    async def duplicates_suppressed(self) -> int:
        """Duplicates the projects consumer skipped (its Prometheus counter, summed over restarts)."""
        return self.duplicates_before_restart + await self.scrape_duplicates()

    async def scrape_duplicates(self) -> int:
        async with httpx.AsyncClient(timeout=5) as client:
            body = (await client.get(f"{self.base_url('projects')}/metrics")).text
        total = 0.0
        for line in body.splitlines():
            if line.startswith("ptp_consumer_messages_total{") and 'outcome="duplicate"' in line:
                total += float(line.rsplit(" ", 1)[1])
        return int(total)

    async def wait_effects(self, at_least: int, timeout: float = 120) -> None:
        async def enough() -> bool:
            return await self.effects() >= at_least

        await eventually(enough, timeout=timeout, what=f"{at_least} projects planned", interval=0.2)

    async def wait_quiet(self, expected: int, *, parked: int = 0, timeout: float = QUIET_TIMEOUT) -> None:
        """Every contract planned (or the expected number parked) and both outboxes drained."""

        async def quiet() -> bool:
            return (
                await self.effects() + await self.parked() >= expected
                and await self.unsent(self.contracts_db) == 0
                and await self.unsent(self.projects_db) == 0
            )

        try:
            what = f"{expected} effects and empty outboxes"
            await eventually(quiet, timeout=timeout, what=what, interval=0.25)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; state: {await self.state()}") from None

    async def state(self) -> dict[str, Any]:
        """What is where, for failure messages."""
        state: dict[str, Any] = {
            "effects": await self.effects(),
            "parked": await self.parked(),
            "unsent contracts": await self.unsent(self.contracts_db),
            "unsent projects": await self.unsent(self.projects_db),
        }
        # Where missing effects are: never delivered (still queued), or taken without an effect.
        state["projects inbox (contract.signed)"] = await self.scalar(
            self.projects_db, "SELECT count(*) FROM inbox WHERE event_type = 'contracts.contract.signed'"
        )
        missing = await self.missing_effects()
        state["missing"] = f"{len(missing)}: {missing[:3]}{'...' if len(missing) > 3 else ''}"
        for consumer in SERVICES:
            try:
                state[f"{consumer} queue (consumers, ready messages)"] = await self.queue_status(consumer)
            except Exception as exc:
                state[f"{consumer} queue (consumers, ready messages)"] = repr(exc)
        state["logs"] = str(self.tmp / "logs")
        return state

    async def replay_parked(self) -> int:
        """Replay every parked message through projects' admin endpoint; returns how many."""
        async with httpx.AsyncClient(base_url=f"{self.base_url('projects')}/api/v1", headers=ADMIN) as api:
            parked = (await api.get("/admin/dead-letters", params={"limit": 500})).json()
            for item in parked:
                replayed = await api.post(f"/admin/dead-letters/{item['id']}/replay")
                assert replayed.status_code == 200, replayed.text
                assert replayed.json()["outcome"] in ("handled", "duplicate"), replayed.text
        return len(parked)

    async def verify(self, scenario: str, *, expected_parked: int = 0, replay: bool = False) -> Result:
        """The invariants of every scenario; records and returns the results row.

        ``replay``: first replay whatever got parked (the operator's way back), then check every
        effect exactly once; the row still shows how many had been parked.
        """
        sent = len(self.sent_ids)
        await self.wait_quiet(sent, parked=expected_parked)
        parked = await self.parked()
        if replay:
            await self.replay_parked()
            await self.wait_quiet(sent)
        effects = await self.effects()
        result = Result(
            scenario=scenario,
            sent=sent,
            effects=effects,
            duplicates_suppressed=await self.duplicates_suppressed(),
            parked=parked,
            lost=max(0, sent - effects - (0 if replay else parked)),
            seconds=time.monotonic() - self.started,
        )
        RESULTS.append(result)
        print(format_results()[0], format_results()[-1], sep="\n")
        assert await self.duplicated_effects() == 0, "a contract was planned twice"
        assert await self.planned_events() == effects, "project.planned emitted other than once per project"
        assert await self.unsent(self.contracts_db) == 0, "contracts outbox not drained"
        assert await self.unsent(self.projects_db) == 0, "projects outbox not drained"
        assert result.lost == 0
        if replay:
            assert effects == sent and await self.parked() == 0
        else:
            assert result.parked == expected_parked
            assert effects == sent - expected_parked
        return result

    async def queue_consumers(self, consumer: str) -> int:
        return (await self.queue_status(consumer))[0]

    async def queue_status(self, consumer: str) -> tuple[int, int]:
        """(consumers, messages ready) of a service's queue, as the broker sees it."""
        import aio_pika

        connection = await aio_pika.connect(self.amqp_url)
        try:
            channel = await connection.channel()
            queue = await channel.declare_queue(f"{self.prefix}.{consumer}", passive=True)
            result = queue.declaration_result
            return int(result.consumer_count or 0), int(result.message_count or 0)
        finally:
            await connection.close()

    async def missing_effects(self) -> list[str]:
        """Contract ids written to the contracts outbox that have no project (yet)."""
        async with self.projects_db.engine.connect() as conn:
            planned = set(
                (
                    await conn.execute(
                        text("SELECT contract_id FROM projects WHERE contract_id LIKE :p"),
                        {"p": f"{self.prefix}-%"},
                    )
                ).scalars()
            )
        return sorted(set(self.sent_ids) - planned)


def _proxied(url: str, host: str, port: int, proxy: FaultProxy) -> str:
    return url.replace(f"@{host}:{port}", f"@127.0.0.1:{proxy.port}", 1)


@contextlib.asynccontextmanager
async def pipeline(
    tmp: Path,
    *,
    proxy_broker: bool = False,
    proxy_projects_db: bool = False,
    env: dict[str, str] | None = None,
) -> AsyncIterator[Pipeline]:
    admin = infra.postgres_admin_url()
    amqp = infra.amqp_url()
    if admin is None or amqp is None:
        infra.unavailable("PostgreSQL and RabbitMQ")
    assert admin is not None and amqp is not None
    prefix = infra.unique_name("rel")
    broker_proxy = db_proxy = None
    amqp_for_services = amqp
    broker = make_url(amqp.replace("amqp://", "postgresql://", 1))
    if proxy_broker:
        broker_proxy = await FaultProxy(broker.host or "127.0.0.1", broker.port or 5672).start()
        amqp_for_services = _proxied(amqp, broker.host or "127.0.0.1", broker.port or 5672, broker_proxy)
    suite = ProxiedSuite(
        admin_url=admin,
        amqp_url=amqp_for_services,
        db_prefix=prefix,
        port=free_port(),
        first_service_port=consecutive_free_ports(len(ALL_SERVICES)),
        extra_env={
            "PTP_EVENTS_EXCHANGE": f"{prefix}.events",
            "PTP_QUEUE_PREFIX": prefix,
            "PTP_RELAY_POLL_SECONDS": "0.5",
            "PTP_CONSUMER_BACKOFF_SECONDS": "0.05",
            "PTP_CONSUMER_MAX_ATTEMPTS": "5",
            "PTP_ENV": "test",
            "PTP_LOG_LEVEL": "WARNING",
            **(env or {}),
        },
        log_dir=str(tmp / "logs"),
    )
    await suite.create_databases()
    if proxy_projects_db:
        pg = make_url(admin)
        db_proxy = await FaultProxy(pg.host or "127.0.0.1", pg.port or 5432).start()
        suite.projects_db_override = (
            make_url(suite.database_url("projects")).set(host="127.0.0.1", port=db_proxy.port)
        ).render_as_string(hide_password=False)
    contracts_db = Database(LocalSuite.database_url(suite, "contracts"), ContractsBase.metadata)
    projects_db = Database(LocalSuite.database_url(suite, "projects"), ProjectsBase.metadata)
    pipe = Pipeline(tmp, admin, amqp, prefix, suite, contracts_db, projects_db, broker_proxy, db_proxy)
    try:
        os.makedirs(tmp / "logs", exist_ok=True)
        suite.start_service("contracts")
        suite.start_service("projects")
        await pipe.wait_ready("contracts")
        await pipe.wait_ready("projects")
        pipe.started = time.monotonic()
        yield pipe
    finally:
        if broker_proxy is not None:
            broker_proxy.restore()
        if db_proxy is not None:
            db_proxy.restore()
        await asyncio.to_thread(suite.stop)
        for proxy in (broker_proxy, db_proxy):
            if proxy is not None:
                await proxy.close()
        await contracts_db.dispose()
        await projects_db.dispose()
        await suite.drop_databases()
        await delete_broker_names(amqp, prefix)


async def delete_broker_names(amqp_url: str, prefix: str) -> None:
    import aio_pika

    connection = await aio_pika.connect(amqp_url)
    try:
        for name in ("crm", "contracts", "projects", "risk", "kpi"):
            for queue in (f"{prefix}.{name}", f"{prefix}.{name}.dlq"):
                channel = await connection.channel()
                with contextlib.suppress(Exception):
                    await channel.queue_delete(queue)
                with contextlib.suppress(Exception):
                    await channel.close()
        channel = await connection.channel()
        for exchange in (f"{prefix}.events", f"{prefix}.dlx"):
            with contextlib.suppress(Exception):
                await channel.exchange_delete(exchange)
    finally:
        await connection.close()


def new_id() -> str:
    return uuid.uuid4().hex[:8]


_METRIC = re.compile(r"^ptp_consumer_messages_total\{(.*)\} ([0-9.e+]+)$")
