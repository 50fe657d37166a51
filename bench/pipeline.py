"""Figures 1, 2, 5 and 6: the event pipeline contracts -> relay -> RabbitMQ -> projects, kpi, risk
(and webhooks), in the suite and in its hand-written baseline, ``bench.rawpipe``.

The suite's events are written the way the contracts service writes them: ContractSigned emitted
through a UnitOfWork on contracts' own Database (outbox row + pg_notify in the same transaction);
the contracts process's relay publishes them. rawpipe's producer writes the same envelopes into
the same outbox table by hand. Both sides are measured by the same queries on the same tables
(contracts' outbox, projects' projects and outbox, every consumer's inbox).
"""

from __future__ import annotations

import asyncio
import signal
import time
import zlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

import asyncpg
import httpx
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.testing.ports import consecutive_free_ports
from ptp_contracts.db.models import Base as ContractsBase
from ptp_suite import SERVICES
from ptp_suite.local import LocalSuite
from sqlalchemy.engine import make_url

from bench import rawmq, rawpipe
from bench.common import (
    AMQP_URL,
    POSTGRES_URL,
    RATE,
    RATE_SECONDS,
    REPLICA_N,
    CpuMeter,
    Figure,
    higher_is_better,
    lower_is_better,
    percentile,
    vm_hwm_mb,
)
from bench.suite import wait_quiet

WRITE_BATCH = 100  # events per transaction in the burst
CUSTOMERS = 500  # contracts are spread over this many customers (risk and kpi keep per-customer state)
CONSUMERS = ("projects", "kpi", "risk", "webhooks")  # every consumer of contract.signed / project.planned
# Messages each consumer applies per contract: its contract.signed, and for all but projects the
# projects.project.planned it causes.
EVENTS_PER_CONTRACT = {"projects": 1, "kpi": 2, "risk": 2, "webhooks": 2}
REPLICATED = CONSUMERS
MIN_THROUGHPUT_RATIO = 0.6
MAX_CPU_RATIO = 1.6
MAX_P99_EXTRA_MS = 30.0
MEMORY_LIMIT_MB = 150.0


def customer_of(contract_id: str) -> int:
    return zlib.crc32(contract_id.encode()) % CUSTOMERS


def signed_event(contract_id: str) -> ContractSigned:
    return ContractSigned.model_validate(rawpipe.contract_data(contract_id, customer_of(contract_id)))


def pg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class Burst:
    rate: float  # events/s, first outbox commit -> the Nth project row
    done: int
    seconds: float
    cpu_ms: float  # CPU per event until every consumer applied the burst


class Pipeline:
    """One side (suite or rawpipe): how to write contract.signed events, where its databases are,
    which processes are its own (for CPU)."""

    def __init__(self, tag: str, prefix: str, write: Callable[[list[str]], Awaitable[None]],
                 dsns: dict[str, str], pids: Callable[[], list[int]]) -> None:
        self.tag, self.prefix, self.write, self.dsns, self.pids = tag, prefix, write, dsns, pids
        self.conns: dict[str, asyncpg.Connection] = {}

    async def __aenter__(self) -> Pipeline:
        for name, dsn in self.dsns.items():
            self.conns[name] = await asyncpg.connect(dsn)
        return self

    async def __aexit__(self, *exc: object) -> None:
        for conn in self.conns.values():
            await conn.close()

    def ids(self, tag: str, n: int) -> list[str]:
        return [f"{self.prefix}-{tag}-{i:06d}" for i in range(n)]

    def like(self, tag: str) -> str:
        return f"{self.prefix}-{tag}-%"

    async def planned(self, tag: str) -> int:
        return int(await self.conns["projects"].fetchval(
            "SELECT count(*) FROM projects WHERE contract_id LIKE $1", self.like(tag)))

    async def wait_planned(self, tag: str, n: int, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while True:
            count = await self.planned(tag)
            if count >= n or time.monotonic() > deadline:
                return count
            await asyncio.sleep(0.1)

    async def applied(self) -> dict[str, int]:
        """Messages each consumer has applied so far (its inbox rows)."""
        return {name: int(await self.conns[name].fetchval("SELECT count(*) FROM inbox"))
                for name in CONSUMERS}

    async def wait_applied(self, before: dict[str, int], n: int, timeout: float = 420) -> bool:
        """Until every consumer applied its share of ``n`` contracts (kpi, risk and webhooks also
        take each project.planned) since ``before``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = await self.applied()
            if all(now[c] - before[c] >= n * EVENTS_PER_CONTRACT[c] for c in CONSUMERS):
                return True
            await asyncio.sleep(0.1)
        return False

    async def payload_size(self) -> int:
        return int(await self.conns["contracts"].fetchval(
            "SELECT avg(length(payload))::int FROM outbox WHERE event_type = 'contracts.contract.signed'"))

    async def write_all(self, ids: list[str]) -> None:
        for start in range(0, len(ids), WRITE_BATCH):
            await self.write(ids[start : start + WRITE_BATCH])

    async def warm_up(self) -> None:
        """A few events end to end: consumers subscribed, every connection pool warm."""
        ids = self.ids("W", 20)
        before = await self.applied()
        for cid in ids:
            await self.write([cid])
        if not await self.wait_applied(before, len(ids), timeout=90):
            raise RuntimeError(f"{self.tag}: warm-up events not applied within 90 s; see the logs")

    async def burst(self, n: int, tag: str = "B", timeout: float = 420) -> Burst:
        ids = self.ids(tag, n)
        before = await self.applied()
        meter = CpuMeter(self.pids())
        meter.start()
        await self.write_all(ids)
        done = await self.wait_planned(tag, n, timeout)
        drained = await self.wait_applied(before, n, timeout)
        cpu = meter.stop()
        print(f"  {self.tag}: CPU by process: {meter.shares()}", flush=True)
        if not drained:
            raise RuntimeError(f"{self.tag}: the burst was not applied by every consumer in {timeout:.0f} s")
        first = await self.conns["contracts"].fetchval(
            "SELECT min(created_at) FROM outbox WHERE subject LIKE $1", self.like(tag))
        last = await self.conns["projects"].fetchval(
            "SELECT max(created_at) FROM projects WHERE contract_id LIKE $1", self.like(tag))
        seconds = (last - first).total_seconds()
        return Burst(done / seconds, done, seconds, cpu / n * 1000)

    async def steady(self, rate: float, seconds: float, tag: str = "L") -> list[float]:
        """Latencies (s): contracts' outbox row created_at -> projects' project.planned outbox row
        created_at (stamped just before each side's COMMIT), for one event per transaction at ``rate``."""
        ids = self.ids(tag, int(rate * seconds))
        started = time.monotonic()
        for i, cid in enumerate(ids):
            await asyncio.sleep(max(0.0, started + i / rate - time.monotonic()))
            await self.write([cid])
        await self.wait_planned(tag, len(ids), timeout=120)
        sent = {r["subject"]: r["created_at"] for r in await self.conns["contracts"].fetch(
            "SELECT subject, created_at FROM outbox WHERE subject LIKE $1", self.like(tag))}
        done = await self.conns["projects"].fetch(
            "SELECT p.contract_id, o.created_at FROM projects p JOIN outbox o ON o.subject = p.id "
            "WHERE o.event_type = 'projects.project.planned' AND p.contract_id LIKE $1", self.like(tag))
        return [(r["created_at"] - sent[r["contract_id"]]).total_seconds() for r in done]

    async def exactly_once(self, tag: str, n: int) -> list[str]:
        """What is not applied exactly once: per service, rows written once per contract event."""
        event_ids = [r[0] for r in await self.conns["contracts"].fetch(
            "SELECT event_id FROM outbox WHERE subject LIKE $1", self.like(tag))]
        checks = [
            ("projects", "SELECT count(DISTINCT contract_id) FROM projects WHERE contract_id LIKE $1",
             self.like(tag), n),
            ("projects", "SELECT count(*) FROM projects WHERE contract_id LIKE $1", self.like(tag), n),
            ("kpi", "SELECT count(*) FROM trail_records WHERE event_id = ANY($1::text[])", event_ids, n),
            ("kpi", "SELECT count(*) FROM metric_facts WHERE event_id = ANY($1::text[])", event_ids, 2 * n),
            ("risk", "SELECT count(*) FROM credit_profile_changes WHERE cause_event_id = ANY($1::text[])",
             event_ids, n),
            ("risk", "SELECT count(*) FROM known_projects WHERE contract_id LIKE $1", self.like(tag), n),
            ("webhooks", "SELECT count(*) FROM inbox WHERE message_id = ANY($1::text[])", event_ids, n),
        ]
        problems = [f"{n} events, {len(event_ids)} in contracts' outbox"] if len(event_ids) != n else []
        for service, sql, arg, expected in checks:
            found = await self.conns[service].fetchval(sql, arg)
            if found != expected:
                problems.append(f"{service}: {sql.split(' FROM ')[1].split(' ')[0]} {found} != {expected}")
        for service in CONSUMERS:
            parked = await self.conns[service].fetchval("SELECT count(*) FROM dead_letters")
            if parked:
                problems.append(f"{service}: {parked} parked")
        return problems


# -- the baseline ----------------------------------------------------------------------------------
@dataclass
class Baseline:
    burst: Burst | None = None
    latencies: Sequence[float] = ()
    broker_alone: float | None = None  # messages/s through RabbitMQ alone
    payload_size: int = 0
    runs: list[Burst] = field(default_factory=list)  # the bursts averaged into ``burst``

    def and_after(self, after: Baseline) -> Baseline:
        """This run (before the suite) and ``after`` (rawpipe again once the suite is measured),
        as one baseline: the bursts' mean and both runs' latencies. The machine drifts over the
        minutes a full run takes (rawpipe's CPU per event varied by 40 % from run to run); a
        baseline on both sides of the suite's measurement cancels a steady drift."""
        runs = [b for b in (self.burst, after.burst) if b is not None]
        burst = None
        if runs:
            burst = Burst(
                rate=sum(b.rate for b in runs) / len(runs),
                done=min(b.done for b in runs),
                seconds=sum(b.seconds for b in runs) / len(runs),
                cpu_ms=sum(b.cpu_ms for b in runs) / len(runs),
            )
        return Baseline(burst, [*self.latencies, *after.latencies], self.broker_alone,
                        self.payload_size or after.payload_size, runs)


async def baseline(prefix: str, n: int, log_dir: str, do_throughput: bool, do_latency: bool,
                   broker_alone: bool = True) -> Baseline:
    """rawpipe's figures (burst, latency) and the raw broker's (``broker_alone``)."""
    result = Baseline()
    print(f"starting rawpipe ({prefix}_raw)", flush=True)
    async with rawpipe.RawPipe(f"{prefix}_raw", pg_dsn(POSTGRES_URL), AMQP_URL, log_dir) as raw:
        dsns = {name: raw.dsn(name) for name in ("contracts", *CONSUMERS)}

        async def write(ids: list[str]) -> None:
            await raw.write([(cid, customer_of(cid)) for cid in ids])

        async with Pipeline("rawpipe", prefix, write, dsns, raw.pids) as pipe:
            await pipe.warm_up()
            result.payload_size = await pipe.payload_size()
            if do_throughput:
                result.burst = await pipe.burst(n)
                b = result.burst
                print(f"  rawpipe: {b.done}/{n} planned in {b.seconds:.1f} s, {b.cpu_ms:.1f} ms CPU/event",
                      flush=True)
            if do_latency:
                result.latencies = await pipe.steady(RATE, RATE_SECONDS)
                print(f"  rawpipe: {len(result.latencies)} events at {RATE:g}/s", flush=True)
    if do_throughput and broker_alone:
        result.broker_alone = await rawmq.throughput(f"{prefix}.rawmq", n, result.payload_size)
    return result


# -- the suite -------------------------------------------------------------------------------------
def suite_pipeline(suite: LocalSuite, prefix: str, contracts_db: Database) -> Pipeline:
    async def write(ids: list[str]) -> None:
        async with UnitOfWork(contracts_db, source="contracts") as uow:
            for cid in ids:
                uow.emit(signed_event(cid), subject=cid, actor="sam")
            await uow.commit()

    def pids() -> list[int]:
        return [p.pid for p in suite.processes.values()]

    dsns = {name: pg_dsn(suite.database_url(name)) for name in ("contracts", *CONSUMERS)}
    return Pipeline("suite", prefix, write, dsns, pids)


def memory_figures(suite: LocalSuite) -> list[Figure]:
    figures = []
    for name in SERVICES:
        proc = suite.processes.get(name)
        peak = vm_hwm_mb(proc.pid) if proc is not None else None
        figures.append(Figure(
            f"5. peak RSS {name} (MB)", peak, None, "MB", f"<= {MEMORY_LIMIT_MB:.0f} MB", None,
            peak is not None and peak <= MEMORY_LIMIT_MB, "VmHWM after figure 1",
        ))
    return figures


def throughput_figures(suite: Burst, base: Baseline, n: int) -> list[Figure]:
    assert base.burst is not None
    raw = base.burst
    runs = " and ".join(f"{b.rate:.0f}/s, {b.cpu_ms:.1f} ms" for b in base.runs)
    return [
        higher_is_better("1. pipeline throughput (events/s)", suite.rate, raw.rate, "events/s",
                         MIN_THROUGHPUT_RATIO, f"{suite.done}/{n} planned in {suite.seconds:.1f} s; "
                         f"baseline: rawpipe, mean of its runs before and after the suite ({runs})"),
        Figure("1. raw broker alone (messages/s)", base.broker_alone, None, "messages/s", "-", None, None,
               "aio-pika, quorum queue, no database: reported, no target"),
        lower_is_better("1. CPU per contract event (ms)", suite.cpu_ms, raw.cpu_ms, "ms", MAX_CPU_RATIO,
                        "user+sys of the side's processes, PostgreSQL and RabbitMQ until every consumer "
                        "applied the burst, / N"),
    ]


def latency_figures(lat: Sequence[float], base: Sequence[float], count: int) -> list[Figure]:
    figures = []
    for p in (50, 95, 99):
        v, b = percentile(list(lat), p) * 1000, percentile(list(base), p) * 1000
        judged = p == 99
        figures.append(Figure(
            f"2. latency p{p} at {RATE:g}/s (ms)", v, b, "ms",
            f"<= baseline + {MAX_P99_EXTRA_MS:g} ms" if judged else "-", v / b if b else None,
            (v <= b + MAX_P99_EXTRA_MS) if judged else None,
            f"{len(lat)}/{count} events (suite), {len(base)} (rawpipe)" if judged else "",
        ))
    return figures


async def replica_figure(suite: LocalSuite, pipe: Pipeline, single: Burst | None) -> Figure:
    """A second process of every consumer service on the same queues, then a burst: each event
    applied exactly once, and the throughput."""
    print(f"  figure 6: a second process of {', '.join(REPLICATED)}; burst of {REPLICA_N}", flush=True)
    ports = consecutive_free_ports(len(REPLICATED))
    keys = [suite.start_replica(name, ports + i) for i, name in enumerate(REPLICATED)]
    try:
        await asyncio.to_thread(suite.wait_processes_ready, keys, 300.0)
        burst = await pipe.burst(REPLICA_N, tag="R")
        problems = await pipe.exactly_once("R", REPLICA_N)
    finally:
        for key in keys:
            suite.kill(key, signal.SIGTERM)
    base = single.rate if single is not None else None
    note = "; ".join(problems) if problems else (
        f"every event applied exactly once (projects, kpi trail and facts, risk changes, webhooks inbox); "
        f"{burst.seconds:.1f} s; baseline: one process each (figure 1)")
    return Figure("6. two replicas per consumer service (events/s)", burst.rate, base, "events/s",
                  "every event applied exactly once", burst.rate / base if base else None, not problems, note)


async def statements(suite: LocalSuite) -> dict[str, float]:
    """Each service's statements so far (ptp_db_statements_total on its /metrics)."""
    counted: dict[str, float] = {}
    async with httpx.AsyncClient(timeout=10) as client:
        for name in SERVICES:
            text = (await client.get(f"http://127.0.0.1:{suite.service_port(name)}/metrics")).text
            prefix = f'ptp_db_statements_total{{service="{name}"}} '
            counted[name] = sum(float(line[len(prefix):]) for line in text.splitlines()
                                if line.startswith(prefix))
    return counted


@dataclass
class Measured:
    """The suite's pipeline figures before they are set beside the baseline (``compared``)."""

    n: int
    burst: Burst | None = None
    latencies: Sequence[float] = ()
    memory: list[Figure] = field(default_factory=list)
    replicas: list[Figure] = field(default_factory=list)


async def run(suite: LocalSuite, prefix: str, n: int, payload_size: int, do_throughput: bool,
              do_latency: bool, do_replicas: bool) -> Measured:
    measured = Measured(n)
    contracts_db = Database(suite.database_url("contracts"), ContractsBase.metadata, pool_size=2)
    try:
        async with suite_pipeline(suite, prefix, contracts_db) as pipe:
            await pipe.warm_up()
            if do_throughput:
                print(f"  figure 1: burst of {n} contract.signed ({payload_size} B each)", flush=True)
                before = await statements(suite)
                measured.burst = single = await pipe.burst(n)
                after = await statements(suite)
                print(f"    suite: {single.done}/{n} planned in {single.seconds:.1f} s, "
                      f"{single.cpu_ms:.1f} ms CPU/event", flush=True)
                print("    suite: statements per contract: " + ", ".join(
                    f"{name} {(after[name] - before[name]) / n:.2f}" for name in SERVICES
                    if after[name] > before[name]), flush=True)
                measured.memory = memory_figures(suite)
            if do_latency:
                count = int(RATE * RATE_SECONDS)
                print(f"  figure 2: {count} events at {RATE:g}/s through contracts' outbox", flush=True)
                await wait_quiet(prefix)
                measured.latencies = await pipe.steady(RATE, RATE_SECONDS)
            if do_replicas:
                await wait_quiet(prefix)
                measured.replicas = [await replica_figure(suite, pipe, measured.burst)]
    finally:
        await contracts_db.dispose()
    return measured


def compared(measured: Measured, base: Baseline) -> list[Figure]:
    """Figures 1, 5, 2 and 6, each beside its baseline."""
    figures: list[Figure] = []
    if measured.burst is not None:
        figures += throughput_figures(measured.burst, base, measured.n)
    figures += measured.memory
    if measured.latencies:
        figures += latency_figures(measured.latencies, base.latencies, int(RATE * RATE_SECONDS))
    return figures + measured.replicas
