"""What an attempt's answer does to its delivery and subscription.

2xx: delivered, and the subscription is no longer failing. 410 Gone: the receiver ended the
subscription; it is disabled. Anything else is retried with backoff until the delivery's retry
window is over; a subscription failing continuously for longer than configured is disabled.
Disabling fails the subscription's pending deliveries (an operator can redeliver them after
resuming) and emits ``webhooks.subscription.disabled`` exactly once (a conditional update).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from ptp_common.db import UnitOfWork
from ptp_common.events.schemas.webhooks import SubscriptionDisabled
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult

from ptp_webhooks import metrics
from ptp_webhooks.config import WebhooksConfig
from ptp_webhooks.db.models import Delivery, Subscription
from ptp_webhooks.delivery.sender import Attempt
from ptp_webhooks.domain.backoff import retry_delay

ACTOR = "service:webhooks"


@dataclass
class Counts:
    """Metric increments, applied only once the transaction committed."""

    delivered: int = 0
    failed: int = 0
    retried: int = 0
    disabled: list[str] = field(default_factory=list)

    def publish(self, service: str, subscription_id: str) -> None:
        labels = (service, subscription_id)
        metrics.DELIVERED.labels(*labels).inc(self.delivered)
        metrics.FAILED.labels(*labels).inc(self.failed)
        metrics.RETRIED.labels(*labels).inc(self.retried)
        for reason in self.disabled:
            metrics.DISABLED.labels(service, reason).inc()


async def disable(
    uow: UnitOfWork,
    subscription_id: str,
    reason: Literal["failing", "gone"],
    detail: str,
    now: dt.datetime,
    counts: Counts,
) -> None:
    session = uow.session
    failing_since = await session.scalar(
        select(Subscription.failing_since).where(Subscription.id == subscription_id)
    )
    done: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(Subscription)
        .where(Subscription.id == subscription_id, Subscription.status == "active")
        .values(status="disabled", disabled_reason=reason, updated_at=now)
    )
    if done.rowcount != 1:
        return  # already disabled, paused or deleted meanwhile: announced by whoever did it
    failed: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(Delivery)
        .where(Delivery.subscription_id == subscription_id, Delivery.status == "pending")
        .values(
            status="failed", next_attempt_at=None, last_error=f"subscription disabled: {detail}"[:1000]
        )
    )
    counts.failed += failed.rowcount
    counts.disabled.append(reason)
    uow.emit(
        SubscriptionDisabled(
            subscription_id=subscription_id, reason=reason, failing_since=failing_since, detail=detail
        ),
        subject=subscription_id,
        actor=ACTOR,
    )


async def record(
    uow: UnitOfWork, config: WebhooksConfig, delivery_id: str, attempt: Attempt, now: dt.datetime
) -> Counts:
    """Apply one attempt's answer (the caller commits)."""
    counts = Counts()
    session = uow.session
    delivery = await session.get(Delivery, delivery_id)
    if delivery is None:
        return counts  # its subscription was deleted meanwhile
    sid = delivery.subscription_id
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.response_status = attempt.status
    delivery.latency_ms = attempt.latency_ms
    delivery.last_error = attempt.error[:1000] if attempt.error else None
    if attempt.delivered:
        # Even when the subscription was disabled meanwhile: the receiver has it.
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = "delivered", now, None
        counts.delivered += 1
        await session.execute(
            update(Subscription)
            .where(Subscription.id == sid, Subscription.failing_since.is_not(None))
            .values(failing_since=None)
        )
        return counts
    if delivery.status != "pending":
        return counts  # failed with its subscription's disabling while in flight
    await session.execute(
        update(Subscription)
        .where(Subscription.id == sid, Subscription.failing_since.is_(None))
        .values(failing_since=now)
    )
    failing_since = await session.scalar(
        select(Subscription.failing_since).where(Subscription.id == sid)
    )
    if attempt.gone:
        delivery.status, delivery.next_attempt_at = "failed", None
        counts.failed += 1
        await disable(uow, sid, "gone", "the receiver answered 410 Gone", now, counts)
    elif failing_since is not None and now - failing_since >= dt.timedelta(
        seconds=config.disable_after_seconds
    ):
        delivery.status, delivery.next_attempt_at = "failed", None
        counts.failed += 1
        detail = f"failing since {failing_since.isoformat()}: {attempt.error or 'no answer'}"
        await disable(uow, sid, "failing", detail, now, counts)
    elif now >= delivery.retry_from + dt.timedelta(seconds=config.retry_window_seconds):
        delivery.status, delivery.next_attempt_at = "failed", None
        counts.failed += 1
    else:
        wait = retry_delay(delivery.attempts, config.backoff_base_seconds, config.backoff_max_seconds)
        delivery.next_attempt_at = now + dt.timedelta(seconds=wait)
        counts.retried += 1
    return counts
