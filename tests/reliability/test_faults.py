"""Fault scenarios through the real contracts -> projects pipeline (processes, PostgreSQL, RabbitMQ).

Each scenario writes a burst of ``RELIABILITY_BURST`` (default 1000) contract.signed events into
the contracts outbox, breaks something mid-burst, and then checks: every contract planned exactly
once, nothing lost, nothing left unsent in either outbox, duplicates suppressed and parked counted.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable
from pathlib import Path

import httpx
import pytest
from ptp_common.testing.waiting import eventually
from reliability_pipeline import ADMIN, BURST, RESULTS, Pipeline, pipeline
from sqlalchemy import text

pytestmark = pytest.mark.integration

OUTAGE_SECONDS = 3.0  # broker connections cut for this long
DB_OUTAGE_SECONDS = 10.0  # the consumer's database unreachable for this long


async def start_burst(p: Pipeline, n: int = BURST) -> asyncio.Task[list[str]]:
    return asyncio.create_task(p.write_burst(n))


async def test_1_broker_connections_cut_mid_burst(tmp_path: Path) -> None:
    async with pipeline(tmp_path, proxy_broker=True) as p:
        assert p.broker_proxy is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        await p.broker_proxy.cut()
        await asyncio.sleep(OUTAGE_SECONDS)  # the fault must last this long
        p.broker_proxy.restore()
        await writer
        await p.verify(f"1 broker connections cut {OUTAGE_SECONDS:.0f} s mid-burst")
        for consumer in ("contracts", "projects"):
            assert await p.queue_consumers(consumer) == 1, f"{consumer} did not resume consuming"


async def test_1b_broker_connections_flapping_mid_burst(tmp_path: Path) -> None:
    """The broker link drops again while the clients are still re-establishing their channels."""
    async with pipeline(tmp_path, proxy_broker=True) as p:
        assert p.broker_proxy is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        deadline = asyncio.get_running_loop().time() + 2 * OUTAGE_SECONDS
        while asyncio.get_running_loop().time() < deadline:  # the fault must last this long
            await p.broker_proxy.cut()
            await asyncio.sleep(1.0)
            p.broker_proxy.restore()
            await asyncio.sleep(0.3)
        await writer
        await p.verify(f"1b broker connections flapping {2 * OUTAGE_SECONDS:.0f} s mid-burst")
        for consumer in ("contracts", "projects"):
            assert await p.queue_consumers(consumer) == 1, f"{consumer} did not resume consuming"


async def test_2_consumer_process_sigkilled_mid_burst_and_restarted(tmp_path: Path) -> None:
    async with pipeline(tmp_path) as p:
        writer = await start_burst(p)
        await p.wait_effects(BURST // 3)
        p.duplicates_before_restart = await p.scrape_duplicates()
        await p.kill("projects")
        killed_at = await p.effects()
        assert killed_at < BURST, "the burst was over before the kill; nothing was tested"
        await writer
        await p.start("projects")
        await p.verify("2 consumer (projects) SIGKILLed mid-burst")


async def test_3_relay_killed_between_publish_and_mark_sent(tmp_path: Path) -> None:
    """SIGKILL the contracts process mid-burst, and put back published_at = NULL on rows it had
    already published (a crash after the broker confirmed and before the rows were marked): those
    events go out twice and the consumer must drop the second copy."""
    async with pipeline(tmp_path) as p:
        writer = await start_burst(p)
        await p.wait_effects(BURST // 3)
        await p.kill("contracts")
        await writer
        async with p.contracts_db.engine.begin() as conn:
            reset = (
                await conn.execute(
                    text(
                        "UPDATE outbox SET published_at = NULL WHERE seq IN (SELECT seq FROM outbox "
                        "WHERE published_at IS NOT NULL ORDER BY seq LIMIT :n)"
                    ),
                    {"n": BURST // 5},
                )
            ).rowcount
        assert reset == BURST // 5
        await p.start("contracts")
        # The re-sent copies arrive after the effects are complete: wait for them to be dropped.
        await eventually(
            lambda: _at_least(p.duplicates_suppressed(), reset), timeout=60, what="re-sent copies suppressed"
        )
        result = await p.verify("3 relay SIGKILLed; sent rows re-marked unsent")
        assert result.duplicates_suppressed >= reset, "re-sent events were not all suppressed by the inbox"


async def test_4_consumer_database_unreachable_for_10_s(tmp_path: Path) -> None:
    async with pipeline(tmp_path, proxy_projects_db=True) as p:
        assert p.db_proxy is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        await p.db_proxy.cut()
        await asyncio.sleep(1.0)  # part of the outage: commits already on the wire may still land
        during = await p.effects()
        await asyncio.sleep(DB_OUTAGE_SECONDS - 1.0)  # the fault must last this long
        assert await p.effects() == during, "projects wrote while its database was unreachable?"
        p.db_proxy.restore()
        await writer
        # An unreachable database spends no attempts: nothing is parked, nothing needs a replay.
        await p.verify(f"4 consumer database unreachable {DB_OUTAGE_SECONDS:.0f} s")


async def test_4b_consumer_database_unavailable_10_s_parks_nothing(tmp_path: Path) -> None:
    """The outage made deterministic: for 10 s the projects database answers every write of the
    handler with SQLSTATE 57P03 (cannot_connect_now, 'the database system is starting up'), the
    error a database in recovery or failover gives, while parking would still work. Nothing may be
    parked (an earlier consumer spent its attempts and parked here); every effect applies once."""
    async with pipeline(tmp_path) as p:
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        async with p.projects_db.engine.begin() as conn:
            await conn.execute(
                text(
                    "CREATE FUNCTION rel_unavailable() RETURNS trigger AS $$ BEGIN "
                    "RAISE EXCEPTION USING ERRCODE = '57P03', "
                    "MESSAGE = 'the database system is starting up'; "
                    "END $$ LANGUAGE plpgsql"
                )
            )
            await conn.execute(
                text(
                    "CREATE TRIGGER rel_unavailable BEFORE INSERT ON projects "
                    "FOR EACH ROW EXECUTE FUNCTION rel_unavailable()"
                )
            )
        await asyncio.sleep(DB_OUTAGE_SECONDS)  # the fault must last this long
        async with p.projects_db.engine.begin() as conn:
            await conn.execute(text("DROP TRIGGER rel_unavailable ON projects"))
        await writer
        await p.verify(f"4b consumer database unavailable (57P03) {DB_OUTAGE_SECONDS:.0f} s")


async def _at_least(count: Awaitable[int], minimum: int) -> bool:
    return await count >= minimum


async def rabbitmqctl(*args: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        shutil.which("rabbitmqctl") or "rabbitmqctl",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, f"rabbitmqctl {' '.join(args)}: {out.decode()}"


async def test_5_broker_restarted_mid_burst(tmp_path: Path) -> None:
    async with pipeline(tmp_path) as p:
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        try:
            await rabbitmqctl("stop_app")
        finally:
            await rabbitmqctl("start_app")  # keep the outage short: other tests share this broker
        await rabbitmqctl("await_startup")
        await writer
        await p.verify("5 broker restarted (stop_app/start_app)")

        async def consumers_back() -> bool:
            counts = [await p.queue_consumers(c) for c in ("contracts", "projects")]
            return counts == [1, 1]

        await eventually(consumers_back, timeout=60, what="one consumer on each service queue again")


async def test_6_poison_message_parked_others_flow_replay_applies_once(tmp_path: Path) -> None:
    async with pipeline(tmp_path) as p:
        poison = f"{p.prefix}-POISON"
        async with p.projects_db.engine.begin() as conn:
            # A defect only this contract hits (a bad row, a missing reference...): every attempt fails.
            await conn.execute(
                text(
                    "CREATE FUNCTION rel_poison() RETURNS trigger AS $$ BEGIN "
                    f"IF NEW.contract_id = '{poison}' THEN "
                    "RAISE EXCEPTION 'cannot plan %: defect under test', NEW.contract_id; END IF; "
                    "RETURN NEW; END $$ LANGUAGE plpgsql"
                )
            )
            await conn.execute(
                text(
                    "CREATE TRIGGER rel_poison BEFORE INSERT ON projects "
                    "FOR EACH ROW EXECUTE FUNCTION rel_poison()"
                )
            )
        first = await p.write_burst(BURST // 2, tag="A")
        from ptp_common.db.uow import UnitOfWork
        from reliability_pipeline import signed_event

        async with UnitOfWork(p.contracts_db, source="contracts") as uow:
            uow.emit(signed_event(poison), subject=poison, actor="sam")
            await uow.commit()
        p.sent_ids.append(poison)
        await p.write_burst(BURST - BURST // 2 - 1, tag="B")
        assert len(first) + 1 <= len(p.sent_ids) == BURST

        result = await p.verify("6 poison message parked, replayed after fix", expected_parked=1)
        async with httpx.AsyncClient(base_url=f"{p.base_url('projects')}/api/v1", headers=ADMIN) as api:
            [parked] = (await api.get("/admin/dead-letters")).json()
            assert parked["attempts"] == 5
            assert "cannot plan" in parked["error"] and poison in parked["error"]
            async with p.projects_db.engine.begin() as conn:  # the fix
                await conn.execute(text("DROP TRIGGER rel_poison ON projects"))
            replayed = await api.post(f"/admin/dead-letters/{parked['id']}/replay")
            assert replayed.status_code == 200 and replayed.json() == {"outcome": "handled"}
            again = await api.post(f"/admin/dead-letters/{parked['id']}/replay")
            assert again.status_code == 409
        await p.wait_quiet(BURST)
        assert await p.effects() == BURST
        assert await p.parked() == 0
        assert await p.duplicated_effects() == 0
        assert await p.planned_events() == BURST
        result.effects = await p.effects()
        result.scenario += f" (effects after replay; {result.parked} parked before)"
        assert RESULTS[-1] is result
