"""The risk register through REST alone: risks, assessments, matrix, responses, indicators, views."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from ptp_common.events.envelope import new_envelope
from ptp_common.events.schemas.projects import ProjectDelayed
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_risk.service import definition
from risk_support import as_message, crm_registers

pytestmark = pytest.mark.integration

SPECIALIST = bearer(["business_specialist"], sub="sam")
PM = bearer(["project_manager"], sub="pia")
MANAGER = bearer(["manager"], sub="max")
AUDITOR = bearer(["auditor"], sub="ann")
API = "/api/v1"


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, ServiceRuntime]]:
    async with running_app(definition, database_url) as (_app, client, runtime):
        await asyncio.wait_for(runtime.bus_connected.wait(), 10)
        await crm_registers(runtime, "cus-1")  # the customer the risks below are linked to
        yield client, runtime


async def test_identify_assess_answer_and_close_a_risk(app: tuple[httpx.AsyncClient, ServiceRuntime]) -> None:
    client, _ = app
    body = {"kind": "market", "title": "Competitor cuts prices", "customer_id": "cus-1"}
    assert (await client.post(f"{API}/risks", json=body, headers=AUDITOR)).status_code == 403

    created = await client.post(f"{API}/risks", json=body, headers={**SPECIALIST, "Idempotency-Key": "k1"})
    assert created.status_code == 201 and created.headers["etag"] == '"1"'
    risk = created.json()
    assert (risk["status"], risk["level"], risk["owner"]) == ("identified", None, "sam")
    again = await client.post(f"{API}/risks", json=body, headers={**SPECIALIST, "Idempotency-Key": "k1"})
    assert again.json()["id"] == risk["id"]
    url = f"{API}/risks/{risk['id']}"

    bad = await client.post(
        f"{url}/assessments", json={"method": "qualitative", "likelihood": 6, "impact": 2}, headers=PM
    )
    assert bad.status_code == 422
    assert [e["field"] for e in bad.json()["errors"]] == ["body.qualitative.likelihood"]

    quantitative = await client.post(
        f"{url}/assessments",
        json={
            "method": "quantitative",
            "exposure": {"amount": "100000.00", "currency": "EUR"},
            "probability": "0.08",
        },
        headers=PM,
    )
    assert quantitative.status_code == 201
    assert (quantitative.json()["expected_loss"], quantitative.json()["level"]) == ("8000.00", "medium")
    qualitative = await client.post(
        f"{url}/assessments", json={"method": "qualitative", "likelihood": 4, "impact": 4}, headers=PM
    )
    assert qualitative.json()["level"] == "high"
    assert (await client.get(url, headers=AUDITOR)).json()["level"] == "high"
    history = (await client.get(f"{url}/assessments", headers=AUDITOR)).json()["items"]
    assert [a["method"] for a in history] == ["qualitative", "quantitative"]  # both kept, newest first

    matrix = (await client.get(f"{API}/risk-matrix", headers=AUDITOR)).json()
    cell = next(c for c in matrix["cells"] if (c["likelihood"], c["impact"]) == (4, 4))
    assert (cell["count"], cell["level"], cell["risk_ids"]) == (1, "high", [risk["id"]])
    assert matrix["by_level"] == {"low": 0, "medium": 0, "high": 1}

    # Accepting a risk that is not low is a manager's approval with a reason (409 naming the rule).
    accept = {"kind": "accept", "action": "Live with it; watch prices monthly"}
    refused = await client.post(f"{url}/responses", json=accept, headers=PM)
    assert refused.status_code == 409 and refused.json()["rule"] == "accept-needs-manager-approval"
    unreasoned = await client.post(f"{url}/responses", json=accept, headers=MANAGER)
    assert unreasoned.status_code == 409
    approved = {**accept, "approval_reason": "Cheaper than matching the price"}
    assert (await client.post(f"{url}/responses", json=approved, headers=MANAGER)).status_code == 201
    reduce = await client.post(
        f"{url}/responses",
        json={
            "kind": "reduce",
            "action": "Bundle support",
            "due_date": "2026-12-31",
            "review_date": "2027-01-15",
        },
        headers=SPECIALIST,
    )
    response_url = f"{url}/responses/{reduce.json()['id']}"
    # The creation's ETag is all the first transition needs.
    assert reduce.headers["etag"] == f'"{reduce.json()["version"]}"'
    first_etag = {"If-Match": reduce.headers["etag"]}
    started = await client.post(f"{response_url}/start", headers={**SPECIALIST, **first_etag})
    assert started.json()["status"] == "in_progress"
    twice = await client.post(f"{response_url}/start", headers=SPECIALIST)
    assert twice.status_code == 409 and twice.json()["allowed_actions"] == ["cancel", "complete"]
    listed = (await client.get(f"{url}/responses?kind=reduce", headers=AUDITOR)).json()["items"]
    assert [(r["status"], r["review_date"]) for r in listed] == [("in_progress", "2027-01-15")]

    to_review = await client.get(
        f"{API}/responses?review_before=2027-01-31&status=in_progress", headers=AUDITOR
    )
    assert [r["action"] for r in to_review.json()["items"]] == ["Bundle support"]

    current = await client.get(url, headers=AUDITOR)
    assert current.json()["status"] == "responding"
    emptied = await client.patch(url, json={"owner": None}, headers=PM)
    assert emptied.status_code == 422 and emptied.json()["errors"][0]["field"] == "body.owner"
    stale = await client.patch(url, json={"owner": "lee"}, headers={**PM, "If-Match": '"1"'})
    assert stale.status_code == 412
    edited = await client.patch(
        url, json={"owner": "lee"}, headers={**PM, "If-Match": current.headers["etag"]}
    )
    assert edited.json()["owner"] == "lee" and edited.headers["etag"] != current.headers["etag"]

    # A high risk closes only after a completed avoid/reduce/transfer (the accept does not count).
    early = await client.post(f"{url}/close", headers={**PM, "If-Match": edited.headers["etag"]})
    assert early.status_code == 409
    assert early.json()["rule"] == "high-risk-closes-after-completed-treatment"
    assert (await client.post(f"{response_url}/complete", headers=SPECIALIST)).status_code == 200
    closed = await client.post(f"{url}/close", headers={**PM, "If-Match": edited.headers["etag"]})
    assert closed.json()["status"] == "closed"
    late = await client.post(
        f"{url}/assessments", json={"method": "qualitative", "likelihood": 1, "impact": 1}, headers=PM
    )
    assert late.status_code == 409 and late.json()["allowed_actions"] == ["reopen"]
    assert (await client.get(f"{API}/risk-matrix", headers=AUDITOR)).json()["by_level"]["high"] == 0

    counts = (await client.get(f"{API}/risk-events/counts?kind=market", headers=AUDITOR)).json()
    assert counts["kind"] == "market" and counts["granularity"] == "month"
    assert sorted((c["event"], c["count"]) for c in counts["counts"]) == [
        ("level_changed", 2),
        ("risk_raised", 1),
    ]


async def test_a_project_delay_raises_an_operational_risk_with_indicators(
    app: tuple[httpx.AsyncClient, ServiceRuntime],
) -> None:
    client, runtime = app

    async def delayed(days: int) -> None:
        data = ProjectDelayed(
            project_id="prj-1",
            contract_id="con-1",
            customer_id="cus-1",
            milestone_id="ms-2",
            days_late=days,
            reason="supplier late",
        )
        await runtime.bus.publish([as_message(new_envelope("projects", data, subject="prj-1"))])

    await delayed(10)
    await delayed(45)  # a worse slip re-assesses
    await delayed(3)  # an older, smaller one changes nothing
    risks = (await client.get(f"{API}/risks?project_id=prj-1", headers=AUDITOR)).json()["items"]
    assert [(r["kind"], r["level"], r["raised_automatically"]) for r in risks] == [
        ("operational", "high", True)
    ]
    url = f"{API}/risks/{risks[0]['id']}"
    assessments = (await client.get(f"{url}/assessments", headers=AUDITOR)).json()["items"]
    assert [(a["likelihood"], a["impact"], a["level"]) for a in assessments] == [
        (4, 4, "high"),
        (4, 3, "medium"),
    ]

    indicator = await client.post(
        f"{url}/indicators",
        json={"name": "days late", "unit": "days", "medium_threshold": "7", "high_threshold": "30"},
        headers=PM,
    )
    assert indicator.status_code == 201
    series = f"{url}/indicators/{indicator.json()['id']}/observations"
    for value, at in (("45", "2026-11-20T00:00:00Z"), ("10", "2026-11-10T00:00:00Z")):
        recorded = await client.post(
            series, json={"value": value, "observed_at": at}, headers=bearer(["finance"], sub="fin")
        )
        assert recorded.status_code == 201
    points = (await client.get(series, headers=AUDITOR)).json()["items"]
    assert [(p["observed_at"][:10], p["level"]) for p in points] == [
        ("2026-11-10", "medium"),
        ("2026-11-20", "high"),
    ]
    listed = (await client.get(f"{url}/indicators", headers=AUDITOR)).json()["items"]
    assert (listed[0]["latest_value"], listed[0]["level"]) == ("45.000000", "high")

    events = (await client.get(f"{API}/risk-events?kind=operational", headers=AUDITOR)).json()["items"]
    # The reading 45 (latest, past the high threshold) is a breach; the back-filled 10 is history.
    assert sorted(e["event"] for e in events) == [
        "indicator_breached",
        "level_changed",
        "level_changed",
        "risk_raised",
    ]


async def test_reads_need_a_token_writes_need_a_register_role_and_unknown_ids_are_404(
    sqlite_url: str,
) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, _runtime):
        assert (await client.get(f"{API}/risks")).status_code == 401
        assert (await client.get(f"{API}/risks/nope", headers=AUDITOR)).status_code == 404
        assessment = {"method": "qualitative", "likelihood": 2, "impact": 2}
        assert (
            await client.post(f"{API}/risks/nope/assessments", json=assessment, headers=PM)
        ).status_code == 404
        risk = (
            await client.post(f"{API}/risks", json={"kind": "technical", "title": "Old ERP"}, headers=PM)
        ).json()
        for headers in (AUDITOR, bearer(["finance"]), bearer(["legal"])):
            denied = await client.post(
                f"{API}/risks/{risk['id']}/assessments", json=assessment, headers=headers
            )
            assert denied.status_code == 403
            assert denied.headers["content-type"] == "application/problem+json"
        assert (await client.get(f"{API}/risks/{risk['id']}", headers=AUDITOR)).json()["level"] is None
