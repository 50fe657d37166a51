"""Fault scenarios through real processes: contracts -> projects, risk, kpi (PostgreSQL, RabbitMQ).

Each scenario writes a burst of ``RELIABILITY_BURST`` (default 1000) contract.signed events into
the contracts outbox, breaks something mid-burst, and then checks in every consumer's database:
every event applied exactly once (lost 0, duplicated effects 0, applications 0 beyond the
effects), every outbox drained, kpi's hash chain intact, parked as expected.
``PTP_RELIABILITY_FULL=1`` makes the outages longer.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable
from pathlib import Path

import httpx
import pytest
from ptp_common.db.uow import UnitOfWork
from ptp_common.testing.waiting import eventually
from reliability_pipeline import (
    ADMIN,
    BURST,
    CONSUMERS,
    FULL,
    RESULTS,
    Pipeline,
    pipeline,
    rabbitmqctl,
    signed_event,
)
from sqlalchemy import text

pytestmark = pytest.mark.integration

OUTAGE_SECONDS = 10.0 if FULL else 3.0  # broker connections cut for this long
STALL_SECONDS = 70.0 if FULL else 12.0  # silent partition: past the publish timeout (10 s); FULL: heartbeats
DB_OUTAGE_SECONDS = 30.0 if FULL else 10.0  # the consumers' databases unreachable for this long
KILLS = 3  # consumer SIGKILLs in the crash-loop scenario: past PTP_QUEUE_DELIVERY_LIMIT=2


async def start_burst(p: Pipeline, n: int = BURST) -> asyncio.Task[list[str]]:
    return asyncio.create_task(p.write_burst(n))


async def _at_least(count: Awaitable[int], minimum: int) -> bool:
    return await count >= minimum


async def consuming_again(p: Pipeline) -> None:
    async def back() -> bool:
        return [await p.queue_consumers(c) for c in ("contracts", *CONSUMERS)] == [1, 1, 1, 1]

    await eventually(back, timeout=60, what="one consumer on each service queue again")


# -- broker ------------------------------------------------------------------------------------
async def test_1_broker_connections_reset_mid_burst(tmp_path: Path) -> None:
    async with pipeline(tmp_path, proxy_broker=True) as p:
        assert p.broker_proxy is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        await p.broker_proxy.cut()
        await asyncio.sleep(OUTAGE_SECONDS)  # the fault must last this long
        p.broker_proxy.restore()
        await writer
        await p.verify(f"1 broker connections reset, {OUTAGE_SECONDS:.0f} s refused")
        await consuming_again(p)


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
        await p.verify(f"1b broker flapping (1 s cut / 0.3 s up) {2 * OUTAGE_SECONDS:.0f} s")
        await consuming_again(p)


async def test_1c_broker_silent_stall_mid_burst(tmp_path: Path) -> None:
    """A silent partition: connections stay open but no byte moves, in either direction, for
    longer than the relay's publish timeout (its confirms never come; the batch is re-sent
    later, and the first copies arrive too when the link resumes: duplicates for the inboxes)."""
    async with pipeline(tmp_path, proxy_broker=True) as p:
        assert p.broker_proxy is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        p.broker_proxy.stall()
        await asyncio.sleep(1.0)
        during = (await p.consumed("projects")).effects
        await asyncio.sleep(STALL_SECONDS - 1.0)  # the fault must last this long
        stalled_effects = (await p.consumed("projects")).effects
        p.broker_proxy.restore()
        await writer
        assert stalled_effects - during <= 16 * 2, "messages moved through a stalled link?"
        await p.verify(f"1c broker silent stall {STALL_SECONDS:.0f} s")
        await consuming_again(p)


async def test_5_broker_restart_simulated_in_own_vhost(tmp_path: Path) -> None:
    """A broker restart as the clients see it, without stopping the shared broker: the pipeline
    runs in a vhost of its own, reached through the proxy; the broker closes every connection of
    that vhost (``rabbitmqctl close_all_connections -p``: connection.close 320 CONNECTION_FORCED,
    what a stopping broker sends) and new connections are refused for a few seconds, as while it
    boots. Queues and messages are not restarted (their recovery from disk is not exercised)."""
    async with pipeline(tmp_path, proxy_broker=True, own_vhost=True) as p:
        assert p.broker_proxy is not None and p.vhost is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        p.broker_proxy.accepting = False  # "down": new connections refused
        await rabbitmqctl("close_all_connections", "-p", p.vhost, "simulated broker restart")
        await asyncio.sleep(OUTAGE_SECONDS)
        p.broker_proxy.restore()
        await writer
        await p.verify(f"5 broker restart (vhost: forced close, {OUTAGE_SECONDS:.0f} s refused)")
        await consuming_again(p)


# -- processes ---------------------------------------------------------------------------------
async def test_2_consumers_sigkilled_mid_burst_and_restarted(tmp_path: Path) -> None:
    async with pipeline(tmp_path) as p:
        writer = await start_burst(p)
        await p.wait_effects(BURST // 3)
        await p.kill(*CONSUMERS)
        killed_at = (await p.consumed("projects")).effects
        assert killed_at < BURST, "the burst was over before the kill; nothing was tested"
        await writer
        await p.start(*CONSUMERS)
        await p.verify("2 consumers (projects, risk, kpi) SIGKILLed mid-burst")


async def crash_relay_mid_burst(p: Pipeline) -> int:
    """contracts runs with the test-only crash point: its relay SIGKILLs its own process once
    BURST // 3 rows are confirmed by the broker, before marking them sent. Returns how many rows
    of the last batch were published and not marked (they go out again after the restart)."""
    writer = await start_burst(p)
    code = await p.wait_exit("contracts")
    assert code == -9, f"contracts exited with {code}, not by its crash point"
    await writer
    log = (p.tmp / "logs" / "contracts.log").read_text()
    found = re.search(r"test crash point: (\d+) rows confirmed \(last batch (\d+)\)", log)
    assert found, "the crash point's log line is missing"
    unmarked = int(found.group(2))
    assert await p.unsent("contracts") >= unmarked
    p.suite.service_env["contracts"] = {}  # restarted without the crash point
    await p.start("contracts")
    return unmarked


CRASH_ENV = {"contracts": {"PTP_TEST_RELAY_CRASH_AFTER_PUBLISH": str(BURST // 3)}}


async def test_3_relay_crashes_between_publish_and_mark_sent(tmp_path: Path) -> None:
    """A real crash at the worst point: the broker confirmed a batch, the rows are not marked
    sent. After the restart the batch goes out again; every consumer drops the second copies."""
    async with pipeline(tmp_path, service_env=dict(CRASH_ENV)) as p:
        unmarked = await crash_relay_mid_burst(p)
        resent = unmarked * len(CONSUMERS)
        await eventually(
            lambda: _at_least(p.duplicates_suppressed(), resent), timeout=90, what="re-sent copies suppressed"
        )
        result = await p.verify(f"3 relay crash point after publish ({unmarked} re-sent)")
        assert result.duplicates_suppressed >= resent


async def test_3b_inbox_disabled_the_duplicate_check_fails(tmp_path: Path) -> None:
    """The same crash with the consumers' inbox switched off (PTP_TEST_DISABLE_INBOX, PTP_ENV=test
    only): the re-sent copies are applied again, and the check must say so."""
    async with pipeline(tmp_path, service_env=dict(CRASH_ENV), env={"PTP_TEST_DISABLE_INBOX": "1"}) as p:
        unmarked = await crash_relay_mid_burst(p)

        async def applied_again() -> bool:
            handled = [await p.counted(c, "handled") for c in CONSUMERS]
            return sum(handled) >= len(CONSUMERS) * (BURST + unmarked)

        await eventually(applied_again, timeout=90, what="re-sent copies applied again")
        with pytest.raises(AssertionError, match=r"applied twice|duplicated effects") as caught:
            await p.verify(f"3b inbox OFF, relay crash ({unmarked} re-sent): check FAILS")
        result = RESULTS[-1]
        assert result.applied_twice >= unmarked * len(CONSUMERS), caught.value
        assert result.duplicates_suppressed == 0  # nothing suppressed: the inbox is off
        assert result.lost == 0


# -- databases ---------------------------------------------------------------------------------
async def test_4_consumer_databases_unreachable(tmp_path: Path) -> None:
    async with pipeline(tmp_path, proxy_consumer_dbs=True) as p:
        assert p.db_proxy is not None
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        await p.db_proxy.cut()
        await asyncio.sleep(1.0)  # part of the outage: commits already on the wire may still land
        during = (await p.consumed("kpi")).effects
        await asyncio.sleep(DB_OUTAGE_SECONDS - 1.0)  # the fault must last this long
        assert (await p.consumed("kpi")).effects == during, "kpi wrote while its database was unreachable?"
        p.db_proxy.restore()
        await writer
        # An unreachable database spends no attempts: nothing is parked, nothing needs a replay.
        await p.verify(f"4 consumers' databases unreachable {DB_OUTAGE_SECONDS:.0f} s")


UNAVAILABLE_TABLES = {"projects": "projects", "risk": "credit_contract_facts", "kpi": "trail_records"}


async def test_4b_consumer_databases_unavailable_57P03_parks_nothing(tmp_path: Path) -> None:
    """The outage made deterministic: for 10 s each consumer's database answers the handler's
    inserts with SQLSTATE 57P03 (cannot_connect_now, what a database in recovery or failover
    gives) while parking would still work. Nothing may be parked; every effect applies once."""
    async with pipeline(tmp_path) as p:
        writer = await start_burst(p)
        await p.wait_effects(BURST // 4)
        for consumer, table in UNAVAILABLE_TABLES.items():
            async with p.dbs[consumer].engine.begin() as conn:
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
                        f"CREATE TRIGGER rel_unavailable BEFORE INSERT ON {table} "
                        "FOR EACH ROW EXECUTE FUNCTION rel_unavailable()"
                    )
                )
        await asyncio.sleep(DB_OUTAGE_SECONDS)  # the fault must last this long
        for consumer, table in UNAVAILABLE_TABLES.items():
            async with p.dbs[consumer].engine.begin() as conn:
                await conn.execute(text(f"DROP TRIGGER rel_unavailable ON {table}"))
        await writer
        await p.verify(f"4b consumers' databases answer 57P03 {DB_OUTAGE_SECONDS:.0f} s")


# -- messages ----------------------------------------------------------------------------------
# Where each consumer applies a signed contract, and the column naming the contract there.
POISONED_TABLES = {
    "projects": ("projects", "contract_id"),
    "risk": ("credit_contract_facts", "contract_id"),
    "kpi": ("trail_records", "subject"),
}


async def test_6_poison_message_parked_others_flow_replay_applies_once(tmp_path: Path) -> None:
    async with pipeline(tmp_path) as p:
        poison = f"{p.prefix}-POISON-{BURST:05d}"
        for consumer, (table, column) in POISONED_TABLES.items():
            async with p.dbs[consumer].engine.begin() as conn:
                # A defect only this contract hits in each consumer (a bad row, a missing
                # reference...): its handler fails on it every time, the others go through.
                await conn.execute(
                    text(
                        "CREATE FUNCTION rel_poison() RETURNS trigger AS $$ BEGIN "
                        f"IF NEW.{column} = '{poison}' THEN "
                        f"RAISE EXCEPTION 'cannot apply %: defect under test', NEW.{column}; END IF; "
                        "RETURN NEW; END $$ LANGUAGE plpgsql"
                    )
                )
                await conn.execute(
                    text(
                        f"CREATE TRIGGER rel_poison BEFORE INSERT ON {table} "
                        "FOR EACH ROW EXECUTE FUNCTION rel_poison()"
                    )
                )
        await p.write_burst(BURST // 2, tag="A")
        async with UnitOfWork(p.dbs["contracts"], source="contracts") as uow:
            uow.emit(signed_event(poison), subject=poison, actor="sam")
            await uow.commit()
        p.sent_ids.append(poison)
        await p.write_burst(BURST - BURST // 2 - 1, tag="B")
        assert len(p.sent_ids) == BURST

        # one parked in each consumer, every other event applied everywhere
        result = await p.verify("6 poison message parked (each consumer)", expected_parked=len(CONSUMERS))
        assert result.effects == {c: BURST - 1 for c in CONSUMERS}
        for consumer, (table, _column) in POISONED_TABLES.items():
            assert await p.parked(consumer) == 1, consumer
            async with httpx.AsyncClient(base_url=f"{p.base_url(consumer)}/api/v1", headers=ADMIN) as api:
                [parked] = (await api.get("/admin/dead-letters")).json()["items"]
                assert parked["attempts"] == 5
                assert "defect under test" in parked["error"] and poison in parked["error"], consumer
                async with p.dbs[consumer].engine.begin() as conn:  # the fix
                    await conn.execute(text(f"DROP TRIGGER rel_poison ON {table}"))
                replayed = await api.post(f"/admin/dead-letters/{parked['id']}/replay")
                assert replayed.status_code == 200 and replayed.json() == {"outcome": "handled"}
                again = await api.post(f"/admin/dead-letters/{parked['id']}/replay")
                assert again.status_code == 409
        after = await p.verify("6 ... after the fix and one replay each")
        assert after.effects == {c: BURST for c in CONSUMERS} and after.parked == 0


# -- topology: nothing lost before a queue exists ----------------------------------------------
async def test_7_producer_before_its_consumers_ever_ran(tmp_path: Path) -> None:
    """A fresh installation where contracts starts (and publishes) before projects, risk and kpi
    ever ran: contracts declared every installed service's queue at start, so the whole burst is
    published and waits in their queues; once they start, every event is applied once."""
    async with pipeline(tmp_path, start=("contracts",)) as p:
        await p.write_burst(BURST)

        async def published() -> bool:
            return await p.unsent("contracts") == 0

        await eventually(published, timeout=120, what="the whole burst published")
        for consumer in CONSUMERS:
            consumers, ready = await p.queue_status(consumer)
            assert consumers == 0 and ready >= BURST, f"{consumer} queue: {consumers}, {ready} ready"
        async with httpx.AsyncClient(timeout=5) as client:
            body = (await client.get(f"{p.base_url('contracts')}/metrics")).text
        assert 'ptp_outbox_unroutable_total{service="contracts"}' not in body or re.search(
            r'ptp_outbox_unroutable_total\{service="contracts"\} 0\.0', body
        )
        await p.start(*CONSUMERS)
        await p.verify("7 producer before its consumers ever ran")


# -- crash loop past the delivery limit --------------------------------------------------------
LOCKED_TABLES = {"projects": "projects", "risk": "credit_contract_facts", "kpi": "trail_records"}


async def test_8_crash_loop_past_the_delivery_limit_parks_nothing(tmp_path: Path) -> None:
    """Each consumer hangs on a lock with its prefetched messages in flight and is SIGKILLed (as a
    liveness probe would), three times, past the queues' delivery limit (2 here): the broker
    dead-letters those messages although no handler ever rejected one. They are held, not parked,
    and replayed automatically once the consumer has been healthy for 3 s."""
    env = {"PTP_QUEUE_DELIVERY_LIMIT": "2", "PTP_AUTO_REPLAY_AFTER_SECONDS": "3"}
    async with pipeline(tmp_path, env=env) as p:
        locks = {}
        for consumer, table in LOCKED_TABLES.items():
            conn = await p.dbs[consumer].engine.connect()
            await conn.execute(text(f"LOCK TABLE {table} IN EXCLUSIVE MODE"))
            locks[consumer] = conn
        try:
            await p.write_burst(BURST)
            for _ in range(KILLS):
                await asyncio.sleep(2.0)  # the consumers take their prefetch and hang on the lock
                await p.kill(*CONSUMERS)
                await p.start(*CONSUMERS)

            async def dead_lettered() -> bool:
                return all([await p.parked(c, "held") > 0 for c in CONSUMERS])

            await eventually(dead_lettered, timeout=60, what="delivery-limit dead letters held in each")
            held = {c: await p.parked(c, "held") for c in CONSUMERS}
            assert await p.parked() == 0
        finally:
            for conn in locks.values():
                await conn.rollback()
                await conn.close()
        result = await p.verify(
            f"8 crash loop: {KILLS} SIGKILLs, delivery limit 2, held {sum(held.values())}"
        )
        for consumer in CONSUMERS:
            assert await p.parked(consumer, "held") == 0
            # Every delivery-limit dead letter was replayed: the ones counted held above, and any the
            # broker dead-lettered after that count (a killed consumer's prefetch can arrive late).
            counts = await p.rows(
                consumer,
                "SELECT status, count(*) FROM dead_letters "
                "WHERE error LIKE '%delivery limit%' GROUP BY status",
            )
            by_status = {status: n for status, n in counts}
            replayed = by_status.pop("replayed", 0)
            assert not by_status and replayed >= held[consumer] > 0, (consumer, by_status, replayed, held)
            async with httpx.AsyncClient(timeout=5) as client:
                body = (await client.get(f"{p.base_url(consumer)}/metrics")).text
            auto = sum(
                float(line.rsplit(" ", 1)[1])
                for line in body.splitlines()
                if line.startswith("ptp_dead_letters_auto_replayed_total{")
            )
            assert auto == replayed, (consumer, auto, replayed)
        result.scenario += f" {held}"
