"""Authorization: the role matrix on every mutating endpoint, token failures, object-level checks.

In-process apps on SQLite (in-process bus). Roles are checked by a dependency that runs before the
body is validated, so an allowed role sending ``{}`` gets 2xx or a 4xx other than 403 (404 for the
made-up id, 422 for the empty body); every other role gets 403.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from authz_matrix import MATRIX, ROLES
from ptp_common.auth.tokens import issue_token
from ptp_common.events.envelope import new_envelope
from ptp_common.messaging.bus import OutgoingMessage
from ptp_common.service import known_services
from ptp_common.settings import load_settings
from ptp_common.testing.clients import bearer, running_app
from reliability_pipeline import signed_event

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

SERVICES = sorted({service for service, _, _ in MATRIX})
MUTATING = {"post", "put", "patch", "delete"}
FAKE_ID = "999999"  # a valid int and a valid string id that exists nowhere


@pytest.fixture
async def app_client(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    definition = known_services()[request.param]
    async with running_app(definition, f"sqlite+aiosqlite:///{tmp_path / 'authz.db'}") as running:
        yield running


@pytest.mark.parametrize("app_client", SERVICES, indirect=True)
async def test_every_mutating_endpoint_allows_exactly_the_roles_of_the_matrix(app_client: Any) -> None:
    app, client, runtime = app_client
    service = runtime.name
    listed = {
        (service, method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
        if method in MUTATING
    }
    ours = {key for key in MATRIX if key[0] == service}
    assert listed == ours, f"matrix out of date: missing {listed - ours}, stale {ours - listed}"

    wrong: list[str] = []
    for (_, method, path), allowed in sorted(MATRIX.items()):
        if _ != service:
            continue
        url = re.sub(r"\{[^}]+\}", FAKE_ID, path)
        for role in ROLES:
            # A client representative always speaks for a customer (the customer_id claim).
            claims = {"customer_id": "cust-authz"} if role == "client_representative" else {}
            response = await client.request(
                method, url, json={}, headers=bearer([role], sub=f"someone-{role}", **claims)
            )
            expected_403 = role not in allowed
            if response.status_code >= 500 or response.status_code == 401:
                wrong.append(f"{method} {path} as {role}: {response.status_code} {response.text[:200]}")
            elif (response.status_code == 403) != expected_403:
                wrong.append(
                    f"{method} {path} as {role}: {response.status_code}, expected "
                    f"{'403' if expected_403 else 'not 403'}"
                )
    assert not wrong, "\n".join(wrong)


def _token(**kw: Any) -> str:
    return issue_token(load_settings("test"), "mallory", ["admin", "business_specialist"], **kw)


BAD_TOKENS = {
    "no token": {},
    "not bearer": {"Authorization": "Basic bWFsbG9yeTpwdw=="},
    "garbage": {"Authorization": "Bearer not-a-jwt"},
    "expired": {"Authorization": f"Bearer {_token(ttl=-dt.timedelta(minutes=5))}"},
    "bad signature": {
        "Authorization": "Bearer "
        + issue_token(
            load_settings("test", jwt_secret="another-secret-that-nobody-trusts-00000"),
            "mallory",
            ["admin"],
        )
    },
    "wrong audience": {"Authorization": f"Bearer {_token(audience='some-other-api')}"},
}


@pytest.mark.parametrize("app_client", SERVICES, indirect=True)
async def test_missing_expired_forged_or_misaddressed_tokens_get_401(app_client: Any) -> None:
    _app, client, runtime = app_client
    service = runtime.name
    mutating = re.sub(r"\{[^}]+\}", FAKE_ID, next(p for (s, m, p) in MATRIX if s == service and m == "POST"))
    reads = ["/api/v1/admin/outbox", "/api/v1/admin/dead-letters"]
    for name, headers in BAD_TOKENS.items():
        for method, url in [("POST", mutating), *(("GET", r) for r in reads)]:
            response = await client.request(method, url, json={}, headers=headers)
            assert response.status_code == 401, f"{name}: {method} {url} -> {response.status_code}"
            assert response.headers["content-type"].startswith("application/problem+json")
    assert (await client.get("/api/v1/admin/outbox", headers=bearer(["admin"]))).status_code == 200


# -- object level ------------------------------------------------------------------------------------
PM = bearer(["project_manager"], sub="pat")
TESS = bearer(["tech_support"], sub="tess")
TINA = bearer(["tech_support"], sub="tina")


@pytest.mark.parametrize("app_client", ["projects"], indirect=True)
async def test_team_members_act_only_on_their_own_tasks(app_client: Any) -> None:
    _app, client, runtime = app_client
    env = new_envelope("contracts", signed_event("C-OBJ"), subject="C-OBJ", actor="sam")
    await runtime.bus.publish(
        [OutgoingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())]
    )
    [project] = (await client.get("/api/v1/projects", params={"contract_id": "C-OBJ"}, headers=PM)).json()[
        "items"
    ]
    created = await client.post(
        f"/api/v1/projects/{project['id']}/tasks",
        headers=PM,
        json={"name": "Install", "owner": "tess", "start_date": "2026-03-02", "due_date": "2026-03-13"},
    )
    assert created.status_code == 201, created.text
    task = created.json()
    url = f"/api/v1/tasks/{task['id']}"
    etag = {"If-Match": f'"{task["version"]}"'}

    for action in ("start", "complete"):  # another member may not act through this task's id
        response = await client.post(f"{url}/{action}", headers={**TINA, **etag})
        assert response.status_code == 403, (action, response.text)
    other = await client.patch(url, headers={**TINA, **etag}, json={"percent_complete": 50})
    assert other.status_code == 403, other.text
    plan = await client.patch(url, headers={**TESS, **etag}, json={"due_date": "2026-04-30"})
    assert plan.status_code == 403, "a member changed the plan"
    own = await client.patch(url, headers={**TESS, **etag}, json={"percent_complete": 50})
    assert own.status_code == 200, own.text
    assert own.json()["percent_complete"] == 50
    reports = await client.post(
        f"/api/v1/projects/{project['id']}/reports",
        headers=TINA,
        json={"task_id": task["id"], "percent_complete": 90, "summary": "not mine"},
    )
    assert reports.status_code in (403, 422), reports.text


AUDITOR = bearer(["auditor"], sub="audrey")
ALICE = bearer(["business_specialist"], sub="alice")
BOB = bearer(["business_specialist"], sub="bob")


@pytest.mark.parametrize("app_client", ["kpi"], indirect=True)
async def test_only_the_findings_owner_rectifies_it(app_client: Any) -> None:
    _app, client, _runtime = app_client
    audit = await client.post(
        "/api/v1/audits",
        headers=AUDITOR,
        json={"title": "Q4", "kind": "compliance", "scope": "all", "planned_start": "2026-12-01",
              "planned_end": "2026-12-15"},
    )
    assert audit.status_code == 201, audit.text
    audit_id = audit.json()["id"]
    assert (await client.post(f"/api/v1/audits/{audit_id}/start", headers=AUDITOR)).status_code == 200
    raised = await client.post(
        f"/api/v1/audits/{audit_id}/findings",
        headers=AUDITOR,
        json={"title": "t", "description": "d", "severity": "high", "linked_record": "contracts:contract:c",
              "owner": "alice", "due_date": "2027-01-15"},
    )
    assert raised.status_code == 201, raised.text
    finding = raised.json()
    url = f"/api/v1/findings/{finding['id']}"
    etag = {"If-Match": f'"{finding["version"]}"'}
    assert (await client.post(f"{url}/start-rectification", headers={**BOB, **etag})).status_code == 403
    submitted = await client.post(
        f"{url}/submit-rectification", headers={**BOB, **etag}, json={"rectification": "not mine"}
    )
    assert submitted.status_code == 403
    assert (await client.get(url, headers=BOB)).status_code in (403, 404)
    mine = await client.post(f"{url}/start-rectification", headers={**ALICE, **etag})
    assert mine.status_code == 200, mine.text


def test_the_documented_matrix_is_this_matrix() -> None:
    from authz_matrix import render_markdown

    doc = Path(__file__).parents[2] / "docs" / "reliability.md"
    assert render_markdown() in doc.read_text(), "docs/reliability.md: re-render the authorization table"
