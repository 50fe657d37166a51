"""Self-checks (issue 21 item 2): a failed item needs a corrective action with an owner and a due
date; management acknowledges the report; it closes only when every action is done."""

from __future__ import annotations

import pytest
from ptp_common.testing.clients import bearer, running_app
from ptp_kpi.service import definition

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
ALICE = bearer(["business_specialist"], sub="alice")
CAROL = bearer(["customer_service"], sub="carol")

FAILED = {"item": "Complaints answered in time", "result": "fail", "notes": "3 late"}
ACTION = {"action": "Weekend rota for the complaint desk", "owner": "carol",
          "due_date": "2026-12-15"}


async def test_a_failed_item_needs_an_action_and_the_check_closes_when_it_is_done(
        postgres_url: str) -> None:
    async with running_app(definition, postgres_url) as (_app, client, _runtime):
        body = {"department": "Service", "period": "2026-11",
                "items": [{"item": "Leads record their channel", "result": "pass"}, FAILED]}
        bare = await client.post("/api/v1/self-checks", json=body, headers=ALICE)
        assert bare.status_code == 422, bare.text
        # the field at fault: the failed item's missing action, not the whole body
        assert [e["field"] for e in bare.json()["errors"]] == ["body.items.1.corrective_action"]
        half = {**FAILED, "corrective_action": {"action": "Rota", "owner": "carol"}}
        assert (await client.post("/api/v1/self-checks", headers=ALICE, json={
            **body, "items": [half]})).status_code == 422  # no due date

        body["items"][1] = {**FAILED, "corrective_action": ACTION}
        created = await client.post("/api/v1/self-checks", json=body, headers=ALICE)
        assert created.status_code == 201, created.text
        check = created.json()
        assert check["open_actions"] == 1
        assert check["items"][1]["corrective_action"]["status"] == "open"
        url = f"/api/v1/self-checks/{check['id']}"

        # a draft is not closed, nor are its actions reported done
        assert (await client.post(f"{url}/close", headers=ALICE)).status_code == 409
        assert (await client.post(f"{url}/actions/1/complete", headers=CAROL,
                                  json={"outcome": "done"})).status_code == 409
        assert (await client.post(f"{url}/submit", headers=ALICE)).status_code == 200
        # closing needs management's acknowledgement first
        early = await client.post(f"{url}/close", headers=ALICE)
        assert early.status_code == 409 and early.json()["allowed_actions"] == [
            "acknowledge", "return"]
        acknowledged = await client.post(f"{url}/acknowledge", headers=MANAGER)
        assert acknowledged.json()["status"] == "acknowledged"
        assert acknowledged.json()["acknowledged_by"] == "mia"

        blocked = await client.post(f"{url}/close", headers=ALICE)
        assert blocked.status_code == 409, blocked.text
        assert blocked.json()["open_items"] == [1]

        # only the action's owner (or a manager) reports it done; an item with no action is 404
        assert (await client.post(f"{url}/actions/1/complete", headers=ALICE,
                                  json={"outcome": "done"})).status_code == 403
        assert (await client.post(f"{url}/actions/0/complete", headers=CAROL,
                                  json={"outcome": "done"})).status_code == 404
        done = await client.post(f"{url}/actions/1/complete", headers=CAROL,
                                 json={"outcome": "Rota in place; no late answer since"})
        assert done.status_code == 200, done.text
        action = done.json()["items"][1]["corrective_action"]
        assert action["status"] == "done" and action["done_by"] == "carol"
        assert done.json()["open_actions"] == 0
        assert (await client.post(f"{url}/actions/1/complete", headers=CAROL,
                                  json={"outcome": "again"})).status_code == 409

        closed = await client.post(f"{url}/close", headers=ALICE)
        assert closed.status_code == 200, closed.text
        assert closed.json()["status"] == "closed" and closed.json()["closed_by"] == "alice"
        assert closed.json()["allowed_actions"] == []
