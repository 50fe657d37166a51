"""A clock tests can set and move."""

from __future__ import annotations

import datetime as dt

from ptp_common.service import Clock


class ManualClock(Clock):
    def __init__(self, now: dt.datetime | None = None) -> None:
        self._now = now or dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self._now

    def set(self, now: dt.datetime) -> None:
        self._now = now

    def advance(self, **delta: float) -> dt.datetime:
        self._now += dt.timedelta(**delta)
        return self._now
