"""The duty calendar's rules as plain functions (issue 21 item 1).

A duty kind is due once per period (week, month, quarter) for each of its subjects: market research
per business specialist, a progress report per active project, an internal audit and a self-check
per department, a review (an assessment) per open high risk. Periods are the company's calendar
periods (``PTP_BUSINESS_TIMEZONE``, ptp_common.business_time; UTC by default): at UTC+8, December
begins at 2026-11-30T16:00Z, and a report filed at 17:30Z that day fulfils December's duty. Their
bounds are kept as UTC instants.
The period's record may arrive until ``period end + grace`` (grace in the company's calendar days,
so the deadline is a local midnight too); it is *due soon* from
``due_at - due_soon_days``, and *missed* once ``due_at`` has passed without it. A record counts for
the earliest period still open whose window holds it (the period it lies in, or the one before
while that one's grace runs), so one report never fulfils two periods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from ptp_common.business_time import UTC, business_date, start_of_business_day

DutyKindName = Literal["market_research", "progress_report", "internal_audit", "self_check", "risk_review"]
PeriodName = Literal["week", "month", "quarter"]

KINDS: dict[str, str] = {
    "market_research": "Market research report per business specialist (crm.research.filed)",
    "progress_report": "Progress report per active project (projects.progress.reported)",
    "internal_audit": "Internal audit per department (kpi.audit.completed naming the department)",
    "self_check": "Self-check per department (kpi.self_check.submitted)",
    "risk_review": "Review (assessment) per open high risk (risk.assessment.recorded)",
}

# What a kind defaults to until a manager configures it (inactive until then).
DEFAULTS: dict[str, dict[str, object]] = {
    "market_research": {"period": "month", "owner_role": "business_specialist", "grace_days": 5},
    "progress_report": {"period": "week", "owner_role": "project_manager", "grace_days": 2},
    "internal_audit": {"period": "quarter", "owner_role": "auditor", "grace_days": 15},
    "self_check": {"period": "month", "owner_role": "manager", "grace_days": 10},
    "risk_review": {"period": "month", "owner_role": "project_manager", "grace_days": 5},
}

# Missing the same duty this many periods in a row is an operational risk (risk service).
REPEAT_THRESHOLD = 2


@dataclass(frozen=True)
class Period:
    key: str
    start: dt.datetime
    end: dt.datetime  # exclusive
    zone: ZoneInfo = UTC  # the calendar it is a period of (the company's)


def _local_period(name: str, day: dt.date) -> tuple[str, dt.date, dt.date]:
    """Key, first day and first day after, of the period of kind ``name`` holding ``day``."""
    if name == "week":
        first = day - dt.timedelta(days=day.weekday())
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}", first, first + dt.timedelta(days=7)
    if name == "month":
        after = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return f"{day.year:04d}-{day.month:02d}", dt.date(day.year, day.month, 1), after
    if name == "quarter":
        q = (day.month - 1) // 3
        after = dt.date(day.year + (q == 3), (q * 3 + 3) % 12 + 1, 1)
        return f"{day.year:04d}-Q{q + 1}", dt.date(day.year, q * 3 + 1, 1), after
    raise ValueError(f"unknown period {name!r}")


def period_of(name: str, moment: dt.datetime, zone: ZoneInfo = UTC) -> Period:
    """The calendar period of kind ``name`` holding ``moment``, on the calendar of ``zone``."""
    key, first, after = _local_period(name, business_date(moment, zone))
    return Period(key, start_of_business_day(first, zone), start_of_business_day(after, zone), zone)


def previous(name: str, period: Period) -> Period:
    return period_of(name, period.start - dt.timedelta(microseconds=1), period.zone)


def following(name: str, period: Period) -> Period:
    return period_of(name, period.end, period.zone)


def due_at(period: Period, grace_days: int) -> dt.datetime:
    """The end of the period plus ``grace_days`` days of its calendar (a local midnight)."""
    last_day = business_date(period.end, period.zone)  # the first day after the period
    return start_of_business_day(last_day + dt.timedelta(days=grace_days), period.zone)


def candidate_periods(name: str, at: dt.datetime, grace_days: int, zone: ZoneInfo = UTC) -> list[Period]:
    """Periods a record made at ``at`` may fulfil, earliest first."""
    current = period_of(name, at, zone)
    before = previous(name, current)
    return [before, current] if at < due_at(before, grace_days) else [current]


def status_of(period: Period, grace_days: int, due_soon_days: int, fulfilled: bool,
              now: dt.datetime) -> str:
    """fulfilled, missed (due_at passed), due_soon (within due_soon_days of due_at) or open."""
    if fulfilled:
        return "fulfilled"
    deadline = due_at(period, grace_days)
    if now >= deadline:
        return "missed"
    if now >= deadline - dt.timedelta(days=due_soon_days):
        return "due_soon"
    return "open"


def periods_due(name: str, first: dt.datetime, now: dt.datetime, grace_days: int,
                limit: int = 24, zone: ZoneInfo = UTC) -> list[Period]:
    """Periods from the one holding ``first`` whose due time has passed at ``now`` (the newest
    ``limit`` of them)."""
    found: list[Period] = []
    period = period_of(name, first, zone)
    while due_at(period, grace_days) <= now:
        found.append(period)
        period = following(name, period)
    return found[-limit:]
