"""Termination travels (issue 16): contracts.contract.terminated cancels the contract's project."""

from __future__ import annotations

from typing import Any

import pytest
from projects_testkit import (
    CLIENT,
    MANAGER,
    PM,
    SPECIALIST,
    Service,
    events,
    planned_project,
    tasks_of,
)
from ptp_common.service import ServiceRuntime
from sqlalchemy import func, select

pytestmark = pytest.mark.integration

WEEK = {"kind": "person", "member": "tess", "role": "tech_support",
        "period_start": "2026-03-02", "period_end": "2026-03-06"}


async def parked(runtime: ServiceRuntime) -> int:
    async with runtime.db.sessions() as session:
        stmt = select(func.count()).select_from(runtime.db.dead_letters)
        return int((await session.execute(stmt)).scalar_one())


async def test_termination_cancels_the_project_its_open_tasks_allocations_and_open_round(
    service: Service, signed_contract: Any, terminated_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract("C-1"))
    await deliver(runtime, signed_contract("C-2", title="Second rollout"))
    project, other = await planned_project(client, "C-1"), await planned_project(client, "C-2")
    base = f"/api/v1/projects/{project['id']}"
    assert (await client.post(f"{base}/baseline", headers=PM)).status_code == 200
    design, *rest = sorted(await tasks_of(client, project["id"]), key=lambda t: t["deliverable_id"])
    assert (await client.post(f"/api/v1/tasks/{design['id']}/complete", headers=PM)).status_code == 200
    booked = await client.post(f"{base}/allocations", headers=PM, json={**WEEK, "planned_hours": "30"})
    assert booked.status_code == 201
    await client.post(f"/api/v1/projects/{other['id']}/allocations", headers=PM,
                      json={**WEEK, "planned_hours": "20"})
    assert len((await client.get("/api/v1/resources/over-allocations", headers=PM)).json()["items"]) == 1
    assert (await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)).status_code == 201

    await deliver(runtime, terminated_contract("C-1", reason="client insolvent"))

    cancelled = (await client.get(base, headers=PM)).json()
    assert (cancelled["status"], cancelled["cancellation_reason"]) == ("cancelled", "client insolvent")
    assert cancelled["cancelled_at"] is not None
    statuses = {t["id"]: t["status"] for t in await tasks_of(client, project["id"])}
    assert statuses == {design["id"]: "done", **{t["id"]: "cancelled" for t in rest}}
    [allocation] = (await client.get(f"{base}/allocations", headers=PM)).json()["items"]
    assert allocation["released_at"] is not None
    # tess's week on the cancelled project no longer takes her capacity
    assert (await client.get("/api/v1/resources/over-allocations", headers=PM)).json()["items"] == []
    round_1 = (await client.get(f"{base}/acceptance/rounds/1", headers=PM)).json()
    assert (round_1["status"], round_1["closed_by"]) == ("cancelled", "service:projects")
    [event] = await events(runtime, "projects.project.cancelled")
    assert (event["project_id"], event["contract_id"], event["customer_id"]) == (
        project["id"], "C-1", "CUST-7",
    )
    assert (event["reason"], event["tasks_cancelled"], event["allocations_released"]) == (
        "client insolvent", 2, 1,
    )
    assert event["cancelled_at"] is not None
    assert (await client.get(f"/api/v1/projects/{other['id']}", headers=PM)).json()["status"] == "planning"

    # The same termination re-sent under a new message id changes nothing and says nothing new.
    await deliver(runtime, terminated_contract("C-1", reason="client insolvent"))
    assert len(await events(runtime, "projects.project.cancelled")) == 1
    assert (await client.get(base, headers=PM)).json()["version"] == cancelled["version"]
    assert await parked(runtime) == 0

    # A cancelled project takes no more milestones, acceptance, tasks or allocations (409).
    milestone = cancelled["milestones"][0]
    refused = {
        "milestone": await client.post(f"/api/v1/milestones/{milestone['id']}/complete", headers=PM),
        "round": await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST),
        "sign-off": await client.post(f"{base}/acceptance/rounds/1/sign-off", headers=CLIENT),
        "results": await client.post(f"{base}/acceptance/rounds/1/results", headers=CLIENT,
                                     json={"results": [{"criterion_id": "AC-1", "passed": True}]}),
        "self-check": await client.put(f"{base}/acceptance/self-check", headers=PM,
                                       json={"results": [{"criterion_id": "AC-1", "passed": True}]}),
        "task": await client.post(f"{base}/tasks", headers=PM, json={
            "name": "More work", "start_date": "2026-04-01", "due_date": "2026-04-02"}),
        "allocation": await client.post(f"{base}/allocations", headers=PM,
                                        json={**WEEK, "planned_hours": "8"}),
        "start": await client.post(f"/api/v1/tasks/{rest[0]['id']}/start", headers=PM),
        "waive": await client.post(f"/api/v1/tasks/{rest[0]['id']}/waive", headers=MANAGER,
                                   json={"reason": "no longer needed"}),
    }
    for what, response in refused.items():
        assert response.status_code == 409, (what, response.text)
        assert "cancelled" in response.json()["detail"], (what, response.json())


async def test_termination_before_signing_is_remembered_and_the_late_project_is_planned_cancelled(
    sqlite_service: Service, signed_contract: Any, terminated_contract: Any, deliver: Any
) -> None:
    client, runtime = sqlite_service
    # Reordered: the termination overtakes the contract.signed it follows.
    await deliver(runtime, terminated_contract("C-9", reason="scope withdrawn"))
    assert await parked(runtime) == 0
    assert (await client.get("/api/v1/projects", params={"contract_id": "C-9"},
                             headers=PM)).json()["items"] == []
    assert await events(runtime, "projects.project.cancelled") == []

    await deliver(runtime, signed_contract("C-9"))
    project = await planned_project(client, "C-9")
    assert (project["status"], project["cancellation_reason"]) == ("cancelled", "scope withdrawn")
    assert {t["status"] for t in await tasks_of(client, project["id"])} == {"cancelled"}
    [planned] = await events(runtime, "projects.project.planned")
    [cancelled] = await events(runtime, "projects.project.cancelled")
    assert planned["project_id"] == cancelled["project_id"] == project["id"]
    assert (cancelled["reason"], cancelled["tasks_cancelled"], cancelled["allocations_released"]) == (
        "scope withdrawn", 3, 0,
    )

    await deliver(runtime, terminated_contract("C-9", reason="scope withdrawn"))  # re-sent
    await deliver(runtime, signed_contract("C-9"))  # re-sent
    assert len(await events(runtime, "projects.project.cancelled")) == 1
    assert len(await events(runtime, "projects.project.planned")) == 1
    assert await parked(runtime) == 0
