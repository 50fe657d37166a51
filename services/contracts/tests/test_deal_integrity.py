"""Deal integrity (issue 17, items 1-3 for contracts): terms are signed only as legal approved them,
each side by someone with the authority to sign it, and a client's representative sees only
their own customer's contracts and settlements. Through REST, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

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
    accept_project,
    client_rep,
    outbox_events,
)
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_contracts.service import definition

pytestmark = pytest.mark.integration

App = tuple[httpx.AsyncClient, ServiceRuntime]
SUE = bearer(["business_specialist"], sub="sue")  # a second specialist, who records documents
NO_CLAIM = bearer(["client_representative"], sub="nobody")  # a representative's token naming no customer


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[App]:
    async with running_app(definition, database_url) as (_, client, runtime):
        yield client, runtime


def problem_fields(body: dict[str, object]) -> set[str]:
    return {e["field"] for e in body["errors"]}  # type: ignore[attr-defined,index]


async def test_terms_changed_after_approval_go_back_to_legal_before_signing(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.approved()
    cid = c["id"]

    # After approval the specialist negotiates, strips two key clauses and raises the total.
    await api.call("POST", f"/contracts/{cid}/negotiate", SPECIALIST)
    stripped = [k for k in c["clauses"] if k["kind"] not in ("price_terms", "breach_liability")]
    changed = await api.call(
        "PATCH",
        f"/contracts/{cid}",
        SPECIALIST,
        json={
            "summary": "client asked for more",
            "clauses": stripped,
            "total": "99999.00",
            "installments": [
                {"amount": "3000.00", "trigger": "on_signing"},
                {"amount": "96999.00", "trigger": "acceptance"},
            ],
        },
    )
    # The approval named revision 1: for revision 2 it is withdrawn, signing cannot start.
    refused = await api.call("POST", f"/contracts/{cid}/start-signing", SPECIALIST, 409)
    assert (refused["approved_revision"], refused["current_revision"]) == (1, 2)
    assert "approved revision 1" in refused["detail"] and "current revision is 2" in refused["detail"]
    await api.sign(cid, "company", expect=409)
    assert (await api.call("GET", f"/contracts/{cid}", SPECIALIST))["signatures"] == []
    assert (c["approved_revision"], changed["revision"], changed["approved_revision"]) == (1, 2, 1)

    # Legal must see the new revision; without its key clauses it does not even go to review.
    missing = await api.call("POST", f"/contracts/{cid}/submit", SPECIALIST, 422)
    assert missing["missing_kinds"] == ["price_terms", "breach_liability"]
    await api.call("PATCH", f"/contracts/{cid}", SPECIALIST, json={"clauses": c["clauses"]})
    await api.call("POST", f"/contracts/{cid}/submit", SPECIALIST)
    approved = await api.call("POST", f"/contracts/{cid}/approve", LEGAL, json={"comments": "ok at 99999"})
    assert (approved["revision"], approved["approved_revision"]) == (3, 3)
    await api.call("POST", f"/contracts/{cid}/start-signing", SPECIALIST)
    await api.sign(cid, "company")
    signed = await api.sign(cid, "client", CLIENT_REP)
    assert signed["status"] == "signed" and signed["total"] == "99999.00"

    history = (await api.call("GET", f"/contracts/{cid}/revisions", LEGAL))["items"]
    assert [(h["number"], h["author"], h["changed_fields"]) for h in history] == [
        (1, "max", []),  # drafted by hand: the manager's exception
        (2, "sam", ["clauses", "installments", "total"]),
        (3, "sam", ["clauses"]),
    ]
    assert history[1]["changes"]["total"] == {"from": "12000.00", "to": "99999.00"}
    reviews = (await api.call("GET", f"/contracts/{cid}/reviews", LEGAL))["items"]
    assert [(r["decision"], r["revision"]) for r in reviews] == [("approved", 1), ("approved", 3)]


async def test_draft_edits_before_the_first_review_are_revisions_too(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.draft()
    await api.call("PATCH", f"/contracts/{c['id']}", SPECIALIST, json={"title": "Telemetry, phase 1"})
    edited = await api.call(
        "PATCH", f"/contracts/{c['id']}", SPECIALIST, json={"scope": "Two warehouses", "summary": "scope cut"}
    )
    assert edited["revision"] == 3
    history = (await api.call("GET", f"/contracts/{c['id']}/revisions", SPECIALIST))["items"]
    assert [(h["number"], h["changed_fields"], h["summary"]) for h in history] == [
        (1, [], "drafted by exception approved by max: framework agreement signed on paper before crm"),
        (2, ["title"], "changed title"),
        (3, ["scope"], "scope cut"),
    ]
    assert history[1]["changes"] == {"title": {"from": "Warehouse telemetry", "to": "Telemetry, phase 1"}}
    url = f"/contracts/{c['id']}/revisions"
    first = await api.call("GET", url, SPECIALIST, params={"limit": 2})
    rest = await api.call("GET", url, SPECIALIST, params={"limit": 2, "cursor": first["next_cursor"]})
    assert [h["number"] for h in first["items"] + rest["items"]] == [1, 2, 3]
    assert rest["next_cursor"] is None
    revised = await outbox_events(runtime, "contracts.contract.revised")
    assert [(e["data"]["revision"], e["actor"]) for e in revised] == [(2, "sam"), (3, "sam")]
    assert edited["approved_revision"] is None  # legal has approved nothing yet


async def test_a_change_of_deliverables_is_a_revision_with_its_author_time_and_old_and_new_value(
    app: App,
) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    c = await api.approved()
    cid, before = c["id"], c["deliverables"]
    await api.call("POST", f"/contracts/{cid}/negotiate", SPECIALIST)
    # The client wants the sensors two weeks earlier and a dashboard besides.
    wanted = [
        {**before[0], "due_date": "2027-02-15"},
        {"deliverable_id": "D2", "name": "Dashboard", "due_date": "2027-03-10",
         "acceptance_criteria": ["AC1"]},
    ]
    asked_at = dt.datetime.now(dt.UTC)
    changed = await api.call("PATCH", f"/contracts/{cid}", SUE, json={"deliverables": wanted})
    answered_at = dt.datetime.now(dt.UTC)
    assert [d["due_date"] for d in changed["deliverables"]] == ["2027-02-15", "2027-03-10"]
    # A new revision that legal has not approved: the approval of revision 1 no longer signs it.
    assert (changed["revision"], changed["approved_revision"]) == (2, 1)
    refused = await api.call("POST", f"/contracts/{cid}/start-signing", SPECIALIST, 409)
    assert (refused["approved_revision"], refused["current_revision"]) == (1, 2)

    history = (await api.call("GET", f"/contracts/{cid}/revisions", LEGAL))["items"]
    assert [h["number"] for h in history] == [1, 2]
    revision = history[1]
    assert (revision["author"], revision["changed_fields"], revision["summary"]) == (
        "sue",
        ["deliverables"],
        "changed deliverables",
    )
    # When: the moment of the change (between the request and its answer), as a UTC instant.
    at = dt.datetime.fromisoformat(revision["at"])
    assert asked_at <= at <= answered_at
    # What: the whole list as it was and as it is now, as the contract reads before and after.
    assert revision["changes"] == {"deliverables": {"from": before, "to": changed["deliverables"]}}
    [revised] = await outbox_events(runtime, "contracts.contract.revised")
    assert (revised["data"]["revision"], revised["data"]["changed_fields"], revised["actor"]) == (
        2,
        ["deliverables"],
        "sue",
    )


async def test_each_side_is_signed_by_its_own_authorised_person_with_evidence(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    cid = (await api.in_signing())["id"]

    await api.sign(cid, "company", CLIENT_REP, expect=403)
    await api.sign(cid, "company", FINANCE, expect=403)
    # Another customer's representative cannot see the contract; a token naming no customer is 403.
    await api.sign(cid, "client", client_rep("cus-2", sub="eve"), expect=404)
    await api.sign(cid, "client", NO_CLAIM, expect=403)

    await api.sign(cid, "company")  # sam, a business_specialist
    same = await api.sign(cid, "client", SPECIALIST, expect=409, **EVIDENCE)
    assert "never the same person for both sides" in same["detail"]

    # Staff record the client's signed document only with its evidence, naming what is missing.
    no_document = await api.sign(cid, "client", SUE, expect=422, seal_reference="seal p.12")
    assert problem_fields(no_document) == {"body.document_reference"}
    no_seal = await api.sign(cid, "client", SUE, expect=422, document_reference="DMS-1")
    assert problem_fields(no_seal) == {"body.seal_reference"}
    signed = await api.sign(cid, "client", SUE, **EVIDENCE)
    assert signed["status"] == "signed"
    sides = {s["side"]: s for s in signed["signatures"]}
    assert (sides["company"]["recorded_by"], sides["company"]["authority"]) == ("sam", "business_specialist")
    client_side = sides["client"]
    assert (client_side["recorded_by"], client_side["authority"]) == ("sue", "recorded_evidence")
    assert (client_side["document_reference"], client_side["seal_reference"]) == (
        EVIDENCE["document_reference"],
        EVIDENCE["seal_reference"],
    )
    assert (client_side["signer_name"], client_side["signer_title"]) == ("client signer", "Director")


async def test_a_high_value_contract_is_signed_for_the_company_by_a_manager(app: App) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    plan = [
        {"amount": "30000.00", "trigger": "on_signing"},
        {"amount": "120000.00", "trigger": "acceptance"},
    ]
    cid = (await api.in_signing(total="150000.00", installments=plan))["id"]
    refused = await api.sign(cid, "company", expect=403)  # a business_specialist
    assert refused["required_roles"] == ["manager"]
    await api.sign(cid, "company", MANAGER)
    signed = await api.sign(cid, "client", CLIENT_REP)  # the customer's own representative
    assert signed["status"] == "signed"
    assert {s["side"]: (s["recorded_by"], s["authority"]) for s in signed["signatures"]} == {
        "company": ("max", "manager"),
        "client": ("dana", "client_representative"),
    }


async def test_a_client_representative_sees_only_its_own_customers_contracts_and_settlements(
    app: App,
) -> None:
    client, runtime = app
    api = Walker(client, runtime)
    mine = await api.signed()  # cus-1, CLIENT_REP's customer
    theirs = await api.signed(customer_id="cus-2")
    for c in (mine, theirs):
        await accept_project(runtime, c)  # opens each contract's settlement
    settlements = (await api.call("GET", "/settlements", FINANCE))["items"]
    settlement_of = {s["contract_id"]: s["id"] for s in settlements}
    assert set(settlement_of) == {mine["id"], theirs["id"]}

    listed = await api.call("GET", "/contracts", CLIENT_REP)
    assert [c["id"] for c in listed["items"]] == [mine["id"]]
    asked = await api.call("GET", "/contracts", CLIENT_REP, params={"customer_id": "cus-2"})
    assert asked["items"] == []
    for tail in ("", "/revisions", "/reviews", "/schedule", "/payments"):
        await api.call("GET", f"/contracts/{mine['id']}{tail}", CLIENT_REP, 200)
        hidden = await api.call("GET", f"/contracts/{theirs['id']}{tail}", CLIENT_REP, 404)
        assert hidden["detail"] == f"no contract {theirs['id']}", tail
        await api.call("GET", f"/contracts/{theirs['id']}{tail}", NO_CLAIM, 403)
        await api.call("GET", f"/contracts/{theirs['id']}{tail}", FINANCE, 200)

    own = await api.call("GET", "/settlements", CLIENT_REP)
    assert [s["contract_id"] for s in own["items"]] == [mine["id"]]
    await api.call("GET", f"/settlements/{settlement_of[mine['id']]}", CLIENT_REP, 200)
    await api.call("GET", f"/settlements/{settlement_of[theirs['id']]}", CLIENT_REP, 404)
    await api.call("GET", "/settlements", NO_CLAIM, 403)
    await api.call("GET", "/contracts", NO_CLAIM, 403)

    # Kinds of record a representative never reads: invoices, and the signing policy (risk's rating).
    await api.call("GET", "/invoices", CLIENT_REP, 403)
    await api.call("GET", "/signing-policies/cus-1", CLIENT_REP, 403)
    await api.call("GET", "/signing-policies/cus-1", SPECIALIST, 200)


async def test_openapi_says_who_signs_and_when_signing_is_refused(app: App) -> None:
    client, _ = app
    paths = (await client.get("/openapi.json")).json()["paths"]
    sign = paths["/api/v1/contracts/{contract_id}/signatures"]["post"]
    for words in ("manager", "client_representative", "customer_id", "document_reference", "seal_reference"):
        assert words in sign["description"], words
    assert {"403", "404", "409", "422"} <= set(sign["responses"])
    assert "approved" in sign["responses"]["409"]["description"]
    start = paths["/api/v1/contracts/{contract_id}/start-signing"]["post"]
    assert "current revision" in start["description"]
    assert "approved" in start["responses"]["409"]["description"]
    patch = paths["/api/v1/contracts/{contract_id}"]["patch"]
    assert "withdraws" in patch["description"]
    for path in ("/api/v1/contracts/{contract_id}", "/api/v1/contracts/{contract_id}/schedule"):
        read = paths[path]["get"]
        assert "404" in read["responses"] and "client_representative" in read["description"], path
