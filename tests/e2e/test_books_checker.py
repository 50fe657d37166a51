"""The checker itself: on ledgers that agree it says "books closed"; each kind of disagreement is
named with its invariant. The ledgers are canned REST answers (httpx.MockTransport under the
generated client), so every invariant can be broken on purpose, which the running suite never does.
Each answer is a whole document of its OpenAPI schema (every required field: the builders below),
since the checker reads through ``ptp_client``, whose models refuse anything less."""

from __future__ import annotations

import copy
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from ptp_client import Suite
from ptp_suite import books

CUS, DONE, OPEN = "cus-1", "con-done", "con-open"
ENDED = "2026-11-20T10:00:00Z"
CREATED = "2026-09-01T09:00:00Z"

# --- one builder per resource: the fields the checker reads are parameters, the rest plausible --------


def contract(cid: str, status: str, ended_at: str | None) -> dict[str, Any]:
    """A ContractRead (contracts)."""
    return {
        "id": cid,
        "customer_id": CUS,
        "customer_name": "Acme",
        "owner": "specialist-1",
        "title": f"Contract {cid}",
        "scope": "delivery",
        "total": "100.00",
        "currency": "EUR",
        "effective_date": "2026-09-01",
        "expiry_date": None,
        "payment_terms_days": 30,
        "guarantee": None,
        "solution_id": None,
        "exception_reason": None,
        "exception_approved_by": None,
        "status": status,
        "allowed_actions": [],
        "revision": 1,
        "approved_revision": 1,
        "clauses": [],
        "deliverables": [],
        "milestones": [],
        "acceptance_criteria": [],
        "installments": [],
        "signatures": [],
        "policy_override": None,
        "signed_at": CREATED,
        "ended_at": ended_at,
        "end_reason": None,
        "created_at": CREATED,
        "created_by": "specialist-1",
        "updated_at": CREATED,
        "version": 1,
    }


def schedule(cid: str, paid: str, outstanding: str, installments: list[dict[str, Any]]) -> dict[str, Any]:
    """A ScheduleRead (contracts)."""
    return {
        "contract_id": cid,
        "currency": "EUR",
        "total": "100.00",
        "paid": paid,
        "outstanding": outstanding,
        "installments": installments,
    }


def invoice(cid: str, iid: str, amount: str, paid: str, outstanding: str) -> dict[str, Any]:
    """An InvoiceRead (contracts)."""
    return {
        "id": f"inv-{iid}",
        "number": f"INV-{iid}",
        "contract_id": cid,
        "customer_id": CUS,
        "installment_id": iid,
        "amount": amount,
        "currency": "EUR",
        "issued_at": CREATED,
        "due_date": "2026-10-01",
        "status": "paid" if outstanding == "0.00" else "open",
        "paid": paid,
        "outstanding": outstanding,
        "overdue_days": 0,
    }


def installment(
    cid: str, iid: str, amount: str, paid: str, outstanding: str, invoiced: bool
) -> dict[str, Any]:
    """An InstallmentBalance of a schedule (contracts)."""
    return {
        "id": iid,
        "position": 1,
        "label": iid,
        "amount": amount,
        "trigger": "on_signing",
        "milestone_id": None,
        "due_date": "2026-10-01",
        "status": "paid" if outstanding == "0.00" else "invoiced",
        "paid": paid,
        "credited": "0.00",
        "outstanding": outstanding,
        "overdue_days": 0,
        "invoice": invoice(cid, iid, amount, paid, outstanding) if invoiced else None,
    }


def payment(cid: str, iid: str, amount: str, received_at: str) -> dict[str, Any]:
    """A PaymentRead (contracts)."""
    return {
        "id": f"pay-{iid}",
        "contract_id": cid,
        "installment_id": iid,
        "amount": amount,
        "currency": "EUR",
        "received_at": received_at,
        "reference": f"bank transfer {iid}",
        "recorded_by": "finance-1",
        "installment_outstanding": "0.00",
        "contract_outstanding": "0.00",
    }


def settlement(cid: str, sid: str, kind: str, status: str) -> dict[str, Any]:
    """A SettlementRead (contracts)."""
    return {
        "id": sid,
        "contract_id": cid,
        "project_id": None,
        "kind": kind,
        "reason": None,
        "status": status,
        "allowed_actions": [],
        "currency": "EUR",
        "amount": "100.00",
        "adjustments": "0.00",
        "adjustment_note": "",
        "paid_to_date": "100.00",
        "outstanding": "0.00",
        "due": "0.00",
        "lines": [],
        "acceptance_results": [],
        "accepted_at": None,
        "opened_at": CREATED,
        "opened_by": "specialist-1",
        "submitted_by": None,
        "decided_by": None,
        "rejection_reason": None,
        "paid_at": None,
        "paid_by": None,
        "version": 1,
    }


def project(cid: str, pid: str, status: str) -> dict[str, Any]:
    """A ProjectSummary (projects)."""
    return {
        "id": pid,
        "contract_id": cid,
        "customer_id": CUS,
        "customer_name": "Acme",
        "name": f"Project {pid}",
        "owner": "pm-1",
        "manager": "pm-1",
        "status": status,
        "delayed": False,
        "contract_total": "100.00",
        "currency": "EUR",
        "effective_date": "2026-09-01",
        "baselined_at": None,
        "accepted_at": None,
        "created_at": CREATED,
        "version": 1,
    }


def overdue_notice(cid: str, occurred_at: str, threshold_days: int) -> dict[str, Any]:
    """A TrailRecordRead (kpi) of a contracts.payment.overdue."""
    return {
        "seq": 1,
        "event_id": f"evt-{cid}-{occurred_at}",
        "type": "contracts.payment.overdue",
        "source": "contracts",
        "subject": cid,
        "correlation_id": "corr-1",
        "causation_id": None,
        "actor": None,
        "occurred_at": occurred_at,
        "recorded_at": occurred_at,
        "prev_hash": "0" * 64,
        "hash": "1" * 64,
        "event": {"type": "contracts.payment.overdue", "data": {"threshold_days": threshold_days}},
    }


def revenue(period: str, value: str | None) -> dict[str, Any]:
    """An IndicatorValue (kpi) of a customer's revenue."""
    return {
        "indicator": "revenue",
        "period": period,
        "scope": "customer",
        "scope_id": CUS,
        "currency": "EUR",
        "value": value,
        "facts": 0 if value is None else 1,
    }


def credit_profile(exposure: str) -> dict[str, Any]:
    """A CreditProfileRead (risk)."""
    figures = {
        "exposure": [{"amount": exposure, "currency": "EUR"}],
        "overdue_amount": [],
        "overdue_count": 0,
        "worst_days_overdue": 0,
        "overdue_rate": "0",
        "payments": 2,
        "on_time_payments": 2,
        "on_time_ratio": "1",
        "serious_open_complaints": 0,
    }
    return {
        "customer_id": CUS,
        "score": "80",
        "rating": "A",
        "level": "low",
        "figures": figures,
        "reasons": [],
        "last_cause_event_id": None,
        "updated_at": CREATED,
        "version": 1,
    }


def ledgers() -> dict[str, Any]:
    """A completed deal (paid in November, settled) and an open one with 40 owed: books that close."""
    return {
        "contracts": [contract(DONE, "completed", ENDED), contract(OPEN, "signed", None)],
        "schedule": {
            DONE: schedule(
                DONE, "100.00", "0.00", [installment(DONE, "a", "100.00", "100.00", "0.00", True)]
            ),
            OPEN: schedule(
                OPEN,
                "60.00",
                "40.00",
                [
                    installment(OPEN, "b", "60.00", "60.00", "0.00", True),
                    installment(OPEN, "c", "40.00", "0.00", "40.00", False),
                ],
            ),
        },
        "payments": {
            DONE: [payment(DONE, "a", "100.00", "2026-11-19T10:00:00Z")],
            OPEN: [payment(OPEN, "b", "60.00", "2026-10-05T10:00:00Z")],
        },
        "settlements": {DONE: [settlement(DONE, "set-1", "acceptance", "paid")], OPEN: []},
        "projects": {DONE: [project(DONE, "p-1", "accepted")], OPEN: [project(OPEN, "p-2", "active")]},
        "trail": {DONE: [overdue_notice(DONE, "2026-11-01T00:00:00Z", 1)], OPEN: []},
        "revenue": {"2026-11": "100.00", "2026-10": "60.00"},
        "exposure": "40.00",
    }


def transport(data: dict[str, Any]) -> httpx.MockTransport:
    def page(found: list[Any]) -> httpx.Response:
        return httpx.Response(200, json={"items": found, "next_cursor": None})

    def not_found() -> httpx.Response:
        problem = {"type": "about:blank", "title": "Not Found", "status": 404}
        return httpx.Response(404, json=problem, headers={"Content-Type": "application/problem+json"})

    def answer(request: httpx.Request) -> httpx.Response:
        path, q = request.url.path, request.url.params
        parts = path.strip("/").split("/")
        if path == "/contracts/api/v1/contracts":
            return page([c for c in data["contracts"] if c["customer_id"] == q.get("customer_id", CUS)])
        if path.endswith("/schedule"):
            found = data["schedule"].get(parts[-2])
            return httpx.Response(200, json=found) if found else not_found()
        if path.endswith("/payments"):
            return page(data[parts[-1]][parts[-2]])
        if path == "/contracts/api/v1/settlements":
            return page(data["settlements"][q["contract_id"]])
        if path == "/projects/api/v1/projects":
            return page(data["projects"][q["contract_id"]])
        if path == "/kpi/api/v1/audit-trail":
            assert q["type"] == "contracts.payment.overdue"
            return page(data["trail"][q["subject"]])
        if path == "/kpi/api/v1/metrics/indicators/revenue":
            return httpx.Response(200, json=revenue(q["period"], data["revenue"].get(q["period"])))
        if path == f"/risk/api/v1/credit-profiles/{CUS}":
            return httpx.Response(200, json=credit_profile(data["exposure"]))
        return not_found()

    return httpx.MockTransport(answer)


def check(data: dict[str, Any], zone: ZoneInfo | None = None) -> books.Books:
    with Suite("http://suite", "reader-token", transport=transport(data)) as suite:
        return books.check_books(suite, [CUS], zone=zone)


def test_revenue_months_are_the_business_zone_months_kpi_counts_in() -> None:
    # 2026-10-31T17:00Z is 01:00 on 1 November in Shanghai: kpi (PTP_BUSINESS_TIMEZONE=Asia/Shanghai)
    # counts it in November, and so must the checker; read in UTC months it would be October's.
    data = ledgers()
    data["payments"][OPEN][0]["received_at"] = "2026-10-31T17:00:00Z"
    data["revenue"] = {"2026-11": "160.00"}
    shanghai = check(data, zone=ZoneInfo("Asia/Shanghai"))
    utc = check(data, zone=ZoneInfo("UTC"))
    assert shanghai.closed, shanghai.summary()
    assert [v.invariant for v in utc.violations] == [5, 5]  # October short, November over


def test_books_close_when_the_ledgers_agree() -> None:
    closing = check(ledgers())
    assert closing.closed, closing.summary()
    assert (closing.contracts, closing.invoices, closing.payments) == (2, 2, 2)
    summary = closing.summary()
    assert summary.startswith("books closed: 2 contracts, 2 invoices")
    assert "revenue 2026-10=60.00 EUR, revenue 2026-11=100.00 EUR" in summary
    assert summary.endswith("(6 invariants hold)")


def test_a_contract_without_schedule_breaks_invariant_1() -> None:
    # the schedule's documented 404: nothing to balance, which the checker reports, not skips
    data = ledgers()
    del data["schedule"][OPEN]
    closing = check(data)
    assert f"invariant 1 (contract {OPEN}): no payment schedule" in closing.summary()


def test_the_reader_sends_its_token() -> None:
    seen: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Authorization"))
        return httpx.Response(200, json={"items": [], "next_cursor": None})

    def tokens(roles: list[str], sub: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {sub}:{','.join(roles)}"}

    with books.reader_suite("http://suite", tokens, transport=httpx.MockTransport(answer)) as suite:
        books.check_books(suite)
    assert seen == [f"Bearer books-checker:{','.join(books.READER_ROLES)}"]


def _owed_twice(d: dict[str, Any]) -> None:
    d["schedule"][OPEN]["installments"][0]["outstanding"] = "10.00"  # invoiced 60 = paid 60 + owed 10?


def _settled_yet_owed(d: dict[str, Any]) -> None:
    d["settlements"][OPEN] = [settlement(OPEN, "set-2", "acceptance", "paid")]


def _completed_unaccepted(d: dict[str, Any]) -> None:
    d["projects"][DONE] = [project(DONE, "p-1", "in_acceptance")]


def _notice_after_end(d: dict[str, Any]) -> None:
    d["trail"][DONE].append(overdue_notice(DONE, "2026-11-21T00:00:00Z", 30))


def _revenue_counted_twice(d: dict[str, Any]) -> None:
    d["revenue"]["2026-11"] = "200.00"


def _exposure_of_ended(d: dict[str, Any]) -> None:
    d["exposure"] = "140.00"


@pytest.mark.parametrize(
    ("invariant", "breaks"),
    [
        (1, _owed_twice),
        (2, _settled_yet_owed),
        (3, _completed_unaccepted),
        (4, _notice_after_end),
        (5, _revenue_counted_twice),
        (6, _exposure_of_ended),
    ],
)
def test_each_broken_invariant_is_named(invariant: int, breaks: Any) -> None:
    data = copy.deepcopy(ledgers())
    breaks(data)
    closing = check(data)
    assert {v.invariant for v in closing.violations} == {invariant}, closing.summary()
    assert closing.summary().startswith("books NOT closed: 2 contracts, 2 invoices, 2 payments")
    assert f"broken invariants [{invariant}]" in closing.summary()
