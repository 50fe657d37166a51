"""Every creation of a versioned record answers its ETag, so the first write needs no GET; a
replay of the creation (same Idempotency-Key) answers the same ETag."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from ptp_common.testing.clients import bearer, running_app
from ptp_kpi.service import definition

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
AUDITOR = bearer(["auditor"], sub="audrey")
ALICE = bearer(["business_specialist"], sub="alice")


async def created(client: httpx.AsyncClient, url: str, headers: dict[str, str],
                  body: dict[str, Any]) -> tuple[str, str]:
    """POST a creation twice with one Idempotency-Key: (the new record's id, its ETag)."""
    keyed = {**headers, "Idempotency-Key": f"etag-{url}"}
    first = await client.post(url, json=body, headers=keyed)
    assert first.status_code == 201, first.text
    assert first.headers["ETag"] == f'"{first.json()["version"]}"', url
    replay = await client.post(url, json=body, headers=keyed)
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.headers["ETag"] == first.headers["ETag"], url
    return first.json()["id"], first.headers["ETag"]


async def first_write(client: httpx.AsyncClient, method: str, url: str, headers: dict[str, str],
                      etag: str, **kw: Any) -> None:
    answer = await client.request(method, url, headers={**headers, "If-Match": etag}, **kw)
    assert answer.status_code == 200, answer.text


async def test_each_creation_answers_the_etag_its_first_write_takes(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, _runtime):
        team_id, _ = await created(client, "/api/v1/teams", MANAGER,
                                   {"name": "North", "department": "Sales"})
        person = {"id": "alice", "name": "Alice", "role": "business_specialist",
                  "team_id": team_id}
        _, etag = await created(client, "/api/v1/people", MANAGER, person)
        await first_write(client, "PUT", "/api/v1/people/alice", MANAGER, etag,
                          json={**person, "name": "Alice Martin", "supervisor": "pat"})

        card_id, etag = await created(client, "/api/v1/scorecards", MANAGER, {
            "subject_type": "person", "subject_id": "alice", "period": "2026-11",
            "indicators": [{"indicator": "client_satisfaction", "target": "4.5", "weight": "1"}]})
        await first_write(client, "POST", f"/api/v1/scorecards/{card_id}/publish", MANAGER, etag)

        audit_id, etag = await created(client, "/api/v1/audits", AUDITOR, {
            "title": "Q4 signing", "kind": "compliance", "scope": "Q4 contracts",
            "planned_start": "2026-12-01", "planned_end": "2026-12-15"})
        await first_write(client, "POST", f"/api/v1/audits/{audit_id}/start", AUDITOR, etag)
        finding_id, etag = await created(client, f"/api/v1/audits/{audit_id}/findings", AUDITOR, {
            "title": "Signed early", "description": "Revision 3", "severity": "high",
            "owner": "alice", "due_date": "2027-01-15"})
        await first_write(client, "POST", f"/api/v1/findings/{finding_id}/start-rectification",
                          ALICE, etag)

        check_id, etag = await created(client, "/api/v1/self-checks", ALICE, {
            "department": "Sales", "period": "2026-11",
            "items": [{"item": "Leads record their channel", "result": "pass"}]})
        await first_write(client, "POST", f"/api/v1/self-checks/{check_id}/submit", ALICE, etag)
