"""The delivery worker: a loop started with the service that sends due deliveries.

Each round it claims, per active subscription, as many due deliveries as that subscription has
free slots (``max_concurrency`` in flight per subscription and worker), so a slow or dead
receiver occupies only its own slots. A claim moves the row's ``next_attempt_at`` past the
send's timeout in a committed transaction (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so
replicas never claim the same row); if this process dies mid-send the row is simply due again
later. Each send runs as its own task under the trace of the event it delivers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import defaultdict
from dataclasses import dataclass

import httpx
from opentelemetry import propagate, trace
from ptp_common import context
from ptp_common.db import utcnow
from ptp_common.service import ServiceRuntime
from sqlalchemy import func, select, update

from ptp_webhooks import metrics
from ptp_webhooks.db.models import Delivery, Subscription, WebhookEvent
from ptp_webhooks.delivery.outcomes import ACTOR, record
from ptp_webhooks.delivery.sender import new_client, send
from ptp_webhooks.settings import config_of, policy_of

log = logging.getLogger(__name__)
tracer = trace.get_tracer("ptp_webhooks.delivery")
GAUGE_SECONDS = 5.0


@dataclass(frozen=True)
class Claim:
    delivery_id: str
    subscription_id: str


def secrets_in_force(subscription: Subscription, now: dt.datetime) -> list[str]:
    """The current secret, and the previous one while the rotation's overlap lasts."""
    found = [subscription.secret]
    expires = subscription.previous_secret_expires_at
    if subscription.previous_secret and expires is not None and expires > now:
        found.append(subscription.previous_secret)
    return found


class DeliveryWorker:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime
        self.config = config_of(runtime)
        self.policy = policy_of(runtime)
        self.in_flight: dict[str, int] = defaultdict(int)
        self._gauged: set[str] = set()
        self._gauged_at = 0.0

    async def run(self) -> None:
        async with new_client(self.config.timeout_seconds) as client, asyncio.TaskGroup() as tasks:
            while True:
                try:
                    for claim in await self.claim_due():
                        tasks.create_task(self.deliver(client, claim))
                    if time.monotonic() - self._gauged_at >= GAUGE_SECONDS:
                        await self.update_queue_age()
                except asyncio.CancelledError:
                    raise
                except Exception:  # database away: nothing is lost, the rows stay due
                    log.exception("webhooks: delivery round failed; retrying")
                await asyncio.sleep(self.config.poll_seconds)

    async def claim_due(self) -> list[Claim]:
        now = utcnow()
        lease = now + dt.timedelta(seconds=self.config.lease_seconds)
        claims: list[Claim] = []
        async with self.runtime.db.sessions() as session:
            due = Delivery.status == "pending", Delivery.next_attempt_at <= now
            subscriptions = await session.scalars(
                select(Delivery.subscription_id)
                .join(Subscription, Subscription.id == Delivery.subscription_id)
                .where(*due, Subscription.status == "active")
                .distinct()
            )
            for sid in list(subscriptions):
                room = self.config.max_concurrency - self.in_flight[sid]
                if room <= 0:
                    continue
                ids = list(
                    await session.scalars(
                        select(Delivery.id)
                        .where(Delivery.subscription_id == sid, *due)
                        .order_by(Delivery.next_attempt_at, Delivery.created_at)
                        .limit(room)
                        .with_for_update(skip_locked=True)
                    )
                )
                if ids:
                    await session.execute(
                        update(Delivery).where(Delivery.id.in_(ids)).values(next_attempt_at=lease)
                    )
                    claims.extend(Claim(i, sid) for i in ids)
            await session.commit()
        for claim in claims:
            self.in_flight[claim.subscription_id] += 1
        return claims

    async def deliver(self, client: httpx.AsyncClient, claim: Claim) -> None:
        try:
            with context.bind(actor=ACTOR, correlation_id=None, causation_id=None):
                await self._deliver(client, claim)
        except asyncio.CancelledError:
            raise
        except Exception:  # the claim lapses and the delivery is due again: at least once
            log.exception("webhooks: delivery %s failed unexpectedly", claim.delivery_id)
        finally:
            self.in_flight[claim.subscription_id] -= 1

    async def _deliver(self, client: httpx.AsyncClient, claim: Claim) -> None:
        now = utcnow()
        async with self.runtime.db.sessions() as session:
            row = (
                await session.execute(
                    select(Delivery, Subscription, WebhookEvent)
                    .join(Subscription, Subscription.id == Delivery.subscription_id)
                    .join(WebhookEvent, WebhookEvent.id == Delivery.event_id)
                    .where(Delivery.id == claim.delivery_id)
                )
            ).one_or_none()
            if row is None:
                return
            delivery, subscription, event = row._tuple()
            if subscription.status != "active" or delivery.status != "pending":
                if delivery.status == "pending":  # paused meanwhile: due again as soon as resumed
                    delivery.next_attempt_at = now
                    await session.commit()
                return
            url, secrets = subscription.url, secrets_in_force(subscription, now)
            event_id, body, traceparent = event.id, event.payload.encode(), event.traceparent
        parent = propagate.extract({"traceparent": traceparent} if traceparent else {})
        with tracer.start_as_current_span(
            f"webhook {delivery.event_type} send",
            context=parent,
            kind=trace.SpanKind.CLIENT,
            attributes={"ptp.webhook.subscription": claim.subscription_id, "ptp.webhook.id": event_id},
        ) as span:
            attempt = await send(
                client,
                url=url,
                policy=self.policy,
                msg_id=event_id,
                body=body,
                secrets=secrets,
                body_limit=self.config.response_body_limit,
            )
            if attempt.status is not None:
                span.set_attribute("http.response.status_code", attempt.status)
        metrics.LATENCY.labels(self.runtime.name).observe(attempt.latency_ms / 1000)
        async with self.runtime.uow() as uow:
            counts = await record(uow, self.config, claim.delivery_id, attempt, utcnow())
            await uow.commit()
        counts.publish(self.runtime.name, claim.subscription_id)

    async def update_queue_age(self) -> None:
        self._gauged_at = time.monotonic()
        now = utcnow()
        async with self.runtime.db.sessions() as session:
            rows = await session.execute(
                select(Delivery.subscription_id, func.min(Delivery.created_at))
                .join(Subscription, Subscription.id == Delivery.subscription_id)
                .where(Delivery.status == "pending", Subscription.status == "active")
                .group_by(Delivery.subscription_id)
            )
            oldest = {sid: (now - at).total_seconds() for sid, at in rows.tuples() if at is not None}
        for sid in self._gauged | set(oldest):
            metrics.QUEUE_AGE.labels(self.runtime.name, sid).set(oldest.get(sid, 0.0))
        self._gauged = set(oldest)


async def run_delivery_worker(runtime: ServiceRuntime) -> None:
    await DeliveryWorker(runtime).run()
