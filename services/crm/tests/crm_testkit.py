"""Test kit of the crm tests: callers by role, and the running service with the events it wrote."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer
from ptp_common.testing.clock import ManualClock
from sqlalchemy import select

SPECIALIST = bearer(["business_specialist"], sub="sam.specialist")
PROJECT_MANAGER = bearer(["project_manager"], sub="pat.pm")
TECH_SUPPORT = bearer(["tech_support"], sub="tess.tech")
CUSTOMER_SERVICE = bearer(["customer_service"], sub="cole.service")
MANAGER = bearer(["manager"], sub="max.manager")


@dataclass
class Crm:
    client: httpx.AsyncClient
    runtime: ServiceRuntime
    clock: ManualClock

    async def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """Envelopes in the outbox (what crm publishes), oldest first."""
        outbox = self.runtime.db.outbox
        stmt = select(outbox.c.payload).order_by(outbox.c.seq)
        if event_type is not None:
            stmt = stmt.where(outbox.c.event_type == event_type)
        async with self.runtime.db.sessions() as session:
            return [json.loads(p) for p in (await session.execute(stmt)).scalars()]

    async def ok(self, method: str, url: str, headers: dict[str, str], status: int = 200, **kw: Any) -> Any:
        response = await self.client.request(method, url, headers=headers, **kw)
        assert response.status_code == status, response.text
        return response.json()


async def research_report(crm: Crm, opportunity_id: str | None) -> str:
    """A market research report (about the opportunity, or general with None): initiations rest on one."""
    report = await crm.ok(
        "POST",
        "/api/v1/research-reports",
        SPECIALIST,
        201,
        json={
            "title": "Telematics 2026",
            "industry": "logistics",
            "opportunity_id": opportunity_id,
            "conclusion": "go",
        },
    )
    return str(report["id"])


async def tech_support_edit(crm: Crm, solution: dict[str, Any]) -> dict[str, Any]:
    """tech_support contributes to a draft: a solution is presented only after that."""
    return await crm.ok(
        "PATCH",
        f"/api/v1/solutions/{solution['id']}",
        {**TECH_SUPPORT, "If-Match": f'"{solution["version"]}"'},
        json={"implementation_steps": [{"name": "Pilot", "description": "20 trucks", "duration_days": 30}]},
    )


async def initiated_opportunity(crm: Crm, customer_id: str) -> dict[str, Any]:
    """An opportunity whose initiation request (resting on research) a project manager approved."""
    opp = await crm.ok(
        "POST", "/api/v1/opportunities", SPECIALIST, 201, json={"customer_id": customer_id, "title": "Deal"}
    )
    initiation = await crm.ok(
        "POST",
        "/api/v1/initiations",
        SPECIALIST,
        201,
        json={
            "opportunity_id": opp["id"],
            "background": "b",
            "content": "c",
            "expected_revenue": {"amount": "1000.00", "currency": "EUR"},
            "research_report_ids": [await research_report(crm, opp["id"])],
        },
    )
    url = f"/api/v1/initiations/{initiation['id']}"
    evaluation = {"department": "technical", "recommendation": "approve", "opinion": "fine"}
    await crm.ok("POST", f"{url}/evaluations", PROJECT_MANAGER, 201, json=evaluation)
    await crm.ok("POST", f"{url}/approve", PROJECT_MANAGER, json={})
    return opp
