"""Days on the company's calendar (PTP_BUSINESS_TIMEZONE, docs/domain.md "Days and months").

At UTC+8 (Asia/Shanghai) an event between 00:00 and 08:00 local time belongs to the local day:
a milestone completed at 2026-11-30T20:00Z (04:00 on 1 December) makes its installment due 30
days after 1 December; the installment is overdue from local midnight, for the overdue scan, the
invoice status and the schedule alike. With the default UTC zone the same instants keep UTC days.
Events reach contracts through its consumer; everything is read back over REST.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from contracts_testkit import ADMIN, FINANCE, SPECIALIST, Walker, deliver, outbox_events
from ptp_common.business_time import start_of_business_day, zone_named
from ptp_common.events.schemas.projects import CriterionResult, MilestoneCompleted, ProjectAccepted
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_common.testing.clock import ManualClock
from ptp_contracts.service import definition

pytestmark = pytest.mark.integration

# 04:00 on 1 December 2026 in Shanghai; 20:00 on 30 November in UTC.
EARLY_MORNING_IN_SHANGHAI = dt.datetime(2026, 11, 30, 20, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)
# No upfront installment: only the events of the test invoice anything.
PLAN = [
    {"label": "site 1", "amount": "9000.00", "trigger": "milestone", "milestone_id": "M1"},
    {"label": "final", "amount": "3000.00", "trigger": "acceptance"},
]


@dataclass
class Company:
    api: Walker
    runtime: ServiceRuntime
    clock: ManualClock
    zone: str


@pytest.fixture(params=["Asia/Shanghai", "UTC"])
async def company(request: pytest.FixtureRequest, sqlite_url: str) -> AsyncIterator[Company]:
    clock = ManualClock(dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC))
    zone = str(request.param)
    async with running_app(definition, sqlite_url, clock=clock, business_timezone=zone) as (_, client, rt):
        yield Company(Walker(client, rt), rt, clock, zone)


def expected(company: Company, shanghai: Any, utc: Any) -> Any:
    return shanghai if company.zone == "Asia/Shanghai" else utc


async def complete_milestone_at(runtime: ServiceRuntime, contract: dict[str, Any], at: dt.datetime) -> None:
    await deliver(
        runtime,
        "projects",
        MilestoneCompleted(
            project_id=f"prj-{contract['id'][:8]}",
            contract_id=contract["id"],
            customer_id=contract["customer_id"],
            milestone_id="pm-M1",
            contract_milestone_id="M1",
            completed_at=at,
            confirmed_by="pat",
        ),
    )


async def installment(api: Walker, contract_id: str, label: str) -> dict[str, Any]:
    schedule = await api.call("GET", f"/contracts/{contract_id}/schedule", FINANCE)
    (found,) = [i for i in schedule["installments"] if i["label"] == label]
    return found  # type: ignore[no-any-return]


async def test_a_contract_signed_after_local_midnight_takes_effect_on_the_local_day(company: Company) -> None:
    api = company.api
    company.clock.set(EARLY_MORNING_IN_SHANGHAI)  # both signatures are given at this instant
    c = await api.signed()  # the advance (3000.00) is due on signing, 30 days' terms
    local_day = expected(company, "2026-12-01", "2026-11-30")
    assert c["effective_date"] == local_day
    advance = await installment(api, c["id"], "advance")
    assert advance["due_date"] == expected(company, "2026-12-31", "2026-12-30")
    (signed,) = await outbox_events(company.runtime, "contracts.contract.signed")
    assert signed["data"]["effective_date"] == local_day
    # The event keeps the UTC instant; only the day is the company's.
    assert dt.datetime.fromisoformat(signed["data"]["signed_at"]) == EARLY_MORNING_IN_SHANGHAI
    effective = await api.call("GET", "/contracts", SPECIALIST, params={"effective_from": "2026-12-01"})
    assert [x["id"] for x in effective["items"]] == expected(company, [c["id"]], [])


async def test_an_invoice_issued_after_local_midnight_on_new_year_is_numbered_in_the_new_year(
    company: Company,
) -> None:
    api = company.api
    company.clock.set(dt.datetime(2026, 12, 31, 16, 30, tzinfo=dt.UTC))  # 00:30 on 1 January in Shanghai
    c = await api.signed()
    advance = await installment(api, c["id"], "advance")
    assert advance["invoice"]["number"].startswith(expected(company, "INV-2027-", "INV-2026-"))


async def test_a_milestone_completed_after_local_midnight_is_due_from_the_local_day(company: Company) -> None:
    api = company.api
    c = await api.signed(installments=PLAN)
    await complete_milestone_at(company.runtime, c, EARLY_MORNING_IN_SHANGHAI)
    site = await installment(api, c["id"], "site 1")
    # payment_terms_days = 30: 30 days after 1 December (Shanghai) or 30 November (UTC).
    assert site["due_date"] == expected(company, "2026-12-31", "2026-12-30")
    assert site["invoice"]["due_date"] == site["due_date"]
    (issued,) = await outbox_events(company.runtime, "contracts.invoice.issued")
    assert issued["data"]["due_date"] == site["due_date"]


async def test_an_acceptance_after_local_midnight_is_due_from_the_local_day(company: Company) -> None:
    api = company.api
    c = await api.signed(installments=PLAN)
    await deliver(
        company.runtime,
        "projects",
        ProjectAccepted(
            project_id=f"prj-{c['id'][:8]}",
            contract_id=c["id"],
            customer_id=c["customer_id"],
            accepted_at=EARLY_MORNING_IN_SHANGHAI,
            signed_off_by="dana",
            rounds=1,
            results=[CriterionResult(criterion_id="AC1", passed=True)],
        ),
    )
    final = await installment(api, c["id"], "final")
    assert final["due_date"] == expected(company, "2026-12-31", "2026-12-30")


async def test_an_installment_is_overdue_from_local_midnight_after_its_due_day(company: Company) -> None:
    api, clock = company.api, company.clock
    c = await api.signed(installments=PLAN)
    await complete_milestone_at(company.runtime, c, EARLY_MORNING_IN_SHANGHAI)
    due = dt.date.fromisoformat((await installment(api, c["id"], "site 1"))["due_date"])
    # The first instant of the day after the due day, on the company's calendar.
    next_day = start_of_business_day(due + dt.timedelta(days=1), zone_named(company.zone))
    assert next_day == expected(
        company,
        dt.datetime(2026, 12, 31, 16, 0, tzinfo=dt.UTC),  # 00:00 on 1 January in Shanghai
        dt.datetime(2026, 12, 31, 0, 0, tzinfo=dt.UTC),
    )

    async def reads_at(at: dt.datetime) -> tuple[str, int, int, bool]:
        clock.set(at)
        site = await installment(api, c["id"], "site 1")
        overdue = await api.call(
            "GET", "/invoices", FINANCE, params={"status": "overdue", "contract_id": c["id"]}
        )
        listed = await api.call("GET", "/contracts", SPECIALIST, params={"overdue": "true"})
        return (
            site["invoice"]["status"],
            site["invoice"]["overdue_days"],
            site["overdue_days"],
            c["id"] in {x["id"] for x in listed["items"]} and len(overdue["items"]) == 1,
        )

    assert await reads_at(next_day - MINUTE) == ("open", 0, 0, False)
    assert await reads_at(next_day + MINUTE) == ("overdue", 1, 1, True)

    scan = "/admin/jobs/overdue-scan/run"
    before = await api.call("POST", scan, ADMIN, params={"as_of": (next_day - MINUTE).isoformat()})
    assert before["result"]["emitted"] == 0
    after = await api.call("POST", scan, ADMIN, params={"as_of": (next_day + MINUTE).isoformat()})
    assert after["result"]["emitted"] == 1
    (notice,) = await outbox_events(company.runtime, "contracts.payment.overdue")
    assert (notice["data"]["due_date"], notice["data"]["days_overdue"]) == (due.isoformat(), 1)
    # The event keeps the UTC instant it was scanned as of.
    assert dt.datetime.fromisoformat(notice["data"]["as_of"]) == next_day + MINUTE


async def test_a_payment_received_after_local_midnight_is_late_by_local_days(company: Company) -> None:
    api = company.api
    c = await api.signed(installments=PLAN)
    # In the past (money cannot arrive in the future): 04:00 on 1 October in Shanghai.
    await complete_milestone_at(company.runtime, c, dt.datetime(2026, 9, 30, 20, 0, tzinfo=dt.UTC))
    site = await installment(api, c["id"], "site 1")
    due = dt.date.fromisoformat(site["due_date"])
    assert due == expected(company, dt.date(2026, 10, 31), dt.date(2026, 10, 30))
    received = start_of_business_day(due + dt.timedelta(days=1), zone_named(company.zone)) + MINUTE
    await api.call(
        "POST",
        f"/installments/{site['id']}/payments",
        FINANCE,
        201,
        json={
            "amount": "9000.00",
            "currency": "EUR",
            "received_at": received.isoformat(),
            "reference": "bank-1",
        },
    )
    (paid,) = await outbox_events(company.runtime, "contracts.payment.received")
    assert paid["data"]["days_late"] == 1
