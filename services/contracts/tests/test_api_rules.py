"""REST rules: roles (403), stale writes (412), illegal transitions (409), invalid input (422 naming
the field), signing policy (409 + manager override), idempotent creation, filters and pages, OpenAPI."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from contracts_testkit import (
    CLIENT_REP,
    EVIDENCE,
    FINANCE,
    LEGAL,
    MANAGER,
    SPECIALIST,
    Walker,
    contract_body,
    crm_registers,
    etag,
)
from ptp_common.events.envelope import new_envelope
from ptp_common.events.schemas.risk import RiskResponseRequired, SigningPolicy
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_contracts.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration


App = tuple[httpx.AsyncClient, ServiceRuntime]


@pytest.fixture
async def app(sqlite_url: str) -> AsyncIterator[App]:
    async with running_app(definition, sqlite_url) as (_, client, runtime):
        await crm_registers(runtime)  # contract_body()'s customer, known to crm
        yield client, runtime


def fields(r: httpx.Response) -> set[str]:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    return {e["field"] for e in r.json()["errors"]}


async def test_roles_decide_every_action(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    r = await client.post("/api/v1/contracts", json=contract_body(), headers=LEGAL)
    assert r.status_code == 403 and r.json()["required_roles"] == ["business_specialist", "manager"]
    c = await api.draft()
    await api.call("POST", f"/contracts/{c['id']}/submit", SPECIALIST)
    await api.call("POST", f"/contracts/{c['id']}/approve", SPECIALIST, 403, json={})
    await api.call("POST", f"/contracts/{c['id']}/approve", LEGAL, json={})
    await api.call("POST", f"/contracts/{c['id']}/start-signing", LEGAL, 403)
    await api.call("POST", f"/contracts/{c['id']}/start-signing", SPECIALIST)
    await api.sign(c["id"], "company", CLIENT_REP, expect=403)
    await api.sign(c["id"], "client", FINANCE, expect=403)
    await api.call("POST", f"/contracts/{c['id']}/policy-override", SPECIALIST, 403, json={"reason": "x"})
    await api.sign(c["id"], "company")
    # Another specialist records the client's signed document (the signer of one side never the other).
    recorder = bearer(["business_specialist"], sub="sue")
    signed = await api.sign(c["id"], "client", recorder, **EVIDENCE)
    assert signed["status"] == "signed"
    advance = signed["installments"][0]["id"]
    await api.call("POST", f"/installments/{advance}/payments", SPECIALIST, 403, json={"amount": "1.00"})
    await api.call("POST", f"/contracts/{c['id']}/settlement", FINANCE, 403)


async def test_a_creation_answers_the_etag_so_the_first_transition_needs_no_get(app: App) -> None:
    client, runtime = app
    body = contract_body()
    await crm_registers(runtime, body["customer_id"], body["customer_name"])
    keyed = {**MANAGER, "Idempotency-Key": "draft-with-etag"}
    created = await client.post("/api/v1/contracts", json=body, headers=keyed)
    assert created.status_code == 201 and created.headers["ETag"] == f'"{created.json()["version"]}"'
    replayed = await client.post("/api/v1/contracts", json=body, headers=keyed)
    assert replayed.headers["Idempotent-Replayed"] == "true"
    assert replayed.headers["ETag"] == created.headers["ETag"]
    submitted = await client.post(
        f"/api/v1/contracts/{created.json()['id']}/submit", headers={**SPECIALIST, **etag(created)}
    )
    assert submitted.status_code == 200, submitted.text


async def test_stale_if_match_is_412_and_fresh_one_passes(
    app: App,
) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.draft()
    first = await client.get(f"/api/v1/contracts/{c['id']}", headers=SPECIALIST)
    r = await client.patch(
        f"/api/v1/contracts/{c['id']}", json={"title": "v2"}, headers={**SPECIALIST, **etag(first)}
    )
    assert r.status_code == 200 and r.headers["ETag"] != first.headers["ETag"]
    stale = await client.patch(
        f"/api/v1/contracts/{c['id']}", json={"title": "v3"}, headers={**SPECIALIST, **etag(first)}
    )
    assert stale.status_code == 412
    stale = await client.post(f"/api/v1/contracts/{c['id']}/submit", headers={**SPECIALIST, **etag(first)})
    assert stale.status_code == 412
    assert (await api.call("GET", f"/contracts/{c['id']}", SPECIALIST))["title"] == "v2"


async def test_illegal_transition_is_409_naming_allowed_actions(
    app: App,
) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.draft()
    r = await client.post(
        f"/api/v1/contracts/{c['id']}/signatures",
        json={"side": "company", "signer_name": "a", "signer_title": "b", "signer_identity": "c"},
        headers=SPECIALIST,
    )
    assert r.status_code == 409
    assert r.json()["allowed_actions"] == ["submit"] and r.json()["state"] == "draft"
    # Each allowed action is the path segment to POST to on the contract (not the PATCH "edit").
    signing = await api.in_signing()
    assert signing["allowed_actions"] == ["negotiate", "policy-override", "signatures"]
    signed = await api.signed()
    r = await client.patch(f"/api/v1/contracts/{signed['id']}", json={"title": "late"}, headers=SPECIALIST)
    assert r.status_code == 409 and r.json()["allowed_actions"] == ["terminate"]
    again = await api.sign(signed["id"], "client", CLIENT_REP, expect=409)
    assert again["state"] == "signed"


async def test_invalid_money_currency_and_dates_name_the_field(
    app: App,
) -> None:
    client, _ = app

    async def create(**changes: Any) -> httpx.Response:
        return await client.post("/api/v1/contracts", json=contract_body(**changes), headers=MANAGER)

    assert "body.currency" in fields(await create(currency="XXX"))
    assert "body.total" in fields(await create(total="-5.00"))
    assert "body.total" in fields(await create(total="12.345"))
    assert "body.total" in fields(await create(currency="JPY", total="12000.50", installments=[]))
    assert "body.expiry_date" in fields(await create(effective_date="2027-06-01", expiry_date="2027-01-01"))
    assert "body.milestones.0.due_date" in fields(
        await create(milestones=[{"milestone_id": "M1", "name": "x", "due_date": "someday"}])
    )
    plan = contract_body()["installments"]
    assert "body.installments" in fields(await create(installments=plan[:2]))
    plan[1]["milestone_id"] = "M7"
    assert "body.installments.1.milestone_id" in fields(await create(installments=plan))


async def test_legal_review_needs_the_six_key_clauses(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    body = contract_body()
    c = await api.draft(clauses=[cl for cl in body["clauses"] if cl["kind"] not in ("scope", "delivery")])
    r = await client.post(f"/api/v1/contracts/{c['id']}/submit", headers=SPECIALIST)
    assert fields(r) == {"clauses"} and r.json()["missing_kinds"] == ["scope", "delivery"]


async def test_payments_are_checked_against_the_installment(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.signed()
    advance, milestone = c["installments"][0]["id"], c["installments"][1]["id"]

    async def pay(installment_id: str, **body: str) -> httpx.Response:
        return await client.post(
            f"/api/v1/installments/{installment_id}/payments", json=body, headers=FINANCE
        )

    assert fields(await pay(advance, amount="3000.01")) == {"body.amount"}  # only 3000.00 is owed
    assert fields(await pay(advance, amount="10.00", currency="USD")) == {"body.currency"}
    assert fields(await pay(advance, amount="10.00", received_at="2099-01-01T00:00:00Z")) == {
        "body.received_at"
    }
    not_due = await pay(milestone, amount="1.00")
    assert not_due.status_code == 409  # not invoiced before milestone M1 is done

    # A retried payment with its Idempotency-Key books the money once.
    keyed = {**FINANCE, "Idempotency-Key": "bank-tx-1"}
    url = f"/api/v1/installments/{advance}/payments"
    first = await client.post(url, json={"amount": "500.00"}, headers=keyed)
    retry = await client.post(url, json={"amount": "500.00"}, headers=keyed)
    assert first.status_code == retry.status_code == 201 and first.json()["id"] == retry.json()["id"]
    payments = (await api.call("GET", f"/contracts/{c['id']}/payments", FINANCE))["items"]
    assert [p["amount"] for p in payments] == ["500.00"] and payments[0][
        "installment_outstanding"
    ] == "2500.00"


async def deliver(runtime: ServiceRuntime, data: Any, time: dt.datetime | None = None) -> None:
    """Hand an event to the service's consumer, as the bus would."""
    env = new_envelope("risk", data, time=time)
    assert runtime.consumer is not None
    await runtime.consumer(
        IncomingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())
    )


def response_required(mode: str, ratio: float | None = None) -> RiskResponseRequired:
    return RiskResponseRequired(
        customer_id="cus-1",
        level="high",
        response="reduce",
        reason="2 installments 60 days late",
        signing_policy=SigningPolicy(mode=mode, min_prepayment_ratio=ratio),  # type: ignore[arg-type]
    )


async def test_signing_against_risk_policy_is_409_unless_a_manager_overrides(
    app: App,
) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.in_signing()  # 3000 of 12000 (25%) due on signing
    await deliver(runtime, response_required("require_prepayment", 0.3))
    policy = await api.call("GET", "/signing-policies/cus-1", SPECIALIST)
    assert policy["mode"] == "require_prepayment" and policy["min_prepayment_ratio"] == "0.3"

    refused = await api.sign(c["id"], "company", expect=409)
    assert "prepayment ratio of at least 0.3" in refused["detail"] and refused["override_role"] == "manager"

    # An older event delivered late does not loosen the newer policy.
    await deliver(runtime, response_required("allow"), time=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    await api.sign(c["id"], "company", expect=409)

    overridden = await api.call(
        "POST", f"/contracts/{c['id']}/policy-override", MANAGER, json={"reason": "bank guarantee on file"}
    )
    assert overridden["policy_override"]["by"] == "max"
    assert overridden["policy_override"]["policy"] == "require_prepayment:0.3"
    await api.sign(c["id"], "company")
    assert (await api.sign(c["id"], "client", CLIENT_REP))["status"] == "signed"

    # Risk now asks for a guarantee mid-signing: signing stops; negotiation reopens and voids
    # the signature already given, since the terms will change.
    upfront = [{"amount": "6000.00", "trigger": "on_signing"}, {"amount": "6000.00", "trigger": "acceptance"}]
    pending = await api.in_signing(installments=upfront)
    await api.sign(pending["id"], "company")
    await deliver(runtime, response_required("require_guarantee"))
    refused = await api.sign(pending["id"], "client", CLIENT_REP, expect=409)
    assert "guarantee" in refused["detail"]
    reopened = await api.call("POST", f"/contracts/{pending['id']}/negotiate", SPECIALIST)
    assert reopened["status"] == "negotiation" and reopened["signatures"] == []
    await api.call(
        "PATCH", f"/contracts/{pending['id']}", SPECIALIST, json={"guarantee": "bank guarantee #77"}
    )
    # The changed terms go back to legal before they are signed.
    await api.call("POST", f"/contracts/{pending['id']}/submit", SPECIALIST)
    await api.call("POST", f"/contracts/{pending['id']}/approve", LEGAL, json={})
    await api.call("POST", f"/contracts/{pending['id']}/start-signing", SPECIALIST)
    await api.sign(pending["id"], "company")
    assert (await api.sign(pending["id"], "client", CLIENT_REP))["status"] == "signed"

    # An override is for a refusal; it covers the policy it was given against, not a stricter one.
    override = {"reason": "known client"}
    complying = await api.in_signing(installments=upfront, guarantee="held")
    moot = await api.call(
        "POST", f"/contracts/{complying['id']}/policy-override", MANAGER, 409, json=override
    )
    assert "nothing to override" in moot["detail"]
    guarded = await api.in_signing(installments=upfront)
    await api.call("POST", f"/contracts/{guarded['id']}/policy-override", MANAGER, json=override)
    await api.sign(guarded["id"], "company")
    await deliver(runtime, response_required("block"))
    await api.sign(guarded["id"], "client", CLIENT_REP, expect=409)
    blocked = await api.in_signing()
    refused = await api.sign(blocked["id"], "client", CLIENT_REP, expect=409)
    assert "blocked" in refused["detail"] and "60 days late" in refused["detail"]

    outbox = runtime.db.outbox
    async with runtime.db.sessions() as session:
        rows = await session.execute(
            select(outbox.c.payload)
            .where(outbox.c.event_type == "contracts.contract.policy_overridden")
            .order_by(outbox.c.seq)
        )
        audit = [json.loads(p)["data"] for (p,) in rows]
    assert [(e["policy_mode"], e["overridden_by"]) for e in audit] == [
        ("require_prepayment", "max"),
        ("require_guarantee", "max"),
    ]


async def test_idempotency_key_creates_one_contract(app: App) -> None:
    client, _ = app
    headers = {**MANAGER, "Idempotency-Key": "draft-1"}
    first = await client.post("/api/v1/contracts", json=contract_body(), headers=headers)
    retry = await client.post("/api/v1/contracts", json=contract_body(), headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json()["id"] == first.json()["id"] and retry.headers["Idempotent-Replayed"] == "true"
    page = (await client.get("/api/v1/contracts", headers=SPECIALIST)).json()
    assert len(page["items"]) == 1


async def test_list_filters_and_pages(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    for customer in ("cus-a", "cus-b", "cus-a", "cus-a"):
        await api.draft(customer_id=customer)
    await api.signed(customer_id="cus-b")
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {
            "customer_id": "cus-a",
            "limit": 2,
            **({"cursor": cursor} if cursor else {}),
        }
        page = (await client.get("/api/v1/contracts", params=params, headers=FINANCE)).json()
        seen += [c["id"] for c in page["items"]]
        assert all(c["customer_id"] == "cus-a" for c in page["items"])
        if not (cursor := page["next_cursor"]):
            break
    assert len(seen) == len(set(seen)) == 3
    signed = (await client.get("/api/v1/contracts", params={"status": "signed"}, headers=FINANCE)).json()
    assert [c["customer_id"] for c in signed["items"]] == ["cus-b"]
    late = await api.signed(
        customer_id="cus-c",
        installments=[{"amount": "12000.00", "trigger": "fixed_date", "due_date": "2024-01-31"}],
    )
    overdue = (await client.get("/api/v1/contracts", params={"overdue": "true"}, headers=FINANCE)).json()
    assert [c["id"] for c in overdue["items"]] == [late["id"]]  # cus-b's advance is due in 30 days
    r = await client.get("/api/v1/contracts", params={"status": "nonsense"}, headers=FINANCE)
    assert "query.status" in fields(r)


async def test_openapi_documents_every_endpoint_with_schemas_and_examples(
    app: App,
) -> None:
    client, _ = app
    spec = (await client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    ours = {p: ops for p, ops in spec["paths"].items() if "/admin/" not in p and "/health" not in p}
    assert len(ours) >= 15
    for path, ops in ours.items():
        for method, op in ops.items():
            if path == "/metrics":
                continue
            assert op.get("summary"), f"{method} {path} has no summary"
            ok = next(v for k, v in op["responses"].items() if k.startswith("2"))
            assert "$ref" in str(ok["content"]["application/json"]["schema"]), f"{method} {path}"
            if "requestBody" in op:
                ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
                assert schemas[ref].get("examples"), f"{method} {path}: {ref} has no example"
            if method != "get":
                assert {"403", "409", "422"} <= set(op["responses"]), f"{method} {path}"
    # The money rules are stated where callers read them: who may call, and when it is 409.
    paths = spec["paths"]
    opening = paths["/api/v1/contracts/{contract_id}/settlement"]["post"]
    assert "manager" in opening["description"] and "acceptance" in opening["description"]
    assert "not terminated" in opening["responses"]["409"]["description"]
    payment = paths["/api/v1/installments/{installment_id}/payments"]["post"]
    assert "terminated" in payment["responses"]["409"]["description"]
    terminate = paths["/api/v1/contracts/{contract_id}/terminate"]["post"]
    assert "accepted" in terminate["responses"]["409"]["description"]
    assert "cancelled" in terminate["description"]
    pay = paths["/api/v1/settlements/{settlement_id}/pay"]["post"]
    assert "settlement:<id>" in pay["description"] and "409" in pay["description"]
    assert "finance" in paths["/api/v1/invoices"]["get"]["description"]


async def test_admin_runs_the_overdue_scan_as_of_a_date(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    plan = [{"amount": "12000.00", "trigger": "fixed_date", "due_date": "2024-01-31"}]
    c = await api.signed(installments=plan)
    admin = bearer(["admin"], sub="ops")
    run = "/admin/jobs/overdue-scan/run"
    first = await api.call("POST", run, admin, params={"as_of": "2024-03-05T00:00:00Z"})
    assert first["result"]["emitted"] == 2  # 34 days late: the 1- and 30-day thresholds
    again = await api.call("POST", run, admin, params={"as_of": "2024-03-06T00:00:00Z"})
    assert again["result"]["emitted"] == 0
    outbox = runtime.db.outbox
    async with runtime.db.sessions() as session:
        rows = await session.execute(
            select(outbox.c.payload).where(outbox.c.event_type == "contracts.payment.overdue")
        )
        events = [json.loads(p)["data"] for (p,) in rows]
    assert sorted((e["threshold_days"], e["days_overdue"], e["contract_id"]) for e in events) == [
        (1, 34, c["id"]),
        (30, 34, c["id"]),
    ]
    await api.call("POST", run, SPECIALIST, 403, params={"as_of": "2024-03-05T00:00:00Z"})


async def test_a_revision_records_old_and_new_values_and_only_real_changes(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.approved()
    await api.call("POST", f"/contracts/{c['id']}/negotiate", SPECIALIST)
    same = await api.call("PATCH", f"/contracts/{c['id']}", SPECIALIST, json={"title": c["title"]})
    assert same["revision"] == c["revision"]  # resending the same terms is not a revision
    changed = await api.call(
        "PATCH",
        f"/contracts/{c['id']}",
        SPECIALIST,
        json={"title": c["title"], "total": "12000.00", "expiry_date": "2028-06-30"},
    )
    assert changed["revision"] == c["revision"] + 1
    last = (await api.call("GET", f"/contracts/{c['id']}/revisions", LEGAL))["items"][-1]
    assert last["author"] == "sam" and last["changed_fields"] == ["expiry_date"]
    assert last["changes"] == {"expiry_date": {"from": "2027-12-31", "to": "2028-06-30"}}
