"""The product, end to end, through REST only, in both run modes (embedded and distributed):

1. a lead becomes a signed contract, the contract a project, the accepted project a paid
   settlement; KPI shows the revenue and the deal's story;
2. an overdue installment raises the customer's credit level, crm flags the customer and contracts
   tightens signing for them; the payment brings the level back;
3. a complaint answered within its deadline and resolved moves KPI's service indicators.

Every call goes through the typed client generated from the OpenAPI documents (``ptp_client``).
Each ends with the suite's books closing for its customer (``ptp_suite.books``: the six money
invariants of docs/domain.md, read over REST).
"""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
import steps
from ptp_client.contracts.api.contract_lifecycle import (
    override_signing_policy as override_policy,
)
from ptp_client.contracts.api.contracts import get_contract
from ptp_client.contracts.api.contracts import (
    list_contract_reviews as list_reviews,
)
from ptp_client.contracts.api.contracts import (
    list_contract_revisions as list_revisions,
)
from ptp_client.crm.api.complaints import resolve_complaint as resolve
from ptp_client.crm.api.complaints import respond_to_complaint as respond
from ptp_client.crm.api.customers import list_customers
from ptp_client.crm.api.opportunities import (
    get_opportunity,
)
from ptp_client.projects.api.acceptance import (
    get_acceptance_round as get_round,
)
from ptp_client.projects.api.progress import (
    list_reports,
)
from ptp_client.projects.api.projects import list_projects
from ptp_suite import demo

pytestmark = pytest.mark.integration

CRM_EVENTS = [
    "crm.customer.registered",
    "crm.lead.converted",
    "crm.research.filed",  # the initiation request rests on market research
    "crm.initiation.approved",
    "crm.solution.accepted",
]
DEAL_MILESTONES = [
    "crm.solution.accepted",
    "contracts.contract.drafted",
    "contracts.contract.revised",  # the draft filled in: every change is a revision, drafts too
    "contracts.contract.returned",
    "contracts.contract.approved",
    "contracts.contract.signed",
    "projects.project.planned",
    "projects.milestone.completed",
    "projects.acceptance.failed",
    "projects.project.accepted",
    "contracts.settlement.approved",
    "contracts.settlement.paid",
]


def assert_books_close(api: demo.Api, customer_id: str) -> None:
    closing = demo.books_close(api, [customer_id])
    assert closing.closed, closing.summary()


def test_lead_to_paid_settlement_with_revenue_and_the_deals_story(suite: httpx.Client) -> None:
    api = steps.api_for(suite)
    company = steps.unique("Acme Freight")

    customer, opportunity = demo.lead_to_customer(api, company)
    assert customer["name"] == company and opportunity["customer_id"] == customer["id"]
    initiation = demo.approve_initiation(api, opportunity["id"])
    assert initiation["decided_by"] == api.people.pm
    solution = demo.accept_solution(api, opportunity["id"])
    deal = api.op(get_opportunity, opportunity_id=opportunity["id"])
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
    revisions = api.pages(list_revisions, "specialist", contract_id=cid)
    assert len(revisions) >= 3 and all(r["author"] for r in revisions)
    reviews = api.pages(list_reviews, "legal", contract_id=cid)
    # The guarantee added in negotiation withdrew the first approval: legal approved the signed revision.
    assert [r["decision"] for r in reviews] == ["returned", "approved", "approved"]
    assert reviews[-1]["revision"] == signed["revision"] == signed["approved_revision"]
    advance = steps.wait_until(lambda: demo.installment(api, cid, "on_signing")["status"] == "invoiced")
    assert advance

    # projects planned it on its own from contracts.contract.signed
    project = demo.planned_project(api, cid)
    assert project["customer_id"] == customer["id"] and project["status"] == "planning"
    assert [m["contract_milestone_id"] for m in project["milestones"]] == ["M1"]
    listed = demo.items(api.op(list_projects, "pm", customer_id=customer["id"]))
    assert [p["id"] for p in listed] == [project["id"]]
    demo.deliver_milestone(api, project)
    reports = demo.items(api.op(list_reports, "pm", project_id=project["id"]))
    assert [r["author"] for r in reports] == [api.people.tech]

    # the milestone's installment is invoiced and due in contracts
    milestone_installment = demo.wait_installment(api, cid, "milestone")
    assert milestone_installment["invoice"]["amount"] == "4800.00"
    assert milestone_installment["due_date"] >= steps.today()

    accepted = demo.accept_after_rectification(api, project)
    assert (accepted["status"], accepted["signed_off_by"]) == ("accepted", api.people.client)
    rounds = [api.op(get_round, "pm", project_id=project["id"], number=n) for n in (1, 2)]
    assert [r["status"] for r in rounds] == ["failed", "passed"]

    # contracts opened the settlement on acceptance; finance approves and pays it
    settlement = demo.settle(api, cid)
    assert settlement["paid_by"] == api.people.finance
    assert api.op(get_contract, "specialist", contract_id=cid)["status"] == "completed"

    scope = {"scope": "customer", "scope_id": customer["id"], "currency": "EUR"}
    steps.wait_kpi(api, "revenue", Decimal("12000.00"), **scope)
    steps.wait_kpi(api, "signed_contract_value", Decimal("12000.00"), **scope)

    # the deal's story: the correlation id of one of its events, and every event under it
    story = demo.wait_for_story(api, cid)
    correlation = story[0]["correlation_id"]
    assert correlation == api.correlation_id
    assert {r["correlation_id"] for r in story} == {correlation}
    assert {"crm", "contracts", "projects"} <= {r["source"] for r in story}
    assert story == demo.in_time(story)  # the story is told in the order things happened
    types = [r["type"] for r in story]
    assert types[: len(CRM_EVENTS)] == CRM_EVENTS
    positions = [types.index(t) for t in DEAL_MILESTONES]
    assert positions == sorted(positions), types
    assert types[-1] in ("contracts.settlement.paid", "contracts.contract.completed")
    assert_books_close(api, customer["id"])


def test_overdue_installment_raises_credit_risk_tightens_signing_and_payment_recovers(
    suite: httpx.Client,
) -> None:
    api = steps.api_for(suite)
    customer, _ = demo.lead_to_customer(api, steps.unique("Late Payer"))
    cus = customer["id"]
    first_due = steps.today(-35)
    contract = steps.direct_contract(
        api,
        customer,
        [
            {"label": "first", "amount": "3000.00", "trigger": "fixed_date", "due_date": first_due},
            {"label": "rest", "amount": "9000.00", "trigger": "acceptance"},
        ],
    )
    assert steps.sign(api, contract["id"])["status"] == "signed"
    first = demo.installment(api, contract["id"], "fixed_date")
    assert (first["status"], first["due_date"]) == ("invoiced", first_due)
    before = steps.credit_profile(api, cus)
    assert before is None or before["level"] == "low"
    assert steps.signing_policy(api, cus)["mode"] == "allow"

    # the controlled clock: the overdue scan as of now, 35 days past the due date
    scan = steps.run_job(api, "contracts", "overdue-scan", demo.now_iso())
    assert scan["result"]["emitted"] >= 2  # the 1- and 30-day thresholds of this installment
    overdue = steps.wait_until(
        lambda: (
            len(found := demo.trail(api, subject=contract["id"], type="contracts.payment.overdue")) >= 2
            and found
        ),
        what="contracts.payment.overdue in the trail",
    )
    assert sorted(r["event"]["data"]["threshold_days"] for r in overdue) == [1, 30]

    # risk: the level rises; crm flags the customer; contracts tightens the signing policy
    profile = steps.wait_credit_level(api, cus, "medium")
    assert profile["rating"] == "C" and profile["figures"]["worst_days_overdue"] == 35
    flag = steps.wait_until(
        lambda: (f := steps.crm_risk_flag(api, cus)) and f["level"] == "medium" and f,
        what="crm's risk flag on the customer",
    )
    assert flag["rating"] == "C"
    flagged = demo.items(api.op(list_customers, "specialist", risk_level="medium", q=customer["name"]))
    assert [c["id"] for c in flagged] == [cus]
    policy = steps.wait_until(
        lambda: (p := steps.signing_policy(api, cus))["mode"] == "require_prepayment" and p,
        what="the tightened signing policy",
    )
    assert Decimal(policy["min_prepayment_ratio"]) == Decimal("0.3")

    # a new contract with 25% on signing cannot be signed ...
    low_advance = [
        {"amount": "3000.00", "trigger": "on_signing"},
        {"amount": "9000.00", "trigger": "acceptance"},
    ]
    refused_contract = steps.direct_contract(api, customer, low_advance)
    refused = steps.sign(api, refused_contract["id"], expect_status=409)
    assert "prepayment" in refused["detail"] and refused["override_role"] == "manager"
    # ... unless the prepayment is raised to the required ratio ...
    enough = [
        {"amount": "4000.00", "trigger": "on_signing"},
        {"amount": "8000.00", "trigger": "acceptance"},
    ]
    complying = steps.direct_contract(api, customer, enough)
    assert steps.sign(api, complying["id"])["status"] == "signed"
    # ... or a manager overrides the policy for that contract (reason recorded)
    overridden = api.op(
        override_policy,
        "manager",
        contract_id=refused_contract["id"],
        body={"reason": "bank guarantee"},
    )
    assert overridden["policy_override"]["by"] == api.people.manager
    assert steps.sign(api, refused_contract["id"])["status"] == "signed"

    # payment received for the overdue installment: the level recovers
    paid = demo.pay(api, first["id"], "3000.00")
    assert paid["installment_outstanding"] == "0.00"
    recovered = steps.wait_credit_level(api, cus, "low")
    assert recovered["figures"]["overdue_count"] == 0
    steps.wait_until(
        lambda: (f := steps.crm_risk_flag(api, cus)) and f["level"] == "low", what="crm's flag back to low"
    )
    steps.wait_until(lambda: steps.signing_policy(api, cus)["mode"] == "allow", what="signing policy allow")
    assert_books_close(api, cus)


def test_complaint_answered_within_deadline_and_resolved_moves_the_service_indicators(
    suite: httpx.Client,
) -> None:
    api = steps.api_for(suite)
    customer = steps.new_customer(api, steps.unique("Grumpy Goods"))
    agent = {"scope": "person", "scope_id": api.people.service_agent}
    by_customer = {"scope": "customer", "scope_id": customer["id"]}
    indicators = ("client_satisfaction", "complaints_within_deadline_rate", "response_time")
    before = {name: steps.kpi_value(api, name, **agent) for name in indicators}
    assert before == dict.fromkeys(indicators)  # nothing measured for this agent yet

    complaint = steps.open_complaint(api, customer["id"], severity="high", minutes_ago=30)
    assert complaint["status"] != "resolved" and complaint["overdue"] is False
    deadline = complaint["response_deadline"]
    assert deadline > complaint["received_at"]  # high: 24 hours
    of = {"complaint_id": complaint["id"]}
    responded = api.op(respond, "service_agent", **of, body={"response": "A technician is on the way"})
    assert responded["within_deadline"] is True and 29 <= responded["response_minutes"] <= 60
    resolved = api.op(
        resolve,
        "service_agent",
        **of,
        body={
            "cause": "supplier",
            "resolution": "Trackers shipped",
            "communicated_via": "email",
            "satisfaction": 4,
        },
    )
    assert resolved["status"] == "resolved" and resolved["resolved_by"] == api.people.service_agent

    # KPI's service indicators move: satisfaction, within-deadline rate and response time
    steps.wait_kpi(api, "complaints_within_deadline_rate", Decimal("1"), **agent)
    steps.wait_kpi(api, "complaints_within_deadline_rate", Decimal("1"), **by_customer)
    steps.wait_kpi(api, "client_satisfaction", Decimal("4"), **by_customer)
    minutes = Decimal(str(steps.kpi_value(api, "response_time", **agent)))
    assert (
        Decimal(str(responded["response_minutes"])) - 1
        <= minutes
        <= Decimal(str(responded["response_minutes"])) + 1
    )
    assert_books_close(api, customer["id"])
