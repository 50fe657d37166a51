"""The shared HTTP mechanisms schemathesis found wanting, pinned one by one (in-process, SQLite)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Query
from ptp_common.errors import install_problem_handlers
from ptp_common.http.bounds import INT_MAX, MAX_ITEMS, MAX_STRING, install_bounded_validation
from ptp_common.http.pagination import encode_cursor
from ptp_common.service import known_services
from ptp_common.testing.clients import bearer, running_app
from pydantic import BaseModel
from sqlalchemy import insert

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

ADMIN = bearer(["admin", "business_specialist", "manager"])
PROBLEM = "application/problem+json"


@pytest.fixture
async def crm(tmp_path: Path) -> AsyncIterator[Any]:
    async with running_app(known_services()["crm"], f"sqlite+aiosqlite:///{tmp_path / 'm.db'}") as running:
        yield running


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    return response.json()  # type: ignore[no-any-return]


async def test_ids_past_the_integer_range_are_422_not_500(crm: Any) -> None:
    _app, client, _ = crm
    huge = str(2**70)
    for method, url in [
        ("GET", f"/api/v1/admin/dead-letters/{huge}"),
        ("POST", f"/api/v1/admin/dead-letters/{huge}/replay"),
        ("POST", f"/api/v1/admin/dead-letters/{huge}/discard"),
        ("GET", f"/api/v1/admin/dead-letters?cursor={encode_cursor([int(huge)])}"),
    ]:
        _problem(await client.request(method, url, headers=ADMIN), 422)
    _problem(await client.get(f"/api/v1/admin/dead-letters/{INT_MAX}", headers=ADMIN), 404)


async def test_dead_letters_are_a_page_in_the_order_they_were_parked(crm: Any) -> None:
    _app, client, runtime = crm
    table = runtime.db.dead_letters
    async with runtime.db.sessions() as session, session.begin():
        for n in range(3):
            await session.execute(
                insert(table).values(
                    message_id=f"m-{n}", consumer="crm", event_type="x.y", payload="{}", headers={},
                    error="boom", attempts=5, parked_at=dt.datetime.now(dt.UTC), status="parked",
                )
            )
    url = "/api/v1/admin/dead-letters"
    first = (await client.get(url, params={"limit": 2}, headers=ADMIN)).json()
    assert [p["message_id"] for p in first["items"]] == ["m-0", "m-1"] and first["next_cursor"]
    rest = (await client.get(url, params={"limit": 2, "cursor": first["next_cursor"]}, headers=ADMIN)).json()
    assert [p["message_id"] for p in rest["items"]] == ["m-2"] and rest["next_cursor"] is None


async def test_a_405_lists_every_method_of_the_path(crm: Any) -> None:
    _app, client, _ = crm
    response = await client.options("/api/v1/customers", headers=ADMIN)
    _problem(response, 405)
    assert response.headers["allow"] == "GET, POST"


async def test_malformed_json_names_the_body_and_undecodable_bodies_are_problems(crm: Any) -> None:
    _app, client, _ = crm
    headers = {**ADMIN, "content-type": "application/json"}
    sent = await client.post("/api/v1/customers", content=b'{"name": "x",', headers=headers)
    malformed = _problem(sent, 422)
    assert [e["field"] for e in malformed["errors"]] == ["body"]
    assert malformed["errors"][0]["message"].startswith("malformed JSON")
    undecodable = await client.post("/api/v1/customers", content=b'{"name": "\xff"}', headers=headers)
    assert undecodable.status_code in (400, 422)
    assert undecodable.headers["content-type"].startswith(PROBLEM)


class Item(BaseModel):
    text: str
    tags: list[str] = []
    count: int = 0
    limit: int | None = None
    due: dt.date | None = None


async def test_strings_arrays_and_integers_are_bounded_and_dates_and_numbers_are_strict() -> None:
    app = FastAPI()
    install_problem_handlers(app)
    install_bounded_validation()

    @app.post("/items")
    async def create(item: Item, since: dt.date | None = Query(default=None)) -> dict[str, str]:
        return {"ok": "yes"}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        assert (await client.post("/items", json={"text": "x", "due": "2026-01-31"})).status_code == 200
        for body, query, field in [
            ({"text": "x" * (MAX_STRING + 1)}, "", "body.text"),
            ({"text": "x", "tags": ["a"] * (MAX_ITEMS + 1)}, "", "body.tags"),
            ({"text": "x", "tags": ["y" * (MAX_STRING + 1)]}, "", "body.tags.0"),
            ({"text": "x", "count": 2**70}, "", "body.count"),
            ({"text": "x", "due": 0}, "", "body.due"),
            ({"text": "x", "count": True}, "", "body.count"),  # lax pydantic would take it as 1
            ({"text": "x", "limit": False}, "", "body.limit"),
            ({"text": "x"}, "?since=0", "query.since"),
        ]:
            problem = _problem(await client.post(f"/items{query}", json=body), 422)
            assert [e["field"] for e in problem["errors"]] == [field], problem


async def test_an_unknown_job_lists_the_known_ones(tmp_path: Path) -> None:
    async with running_app(known_services()["kpi"], f"sqlite+aiosqlite:///{tmp_path / 'k.db'}") as running:
        _app, client, _ = running
        problem = _problem(await client.post("/api/v1/admin/jobs/nope/run", headers=ADMIN), 404)
        assert problem["known_jobs"] == ["check-duties", "rebuild-metrics"]


async def test_the_instance_carries_the_gateway_prefix(crm: Any) -> None:
    _app, client, _ = crm
    problem = _problem(
        await client.get("/api/v1/customers/nope", headers={**ADMIN, "X-Forwarded-Prefix": "/crm"}), 404
    )
    assert problem["instance"] == "/crm/api/v1/customers/nope"


async def test_the_openapi_documents_problems_bounds_and_metrics(crm: Any) -> None:
    app, _client, _ = crm
    doc = app.openapi()
    assert "Problem" in doc["components"]["schemas"]
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            if "{" in path:
                assert "404" in responses, f"{method} {path}"
            if "requestBody" in operation:
                assert {"400", "413", "422"} <= set(responses), f"{method} {path}"
            for status, response in responses.items():
                if int(status) >= 400:
                    assert list(response["content"]) == [PROBLEM], f"{method} {path} {status}"
    metrics = doc["paths"]["/metrics"]["get"]["responses"]["200"]["content"]
    assert list(metrics) == ["text/plain; version=0.0.4; charset=utf-8"]


async def test_the_embedded_suite_answers_problems_for_paths_no_service_takes(tmp_path: Path) -> None:
    from ptp_suite.embedded import create_app

    app = create_app(str(tmp_path))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        response = await client.get("/crm/api/v1/customers/a%0Ab", headers=ADMIN)
        assert response.headers["content-type"].startswith(PROBLEM)
        response = await client.get("/nope%0A/x")
        _problem(response, 404)
