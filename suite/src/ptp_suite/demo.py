"""``make demo``: drive one deal through the whole running suite over REST, then print its story.

lead -> customer -> opportunity -> research, initiation approved -> solution (with tech support)
accepted -> contract drafted (by contracts, from crm.solution.accepted) -> filled in, reviewed by
legal, revised, signed -> the advance goes overdue (the overdue scan as of 35 days past its due
date), risk's credit rating falls; the late payment arrives and the rating recovers -> project
planned (by projects, from contracts.contract.signed) -> baseline, tasks done, progress, milestone
done -> installment invoiced -> self-check, acceptance fails, rectified, passes, signed off by the
customer's representative -> settlement opened (by contracts, from projects.project.accepted,
never by hand) -> submitted, approved and paid -> KPI revenue, the audit trail of the deal, and
the books: the six invariants checked by ``ptp_suite.books`` ("books closed: ..."; exit 1 if not).

The REST steps live here as functions taking an :class:`Api` (the suite's base URL plus tokens);
each step calls the suite THROUGH the typed client generated from the OpenAPI documents
(``ptp_client``, ``make client``): an answer the document does not describe fails the step, so the
documents cannot drift from the behaviour. The end-to-end tests (tests/e2e/steps.py) reuse the
steps, so the flow is written once.
Usage: ``BASE_URL=http://127.0.0.1:8000 python -m ptp_suite.demo`` against ``make run``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol, TypeVar

import httpx
from ptp_client import Problem, Suite, plain
from ptp_client.contracts.api.contract_lifecycle import (
    approve_contract,
    negotiate_contract,
    reopen_contract,
    return_contract,
    sign_contract,
    submit_contract,
)
from ptp_client.contracts.api.contract_lifecycle import (
    start_contract_signing as start_signing,
)
from ptp_client.contracts.api.contracts import (
    get_contract,
    list_contracts,
    update_contract,
)
from ptp_client.contracts.api.contracts import (
    list_contract_revisions as list_revisions,
)
from ptp_client.contracts.api.payments import (
    create_payment,
    get_schedule,
)
from ptp_client.contracts.api.settlements import (
    approve_settlement,
    list_settlements,
    pay_settlement,
    submit_settlement,
)
from ptp_client.crm.api.initiation_requests import (
    approve_initiation as approve_initiation_request,
)
from ptp_client.crm.api.initiation_requests import (
    create_initiation,
    evaluate_initiation,
)
from ptp_client.crm.api.leads import convert_lead, create_lead, qualify_lead
from ptp_client.crm.api.market_research import create_research_report as create_research
from ptp_client.crm.api.solutions import (
    accept_solution as accept_solution_offer,
)
from ptp_client.crm.api.solutions import create_solution, present_solution, update_solution
from ptp_client.kpi.api.audit_trail import list_trail_records as list_trail
from ptp_client.kpi.api.metrics import (
    get_indicator_value as indicator_value,
)
from ptp_client.projects.api.acceptance import (
    fail_round,
    list_rectification_items,
    record_self_check,
    sign_off_round,
)
from ptp_client.projects.api.acceptance import (
    open_acceptance_round as open_round,
)
from ptp_client.projects.api.acceptance import (
    record_round_results as record_results,
)
from ptp_client.projects.api.acceptance import (
    resolve_rectification_item as resolve_rectification,
)
from ptp_client.projects.api.plan import (
    complete_milestone,
    complete_task,
    create_task,
    list_tasks,
)
from ptp_client.projects.api.progress import (
    create_report,
)
from ptp_client.projects.api.projects import (
    baseline_project as baseline,
)
from ptp_client.projects.api.projects import get_project, list_projects
from ptp_client.risk.api.credit_profiles import (
    get_credit_profile as read_profile,
)

from ptp_suite import books

T = TypeVar("T")
Headers = dict[str, str]


class TokenMaker(Protocol):
    """Bearer headers for ``roles`` as ``sub``; ``customer_id`` is the customer a client's
    representative speaks for (the token's ``customer_id`` claim)."""

    def __call__(self, roles: list[str], sub: str, customer_id: str | None = None) -> Headers: ...


KINDS = ["rights_obligations", "scope", "price_terms", "delivery", "acceptance_criteria", "breach_liability"]


class StepFailed(AssertionError):
    """A step of the deal did not do what it should."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def wait_until(
    fn: Callable[[], T | None], timeout: float = 20.0, interval: float = 0.1, what: str = "condition"
) -> T:
    """Poll ``fn`` until it returns something truthy (returned); fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while True:
        last = fn()
        if last:
            return last
        if time.monotonic() >= deadline:
            raise StepFailed(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")
        time.sleep(interval)


def dev_tokens() -> TokenMaker:
    """Dev-mode tokens signed with the settings the suite reads (PTP_JWT_*)."""
    from ptp_common.auth.tokens import issue_token
    from ptp_common.settings import load_settings

    settings = load_settings("demo")

    def make(roles: list[str], sub: str, customer_id: str | None = None) -> Headers:
        return {"Authorization": f"Bearer {issue_token(settings, sub, roles, customer_id=customer_id)}"}

    return make


@dataclass
class People:
    """The people of one deal (unique names, so repeated runs never share figures)."""

    suffix: str
    specialist: str = ""
    pm: str = ""
    tech: str = ""
    legal: str = ""
    finance: str = ""
    client: str = ""
    manager: str = ""
    service_agent: str = ""

    def __post_init__(self) -> None:
        for role in ("specialist", "pm", "tech", "legal", "finance", "client", "manager", "service_agent"):
            setattr(self, role, getattr(self, role) or f"{role}-{self.suffix}")


ROLE_OF = {
    "specialist": "business_specialist",
    "pm": "project_manager",
    "tech": "tech_support",
    "legal": "legal",
    "finance": "finance",
    "client": "client_representative",
    "manager": "manager",
    "service_agent": "customer_service",
    "admin": "admin",
    "auditor": "auditor",
}


@dataclass
class Api:
    """REST calls on the suite as the people of one deal, all under one correlation id, through
    the generated client (``ptp_client``): an answer the OpenAPI does not describe fails the step."""

    client: httpx.Client
    """Where the suite is (its base URL); the calls go through :meth:`suite`."""
    tokens: TokenMaker
    people: People
    customer_id: str | None = None
    """The customer the deal is with: the client's representative speaks for them."""
    correlation_id: str = field(default_factory=lambda: f"deal-{uuid.uuid4()}")
    say: Callable[[str], None] = lambda _line: None
    _headers: dict[str, Headers] = field(default_factory=dict)
    _suites: dict[str, Suite] = field(default_factory=dict)

    def headers(self, who: str) -> Headers:
        key = f"{who}:{self.customer_id}" if who == "client" else who
        if key not in self._headers:
            sub = getattr(self.people, who, None) or f"{who}-{self.people.suffix}"
            customer = self.customer_id if who == "client" else None
            self._headers[key] = self.tokens([ROLE_OF[who]], sub, customer_id=customer)
        return {**self._headers[key], "X-Correlation-ID": self.correlation_id}

    def suite(self, who: str) -> Suite:
        """The suite as ``who``: the typed clients generated from the six OpenAPI documents."""
        key = f"{who}:{self.customer_id}" if who == "client" else who
        if key not in self._suites:
            token = self.headers(who)["Authorization"].removeprefix("Bearer ")
            headers = {"X-Correlation-ID": self.correlation_id}
            self._suites[key] = Suite(str(self.client.base_url), token, headers=headers, timeout=30)
        return self._suites[key]

    def answer(self, operation: Any, who: str, **kwargs: Any) -> Any:
        """A generated operation as ``who``: its answer as plain data, or the :class:`Problem`."""
        try:
            return plain(self.suite(who).call(operation, **kwargs))
        except Problem as problem:
            return problem

    def op(self, operation: Any, who: str = "manager", **kwargs: Any) -> Any:
        """A generated operation as ``who`` (body and parameters as plain data or generated
        types): its answer as plain data (dicts, lists); an error answer fails the step."""
        found = self.answer(operation, who, **kwargs)
        if isinstance(found, Problem):
            raise StepFailed(f"{found} (as {who})")
        return found

    def pages(self, operation: Any, who: str, **kwargs: Any) -> list[Any]:
        """Every item of a paged list (all pages), as plain data."""
        try:
            return [plain(item) for item in self.suite(who).pages(operation, **kwargs)]
        except Problem as problem:
            raise StepFailed(f"{problem} (as {who})") from None

    def close(self) -> None:
        for suite in self._suites.values():
            suite.close()
        self._suites.clear()


def today(days: int = 0) -> str:
    return (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=days)).isoformat()


def now_iso(**delta: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(**delta)).isoformat().replace("+00:00", "Z")


def items(page: Any) -> list[Any]:
    return list(page["items"])


# --- crm ------------------------------------------------------------------------------------------


def lead_to_customer(api: Api, company: str, channel: str = "trade_show") -> tuple[dict[str, Any], Any]:
    """A lead from a channel, qualified and converted: (customer, opportunity)."""
    lead = api.op(
        create_lead,
        "specialist",
        body={"company_name": company, "contact_name": "Jane Roe", "channel": channel},
    )
    api.op(qualify_lead, "specialist", lead_id=lead["id"])
    converted = api.op(
        convert_lead,
        "specialist",
        lead_id=lead["id"],
        body={
            "registration_number": f"REG-{uuid.uuid4().hex[:10]}",
            "industry": "logistics",
            "region": "north",
            "size": "large",
            "opportunity_title": f"Fleet telematics for {company}",
            "expected_revenue": {"amount": "12000.00", "currency": "EUR"},
            "probability": 40,
        },
    )
    api.say(f"crm: lead {lead['id']} converted -> customer {converted['customer']['id']}")
    api.customer_id = converted["customer"]["id"]  # the client's representative speaks for them
    return converted["customer"], converted["opportunity"]


def research(api: Api, opportunity_id: str) -> dict[str, Any]:
    """The market research an initiation request rests on."""
    return api.op(  # type: ignore[no-any-return]
        create_research,
        "specialist",
        body={
            "title": "Telematics demand in regional logistics",
            "industry": "logistics",
            "opportunity_id": opportunity_id,
            "trends": "Fleets want live data",
            "conclusion": "Bundle routing with tracking",
        },
    )


def approve_initiation(api: Api, opportunity_id: str) -> dict[str, Any]:
    report = research(api, opportunity_id)
    initiation = api.op(
        create_initiation,
        "specialist",
        body={
            "opportunity_id": opportunity_id,
            "research_report_ids": [report["id"]],
            "background": "8% failed deliveries",
            "content": "Telematics and routing",
            "expected_revenue": {"amount": "12000.00", "currency": "EUR"},
        },
    )
    initiation_id = initiation["id"]
    api.op(
        evaluate_initiation,
        "pm",
        initiation_id=initiation_id,
        body={"department": "technical", "recommendation": "approve", "opinion": "Feasible"},
    )
    approved = api.op(approve_initiation_request, "pm", initiation_id=initiation_id, body={"comment": "go"})
    expect(approved["status"] == "approved", f"initiation not approved: {approved}")
    api.say(f"crm: initiation {initiation['id']} approved by {api.people.pm}")
    return approved  # type: ignore[no-any-return]


def accept_solution(api: Api, opportunity_id: str, total: str = "12000.00") -> dict[str, Any]:
    solution = api.op(
        create_solution,
        "specialist",
        body={
            "opportunity_id": opportunity_id,
            "title": "Live fleet tracking",
            "scope": "Telematics units, routing platform, training",
            "advantages": "Cuts failed deliveries by half",
            "implementation_steps": [{"name": "Pilot", "description": "20 trucks", "duration_days": 30}],
            "expected_effect": "8% -> 4% failed deliveries",
            "price_estimate": {"amount": total, "currency": "EUR"},
        },
    )
    solution_id = solution["id"]
    # written with technical support: their part is on record before it is presented
    api.op(
        update_solution,
        "tech",
        solution_id=solution_id,
        body={
            "implementation_steps": [
                {
                    "name": "Pilot",
                    "description": "20 trucks, units fitted by our technicians",
                    "duration_days": 30,
                }
            ]
        },
    )
    api.op(
        present_solution, "specialist", solution_id=solution_id, body={"client_questions": "Pilot in May?"}
    )
    accepted = api.op(
        accept_solution_offer, "specialist", solution_id=solution_id, body={"note": "COO signed off"}
    )
    expect(accepted["status"] == "accepted", f"solution not accepted: {accepted}")
    api.say(f"crm: solution {solution['id']} presented and accepted")
    return accepted  # type: ignore[no-any-return]


# --- contracts ------------------------------------------------------------------------------------


def contract_terms(total: str = "12000.00") -> dict[str, Any]:
    """Every key clause, one deliverable and milestone, a criterion, and 30/40/30 installments."""
    amount = Decimal(total)
    first, second = (
        (amount * Decimal("0.3")).quantize(Decimal("0.01")),
        (amount * Decimal("0.4")).quantize(Decimal("0.01")),
    )
    return {
        "expiry_date": today(700),
        "payment_terms_days": 30,
        "clauses": [{"kind": k, "title": k.replace("_", " "), "text": f"{k} as agreed"} for k in KINDS],
        "deliverables": [
            {
                "deliverable_id": "D1",
                "name": "Tracking platform",
                "due_date": today(60),
                "acceptance_criteria": ["AC1", "AC2"],
            }
        ],
        "milestones": [
            {"milestone_id": "M1", "name": "Platform live", "due_date": today(90), "deliverable_ids": ["D1"]}
        ],
        "acceptance_criteria": [
            {"criterion_id": "AC1", "description": "99% of units report hourly"},
            {"criterion_id": "AC2", "description": "Routes computed under 2 s"},
        ],
        "installments": [
            {"label": "advance", "amount": str(first), "trigger": "on_signing"},
            {"label": "platform live", "amount": str(second), "trigger": "milestone", "milestone_id": "M1"},
            {"label": "final", "amount": str(amount - first - second), "trigger": "acceptance"},
        ],
    }


def contracts_of(api: Api, customer_id: str) -> list[dict[str, Any]]:
    return items(api.op(list_contracts, "specialist", customer_id=customer_id))


def drafted_contract(api: Api, customer_id: str, timeout: float = 20.0) -> dict[str, Any]:
    """The draft contracts wrote on its own from crm.solution.accepted."""
    found = wait_until(lambda: contracts_of(api, customer_id), timeout, what="the drafted contract")
    expect(len(found) == 1, f"one draft expected: {found}")
    contract = api.op(get_contract, "specialist", contract_id=found[0]["id"])
    expect(contract["status"] == "draft", f"contract is {contract['status']}")
    api.say(f"contracts: draft {contract['id']} written from the accepted solution")
    return contract  # type: ignore[no-any-return]


def review_revise_and_sign(api: Api, contract_id: str, total: str = "12000.00") -> dict[str, Any]:
    """The specialist fills the draft in; legal returns it, it is revised, approved, negotiated, signed."""
    cid = {"contract_id": contract_id}
    api.op(
        update_contract, "specialist", **cid, body={"summary": "key clauses drafted", **contract_terms(total)}
    )
    api.op(submit_contract, "specialist", **cid)
    api.op(return_contract, "legal", **cid, body={"comments": "cap the liability"})
    api.say(f"contracts: {contract_id} returned by legal ({api.people.legal})")
    api.op(reopen_contract, "specialist", **cid)
    clauses = [c for c in contract_terms(total)["clauses"] if c["kind"] != "breach_liability"]
    clauses.append({"kind": "breach_liability", "title": "cap", "text": "liability capped at the total"})
    api.op(update_contract, "specialist", **cid, body={"summary": "liability capped", "clauses": clauses})
    api.op(submit_contract, "specialist", **cid)
    api.op(approve_contract, "legal", **cid, body={"comments": "ok"})
    api.op(negotiate_contract, "specialist", **cid)
    api.op(
        update_contract,
        "specialist",
        **cid,
        body={"summary": "client asked for a guarantee clause", "guarantee": "parent company"},
    )
    # A change after approval withdraws it: legal approves the revision that will be signed.
    api.op(submit_contract, "specialist", **cid)
    approved = api.op(approve_contract, "legal", **cid, body={"comments": "guarantee ok"})
    revisions = api.pages(list_revisions, "specialist", **cid)
    api.say(
        f"contracts: {contract_id} revision {approved['approved_revision']} approved by legal, "
        f"{len(revisions)} revisions on record"
    )
    api.op(start_signing, "specialist", **cid)
    return sign(api, contract_id)


def sign(api: Api, contract_id: str, expect_status: int | None = None) -> dict[str, Any]:
    """Company side (specialist), then client side (the client's representative)."""
    signer = {"signer_name": "A. Signer", "signer_title": "Director"}
    company = api.answer(
        sign_contract,
        "specialist",
        contract_id=contract_id,
        body={"side": "company", "signer_identity": "co-1", **signer},
    )
    if expect_status is not None and isinstance(company, Problem) and company.status == expect_status:
        return company.body
    expect(not isinstance(company, Problem), f"company signature: {company}")
    client_side = {"side": "client", "signer_identity": "cl-1", **signer}
    signed = api.answer(sign_contract, "client", contract_id=contract_id, body=client_side)
    if isinstance(signed, Problem):
        expect(signed.status == expect_status, f"client signature: {signed}")
        return signed.body
    expect(expect_status is None, f"client signature: {expect_status} expected, signed: {signed}")
    if expect_status is None:
        expect(signed["status"] == "signed", f"contract not signed: {signed}")
        api.say(f"contracts: {contract_id} signed by both sides")
    return signed  # type: ignore[no-any-return]


def schedule(api: Api, contract_id: str) -> dict[str, Any]:
    return api.op(get_schedule, "finance", contract_id=contract_id)  # type: ignore[no-any-return]


def installment(api: Api, contract_id: str, trigger: str) -> dict[str, Any]:
    return next(i for i in schedule(api, contract_id)["installments"] if i["trigger"] == trigger)


def wait_installment(api: Api, contract_id: str, trigger: str, status: str = "invoiced") -> dict[str, Any]:
    def ready() -> dict[str, Any] | None:
        found = installment(api, contract_id, trigger)
        return found if found["status"] == status else None

    found = wait_until(ready, what=f"the {trigger} installment to be {status}")
    api.say(f"contracts: {trigger} installment {status}, due {found.get('due_date')}")
    return found


def pay(api: Api, installment_id: str, amount: str) -> dict[str, Any]:
    return api.op(  # type: ignore[no-any-return]
        create_payment,
        "finance",
        installment_id=installment_id,
        body={"amount": amount, "reference": f"tx-{uuid.uuid4().hex[:8]}"},
    )


def settle(api: Api, contract_id: str) -> dict[str, Any]:
    """The settlement contracts opened on acceptance: submitted, approved by finance, paid."""

    def opened() -> dict[str, Any] | None:
        found = items(api.op(list_settlements, "specialist", contract_id=contract_id))
        return found[0] if found else None

    settlement = wait_until(opened, what="the settlement opened on acceptance")
    expect(settlement["status"] == "open", f"settlement is {settlement['status']}")
    sid = {"settlement_id": settlement["id"]}
    api.say(f"contracts: settlement {settlement['id']} opened, due {settlement.get('due')}")
    api.op(submit_settlement, "specialist", **sid)
    api.op(approve_settlement, "finance", **sid)
    paid = api.op(pay_settlement, "finance", **sid)
    expect(paid["status"] == "paid", f"settlement not paid: {paid}")
    api.say(f"contracts: settlement approved and paid by {api.people.finance}")
    return paid  # type: ignore[no-any-return]


# --- overdue and credit ---------------------------------------------------------------------------


def run_job(api: Api, service: str, name: str, as_of: str) -> dict[str, Any]:
    operation = importlib.import_module(f"ptp_client.{service}.api.operations.run_job")
    return api.op(operation, "admin", name=name, as_of=as_of)  # type: ignore[no-any-return]


def credit(api: Api, customer_id: str) -> dict[str, Any] | None:
    """Risk's credit profile of the customer (None before any event about them)."""
    found = api.answer(read_profile, "manager", customer_id=customer_id)
    if isinstance(found, Problem) and found.status == 404:
        return None
    expect(not isinstance(found, Problem), f"credit profile: {found}")
    return found  # type: ignore[no-any-return]


def rating_line(profile: dict[str, Any]) -> str:
    figures = profile.get("figures") or {}
    exposure = ", ".join(f"{m['amount']} {m['currency']}" for m in figures.get("exposure", [])) or "0"
    return (
        f"rating {profile['rating']} (score {profile['score']}, level {profile['level']}),"
        f" exposure {exposure}, worst days overdue {figures.get('worst_days_overdue', 0)}"
    )


def wait_credit(
    api: Api, customer_id: str, ok: Callable[[dict[str, Any]], bool], what: str
) -> dict[str, Any]:
    def reached() -> dict[str, Any] | None:
        profile = credit(api, customer_id)
        return profile if profile and ok(profile) else None

    return wait_until(reached, what=what)


def late_advance(api: Api, customer_id: str, contract_id: str) -> dict[str, Any]:
    """The advance goes unpaid past its due date: the overdue scan (as of a later date) reports it,
    the customer's credit falls; the late payment arrives and the credit recovers."""
    advance = wait_installment(api, contract_id, "on_signing")
    before = wait_credit(api, customer_id, lambda p: p["figures"] is not None, "the customer's credit file")
    api.say(f"risk: after signing, {rating_line(before)}")
    due = dt.date.fromisoformat(advance["due_date"])
    as_of = dt.datetime.combine(due + dt.timedelta(days=35), dt.time(9), tzinfo=dt.UTC)
    scan = run_job(api, "contracts", "overdue-scan", as_of.isoformat())
    api.say(
        f"contracts: overdue scan as of {as_of.date()} (advance due {due}):"
        f" {scan['result']['emitted']} overdue notice(s)"
    )
    fallen = wait_credit(
        api, customer_id, lambda p: p["level"] != before["level"], "the customer's credit to fall"
    )
    api.say(f"risk: the advance is 35 days late: {rating_line(fallen)}")
    paid = pay(api, advance["id"], advance["outstanding"])
    api.say(f"contracts: late payment of {paid['amount']} {paid['currency']} received for the advance")
    recovered = wait_credit(
        api, customer_id, lambda p: p["level"] == before["level"], "the customer's credit to recover"
    )
    api.say(f"risk: overdue cleared, the credit recovers: {rating_line(recovered)}")
    return recovered


def books_close(api: Api, customer_ids: list[str], timeout: float = 20.0) -> books.Books:
    """The six invariants of the suite, read over REST once the events have travelled."""
    with books.reader_suite(str(api.client.base_url), api.tokens) as reader:
        return books.wait_books_close(reader, customer_ids, timeout=timeout)


# --- projects -------------------------------------------------------------------------------------


def planned_project(api: Api, contract_id: str, timeout: float = 20.0) -> dict[str, Any]:
    """The project projects planned on its own from contracts.contract.signed."""

    def found() -> list[Any]:
        return items(api.op(list_projects, "pm", contract_id=contract_id))

    [summary] = wait_until(found, timeout, what="the planned project")
    project = api.op(get_project, "pm", project_id=summary["id"])
    api.say(
        f"projects: project {project['id']} planned ({project['status']}),"
        f" {len(project['milestones'])} milestone(s)"
    )
    return project  # type: ignore[no-any-return]


def deliver_milestone(api: Api, project: dict[str, Any]) -> dict[str, Any]:
    """Baseline, one more task, a progress report, every task of the milestone done, milestone confirmed."""
    pid = {"project_id": project["id"]}
    api.op(baseline, "pm", **pid)
    milestone = project["milestones"][0]
    api.op(
        create_task,
        "pm",
        **pid,
        body={
            "name": "Train dispatchers",
            "owner": api.people.tech,
            "start_date": today(1),
            "due_date": today(20),
            "milestone_id": milestone["id"],
        },
    )
    api.op(
        create_report,
        "tech",
        **pid,
        body={
            "period_start": today(-6),
            "period_end": today(),
            "percent_complete": 60,
            "done": "platform installed",
            "next": "training",
            "problems": "none",
        },
    )
    tasks = items(api.op(list_tasks, "pm", **pid, milestone_id=milestone["id"]))
    for task in tasks:
        api.op(complete_task, "pm", task_id=task["id"])
    done = api.op(complete_milestone, "pm", milestone_id=milestone["id"])
    expect(done["status"] == "completed", f"milestone not completed: {done}")
    api.say(
        f"projects: {len(tasks)} task(s) done, progress reported, milestone '{milestone['name']}' completed"
    )
    return done  # type: ignore[no-any-return]


def finish_tasks(api: Api, project: dict[str, Any]) -> None:
    """Sign-off needs every task done (or waived): the team finishes what is still open."""
    for task in api.pages(list_tasks, "pm", project_id=project["id"]):
        if task["status"] not in ("done", "waived", "cancelled"):
            api.op(complete_task, "pm", task_id=task["id"])


def accept_after_rectification(api: Api, project: dict[str, Any]) -> dict[str, Any]:
    """Round 1 fails on one criterion, the team rectifies it, round 2 passes, the client signs off."""
    pid = {"project_id": project["id"]}
    criteria = [c["criterion_id"] for c in project["acceptance_criteria"]]
    first, failing = criteria[0], criteria[-1]
    finish_tasks(api, project)
    api.op(
        record_self_check,
        "pm",
        **pid,
        body={"results": [{"criterion_id": c, "passed": True, "notes": "team checked"} for c in criteria]},
    )
    api.say(f"projects: pre-acceptance self-check recorded on {len(criteria)} criteria")
    api.op(open_round, "specialist", **pid)
    api.op(
        record_results,
        "client",
        **pid,
        number=1,
        body={"results": [{"criterion_id": c, "passed": c != failing, "notes": "checked"} for c in criteria]},
    )
    api.op(
        fail_round,
        "specialist",
        **pid,
        number=1,
        body={"rectification": [{"criterion_id": failing, "owner": api.people.tech, "due_date": today(7)}]},
    )
    api.say(f"projects: acceptance round 1 failed on {failing}")
    [item] = items(api.op(list_rectification_items, "pm", **pid))
    api.op(resolve_rectification, "tech", item_id=item["id"], body={"resolution": "tuned; 1.2 s"})
    api.op(open_round, "specialist", **pid)
    api.op(
        record_results,
        "client",
        **pid,
        number=2,
        body={"results": [{"criterion_id": c, "passed": True, "notes": "ok"} for c in criteria]},
    )
    passed = api.op(sign_off_round, "client", **pid, number=2)
    expect(passed["status"] == "passed", f"round 2 not passed: {passed}")
    api.say(f"projects: rectified; round 2 passed on {first}..{failing}, signed off by {api.people.client}")
    return api.op(get_project, "pm", **pid)  # type: ignore[no-any-return]


# --- kpi ------------------------------------------------------------------------------------------


def indicator(api: Api, name: str, period: str | None = None, **scope: str) -> Any:
    params = {"period": period or str(dt.datetime.now(dt.UTC).year), **scope}
    return api.op(indicator_value, "manager", name=name, **params)["value"]


def trail(api: Api, **filters: str) -> list[dict[str, Any]]:
    """Every trail record matching ``filters`` (all pages), oldest first."""
    records: list[dict[str, Any]] = api.pages(list_trail, "auditor", **filters)
    return sorted(records, key=lambda r: r["seq"])


def in_time(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records in the order they happened (the trail's order is the order kpi received them)."""
    return sorted(records, key=lambda r: (dt.datetime.fromisoformat(r["occurred_at"]), r["seq"]))


def story_line(record: dict[str, Any]) -> str:
    return (
        f"{record['occurred_at']}  {record['source']:<9} {record['type']:<42} "
        f"{record['subject'] or '-':<38} {record['actor'] or '-'}"
    )


@dataclass
class Deal:
    customer: dict[str, Any] = field(default_factory=dict)
    opportunity: dict[str, Any] = field(default_factory=dict)
    solution: dict[str, Any] = field(default_factory=dict)
    contract: dict[str, Any] = field(default_factory=dict)
    project: dict[str, Any] = field(default_factory=dict)
    settlement: dict[str, Any] = field(default_factory=dict)
    story: list[dict[str, Any]] = field(default_factory=list)
    closing: books.Books = field(default_factory=books.Books)


def run_deal(api: Api, company: str) -> Deal:
    """Scenario (1) end to end; returns what it made, with the deal's story from KPI."""
    deal = Deal()
    deal.customer, deal.opportunity = lead_to_customer(api, company)
    approve_initiation(api, deal.opportunity["id"])
    deal.solution = accept_solution(api, deal.opportunity["id"])
    contract = drafted_contract(api, deal.customer["id"])
    deal.contract = review_revise_and_sign(api, contract["id"])
    late_advance(api, deal.customer["id"], contract["id"])
    deal.project = planned_project(api, contract["id"])
    deliver_milestone(api, deal.project)
    wait_installment(api, contract["id"], "milestone")
    deal.project = accept_after_rectification(api, deal.project)
    deal.settlement = settle(api, contract["id"])
    deal.story = wait_for_story(api, contract["id"])
    deal.closing = books_close(api, [deal.customer["id"]])
    return deal


def wait_for_story(api: Api, contract_id: str, timeout: float = 20.0) -> list[dict[str, Any]]:
    """The deal's correlation id, read from an event of the deal in the trail, and its whole story."""

    def recorded() -> list[dict[str, Any]] | None:
        records = trail(api, subject=contract_id, type="contracts.settlement.paid")
        if not records:
            records = [
                r for r in trail(api, subject=contract_id) if r["type"] == "contracts.contract.completed"
            ]
        if not records:
            return None
        story = trail(api, correlation_id=records[0]["correlation_id"])
        types = {r["type"] for r in story}
        return in_time(story) if {"contracts.settlement.paid", "crm.customer.registered"} <= types else None

    return wait_until(recorded, timeout, what="the deal's story in the KPI audit trail")


def main() -> int:
    base_url = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
    suffix = uuid.uuid4().hex[:6]
    company = f"Demo Freight {suffix}"
    print(f"Driving one deal through {base_url} ({company})", flush=True)

    def say(line: str) -> None:
        print(f"  - {line}", flush=True)

    with httpx.Client(base_url=base_url, timeout=30) as client:
        try:  # raw on purpose: is anything answering at that address at all, before any typed call
            client.get("/kpi/health/ready").raise_for_status()
        except httpx.HTTPError as exc:
            print(
                f"The suite is not answering at {base_url} ({exc}); start it with `make run`.",
                file=sys.stderr,
            )
            return 1
        api = Api(client, dev_tokens(), People(suffix), say=say)
        try:
            deal = run_deal(api, company)
            scope = {"scope": "customer", "scope_id": deal.customer["id"], "currency": "EUR"}
            revenue = wait_until(
                lambda: (value := indicator(api, "revenue", **scope)) and Decimal(str(value)) > 0 and value,
                what="KPI revenue",
            )
        except StepFailed as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
        say(f"kpi: revenue from {company} this year: {revenue} EUR")
    print(f"\nThe deal's story (KPI audit trail, correlation id {deal.story[0]['correlation_id']}):")
    print(f"{'time':<27}  {'source':<9} {'type':<42} {'subject':<38} actor")
    for record in deal.story:
        print(story_line(record))
    print(f"\n{deal.closing.summary()}")
    return 0 if deal.closing.closed else 1


if __name__ == "__main__":
    raise SystemExit(main())
