"""Due dates are days on the company's calendar (PTP_BUSINESS_TIMEZONE, docs/domain.md "Days and
months"): at UTC+8 a task due on 20 March is late from 00:00 on 21 March local time (16:00Z on
the 20th), not from UTC midnight; with the default UTC zone it is late from 00:00Z on the 21st.
The delay scan is run through the admin REST endpoint, its effects read from the outbox and REST."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from projects_testkit import PM, Service, events, planned_project
from ptp_common.business_time import start_of_business_day, zone_named
from ptp_common.testing.clients import bearer, running_app
from ptp_projects.service import definition

pytestmark = pytest.mark.integration

ADMIN = bearer(["admin"], sub="ops")
MINUTE = dt.timedelta(minutes=1)
DUE = dt.date(2026, 3, 20)  # the signed_contract fixture's deliverable D-1: its task's due date


@pytest.fixture(params=["Asia/Shanghai", "UTC"])
async def zoned_service(
    request: pytest.FixtureRequest, sqlite_url: str
) -> AsyncIterator[tuple[Service, str]]:
    zone = str(request.param)
    async with running_app(definition, sqlite_url, business_timezone=zone) as (_, client, runtime):
        yield (client, runtime), zone


async def scan(client: Any, as_of: dt.datetime) -> dict[str, Any]:
    run = await client.post(
        "/api/v1/admin/jobs/delay-scan/run", params={"as_of": as_of.isoformat()}, headers=ADMIN
    )
    assert run.status_code == 200, run.text
    return run.json()["result"]  # type: ignore[no-any-return]


async def test_a_task_is_overdue_from_local_midnight_after_its_due_day(
    zoned_service: tuple[Service, str], signed_contract: Any, deliver: Any
) -> None:
    (client, runtime), zone = zoned_service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    next_day = start_of_business_day(DUE + dt.timedelta(days=1), zone_named(zone))
    assert next_day == (
        dt.datetime(2026, 3, 20, 16, 0, tzinfo=dt.UTC)
        if zone == "Asia/Shanghai"
        else dt.datetime(2026, 3, 21, 0, 0, tzinfo=dt.UTC)
    )

    assert (await scan(client, next_day - MINUTE))["task_overdue"] == 0
    flagged = await client.get("/api/v1/projects", params={"delayed": "true"}, headers=PM)
    assert flagged.json()["items"] == []

    assert (await scan(client, next_day + MINUTE))["task_overdue"] == 1
    [overdue] = await events(runtime, "projects.task.overdue")
    assert (overdue["due_date"], overdue["days_overdue"]) == (DUE.isoformat(), 1)
    flagged = await client.get("/api/v1/projects", params={"delayed": "true"}, headers=PM)
    assert [p["id"] for p in flagged.json()["items"]] == [project["id"]]
