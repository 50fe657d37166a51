"""projects' batch handler for contracts.contract.signed (every plan of a delivered run written with
one statement per table) leaves exactly the rows and events its per-event handler leaves, event by
event, on PostgreSQL: repeated contracts planned once, contracts terminated first planned and
cancelled, plans of every shape."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from opentelemetry import trace
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Delivered, Outcome
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_projects.db.models import Base
from ptp_projects.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration

SIGNED = "contracts.contract.signed"
# Clock times differ between any two runs; ids are drawn at random and compared through labels.
STAMPS = {"created_at", "updated_at", "cancelled_at", "received_at", "closed_at", "opened_at",
          "changed_at", "recorded_at", "emitted_at"}
START = dt.date(2026, 3, 2)

State = dict[str, list[Any]]


def random_contract(rng: random.Random, contract_id: str) -> dict[str, Any]:
    """A signed contract's data: 0-5 deliverables, 0-4 milestones naming some of them (now and then
    an unknown or repeated one), 0-3 criteria (now and then one id listed twice)."""
    day = lambda: (START + dt.timedelta(days=rng.randint(-10, 200))).isoformat()  # noqa: E731
    deliverables = [{"deliverable_id": f"D-{n}", "name": f"Deliverable {n}", "due_date": day()}
                    for n in range(rng.randint(0, 5))]
    known = [d["deliverable_id"] for d in deliverables] + ["D-unknown"]
    milestones = [{"milestone_id": f"M-{n}", "name": f"Milestone {n}", "due_date": day(),
                   "deliverable_ids": rng.sample(known, rng.randint(0, min(3, len(known))))}
                  for n in range(rng.randint(0, 4))]
    criteria = [{"criterion_id": f"AC-{rng.randint(1, 3)}", "description": f"Criterion {n}"}
                for n in range(rng.randint(0, 3))]
    return {"contract_id": contract_id, "title": f"Project for {contract_id}", "deliverables": deliverables,
            "milestones": milestones, "acceptance_criteria": criteria,
            "expiry_date": rng.choice([None, "2027-12-31"]), "customer_name": rng.choice([None, "Acme"])}


def envelope(data: EventData) -> Envelope:
    return new_envelope("contracts", data, subject=getattr(data, "contract_id", None), actor="sam")


async def one_by_one(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    assert runtime.consumer is not None
    for env in envs:
        body = env.model_dump_json().encode()
        message = IncomingMessage(message_id=env.id, routing_key=env.type, body=body)
        assert await runtime.consumer.process(message) is Outcome.handled


async def as_one_batch(runtime: ServiceRuntime, envs: list[Envelope]) -> None:
    """The run as the consumer hands it over: to the batch handler the service registers."""
    assert runtime.consumer is not None
    batch_handler = runtime.consumer.batch_handler_for(SIGNED)
    assert batch_handler is not None
    async with runtime.uow() as uow:
        await batch_handler([Delivered(e, e.parsed(), trace.INVALID_SPAN, "projects") for e in envs], uow)
        await uow.commit()


async def state(runtime: ServiceRuntime) -> State:
    """Every projects table's rows and the outbox's events in order, without clock times, each id
    replaced by a label made of what identifies its row (its contract, position, deliverable)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    async with runtime.db.sessions() as session:
        # the service's own tables (the inbox is the consumer's, the outbox is read below)
        for table in sorted({m.local_table for m in Base.registry.mappers}, key=lambda t: t.name):
            rows[table.name] = [dict(r._mapping) for r in (await session.execute(select(table))).all()]
        outbox = runtime.db.outbox
        payloads = (await session.execute(select(outbox.c.payload).order_by(outbox.c.seq))).scalars().all()
    labels = {p["id"]: ("project", p["contract_id"]) for p in rows["projects"]}
    for table, key in [("phases", "position"), ("milestones", "position"), ("tasks", "deliverable_id"),
                       ("acceptance_criteria", "position")]:
        labels |= {r["id"]: (table, labels[r["project_id"]], r[key]) for r in rows[table]}

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items() if k not in STAMPS}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return labels.get(value, value) if isinstance(value, str) else value

    found: State = {name: sorted((plain(r) for r in found), key=repr) for name, found in rows.items()}
    envs = [Envelope.model_validate_json(p) for p in payloads]
    found["events"] = [(e.type, plain(e.subject), e.causationid, e.correlationid, e.actor, plain(e.data))
                       for e in envs]
    return found


async def test_a_run_of_signed_contracts_leaves_what_they_leave_one_by_one(  # type: ignore[no-untyped-def]
    new_postgres_database, signed_contract, terminated_contract
) -> None:
    rng = random.Random(18)
    async with (
        running_app(definition, await new_postgres_database()) as (_, _, alone),
        running_app(definition, await new_postgres_database()) as (_, _, batched),
    ):
        contracts: dict[str, ContractSigned] = {}
        signed_ids: set[str] = set()
        for round_ in range(10):
            # Terminations that arrive before their contract is signed, and some of contracts
            # already planned: the per-event handler applies them to both.
            new_ids = [f"C-{round_}-{n}" for n in range(rng.randint(1, 8))]
            for contract_id in new_ids:
                contracts[contract_id] = signed_contract(**random_contract(rng, contract_id))
            terminated = rng.sample(new_ids, rng.randint(0, len(new_ids)))
            earlier = sorted(set(contracts) - set(new_ids))
            terminated += rng.sample(earlier, min(1, len(earlier)))
            firsts = [envelope(terminated_contract(c, reason=f"stopped {c}")) for c in terminated]
            await one_by_one(alone, firsts)
            await one_by_one(batched, firsts)
            # The run: this round's contracts, some twice, and some re-sent from earlier rounds.
            run_ids = new_ids + rng.choices(new_ids, k=rng.randint(0, 3))
            run_ids += rng.sample(sorted(contracts), rng.randint(0, 2))
            rng.shuffle(run_ids)
            envs = [envelope(contracts[c]) for c in run_ids]
            signed_ids |= {e.id for e in envs}
            await one_by_one(alone, envs)
            await as_one_batch(batched, envs)
            assert await state(batched) == await state(alone)
        final = await state(batched)
        # the runs did cover what the comparison is about
        kinds = [e[0] for e in final["events"]]
        assert kinds.count("projects.project.planned") == len(contracts)
        # planned-then-cancelled at signing (termination first) happened, in batches too
        assert any(e[0] == "projects.project.cancelled" and e[2] in signed_ids for e in final["events"])
        assert len(final["tasks"]) > 20 and len(final["milestones"]) > 10
        assert len(final["acceptance_criteria"]) > 5
