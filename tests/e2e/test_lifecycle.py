"""The product, end to end, through REST only, in both run modes (embedded and distributed):

1. a lead becomes a signed contract, the contract a project, the accepted project a paid
   settlement; KPI shows the revenue and the deal's story;
2. an overdue installment raises the customer's credit level, crm flags the customer and contracts
   tightens signing for them; the payment brings the level back;
3. a complaint answered within its deadline and resolved moves KPI's service indicators.
"""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
import steps
from ptp_suite import demo
from ptp_suite.demo import CONTRACTS, CRM, PROJECTS

pytestmark = pytest.mark.integration

CRM_EVENTS = [
    "crm.customer.registered",
    "crm.lead.converted",
    "crm.initiation.approved",
    "crm.solution.accepted",
]
DEAL_MILESTONES = [
    "crm.solution.accepted",
    "contracts.contract.drafted",
    "contracts.contract.returned",
    "contracts.contract.revised",
    "contracts.contract.approved",
    "contracts.contract.signed",
    "projects.project.planned",
    "projects.milestone.completed",
    "projects.acceptance.failed",
    "projects.project.accepted",
    "contracts.settlement.approved",
    "contracts.settlement.paid",
]


def test_lead_to_paid_settlement_with_revenue_and_the_deals_story(suite: httpx.Client) -> None:
    api = steps.api_for(suite)
    company = steps.unique("Acme Freight")

    customer, opportunity = demo.lead_to_customer(api, company)
    assert customer["name"] == company and opportunity["customer_id"] == customer["id"]
    initiation = demo.approve_initiation(api, opportunity["id"])
    assert initiation["decided_by"] == api.people.pm
    solution = demo.accept_solution(api, opportunity["id"])
    deal = api.get(f"{CRM}/opportunities/{opportunity['id']}")
    assert deal["stage"] == "negotiation"

    # contracts drafted it on its own from crm.solution.accepted
    contract = demo.drafted_contract(api, customer["id"])
    assert contract["solution_id"] == solution["id"]
    assert (contract["owner"], contract["total"], contract["currency"]) == (
        api.people.specialist,
        "12000.00",
        "EUR",
    )
    cid = contract["id"]
    signed = demo.review_revise_and_sign(api, cid)
    assert signed["status"] == "signed" and signed["effective_date"]
    revisions = api.get(f"{CONTRACTS}/contracts/{cid}/revisions", "specialist")
    assert len(revisions) >= 3 and all(r["author"] for r in revisions)
    reviews = api.get(f"{CONTRACTS}/contracts/{cid}/reviews", "legal")
    assert [r["decision"] for r in reviews] == ["returned", "approved"]
    advance = steps.wait_until(lambda: demo.installment(api, cid, "on_signing")["status"] == "invoiced")
    assert advance

    # projects planned it on its own from contracts.contract.signed
    project = demo.planned_project(api, cid)
    assert project["customer_id"] == customer["id"] and project["status"] == "planning"
    assert [m["contract_milestone_id"] for m in project["milestones"]] == ["M1"]
    listed = demo.items(api.get(f"{PROJECTS}/projects", "pm", customer_id=customer["id"]))
    assert [p["id"] for p in listed] == [project["id"]]
    demo.deliver_milestone(api, project)
    reports = demo.items(api.get(f"{PROJECTS}/projects/{project['id']}/reports", "pm"))
    assert [r["author"] for r in reports] == [api.people.tech]

    # the milestone's installment is invoiced and due in contracts
    milestone_installment = demo.wait_installment(api, cid, "milestone")
    assert milestone_installment["invoice"]["amount"] == "4800.00"
    assert milestone_installment["due_date"] >= steps.today()

    accepted = demo.accept_after_rectification(api, project)
    assert (accepted["status"], accepted["signed_off_by"]) == ("accepted", api.people.client)
    rounds = [api.get(f"{PROJECTS}/projects/{project['id']}/acceptance/rounds/{n}", "pm") for n in (1, 2)]
    assert [r["status"] for r in rounds] == ["failed", "passed"]

    # contracts opened the settlement on acceptance; finance approves and pays it
    settlement = demo.settle(api, cid)
    assert settlement["paid_by"] == api.people.finance
    assert api.get(f"{CONTRACTS}/contracts/{cid}", "specialist")["status"] == "completed"

    scope = {"scope": "customer", "scope_id": customer["id"], "currency": "EUR"}
    steps.wait_kpi(api, "revenue", Decimal("12000.00"), **scope)
    steps.wait_kpi(api, "signed_contract_value", Decimal("12000.00"), **scope)

    # the deal's story: the correlation id of one of its events, and every event under it
    story = demo.wait_for_story(api, cid)
    correlation = story[0]["correlation_id"]
    assert correlation == api.correlation_id
    assert {r["correlation_id"] for r in story} == {correlation}
    assert {"crm", "contracts", "projects"} <= {r["source"] for r in story}
    in_time = sorted(story, key=lambda r: (r["occurred_at"], r["seq"]))
    types = [r["type"] for r in in_time]
    assert types[: len(CRM_EVENTS)] == CRM_EVENTS
    positions = [types.index(t) for t in DEAL_MILESTONES]
    assert positions == sorted(positions), types
    assert types[-1] in ("contracts.settlement.paid", "contracts.contract.completed")
