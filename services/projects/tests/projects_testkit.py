"""What the projects tests share: test tokens, reading the outbox, the planned project, and the
steps acceptance needs before a client may sign off."""

from __future__ import annotations

import json
from typing import Any

import httpx
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer
from sqlalchemy import select

PM = bearer(["project_manager"], sub="pat")
MANAGER = bearer(["manager"], sub="mia")
TESS = bearer(["tech_support"], sub="tess")
BOB = bearer(["tech_support"], sub="bob")
SPECIALIST = bearer(["business_specialist"], sub="sam")
# The signed_contract fixture's customer is CUST-7: this representative speaks for it.
CLIENT = bearer(["client_representative"], sub="clara", customer_id="CUST-7")
OTHER_CLIENT = bearer(["client_representative"], sub="olga", customer_id="CUST-8")
UNBOUND_CLIENT = bearer(["client_representative"], sub="ursula")

Service = tuple[httpx.AsyncClient, ServiceRuntime]


async def events(runtime: ServiceRuntime, event_type: str) -> list[dict[str, Any]]:
    outbox = runtime.db.outbox
    async with runtime.db.sessions() as session:
        rows = await session.execute(
            select(outbox.c.payload).where(outbox.c.event_type == event_type).order_by(outbox.c.seq)
        )
        return [json.loads(p)["data"] for p in rows.scalars()]


async def planned_project(client: httpx.AsyncClient, contract_id: str = "C-1") -> dict[str, Any]:
    page = (await client.get("/api/v1/projects", params={"contract_id": contract_id}, headers=PM)).json()
    [summary] = page["items"]
    return (await client.get(f"/api/v1/projects/{summary['id']}", headers=PM)).json()


async def tasks_of(client: httpx.AsyncClient, project_id: str) -> list[dict[str, Any]]:
    page = await client.get(f"/api/v1/projects/{project_id}/tasks", headers=PM, params={"limit": 100})
    return page.json()["items"]  # type: ignore[no-any-return]


async def self_check_all(client: httpx.AsyncClient, project: dict[str, Any]) -> None:
    """The team records its pre-acceptance self-check on every criterion."""
    results = [{"criterion_id": c["criterion_id"], "passed": True, "notes": "checked"}
               for c in project["acceptance_criteria"]]
    checked = await client.put(f"/api/v1/projects/{project['id']}/acceptance/self-check",
                               headers=TESS, json={"results": results})
    assert checked.status_code == 200, checked.text


async def complete_all_tasks(client: httpx.AsyncClient, project_id: str) -> None:
    for task in await tasks_of(client, project_id):
        if task["status"] in ("planned", "in_progress"):
            done = await client.post(f"/api/v1/tasks/{task['id']}/complete", headers=PM)
            assert done.status_code == 200, done.text


async def ready_for_sign_off(client: httpx.AsyncClient, project: dict[str, Any]) -> None:
    """What sign-off needs besides the round: the self-check recorded and every task done."""
    await self_check_all(client, project)
    await complete_all_tasks(client, project["id"])
