"""Managing subscriptions through REST: who may, what is validated, what is shown, what is audited."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from ptp_common.telemetry.logging import JsonFormatter
from webhooks_support import (
    ADMIN,
    SERVICE,
    Receiver,
    Stack,
    bearer,
    customer_event,
    wait_until,
    webhooks_stack,
)

pytestmark = pytest.mark.integration


@pytest.fixture
async def stack(postgres_url: str, amqp_url: str, rabbit_names) -> AsyncIterator[Stack]:  # type: ignore[no-untyped-def]
    async with webhooks_stack(postgres_url, amqp_url, rabbit_names) as stack:
        yield stack


async def test_subscription_lifecycle_is_audited_and_the_secret_shown_once(stack: Stack) -> None:
    client = stack.client
    created = await client.post(
        "/api/v1/subscriptions",
        json={
            "url": "http://127.0.0.1:9/hooks?token=t0ps3cret",
            "event_types": ["contracts.*", "crm.customer.registered"],
            "description": "finance",
        },
        headers=SERVICE,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    sid, secret = body["id"], body["secret"]
    assert (
        secret.startswith("whsec_")
        and body["status"] == "active"
        and body["created_by"] == "finance-system"
    )
    shown = (await client.get(f"/api/v1/subscriptions/{sid}", headers=ADMIN)).json()
    assert "secret" not in shown and secret not in str(shown)
    listed = (await client.get("/api/v1/subscriptions", headers=ADMIN)).json()
    assert [s["id"] for s in listed["items"]] == [sid] and "secret" not in listed["items"][0]

    changed = await client.patch(
        f"/api/v1/subscriptions/{sid}", json={"event_types": ["contracts.payment.*"]}, headers=ADMIN
    )
    assert changed.status_code == 200 and changed.json()["event_types"] == ["contracts.payment.*"]
    assert (await client.post(f"/api/v1/subscriptions/{sid}/pause", headers=ADMIN)).json()[
        "status"
    ] == "paused"
    twice = await client.post(f"/api/v1/subscriptions/{sid}/pause", headers=ADMIN)
    assert twice.status_code == 409 and twice.headers["content-type"].startswith(
        "application/problem+json"
    )
    assert (await client.post(f"/api/v1/subscriptions/{sid}/resume", headers=ADMIN)).json()[
        "status"
    ] == "active"
    rotated = await client.post(f"/api/v1/subscriptions/{sid}/rotate-secret", json={}, headers=ADMIN)
    assert rotated.status_code == 200 and rotated.json()["previous_secret_valid_until"] is not None
    deleted = await client.delete(f"/api/v1/subscriptions/{sid}", headers=ADMIN)
    assert deleted.status_code == 204
    assert (await client.get(f"/api/v1/subscriptions/{sid}", headers=ADMIN)).status_code == 404

    expected = ["created", "updated", "paused", "resumed", "rotated", "deleted"]
    await wait_until(lambda: len(stack.heard) == len(expected), "one event per change")
    assert [e.type.rsplit(".", 1)[1] for e in stack.heard] == expected
    assert {e.data["subscription_id"] for e in stack.heard} == {sid}
    assert {e.actor for e in stack.heard} >= {"finance-system"} or all(e.actor for e in stack.heard)
    assert stack.heard[0].data["url"] == "http://127.0.0.1:9/hooks", (
        "no query string (a receiver's token)"
    )
    assert stack.heard[1].data["changed"] == ["event_types"]
    for event in stack.heard:
        assert "whsec_" not in event.model_dump_json() and "t0ps3cret" not in event.model_dump_json()


async def test_only_admins_and_services_manage_subscriptions(stack: Stack) -> None:
    payload = {"url": "http://127.0.0.1:9/", "event_types": ["crm.*"]}
    for roles in (["manager"], ["auditor"], ["finance"]):
        answer = await stack.client.post("/api/v1/subscriptions", json=payload, headers=bearer(roles))
        assert answer.status_code == 403, roles
        assert (
            await stack.client.get("/api/v1/subscriptions", headers=bearer(roles))
        ).status_code == 403
    assert (await stack.client.get("/api/v1/subscriptions")).status_code == 401


async def test_event_types_must_name_registered_events(stack: Stack) -> None:
    for wrong in (
        ["contracts.contract.sign"],
        ["nosuch.*"],
        ["crm.customer.registered", "crm.custmer.*"],
    ):
        answer = await stack.client.post(
            "/api/v1/subscriptions",
            json={"url": "http://127.0.0.1:9/", "event_types": wrong},
            headers=ADMIN,
        )
        assert answer.status_code == 422, wrong
        assert answer.json()["errors"][0]["field"] == "body.event_types"
    empty = await stack.client.post(
        "/api/v1/subscriptions", json={"url": "http://127.0.0.1:9/", "event_types": []}, headers=ADMIN
    )
    assert empty.status_code == 422
    for right in (["*"], ["contracts.*"], ["contracts.payment.*"], ["webhooks.subscription.disabled"]):
        answer = await stack.client.post(
            "/api/v1/subscriptions",
            json={"url": "http://127.0.0.1:9/", "event_types": right},
            headers=ADMIN,
        )
        assert answer.status_code == 201, (right, answer.text)


async def test_a_ping_reaches_the_receiver_signed_and_reports_its_answer(stack: Stack) -> None:
    receiver = Receiver()
    await receiver.start()
    try:
        created = await stack.subscribe(receiver.url, ["crm.*"])
        receiver.secrets = [created["secret"]]
        pinged = await stack.client.post(f"/api/v1/subscriptions/{created['id']}/ping", headers=ADMIN)
        assert pinged.status_code == 200, pinged.text
        result = pinged.json()
        assert (
            result["delivered"] is True and result["response_status"] == 204 and result["error"] is None
        )
        (request,) = receiver.requests
        assert request.verified_with == [0] and request.webhook_id == result["event_id"]
        assert request.body["type"] == "webhooks.subscription.pinged"

        receiver.answer = 500
        failed = (
            await stack.client.post(f"/api/v1/subscriptions/{created['id']}/ping", headers=ADMIN)
        ).json()
        assert failed["delivered"] is False and failed["response_status"] == 500
        assert failed["error"].startswith("HTTP 500")
    finally:
        await receiver.stop()
    down = (await stack.client.post(f"/api/v1/subscriptions/{created['id']}/ping", headers=ADMIN)).json()
    assert down["delivered"] is False and down["response_status"] is None and down["error"]


async def test_no_secret_is_logged_even_at_debug(
    postgres_url: str,
    amqp_url: str,
    rabbit_names,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # restored after the test
    receiver = Receiver()
    await receiver.start()
    try:
        async with webhooks_stack(postgres_url, amqp_url, rabbit_names) as stack:
            # As with PTP_LOG_LEVEL=DEBUG: the service's logging setup (which replaced the root
            # handlers and set its level) keeps everything else as it configured it.
            root = logging.getLogger()
            root.setLevel(logging.DEBUG)
            if caplog.handler not in root.handlers:
                root.addHandler(caplog.handler)
            created = await stack.subscribe(receiver.url, ["crm.*"])
            rotated = await stack.client.post(
                f"/api/v1/subscriptions/{created['id']}/rotate-secret",
                json={"overlap_seconds": 3600},
                headers=ADMIN,
            )
            secrets = [created["secret"], rotated.json()["secret"]]
            receiver.secrets = secrets
            receiver.answer = 500  # a failed attempt first (its error path), then a delivery
            event = customer_event()
            await stack.publish(event)
            await wait_until(lambda: receiver.requests, "a failed attempt")
            receiver.answer = 204
            await wait_until(lambda: receiver.log == [event.id], "the delivery")
            ping = await stack.client.post(
                f"/api/v1/subscriptions/{created['id']}/ping", headers=ADMIN
            )
            assert ping.json()["delivered"] is True
    finally:
        await receiver.stop()

    records = caplog.records
    assert any(r.levelno == logging.DEBUG for r in records), "debug records were captured"
    formatter = JsonFormatter("webhooks")
    for record in records:
        for text in (record.getMessage(), formatter.format(record)):
            assert "whsec_" not in text, (record.name, text[:300])
            assert not any(s.removeprefix("whsec_") in text for s in secrets), record.name
