"""Parallel conflicting updates to one contract: exactly one wins, the rest get 412, no lost update."""

from __future__ import annotations

import asyncio

import pytest
from ptp_common.events.envelope import new_envelope
from ptp_common.events.schemas.crm import CustomerRegistered
from ptp_common.messaging.bus import OutgoingMessage
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_contracts.service import definition

pytestmark = pytest.mark.integration

SPECIALIST = bearer(["business_specialist"], sub="sam")
# Drafting by hand, without an accepted solution, is a manager's exception.
MANAGER = bearer(["manager"], sub="max")
WRITERS = 10

CONTRACT = {
    "customer_id": "cus-1",
    "customer_name": "Acme Logistics",
    "owner": "sam",
    "exception_reason": "framework agreement signed on paper",
    "title": "Warehouse telemetry",
    "scope": "Telemetry in 3 warehouses",
    "total": "12000.00",
    "currency": "EUR",
    "expiry_date": "2027-12-31",
    "payment_terms_days": 30,
    "clauses": [
        {"kind": k, "title": k, "text": f"{k} text"}
        for k in ("rights_obligations", "scope", "price_terms", "delivery", "acceptance_criteria",
                  "breach_liability")
    ],
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


async def crm_registered(runtime: ServiceRuntime, customer_id: str, name: str = "Acme Logistics") -> None:
    """crm.customer.registered reaches the service (in-process bus: applied when this returns)."""
    env = new_envelope("crm", CustomerRegistered(customer_id=customer_id, name=name), subject=customer_id)
    await runtime.bus.publish(
        [OutgoingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())]
    )


async def test_parallel_patches_with_the_same_if_match_one_wins_rest_412(database_url: str) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        await crm_registered(runtime, CONTRACT["customer_id"])  # type: ignore[arg-type]
        created = await client.post("/api/v1/contracts", json=CONTRACT, headers=MANAGER)
        assert created.status_code == 201, created.text
        contract_id, etag = created.json()["id"], created.headers["ETag"]
        url = f"/api/v1/contracts/{contract_id}"

        responses = await asyncio.gather(
            *(
                client.patch(
                    url, json={"title": f"writer {i}"}, headers={**SPECIALIST, "If-Match": etag}
                )
                for i in range(WRITERS)
            )
        )
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] + [412] * (WRITERS - 1), [(r.status_code, r.text[:200]) for r in responses]
        [winner] = [i for i, r in enumerate(responses) if r.status_code == 200]

        now = await client.get(url, headers=SPECIALIST)
        assert now.json()["title"] == f"writer {winner}", "the winning write was lost or overwritten"
        assert now.headers["ETag"] == responses[winner].headers["ETag"] != etag
        for r in responses:
            if r.status_code == 412:
                assert r.headers["content-type"].startswith("application/problem+json")

        # a loser that re-reads and retries with the fresh ETag succeeds: nothing is stuck
        retry = await client.patch(
            url, json={"title": "retried"}, headers={**SPECIALIST, "If-Match": now.headers["ETag"]}
        )
        assert retry.status_code == 200, retry.text
        assert (await client.get(url, headers=SPECIALIST)).json()["title"] == "retried"
