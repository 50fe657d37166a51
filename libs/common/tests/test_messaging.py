"""Behaviour of outbox, relay, bus, inbox and parking, on both transports."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from common_sample import Widget, WidgetCreated
from messaging_stack import Stack, count_seen, unsent
from ptp_common.events.envelope import new_envelope
from ptp_common.messaging import dead_letters
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import ALL_EVENTS, Consumer, Outcome
from ptp_common.testing.waiting import eventually
from sqlalchemy import select

pytestmark = pytest.mark.integration


async def create_widget(rt, name: str, *, commit: bool = True) -> str:  # type: ignore[no-untyped-def]
    widget_id = str(uuid.uuid4())
    async with rt.uow() as uow:
        uow.session.add(Widget(id=widget_id, name=name))
        uow.emit(WidgetCreated(widget_id=widget_id, name=name), subject=widget_id)
        if commit:
            await uow.commit()
    return widget_id


async def test_state_and_event_commit_together_and_rollback_publishes_nothing(stack: Stack) -> None:
    alpha = await stack.runtime("alpha", consumer=False)
    beta = await stack.runtime(
        "beta", consumer=True, bus=alpha.bus if stack.kind.startswith("sqlite") else None
    )
    await stack.start(alpha, beta)

    rolled_back = await create_widget(alpha, "rolled-back", commit=False)
    committed = await create_widget(alpha, "committed")

    await eventually(lambda: _seen(beta, committed), what="the committed widget's event")
    async with alpha.db.sessions() as session:
        assert await session.get(Widget, rolled_back) is None
        outbox = alpha.db.outbox
        types = (await session.execute(select(outbox.c.subject))).scalars().all()
    assert types == [committed]  # the rolled-back widget left no outbox row
    assert await count_seen(beta, rolled_back) == 0
    assert await unsent(alpha) == 0


async def _seen(rt, widget_id: str) -> bool:  # type: ignore[no-untyped-def]
    return await count_seen(rt, widget_id) == 1


async def test_message_delivered_twice_has_one_effect(stack: Stack) -> None:
    beta = await stack.runtime("beta", consumer=True)
    await stack.start(beta)
    env = new_envelope("alpha", WidgetCreated(widget_id="w-1", name="twice"), subject="w-1")
    message = IncomingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())

    assert beta.consumer is not None
    outcomes = await asyncio.gather(beta.consumer.process(message), beta.consumer.process(message))
    again = await beta.consumer.process(message)

    assert sorted(outcomes) == [Outcome.duplicate, Outcome.handled]
    assert again is Outcome.duplicate
    assert await count_seen(beta, "w-1") == 1
    # the handler's own event was written once, in the same transaction as the effect
    async with beta.db.sessions() as session:
        rows = (await session.execute(select(beta.db.outbox.c.event_type))).scalars().all()
    assert rows == ["sample.widget.counted"]


async def test_duplicate_published_through_the_bus_applies_once(stack: Stack) -> None:
    alpha = await stack.runtime("alpha", consumer=False)
    beta = await stack.runtime(
        "beta", consumer=True, bus=alpha.bus if stack.kind.startswith("sqlite") else None
    )
    await stack.start(alpha, beta)
    widget_id = await create_widget(alpha, "republished")
    await eventually(lambda: _seen(beta, widget_id), what="first delivery")

    # Forget that the row was sent, as a relay crashing after the confirm would.
    async with alpha.db.sessions() as session, session.begin():
        await session.execute(alpha.db.outbox.update().values(published_at=None))
    alpha.relay.wake()
    await eventually(lambda: _zero_unsent(alpha), what="re-publication")
    await asyncio.sleep(0.5)  # the duplicate has been delivered; give the consumer a moment
    assert await count_seen(beta, widget_id) == 1


async def _zero_unsent(rt) -> bool:  # type: ignore[no-untyped-def]
    return await unsent(rt) == 0


async def test_failing_handler_parks_after_bounded_retries_then_replay_applies_once(
    stack: Stack,
) -> None:
    alpha = await stack.runtime("alpha", consumer=False)
    beta = await stack.runtime(
        "beta", consumer=True, bus=alpha.bus if stack.kind.startswith("sqlite") else None
    )
    await stack.start(alpha, beta)
    stack.switch.failing.add("poison")

    poison = await create_widget(alpha, "poison")
    healthy = [await create_widget(alpha, f"ok-{i}") for i in range(5)]

    async def parked() -> bool:
        return len(await dead_letters.list_parked(beta.db)) == 1

    await eventually(parked, what="the poison message to be parked")
    for widget_id in healthy:  # others keep flowing
        await eventually(lambda w=widget_id: _seen(beta, w), what="healthy messages")
    [entry] = await dead_letters.list_parked(beta.db)
    assert entry.event_type == "sample.widget.created"
    assert "cannot handle poison" in entry.error
    assert entry.attempts == 3 == stack.switch.attempts["poison"]
    assert await count_seen(beta, poison) == 0

    stack.switch.failing.clear()  # the fix
    assert beta.consumer is not None
    assert await dead_letters.replay(beta.db, beta.consumer, entry.id) is Outcome.handled
    assert await dead_letters.replay(beta.db, beta.consumer, entry.id) is None  # no longer parked
    assert await count_seen(beta, poison) == 1
    assert await dead_letters.list_parked(beta.db) == []
    [replayed] = await dead_letters.list_parked(beta.db, status="replayed")
    assert replayed.id == entry.id


async def test_unreadable_message_is_parked_at_once(stack: Stack) -> None:
    beta = await stack.runtime("beta", consumer=True)
    await stack.start(beta)
    assert beta.consumer is not None
    outcome = await beta.consumer.process(
        IncomingMessage(message_id="m-1", routing_key="sample.widget.created", body=b"{not json")
    )
    assert outcome is Outcome.parked
    [entry] = await dead_letters.list_parked(beta.db)
    assert entry.attempts == 1 and "unreadable event" in entry.error
    assert await dead_letters.discard(beta.db, entry.id)
    assert await dead_letters.list_parked(beta.db) == []


async def test_catch_all_consumer_takes_event_types_newer_than_its_code(stack: Stack) -> None:
    beta = await stack.runtime("beta", consumer=True)
    seen: list[tuple[str, dict]] = []  # type: ignore[type-arg]

    async def record(env, data, uow) -> None:  # type: ignore[no-untyped-def]
        seen.append((env.type, data.model_dump()))

    audit = Consumer(beta.db, service="beta", name="audit", handlers={ALL_EVENTS: record})
    body = new_envelope("alpha", WidgetCreated(widget_id="w", name="n")).model_dump(mode="json")
    body.update(
        type="future.thing.happened",
        dataschema="urn:ptp:event:future.thing.happened:v1",
        data={"anything": 1},
    )
    message = IncomingMessage(message_id=body["id"], routing_key=body["type"], body=json.dumps(body).encode())
    assert await audit.process(message) is Outcome.handled
    assert seen == [("future.thing.happened", {"anything": 1})]
    # A consumer that names its types still parks a version it does not know.
    assert beta.consumer is not None
    body.update(type="sample.widget.created", dataschema="urn:ptp:event:sample.widget.created:v7")
    unknown_version = IncomingMessage(
        message_id="m-v7", routing_key=body["type"], body=json.dumps(body).encode()
    )
    assert await beta.consumer.process(unknown_version) is Outcome.parked


RAISE_CANNOT_CONNECT_NOW = (
    "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '57P03', "
    "MESSAGE = 'the database system is starting up'; END $$"
)


async def test_database_unavailable_spends_no_attempts_and_parks_nothing(
    new_postgres_database,  # type: ignore[no-untyped-def]
) -> None:
    """A database in recovery or failover (SQLSTATE 57P03) for longer than max_attempts tries:
    the consumer waits for it and applies the message once it answers, instead of parking it.
    A handler's own SQL error is still parked after max_attempts."""
    from common_sample import BetaBase
    from ptp_common.db.engine import Database
    from ptp_common.db.uow import UnitOfWork
    from sqlalchemy import text

    db = Database(await new_postgres_database(), BetaBase.metadata)
    async with db.engine.begin() as conn:
        await conn.run_sync(BetaBase.metadata.create_all)
    calls = {"outage": 0, "bug": 0}

    async def during_outage(env, data, uow: UnitOfWork) -> None:  # type: ignore[no-untyped-def]
        calls["outage"] += 1
        if calls["outage"] <= 6:  # twice max_attempts
            await uow.session.execute(text(RAISE_CANNOT_CONNECT_NOW))

    async def with_a_bug(env, data, uow: UnitOfWork) -> None:  # type: ignore[no-untyped-def]
        calls["bug"] += 1
        await uow.session.execute(text("SELECT 1 / 0"))

    def message_for(consumer: Consumer) -> IncomingMessage:
        env = new_envelope("alpha", WidgetCreated(widget_id="w", name="n"), subject="w")
        return IncomingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())

    try:
        patient = Consumer(
            db, service="beta", handlers={ALL_EVENTS: during_outage}, max_attempts=3, backoff_seconds=0.001
        )
        assert await patient.process(message_for(patient)) is Outcome.handled
        assert calls["outage"] == 7
        assert await dead_letters.list_parked(db) == []

        buggy = Consumer(
            db,
            service="beta",
            name="buggy",
            handlers={ALL_EVENTS: with_a_bug},
            max_attempts=3,
            backoff_seconds=0.001,
        )
        assert await buggy.process(message_for(buggy)) is Outcome.parked
        [entry] = await dead_letters.list_parked(db)
        assert calls["bug"] == 3 == entry.attempts and "division by zero" in entry.error
    finally:
        await db.engine.dispose()
