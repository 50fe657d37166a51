"""Acceptance rules of issue 16: a criterion at least, the self-check and every task closed before
sign-off, task waivers, and only the project's own customer's representative signs off."""

from __future__ import annotations

from typing import Any

import pytest
from projects_testkit import (
    CLIENT,
    MANAGER,
    OTHER_CLIENT,
    PM,
    SPECIALIST,
    TESS,
    UNBOUND_CLIENT,
    Service,
    events,
    planned_project,
    ready_for_sign_off,
    self_check_all,
    tasks_of,
)

pytestmark = pytest.mark.integration

ALL_PASSED = {"results": [{"criterion_id": "AC-1", "passed": True},
                          {"criterion_id": "AC-2", "passed": True}]}


async def round_passed_by_client(client: Any, project: dict[str, Any]) -> str:
    """Baselined, round 1 opened and every criterion passed: the round's sign-off URL."""
    base = f"/api/v1/projects/{project['id']}"
    assert (await client.post(f"{base}/baseline", headers=PM)).status_code == 200
    assert (await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)).status_code == 201
    recorded = await client.post(f"{base}/acceptance/rounds/1/results", headers=CLIENT, json=ALL_PASSED)
    assert recorded.status_code == 200, recorded.text
    return f"{base}/acceptance/rounds/1/sign-off"


async def test_acceptance_needs_at_least_one_criterion(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract(acceptance_criteria=[]))
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"
    assert project["acceptance_criteria"] == []
    await client.post(f"{base}/baseline", headers=PM)

    opened = await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)
    assert opened.status_code == 409, opened.text
    assert "at least one acceptance criterion" in opened.json()["detail"]
    assert opened.json()["rule"] == "acceptance needs at least one criterion"
    assert (await client.get(base, headers=PM)).json()["status"] == "active"  # nothing moved
    assert (await client.get(f"{base}/acceptance", headers=PM)).json()["rounds"] == []
    # a body with an empty criteria list is refused on the field
    for path in (f"{base}/acceptance/self-check",):
        empty = await client.put(path, headers=TESS, json={"results": []})
        assert empty.status_code == 422
        assert empty.json()["errors"][0]["field"] == "body.results"


async def test_sign_off_needs_the_self_check_and_every_task_done_or_waived(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    sign_off = await round_passed_by_client(client, project)
    by_deliverable = {t["deliverable_id"]: t for t in await tasks_of(client, project["id"])}
    design, rollout, training = by_deliverable["D-1"], by_deliverable["D-2"], by_deliverable["D-3"]

    missing = await client.post(sign_off, headers=CLIENT)
    assert missing.status_code == 409
    assert missing.json()["self_check_missing"] == ["AC-1", "AC-2"]
    assert sorted(missing.json()["open_tasks"]) == sorted([design["id"], rollout["id"], training["id"]])
    assert "self-check not recorded" in missing.json()["detail"]
    assert "tasks neither done nor waived" in missing.json()["detail"]

    await client.put(f"/api/v1/projects/{project['id']}/acceptance/self-check", headers=TESS,
                     json={"results": [{"criterion_id": "AC-1", "passed": True}]})
    half_checked = await client.post(sign_off, headers=CLIENT)
    assert half_checked.status_code == 409 and half_checked.json()["self_check_missing"] == ["AC-2"]
    await self_check_all(client, project)
    await client.post(f"/api/v1/tasks/{design['id']}/complete", headers=PM)
    await client.post(f"/api/v1/tasks/{training['id']}/complete", headers=PM)
    one_open = await client.post(sign_off, headers=CLIENT)
    assert one_open.status_code == 409
    assert (one_open.json()["self_check_missing"], one_open.json()["open_tasks"]) == ([], [rollout["id"]])

    # Waiving: project manager or manager, with a reason, If-Match like the other task actions.
    waive = f"/api/v1/tasks/{rollout['id']}/waive"
    reason = {"reason": "Client runs the rollout themselves (minutes of 2 May)"}
    assert (await client.post(waive, headers=TESS, json=reason)).status_code == 403
    for body in ({}, {"reason": ""}):
        unreasoned = await client.post(waive, headers=PM, json=body)
        assert unreasoned.status_code == 422 and unreasoned.json()["errors"][0]["field"] == "body.reason"
    stale = await client.post(waive, headers={**MANAGER, "If-Match": '"1"'}, json=reason)
    assert stale.status_code == 412  # version 1 was before baselining wrote the baseline dates
    etag = (await client.get(f"/api/v1/tasks/{rollout['id']}", headers=PM)).headers["etag"]
    waived = await client.post(waive, headers={**MANAGER, "If-Match": etag}, json=reason)
    assert waived.status_code == 200, waived.text
    assert (waived.json()["status"], waived.json()["waived_by"], waived.json()["waiver_reason"]) == (
        "waived", "mia", reason["reason"],
    )
    assert waived.json()["waived_at"] is not None and waived.headers["etag"] != etag
    assert (await client.post(waive, headers=PM, json=reason)).status_code == 409
    assert (await client.post(f"/api/v1/tasks/{rollout['id']}/complete", headers=PM)).status_code == 409
    # a waived task no longer holds up its milestone either
    go_live = next(m for m in project["milestones"] if m["contract_milestone_id"] == "M-2")
    assert (await client.post(f"/api/v1/milestones/{go_live['id']}/complete",
                              headers=PM)).status_code == 200

    signed = await client.post(sign_off, headers=CLIENT)
    assert signed.status_code == 200, signed.text
    [accepted] = await events(runtime, "projects.project.accepted")
    assert accepted["signed_off_by"] == "clara"
    kept = (await client.get(f"/api/v1/tasks/{rollout['id']}", headers=PM)).json()
    assert (kept["status"], kept["waived_by"]) == ("waived", "mia")


async def test_only_a_representative_of_the_projects_customer_signs_off(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract())  # customer CUST-7
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"
    sign_off = await round_passed_by_client(client, project)
    await ready_for_sign_off(client, project)

    unbound = await client.post(sign_off, headers=UNBOUND_CLIENT)
    assert unbound.status_code == 403
    assert "needs a customer_id claim" in unbound.json()["detail"]
    other = await client.post(sign_off, headers=OTHER_CLIENT)  # CUST-8's representative
    assert other.status_code == 404
    # they cannot see the project at all
    assert (await client.get(base, headers=OTHER_CLIENT)).status_code == 404
    assert (await client.get(f"{base}/acceptance", headers=OTHER_CLIENT)).status_code == 404
    assert (await client.get("/api/v1/projects", headers=OTHER_CLIENT)).json()["items"] == []
    assert (await client.post(f"{base}/acceptance/rounds/1/results", headers=OTHER_CLIENT,
                              json=ALL_PASSED)).status_code == 404
    assert await events(runtime, "projects.project.accepted") == []

    signed = await client.post(sign_off, headers=CLIENT)
    assert signed.status_code == 200, signed.text
    assert (await client.get(base, headers=CLIENT)).json()["signed_off_by"] == "clara"
    assert [p["id"] for p in (await client.get("/api/v1/projects", headers=CLIENT)).json()["items"]] == [
        project["id"]
    ]


async def test_openapi_states_the_acceptance_rules_and_who_may_call(sqlite_service: Service) -> None:
    client, _ = sqlite_service
    paths = (await client.get("/openapi.json")).json()["paths"]
    sign_off = paths["/api/v1/projects/{project_id}/acceptance/rounds/{number}/sign-off"]["post"]
    for rule in ("client_representative", "customer_id", "self-check", "done or waived",
                 "at least one acceptance criterion"):
        assert rule in sign_off["description"], rule
    assert {"403", "404", "409"} <= set(sign_off["responses"])
    assert "customer_id" in sign_off["responses"]["403"]["description"]
    opening = paths["/api/v1/projects/{project_id}/acceptance/rounds"]["post"]
    assert "at least one acceptance criterion" in opening["description"]
    assert {"403", "404", "409"} <= set(opening["responses"])
    waive = paths["/api/v1/tasks/{task_id}/waive"]["post"]
    assert "project_manager or manager" in waive["description"]
    assert {"403", "409", "412", "422"} <= set(waive["responses"])
    self_check = paths["/api/v1/projects/{project_id}/acceptance/self-check"]["put"]
    assert "sign-off needs" in self_check["description"]
