"""Days and months on the company's calendar (PTP_BUSINESS_TIMEZONE), and the setting itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from common_sample_api import definition
from ptp_common.business_time import (
    UTC,
    business_date,
    business_month,
    start_of_business_day,
    zone_named,
)
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.messaging.consumer import ALL_EVENTS
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.service import ServiceRuntime
from ptp_common.settings import load_settings
from ptp_common.testing.clock import ManualClock
from pydantic import ValidationError

SHANGHAI = zone_named("Asia/Shanghai")  # UTC+8, no daylight saving
SANTIAGO = zone_named("America/Santiago")  # daylight saving starts at local midnight


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_an_instant_after_local_midnight_is_the_next_day_and_month_at_utc_plus_8() -> None:
    instant = utc(2026, 11, 30, 17, 30)  # 01:30 on 1 December in Shanghai
    assert business_date(instant, SHANGHAI) == dt.date(2026, 12, 1)
    assert business_month(instant, SHANGHAI) == "2026-12"
    # The default zone keeps the UTC calendar.
    assert business_date(instant, UTC) == dt.date(2026, 11, 30)
    assert business_month(instant, UTC) == "2026-11"
    # Just before local midnight it is still the old day.
    assert business_date(utc(2026, 11, 30, 15, 59, 59), SHANGHAI) == dt.date(2026, 11, 30)


def test_an_instant_given_with_another_offset_is_the_same_instant() -> None:
    at_plus_2 = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))  # 23:00Z
    assert business_date(at_plus_2, UTC) == dt.date(2026, 11, 30)
    assert business_date(at_plus_2, SHANGHAI) == dt.date(2026, 12, 1)


def test_a_naive_datetime_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        business_date(dt.datetime(2026, 12, 1, 1, 0), SHANGHAI)


def test_a_business_day_starts_at_local_midnight_as_a_utc_instant() -> None:
    start = start_of_business_day(dt.date(2026, 12, 1), SHANGHAI)
    assert start == utc(2026, 11, 30, 16, 0)
    assert start.utcoffset() == dt.timedelta(0)
    assert start_of_business_day(dt.date(2026, 12, 1), UTC) == utc(2026, 12, 1)


def test_every_day_of_a_daylight_saving_year_starts_where_the_previous_one_ends() -> None:
    # Santiago skips 00:00 when summer time begins: the day still begins exactly where the
    # calendar turns over, neither an hour early nor late.
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        start = start_of_business_day(day, SANTIAGO)
        assert business_date(start, SANTIAGO) == day, day
        assert business_date(start - dt.timedelta(microseconds=1), SANTIAGO) == day - dt.timedelta(days=1)
        day += dt.timedelta(days=1)


def test_the_zone_setting_defaults_to_utc_and_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PTP_BUSINESS_TIMEZONE", raising=False)
    assert load_settings("crm").business_zone == UTC
    monkeypatch.setenv("PTP_BUSINESS_TIMEZONE", "Asia/Shanghai")
    assert load_settings("crm").business_zone == SHANGHAI


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "UTC+8", "", "../etc/passwd", "/etc/localtime"])
def test_a_service_with_an_unknown_zone_refuses_to_start(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("PTP_BUSINESS_TIMEZONE", name)
    with pytest.raises(ValidationError, match=r"PTP_BUSINESS_TIMEZONE=.* is not an IANA time zone name"):
        load_settings("crm")


def test_the_runtime_hands_the_zone_to_its_units_of_work_and_consumer(tmp_path: Path) -> None:
    async def ignore(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
        return None

    settings = load_settings(
        "sample", database_url=f"sqlite+aiosqlite:///{tmp_path / 's.db'}", business_timezone="Asia/Shanghai"
    )
    clock = ManualClock(utc(2026, 11, 30, 16, 0))  # local midnight, 1 December
    consuming = dataclasses.replace(definition, handlers={ALL_EVENTS: ignore})
    runtime = ServiceRuntime(consuming, settings, clock=clock, bus=InProcessBus())
    assert runtime.uow().business_zone == SHANGHAI
    assert runtime.consumer is not None and runtime.consumer.business_zone == SHANGHAI
    assert runtime.business_today() == dt.date(2026, 12, 1)
    clock.set(utc(2026, 11, 30, 15, 59))
    assert runtime.business_today() == dt.date(2026, 11, 30)
