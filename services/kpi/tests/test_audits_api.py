"""Internal audits: a finding is raised, rectified by its owner and closed by the auditor."""

from __future__ import annotations

import pytest
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.waiting import eventually
from ptp_kpi.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration

AUDITOR = bearer(["auditor"], sub="audrey")
MANAGER = bearer(["manager"], sub="mia")
ALICE = bearer(["business_specialist"], sub="alice")
BOB = bearer(["business_specialist"], sub="bob")

AUDIT = {"title": "Q4 signing compliance", "kind": "compliance",
         "scope": "Contracts signed in Q4", "planned_start": "2026-12-01",
         "planned_end": "2026-12-15"}
FINDING = {"title": "Signed before legal approval", "description": "Revision 3",
           "severity": "high", "linked_record": "contracts:contract:c-1", "owner": "alice",
           "due_date": "2027-01-15"}


async def test_a_finding_is_rectified_to_closure_and_reported(database_url: str) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        created = await client.post("/api/v1/audits", json=AUDIT,
                                    headers={**AUDITOR, "Idempotency-Key": "a-1"})
        assert created.status_code == 201, created.text
        audit_id = created.json()["id"]
        replay = await client.post("/api/v1/audits", json=AUDIT,
                                   headers={**AUDITOR, "Idempotency-Key": "a-1"})
        assert replay.json()["id"] == audit_id
        assert (await client.post("/api/v1/audits", json=AUDIT,
                                  headers=MANAGER)).status_code == 403
        backwards = await client.post("/api/v1/audits", headers=AUDITOR,
                                      json={**AUDIT, "planned_end": "2026-11-30"})
        assert backwards.status_code == 422  # the field at fault, not the whole body
        assert [e["field"] for e in backwards.json()["errors"]] == ["body.planned_end"]

        early = await client.post(f"/api/v1/audits/{audit_id}/findings", json=FINDING,
                                  headers=AUDITOR)
        assert early.status_code == 409 and early.json()["allowed_actions"] == ["cancel", "start"]
        await client.post(f"/api/v1/audits/{audit_id}/start", headers=AUDITOR)
        raised = await client.post(f"/api/v1/audits/{audit_id}/findings", json=FINDING,
                                   headers=AUDITOR)
        assert raised.status_code == 201, raised.text
        finding = raised.json()
        # the exact segments to POST to under the finding's URL
        assert finding["allowed_actions"] == ["start-rectification", "submit-rectification"]
        url = f"/api/v1/findings/{finding['id']}"

        # the owner sees and rectifies it; someone else may not
        mine = (await client.get("/api/v1/findings", headers=ALICE)).json()["items"]
        assert [f["id"] for f in mine] == [finding["id"]]
        assert (await client.get("/api/v1/findings", headers=BOB)).json()["items"] == []
        assert (await client.post(f"{url}/start-rectification",
                                  headers=BOB)).status_code == 403
        submitted = await client.post(f"{url}/submit-rectification", headers={
            **ALICE, "If-Match": f'"{finding["version"]}"'},
            json={"rectification": "Signing now checks the review"})
        assert submitted.status_code == 200, submitted.text
        assert submitted.json()["allowed_actions"] == ["close", "reject-rectification"]
        stale = await client.post(f"{url}/close",
                                  headers={**AUDITOR, "If-Match": f'"{finding["version"]}"'})
        assert stale.status_code == 412
        assert (await client.post(f"{url}/close", headers=ALICE)).status_code == 403
        closed = await client.post(f"{url}/close", headers={
            **AUDITOR, "If-Match": submitted.headers["ETag"]})
        assert closed.status_code == 200 and closed.json()["status"] == "closed"
        again = await client.post(f"{url}/close", headers=AUDITOR)
        assert again.status_code == 409 and again.json()["allowed_actions"] == []

        done = await client.post(f"/api/v1/audits/{audit_id}/complete", headers=AUDITOR,
                                 json={"report": "One finding, closed."})
        assert done.status_code == 200 and done.json()["status"] == "completed"
        report = (await client.get(f"/api/v1/audits/{audit_id}/report",
                                   headers=MANAGER)).json()
        assert report["by_severity"] == {"high": 1} and report["open_findings"] == 0
        assert report["audit"]["report"] == "One finding, closed."

        outbox = runtime.db.outbox

        async def events_written() -> bool:
            async with runtime.db.sessions() as session:
                types = (await session.execute(select(outbox.c.event_type))).scalars().all()
            return sorted(types) == ["kpi.audit.completed", "kpi.finding.closed",
                                     "kpi.finding.raised"]

        await eventually(events_written, what="finding.raised, finding.closed, audit.completed")


async def test_a_self_check_goes_to_management(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, _runtime):
        body = {"department": "Sales", "period": "2026-11", "items": [
            {"item": "Leads record their channel", "result": "pass"},
            {"item": "Complaints answered in time", "result": "fail", "notes": "3 late",
             "corrective_action": {"action": "Weekend rota", "owner": "carol",
                                   "due_date": "2026-12-15"}}]}
        created = await client.post("/api/v1/self-checks", json=body, headers=ALICE)
        assert created.status_code == 201, created.text
        check = created.json()
        assert (await client.post("/api/v1/self-checks", json=body,
                                  headers=ALICE)).status_code == 409
        url = f"/api/v1/self-checks/{check['id']}"
        assert (await client.post(f"{url}/acknowledge", headers=MANAGER)).status_code == 409
        submitted = await client.post(f"{url}/submit", headers=ALICE)
        assert submitted.json()["status"] == "submitted"
        edit = await client.put(url, headers=ALICE, json={"items": body["items"]})
        assert edit.status_code == 409
        assert (await client.post(f"{url}/acknowledge", headers=ALICE)).status_code == 403
        acknowledged = await client.post(f"{url}/acknowledge", headers=MANAGER)
        assert acknowledged.json()["status"] == "acknowledged"
        assert acknowledged.json()["acknowledged_by"] == "mia"
        listed = (await client.get("/api/v1/self-checks", params={"status": "acknowledged"},
                                   headers=MANAGER)).json()["items"]
        assert [c["id"] for c in listed] == [check["id"]]
