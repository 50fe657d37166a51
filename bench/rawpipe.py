"""The pipeline baseline: the suite's topology and durable work per event, written by hand on
asyncpg and aio-pika, with nothing of the suite's code (no ``ptp_*`` import: the workers below
are all there is). The tables are the services' own: each database is created by the services'
Alembic trees (``python -m ptp_common.db.migrate`` run as a command), so the rows written, their
columns, keys, indexes and foreign keys are the same as the suite's.

Topology (one OS process each, as in the suite): the benchmark process is the producer; a relay
process publishes the producer's outbox; four consumer processes (projects, kpi, risk, webhooks:
the suite's consumers of these two event types) each on a durable quorum queue bound to one topic
exchange; projects runs its own relay in its process, as the suite's projects does.

Work per ``contracts.contract.signed`` event (docs/performance.md lists it beside the suite's):

- producer: one outbox row (the event's JSON envelope); per transaction of 100 events one
  ``pg_notify``.
- relay: per window of up to 200 rows: ``SELECT ... FOR UPDATE SKIP LOCKED``, publish each row
  persistent and mandatory with publisher confirms (the window in flight together), one
  ``UPDATE ... SET published_at``, COMMIT.
- every consumer, per delivered batch (up to 16 messages, prefetch 16, pool of up to 10 + 10
  connections, the suite's defaults): one transaction; one multi-row ``INSERT INTO inbox ... ON
  CONFLICT DO NOTHING RETURNING`` (a duplicate is skipped); the service's rows below, one
  multi-row statement per table; COMMIT; then an ack per message.
- projects: reads the batch's contracts already planned and terminated; writes the plan (1
  project, a phase per contract milestone, the milestones, a task per deliverable, the acceptance
  criteria: 8 rows for the benchmark's contract) and one ``projects.project.planned`` outbox row
  (one ``pg_notify`` per batch), which its relay publishes on to kpi, risk and webhooks.
- kpi: locks the trail head (``SELECT ... FOR UPDATE``) once per batch, appends one hash-chained
  trail row per event (SHA-256 over the previous hash and the record) and moves the head; for
  contract.signed the two metric facts (signed value, contracts signed; ``ON CONFLICT DO
  NOTHING RETURNING``), their aggregate upserts for the scopes all, person and customer (combined
  per key first) and the customer's owner; for project.planned the progress-report duty subject.
- risk: for contract.signed the known customer and contract (``ON CONFLICT DO NOTHING``) and
  the contract's credit fact; the batch's credit profiles created if new and locked (``FOR
  UPDATE``), the customers' credit facts loaded (contracts, installments, payments, complaints),
  the exposure recomputed, one profile change row per event and the profile updated; the
  register's credit risk of those customers looked up; for project.planned the known project.
- webhooks: reads the live subscriptions (the benchmark has none, so nothing more is written, as
  in the suite).

What the suite does beside this is not durable work: envelope validation into pydantic models,
the rating model's arithmetic (risk), per-handler SAVEPOINTs, tracing and metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import subprocess
import sys
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from typing import Any

import aio_pika
import asyncpg

PREFETCH = 16  # PTP_CONSUMER_PREFETCH's default
BATCH = 16  # PTP_CONSUMER_BATCH_SIZE's default
POOL = 20  # the suite's pool size (ptp_common.db.engine.POOL_SIZE), no overflow
RELAY_WINDOW = 200  # PTP_RELAY_BATCH_SIZE's default
GC_THRESHOLDS = (20_000, 20, 20)  # the suite's service processes' (ptp_common.gc_tuning)
RELAY_POLL_SECONDS = 1.0
QUEUE_ARGS: dict[str, Any] = {"x-queue-type": "quorum", "x-delivery-limit": 20}  # as the suite's queues
SIGNED, PLANNED = "contracts.contract.signed", "projects.project.planned"
SERVICES = ("contracts", "projects", "kpi", "risk", "webhooks")  # contracts: the producer's outbox
BINDINGS = {
    "projects": [SIGNED],
    "kpi": ["#"],
    "risk": [SIGNED, PLANNED],
    "webhooks": ["#"],
}

Event = dict[str, Any]
Row = tuple[Any, ...]
Message = aio_pika.abc.AbstractIncomingMessage


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def contract_data(contract_id: str, customer: int) -> Event:
    """The contract.signed data the benchmark sends (the suite's ContractSigned, as JSON)."""
    eur = "EUR"
    return {
        "contract_id": contract_id,
        "customer_id": f"CUST-{customer:04d}",
        "owner": "sam",
        "customer_name": "Bench Ltd",
        "title": f"Bench contract {contract_id}",
        "total": {"amount": "12000.00", "currency": eur},
        "effective_date": "2026-03-01",
        "expiry_date": "2027-02-28",
        "scope": "benchmark delivery",
        "deliverables": [
            {"deliverable_id": "D-1", "name": "Design", "description": "", "due_date": "2026-04-15",
             "acceptance_criteria": []},
            {"deliverable_id": "D-2", "name": "Build", "description": "", "due_date": "2026-07-31",
             "acceptance_criteria": []},
        ],
        "milestones": [
            {"milestone_id": "M-1", "name": "Designed", "due_date": "2026-04-30", "deliverable_ids": ["D-1"]},
            {"milestone_id": "M-2", "name": "Live", "due_date": "2026-08-15", "deliverable_ids": ["D-2"]},
        ],
        "acceptance_criteria": [{"criterion_id": "AC-1", "description": "works as specified"}],
        "signed_at": "2026-02-27T15:00:00Z",
        "installments": [
            {"installment_id": "I-1", "label": "", "amount": {"amount": "6000.00", "currency": eur},
             "trigger": "on_signing", "milestone_id": None, "due_date": None},
            {"installment_id": "I-2", "label": "", "amount": {"amount": "6000.00", "currency": eur},
             "trigger": "milestone", "milestone_id": "M-2", "due_date": None},
        ],
    }


def envelope(source: str, event_type: str, subject: str, data: Event, actor: str | None,
             causation: Event | None = None) -> Event:
    """The suite's envelope fields, so the payload has the same size and shape."""
    event_id = str(uuid.uuid4())
    return {
        "specversion": "1.0", "id": event_id, "source": source, "type": event_type,
        "time": now().isoformat().replace("+00:00", "Z"), "subject": subject,
        "datacontenttype": "application/json", "dataschema": f"urn:ptp:event:{event_type}:v1",
        "correlationid": causation["correlationid"] if causation else event_id,
        "causationid": causation["id"] if causation else None, "actor": actor, "traceparent": None,
        "data": data,
    }


def when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


async def insert_rows(conn: asyncpg.Connection, table: str, columns: dict[str, str], rows: Sequence[Row],
                      tail: str = "") -> list[asyncpg.Record]:
    """One multi-row INSERT for the whole batch (``columns``: name -> PostgreSQL type)."""
    if not rows:
        return []
    arrays = ", ".join(f"${i}::{kind}[]" for i, kind in enumerate(columns.values(), start=1))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({arrays}) {tail}"
    return list(await conn.fetch(sql, *(list(column) for column in zip(*rows, strict=True))))


OUTBOX = {"event_id": "text", "event_type": "text", "subject": "text", "payload": "text",
          "created_at": "timestamptz"}


async def write_outbox(conn: asyncpg.Connection, channel: str, events: Sequence[Event]) -> None:
    """Outbox rows in the caller's transaction, and the NOTIFY that wakes the relay at COMMIT."""
    stamp = now()
    rows = [(e["id"], e["type"], e["subject"], json.dumps(e, separators=(",", ":")), stamp) for e in events]
    await insert_rows(conn, "outbox", OUTBOX, rows)
    await conn.execute("SELECT pg_notify($1, '')", channel)


# -- the producer and the relays ---------------------------------------------------------------
async def produce(conn: asyncpg.Connection, contracts: Sequence[tuple[str, int]]) -> None:
    """One transaction: the contract.signed events of ``contracts`` ((id, customer number))."""
    events = [envelope("contracts", SIGNED, cid, contract_data(cid, customer), "sam")
              for cid, customer in contracts]
    async with conn.transaction():
        await write_outbox(conn, "rawpipe_contracts", events)


async def relay(dsn: str, pool: asyncpg.Pool, exchange: aio_pika.abc.AbstractExchange, channel: str) -> None:
    """Publish unsent outbox rows in windows, woken by NOTIFY or every second; for ever."""
    wake = asyncio.Event()
    listener = await asyncpg.connect(dsn)
    await listener.add_listener(channel, lambda *_: wake.set())
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), RELAY_POLL_SECONDS)
        wake.clear()
        while await relay_window(pool, exchange) == RELAY_WINDOW:
            pass


async def relay_window(pool: asyncpg.Pool, exchange: aio_pika.abc.AbstractExchange) -> int:
    async with pool.acquire() as conn, conn.transaction():
        rows = await conn.fetch(
            "SELECT seq, event_id, event_type, payload, created_at FROM outbox WHERE published_at IS NULL "
            "ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED", RELAY_WINDOW)
        if rows:
            await asyncio.gather(*(exchange.publish(
                aio_pika.Message(r["payload"].encode(), message_id=r["event_id"], timestamp=r["created_at"],
                                 content_type="application/json",
                                 delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                routing_key=r["event_type"], mandatory=True) for r in rows))
            await conn.execute("UPDATE outbox SET published_at = $1 WHERE seq = ANY($2::bigint[])",
                               now(), [r["seq"] for r in rows])
        return len(rows)


# -- projects ----------------------------------------------------------------------------------
PROJECT = {"id": "text", "contract_id": "text", "customer_id": "text", "customer_name": "text",
           "name": "text", "scope": "text", "owner": "text", "status": "text", "contract_total": "numeric",
           "currency": "text", "effective_date": "date", "expiry_date": "date", "delayed": "bool",
           "created_at": "timestamptz", "updated_at": "timestamptz", "version": "int"}
PHASE = {"id": "text", "project_id": "text", "position": "int", "name": "text", "start_date": "date",
         "end_date": "date"}
MILESTONE = {"id": "text", "project_id": "text", "phase_id": "text", "contract_milestone_id": "text",
             "position": "int", "name": "text", "due_date": "date", "deliverable_ids": "json",
             "status": "text", "version": "int"}
TASK = {"id": "text", "project_id": "text", "phase_id": "text", "milestone_id": "text",
        "deliverable_id": "text", "name": "text", "start_date": "date", "due_date": "date",
        "depends_on": "json", "status": "text", "percent_complete": "int", "created_at": "timestamptz",
        "created_by": "text", "version": "int"}
CRITERION = {"id": "text", "project_id": "text", "criterion_id": "text", "position": "int",
             "description": "text"}


def new_id() -> str:
    return str(uuid.uuid4())


class Plan:
    """A project's rows for one contract: a phase per milestone (by due date) holding the tasks of
    the deliverables it names, the milestones, the criteria (the suite's derive_plan)."""

    def __init__(self, contract: Event, stamp: dt.datetime) -> None:
        c = contract
        self.id = new_id()
        self.project: Row = (
            self.id, c["contract_id"], c["customer_id"], c["customer_name"], c["title"], c["scope"],
            c["owner"], "planning", Decimal(c["total"]["amount"]), c["total"]["currency"],
            day(c["effective_date"]), day(c["expiry_date"]), False, stamp, stamp, 1)
        self.phases: list[Row] = []
        self.milestones: list[Row] = []
        self.tasks: list[Row] = []
        deliverables = {d["deliverable_id"]: d for d in c["deliverables"]}
        start = day(c["effective_date"])
        ordered = sorted(c["milestones"], key=lambda m: (m["due_date"], m["milestone_id"]))
        for position, m in enumerate(ordered, 1):
            phase_id, milestone_id, due = new_id(), new_id(), day(m["due_date"])
            self.phases.append(
                (phase_id, self.id, position, f"Phase {position}: {m['name']}", min(start, due), due))
            self.milestones.append((milestone_id, self.id, phase_id, m["milestone_id"], position, m["name"],
                                    due, json.dumps(m["deliverable_ids"]), "pending", 1))
            for d_id in m["deliverable_ids"]:
                d = deliverables.pop(d_id)  # (the benchmark's contract names each deliverable once)
                d_due = day(d["due_date"])
                self.tasks.append((new_id(), self.id, phase_id, milestone_id, d_id, f"Deliver {d['name']}",
                                   min(start, d_due), d_due, "[]", "planned", 0, stamp, "service:projects",
                                   1))
            start = max(start, due + dt.timedelta(days=1))
        self.criteria: list[Row] = [(new_id(), self.id, a["criterion_id"], position, a["description"])
                                    for position, a in enumerate(c["acceptance_criteria"], 1)]
        self.planned: Event = {
            "project_id": self.id, "contract_id": c["contract_id"], "customer_id": c["customer_id"],
            "name": c["title"], "manager": None, "owner": c["owner"],
            "milestones": [{"milestone_id": m[0], "contract_milestone_id": m[3], "name": m[5],
                            "due_date": m[6].isoformat()} for m in self.milestones],
        }


async def plan_projects(conn: asyncpg.Connection, events: list[Event]) -> None:
    contracts = [e for e in events if e["type"] == SIGNED]
    ids = [e["data"]["contract_id"] for e in contracts]
    planned = {r[0] for r in await conn.fetch(
        "SELECT contract_id FROM projects WHERE contract_id = ANY($1::text[])", ids)}
    # The suite also looks for a termination that overtook the signing; the benchmark has none.
    await conn.fetch("SELECT contract_id FROM terminated_contracts WHERE contract_id = ANY($1::text[])", ids)
    stamp = now()
    plans = [(e, Plan(e["data"], stamp)) for e in contracts if e["data"]["contract_id"] not in planned]
    await insert_rows(conn, "projects", PROJECT, [p.project for _, p in plans])
    await insert_rows(conn, "phases", PHASE, [row for _, p in plans for row in p.phases])
    await insert_rows(conn, "milestones", MILESTONE, [row for _, p in plans for row in p.milestones])
    await insert_rows(conn, "tasks", TASK, [row for _, p in plans for row in p.tasks])
    await insert_rows(conn, "acceptance_criteria", CRITERION, [row for _, p in plans for row in p.criteria])
    if plans:
        await write_outbox(conn, "rawpipe_projects", [
            envelope("projects", PLANNED, p.id, p.planned, None, causation=e) for e, p in plans])


# -- kpi ---------------------------------------------------------------------------------------
TRAIL = {"seq": "bigint", "event_id": "text", "type": "text", "source": "text", "subject": "text",
         "correlation_id": "text", "causation_id": "text", "actor": "text", "occurred_at": "timestamptz",
         "recorded_at": "timestamptz", "payload": "text", "prev_hash": "text", "hash": "text"}
FACT = {"measure": "text", "fact_key": "text", "unit": "text", "period": "text", "value": "numeric",
        "person": "text", "customer_id": "text", "occurred_at": "timestamptz", "event_id": "text",
        "trail_seq": "bigint"}
AGGREGATE = {"measure": "text", "unit": "text", "period": "text", "scope": "text", "scope_id": "text",
             "total_centi": "bigint", "count": "int"}
ADD_TO_AGGREGATE = ("ON CONFLICT (measure, unit, period, scope, scope_id) DO UPDATE SET "
                    "total_centi = metric_aggregates.total_centi + excluded.total_centi, "
                    "count = metric_aggregates.count + excluded.count")


async def record_events(conn: asyncpg.Connection, events: list[Event]) -> None:
    seq, last_hash = await conn.fetchrow("SELECT last_seq, last_hash FROM trail_head WHERE id = 1 FOR UPDATE")
    trail, facts = [], []
    stamp = now()
    for e in events:
        seq += 1
        payload = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        record = (seq, e["id"], e["type"], e["source"], e["subject"], e["correlationid"], e["causationid"],
                  e["actor"], when(e["time"]), stamp, payload)
        digest = hashlib.sha256(json.dumps([last_hash, *record], default=str).encode()).hexdigest()
        trail.append((*record, last_hash, digest))
        last_hash = digest
        if e["type"] == SIGNED:
            d = e["data"]
            signed_at, month = when(d["signed_at"]), d["signed_at"][:7]
            common = (d["contract_id"], month)
            facts.append(("signed_contract_value", *common, Decimal(d["total"]["amount"]), d["owner"],
                          d["customer_id"], signed_at, e["id"], seq))
            facts.append(("contracts_signed", *common, Decimal(1), d["owner"], d["customer_id"], signed_at,
                          e["id"], seq))
    await insert_rows(conn, "trail_records", TRAIL, trail)
    await conn.execute("UPDATE trail_head SET last_seq = $1, last_hash = $2 WHERE id = 1", seq, last_hash)
    facts = [(m, key, "EUR" if m == "signed_contract_value" else "count", period, *rest)
             for m, key, period, *rest in facts]
    new = await insert_rows(conn, "metric_facts", FACT, facts,
                            "ON CONFLICT (measure, fact_key) DO NOTHING "
                            "RETURNING measure, unit, period, value, person, customer_id")
    totals: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    for f in new:
        for scope, scope_id in (("all", ""), ("person", f["person"]), ("customer", f["customer_id"])):
            total = totals[(f["measure"], f["unit"], f["period"], scope, scope_id)]
            total[0] += int(f["value"] * 100)
            total[1] += 1
    aggregates = [(*key, centi, count) for key, (centi, count) in sorted(totals.items())]
    await insert_rows(conn, "metric_aggregates", AGGREGATE, aggregates, ADD_TO_AGGREGATE)
    owners = {e["data"]["customer_id"]: e["data"]["owner"] for e in events if e["type"] == SIGNED}
    await insert_rows(conn, "customer_owners", {"customer_id": "text", "owner": "text"},
                      sorted(owners.items()),
                      "ON CONFLICT (customer_id) DO UPDATE SET owner = excluded.owner")
    subjects = {e["data"]["project_id"]: (e["data"]["name"], e["data"]["owner"], when(e["time"]))
                for e in events if e["type"] == PLANNED}
    await insert_rows(
        conn, "duty_subjects",
        {"kind": "text", "subject_id": "text", "label": "text", "owner": "text", "active": "bool",
         "updated_at": "timestamptz"},
        [("progress_report", pid, label, owner, False, at)
         for pid, (label, owner, at) in sorted(subjects.items())],
        "ON CONFLICT (kind, subject_id) DO UPDATE SET label = excluded.label, owner = excluded.owner, "
        "updated_at = excluded.updated_at")


# -- risk --------------------------------------------------------------------------------------
FACT_TABLES = ("credit_contract_facts", "credit_installment_facts", "credit_payment_facts",
               "credit_complaint_facts")
CHANGE = {"id": "text", "customer_id": "text", "changed_at": "timestamptz", "cause_event_id": "text",
          "cause_event_type": "text", "previous_score": "numeric", "score": "numeric",
          "previous_rating": "text", "rating": "text", "previous_level": "text", "level": "text",
          "reason": "text", "figures": "json"}


def figures(exposure: Decimal) -> str:
    return json.dumps({"exposure": [{"amount": f"{exposure:.2f}", "currency": "EUR"}], "overdue_amount": [],
                       "overdue_count": 0, "worst_days_overdue": 0, "overdue_rate": "0", "payments": 0,
                       "on_time_payments": 0, "on_time_ratio": None, "serious_open_complaints": 0})


async def assess_credit(conn: asyncpg.Connection, events: list[Event]) -> None:
    signed = [e for e in events if e["type"] == SIGNED]
    planned = [e["data"] for e in events if e["type"] == PLANNED]
    refs = [e["data"] for e in signed] + planned
    stamp = now()
    await insert_rows(conn, "known_customers", {"customer_id": "text", "as_of": "timestamptz"},
                      sorted({(d["customer_id"], stamp) for d in refs}), "ON CONFLICT DO NOTHING")
    await insert_rows(conn, "known_contracts", {"contract_id": "text", "customer_id": "text"},
                      sorted({(d["contract_id"], d["customer_id"]) for d in refs}), "ON CONFLICT DO NOTHING")
    await insert_rows(conn, "known_projects",
                      {"project_id": "text", "contract_id": "text", "customer_id": "text"},
                      [(d["project_id"], d["contract_id"], d["customer_id"]) for d in planned],
                      "ON CONFLICT DO NOTHING")
    if not signed:
        return
    await insert_rows(conn, "credit_contract_facts",
                      {"contract_id": "text", "customer_id": "text", "currency": "text", "total": "numeric"},
                      [(d["contract_id"], d["customer_id"], d["total"]["currency"],
                        Decimal(d["total"]["amount"])) for d in (e["data"] for e in signed)],
                      "ON CONFLICT (contract_id) DO UPDATE SET total = excluded.total")
    customers = sorted({e["data"]["customer_id"] for e in signed})
    await insert_rows(
        conn, "credit_profiles",
        {"customer_id": "text", "score": "numeric", "rating": "text", "level": "text", "figures": "json",
         "reasons": "json", "created_at": "timestamptz", "updated_at": "timestamptz", "version": "int"},
        [(c, Decimal(80), "B", "low", "{}", "[]", stamp, stamp, 1) for c in customers],
        "ON CONFLICT DO NOTHING")
    await conn.fetch("SELECT customer_id FROM credit_profiles WHERE customer_id = ANY($1::text[]) "
                     "ORDER BY customer_id FOR UPDATE", customers)
    facts = {table: await conn.fetch(f"SELECT * FROM {table} WHERE customer_id = ANY($1::text[])", customers)
             for table in FACT_TABLES}
    exposure: dict[str, Decimal] = defaultdict(Decimal)
    for contract in facts["credit_contract_facts"]:
        if contract["ended_at"] is None:
            exposure[contract["customer_id"]] += contract["outstanding"] or contract["total"] or 0
    # Back to each customer's exposure before this batch, then one change row per event in order.
    for e in signed:
        exposure[e["data"]["customer_id"]] -= Decimal(e["data"]["total"]["amount"])
    changes, cause = [], {}
    for e in signed:
        d = e["data"]
        exposure[d["customer_id"]] += Decimal(d["total"]["amount"])
        changes.append((new_id(), d["customer_id"], stamp, e["id"], e["type"], Decimal(80), Decimal(80),
                        "B", "B", "low", "low", "exposure changed", figures(exposure[d["customer_id"]])))
        cause[d["customer_id"]] = e["id"]
    await conn.executemany(
        "UPDATE credit_profiles SET figures = $2::json, last_cause_event_id = $3, updated_at = $4, "
        "version = version + 1 WHERE customer_id = $1",
        [(c, figures(exposure[c]), cause[c], stamp) for c in customers])
    await insert_rows(conn, "credit_profile_changes", CHANGE, changes)
    await conn.fetch("SELECT id FROM risks WHERE source_key = ANY($1::text[])",
                     [f"credit:{c}" for c in customers])


# -- webhooks ----------------------------------------------------------------------------------
async def match_subscriptions(conn: asyncpg.Connection, events: list[Event]) -> None:
    # A subscription wanting these events would add a webhook_events row and a delivery per
    # subscription; the benchmark has none, and neither has the suite's run.
    await conn.fetch("SELECT id, event_types, customer_id FROM webhook_subscriptions "
                     "WHERE status IN ('active', 'paused')")


APPLY: dict[str, Callable[[asyncpg.Connection, list[Event]], Awaitable[None]]] = {
    "projects": plan_projects,
    "kpi": record_events,
    "risk": assess_credit,
    "webhooks": match_subscriptions,
}


# -- the processes -----------------------------------------------------------------------------
INBOX = {"message_id": "text", "consumer": "text", "event_type": "text", "received_at": "timestamptz"}


async def apply_batch(pool: asyncpg.Pool, service: str, messages: list[Message]) -> None:
    events = [json.loads(m.body) for m in messages]
    async with pool.acquire() as conn, conn.transaction():
        stamp = now()
        rows = [(e["id"], service, e["type"], stamp) for e in events]
        fresh = await insert_rows(conn, "inbox", INBOX, rows, "ON CONFLICT DO NOTHING RETURNING message_id")
        new = {r[0] for r in fresh}
        await APPLY[service](conn, [e for e in events if e["id"] in new])
    for m in messages:
        await m.ack()


async def publisher(amqp_url: str, exchange_name: str) -> tuple[aio_pika.abc.AbstractConnection,
                                                               aio_pika.abc.AbstractExchange]:
    connection = await aio_pika.connect(amqp_url)
    channel = await connection.channel(publisher_confirms=True)
    exchange = await channel.declare_exchange(exchange_name, aio_pika.ExchangeType.TOPIC, durable=True)
    return connection, exchange


async def run_relay(dsn: str, amqp_url: str, exchange_name: str) -> None:
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=POOL)
    _connection, exchange = await publisher(amqp_url, exchange_name)
    print("ready", flush=True)
    await relay(dsn, pool, exchange, "rawpipe_contracts")


async def run_consumer(service: str, dsn: str, amqp_url: str, exchange_name: str, queue_name: str) -> None:
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=POOL)
    connection, exchange = await publisher(amqp_url, exchange_name)
    if service == "projects":  # projects publishes project.planned from its own outbox
        asyncio.create_task(relay(dsn, pool, exchange, "rawpipe_projects"))  # noqa: RUF006 - runs for ever
    channel = await connection.channel()
    await channel.set_qos(prefetch_count=PREFETCH)
    queue = await channel.declare_queue(queue_name, durable=True, arguments=QUEUE_ARGS)
    for pattern in BINDINGS[service]:
        await queue.bind(exchange_name, routing_key=pattern)
    delivered: asyncio.Queue[Message] = asyncio.Queue()

    async def on_message(message: Message) -> None:
        delivered.put_nowait(message)

    await queue.consume(on_message)
    print("ready", flush=True)
    while True:  # apply what the broker delivered meanwhile, up to a batch, in one transaction
        batch = [await delivered.get()]
        await asyncio.sleep(0)
        while len(batch) < BATCH and not delivered.empty():
            batch.append(delivered.get_nowait())
        await apply_batch(pool, service, batch)


# -- the harness (run by bench.pipeline) -------------------------------------------------------
class RawPipe:
    """Databases ``<prefix>_<service>`` migrated by the services' own Alembic trees, an exchange and
    a queue per consumer named after ``prefix``, the relay and consumer processes; all removed on
    exit."""

    def __init__(self, prefix: str, admin_dsn: str, amqp_url: str, log_dir: str) -> None:
        self.prefix, self.admin_dsn, self.amqp_url, self.log_dir = prefix, admin_dsn, amqp_url, log_dir
        self.exchange = f"{prefix}.events"
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.producer: asyncpg.Connection | None = None

    def dsn(self, service: str) -> str:
        base, _, _ = self.admin_dsn.rpartition("/")
        return f"{base}/{self.prefix}_{service}"

    async def __aenter__(self) -> RawPipe:
        admin = await asyncpg.connect(self.admin_dsn)
        try:
            for service in SERVICES:
                await admin.execute(f'CREATE DATABASE "{self.prefix}_{service}"')
        finally:
            await admin.close()
        urls = {f"{s.upper()}_DATABASE_URL": self.dsn(s).replace("postgresql:", "postgresql+asyncpg:", 1)
                for s in SERVICES}
        migrate = [sys.executable, "-m", "ptp_common.db.migrate", "upgrade", *SERVICES]
        await asyncio.to_thread(subprocess.run, migrate, env={**os.environ, **urls}, check=True,
                                stdout=subprocess.DEVNULL)
        await self._start("relay", ["relay", self.dsn("contracts"), self.amqp_url, self.exchange])
        for service in BINDINGS:
            await self._start(service, ["consume", service, self.dsn(service), self.amqp_url, self.exchange,
                                        f"{self.prefix}.{service}"])
        self.producer = await asyncpg.connect(self.dsn("contracts"))
        return self

    async def _start(self, key: str, args: list[str]) -> None:
        log = open(os.path.join(self.log_dir, f"rawpipe-{key}.log"), "ab")  # noqa: SIM115, ASYNC230
        proc = subprocess.Popen([sys.executable, "-m", "bench.rawpipe", *args],  # noqa: ASYNC220
                                stdout=subprocess.PIPE, stderr=log)
        self.processes[key] = proc
        assert proc.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), timeout=60)
        if line.strip() != b"ready":
            raise RuntimeError(f"rawpipe {key} did not start; see {log.name}")

    def pids(self) -> list[int]:
        return [p.pid for p in self.processes.values()]

    async def write(self, contracts: Sequence[tuple[str, int]]) -> None:
        assert self.producer is not None
        await produce(self.producer, contracts)

    async def __aexit__(self, *exc: object) -> None:
        for proc in self.processes.values():
            proc.kill()
            proc.wait()
        if self.producer is not None:
            await self.producer.close()
        connection = await aio_pika.connect(self.amqp_url)
        async with connection:
            channel = await connection.channel()
            for service in BINDINGS:
                await channel.queue_delete(f"{self.prefix}.{service}")
            await channel.exchange_delete(self.exchange)
        admin = await asyncpg.connect(self.admin_dsn)
        try:
            for service in SERVICES:
                await admin.execute(f'DROP DATABASE IF EXISTS "{self.prefix}_{service}" WITH (FORCE)')
        finally:
            await admin.close()


def main(argv: list[str]) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    if argv[0] == "relay":
        asyncio.run(run_relay(*argv[1:]))
    else:
        asyncio.run(run_consumer(*argv[1:]))


if __name__ == "__main__":
    main(sys.argv[1:])
