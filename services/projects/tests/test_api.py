"""REST behaviour of the projects service against real databases (events through the outbox)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from projects_testkit import (
    BOB,
    CLIENT,
    PM,
    SPECIALIST,
    TESS,
    Service,
    events,
    planned_project,
    ready_for_sign_off,
)
from ptp_common.testing.clients import bearer, running_app
from ptp_projects.service import definition

pytestmark = pytest.mark.integration


async def test_signed_contract_becomes_one_planned_project_with_its_milestones_and_criteria(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    contract = signed_contract()
    await deliver(runtime, contract)
    await deliver(runtime, contract)  # the same contract signed event sent again, new message id

    project = await planned_project(client)
    assert project["status"] == "planning"
    assert (project["customer_id"], project["owner"], project["name"]) == (
        "CUST-7", "sam", "Network rollout for Acme",
    )
    assert (project["contract_total"], project["currency"]) == ("120000.00", "EUR")
    assert [(m["contract_milestone_id"], m["name"], m["due_date"]) for m in project["milestones"]] == [
        ("M-1", "Design approved", "2026-03-31"), ("M-2", "Go-live", "2026-05-15"),
    ]
    assert [(c["criterion_id"], c["description"]) for c in project["acceptance_criteria"]] == [
        ("AC-1", "All 40 sites online"), ("AC-2", "Latency under 50 ms"),
    ]
    assert len(project["phases"]) == 3
    tasks = (await client.get(f"/api/v1/projects/{project['id']}/tasks", headers=PM)).json()["items"]
    assert sorted(t["deliverable_id"] for t in tasks) == ["D-1", "D-2", "D-3"]

    [planned] = await events(runtime, "projects.project.planned")
    assert planned["project_id"] == project["id"] and planned["contract_id"] == "C-1"
    assert [(m["milestone_id"], m["contract_milestone_id"]) for m in planned["milestones"]] == [
        (m["id"], m["contract_milestone_id"]) for m in project["milestones"]
    ]
    listed = await client.get("/api/v1/projects", params={"customer_id": "CUST-7"}, headers=TESS)
    assert [p["id"] for p in listed.json()["items"]] == [project["id"]]


async def test_acceptance_needs_every_criterion_passed_and_the_clients_sign_off(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"

    early = await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)
    assert early.status_code == 409 and early.json()["allowed_actions"] == ["baseline"]
    assert (await client.post(f"{base}/baseline", headers=PM)).status_code == 200
    opened = await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)
    assert opened.status_code == 201 and opened.json()["number"] == 1
    rounds = f"{base}/acceptance/rounds"

    await client.post(f"{rounds}/1/results", headers=CLIENT,
                      json={"results": [{"criterion_id": "AC-1", "passed": True}]})
    unchecked = await client.post(f"{rounds}/1/sign-off", headers=CLIENT)
    assert unchecked.status_code == 409
    assert unchecked.json()["unchecked_criteria"] == ["AC-2"]
    for other in (PM, SPECIALIST, TESS):
        forbidden = await client.post(f"{rounds}/1/sign-off", headers=other)
        assert forbidden.status_code == 403
        assert forbidden.json()["required_roles"] == ["client_representative"]

    await client.post(f"{rounds}/1/results", headers=CLIENT, json={"results": [
        {"criterion_id": "AC-2", "passed": False, "notes": "80 ms at site 12"}]})
    failed_sign_off = await client.post(f"{rounds}/1/sign-off", headers=CLIENT)
    assert failed_sign_off.status_code == 409
    assert failed_sign_off.json()["failed_criteria"] == ["AC-2"]

    failed = await client.post(f"{rounds}/1/fail", headers=SPECIALIST, json={"rectification": [
        {"criterion_id": "AC-2", "owner": "tess", "due_date": "2026-05-22"}]})
    assert failed.status_code == 200 and failed.json()["status"] == "failed"
    [item] = (await client.get(f"{base}/rectification-items", headers=PM)).json()["items"]
    assert (item["criterion_id"], item["owner"], item["due_date"], item["status"]) == (
        "AC-2", "tess", "2026-05-22", "open",
    )
    [acceptance_failed] = await events(runtime, "projects.acceptance.failed")
    assert acceptance_failed["round_number"] == 1
    assert acceptance_failed["failed_criteria"] == [
        {"criterion_id": "AC-2", "passed": False, "notes": "80 ms at site 12"}
    ]

    too_soon = await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)
    assert too_soon.status_code == 409 and too_soon.json()["open_rectification_items"] == 1
    resolved = await client.post(f"/api/v1/rectification-items/{item['id']}/resolve",
                                 headers=TESS, json={"resolution": "QoS tuned; 30 ms"})
    assert resolved.status_code == 200 and resolved.json()["resolved_by"] == "tess"
    assert (await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)).json()["number"] == 2

    await client.post(f"{rounds}/2/results", headers=CLIENT, json={"results": [
        {"criterion_id": "AC-1", "passed": True, "notes": "ok"},
        {"criterion_id": "AC-2", "passed": True, "notes": "30 ms"}]})
    await ready_for_sign_off(client, project)
    signed = await client.post(f"{rounds}/2/sign-off", headers=CLIENT)
    assert signed.status_code == 200 and signed.json()["status"] == "passed"
    again = await client.post(f"{rounds}/2/sign-off", headers=CLIENT)
    assert again.status_code == 409

    accepted_project = (await client.get(base, headers=PM)).json()
    assert (accepted_project["status"], accepted_project["signed_off_by"]) == ("accepted", "clara")
    [accepted] = await events(runtime, "projects.project.accepted")
    assert (accepted["project_id"], accepted["contract_id"], accepted["rounds"]) == (
        project["id"], "C-1", 2,
    )
    assert accepted["signed_off_by"] == "clara"
    assert accepted["results"] == [
        {"criterion_id": "AC-1", "passed": True, "notes": "ok"},
        {"criterion_id": "AC-2", "passed": True, "notes": "30 ms"},
    ]


async def test_results_for_unknown_criteria_are_422_and_stale_round_writes_412(
    sqlite_service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = sqlite_service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"
    await client.post(f"{base}/baseline", headers=PM)
    opened = await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)
    etag = opened.headers["etag"]
    unknown = await client.post(f"{base}/acceptance/rounds/1/results", headers=CLIENT,
                                json={"results": [{"criterion_id": "AC-9", "passed": True}]})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "body.results"
    ok = await client.post(f"{base}/acceptance/rounds/1/results", headers={**CLIENT, "If-Match": etag},
                           json={"results": [{"criterion_id": "AC-1", "passed": True}]})
    assert ok.status_code == 200 and ok.headers["etag"] != etag
    stale = await client.post(f"{base}/acceptance/rounds/1/results", headers={**CLIENT, "If-Match": etag},
                              json={"results": [{"criterion_id": "AC-1", "passed": False}]})
    assert stale.status_code == 412
    round_now = (await client.get(f"{base}/acceptance/rounds/1", headers=PM)).json()
    assert [(r["criterion_id"], r["passed"]) for r in round_now["results"]] == [("AC-1", True)]


async def test_round_numbers_outside_the_database_range_are_422_not_500(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}/acceptance/rounds"
    for number in ("9223372036854775808", "2147483648", "0"):
        response = await client.get(f"{base}/{number}", headers=PM)
        assert response.status_code == 422, (number, response.text)
        assert response.json()["errors"][0]["field"] == "path.number"
    assert (await client.get(f"{base}/2147483647", headers=PM)).status_code == 404


async def test_milestone_completes_when_its_tasks_are_done_and_the_manager_confirms(
    service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"
    design = project["milestones"][0]
    assert design["contract_milestone_id"] == "M-1"
    [task] = (await client.get(f"{base}/tasks", params={"milestone_id": design["id"]},
                               headers=PM)).json()["items"]

    not_yet = await client.post(f"/api/v1/milestones/{design['id']}/complete", headers=PM)
    assert not_yet.status_code == 409  # the plan is not baselined yet
    await client.post(f"{base}/baseline", headers=PM)
    open_tasks = await client.post(f"/api/v1/milestones/{design['id']}/complete", headers=PM)
    assert open_tasks.status_code == 409 and open_tasks.json()["open_tasks"] == [task["id"]]

    # baselining wrote the task's baseline dates: the version read before it is stale now
    stale = await client.patch(f"/api/v1/tasks/{task['id']}", headers={**PM, "If-Match": '"1"'},
                               json={"owner": "tess"})
    assert stale.status_code == 412
    etag = (await client.get(f"/api/v1/tasks/{task['id']}", headers=PM)).headers["etag"]
    assigned = await client.patch(f"/api/v1/tasks/{task['id']}", headers={**PM, "If-Match": etag},
                                  json={"owner": "tess"})
    assert assigned.status_code == 200 and assigned.json()["owner"] == "tess"
    assert (await client.post(f"/api/v1/tasks/{task['id']}/start", headers=BOB)).status_code == 403
    assert (await client.patch(f"/api/v1/tasks/{task['id']}", headers=TESS,
                               json={"due_date": "2026-06-01"})).status_code == 403
    progress = await client.patch(f"/api/v1/tasks/{task['id']}", headers=TESS,
                                  json={"percent_complete": 60})
    assert progress.status_code == 200 and progress.json()["percent_complete"] == 60
    done = await client.post(f"/api/v1/tasks/{task['id']}/complete", headers=TESS)
    assert done.json()["status"] == "done"

    by_team = await client.post(f"/api/v1/milestones/{design['id']}/complete", headers=TESS)
    assert by_team.status_code == 403
    completed = await client.post(f"/api/v1/milestones/{design['id']}/complete", headers=PM)
    assert completed.status_code == 200 and completed.json()["status"] == "completed"
    [event] = await events(runtime, "projects.milestone.completed")
    assert (event["milestone_id"], event["contract_milestone_id"], event["confirmed_by"]) == (
        design["id"], "M-1", "pat",
    )
    twice = await client.post(f"/api/v1/milestones/{design['id']}/complete", headers=PM)
    assert twice.status_code == 409
    assert len(await events(runtime, "projects.milestone.completed")) == 1


async def test_delay_scan_reports_each_slip_once_and_changes_are_kept_against_the_baseline(
    sqlite_service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = sqlite_service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"
    await client.post(f"{base}/baseline", headers=PM)
    design = project["milestones"][0]

    etag = (await client.get(base, headers=PM)).headers["etag"]
    as_of = dt.datetime(2026, 4, 3, 6, 0, tzinfo=dt.UTC)
    first = await runtime.run_job("delay-scan", as_of)
    again = await runtime.run_job("delay-scan", as_of + dt.timedelta(days=1))
    assert (first["task_overdue"], first["project_delayed"]) == (1, 1)
    assert (again["task_overdue"], again["project_delayed"]) == (0, 0)
    [overdue] = await events(runtime, "projects.task.overdue")
    assert (overdue["due_date"], overdue["days_overdue"]) == ("2026-03-20", 14)
    [delayed] = await events(runtime, "projects.project.delayed")
    assert (delayed["milestone_id"], delayed["contract_milestone_id"], delayed["days_late"]) == (
        design["id"], "M-1", 3,
    )
    flagged = await client.get("/api/v1/projects", params={"delayed": "true"}, headers=PM)
    assert [p["id"] for p in flagged.json()["items"]] == [project["id"]]
    # the flag is derived: the manager's If-Match from before the scan still holds
    assert (await client.get(base, headers=PM)).headers["etag"] == etag

    moved = await client.patch(f"/api/v1/milestones/{design['id']}", headers=PM,
                               json={"due_date": "2026-04-10"})
    assert moved.json()["variance_days"] == 10
    assert (await client.get(base, headers=PM)).json()["schedule_variance_days"] == 10
    [change] = (await client.get(f"{base}/plan-changes", headers=PM)).json()["items"]
    assert (change["field"], change["old_value"], change["new_value"], change["changed_by"]) == (
        "due_date", "2026-03-31", "2026-04-10", "pat",
    )
    # the replanned date slips too: a new slip, reported once more
    later = await runtime.run_job("delay-scan", dt.datetime(2026, 4, 12, tzinfo=dt.UTC))
    assert later["project_delayed"] == 1
    assert len(await events(runtime, "projects.project.delayed")) == 2


async def test_progress_reports_allocations_and_over_allocation_across_projects(
    sqlite_service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = sqlite_service
    await deliver(runtime, signed_contract("C-1"))
    await deliver(runtime, signed_contract("C-2", title="Second rollout"))
    first, second = await planned_project(client, "C-1"), await planned_project(client, "C-2")

    report = {"period_start": "2026-03-02", "period_end": "2026-03-06", "percent_complete": 20,
              "done": "survey", "next": "design", "problems": "none"}
    key = {"Idempotency-Key": "report-1"}
    filed = await client.post(f"/api/v1/projects/{first['id']}/reports", headers={**TESS, **key},
                              json=report)
    replay = await client.post(f"/api/v1/projects/{first['id']}/reports", headers={**TESS, **key},
                               json=report)
    assert filed.status_code == replay.status_code == 201 and replay.json() == filed.json()
    assert filed.json()["author"] == "tess"
    backwards = await client.post(f"/api/v1/projects/{first['id']}/reports", headers=TESS,
                                  json={**report, "period_end": "2026-03-01"})
    assert [e["field"] for e in backwards.json()["errors"]] == ["body.period_end"]
    assert (await client.post(f"/api/v1/projects/{first['id']}/reports",
                              headers=bearer(["legal"]), json=report)).status_code == 403
    listed = (await client.get(f"/api/v1/projects/{first['id']}/reports", headers=PM)).json()
    assert len(listed["items"]) == 1

    week = {"kind": "person", "member": "tess", "role": "tech_support",
            "period_start": "2026-03-02", "period_end": "2026-03-06"}
    a1 = await client.post(f"/api/v1/projects/{first['id']}/allocations", headers=PM,
                           json={**week, "planned_hours": "30"})
    assert a1.status_code == 201
    assert (await client.post(f"/api/v1/projects/{first['id']}/allocations", headers=TESS,
                              json={**week, "planned_hours": "30"})).status_code == 403
    budget = await client.post(f"/api/v1/projects/{first['id']}/allocations", headers=PM, json={
        "kind": "budget", "description": "Travel", "period_start": "2026-03-01",
        "period_end": "2026-03-31", "planned_amount": "1200.00", "currency": "JPY"})
    assert budget.status_code == 422 and budget.json()["errors"][0]["field"] == "body.planned_amount"
    # What a kind requires, and the period's order, are named field by field.
    for wrong, field in [
        ({"kind": "person", "period_start": "2026-03-02", "period_end": "2026-03-06",
          "member": "tess"}, "body.planned_hours"),
        ({"kind": "budget", "period_start": "2026-03-02", "period_end": "2026-03-06"},
         "body.planned_amount"),
        ({"kind": "material", "period_start": "2026-03-02", "period_end": "2026-03-06",
          "planned_amount": "10.00"}, "body.currency"),
        ({**week, "planned_hours": "8", "period_end": "2026-03-01"}, "body.period_end"),
    ]:
        refused = await client.post(f"/api/v1/projects/{first['id']}/allocations", headers=PM, json=wrong)
        assert [e["field"] for e in refused.json()["errors"]] == [field], refused.text
    assert (await client.get("/api/v1/resources/over-allocations", headers=PM)).json()["items"] == []
    await client.post(f"/api/v1/projects/{second['id']}/allocations", headers=PM,
                      json={**week, "planned_hours": "20"})
    [over] = (await client.get("/api/v1/resources/over-allocations", headers=PM)).json()["items"]
    assert (over["member"], over["start"], over["end"], over["peak_hours_per_day"]) == (
        "tess", "2026-03-02", "2026-03-06", "10.00",
    )
    assert sorted(over["project_ids"]) == sorted([first["id"], second["id"]])
    actuals = await client.patch(f"/api/v1/allocations/{a1.json()['id']}",
                                 headers={**PM, "If-Match": a1.headers["etag"]},
                                 json={"actual_hours": "34"})
    assert actuals.status_code == 200
    assert (actuals.json()["planned_hours"], actuals.json()["actual_hours"]) == ("30.00", "34.00")
    await client.post(f"/api/v1/projects/{first['id']}/allocations", headers=PM, json={
        "kind": "budget", "description": "Travel", "period_start": "2026-03-01",
        "period_end": "2026-03-31", "planned_amount": "1200.00", "currency": "EUR"})
    summary = (await client.get(f"/api/v1/projects/{first['id']}/resources/summary",
                                headers=PM)).json()
    assert (summary["planned_hours"], summary["actual_hours"], summary["hours_variance"]) == (
        "30.00", "34.00", "4.00",
    )
    assert summary["money"] == [
        {"kind": "budget", "currency": "EUR", "planned": "1200.00", "actual": "0.00"}
    ]


async def test_tasks_wait_for_their_dependencies_and_the_team_self_checks(
    sqlite_service: Service, signed_contract: Any, deliver: Any
) -> None:
    client, runtime = sqlite_service
    await deliver(runtime, signed_contract())
    project = await planned_project(client)
    base = f"/api/v1/projects/{project['id']}"
    design = (await client.get(f"{base}/tasks", params={"milestone_id": project["milestones"][0]["id"]},
                               headers=PM)).json()["items"][0]
    body = {"name": "Configure core routers", "owner": "tess", "start_date": "2026-03-21",
            "due_date": "2026-03-28", "depends_on": [design["id"]]}
    created = await client.post(f"{base}/tasks", headers={**PM, "Idempotency-Key": "t-1"}, json=body)
    replayed = await client.post(f"{base}/tasks", headers={**PM, "Idempotency-Key": "t-1"}, json=body)
    assert created.status_code == replayed.status_code == 201
    assert replayed.json()["id"] == created.json()["id"]
    task = created.json()
    # The creation, and its replay, answer the task's ETag: its first write needs no GET.
    assert created.headers["etag"] == replayed.headers["etag"] == f'"{task["version"]}"'
    assert (await client.post(f"{base}/tasks", headers=TESS, json=body)).status_code == 403
    # A rule over several fields names the field at fault, not the whole body.
    inverted = await client.post(f"{base}/tasks", headers=PM,
                                 json={**body, "start_date": "2026-04-01"})
    assert inverted.status_code == 422
    assert [e["field"] for e in inverted.json()["errors"]] == ["body.due_date"]
    swapped = await client.patch(f"/api/v1/tasks/{task['id']}", headers=PM,
                                 json={"start_date": "2026-04-01", "due_date": "2026-03-30"})
    assert [e["field"] for e in swapped.json()["errors"]] == ["body.due_date"]
    nulled = await client.patch(f"/api/v1/tasks/{task['id']}", headers=PM, json={"due_date": None})
    assert nulled.status_code == 422
    assert [e["field"] for e in nulled.json()["errors"]] == ["body.due_date"]
    moved_past_due = await client.patch(f"/api/v1/tasks/{task['id']}", headers=PM,
                                        json={"start_date": "2026-03-29"})
    assert moved_past_due.status_code == 422
    assert moved_past_due.json()["errors"][0]["field"] == "body.due_date"

    blocked = await client.post(f"/api/v1/tasks/{task['id']}/start", headers=TESS)
    assert blocked.status_code == 409 and blocked.json()["waiting_on"] == [design["id"]]
    loop = await client.patch(f"/api/v1/tasks/{design['id']}", headers=PM,
                              json={"depends_on": [task["id"]]})
    assert loop.status_code == 422 and loop.json()["errors"][0]["field"] == "body.depends_on"
    await client.post(f"/api/v1/tasks/{design['id']}/complete", headers=PM)
    assert (await client.post(f"/api/v1/tasks/{task['id']}/start", headers=TESS)).status_code == 200

    pilot = await client.post(f"{base}/milestones", headers=PM,
                              json={"name": "Pilot site live", "due_date": "2026-04-20"})
    assert pilot.status_code == 201 and pilot.json()["contract_milestone_id"] is None
    assert pilot.headers["etag"] == f'"{pilot.json()["version"]}"'
    moved = await client.patch(f"/api/v1/tasks/{task['id']}", headers=PM,
                               json={"milestone_id": pilot.json()["id"]})
    assert moved.json()["milestone_id"] == pilot.json()["id"]
    first_two = (await client.get(f"{base}/milestones", headers=PM, params={"limit": 2})).json()
    last = (await client.get(f"{base}/milestones", headers=PM,
                             params={"cursor": first_two["next_cursor"]})).json()
    assert [m["name"] for m in first_two["items"] + last["items"]] == [
        "Design approved", "Pilot site live", "Go-live"]
    assert last["next_cursor"] is None

    checked = await client.put(f"{base}/acceptance/self-check", headers=TESS, json={"results": [
        {"criterion_id": "AC-1", "passed": True, "notes": "40/40 sites pinged"}]})
    assert checked.status_code == 200
    overview = (await client.get(f"{base}/acceptance", headers=CLIENT)).json()
    assert [(c["criterion_id"], c["self_check_passed"], c["self_checked_by"])
            for c in overview["criteria"]] == [("AC-1", True, "tess"), ("AC-2", None, None)]


async def test_concurrent_delay_scans_report_each_slip_once(
    postgres_url: str, signed_contract: Any, deliver: Any
) -> None:
    async with running_app(definition, postgres_url) as (_, _client, runtime):
        await deliver(runtime, signed_contract())
        as_of = dt.datetime(2026, 4, 3, 6, 0, tzinfo=dt.UTC)
        # Two replicas' jobs (or an operator's run beside the timer) at the same moment.
        await asyncio.gather(*(runtime.run_job("delay-scan", as_of) for _ in range(3)))
        assert len(await events(runtime, "projects.task.overdue")) == 1
        assert len(await events(runtime, "projects.project.delayed")) == 1
