"""Resource rules: a person's allocations across projects, and when they exceed a working day.

An allocation books ``hours`` for a member over a period; the hours are spread
evenly over its working days (Monday to Friday). A member is over-allocated on
a day when the allocations of all projects together ask for more than
``DAILY_CAPACITY_HOURS``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ptp_common.money import CURRENCIES

DAILY_CAPACITY_HOURS = Decimal(8)


@dataclass(frozen=True)
class Booking:
    allocation_id: str
    project_id: str
    member: str
    hours: Decimal
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class OverAllocation:
    member: str
    start: dt.date
    end: dt.date
    peak_hours_per_day: Decimal
    project_ids: tuple[str, ...]


def working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    days = (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
    return [d for d in days if d.weekday() < 5]


def daily_load(bookings: Iterable[Booking]) -> dict[tuple[str, dt.date], dict[str, Decimal]]:
    """(member, day) -> hours per project on that day."""
    load: dict[tuple[str, dt.date], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for b in bookings:
        days = working_days(b.start, b.end)
        if not days:
            continue
        per_day = b.hours / len(days)
        for day in days:
            load[(b.member, day)][b.project_id] += per_day
    return load


def over_allocations(
    bookings: Iterable[Booking], capacity: Decimal = DAILY_CAPACITY_HOURS
) -> list[OverAllocation]:
    """Runs of consecutive over-booked working days per member, with their peak and projects."""
    over: dict[str, list[tuple[dt.date, Decimal, set[str]]]] = defaultdict(list)
    for (member, day), per_project in sorted(daily_load(bookings).items()):
        total = sum(per_project.values(), Decimal(0))
        if total > capacity:
            over[member].append((day, total, set(per_project)))
    found = []
    for member, days in sorted(over.items()):
        run: list[tuple[dt.date, Decimal, set[str]]] = []
        for entry in days:
            if run and working_days(run[-1][0], entry[0])[1:] != [entry[0]]:
                found.append(_summarise(member, run))
                run = []
            run.append(entry)
        if run:
            found.append(_summarise(member, run))
    return found


def _summarise(member: str, run: list[tuple[dt.date, Decimal, set[str]]]) -> OverAllocation:
    projects: set[str] = set().union(*(p for _, _, p in run))
    return OverAllocation(
        member=member,
        start=run[0][0],
        end=run[-1][0],
        peak_hours_per_day=max(h for _, h, _ in run).quantize(Decimal("0.01")),
        project_ids=tuple(sorted(projects)),
    )


@dataclass(frozen=True)
class Line:
    kind: str
    planned_hours: Decimal | None
    actual_hours: Decimal | None
    planned_amount: Decimal | None
    actual_amount: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class Totals:
    planned_hours: Decimal
    actual_hours: Decimal
    money: dict[tuple[str, str], tuple[Decimal, Decimal]]  # (kind, currency) -> (planned, actual)

    @property
    def hours_variance(self) -> Decimal:
        return self.actual_hours - self.planned_hours


def totals(lines: Iterable[Line]) -> Totals:
    """Planned against actual: hours of people, and money per kind and currency (never mixed)."""
    planned_h = actual_h = Decimal(0)
    money: dict[tuple[str, str], tuple[Decimal, Decimal]] = {}
    for line in lines:
        planned_h += line.planned_hours or 0
        actual_h += line.actual_hours or 0
        if line.currency is not None:
            planned, actual = money.get((line.kind, line.currency), (Decimal(0), Decimal(0)))
            money[(line.kind, line.currency)] = (
                planned + (line.planned_amount or 0),
                actual + (line.actual_amount or 0),
            )
    def exact(amount: Decimal, currency: str) -> Decimal:
        return amount.quantize(Decimal(1).scaleb(-CURRENCIES[currency]))

    return Totals(
        planned_h,
        actual_h,
        {
            (kind, currency): (exact(planned, currency), exact(actual, currency))
            for (kind, currency), (planned, actual) in sorted(money.items())
        },
    )
