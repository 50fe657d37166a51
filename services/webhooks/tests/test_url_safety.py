"""The URL guard in production mode: refused on save (422 naming ``url``) and again at send time."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from ptp_common.db import utcnow
from ptp_common.testing.waiting import eventually
from ptp_webhooks.db.models import Subscription
from webhooks_support import ADMIN, Receiver, Stack, customer_event, webhooks_stack

pytestmark = pytest.mark.integration

REFUSED = [
    ("https://127.0.0.1/hook", "loopback"),
    ("https://127.0.0.1:8443/hook", "loopback"),
    ("https://10.0.0.1/hook", "private"),
    ("https://10.200.30.40/hook", "private"),
    ("https://169.254.169.254/latest/meta-data/", "metadata"),
    ("https://[::1]/hook", "loopback"),
    ("https://[::ffff:10.0.0.7]/hook", "private"),
    ("https://localhost/hook", "resolves to"),  # a name that resolves to loopback
    ("https://LOCALHOST./hook", "resolves to"),
    ("http://example.com/hook", "https"),  # plain http in production
    ("https://user:pass@example.com/hook", "credentials"),
    ("ftp://example.com/hook", "http and https"),
]


@pytest.fixture
async def production(postgres_url: str, amqp_url: str, rabbit_names) -> AsyncIterator[Stack]:  # type: ignore[no-untyped-def]
    # Production rules, nothing allow-listed (PTP_ENV=production itself needs production secrets).
    async with webhooks_stack(
        postgres_url, amqp_url, rabbit_names, require_public_urls=True, allowed_hosts=""
    ) as stack:
        yield stack


async def test_internal_and_plain_urls_are_refused_on_save_naming_url(production: Stack) -> None:
    sid = None
    for url, why in REFUSED:
        answer = await production.client.post(
            "/api/v1/subscriptions", json={"url": url, "event_types": ["crm.*"]}, headers=ADMIN
        )
        assert answer.status_code == 422, (url, answer.text)
        problem = answer.json()
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert [e["field"] for e in problem["errors"]] == ["body.url"], url
        assert why in problem["detail"], (url, problem["detail"])
    # Changing a URL is checked the same way.
    listed = await production.client.get("/api/v1/subscriptions", headers=ADMIN)
    assert listed.json()["items"] == []
    async with production.runtime.uow() as uow:
        sid = await _store(uow, "https://203.0.113.10/hook")  # public (TEST-NET-3), never called here
        await uow.commit()
    changed = await production.client.patch(
        f"/api/v1/subscriptions/{sid}", json={"url": "https://169.254.169.254/"}, headers=ADMIN
    )
    assert changed.status_code == 422 and changed.json()["errors"][0]["field"] == "body.url"


async def test_a_url_that_became_internal_after_saving_is_refused_at_send_time(
    production: Stack,
) -> None:
    receiver = Receiver()
    await receiver.start()
    try:
        # As if its name resolved publicly when saved and now points at loopback (DNS rebinding).
        async with production.runtime.uow() as uow:
            sid = await _store(uow, receiver.url.replace("http://127.0.0.1", "https://localhost"))
            await _store(uow, receiver.url, sid="direct-loopback")
            await uow.commit()
        event = customer_event()
        await production.publish(event)

        async def refused() -> bool:
            logs = [await production.deliveries(s) for s in (sid, "direct-loopback")]
            return all(log and log[0]["attempts"] >= 1 for log in logs)

        await eventually(refused, what="attempts on both subscriptions")
        for s, why in ((sid, "resolves to 127.0.0.1"), ("direct-loopback", "https")):
            (delivery,) = await production.deliveries(s)
            assert delivery["status"] == "pending" and delivery["response_status"] is None
            assert delivery["last_error"].startswith("refused:") and why in delivery["last_error"]
        assert receiver.requests == [], "nothing reached the internal address"
    finally:
        await receiver.stop()


async def _store(uow, url: str, sid: str = "rebound") -> str:  # type: ignore[no-untyped-def]
    now = utcnow()
    uow.session.add(
        Subscription(
            id=sid,
            url=url,
            event_types=["crm.*"],
            customer_id=None,
            description="",
            status="active",
            secret="whsec_" + "A" * 43 + "=",
            created_at=now,
            created_by="test",
            updated_at=now,
        )
    )
    return sid
