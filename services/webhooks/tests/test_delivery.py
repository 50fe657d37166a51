"""Delivery on the real broker and database to a real HTTP receiver, checked with ``standardwebhooks``."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from ptp_common.testing.waiting import eventually
from sqlalchemy import select
from webhooks_support import ADMIN, Receiver, Stack, customer_event, wait_until, webhooks_stack

pytestmark = pytest.mark.integration


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    await receiver.start()
    yield receiver
    await receiver.stop()


@pytest.fixture
async def stack(postgres_url: str, amqp_url: str, rabbit_names) -> AsyncIterator[Stack]:  # type: ignore[no-untyped-def]
    async with webhooks_stack(postgres_url, amqp_url, rabbit_names) as stack:
        yield stack


async def test_every_request_verifies_with_standard_webhooks_across_a_secret_rotation(
    stack: Stack, receiver: Receiver
) -> None:
    created = await stack.subscribe(receiver.url, ["crm.customer.*"], description="finance")
    first_secret = created["secret"]
    assert first_secret.startswith("whsec_")
    receiver.secrets = [first_secret]

    before = customer_event()
    await stack.publish(before)
    await wait_until(lambda: receiver.log == [before.id], "the first event")

    rotated = await stack.client.post(
        f"/api/v1/subscriptions/{created['id']}/rotate-secret",
        json={"overlap_seconds": 3600},
        headers=ADMIN,
    )
    assert rotated.status_code == 200, rotated.text
    second_secret = rotated.json()["secret"]
    assert second_secret != first_secret and rotated.json()["previous_secret_valid_until"]
    receiver.secrets = [first_secret, second_secret]
    during = customer_event()
    await stack.publish(during)
    await wait_until(lambda: during.id in receiver.log, "the event during the overlap")

    # A rotation without overlap: from now on only the newest secret signs.
    third = await stack.client.post(
        f"/api/v1/subscriptions/{created['id']}/rotate-secret",
        json={"overlap_seconds": 0},
        headers=ADMIN,
    )
    third_secret = third.json()["secret"]
    receiver.secrets = [first_secret, second_secret, third_secret]
    after = customer_event()
    await stack.publish(after)
    await wait_until(lambda: after.id in receiver.log, "the event after the rotation")

    by_id = {r.webhook_id: r for r in receiver.requests}
    assert by_id[before.id].verified_with == [0]
    assert by_id[during.id].verified_with == [0, 1], "both secrets sign during the overlap"
    assert by_id[after.id].verified_with == [2]
    assert receiver.verified()
    # The body is the event's CloudEvents envelope; webhook-id is the event id.
    body = by_id[during.id].body
    assert (body["specversion"], body["id"], body["type"]) == (
        "1.0",
        during.id,
        "crm.customer.registered",
    )
    assert body["data"]["customer_id"] == during.data["customer_id"]
    assert by_id[during.id].headers["content-type"].startswith("application/cloudevents+json")
    # Rotations are in the audit trail, without any secret.
    await wait_until(
        lambda: len(stack.heard_of("webhooks.subscription.rotated")) == 2, "rotation events"
    )
    assert all("whsec_" not in e.model_dump_json() for e in stack.heard)


async def test_a_1000_event_burst_reaches_a_receiver_that_fails_then_recovers(
    stack: Stack, receiver: Receiver
) -> None:
    created = await stack.subscribe(receiver.url, ["crm.customer.registered"])
    receiver.secrets = [created["secret"]]
    receiver.answer = 503
    burst = [customer_event() for _ in range(1000)]
    for start in range(0, len(burst), 100):
        await stack.publish(*burst[start : start + 100])
    await wait_until(lambda: len(receiver.requests) >= 300, "the receiver to refuse a while")
    receiver.answer = 200

    await wait_until(lambda: len(receiver.log) == 1000, "every event of the burst", timeout=120)
    assert sorted(receiver.log) == sorted(e.id for e in burst)
    assert len(set(receiver.log)) == 1000, "each event id once in the deduplicated log"
    assert receiver.verified()
    deliveries = await stack.delivered(created["id"], 1000)
    assert len(deliveries) == 1000
    assert {d["status"] for d in deliveries} == {"delivered"}
    retried = [d for d in deliveries if d["attempts"] > 1]
    assert retried, "the failures were retried"
    sample = retried[0]
    assert (
        sample["response_status"] == 200 and sample["last_error"] is None and sample["latency_ms"] >= 0
    )
    subscription = await stack.subscription(created["id"])
    assert (subscription["status"], subscription["failing_since"]) == ("active", None)
    metrics = (await stack.client.get("/metrics")).text
    assert (
        f'ptp_webhook_deliveries_delivered_total{{service="webhooks",subscription="{created["id"]}"}} 1000.0'
        in metrics
    )
    assert (
        "ptp_webhook_attempts_retried_total" in metrics
        and "ptp_webhook_queue_oldest_age_seconds" in metrics
    )


async def test_a_receiver_killed_mid_burst_loses_nothing(stack: Stack, receiver: Receiver) -> None:
    created = await stack.subscribe(receiver.url, ["crm.*"])
    receiver.secrets = [created["secret"]]
    burst = [customer_event() for _ in range(300)]
    await stack.publish(*burst)
    await wait_until(lambda: len(receiver.log) >= 60, "the burst to be under way")
    await receiver.kill()
    killed_at = len(receiver.log)
    await asyncio.sleep(0.5)  # deliveries fail meanwhile: connection refused
    await receiver.start()  # back on the same port, with its log (its database) intact

    await wait_until(lambda: len(receiver.log) == 300, "every event after the restart", timeout=90)
    assert killed_at < 300
    assert sorted(receiver.log) == sorted(e.id for e in burst)
    assert receiver.verified()
    deliveries = await stack.delivered(created["id"], 300)
    assert Counter(d["status"] for d in deliveries) == {"delivered": 300}
    assert any(d["attempts"] > 1 for d in deliveries), "some were retried after the kill"


async def test_410_gone_ends_the_subscription(stack: Stack, receiver: Receiver) -> None:
    created = await stack.subscribe(receiver.url, ["crm.customer.registered"])
    receiver.secrets = [created["secret"]]
    receiver.answer = 410
    gone = customer_event()
    await stack.publish(gone)

    await wait_until(lambda: stack.heard_of("webhooks.subscription.disabled"), "the disabled event")
    (disabled,) = stack.heard_of("webhooks.subscription.disabled")
    assert disabled.data["subscription_id"] == created["id"] and disabled.data["reason"] == "gone"
    subscription = await stack.subscription(created["id"])
    assert (subscription["status"], subscription["disabled_reason"]) == ("disabled", "gone")
    (delivery,) = await stack.deliveries(created["id"])
    assert (delivery["status"], delivery["attempts"], delivery["response_status"]) == ("failed", 1, 410)

    later = customer_event()
    await stack.publish(later)
    await _handled(stack, later.id)
    assert [r.webhook_id for r in receiver.requests] == [gone.id], "nothing is sent after 410"
    assert len(await stack.deliveries(created["id"])) == 1
    metrics = (await stack.client.get("/metrics")).text
    assert 'ptp_webhook_subscriptions_disabled_total{reason="gone",service="webhooks"}' in metrics


async def test_a_subscription_failing_longer_than_allowed_is_disabled(
    postgres_url: str,
    amqp_url: str,
    rabbit_names,
    receiver: Receiver,  # type: ignore[no-untyped-def]
) -> None:
    async with webhooks_stack(postgres_url, amqp_url, rabbit_names, disable_after_seconds=1.0) as stack:
        created = await stack.subscribe(receiver.url, ["crm.customer.registered"])
        receiver.secrets = [created["secret"]]
        receiver.answer = 500
        await stack.publish(*(customer_event() for _ in range(3)))

        await wait_until(lambda: stack.heard_of("webhooks.subscription.disabled"), "the disabled event")
        (disabled,) = stack.heard_of("webhooks.subscription.disabled")
        assert disabled.data["reason"] == "failing" and disabled.data["failing_since"]
        assert "HTTP 500" in disabled.data["detail"]
        subscription = await stack.subscription(created["id"])
        assert (subscription["status"], subscription["disabled_reason"]) == ("disabled", "failing")
        deliveries = await stack.deliveries(created["id"])
        assert {d["status"] for d in deliveries} == {"failed"}
        assert all(d["next_attempt_at"] is None for d in deliveries)

        # The receiver is fixed; the operator resumes and redelivers what failed, same ids.
        receiver.answer = 204
        resumed = await stack.client.post(f"/api/v1/subscriptions/{created['id']}/resume", headers=ADMIN)
        assert resumed.status_code == 200 and resumed.json()["status"] == "active"
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat()
        requeued = await stack.client.post(
            f"/api/v1/subscriptions/{created['id']}/redeliver", json={"since": since}, headers=ADMIN
        )
        assert requeued.json() == {"requeued": 3}
        await wait_until(lambda: len(receiver.log) == 3, "the redelivered events")
        assert set(receiver.log) == {d["event_id"] for d in deliveries}
        metrics = (await stack.client.get("/metrics")).text
        assert 'ptp_webhook_subscriptions_disabled_total{reason="failing",service="webhooks"}' in metrics


async def test_only_wanted_events_are_delivered_and_a_pause_holds_them(
    stack: Stack, receiver: Receiver
) -> None:
    for_one = await stack.subscribe(receiver.url, ["crm.customer.registered"], customer_id="cus-one")
    receiver.secrets = [for_one["secret"]]
    theirs, others = customer_event("cus-one"), customer_event("cus-two")
    await stack.publish(theirs, others)
    await wait_until(lambda: receiver.log == [theirs.id], "the customer's event")
    await _handled(stack, others.id)
    assert [d["event_id"] for d in await stack.deliveries(for_one["id"])] == [theirs.id]

    paused = await stack.client.post(f"/api/v1/subscriptions/{for_one['id']}/pause", headers=ADMIN)
    assert paused.json()["status"] == "paused"
    held = customer_event("cus-one")
    await stack.publish(held)
    await _handled(stack, held.id)
    (pending,) = await stack.deliveries(for_one["id"], status="pending")
    assert pending["event_id"] == held.id and pending["attempts"] == 0
    await asyncio.sleep(0.3)  # several worker rounds: nothing goes out while paused
    assert held.id not in receiver.log
    await stack.client.post(f"/api/v1/subscriptions/{for_one['id']}/resume", headers=ADMIN)
    await wait_until(lambda: held.id in receiver.log, "the held event after resuming")

    # Redelivering one delivery sends it again under the same webhook-id.
    (delivered,) = await stack.deliveries(for_one["id"], event_id=theirs.id)
    again = await stack.client.post(
        f"/api/v1/subscriptions/{for_one['id']}/deliveries/{delivered['id']}/redeliver", headers=ADMIN
    )
    assert again.json()["status"] == "pending"
    await wait_until(
        lambda: [r.webhook_id for r in receiver.requests].count(theirs.id) == 2, "the redelivery"
    )
    assert receiver.log.count(theirs.id) == 1, "the receiver's deduplication recognises it"


async def _handled(stack: Stack, event_id: str) -> None:
    """Wait until the service's consumer took the event (its inbox row committed)."""
    inbox = stack.runtime.db.inbox

    async def done() -> bool:
        async with stack.runtime.db.sessions() as session:
            found = await session.scalar(
                select(inbox.c.message_id).where(inbox.c.message_id == event_id)
            )
            return found is not None

    await eventually(done, what=f"webhooks to handle {event_id}")


async def test_a_slow_receiver_does_not_stall_another_subscription(
    postgres_url: str,
    amqp_url: str,
    rabbit_names,  # type: ignore[no-untyped-def]
) -> None:
    gate = asyncio.Event()
    slow, fast = Receiver(hold=gate), Receiver()
    await slow.start()
    await fast.start()
    try:
        # A long timeout: the slow receiver's held requests stay in flight for the whole test.
        async with webhooks_stack(
            postgres_url, amqp_url, rabbit_names, max_concurrency=2, timeout_seconds=300.0
        ) as stack:
            to_slow = await stack.subscribe(slow.url, ["crm.*"])
            to_fast = await stack.subscribe(fast.url, ["crm.*"])
            slow.secrets, fast.secrets = [to_slow["secret"]], [to_fast["secret"]]
            burst = [customer_event() for _ in range(20)]
            await stack.publish(*burst)

            await wait_until(lambda: len(fast.log) == 20, "every event at the fast receiver")
            await wait_until(lambda: len(slow.requests) >= 2, "the slow receiver's first requests")
            # The slow subscription has exactly its two slots in flight, none answered yet.
            assert len(slow.requests) == 2 and slow.log == []
            assert sorted(fast.log) == sorted(e.id for e in burst) and fast.verified()
            slow_log = await stack.deliveries(to_slow["id"])
            assert Counter(d["status"] for d in slow_log) == {"pending": 20}

            gate.set()  # the slow receiver answers: its events follow
            await wait_until(lambda: len(slow.log) == 20, "every event at the slow receiver")
            assert sorted(slow.log) == sorted(e.id for e in burst) and slow.verified()
    finally:
        gate.set()
        await slow.stop()
        await fast.stop()


async def test_a_delivery_failing_past_its_retry_window_ends_failed_and_is_counted(
    postgres_url: str,
    amqp_url: str,
    rabbit_names,
    receiver: Receiver,  # type: ignore[no-untyped-def]
) -> None:
    # A one-second window instead of the default (over 24 h, see test_units); disabling stays far off.
    async with webhooks_stack(postgres_url, amqp_url, rabbit_names, retry_window_seconds=1.0) as stack:
        created = await stack.subscribe(receiver.url, ["crm.customer.registered"])
        receiver.secrets = [created["secret"]]
        receiver.answer = 500
        failed_metric = (
            f'ptp_webhook_deliveries_failed_total{{service="webhooks",subscription="{created["id"]}"}}'
        )
        assert failed_metric not in (await stack.client.get("/metrics")).text
        doomed = customer_event()
        await stack.publish(doomed)

        async def given_up() -> bool:
            log = await stack.deliveries(created["id"])
            return bool(log) and log[0]["status"] == "failed"

        await eventually(given_up, what="the delivery to fail", timeout=60)
        (delivery,) = await stack.deliveries(created["id"])
        assert delivery["next_attempt_at"] is None and delivery["response_status"] == 500
        assert delivery["last_error"].startswith("HTTP 500")
        tried = [r.webhook_id for r in receiver.requests].count(doomed.id)
        assert tried == delivery["attempts"] >= 1

        # The receiver recovers: a later event goes through, the failed one is not retried.
        receiver.answer = 204
        later = customer_event()
        await stack.publish(later)
        await wait_until(lambda: later.id in receiver.log, "the later event")
        assert [r.webhook_id for r in receiver.requests].count(doomed.id) == tried
        assert doomed.id not in receiver.log
        (still,) = await stack.deliveries(created["id"], event_id=doomed.id)
        assert (still["status"], still["attempts"]) == ("failed", tried)
        assert (await stack.subscription(created["id"]))["status"] == "active"
        assert f"{failed_metric} 1.0" in (await stack.client.get("/metrics")).text


async def test_only_a_bounded_part_of_a_huge_answer_is_read(
    postgres_url: str,
    amqp_url: str,
    rabbit_names,
    receiver: Receiver,  # type: ignore[no-untyped-def]
) -> None:
    never = asyncio.Event()

    async def huge_and_endless() -> AsyncIterator[bytes]:
        for _ in range(80):  # 5 MB...
            yield b"x" * 65536
        await never.wait()  # ...and the answer never ends: a sender reading it all would time out

    try:
        async with webhooks_stack(
            postgres_url, amqp_url, rabbit_names, response_body_limit=100
        ) as stack:
            created = await stack.subscribe(receiver.url, ["crm.customer.registered"])
            receiver.secrets = [created["secret"]]
            receiver.answer, receiver.answer_body = 500, huge_and_endless
            event = customer_event()
            await stack.publish(event)

            async def attempted() -> bool:
                log = await stack.deliveries(created["id"])
                return bool(log) and log[0]["attempts"] >= 1

            await eventually(attempted, what="an attempt")
            (delivery,) = await stack.deliveries(created["id"])
            assert delivery["response_status"] == 500
            assert delivery["last_error"] == "HTTP 500: " + "x" * 100, "the limit, not the body"

            # The worker is fine: once the receiver answers normally, the event is delivered.
            receiver.answer, receiver.answer_body = 204, None
            await wait_until(lambda: receiver.log == [event.id], "the event after the huge answers")
            (delivery,) = await stack.delivered(created["id"], 1)
            assert delivery["status"] == "delivered" and delivery["last_error"] is None
    finally:
        never.set()
