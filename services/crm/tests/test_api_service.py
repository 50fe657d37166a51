"""Client service and REST conventions of crm (SQLite; the database-specific paths run in test_api_flow)."""

from __future__ import annotations

from typing import Any

import pytest
from crm_testkit import (
    CUSTOMER_SERVICE,
    MANAGER,
    PROJECT_MANAGER,
    SPECIALIST,
    TECH_SUPPORT,
    Crm,
    initiated_opportunity,
    research_report,
    tech_support_edit,
)

pytestmark = pytest.mark.integration

MONEY = {"amount": "50000.00", "currency": "EUR"}


async def new_customer(crm: Crm, name: str = "Acme Logistics Ltd", **extra: str) -> dict:
    return await crm.ok("POST", "/api/v1/customers", SPECIALIST, 201, json={"name": name, **extra})


async def test_complaint_deadline_response_time_and_resolution_feed_the_events(crm: Crm) -> None:
    customer = await new_customer(crm)
    complaint = await crm.ok(
        "POST",
        "/api/v1/complaints",
        CUSTOMER_SERVICE,
        201,
        json={
            "customer_id": customer["id"],
            "category": "delivery_delay",
            "severity": "critical",
            "channel": "phone",
            "description": "Trackers late",
        },
    )
    assert complaint["received_at"] == "2026-01-01T09:00:00Z"
    assert complaint["response_deadline"] == "2026-01-01T13:00:00Z"  # critical: 4 hours
    assert complaint["overdue"] is False

    crm.clock.advance(hours=5)
    overdue = await crm.ok("GET", "/api/v1/complaints?overdue=true", MANAGER)
    assert [c["id"] for c in overdue["items"]] == [complaint["id"]]
    assert overdue["items"][0]["overdue"] is True

    url = f"/api/v1/complaints/{complaint['id']}"
    early_resolve = await crm.client.post(
        f"{url}/resolve",
        headers=CUSTOMER_SERVICE,
        json={"cause": "c", "resolution": "x", "communicated_via": "email"},
    )
    assert early_resolve.status_code == 409 and early_resolve.json()["allowed_actions"] == ["respond"]
    responded = await crm.ok("POST", f"{url}/respond", CUSTOMER_SERVICE, json={"response": "On it"})
    assert responded["response_minutes"] == 300.0 and responded["within_deadline"] is False
    assert (await crm.ok("GET", "/api/v1/complaints?overdue=true", MANAGER))["items"] == []

    crm.clock.advance(hours=20)
    bad = await crm.client.post(
        f"{url}/resolve",
        headers=CUSTOMER_SERVICE,
        json={"cause": "supplier", "resolution": "Shipped", "communicated_via": "email", "satisfaction": 0},
    )
    assert bad.status_code == 422 and [e["field"] for e in bad.json()["errors"]] == ["body.satisfaction"]
    resolved = await crm.ok(
        "POST",
        f"{url}/resolve",
        CUSTOMER_SERVICE,
        json={"cause": "supplier", "resolution": "Shipped", "communicated_via": "email", "satisfaction": 4},
    )
    assert resolved["status"] == "resolved" and resolved["resolved_by"] == "cole.service"

    opened = (await crm.events("crm.complaint.opened"))[0]["data"]
    answered = (await crm.events("crm.complaint.responded"))[0]["data"]
    closed = (await crm.events("crm.complaint.resolved"))[0]["data"]
    assert opened["received_at"] == "2026-01-01T09:00:00Z" and opened["severity"] == "critical"
    assert opened["response_deadline"] == "2026-01-01T13:00:00Z"
    assert answered["responded_at"] == "2026-01-01T14:00:00Z"
    assert answered["response_minutes"] == 300.0 and answered["within_deadline"] is False
    assert closed["satisfaction"] == 4 and closed["resolved_at"] == "2026-01-02T10:00:00Z"


async def test_each_role_does_only_its_own_work(crm: Crm) -> None:
    customer = await new_customer(crm)
    cases = [
        ("POST", "/api/v1/customers", CUSTOMER_SERVICE, {"name": "X"}),
        ("POST", "/api/v1/leads", MANAGER, {"company_name": "X", "channel": "phone"}),
        (
            "POST",
            "/api/v1/complaints",
            SPECIALIST,
            {
                "customer_id": customer["id"],
                "category": "c",
                "severity": "low",
                "channel": "phone",
                "description": "d",
            },
        ),
        ("POST", "/api/v1/feedback", TECH_SUPPORT, {"customer_id": customer["id"], "score": 3}),
    ]
    for method, url, headers, body in cases:
        response = await crm.client.request(method, url, headers=headers, json=body)
        assert response.status_code == 403, (url, response.text)
    unauthenticated = await crm.client.get("/api/v1/customers")
    assert unauthenticated.status_code == 401
    assert (await crm.ok("GET", f"/api/v1/customers/{customer['id']}", MANAGER))["name"] == customer["name"]


async def test_only_a_project_manager_decides_an_initiation_and_a_rejected_one_can_be_refiled(
    crm: Crm,
) -> None:
    customer = await new_customer(crm)
    opp = await crm.ok(
        "POST",
        "/api/v1/opportunities",
        SPECIALIST,
        201,
        json={"customer_id": customer["id"], "title": "Deal"},
    )
    body = {
        "opportunity_id": opp["id"],
        "background": "b",
        "content": "c",
        "expected_revenue": MONEY,
        "research_report_ids": [await research_report(crm, opp["id"])],
    }
    first = await crm.ok("POST", "/api/v1/initiations", SPECIALIST, 201, json=body)
    duplicate = await crm.client.post("/api/v1/initiations", headers=SPECIALIST, json=body)
    assert duplicate.status_code == 409

    url = f"/api/v1/initiations/{first['id']}"
    denied = await crm.client.post(f"{url}/approve", headers=SPECIALIST, json={})
    assert denied.status_code == 403
    unevaluated = await crm.client.post(f"{url}/approve", headers=PROJECT_MANAGER, json={})
    assert unevaluated.status_code == 409
    assert unevaluated.json()["allowed_actions"] == ["evaluations", "reject"]
    rejected = await crm.ok("POST", f"{url}/reject", PROJECT_MANAGER, json={"reason": "no capacity"})
    assert rejected["status"] == "rejected"
    assert (await crm.events("crm.initiation.rejected"))[0]["data"]["reason"] == "no capacity"

    refiled = await crm.ok("POST", "/api/v1/initiations", SPECIALIST, 201, json=body)
    assert refiled["status"] == "submitted"
    early = await crm.client.post(
        "/api/v1/solutions",
        headers=SPECIALIST,
        json={"opportunity_id": opp["id"], "title": "t", "scope": "s", "price_estimate": MONEY},
    )
    assert early.status_code == 409 and early.json()["initiation_status"] == "submitted"


async def test_stale_if_match_is_refused_and_nothing_changes(crm: Crm) -> None:
    customer = await new_customer(crm)
    url = f"/api/v1/customers/{customer['id']}"
    fresh = await crm.client.patch(url, headers={**SPECIALIST, "If-Match": '"1"'}, json={"region": "south"})
    assert fresh.status_code == 200 and fresh.headers["ETag"] == '"2"'
    stale = await crm.client.patch(url, headers={**SPECIALIST, "If-Match": '"1"'}, json={"region": "west"})
    assert stale.status_code == 412
    cleared = await crm.client.patch(url, headers=SPECIALIST, json={"name": None})
    assert cleared.status_code == 422 and [e["field"] for e in cleared.json()["errors"]] == ["body.name"]
    assert (await crm.ok("GET", url, SPECIALIST))["region"] == "south"
    updated = await crm.events("crm.customer.updated")
    assert [e["data"]["changes"] for e in updated] == [{"region": "south"}]


async def test_an_amount_finer_than_its_currency_allows_is_a_422_naming_the_amount(crm: Crm) -> None:
    customer = await new_customer(crm)
    body = {"customer_id": customer["id"], "title": "Deal", "expected_revenue": {
        "amount": "1000.50", "currency": "JPY"}}
    refused = await crm.client.post("/api/v1/opportunities", headers=SPECIALIST, json=body)
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["body.expected_revenue.amount"]


async def created(crm: Crm, url: str, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    """POST a creation; its 201 carries the ETag of the version it answers with."""
    answer = await crm.client.post(url, headers=headers, json=body)
    assert answer.status_code == 201, answer.text
    assert answer.headers["ETag"] == f'"{answer.json()["version"]}"'
    return {**answer.json(), "etag": answer.headers["ETag"]}


async def test_every_creation_answers_with_the_etag_its_first_transition_needs(crm: Crm) -> None:
    customer = await created(crm, "/api/v1/customers", SPECIALIST, {"name": "Acme Logistics Ltd"})
    lead = await created(crm, "/api/v1/leads", SPECIALIST, {"company_name": "Beta", "channel": "phone"})
    inquiry = await created(crm, "/api/v1/inquiries", CUSTOMER_SERVICE, {
        "customer_id": customer["id"], "topic": "invoice copy", "channel": "phone", "question": "Resend?"})
    await created(crm, "/api/v1/complaints", CUSTOMER_SERVICE, {
        "customer_id": customer["id"], "category": "delivery_delay", "severity": "low", "channel": "phone",
        "description": "Trackers late"})
    opp = await initiated_opportunity(crm, customer["id"])
    await created(crm, "/api/v1/solutions", SPECIALIST, {
        "opportunity_id": opp["id"], "title": "Live tracking", "scope": "300 units", "advantages": "a",
        "expected_effect": "e", "price_estimate": MONEY})
    other = await created(
        crm, "/api/v1/opportunities", SPECIALIST, {"customer_id": customer["id"], "title": "B"}
    )
    await created(crm, "/api/v1/initiations", SPECIALIST, {
        "opportunity_id": other["id"], "background": "b", "content": "c", "expected_revenue": MONEY,
        "research_report_ids": [await research_report(crm, other["id"])]})

    # The first transition goes straight from the creation's answer, no GET in between.
    for url, headers, body in [
        (f"/api/v1/leads/{lead['id']}/qualify", {**SPECIALIST, "If-Match": lead["etag"]}, {}),
        (f"/api/v1/inquiries/{inquiry['id']}/respond", {**CUSTOMER_SERVICE, "If-Match": inquiry["etag"]},
         {"response": "Sent again."}),
    ]:
        moved = await crm.client.post(url, headers=headers, json=body)
        assert moved.status_code == 200, moved.text
        stale = await crm.client.post(url, headers=headers, json=body)
        assert stale.status_code == 412


async def test_a_retried_creation_with_the_same_idempotency_key_creates_one_lead(crm: Crm) -> None:
    headers = {**SPECIALIST, "Idempotency-Key": "lead-42"}
    body = {"company_name": "Epsilon", "channel": "online"}
    first = await crm.ok("POST", "/api/v1/leads", headers, 201, json=body)
    retry = await crm.client.post("/api/v1/leads", headers=headers, json=body)
    assert retry.status_code == 201 and retry.json()["id"] == first["id"]
    assert len((await crm.ok("GET", "/api/v1/leads", SPECIALIST))["items"]) == 1


async def test_customer_search_by_name_with_filters_pages_in_a_stable_order(crm: Crm) -> None:
    for name, region in [
        ("Acme North", "north"),
        ("acme south", "south"),
        ("Acme West", "north"),
        ("Other", "north"),
    ]:
        await new_customer(crm, name, region=region)
        crm.clock.advance(minutes=1)
    first = await crm.ok("GET", "/api/v1/customers?q=ACME&region=north&limit=1", MANAGER)
    assert [c["name"] for c in first["items"]] == ["Acme North"]
    second = await crm.ok(
        "GET", f"/api/v1/customers?q=ACME&region=north&limit=1&cursor={first['next_cursor']}", MANAGER
    )
    assert [c["name"] for c in second["items"]] == ["Acme West"] and second["next_cursor"] is None


async def test_a_presented_solution_is_revised_into_the_next_version(crm: Crm) -> None:
    customer = await new_customer(crm)
    opp = await crm.ok(
        "POST",
        "/api/v1/opportunities",
        SPECIALIST,
        201,
        json={"customer_id": customer["id"], "title": "Deal"},
    )
    initiation = await crm.ok(
        "POST",
        "/api/v1/initiations",
        SPECIALIST,
        201,
        json={
            "opportunity_id": opp["id"],
            "background": "b",
            "content": "c",
            "expected_revenue": MONEY,
            "research_report_ids": [await research_report(crm, None)],
        },
    )
    url = f"/api/v1/initiations/{initiation['id']}"
    evaluation = {"department": "legal", "recommendation": "approve", "opinion": "fine"}
    retried_headers = {**PROJECT_MANAGER, "Idempotency-Key": "eval-1"}
    for _ in range(2):  # a retried evaluation is recorded once
        await crm.ok("POST", f"{url}/evaluations", retried_headers, 201, json=evaluation)
    assert len((await crm.ok("GET", url, MANAGER))["evaluations"]) == 1
    await crm.ok("POST", f"{url}/approve", PROJECT_MANAGER, json={})
    v1 = await crm.ok(
        "POST",
        "/api/v1/solutions",
        SPECIALIST,
        201,
        json={"opportunity_id": opp["id"], "title": "t", "scope": "s", "price_estimate": MONEY},
    )
    v1 = await tech_support_edit(crm, v1)
    await crm.ok("POST", f"/api/v1/solutions/{v1['id']}/present", SPECIALIST, json={})
    frozen = await crm.client.patch(
        f"/api/v1/solutions/{v1['id']}", headers=TECH_SUPPORT, json={"scope": "x"}
    )
    assert frozen.status_code == 409
    v2 = await crm.ok("POST", f"/api/v1/solutions/{v1['id']}/revise", TECH_SUPPORT, 201)
    assert (v2["number"], v2["previous_id"], v2["status"]) == (2, v1["id"], "draft")
    assert v2["tech_contributors"] == ["tess.tech"]
    assert (await crm.ok("GET", f"/api/v1/solutions/{v1['id']}", SPECIALIST))["status"] == "superseded"
    await crm.ok("POST", f"/api/v1/solutions/{v2['id']}/present", SPECIALIST, json={})
    await crm.ok("POST", f"/api/v1/solutions/{v2['id']}/accept", SPECIALIST, json={})
    events = await crm.events("crm.solution.accepted")
    assert [(e["data"]["solution_id"], e["data"]["version"]) for e in events] == [(v2["id"], 2)]


async def test_needs_meetings_and_research_are_recorded_for_the_opportunity(crm: Crm) -> None:
    customer = await new_customer(crm)
    opp = await crm.ok(
        "POST",
        "/api/v1/opportunities",
        SPECIALIST,
        201,
        json={"customer_id": customer["id"], "title": "Deal"},
    )
    meeting = {
        "held_at": "2026-01-01T10:00:00+02:00",
        "attendees": [
            {"name": "Jane Roe", "department": "operations", "is_client": True},
            {"name": "Tess Tech", "department": "technical"},
        ],
        "pain_points": ["8% failed deliveries"],
        "goals": ["live tracking"],
        "outcome": "Pilot agreed in principle",
    }
    url = f"/api/v1/opportunities/{opp['id']}/needs-meetings"
    await crm.ok("POST", url, SPECIALIST, 201, json=meeting)
    listed = (await crm.ok("GET", url, MANAGER))["items"]
    assert listed[0]["held_at"] == "2026-01-01T08:00:00Z"
    assert [a["department"] for a in listed[0]["attendees"]] == ["operations", "technical"]

    report = {
        "title": "Telematics 2026",
        "industry": "logistics",
        "opportunity_id": opp["id"],
        "conclusion": "go",
    }
    await crm.ok("POST", "/api/v1/research-reports", SPECIALIST, 201, json=report)
    dangling = await crm.client.post(
        "/api/v1/research-reports", headers=SPECIALIST, json={**report, "opportunity_id": "nope"}
    )
    assert dangling.status_code == 422
    assert [e["field"] for e in dangling.json()["errors"]] == ["body.opportunity_id"]
    found = await crm.ok("GET", "/api/v1/research-reports?industry=logistics", MANAGER)
    assert [r["title"] for r in found["items"]] == ["Telematics 2026"]


async def test_a_lost_opportunity_needs_a_reason_and_takes_no_initiation(crm: Crm) -> None:
    customer = await new_customer(crm)
    opp = await crm.ok(
        "POST",
        "/api/v1/opportunities",
        SPECIALIST,
        201,
        json={"customer_id": customer["id"], "title": "Deal"},
    )
    url = f"/api/v1/opportunities/{opp['id']}"
    early_win = await crm.client.post(f"{url}/win", headers=SPECIALIST)
    assert early_win.status_code == 409 and early_win.json()["allowed_actions"] == ["advance", "lose"]
    no_reason = await crm.client.post(f"{url}/lose", headers=SPECIALIST, json={})
    assert no_reason.status_code == 422 and [e["field"] for e in no_reason.json()["errors"]] == [
        "body.reason"
    ]
    lost = await crm.ok("POST", f"{url}/lose", SPECIALIST, json={"reason": "competitor on price"})
    assert (lost["stage"], lost["lost_reason"]) == ("lost", "competitor on price")
    initiation = await crm.client.post(
        "/api/v1/initiations",
        headers=SPECIALIST,
        json={
            "opportunity_id": opp["id"],
            "background": "b",
            "content": "c",
            "expected_revenue": MONEY,
            "research_report_ids": [await research_report(crm, opp["id"])],
        },
    )
    assert initiation.status_code == 409


async def test_an_initiation_request_names_the_research_it_rests_on(crm: Crm) -> None:
    customer = await new_customer(crm)
    opp = await crm.ok(
        "POST",
        "/api/v1/opportunities",
        SPECIALIST,
        201,
        json={"customer_id": customer["id"], "title": "Deal"},
    )
    other = await crm.ok(
        "POST",
        "/api/v1/opportunities",
        SPECIALIST,
        201,
        json={"customer_id": customer["id"], "title": "Other"},
    )
    body = {"opportunity_id": opp["id"], "background": "b", "content": "c", "expected_revenue": MONEY}

    async def refused(research: Any) -> list[str]:
        extra = {} if research is None else {"research_report_ids": research}
        answer = await crm.client.post("/api/v1/initiations", headers=SPECIALIST, json={**body, **extra})
        assert answer.status_code == 422, answer.text
        return [e["field"] for e in answer.json()["errors"]]

    assert await refused(None) == ["body.research_report_ids"]
    assert await refused([]) == ["body.research_report_ids"]
    assert await refused(["no-such-report"]) == ["body.research_report_ids.0"]
    about_other = await research_report(crm, other["id"])
    assert await refused([await research_report(crm, None), about_other]) == ["body.research_report_ids.1"]

    general, own = await research_report(crm, None), await research_report(crm, opp["id"])
    filed = await crm.ok(
        "POST", "/api/v1/initiations", SPECIALIST, 201, json={**body, "research_report_ids": [general, own]}
    )
    assert filed["research_report_ids"] == [general, own]


async def test_a_solution_is_presented_only_after_tech_support_contributed(crm: Crm) -> None:
    customer = await new_customer(crm)
    opp = await initiated_opportunity(crm, customer["id"])
    # A name typed into co_authors is not tech support's contribution.
    draft = await crm.ok(
        "POST",
        "/api/v1/solutions",
        SPECIALIST,
        201,
        json={
            "opportunity_id": opp["id"],
            "title": "t",
            "scope": "s",
            "price_estimate": MONEY,
            "co_authors": ["tess.tech"],
        },
    )
    assert draft["tech_contributors"] == []
    alone = await crm.client.post(f"/api/v1/solutions/{draft['id']}/present", headers=SPECIALIST, json={})
    assert alone.status_code == 409, alone.text
    assert "tech_support" in alone.json()["detail"]
    assert (await crm.ok("GET", f"/api/v1/solutions/{draft['id']}", SPECIALIST))["status"] == "draft"

    edited = await tech_support_edit(crm, draft)
    assert edited["tech_contributors"] == ["tess.tech"]
    presented = await crm.ok("POST", f"/api/v1/solutions/{draft['id']}/present", SPECIALIST, json={})
    assert presented["status"] == "presented"
