"""Contracts test helpers: a contract body that passes every rule, a client that walks the lifecycle."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import httpx
from ptp_common.events.envelope import new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.crm import CustomerRegistered
from ptp_common.events.schemas.projects import CriterionResult, MilestoneCompleted, ProjectAccepted
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Outcome
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer
from sqlalchemy import select

SPECIALIST = bearer(["business_specialist"], sub="sam")
LEGAL = bearer(["legal"], sub="lee")
FINANCE = bearer(["finance"], sub="fin")
MANAGER = bearer(["manager"], sub="max")
# The representative of the customer of CONTRACT_BODY (the token's customer_id claim).
CLIENT_REP = bearer(["client_representative"], sub="dana", customer_id="cus-1")
# Evidence staff give when they record the client's signature from the signed document.
EVIDENCE = {"document_reference": "DMS-0042 signed copy", "seal_reference": "client seal, page 12"}
ADMIN = bearer(["admin"], sub="ops")

KINDS = ["rights_obligations", "scope", "price_terms", "delivery", "acceptance_criteria", "breach_liability"]

# Drafted by hand: a manager's exception for the specialist "sam" (no accepted solution behind it).
CONTRACT_BODY: dict[str, Any] = {
    "customer_id": "cus-1",
    "customer_name": "Acme Logistics",
    "owner": "sam",
    "exception_reason": "framework agreement signed on paper before crm",
    "title": "Warehouse telemetry",
    "scope": "Telemetry in 3 warehouses",
    "total": "12000.00",
    "currency": "EUR",
    "expiry_date": "2027-12-31",
    "payment_terms_days": 30,
    "clauses": [{"kind": k, "title": k, "text": f"{k} text"} for k in KINDS],
    "deliverables": [
        {"deliverable_id": "D1", "name": "Sensors", "due_date": "2027-03-01", "acceptance_criteria": ["AC1"]}
    ],
    "milestones": [
        {"milestone_id": "M1", "name": "Site 1 live", "due_date": "2027-03-15", "deliverable_ids": ["D1"]}
    ],
    "acceptance_criteria": [{"criterion_id": "AC1", "description": "99% of sensors report hourly"}],
    "installments": [
        {"label": "advance", "amount": "3000.00", "trigger": "on_signing"},
        {"label": "site 1", "amount": "6000.00", "trigger": "milestone", "milestone_id": "M1"},
        {"label": "final", "amount": "3000.00", "trigger": "acceptance"},
    ],
}


def client_rep(customer_id: str, sub: str = "dana") -> dict[str, str]:
    """A client representative's token speaking for ``customer_id``."""
    return bearer(["client_representative"], sub=sub, customer_id=customer_id)


def contract_body(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(CONTRACT_BODY), **changes}


def etag(response: httpx.Response) -> dict[str, str]:
    return {"If-Match": response.headers["ETag"]}


@dataclass
class Walker:
    """Drives a contract through its lifecycle over REST, asserting each step succeeds."""

    client: httpx.AsyncClient
    # Given, each draft's customer is registered in crm first (its event delivered to contracts).
    runtime: ServiceRuntime | None = None

    async def call(
        self, method: str, path: str, headers: dict[str, str], expect: int = 200, **kw: Any
    ) -> Any:
        r = await self.client.request(method, f"/api/v1{path}", headers=headers, **kw)
        assert r.status_code == expect, r.text
        return r.json()

    async def draft(self, **changes: Any) -> dict[str, Any]:
        body = contract_body(**changes)
        if self.runtime is not None:
            await crm_registers(self.runtime, body["customer_id"], body["customer_name"] or "?")
        return await self.call("POST", "/contracts", MANAGER, 201, json=body)  # type: ignore[no-any-return]

    async def approved(self, **changes: Any) -> dict[str, Any]:
        c = await self.draft(**changes)
        await self.call("POST", f"/contracts/{c['id']}/submit", SPECIALIST)
        return await self.call("POST", f"/contracts/{c['id']}/approve", LEGAL, json={})  # type: ignore[no-any-return]

    async def in_signing(self, **changes: Any) -> dict[str, Any]:
        c = await self.approved(**changes)
        return await self.call("POST", f"/contracts/{c['id']}/start-signing", SPECIALIST)  # type: ignore[no-any-return]

    async def sign(
        self,
        contract_id: str,
        side: str,
        headers: dict[str, str] | None = None,
        expect: int = 200,
        **evidence: str,
    ) -> Any:
        body = {
            "side": side,
            "signer_name": f"{side} signer",
            "signer_title": "Director",
            "signer_identity": f"{side}-id-1",
            **evidence,
        }
        return await self.call(
            "POST", f"/contracts/{contract_id}/signatures", headers or SPECIALIST, expect, json=body
        )

    async def signed(self, **changes: Any) -> dict[str, Any]:
        c = await self.in_signing(**changes)
        await self.sign(c["id"], "company")
        return await self.sign(c["id"], "client", client_rep(c["customer_id"]))  # type: ignore[no-any-return]


async def deliver(runtime: ServiceRuntime, source: str, data: EventData) -> None:
    """Hand an event to the service's consumer, as the bus would; it must be handled, not parked."""
    env = new_envelope(source, data, actor=f"service:{source}")
    assert runtime.consumer is not None
    message = IncomingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())
    assert await runtime.consumer.process(message) is Outcome.handled


async def crm_registers(
    runtime: ServiceRuntime, customer_id: str = "cus-1", name: str = "Acme Logistics"
) -> None:
    """crm.customer.registered reaches contracts: from then on a contract may name the customer."""
    await deliver(runtime, "crm", CustomerRegistered(customer_id=customer_id, name=name))


async def accept_project(
    runtime: ServiceRuntime, contract: dict[str, Any], accepted_at: dt.datetime | None = None
) -> None:
    """projects.project.accepted for the contract's project: the legal way a settlement opens."""
    await deliver(
        runtime,
        "projects",
        ProjectAccepted(
            project_id=f"prj-{contract['id'][:8]}",
            contract_id=contract["id"],
            customer_id=contract["customer_id"],
            accepted_at=accepted_at or dt.datetime.now(dt.UTC),
            signed_off_by="dana",
            rounds=1,
            results=[CriterionResult(criterion_id="AC1", passed=True)],
        ),
    )


async def complete_milestone(runtime: ServiceRuntime, contract: dict[str, Any], milestone_id: str) -> None:
    await deliver(
        runtime,
        "projects",
        MilestoneCompleted(
            project_id=f"prj-{contract['id'][:8]}",
            contract_id=contract["id"],
            customer_id=contract["customer_id"],
            milestone_id=f"pm-{milestone_id}",
            contract_milestone_id=milestone_id,
            completed_at=dt.datetime.now(dt.UTC),
            confirmed_by="pat",
        ),
    )


async def outbox_events(runtime: ServiceRuntime, type_: str) -> list[dict[str, Any]]:
    """Events of ``type_`` the service emitted, in emission order (envelopes as JSON)."""
    outbox = runtime.db.outbox
    async with runtime.db.sessions() as session:
        # Without ORDER BY, PostgreSQL returns rows the relay has updated in any order.
        rows = await session.execute(
            select(outbox.c.payload).where(outbox.c.event_type == type_).order_by(outbox.c.seq)
        )
        return [json.loads(p) for (p,) in rows]
