"""The deal's path through REST alone: lead -> customer -> opportunity -> approved initiation ->
accepted solution, with its events; and the clear refusals that write nothing. Both databases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from crm_testkit import CUSTOMER_SERVICE, PROJECT_MANAGER, SPECIALIST, TECH_SUPPORT, Crm, research_report
from ptp_crm.db.models import Customer, Lead, Opportunity, Solution
from sqlalchemy import func, select

pytestmark = pytest.mark.integration

LEAD = {"company_name": "Acme Logistics Ltd", "contact_name": "Jane Roe", "channel": "trade_show"}
CONVERSION = {
    "registration_number": "HRB-12345",
    "industry": "logistics",
    "region": "north",
    "size": "large",
    "opportunity_title": "Fleet telematics rollout",
    "expected_revenue": {"amount": "250000.00", "currency": "EUR"},
    "probability": 30,
}
SOLUTION = {
    "title": "Live fleet tracking",
    "scope": "300 telematics units, routing platform, training, 12 months support",
    "advantages": "Cuts failed deliveries by half",
    "implementation_steps": [
        {"name": "Pilot", "description": "20 trucks", "duration_days": 30},
        {"name": "Rollout", "duration_days": 60},
    ],
    "expected_effect": "8% -> 4% failed deliveries",
    "price_estimate": {"amount": "240000.00", "currency": "EUR"},
}


async def convert_lead(crm: Crm) -> dict[str, Any]:
    lead = await crm.ok("POST", "/api/v1/leads", SPECIALIST, 201, json=LEAD)
    return await crm.ok("POST", f"/api/v1/leads/{lead['id']}/convert", SPECIALIST, json=CONVERSION)


async def approved_initiation(crm: Crm, opportunity_id: str) -> dict[str, Any]:
    initiation = await crm.ok(
        "POST",
        "/api/v1/initiations",
        SPECIALIST,
        201,
        json={
            "opportunity_id": opportunity_id,
            "background": "8% failed deliveries",
            "content": "Telematics and routing",
            "expected_revenue": {"amount": "250000.00", "currency": "EUR"},
            "research_report_ids": [await research_report(crm, opportunity_id)],
        },
    )
    url = f"/api/v1/initiations/{initiation['id']}"
    await crm.ok(
        "POST",
        f"{url}/evaluations",
        PROJECT_MANAGER,
        201,
        json={"department": "technical", "recommendation": "approve", "opinion": "Feasible"},
    )
    return await crm.ok("POST", f"{url}/approve", PROJECT_MANAGER, json={"comment": "go"})


async def count(crm: Crm, model: Any) -> int:
    async with crm.runtime.db.sessions() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


async def test_lead_to_accepted_solution_through_rest_emits_the_events(
    database_url: str, start_crm: Callable[..., Any]
) -> None:
    async with start_crm(database_url) as crm:
        converted = await convert_lead(crm)
        customer, opportunity = converted["customer"], converted["opportunity"]
        assert converted["lead"]["status"] == "converted"
        assert customer["channel"] == "trade_show" and customer["owner"] == "sam.specialist"
        assert opportunity["stage"] == "prospect" and opportunity["customer_id"] == customer["id"]
        contacts = await crm.ok("GET", f"/api/v1/customers/{customer['id']}/contacts", SPECIALIST)
        assert [c["name"] for c in contacts["items"]] == ["Jane Roe"]

        initiation = await approved_initiation(crm, opportunity["id"])
        assert initiation["status"] == "approved" and initiation["decided_by"] == "pat.pm"
        assert initiation["target_customer"] == "Acme Logistics Ltd"

        solution = await crm.ok(
            "POST",
            "/api/v1/solutions",
            SPECIALIST,
            201,
            json={**SOLUTION, "opportunity_id": opportunity["id"]},
        )
        url = f"/api/v1/solutions/{solution['id']}"
        edited = await crm.ok(
            "PATCH",
            url,
            {**TECH_SUPPORT, "If-Match": f'"{solution["version"]}"'},
            json={"advantages": "Also cuts fuel use"},
        )
        assert edited["authors"] == ["sam.specialist", "tess.tech"]
        await crm.ok("POST", f"{url}/present", SPECIALIST, json={"client_questions": "Pilot in May?"})
        accepted = await crm.ok("POST", f"{url}/accept", SPECIALIST, json={"note": "COO signed off"})
        assert accepted["status"] == "accepted" and accepted["allowed_actions"] == []

        again = await crm.client.post(f"{url}/accept", headers=SPECIALIST, json={})
        assert again.status_code == 409
        assert again.json()["allowed_actions"] == []
        deal = await crm.ok("GET", f"/api/v1/opportunities/{opportunity['id']}", SPECIALIST)
        assert deal["stage"] == "negotiation"

        types = [e["type"] for e in await crm.events()]
        assert types == [
            "crm.customer.registered",
            "crm.lead.converted",
            "crm.research.filed",
            "crm.initiation.approved",
            "crm.solution.accepted",
        ]
        registered = (await crm.events("crm.customer.registered"))[0]
        assert registered["data"]["channel"] == "trade_show"
        assert registered["data"]["customer_id"] == customer["id"]
        event = (await crm.events("crm.solution.accepted"))[0]
        assert event["subject"] == solution["id"] and event["actor"] == "sam.specialist"
        data = event["data"]
        assert data["customer_id"] == customer["id"] and data["customer_name"] == "Acme Logistics Ltd"
        assert data["owner"] == "sam.specialist" and data["opportunity_id"] == opportunity["id"]
        assert data["title"] == SOLUTION["title"] and data["scope"] == SOLUTION["scope"]
        assert data["advantages"] == "Also cuts fuel use" and data["version"] == 1
        assert data["price_estimate"] == {"amount": "240000.00", "currency": "EUR"}
        assert [s["name"] for s in data["implementation_steps"]] == ["Pilot", "Rollout"]
        approved = (await crm.events("crm.initiation.approved"))[0]["data"]
        assert approved["expected_revenue"] == {"amount": "250000.00", "currency": "EUR"}


async def test_refusals_are_clear_and_write_nothing(database_url: str, start_crm: Callable[..., Any]) -> None:
    async with start_crm(database_url) as crm:
        converted = await convert_lead(crm)
        opportunity_id = converted["opportunity"]["id"]
        before = (
            await count(crm, Customer),
            await count(crm, Lead),
            await count(crm, Opportunity),
            len(await crm.events()),
        )

        # A duplicate customer, however it is spelled: 409 naming the existing one.
        twin = await crm.client.post(
            "/api/v1/customers", headers=SPECIALIST, json={"name": "  ACME logistics   LTD"}
        )
        assert twin.status_code == 409
        assert twin.headers["content-type"] == "application/problem+json"
        assert twin.json()["existing_id"] == converted["customer"]["id"]
        same_number = await crm.client.post(
            "/api/v1/customers",
            headers=SPECIALIST,
            json={"name": "Other name", "registration_number": "hrb 12345"},
        )
        assert same_number.json()["existing_id"] == converted["customer"]["id"]

        # Converting a second lead into the same company: 409, and the lead stays unconverted.
        lead = await crm.ok("POST", "/api/v1/leads", SPECIALIST, 201, json=LEAD)
        clash = await crm.client.post(
            f"/api/v1/leads/{lead['id']}/convert", headers=SPECIALIST, json=CONVERSION
        )
        assert clash.status_code == 409 and clash.json()["existing_id"] == converted["customer"]["id"]
        assert (await crm.ok("GET", f"/api/v1/leads/{lead['id']}", SPECIALIST))["status"] == "new"

        # A solution before the initiation is approved: 409.
        early = await crm.client.post(
            "/api/v1/solutions", headers=SPECIALIST, json={**SOLUTION, "opportunity_id": opportunity_id}
        )
        assert early.status_code == 409
        assert early.json()["initiation_status"] == "none"

        # A bad channel or score: 422 naming the field.
        bad_channel = await crm.client.post(
            "/api/v1/leads", headers=SPECIALIST, json={**LEAD, "channel": "fax"}
        )
        assert bad_channel.status_code == 422
        assert [e["field"] for e in bad_channel.json()["errors"]] == ["body.channel"]
        bad_score = await crm.client.post(
            "/api/v1/feedback",
            headers=CUSTOMER_SERVICE,
            json={"customer_id": converted["customer"]["id"], "score": 6},
        )
        assert bad_score.status_code == 422
        assert [e["field"] for e in bad_score.json()["errors"]] == ["body.score"]

        after = (
            await count(crm, Customer),
            await count(crm, Lead),
            await count(crm, Opportunity),
            len(await crm.events()),
        )
        assert after == (before[0], before[1] + 1, before[2], before[3])  # only the second lead
        assert await count(crm, Solution) == 0
