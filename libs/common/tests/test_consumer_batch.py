"""The consumer applies messages delivered together in one transaction (PostgreSQL), and a message
that fails there is rolled back alone and goes on through the per-message retry and park path."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence

import pytest
from common_sample import BetaBase, SeenWidget, WidgetCounted, WidgetCreated
from ptp_common import context
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.messaging import dead_letters
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import ALL_EVENTS, Consumer, Delivered, Outcome
from sqlalchemy import func, insert, select, text

pytestmark = pytest.mark.integration

RAISE_CANNOT_CONNECT_NOW = (
    "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '57P03', "
    "MESSAGE = 'the database system is starting up'; END $$"
)


@pytest.fixture
async def db(new_postgres_database) -> AsyncIterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(await new_postgres_database(), BetaBase.metadata)
    async with database.engine.begin() as conn:
        await conn.run_sync(BetaBase.metadata.create_all)
    yield database
    await database.dispose()


class Recorder:
    """A handler: writes a row and emits an event, then fails for the names it is told to."""

    def __init__(self, *, failing: set[str] | None = None, unavailable: int = 0) -> None:
        self.failing = failing or set()
        self.unavailable = unavailable  # this many tries meet an unavailable database first
        self.tries: dict[str, int] = {}
        self.transactions: list[int] = []

    async def __call__(self, env: Envelope, data: EventData, uow: UnitOfWork) -> None:
        assert isinstance(data, WidgetCreated)
        self.tries[data.name] = self.tries.get(data.name, 0) + 1
        self.transactions.append(int((await uow.session.execute(text("SELECT txid_current()"))).scalar_one()))
        uow.session.add(SeenWidget(widget_id=data.widget_id, name=data.name))
        uow.emit(WidgetCounted(widget_id=data.widget_id), subject=data.widget_id)
        await uow.session.flush()
        if self.unavailable > 0:
            self.unavailable -= 1
            await uow.session.execute(text(RAISE_CANNOT_CONNECT_NOW))
        if data.name in self.failing:
            raise RuntimeError(f"cannot handle {data.name}")


def message(name: str) -> IncomingMessage:
    env = new_envelope("alpha", WidgetCreated(widget_id=f"w-{name}", name=name), subject=f"w-{name}")
    return IncomingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())


def consumer(db: Database, handler: Recorder) -> Consumer:
    return Consumer(db, service="beta", handlers={ALL_EVENTS: handler}, max_attempts=3, backoff_seconds=0.001)


async def deliver_together(c: Consumer, messages: list[IncomingMessage]) -> None:
    """As the broker does with prefetch: every message's callback runs at once."""
    await asyncio.gather(*(c(m) for m in messages))


async def seen(db: Database) -> dict[str, int]:
    async with db.sessions() as session:
        rows = await session.execute(select(SeenWidget.name, func.count()).group_by(SeenWidget.name))
        return {name: int(n) for name, n in rows.all()}


async def counted_events(db: Database) -> list[str]:
    async with db.sessions() as session:
        return list((await session.execute(select(db.outbox.c.subject))).scalars())


async def test_messages_delivered_together_share_a_transaction_and_apply_once(db: Database) -> None:
    handler = Recorder()
    c = consumer(db, handler)
    messages = [message(f"n{i}") for i in range(12)]
    again = messages[3]  # delivered twice in the same batch, and once more later
    await deliver_together(c, [*messages, again])
    await c(again)

    assert await seen(db) == {f"n{i}": 1 for i in range(12)}
    assert sorted(await counted_events(db)) == sorted(f"w-n{i}" for i in range(12))
    # Fewer transactions than messages: they were applied in batches (the batch of the first
    # callback is taken before the others have queued, so it is not one transaction for all).
    assert len(set(handler.transactions)) < len(messages)


async def test_failing_message_rolls_back_alone_and_is_parked_after_max_attempts(db: Database) -> None:
    handler = Recorder(failing={"poison"})
    c = consumer(db, handler)
    await deliver_together(c, [message(f"ok{i}") for i in range(5)] + [message("poison")])

    assert await seen(db) == {f"ok{i}": 1 for i in range(5)}
    # its row and its event went with its savepoint; the others' stayed
    assert sorted(await counted_events(db)) == sorted(f"w-ok{i}" for i in range(5))
    [entry] = await dead_letters.list_parked(db)
    # the try in the batch counted as the first attempt
    assert entry.attempts == 3 == handler.tries["poison"]
    assert "cannot handle poison" in entry.error

    handler.failing.clear()
    assert await dead_letters.replay(db, c, entry.id) is Outcome.handled
    assert (await seen(db))["poison"] == 1


async def test_database_unavailable_in_a_batch_spends_no_attempts(db: Database) -> None:
    handler = Recorder(unavailable=8)  # more than max_attempts tries in a row
    c = consumer(db, handler)
    await deliver_together(c, [message(f"n{i}") for i in range(6)])

    assert await seen(db) == {f"n{i}": 1 for i in range(6)}
    assert sorted(await counted_events(db)) == sorted(f"w-n{i}" for i in range(6))
    assert await dead_letters.list_parked(db) == []


async def test_redelivered_batch_is_counted_as_duplicates(db: Database) -> None:
    from ptp_common.telemetry import metrics

    def duplicates() -> float:
        return metrics.CONSUMER_MESSAGES.labels("beta", "sample.widget.created", "duplicate")._value.get()

    c = consumer(db, Recorder())
    messages = [message(f"n{i}") for i in range(8)]
    await deliver_together(c, messages)
    before = duplicates()
    await deliver_together(c, messages)
    assert duplicates() - before == 8
    assert await seen(db) == {f"n{i}": 1 for i in range(8)}


class BatchRecorder:
    """A batch handler: one multi-row insert for every event it is handed, each event's own emit;
    fails the whole call if a name it is told to refuse is among them."""

    def __init__(self, *, refusing: set[str] | None = None) -> None:
        self.refusing = refusing or set()
        self.calls: list[list[str]] = []

    async def __call__(self, events: Sequence[Delivered], uow: UnitOfWork) -> None:
        names = [e.data.name for e in events if isinstance(e.data, WidgetCreated)]
        self.calls.append(names)
        await uow.session.execute(
            insert(SeenWidget), [{"widget_id": f"w-{n}", "name": n} for n in names]
        )
        for e in events:
            with e.handling():
                assert context.current().causation_id == e.env.id
                uow.emit(WidgetCounted(widget_id=f"w-{e.data.name}"), subject=f"w-{e.data.name}")  # type: ignore[attr-defined]
        if self.refusing & set(names):
            raise RuntimeError("cannot handle this batch")


def batch_consumer(db: Database, handler: Recorder, batch: BatchRecorder) -> Consumer:
    return Consumer(
        db,
        service="beta",
        handlers={ALL_EVENTS: handler},
        batch_handlers={ALL_EVENTS: batch},
        max_attempts=3,
        backoff_seconds=0.001,
    )


async def test_batch_handler_applies_the_messages_of_a_batch_in_one_call(db: Database) -> None:
    handler, batch = Recorder(), BatchRecorder()
    c = batch_consumer(db, handler, batch)
    messages = [message(f"n{i}") for i in range(12)]
    await deliver_together(c, [*messages, messages[3]])
    await c(messages[3])

    assert await seen(db) == {f"n{i}": 1 for i in range(12)}
    assert sorted(await counted_events(db)) == sorted(f"w-n{i}" for i in range(12))
    assert any(len(names) > 1 for names in batch.calls)
    # whatever the batch handler took, the per-event handler did not take again
    assert not {n for names in batch.calls for n in names} & set(handler.tries)


async def test_poison_event_in_a_batch_handler_call_falls_back_alone(db: Database) -> None:
    handler, batch = Recorder(failing={"poison"}), BatchRecorder(refusing={"poison"})
    c = batch_consumer(db, handler, batch)
    await deliver_together(c, [message(f"ok{i}") for i in range(5)] + [message("poison")])

    assert await seen(db) == {f"ok{i}": 1 for i in range(5)}
    assert sorted(await counted_events(db)) == sorted(f"w-ok{i}" for i in range(5))
    [entry] = await dead_letters.list_parked(db)
    assert entry.attempts == 3 == handler.tries["poison"]
    assert "cannot handle poison" in entry.error


def test_a_batch_handler_needs_a_per_event_handler_to_fall_back_to(db: Database) -> None:
    with pytest.raises(ValueError, match="per-event handler"):
        Consumer(db, service="beta", handlers={}, batch_handlers={ALL_EVENTS: BatchRecorder()})


async def test_a_lone_message_is_applied_by_its_batch_handler(db: Database) -> None:
    handler, batch = Recorder(), BatchRecorder()
    c = batch_consumer(db, handler, batch)
    await c(message("alone"))

    assert await seen(db) == {"alone": 1}
    assert batch.calls == [["alone"]]
    assert handler.tries == {}


async def test_a_batch_whose_handlers_all_succeed_needs_no_savepoint(db: Database) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        await deliver_together(consumer(db, Recorder()), [message(f"n{i}") for i in range(6)])
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)

    assert await seen(db) == {f"n{i}": 1 for i in range(6)}
    assert not [s for s in statements if "SAVEPOINT" in s.upper()]


async def test_a_failing_handler_undoes_the_batch_then_the_others_apply_once_each(db: Database) -> None:
    handler = Recorder(failing={"poison"})
    c = consumer(db, handler)
    names = ["a", "b", "poison", "c", "d"]
    await deliver_together(c, [message(n) for n in names])

    assert await seen(db) == {n: 1 for n in names if n != "poison"}
    assert sorted(await counted_events(db)) == sorted(f"w-{n}" for n in names if n != "poison")
    [entry] = await dead_letters.list_parked(db)
    assert entry.attempts == 3 == handler.tries["poison"]  # the undone try counted once, not twice
