"""Every event of the suite: one delivery row per subscription that wants it.

Runs in the consumer's transaction, with the inbox row: the event is either recorded with all
its deliveries or not at all (and then redelivered by the broker), so none is lost when the
process dies. Paused subscriptions collect deliveries too, sent when resumed; disabled ones do not.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ptp_common.db import UnitOfWork, utcnow
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.messaging.consumer import Delivered
from sqlalchemy import insert, select

from ptp_webhooks.db.models import Delivery, Subscription, WebhookEvent
from ptp_webhooks.domain.patterns import wanted


def wants(subscription: Subscription, env: Envelope) -> bool:
    if not wanted(subscription.event_types, env.type):
        return False
    return subscription.customer_id is None or env.data.get("customer_id") == subscription.customer_id


async def enqueue_deliveries(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    await _enqueue(uow, [env])


async def enqueue_batch(events: Sequence[Delivered], uow: UnitOfWork) -> None:
    """``enqueue_deliveries`` for a delivered batch: the live subscriptions read once, the events'
    rows and their deliveries written in one statement each (the same rows, in delivery order)."""
    await _enqueue(uow, [e.env for e in events])


async def _enqueue(uow: UnitOfWork, envs: Sequence[Envelope]) -> None:
    session = uow.session
    live = (await session.execute(LIVE_SUBSCRIPTIONS)).scalars().all()
    if not live:
        return
    now = utcnow()
    events, deliveries = [], []
    for env in envs:
        targets = [s.id for s in live if wants(s, env)]
        if not targets:
            continue
        events.append({"id": env.id, "type": env.type, "payload": env.model_dump_json(),
                       "traceparent": env.traceparent, "received_at": now})
        deliveries += [
            {
                "id": str(uuid.uuid4()),
                "subscription_id": sid,
                "event_id": env.id,
                "event_type": env.type,
                "status": "pending",
                "attempts": 0,
                "created_at": now,
                "next_attempt_at": now,
                "retry_from": now,
            }
            for sid in targets
        ]
    if events:
        await session.execute(insert(WebhookEvent), events)
        await session.execute(insert(Delivery), deliveries)


# Built once (its compiled form is cached): every event of the suite runs it.
LIVE_SUBSCRIPTIONS = select(Subscription).where(Subscription.status.in_(("active", "paused")))
