"""contracts -> projects, risk, kpi as real processes on PostgreSQL + RabbitMQ, with fault hooks.

A burst is N ``contracts.contract.signed`` events written into the contracts service's outbox
through its own database (a UnitOfWork on contracts' Database, as its API would). The contracts
process's relay publishes them; three consuming services apply each one, and their effects are
counted straight from their databases:

- projects: one project per contract, and one ``projects.project.planned`` event per project;
- risk: one credit fact per contract; the customers' profile figures (exposure) add up to the
  contracts' totals;
- kpi: one trail record per event, the hash chain intact (kpi's REST verification), one
  ``contracts_signed`` and one ``signed_contract_value`` fact per contract, and the aggregates
  (sums and counts, which add up incrementally) equal to the facts.

Besides the effects, each consumer's applications are counted: the ``handled`` outcomes of its
``ptp_consumer_messages_total`` (summed over the lifetimes of restarted processes). An
application of a message already applied is a duplicate even where a handler's own checks make
the effect idempotent; with the inbox switched off (``PTP_TEST_DISABLE_INBOX``) this check fails.

Each pipeline has unique database, exchange and queue names (or its own vhost), all removed
afterwards. Processes may be reached through :class:`FaultProxy` (broker and/or the consumers'
databases).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import re
import shutil
import signal
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.http.server import uvicorn_cli_args
from ptp_common.testing import infra
from ptp_common.testing.clients import bearer
from ptp_common.testing.faultproxy import FaultProxy
from ptp_common.testing.ports import consecutive_free_ports, free_port
from ptp_common.testing.waiting import eventually
from ptp_contracts.db.models import Base as ContractsBase
from ptp_kpi.db.models import Base as KpiBase
from ptp_projects.db.models import Base as ProjectsBase
from ptp_risk.db.models import Base as RiskBase
from ptp_suite import SERVICES as ALL_SERVICES
from ptp_suite.local import LocalSuite
from sqlalchemy import text
from sqlalchemy.engine import make_url

BURST = int(os.environ.get("RELIABILITY_BURST", "1000"))
QUIET_TIMEOUT = float(os.environ.get("RELIABILITY_QUIET_TIMEOUT", "180"))
FULL = os.environ.get("PTP_RELIABILITY_FULL") == "1"  # longer outages, more kills
WRITE_BATCH = 50  # events per transaction: the relay starts publishing while the burst is written
CUSTOMERS = 50  # the burst's contracts spread over this many customers (risk locks per customer)
CONTRACT_TOTAL = Decimal("1000.00")
PRODUCER = "contracts"
CONSUMERS = ("projects", "risk", "kpi")
SERVICES = (PRODUCER, *CONSUMERS)
SIGNED = "contracts.contract.signed"
ADMIN = bearer(["admin"], sub="ops")
AUDITOR = bearer(["auditor"], sub="auditor")
BASES = {"contracts": ContractsBase, "projects": ProjectsBase, "risk": RiskBase, "kpi": KpiBase}


@dataclass
class Result:
    scenario: str
    sent: int
    effects: dict[str, int]
    duplicated_effects: int
    applied_twice: int
    duplicates_suppressed: int
    parked: int
    lost: int
    seconds: float


RESULTS: list[Result] = []


def format_results() -> list[str]:
    header = (
        f"{'scenario':<52} {'sent':>5} {'projects':>8} {'risk':>5} {'kpi':>5} {'dup.eff':>7} "
        f"{'twice':>5} {'suppr.':>6} {'parked':>6} {'lost':>4} {'sec':>6}"
    )
    lines = [header]
    for r in RESULTS:
        lines.append(
            f"{r.scenario[:52]:<52} {r.sent:>5} {r.effects.get('projects', 0):>8} "
            f"{r.effects.get('risk', 0):>5} {r.effects.get('kpi', 0):>5} {r.duplicated_effects:>7} "
            f"{r.applied_twice:>5} {r.duplicates_suppressed:>6} {r.parked:>6} {r.lost:>4} {r.seconds:>6.1f}"
        )
    return lines


def customer_of(contract_id: str) -> str:
    return f"CUST-REL-{int(contract_id.rsplit('-', 1)[1]) % CUSTOMERS:02d}"


def signed_event(contract_id: str, customer_id: str = "CUST-REL-00") -> ContractSigned:
    return ContractSigned.model_validate(
        {
            "contract_id": contract_id,
            "customer_id": customer_id,
            "customer_name": "Reliability Ltd",
            "owner": "sam",
            "title": f"Burst contract {contract_id}",
            "total": {"amount": str(CONTRACT_TOTAL), "currency": "EUR"},
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


async def all_parked(api: httpx.AsyncClient) -> list[dict[str, Any]]:
    """Every parked message of a service (its admin API pages the dead letters)."""
    parked: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params = {"limit": 200, **({"cursor": cursor} if cursor else {})}
        page = (await api.get("/admin/dead-letters", params=params)).json()
        parked += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return parked


class ProxiedSuite(LocalSuite):
    """LocalSuite whose consumers' database URLs may go through a fault proxy, and whose services
    may get an environment of their own (e.g. a test-only crash point for contracts)."""

    db_overrides: dict[str, str]
    service_env: dict[str, dict[str, str]]

    def database_url(self, name: str) -> str:
        overrides = getattr(self, "db_overrides", {})
        return overrides.get(name) or super().database_url(name)

    def start_service(self, name: str) -> None:
        extra = getattr(self, "service_env", {}).get(name, {})
        self._spawn(
            name,
            [
                "uvicorn",
                f"ptp_{name}.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.service_port(name)),
                "--no-access-log",
                *uvicorn_cli_args(),
            ],
            self._env(OTEL_SERVICE_NAME=f"ptp-{name}", **extra),
        )


@dataclass
class Consumed:
    """One consumer's effects of the burst, from its database."""

    effects: int  # messages whose effect is there (once or more)
    duplicated: int  # effects there more than once, or sums that do not add up
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Pipeline:
    tmp: Path
    admin_url: str
    amqp_url: str
    prefix: str
    suite: ProxiedSuite
    dbs: dict[str, Database]
    broker_proxy: FaultProxy | None = None
    db_proxy: FaultProxy | None = None
    vhost: str | None = None
    counted_before_restart: dict[tuple[str, str], int] = field(default_factory=dict)
    sent_ids: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    # -- processes -----------------------------------------------------------------------------
    def base_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.suite.service_port(name)}"

    async def start(self, *names: str) -> None:
        for name in names:
            self.suite.start_service(name)
        for name in names:
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

    async def kill(self, *names: str, scrape: bool = True) -> None:
        """SIGKILL service processes (no graceful shutdown of anything); their counters are read
        first (applications after that read are not counted: the check can only under-count)."""
        if scrape:
            for name in names:
                if name in CONSUMERS:
                    await self.bank_counters(name)
        for name in names:
            await asyncio.to_thread(self.suite.kill, name, signal.SIGKILL)

    async def wait_exit(self, name: str, timeout: float = 60) -> int:
        """Wait for a process that is to die by itself (e.g. at the relay's crash point)."""
        proc = self.suite.processes[name]

        async def exited() -> bool:
            return proc.poll() is not None

        await eventually(exited, timeout=timeout, what=f"{name} exited", interval=0.1)
        self.suite.processes.pop(name)
        return int(proc.returncode)

    # -- burst ---------------------------------------------------------------------------------
    async def write_burst(
        self, n: int, *, tag: str = "C", on_progress: Callable[[int], Awaitable[None]] | None = None
    ) -> list[str]:
        ids = [f"{self.prefix}-{tag}-{i:05d}" for i in range(n)]
        for start in range(0, n, WRITE_BATCH):
            async with UnitOfWork(self.dbs[PRODUCER], source="contracts") as uow:
                for cid in ids[start : start + WRITE_BATCH]:
                    uow.emit(signed_event(cid, customer_of(cid)), subject=cid, actor="sam")
                await uow.commit()
            if on_progress is not None:
                await on_progress(start + WRITE_BATCH)
        self.sent_ids.extend(ids)
        return ids

    # -- counting (always straight from the databases, never through the faults) ---------------
    async def scalar(self, service: str, sql: str, **params: Any) -> Any:
        async with self.dbs[service].engine.connect() as conn:
            return (await conn.execute(text(sql), params)).scalar_one()

    async def rows(self, service: str, sql: str, **params: Any) -> list[Any]:
        async with self.dbs[service].engine.connect() as conn:
            return list((await conn.execute(text(sql), params)).all())

    async def consumed(self, consumer: str) -> Consumed:
        p = f"{self.prefix}-%"
        if consumer == "projects":
            effects = await self.scalar(
                "projects", "SELECT count(DISTINCT contract_id) FROM projects WHERE contract_id LIKE :p", p=p
            )
            twice = await self.scalar(
                "projects",
                "SELECT count(*) FROM (SELECT contract_id FROM projects WHERE contract_id LIKE :p "
                "GROUP BY contract_id HAVING count(*) > 1) d",
                p=p,
            )
            planned = await self.scalar(
                "projects", "SELECT count(*) FROM outbox WHERE event_type = 'projects.project.planned'"
            )
            rows = await self.scalar(
                "projects", "SELECT count(*) FROM projects WHERE contract_id LIKE :p", p=p
            )
            return Consumed(effects, twice + abs(planned - rows), {"planned events": planned})
        if consumer == "risk":
            effects = await self.scalar(
                "risk", "SELECT count(*) FROM credit_contract_facts WHERE contract_id LIKE :p", p=p
            )
            exposure = Decimal(0)
            for (figures,) in await self.rows(
                "risk", "SELECT figures FROM credit_profiles WHERE customer_id LIKE 'CUST-REL-%'"
            ):
                for amount in (figures or {}).get("exposure", []):
                    exposure += Decimal(amount["amount"])
            # Profiles are recomputed from the facts each time: their exposure must equal the facts'.
            expected = CONTRACT_TOTAL * effects
            return Consumed(effects, 0 if exposure == expected else 1, {"exposure": str(exposure)})
        assert consumer == "kpi"
        trail = await self.scalar(
            "kpi", "SELECT count(*) FROM trail_records WHERE type = :t AND subject LIKE :p", t=SIGNED, p=p
        )
        effects = await self.scalar(
            "kpi",
            "SELECT count(DISTINCT event_id) FROM trail_records WHERE type = :t AND subject LIKE :p",
            t=SIGNED,
            p=p,
        )
        facts = {
            measure: await self.scalar(
                "kpi",
                "SELECT count(*) FROM metric_facts WHERE measure = :m AND fact_key LIKE :p",
                m=measure,
                p=p,
            )
            for measure in ("contracts_signed", "signed_contract_value")
        }
        aggregates = {
            measure: (
                await self.rows(
                    "kpi",
                    "SELECT coalesce(sum(total_centi), 0), coalesce(sum(count), 0) FROM metric_aggregates "
                    "WHERE measure = :m AND scope = 'all'",
                    m=measure,
                )
            ).pop()
            for measure in ("contracts_signed", "signed_contract_value")
        }
        centi = int(CONTRACT_TOTAL * 100)
        duplicated = (trail - effects) + sum(abs(n - effects) for n in facts.values())
        duplicated += abs(int(aggregates["contracts_signed"][1]) - effects)
        duplicated += abs(int(aggregates["signed_contract_value"][1]) - effects)
        duplicated += abs(int(aggregates["signed_contract_value"][0]) - effects * centi) // centi
        return Consumed(effects, duplicated, {"facts": facts, "aggregates": aggregates})

    async def unsent(self, service: str) -> int:
        return int(await self.scalar(service, "SELECT count(*) FROM outbox WHERE published_at IS NULL"))

    async def parked(self, consumer: str | None = None, status: str = "parked") -> int:
        total = 0
        for name in [consumer] if consumer else CONSUMERS:
            sql = "SELECT count(*) FROM dead_letters WHERE status = :s"
            total += int(await self.scalar(name, sql, s=status))
        return total

    # -- applications and suppressed duplicates, from the consumers' counters ------------------
    async def scrape(self, consumer: str) -> dict[str, int]:
        """This process's ``ptp_consumer_messages_total`` for the burst's event type, by outcome."""
        async with httpx.AsyncClient(timeout=5) as client:
            body = (await client.get(f"{self.base_url(consumer)}/metrics")).text
        found: dict[str, int] = {}
        for line in body.splitlines():
            match = _METRIC.match(line)
            if match and f'event_type="{SIGNED}"' in match.group(1):
                outcome = re.search(r'outcome="([a-z_]+)"', match.group(1))
                if outcome:
                    found[outcome.group(1)] = found.get(outcome.group(1), 0) + int(float(match.group(2)))
        return found

    async def bank_counters(self, consumer: str) -> None:
        """Keep a process's counters before it goes away (restart or kill)."""
        with contextlib.suppress(httpx.HTTPError):
            for outcome, n in (await self.scrape(consumer)).items():
                key = (consumer, outcome)
                self.counted_before_restart[key] = self.counted_before_restart.get(key, 0) + n

    async def counted(self, consumer: str, outcome: str) -> int:
        now = (await self.scrape(consumer)).get(outcome, 0)
        return self.counted_before_restart.get((consumer, outcome), 0) + now

    async def duplicates_suppressed(self) -> int:
        return sum([await self.counted(c, "duplicate") for c in CONSUMERS])

    # -- waiting -------------------------------------------------------------------------------
    async def wait_effects(self, at_least: int, consumer: str = "projects", timeout: float = 120) -> None:
        async def enough() -> bool:
            return (await self.consumed(consumer)).effects >= at_least

        await eventually(enough, timeout=timeout, what=f"{at_least} {consumer} effects", interval=0.2)

    async def wait_quiet(self, expected: int, *, parked: int = 0, timeout: float = QUIET_TIMEOUT) -> None:
        """Every consumer applied (or parked) every message and every outbox is drained."""

        async def quiet() -> bool:
            for consumer in CONSUMERS:
                if (await self.consumed(consumer)).effects + await self.parked(consumer) < expected:
                    return False
            return all([await self.unsent(s) == 0 for s in SERVICES])

        try:
            what = f"{expected} effects in {', '.join(CONSUMERS)} and empty outboxes"
            await eventually(quiet, timeout=timeout, what=what, interval=0.3)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; state: {await self.state()}") from None

    async def state(self) -> dict[str, Any]:
        """What is where, for failure messages."""
        state: dict[str, Any] = {}
        for consumer in CONSUMERS:
            got = await self.consumed(consumer)
            state[consumer] = {
                "effects": got.effects,
                "duplicated": got.duplicated,
                **got.detail,
                "parked": await self.parked(consumer),
                "held": await self.parked(consumer, "held"),
                "inbox (contract.signed)": await self.scalar(
                    consumer, "SELECT count(*) FROM inbox WHERE event_type = :t", t=SIGNED
                ),
                "missing": (await self.missing_effects(consumer))[:3],
            }
            try:
                state[consumer]["queue (consumers, ready)"] = await self.queue_status(consumer)
            except Exception as exc:
                state[consumer]["queue (consumers, ready)"] = repr(exc)
        for service in SERVICES:
            state[f"unsent {service}"] = await self.unsent(service)
        state["logs"] = str(self.tmp / "logs")
        return state

    async def missing_effects(self, consumer: str = "projects") -> list[str]:
        sql = {
            "projects": "SELECT contract_id FROM projects WHERE contract_id LIKE :p",
            "risk": "SELECT contract_id FROM credit_contract_facts WHERE contract_id LIKE :p",
            "kpi": "SELECT subject FROM trail_records WHERE subject LIKE :p",
        }[consumer]
        done = {r[0] for r in await self.rows(consumer, sql, p=f"{self.prefix}-%")}
        return sorted(set(self.sent_ids) - done)

    async def replay_parked(self, consumer: str) -> int:
        """Replay every parked message through a consumer's admin endpoint; returns how many."""
        async with httpx.AsyncClient(base_url=f"{self.base_url(consumer)}/api/v1", headers=ADMIN) as api:
            parked = await all_parked(api)
            for item in parked:
                replayed = await api.post(f"/admin/dead-letters/{item['id']}/replay")
                assert replayed.status_code == 200, replayed.text
                assert replayed.json()["outcome"] in ("handled", "duplicate"), replayed.text
        return len(parked)

    async def chain_intact(self) -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=f"{self.base_url('kpi')}/api/v1", headers=AUDITOR) as api:
            answer = await api.get("/audit-trail/verification", timeout=60)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    # -- the invariants ------------------------------------------------------------------------
    async def measure(self, scenario: str, *, expected_parked: int = 0) -> Result:
        """Wait until quiet and count; records and returns the results row (checks nothing)."""
        sent = len(self.sent_ids)
        await self.wait_quiet(sent, parked=expected_parked)
        effects: dict[str, int] = {}
        duplicated = twice = lost = 0
        for consumer in CONSUMERS:
            got = await self.consumed(consumer)
            effects[consumer] = got.effects
            duplicated += got.duplicated
            # Applications counted by the consumer beyond the messages whose effect exists: a
            # message applied again (the counters can only under-count across a SIGKILL).
            twice += max(0, await self.counted(consumer, "handled") - got.effects)
            lost += max(0, sent - got.effects - await self.parked(consumer))
        result = Result(
            scenario=scenario,
            sent=sent,
            effects=effects,
            duplicated_effects=duplicated,
            applied_twice=twice,
            duplicates_suppressed=await self.duplicates_suppressed(),
            parked=await self.parked(),
            lost=lost,
            seconds=time.monotonic() - self.started,
        )
        RESULTS.append(result)
        print(format_results()[0], format_results()[-1], sep="\n")
        return result

    async def verify(self, scenario: str, *, expected_parked: int = 0) -> Result:
        """The invariants of every scenario: lost 0, duplicates 0 (effects and applications),
        outboxes drained, the trail's chain intact, parked as expected."""
        result = await self.measure(scenario, expected_parked=expected_parked)
        assert result.duplicated_effects == 0, f"duplicated effects: {await self.state()}"
        assert result.applied_twice == 0, (
            f"{result.applied_twice} message(s) applied twice (handled > distinct effects): "
            f"{await self.state()}"
        )
        assert result.lost == 0, f"lost {result.lost}: {await self.state()}"
        for service in SERVICES:
            assert await self.unsent(service) == 0, f"{service} outbox not drained"
        assert result.parked == expected_parked, await self.state()
        chain = await self.chain_intact()
        assert chain["intact"] and chain["records_checked"] >= len(self.sent_ids), chain
        return result

    async def queue_consumers(self, consumer: str) -> int:
        return (await self.queue_status(consumer))[0]

    async def queue_status(self, consumer: str, suffix: str = "") -> tuple[int, int]:
        """(consumers, messages ready) of a service's queue, as the broker sees it."""
        import aio_pika

        connection = await aio_pika.connect(self.amqp_url)
        try:
            channel = await connection.channel()
            queue = await channel.declare_queue(f"{self.prefix}.{consumer}{suffix}", passive=True)
            result = queue.declaration_result
            return int(result.consumer_count or 0), int(result.message_count or 0)
        finally:
            await connection.close()


def _proxied(url: str, host: str, port: int, proxy: FaultProxy) -> str:
    return url.replace(f"@{host}:{port}", f"@127.0.0.1:{proxy.port}", 1)


async def rabbitmqctl(*args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        shutil.which("rabbitmqctl") or "rabbitmqctl",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, f"rabbitmqctl {' '.join(args)}: {out.decode()}"
    return out.decode()


@contextlib.asynccontextmanager
async def pipeline(
    tmp: Path,
    *,
    proxy_broker: bool = False,
    proxy_consumer_dbs: bool = False,
    own_vhost: bool = False,
    env: dict[str, str] | None = None,
    service_env: dict[str, dict[str, str]] | None = None,
    start: tuple[str, ...] = SERVICES,
) -> AsyncIterator[Pipeline]:
    admin = infra.postgres_admin_url()
    amqp = infra.amqp_url()
    if admin is None or amqp is None:
        infra.unavailable("PostgreSQL and RabbitMQ")
    assert admin is not None and amqp is not None
    prefix = infra.unique_name("rel")
    vhost = None
    if own_vhost:
        if shutil.which("rabbitmqctl") is None:
            infra.unavailable("rabbitmqctl (a vhost of the test's own)")
        vhost = prefix
        await rabbitmqctl("add_vhost", vhost)
        await rabbitmqctl(
            "set_permissions",
            "-p",
            vhost,
            make_url(amqp.replace("amqp://", "postgresql://", 1)).username or "guest",
            ".*",
            ".*",
            ".*",
        )
        amqp = amqp.rstrip("/") + "/" + quote(vhost, safe="")
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
    suite.db_overrides = {}
    suite.service_env = dict(service_env or {})
    await suite.create_databases()
    if proxy_consumer_dbs:
        pg = make_url(admin)
        db_proxy = await FaultProxy(pg.host or "127.0.0.1", pg.port or 5432).start()
        for consumer in CONSUMERS:
            suite.db_overrides[consumer] = (
                make_url(LocalSuite.database_url(suite, consumer)).set(host="127.0.0.1", port=db_proxy.port)
            ).render_as_string(hide_password=False)
    dbs = {name: Database(LocalSuite.database_url(suite, name), BASES[name].metadata) for name in SERVICES}
    pipe = Pipeline(tmp, admin, amqp, prefix, suite, dbs, broker_proxy, db_proxy, vhost)
    try:
        os.makedirs(tmp / "logs", exist_ok=True)
        await pipe.start(*start)
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
        for db in dbs.values():
            await db.dispose()
        await suite.drop_databases()
        if vhost is not None:
            await rabbitmqctl("delete_vhost", vhost)
        else:
            await delete_broker_names(amqp, prefix)


async def delete_broker_names(amqp_url: str, prefix: str) -> None:
    import aio_pika

    connection = await aio_pika.connect(amqp_url)
    try:
        for name in ALL_SERVICES:
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
