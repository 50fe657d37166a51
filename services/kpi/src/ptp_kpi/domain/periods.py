"""Assessment periods: a month (2026-11), a quarter (2026-Q4) or a year (2026).

Facts are kept per month; a longer period is the months it covers. The month of an instant is
its month on the company's calendar (PTP_BUSINESS_TIMEZONE), not UTC's.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from ptp_common.business_time import business_month

PERIOD_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
_PERIOD = re.compile(PERIOD_PATTERN)


def month_of(moment: dt.datetime, zone: ZoneInfo) -> str:
    """The business month (``YYYY-MM``) of an instant."""
    return business_month(moment, zone)


def months_in(period: str) -> list[str]:
    """The months a period covers; ValueError for anything else."""
    if not _PERIOD.match(period):
        raise ValueError(f"period {period!r} must read YYYY, YYYY-MM or YYYY-Qn")
    year = period[:4]
    if len(period) == 4:
        return [f"{year}-{m:02d}" for m in range(1, 13)]
    if period[5] == "Q":
        first = (int(period[6]) - 1) * 3 + 1
        return [f"{year}-{m:02d}" for m in range(first, first + 3)]
    return [period]
