"""Figures 1, 2 and 5: the event pipeline contracts -> relay -> RabbitMQ -> projects.

Events are written the way the contracts service writes them: ContractSigned emitted through a
UnitOfWork on contracts' own Database (outbox row + pg_notify in the same transaction). The
contracts process's relay publishes them; the projects process plans one project per contract.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import zlib

import asyncpg
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_contracts.db.models import Base as ContractsBase
from ptp_suite import SERVICES
from ptp_suite.local import LocalSuite
from sqlalchemy.engine import make_url

from bench import rawmq
from bench.common import (
    LOW_RATE,
    LOW_SECONDS,
    RATE,
    RATE_SECONDS,
    Figure,
    higher_is_better,
    percentile,
    vm_hwm_mb,
)
from bench.suite import wait_quiet

WRITE_BATCH = 100  # events per transaction in the burst
CUSTOMERS = 500  # contracts are spread over this many customers (risk and kpi keep per-customer state)
MEMORY_LIMIT_MB = 200.0


def signed_event(contract_id: str) -> ContractSigned:
    customer = zlib.crc32(contract_id.encode()) % CUSTOMERS
    return ContractSigned.model_validate(
        {
            "contract_id": contract_id,
            "customer_id": f"CUST-{customer:04d}",
            "customer_name": "Bench Ltd",
            "owner": "sam",
            "title": f"Bench contract {contract_id}",
            "total": {"amount": "12000.00", "currency": "EUR"},
            "effective_date": "2026-03-01",
            "expiry_date": "2027-02-28",
            "scope": "benchmark delivery",
            "deliverables": [
                {"deliverable_id": "D-1", "name": "Design", "due_date": "2026-04-15"},
                {"deliverable_id": "D-2", "name": "Build", "due_date": "2026-07-31"},
            ],
            "milestones": [
                {"milestone_id": "M-1", "name": "Designed", "due_date": "2026-04-30",
                 "deliverable_ids": ["D-1"]},
                {"milestone_id": "M-2", "name": "Live", "due_date": "2026-08-15",
                 "deliverable_ids": ["D-2"]},
            ],
            "acceptance_criteria": [{"criterion_id": "AC-1", "description": "works as specified"}],
            "installments": [
                {"installment_id": "I-1", "amount": {"amount": "6000.00", "currency": "EUR"},
                 "trigger": "on_signing"},
                {"installment_id": "I-2", "amount": {"amount": "6000.00", "currency": "EUR"},
                 "trigger": "milestone", "milestone_id": "M-2"},
            ],
            "signed_at": dt.datetime(2026, 2, 27, 15, 0, tzinfo=dt.UTC),
        }
    )


def pg_dsn(suite: LocalSuite, service: str) -> str:
    return make_url(suite.database_url(service)).set(drivername="postgresql").render_as_string(
        hide_password=False
    )


class Pipeline:
    def __init__(self, suite: LocalSuite, prefix: str) -> None:
        self.suite = suite
        self.prefix = prefix
        self.contracts_db = Database(suite.database_url("contracts"), ContractsBase.metadata, pool_size=2)
        self.contracts: asyncpg.Connection | None = None
        self.projects: asyncpg.Connection | None = None

    async def __aenter__(self) -> Pipeline:
        self.contracts = await asyncpg.connect(pg_dsn(self.suite, "contracts"))
        self.projects = await asyncpg.connect(pg_dsn(self.suite, "projects"))
        return self

    async def __aexit__(self, *exc: object) -> None:
        for conn in (self.contracts, self.projects):
            if conn is not None:
                await conn.close()
        await self.contracts_db.dispose()

    def ids(self, tag: str, n: int) -> list[str]:
        return [f"{self.prefix}-{tag}-{i:06d}" for i in range(n)]

    async def write(self, ids: list[str]) -> None:
        async with UnitOfWork(self.contracts_db, source="contracts") as uow:
            for cid in ids:
                uow.emit(signed_event(cid), subject=cid, actor="sam")
            await uow.commit()

    async def planned(self, tag: str) -> int:
        assert self.projects is not None
        return int(await self.projects.fetchval(
            "SELECT count(*) FROM projects WHERE contract_id LIKE $1", f"{self.prefix}-{tag}-%"
        ))

    async def wait_planned(self, tag: str, n: int, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while True:
            count = await self.planned(tag)
            if count >= n or time.monotonic() > deadline:
                return count
            await asyncio.sleep(0.1)

    async def payload_size(self) -> int:
        assert self.contracts is not None
        return int(await self.contracts.fetchval(
            "SELECT avg(length(payload))::int FROM outbox WHERE event_type = 'contracts.contract.signed'"
        ))

    # -- figure 1 ----------------------------------------------------------------------------------
    async def warm_up(self) -> None:
        """One event end to end: the consumer is subscribed and every connection pool is warm."""
        ids = self.ids("W", 20)
        for cid in ids:
            await self.write([cid])
        if await self.wait_planned("W", len(ids), timeout=90) < len(ids):
            raise RuntimeError("warm-up events were not planned within 90 s; see the suite's logs")

    async def burst(self, n: int, timeout: float = 420) -> tuple[float, int, float]:
        """(events/s from the first outbox commit to the Nth project row, projects planned, seconds)."""
        ids = self.ids("B", n)
        for start in range(0, n, WRITE_BATCH):
            await self.write(ids[start : start + WRITE_BATCH])
        done = await self.wait_planned("B", n, timeout)
        assert self.contracts is not None and self.projects is not None
        first = await self.contracts.fetchval(
            "SELECT min(created_at) FROM outbox WHERE subject LIKE $1", f"{self.prefix}-B-%"
        )
        last = await self.projects.fetchval(
            "SELECT max(created_at) FROM projects WHERE contract_id LIKE $1", f"{self.prefix}-B-%"
        )
        seconds = (last - first).total_seconds()
        return done / seconds, done, seconds

    # -- figure 2 ----------------------------------------------------------------------------------
    async def steady(self, rate: float, seconds: float, tag: str = "L") -> list[float]:
        """Latencies (s): contracts' outbox row created_at -> projects' project.planned outbox row
        created_at (stamped just before each side's COMMIT), for one event per transaction at ``rate``."""
        ids = self.ids(tag, int(rate * seconds))
        started = time.monotonic()
        for i, cid in enumerate(ids):
            await asyncio.sleep(max(0.0, started + i / rate - time.monotonic()))
            await self.write([cid])
        await self.wait_planned(tag, len(ids), timeout=120)
        assert self.contracts is not None and self.projects is not None
        sent = {
            r["subject"]: r["created_at"]
            for r in await self.contracts.fetch(
                "SELECT subject, created_at FROM outbox WHERE subject LIKE $1", f"{self.prefix}-{tag}-%"
            )
        }
        done = await self.projects.fetch(
            "SELECT p.contract_id, o.created_at FROM projects p JOIN outbox o ON o.subject = p.id "
            "WHERE o.event_type = 'projects.project.planned' AND p.contract_id LIKE $1",
            f"{self.prefix}-{tag}-%",
        )
        return [(r["created_at"] - sent[r["contract_id"]]).total_seconds() for r in done]


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


async def run(suite: LocalSuite, prefix: str, n: int, do_throughput: bool, do_latency: bool) -> list[Figure]:
    figures: list[Figure] = []
    async with Pipeline(suite, prefix) as pipe:
        await pipe.warm_up()
        size = await pipe.payload_size()
        if do_throughput:
            print(f"  figure 1: burst of {n} contract.signed ({size} B each)", flush=True)
            value, done, seconds = await pipe.burst(n)
            print(f"    suite: {done}/{n} projects in {seconds:.1f} s", flush=True)
            waited = await wait_quiet(prefix)  # kpi and risk finish their share of the burst
            print(f"    (waited {waited:.0f} s for kpi and risk to drain the burst)", flush=True)
            figures.extend(memory_figures(suite))
            base = await rawmq.throughput(f"{prefix}.raw", n, size)
            note = f"{done}/{n} planned in {seconds:.1f} s; baseline: raw aio-pika, quorum queue"
            figures.insert(0, higher_is_better("1. pipeline throughput (events/s)", value, base, "events/s",
                                               0.5, note))
        if do_latency:
            count = int(RATE * RATE_SECONDS)
            print(f"  figure 2: {count} events at {RATE:g}/s through contracts' outbox", flush=True)
            await wait_quiet(prefix)
            lat = await pipe.steady(RATE, RATE_SECONDS)
            base = await rawmq.latency(f"{prefix}.rawlat", RATE, RATE_SECONDS, size)
            for p in (50, 95, 99):
                v, b = percentile(lat, p) * 1000, percentile(base, p) * 1000
                target = p == 99
                figures.append(Figure(
                    f"2. latency p{p} (ms)", v, b, "ms", "<= baseline + 50 ms" if target else "-",
                    v / b if b else None, (v <= b + 50) if target else None,
                    f"{len(lat)}/{count} events at {RATE:g}/s" if target else "",
                ))
            # The same at a rate the pipeline sustains on this machine: latency without queueing.
            await wait_quiet(prefix)
            print(f"  figure 2 (informational): {int(LOW_RATE * LOW_SECONDS)} events at {LOW_RATE:g}/s",
                  flush=True)
            lat = await pipe.steady(LOW_RATE, LOW_SECONDS, tag="K")
            base = await rawmq.latency(f"{prefix}.rawlow", LOW_RATE, LOW_SECONDS, size)
            for p in (50, 99):
                v, b = percentile(lat, p) * 1000, percentile(base, p) * 1000
                figures.append(Figure(
                    f"2. latency p{p} at {LOW_RATE:g}/s (ms)", v, b, "ms", "(info) <= baseline + 50 ms",
                    v / b if b else None, None, f"{len(lat)} events" if p == 99 else "",
                ))
    return figures
