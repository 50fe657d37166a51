"""HTTP conventions every service inherits: auth, problem+json, limits, idempotency, ETag, pagination."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest
from common_sample_api import GadgetBase, definition
from ptp_common.auth.tokens import issue_token
from ptp_common.messaging.consumer import ALL_EVENTS
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.service import create_service_app
from ptp_common.settings import load_settings
from ptp_common.testing.clients import bearer
from ptp_common.testing.waiting import eventually

pytestmark = pytest.mark.integration

SPECIALIST = bearer(["business_specialist"], sub="sam")


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = load_settings(
        "gadgets", database_url=database_url, bus="inprocess", max_body_bytes=2048
    )
    app = create_service_app(definition, settings, migrate_on_start=False)
    async with app.router.lifespan_context(app):
        async with app.state.runtime.db.engine.begin() as conn:
            await conn.run_sync(GadgetBase.metadata.create_all)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as c:
            yield c


async def create(client: httpx.AsyncClient, name: str = "lamp", **extra: str) -> httpx.Response:
    return await client.post(
        "/api/v1/gadgets",
        json={"name": name, "price": "12.50", "currency": "EUR"},
        headers={**SPECIALIST, **extra},
    )


async def test_tokens_missing_expired_forged_or_for_another_audience_get_401(
    client: httpx.AsyncClient,
) -> None:
    settings = load_settings("gadgets")
    expired = issue_token(settings, "sam", ["business_specialist"], ttl=dt.timedelta(seconds=-5))
    other_audience = issue_token(
        settings, "sam", ["business_specialist"], audience="another-system"
    )
    forged = jwt.encode(
        {
            "sub": "sam",
            "roles": ["business_specialist"],
            "aud": "ptp",
            "iss": "ptp-dev",
            "exp": dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
        },
        "not-the-secret-not-the-secret-not-the-secret",
        algorithm="HS256",
    )
    body = {"name": "x", "price": "1.00", "currency": "EUR"}
    for headers in (
        {},
        {"Authorization": f"Bearer {expired}"},
        {"Authorization": f"Bearer {other_audience}"},
        {"Authorization": f"Bearer {forged}"},
    ):
        r = await client.post("/api/v1/gadgets", json=body, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["content-type"] == "application/problem+json"
        assert r.headers["www-authenticate"] == "Bearer"
    r = await client.get("/api/v1/gadgets")
    assert r.status_code == 401  # reads need a token too


async def test_wrong_role_gets_403_and_writes_nothing(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/api/v1/gadgets",
        json={"name": "x", "price": "1.00", "currency": "EUR"},
        headers=bearer(["legal"]),
    )
    assert r.status_code == 403
    assert r.json()["required_roles"] == ["business_specialist"]
    listed = await client.get("/api/v1/gadgets", headers=bearer(["legal"]))
    assert listed.json()["items"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x", "price": "-1.00", "currency": "EUR"}, "body.price"),
        ({"name": "x", "price": "1.001", "currency": "EUR"}, "body.price"),
        ({"name": "x", "price": "1.00", "currency": "XXX"}, "body.currency"),
        ({"name": "", "price": "1.00", "currency": "EUR"}, "body.name"),
        ({"price": "1.00", "currency": "EUR"}, "body.name"),
    ],
)
async def test_invalid_fields_get_422_naming_the_field(
    client: httpx.AsyncClient, body: dict, field: str
) -> None:  # type: ignore[type-arg]
    r = await client.post("/api/v1/gadgets", json=body, headers=SPECIALIST)
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert [e["field"] for e in problem["errors"]] == [field]
    assert problem["errors"][0]["pointer"] == "#/" + field.replace(".", "/")


async def test_malformed_json_is_422_and_oversized_body_is_413(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/api/v1/gadgets",
        content=b'{"name": "x",',
        headers={**SPECIALIST, "content-type": "application/json"},
    )
    assert r.status_code == 422
    assert "malformed JSON" in r.json()["errors"][0]["message"]
    r = await client.post(
        "/api/v1/gadgets",
        json={"name": "x" * 5000, "price": "1.00", "currency": "EUR"},
        headers=SPECIALIST,
    )
    assert r.status_code == 413
    assert r.json()["title"] == "Payload Too Large"


async def test_idempotency_key_replays_the_first_response_and_creates_once(
    client: httpx.AsyncClient,
) -> None:
    first = await create(client, "lamp", **{"Idempotency-Key": "k-1"})
    again = await create(client, "lamp", **{"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers.get("idempotent-replayed") == "true"
    different = await create(client, "chair", **{"Idempotency-Key": "k-1"})
    assert different.status_code == 422
    assert different.json()["errors"][0]["field"] == "header.Idempotency-Key"
    listed = await client.get("/api/v1/gadgets", headers=SPECIALIST)
    assert [g["name"] for g in listed.json()["items"]] == ["lamp"]


async def test_stale_if_match_gets_412_and_loses_no_update(client: httpx.AsyncClient) -> None:
    gadget = (await create(client)).json()
    url = f"/api/v1/gadgets/{gadget['id']}"
    ok = await client.put(
        url, json={"name": "desk lamp"}, headers={**SPECIALIST, "If-Match": '"1"'}
    )
    assert ok.status_code == 200 and ok.headers["etag"] == '"2"'
    stale = await client.put(
        url, json={"name": "floor lamp"}, headers={**SPECIALIST, "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert stale.json()["current_etag"] == '"2"'
    listed = await client.get("/api/v1/gadgets", headers=SPECIALIST)
    assert listed.json()["items"][0]["name"] == "desk lamp"


async def test_keyset_pages_cover_every_item_once_in_order(client: httpx.AsyncClient) -> None:
    names = [f"g{i}" for i in range(7)]
    for name in names:
        await create(client, name)
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/v1/gadgets", params=params, headers=SPECIALIST)).json()
        seen += [g["name"] for g in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == names
    bad = await client.get("/api/v1/gadgets", params={"cursor": "garbage"}, headers=SPECIALIST)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "query.cursor"


class GatedBus(InProcessBus):
    """An in-process bus whose subscription waits for the test: connected, queue not bound yet."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()

    async def subscribe(self, *args: Any, **kwargs: Any) -> None:
        await self.gate.wait()
        await super().subscribe(*args, **kwargs)


async def _ignore(*_: Any) -> None:
    return None


async def test_not_ready_until_the_bus_is_connected_and_subscribed(sqlite_url: str) -> None:
    bus = GatedBus()
    settings = load_settings("gadgets", database_url=sqlite_url, bus="inprocess")
    consuming = dataclasses.replace(definition, handlers={ALL_EVENTS: _ignore})
    app = create_service_app(consuming, settings, bus=bus, migrate_on_start=False)
    transport = httpx.ASGITransport(app=app)
    client = httpx.AsyncClient(transport=transport, base_url="http://t")
    async with app.router.lifespan_context(app), client as c:
        await eventually(bus.is_ready, what="the bus connected")
        waiting = await c.get("/health/ready")
        assert waiting.status_code == 503
        assert waiting.json()["checks"] == {"database": "ok", "broker": "connecting"}
        bus.gate.set()
        await asyncio.wait_for(app.state.runtime.bus_connected.wait(), timeout=10)
        assert (await c.get("/health/ready")).status_code == 200


async def test_health_and_unknown_routes(client: httpx.AsyncClient) -> None:
    assert (await client.get("/health/live")).json() == {"status": "ok"}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "broker": "ok"}
    missing = await client.get("/api/v1/nothing-here")
    assert (
        missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    )
    assert "x-correlation-id" in missing.headers
