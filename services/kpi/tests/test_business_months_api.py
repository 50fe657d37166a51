"""KPI periods are months on the company's calendar (PTP_BUSINESS_TIMEZONE, docs/domain.md "Days and
months"): at UTC+8 a payment received at 17:30Z on 30 November is December's revenue; with the
default UTC it stays November's. Events go through kpi's consumer; figures are read over REST."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from kpi_events import Deal, feed
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.schemas import crm
from ptp_common.messaging.consumer import Outcome
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.clock import ManualClock
from ptp_kpi.service import definition

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
AUDITOR = bearer(["auditor"], sub="audrey")

# 01:30 on 1 December in Shanghai; still 30 November in UTC.
AFTER_LOCAL_MIDNIGHT = dt.datetime(2026, 11, 30, 17, 30, tzinfo=dt.UTC)
# 23:59 on 30 November in Shanghai.
BEFORE_LOCAL_MIDNIGHT = dt.datetime(2026, 11, 30, 15, 59, tzinfo=dt.UTC)
# 00:30 on 1 January 2027 in Shanghai: another month, quarter and year.
NEW_YEAR_IN_SHANGHAI = dt.datetime(2026, 12, 31, 16, 30, tzinfo=dt.UTC)


async def revenue(client: Any, period: str) -> Decimal:
    response = await client.get(
        "/api/v1/metrics/indicators/revenue",
        params={"period": period, "currency": "EUR", "scope": "person", "scope_id": "bob"},
        headers=MANAGER,
    )
    assert response.status_code == 200, response.text
    raw = response.json()["value"]
    return Decimal("0") if raw is None else Decimal(str(raw))


async def revenue_by_period(client: Any) -> dict[str, Decimal]:
    periods = ["2026-11", "2026-12", "2027-01", "2026-Q4", "2027-Q1", "2026"]
    return {p: await revenue(client, p) for p in periods}


async def feed_payments(runtime: Any) -> None:
    deal = Deal(owner="bob")
    outcomes = await feed(
        runtime,
        deal.paid("100.00", "pay-before", received_at=BEFORE_LOCAL_MIDNIGHT),
        deal.paid("500.00", "pay-after", received_at=AFTER_LOCAL_MIDNIGHT),
        deal.paid("70.00", "pay-new-year", received_at=NEW_YEAR_IN_SHANGHAI),
    )
    assert outcomes == [Outcome.handled] * 3


async def test_at_utc_plus_8_a_payment_after_local_midnight_counts_in_the_next_month(
    database_url: str,
) -> None:
    async with running_app(definition, database_url, business_timezone="Asia/Shanghai") as started:
        _, client, runtime = started
        await feed_payments(runtime)
        expected = {
            "2026-11": Decimal("100.00"),
            "2026-12": Decimal("500.00"),
            "2027-01": Decimal("70.00"),
            "2026-Q4": Decimal("600.00"),
            "2027-Q1": Decimal("70.00"),
            "2026": Decimal("600.00"),
        }
        assert await revenue_by_period(client) == expected
        facts = await client.get(
            "/api/v1/metrics/facts", params={"measure": "revenue", "period": "2026-12"}, headers=MANAGER
        )
        (fact,) = facts.json()["items"]
        # The fact keeps the UTC instant; only its month is the company's.
        assert dt.datetime.fromisoformat(fact["occurred_at"]) == AFTER_LOCAL_MIDNIGHT
        # A rebuild from the audit trail buckets the same way.
        rebuilt = await client.post("/api/v1/metrics/rebuild", headers=AUDITOR)
        assert rebuilt.status_code == 200, rebuilt.text
        assert await revenue_by_period(client) == expected


async def test_with_the_default_utc_zone_the_months_are_utc_months(database_url: str) -> None:
    async with running_app(definition, database_url) as (_, client, runtime):
        await feed_payments(runtime)
        assert await revenue_by_period(client) == {
            "2026-11": Decimal("600.00"),
            "2026-12": Decimal("70.00"),
            "2027-01": Decimal("0"),
            "2026-Q4": Decimal("670.00"),
            "2027-Q1": Decimal("0"),
            "2026": Decimal("670.00"),
        }


# -- duty periods on the company's calendar (docs/domain.md section 6) -------------------------------
ALICE, BOB = "alice", "bob"
RESEARCH_RULE = {"period": "month", "owner_role": "business_specialist", "grace_days": 5, "due_soon_days": 7}
NOVEMBER_RESEARCH = dt.datetime(2026, 11, 10, 8, 0, tzinfo=dt.UTC)
# November's research is due at the end of November + 5 days: 00:00 on 6 December, local time.
SHANGHAI_DEADLINE = dt.datetime(2026, 12, 5, 16, 0, tzinfo=dt.UTC)
UTC_DEADLINE = dt.datetime(2026, 12, 6, 0, 0, tzinfo=dt.UTC)


def research(report_id: str, by: str, filed_at: dt.datetime) -> Envelope:
    data = crm.ResearchFiled(report_id=report_id, title="Telematics", industry="logistics", filed_by=by,
                             filed_at=filed_at)
    return new_envelope("crm", data, subject=None, actor=by, time=filed_at)


@pytest.mark.parametrize(
    ("zone", "december_start", "deadline"),
    [
        ("Asia/Shanghai", "2026-11-30T16:00:00Z", SHANGHAI_DEADLINE),
        (None, "2026-12-01T00:00:00Z", UTC_DEADLINE),  # the default: UTC periods, as before
    ],
)
async def test_duty_periods_and_deadlines_are_the_companys_calendar_periods(
    database_url: str, zone: str | None, december_start: str, deadline: dt.datetime
) -> None:
    """At UTC+8 research filed at 17:30Z on 30 November (01:30 on 1 December local) fulfils December's
    duty, and November's is missed from local midnight on 6 December; in UTC the same record falls in
    November (already fulfilled) and counts for nothing."""
    clock = ManualClock(dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC))
    settings = {"business_timezone": zone} if zone else {}
    async with running_app(definition, database_url, clock=clock, **settings) as (_, client, runtime):
        for person in (ALICE, BOB):
            who = {"id": person, "name": person.title(), "role": "business_specialist"}
            added = await client.post("/api/v1/people", headers=MANAGER, json=who)
            assert added.status_code == 201, added.text
        rule = await client.put("/api/v1/duty-rules/market_research", headers=MANAGER, json=RESEARCH_RULE)
        assert rule.status_code == 200, rule.text
        outcomes = await feed(runtime, research("r-nov", ALICE, NOVEMBER_RESEARCH),
                              research("r-late", ALICE, AFTER_LOCAL_MIDNIGHT))
        assert outcomes == [Outcome.handled] * 2

        clock.set(dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC))
        listed = await client.get("/api/v1/duties", headers=MANAGER, params={"person": ALICE})
        assert listed.status_code == 200, listed.text
        lines = {d["period"]: d for d in listed.json()["items"]}
        assert lines["2026-11"]["status"] == "fulfilled"
        december = lines["2026-12"]
        assert december["period_start"] == december_start  # local midnight, kept as a UTC instant
        assert december["status"] == ("fulfilled" if zone else "open")

        # November's deadline is local midnight after its grace: Bob, who filed nothing, misses it
        # from that instant on, not a minute earlier.
        async def missed_at(moment: dt.datetime) -> int:
            clock.set(moment)
            return int((await runtime.run_job("check-duties"))["missed"])

        assert await missed_at(deadline - dt.timedelta(minutes=1)) == 0
        assert await missed_at(deadline) == 1
        [miss] = (await client.get("/api/v1/duties/missed", headers=MANAGER)).json()["items"]
        assert (miss["subject_id"], miss["period"]) == (BOB, "2026-11")
        assert dt.datetime.fromisoformat(miss["due_at"]) == deadline
