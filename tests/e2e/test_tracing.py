"""One trace runs from a REST call through the outbox relay, RabbitMQ and every consumer it triggers,
across separate processes (distributed mode; each process exports its spans over OTLP)."""

from __future__ import annotations

import os
import time

import httpx
import pytest
from otlp import OtlpReceiver
from ptp_common.testing.clients import bearer

pytestmark = pytest.mark.integration

SPECIALIST = bearer(["business_specialist"], sub="sam")
MANAGER = bearer(["manager"], sub="max")
LEGAL = bearer(["legal"], sub="lee")
KINDS = ["rights_obligations", "scope", "price_terms", "delivery", "acceptance_criteria", "breach_liability"]
SERVER, PRODUCER, CONSUMER = 2, 4, 5  # OTLP span kinds


def contract_body(customer_id: str) -> dict:  # type: ignore[type-arg]
    return {
        "customer_id": customer_id,
        "customer_name": "Trace Ltd",
        "owner": "sam",
        "exception_reason": "traced deal drafted by hand",
        "title": "Traced deal",
        "scope": "Telemetry",
        "total": "1000.00",
        "currency": "EUR",
        "expiry_date": "2027-12-31",
        "clauses": [{"kind": k, "title": k, "text": k} for k in KINDS],
        "deliverables": [{"deliverable_id": "D1", "name": "Sensors", "due_date": "2027-03-01"}],
        "milestones": [
            {"milestone_id": "M1", "name": "Live", "due_date": "2027-03-15", "deliverable_ids": ["D1"]}
        ],
        "acceptance_criteria": [{"criterion_id": "AC1", "description": "works"}],
        "installments": [{"label": "all", "amount": "1000.00", "trigger": "on_signing"}],
    }


def ok(response: httpx.Response, status: int = 200) -> dict:  # type: ignore[type-arg]
    assert response.status_code == status, response.text
    return response.json()  # type: ignore[no-any-return]


def test_signing_is_one_trace_through_relay_broker_and_every_consumer(
    distributed_url: str, otlp_receiver: OtlpReceiver
) -> None:
    crm = httpx.Client(base_url=f"{distributed_url}/crm/api/v1", timeout=30)
    customer = ok(crm.post("/customers", json={"name": f"Trace Ltd {os.getpid()}"}, headers=SPECIALIST), 201)
    # The client's representative signs for the one customer of their token (customer_id claim).
    client_rep = bearer(["client_representative"], sub="dana", customer_id=customer["id"])
    api = httpx.Client(base_url=f"{distributed_url}/contracts/api/v1", timeout=30)
    deadline = time.monotonic() + 30
    while True:  # contracts learns of the customer from crm.customer.registered (an event in flight)
        drafted = api.post("/contracts", json=contract_body(customer["id"]), headers=MANAGER)
        if drafted.status_code != 422 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    contract = ok(drafted, 201)
    cid = contract["id"]
    ok(api.post(f"/contracts/{cid}/submit", headers=SPECIALIST))
    ok(api.post(f"/contracts/{cid}/approve", json={}, headers=LEGAL))
    ok(api.post(f"/contracts/{cid}/start-signing", headers=SPECIALIST))
    signer = {"signer_name": "A", "signer_title": "Director"}
    ok(
        api.post(
            f"/contracts/{cid}/signatures",
            json={"side": "company", "signer_identity": "c-1", **signer},
            headers=SPECIALIST,
        )
    )

    trace_id = os.urandom(16).hex()
    traceparent = f"00-{trace_id}-{os.urandom(8).hex()}-01"
    ok(
        api.post(
            f"/contracts/{cid}/signatures",
            json={"side": "client", "signer_identity": "k-1", **signer},
            headers={**client_rep, "traceparent": traceparent},
        )
    )

    # Wait for the spans this test is about, by name: a kpi consumer span of a later event in the same
    # trace (projects.project.planned) can be exported before kpi's contract.signed span.
    wanted = {
        ("ptp-contracts", SERVER, None),
        ("ptp-contracts", PRODUCER, "contracts.contract.signed publish"),
        ("ptp-projects", CONSUMER, "contracts.contract.signed process"),
        ("ptp-risk", CONSUMER, "contracts.contract.signed process"),
        ("ptp-kpi", CONSUMER, "contracts.contract.signed process"),
    }
    deadline = time.monotonic() + 30
    while True:
        spans = otlp_receiver.trace(trace_id)
        seen = {(s.service, s.kind, s.name) for s in spans} | {(s.service, s.kind, None) for s in spans}
        if wanted <= seen:
            break
        assert time.monotonic() < deadline, f"trace {trace_id} has only {sorted(seen - wanted, key=str)}"
        time.sleep(0.2)

    publish = [s for s in spans if s.kind == PRODUCER and s.name == "contracts.contract.signed publish"]
    consumers = [s for s in spans if s.kind == CONSUMER and s.name == "contracts.contract.signed process"]
    # each consumer span descends from the publish span that carried the message
    by_id = {s.span_id: s for s in spans}
    publish_ids = {p.span_id for p in publish}
    for span in consumers:
        ancestors, current = set(), span
        while current.parent_span_id in by_id:
            current = by_id[current.parent_span_id]
            ancestors.add(current.span_id)
        assert ancestors & publish_ids, f"{span.service} does not descend from the publish span"
