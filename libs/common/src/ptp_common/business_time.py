"""Days and months in the company's time zone (``PTP_BUSINESS_TIMEZONE``).

Events and rows keep UTC instants. Whenever a rule needs a *day* (an effective date, the
trigger date of a due date, days overdue, today's date for "past due") or a *month* (a KPI
period), it is the day or month on the company's wall calendar, not UTC's: for a company at
UTC+8, 2026-11-30T17:30Z is 01:30 on 1 December and belongs to December.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = ZoneInfo("UTC")


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone ``name``; ValueError naming the setting for anything else (so a service
    with a misspelt zone refuses to start instead of counting days in UTC)."""
    try:
        # ZoneInfo also takes paths ("../x"); those are refused with the unknown names.
        if not name or name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"PTP_BUSINESS_TIMEZONE={name!r} is not an IANA time zone name "
            "(e.g. 'UTC', 'Asia/Shanghai', 'Europe/Berlin')"
        ) from None


def _aware(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        # A naive instant has no place on any calendar; guessing UTC is the bug this module removes.
        raise ValueError(f"{instant.isoformat()} has no time zone: pass an aware (UTC) instant")
    return instant


def business_date(instant: dt.datetime, zone: ZoneInfo) -> dt.date:
    """The company's calendar day at ``instant``."""
    return _aware(instant).astimezone(zone).date()


def business_month(instant: dt.datetime, zone: ZoneInfo) -> str:
    """The company's calendar month at ``instant``, as ``YYYY-MM`` (the suite's month notation)."""
    day = business_date(instant, zone)
    return f"{day.year:04d}-{day.month:02d}"


def start_of_business_day(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant at which ``day`` begins on the company's calendar.

    Where a daylight-saving change skips local midnight, the day begins at the first wall time
    after the gap (zoneinfo resolves the missing 00:00 with the offset in force before it).
    """
    local_midnight = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    return local_midnight.astimezone(dt.UTC)
