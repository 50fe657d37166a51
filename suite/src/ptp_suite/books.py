"""Do the books close? The suite's money invariants (docs/domain.md, end), read over REST only.

``check_books`` reads the public APIs of a running suite (contracts, projects, risk, kpi) through
the generated client (``ptp_client``: every answer must be a document of the services' OpenAPI),
never a database, and answers a :class:`Books`: the violations found, numbered as in docs/domain.md, and
what was checked. The invariants:

1. per contract, invoiced = paid + credited + outstanding of the invoiced installments, every
   payment is booked on its installment, and paid <= total;
2. a paid settlement means nothing is outstanding, and (acceptance settlement) the contract is
   completed;
3. a completed contract had its project accepted (or a termination settlement);
4. no overdue notice emitted for a contract after it was completed or terminated;
5. KPI revenue of a month = the payments received in that month (per customer and currency;
   months on the company's calendar, PTP_BUSINESS_TIMEZONE, as kpi counts them);
6. a customer's exposure in risk = the outstanding of their open (signed) contracts.

1-4 are read from one service's own records and hold at every moment (:data:`AT_ONCE`); 5 and 6
are projections fed by events, true once the events have travelled: :func:`wait_books_close`
polls for them, within a bound.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from ptp_client import Problem, Suite, plain
from ptp_client.contracts.api.contracts import list_contracts
from ptp_client.contracts.api.payments import get_schedule, list_contract_payments
from ptp_client.contracts.api.settlements import list_settlements
from ptp_client.kpi.api.audit_trail import list_trail_records
from ptp_client.kpi.api.metrics import get_indicator_value
from ptp_client.projects.api.projects import list_projects
from ptp_client.risk.api.credit_profiles import get_credit_profile
from ptp_common.business_time import business_month, zone_named

Headers = dict[str, str]
TokenMaker = Callable[[list[str], str], Headers]

READER_ROLES = ["manager", "finance", "auditor", "project_manager"]
INVARIANTS = 6
AT_ONCE = frozenset({1, 2, 3})
"""Invariants kept inside one service's transaction: a violation is never 'not yet'."""

OPEN, COMPLETED, TERMINATED = "signed", "completed", "terminated"
ZERO = Decimal("0")


@dataclass(frozen=True)
class Violation:
    invariant: int
    about: str
    message: str

    def __str__(self) -> str:
        return f"invariant {self.invariant} ({self.about}): {self.message}"


@dataclass
class Books:
    violations: list[Violation] = field(default_factory=list)
    contracts: int = 0
    invoices: int = 0
    payments: int = 0
    settlements: int = 0
    overdue_notices: int = 0
    customers: int = 0
    revenue: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    """(month, currency) -> money received, over the customers checked."""
    exposure: dict[str, Decimal] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return not self.violations

    def summary(self) -> str:
        money = ", ".join(
            f"revenue {month}={amount} {cur}" for (month, cur), amount in sorted(self.revenue.items())
        )
        exposure = ", ".join(f"exposure {amount} {cur}" for cur, amount in sorted(self.exposure.items()))
        counts = (
            f"{self.contracts} contracts, {self.invoices} invoices, {self.payments} payments, "
            f"{self.settlements} settlements, {self.overdue_notices} overdue notices"
        )
        figures = ", ".join(part for part in (counts, money or "no revenue", exposure) if part)
        if self.closed:
            return f"books closed: {figures} ({INVARIANTS} invariants hold)"
        broken = sorted({v.invariant for v in self.violations})
        lines = [f"books NOT closed: {figures}; broken invariants {broken}:"]
        lines += [f"  - {v}" for v in self.violations]
        return "\n".join(lines)


def reader_suite(base_url: str, tokens: TokenMaker, transport: httpx.BaseTransport | None = None) -> Suite:
    """The suite as the books' reader: one token that may read every ledger it checks
    (``tokens`` makes bearer headers for roles and a subject, as the demo's and the tests' do)."""
    token = tokens(READER_ROLES, "books-checker")["Authorization"].removeprefix("Bearer ")
    return Suite(base_url, token, transport=transport)


def dec(value: Any) -> Decimal:
    return ZERO if value is None else Decimal(str(value))


def when(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


class Ledgers:
    """Generated read operations run as the books' reader; answers as plain data (dicts, lists;
    dates and amounts as the JSON has them: ISO strings, decimal strings)."""

    def __init__(self, suite: Suite) -> None:
        self.suite = suite

    def get(self, operation: ModuleType, **params: Any) -> Any:
        """The answer, or None when there is nothing there yet (a 404 the operation documents)."""
        try:
            return plain(self.suite.call(operation, **params))
        except Problem as problem:
            if problem.status == 404 and problem.documented:
                return None
            raise

    def pages(self, operation: ModuleType, **params: Any) -> Iterator[dict[str, Any]]:
        """Every item of a paged list, all pages; any error answer is raised (an unreadable ledger
        is not an empty one)."""
        for item in self.suite.pages(operation, **params):
            yield plain(item)


def business_zone() -> ZoneInfo:
    """The suite's business time zone, from the environment the services read it from."""
    return zone_named(os.environ.get("PTP_BUSINESS_TIMEZONE", "UTC"))


def check_books(
    suite: Suite,
    customer_ids: Iterable[str] | None = None,
    zone: ZoneInfo | None = None,
) -> Books:
    """Check every invariant for ``customer_ids`` (every customer with a contract when None), read
    through ``suite`` (the books' reader: :func:`reader_suite`); months in ``zone``, the suite's
    business time zone (:func:`business_zone` when None)."""
    zone = zone or business_zone()
    ledgers = Ledgers(suite)
    books = Books()
    by_customer: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if customer_ids is None:
        for contract in ledgers.pages(list_contracts):
            by_customer[contract["customer_id"]].append(contract)
    else:
        for customer_id in dict.fromkeys(customer_ids):
            by_customer[customer_id] = list(ledgers.pages(list_contracts, customer_id=customer_id))
    for customer_id, contracts in by_customer.items():
        books.customers += 1
        CustomerCheck(ledgers, books, customer_id, contracts, zone).run()
    return books


@dataclass
class CustomerCheck:
    ledgers: Ledgers
    books: Books
    customer_id: str
    contracts: list[dict[str, Any]]
    zone: ZoneInfo
    received: dict[tuple[str, str], Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    open_outstanding: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))

    def violation(self, invariant: int, about: str, message: str) -> None:
        self.books.violations.append(Violation(invariant, about, message))

    def run(self) -> None:
        for contract in self.contracts:
            self.contract(contract)
        self.revenue()
        self.exposure()

    # --- per contract: invariants 1 to 4 ------------------------------------------------------

    def contract(self, contract: dict[str, Any]) -> None:
        cid, status = contract["id"], contract["status"]
        schedule = self.ledgers.get(get_schedule, contract_id=cid)
        payments = list(self.ledgers.pages(list_contract_payments, contract_id=cid))
        if schedule is None:
            self.violation(1, f"contract {cid}", "no payment schedule")
            return
        self.books.contracts += 1
        self.books.payments += len(payments)
        self.schedule_balances(cid, contract, schedule, payments)
        for payment in payments:
            month = business_month(when(payment["received_at"]), self.zone)
            self.received[(month, payment["currency"])] += dec(payment["amount"])
        if status == OPEN:
            self.open_outstanding[schedule["currency"]] += dec(schedule["outstanding"])
        settlements = list(self.ledgers.pages(list_settlements, contract_id=cid))
        self.books.settlements += len(settlements)
        self.settlements(cid, status, schedule, settlements)
        self.completion(cid, status, settlements)
        self.overdue_notices(cid, contract)

    def schedule_balances(
        self, cid: str, contract: dict[str, Any], schedule: dict[str, Any], payments: list[dict[str, Any]]
    ) -> None:
        about = f"contract {cid}"
        booked: dict[str, Decimal] = defaultdict(Decimal)
        for payment in payments:
            booked[payment["installment_id"]] += dec(payment["amount"])
        invoiced = paid_on_invoiced = credited = owed_on_invoiced = ZERO
        paid_total = ZERO
        for inst in schedule["installments"]:
            amount, paid, credit = dec(inst["amount"]), dec(inst["paid"]), dec(inst.get("credited"))
            owed = dec(inst["outstanding"])
            paid_total += paid
            label = f"installment {inst.get('label') or inst['id']}"
            if booked[inst["id"]] != paid:
                self.violation(1, about, f"{label}: paid {paid} but payments booked {booked[inst['id']]}")
            if owed < 0 or (owed != amount - credit - paid and inst.get("status") != "cancelled"):
                self.violation(1, about, f"{label}: outstanding {owed} != {amount} - {credit} - {paid}")
            invoice = inst.get("invoice")
            if invoice is None:
                if paid > 0:
                    self.violation(1, about, f"{label}: {paid} paid but never invoiced")
                continue
            self.books.invoices += 1
            if dec(invoice["amount"]) != amount:
                self.violation(1, about, f"{label}: invoiced {invoice['amount']} of {amount}")
            invoiced += dec(invoice["amount"])
            paid_on_invoiced += paid
            credited += credit
            owed_on_invoiced += owed
        if invoiced != paid_on_invoiced + credited + owed_on_invoiced:
            self.violation(
                1,
                about,
                f"invoiced {invoiced} != paid {paid_on_invoiced} + credited {credited}"
                f" + outstanding {owed_on_invoiced}",
            )
        if paid_total != dec(schedule["paid"]):
            self.violation(1, about, f"schedule paid {schedule['paid']} != sum of installments {paid_total}")
        if paid_total > dec(contract["total"]):
            self.violation(1, about, f"paid {paid_total} > total {contract['total']}")

    def settlements(
        self, cid: str, status: str, schedule: dict[str, Any], settlements: list[dict[str, Any]]
    ) -> None:
        for settlement in settlements:
            if settlement["status"] != "paid":
                continue
            about = f"contract {cid}, settlement {settlement['id']}"
            if dec(schedule["outstanding"]) != 0:
                self.violation(2, about, f"paid, yet {schedule['outstanding']} is outstanding")
            if settlement.get("kind", "acceptance") == "acceptance" and status != COMPLETED:
                self.violation(2, about, f"acceptance settlement paid, yet the contract is {status}")

    def completion(self, cid: str, status: str, settlements: list[dict[str, Any]]) -> None:
        if status != COMPLETED:
            return
        if any(s.get("kind") == "termination" and s["status"] == "paid" for s in settlements):
            return
        projects = list(self.ledgers.pages(list_projects, contract_id=cid))
        accepted = [p for p in projects if p["status"] == "accepted"]
        if not accepted:
            seen = [p["status"] for p in projects] or "no project"
            self.violation(3, f"contract {cid}", f"completed, but its project is not accepted ({seen})")

    def overdue_notices(self, cid: str, contract: dict[str, Any]) -> None:
        notices = list(self.ledgers.pages(list_trail_records, subject=cid, type="contracts.payment.overdue"))
        self.books.overdue_notices += len(notices)
        ended = contract.get("ended_at")
        if not ended or contract["status"] not in (COMPLETED, TERMINATED):
            return
        for notice in notices:
            if when(notice["occurred_at"]) > when(ended):
                threshold = notice["event"]["data"].get("threshold_days")
                self.violation(
                    4,
                    f"contract {cid}",
                    f"payment.overdue ({threshold} days) at {notice['occurred_at']} after the contract"
                    f" was {contract['status']} at {ended}",
                )

    # --- per customer: invariants 5 and 6 -----------------------------------------------------

    def revenue(self) -> None:
        months = {m for m, _ in self.received} | {business_month(dt.datetime.now(dt.UTC), self.zone)}
        currencies = {c for _, c in self.received} | set(self.open_outstanding) or {"EUR"}
        for month in sorted(months):
            for currency in sorted(currencies):
                expected = self.received.get((month, currency), ZERO)
                found = self.ledgers.get(
                    get_indicator_value,
                    name="revenue",
                    period=month,
                    scope="customer",
                    scope_id=self.customer_id,
                    currency=currency,
                )
                counted = dec(found["value"] if found else None)
                if counted != expected:
                    self.violation(
                        5,
                        f"customer {self.customer_id}",
                        f"KPI revenue {month} = {counted} {currency}, payments received = {expected}",
                    )
                if expected:
                    key = (month, currency)
                    self.books.revenue[key] = self.books.revenue.get(key, ZERO) + expected

    def exposure(self) -> None:
        profile = self.ledgers.get(get_credit_profile, customer_id=self.customer_id)
        figures = (profile or {}).get("figures") or {}
        in_risk: dict[str, Decimal] = defaultdict(Decimal)
        for money in figures.get("exposure", []):
            in_risk[money["currency"]] += dec(money["amount"])
        for currency in sorted(set(in_risk) | set(self.open_outstanding)):
            expected, seen = self.open_outstanding.get(currency, ZERO), in_risk.get(currency, ZERO)
            if expected != seen:
                self.violation(
                    6,
                    f"customer {self.customer_id}",
                    f"risk exposure {seen} {currency}, outstanding of open contracts {expected}",
                )
            self.books.exposure[currency] = self.books.exposure.get(currency, ZERO) + expected


def wait_books_close(
    suite: Suite,
    customer_ids: Iterable[str] | None = None,
    timeout: float = 20.0,
    interval: float = 0.2,
    zone: ZoneInfo | None = None,
) -> Books:
    """The books once the events have travelled: polls until they close or ``timeout`` passes.

    Returns at once when an :data:`AT_ONCE` invariant fails (waiting cannot mend it)."""
    wanted = None if customer_ids is None else list(customer_ids)
    deadline = time.monotonic() + timeout
    while True:
        books = check_books(suite, wanted, zone)
        if books.closed or any(v.invariant in AT_ONCE for v in books.violations):
            return books
        if time.monotonic() >= deadline:
            return books
        time.sleep(interval)
