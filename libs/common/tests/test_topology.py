"""Nothing lost before a queue exists; crash-loop dead letters held and replayed, not parked.

- The relay publishes ``mandatory``: an event no queue takes is returned by the broker and stays
  unsent in the outbox (metric, log line) until a queue is there, then goes out.
- A bus given the consumers' topology declares their queues before its first publish, so events
  published before a consumer ever ran wait in its queue.
- A message the broker dead-lettered at the delivery limit is held and replayed by
  ``auto_replay_held``; one that keeps failing ends parked after the bounded replays.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import pytest
from messaging_stack import Stack, build_stack, count_seen, unsent
from prometheus_client import REGISTRY
from ptp_common.messaging import dead_letters
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.service import topology
from ptp_common.testing.waiting import eventually
from test_messaging import create_widget


@pytest.fixture
def stack_config(request: pytest.FixtureRequest, tmp_path: Path) -> Stack:
    """The broker tests: PostgreSQL and RabbitMQ (the stack fixture stops the runtimes)."""
    return build_stack("postgres+rabbitmq", request, tmp_path)


def unroutable_count(service: str) -> float:
    return REGISTRY.get_sample_value("ptp_outbox_unroutable_total", {"service": service}) or 0.0


def test_topology_covers_every_installed_consuming_service() -> None:
    from common_sample import BetaBase, PoisonSwitch, beta_handlers
    from ptp_common.service import ServiceDefinition, known_services

    sample = ServiceDefinition(
        name="beta",
        title="beta",
        description="sample",
        base=BetaBase,
        migrations_package="",
        handlers=beta_handlers(PoisonSwitch()),
    )
    found = topology(sample)
    assert found["beta"] == ["sample.widget.created"]
    installed = {name for name, d in known_services().items() if d.handlers}
    assert set(found) == installed | {"beta"}
    if "kpi" in installed:  # the suite's services are installed in this environment
        assert found["kpi"] == ["#"] and "contracts.contract.signed" in found["projects"]
    assert topology(sample, all_installed=False) == {"beta": ["sample.widget.created"]}


@pytest.mark.integration
async def test_unroutable_event_stays_in_the_outbox_until_a_queue_takes_it(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    alpha = await stack.runtime("alpha", consumer=False)
    await stack.start(alpha)
    before = unroutable_count("alpha")
    with caplog.at_level(logging.WARNING, logger="ptp_common.messaging.relay"):
        await create_widget(alpha, "nobody-listens-yet")
        await eventually(
            lambda: _true(unroutable_count("alpha") > before), timeout=20, what="the event returned"
        )
    assert await unsent(alpha) == 1, "a returned event must stay unsent"
    assert any("unroutable" in r.getMessage() for r in caplog.records)

    beta = await stack.runtime("beta", consumer=True)  # declares and binds its queue
    await stack.start(beta)

    async def delivered() -> bool:
        return await count_seen(beta) == 1 and await unsent(alpha) == 0

    await eventually(delivered, timeout=30, what="the kept event delivered once a queue exists")


@pytest.mark.integration
async def test_queues_declared_before_the_first_publish_keep_events_for_a_consumer_not_yet_started(
    stack: Stack,
) -> None:
    names = stack.rabbit_names
    alpha = await stack.runtime(
        "alpha",
        consumer=False,
        bus=RabbitMQBus(
            stack.amqp_url,
            exchange=names.exchange,
            queue_prefix=names.queue_prefix,
            topology={"beta": ["sample.widget.created"]},
        ),
    )
    await stack.start(alpha)
    before = unroutable_count("alpha")
    for i in range(20):
        await create_widget(alpha, f"early-{i}")

    async def published() -> bool:
        return await unsent(alpha) == 0

    await eventually(published, timeout=20, what="all 20 published into beta's queue")
    assert unroutable_count("alpha") == before
    beta = await stack.runtime("beta", consumer=True)
    await stack.start(beta)

    async def all_seen() -> bool:
        return await count_seen(beta) == 20

    await eventually(all_seen, timeout=30, what="all 20 applied once beta starts")


def _dead_letter(env_json: str, message_id: str, reason: str) -> IncomingMessage:
    return IncomingMessage(
        message_id=message_id,
        routing_key="beta",  # a dead letter's routing key is the consumer's name
        body=env_json.encode(),
        headers={"x-first-death-reason": reason, "x-death": f"[{{'reason': '{reason}'}}]"},
    )


async def _envelope_json(stack: Stack, name: str) -> tuple[str, str]:
    """An event as the relay would send it: (its id, its JSON), from a producer's outbox."""
    alpha = await stack.runtime(f"alpha-{name}", consumer=False)
    await create_widget(alpha, name)
    async with alpha.db.sessions() as session:
        from sqlalchemy import select

        row = (await session.execute(select(alpha.db.outbox.c.event_id, alpha.db.outbox.c.payload))).one()
    return row.event_id, row.payload


async def test_delivery_limit_dead_letter_is_held_and_replayed_once_other_reasons_parked(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    stack = build_stack("sqlite+inprocess", request, tmp_path)
    beta = await stack.runtime("beta", consumer=True)
    assert beta.consumer is not None
    good_id, good = await _envelope_json(stack, "crash-looped")
    bad_id, bad = await _envelope_json(stack, "always-fails")
    rejected_id, rejected = await _envelope_json(stack, "rejected")
    assert json.loads(good)["type"] == "sample.widget.created"

    assert (
        await dead_letters.take_broker_dead_letter(
            beta.db, beta.consumer, _dead_letter(good, good_id, "delivery_limit")
        )
        == dead_letters.HELD
    )
    await dead_letters.take_broker_dead_letter(
        beta.db, beta.consumer, _dead_letter(bad, bad_id, "delivery_limit")
    )
    assert (
        await dead_letters.take_broker_dead_letter(
            beta.db, beta.consumer, _dead_letter(rejected, rejected_id, "rejected")
        )
        == dead_letters.PARKED
    )
    assert await dead_letters.count_held(beta.db) == 2
    assert await dead_letters.count_parked(beta.db) == 1
    [held_row] = [
        h for h in await dead_letters.list_parked(beta.db, status="held") if h.message_id == good_id
    ]
    assert held_row.event_type == "sample.widget.created"

    stack.switch.failing.add("always-fails")
    done = await dead_letters.auto_replay_held(beta.db, beta.consumer, max_replays=2)
    assert done == {"handled": 1, "parked": 1}  # the failing one's handler failed: parked by it
    assert await count_seen(beta) == 1
    assert await dead_letters.count_held(beta.db) == 0
    assert await dead_letters.count_parked(beta.db) == 2
    # Applied once: already in the inbox, a second dead letter of it is not stored.
    assert (
        await dead_letters.take_broker_dead_letter(
            beta.db, beta.consumer, _dead_letter(good, good_id, "delivery_limit")
        )
        == "already_applied"
    )


async def test_held_message_replayed_too_often_is_parked_for_a_person(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Replays are counted before they run, so a message that kills its consumer during the
    replay still uses one up; after max_replays it is parked, saying why."""
    stack = build_stack("sqlite+inprocess", request, tmp_path)
    beta = await stack.runtime("beta", consumer=True)
    assert beta.consumer is not None
    mid, body = await _envelope_json(stack, "killer")
    await dead_letters.take_broker_dead_letter(
        beta.db, beta.consumer, _dead_letter(body, mid, "delivery_limit")
    )
    table = beta.db.dead_letters
    async with beta.db.sessions() as session, session.begin():  # two replays died with the process
        from sqlalchemy import update

        await session.execute(update(table).values(attempts=2))
    done = await dead_letters.auto_replay_held(beta.db, beta.consumer, max_replays=2)
    assert done == {"gave_up": 1}
    [parked] = await dead_letters.list_parked(beta.db)
    assert "replayed automatically 2 time(s)" in parked.error
    assert await count_seen(beta) == 0


async def _true(value: bool) -> bool:
    await asyncio.sleep(0)
    return value
