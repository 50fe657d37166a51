"""The delivery log of a subscription, and redelivery (one delivery, or every failed one since a time).

A redelivered event keeps its ``webhook-id`` (the event id), so a receiver that already has it
recognises the copy; its retry window starts again.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from ptp_common.db import utcnow
from ptp_common.errors import NotFound
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult

from ptp_webhooks.api.deps import Manager, SubscriptionDep
from ptp_webhooks.api.schemas import DeliveryRead, DeliveryStatus, RedeliverSince, Requeued
from ptp_webhooks.db.models import Delivery, Subscription

router = APIRouter(prefix="/subscriptions/{subscription_id}", tags=["deliveries"])


def _again() -> dict[str, object]:
    now = utcnow()
    return {"status": "pending", "next_attempt_at": now, "retry_from": now}


@router.get("/deliveries", response_model=Page[DeliveryRead], summary="Delivery log, newest first")
async def list_deliveries(
    _: Manager,
    subscription: SubscriptionDep,
    uow: UowDep,
    params: PageDep,
    status: Annotated[DeliveryStatus | None, Query()] = None,
    event_id: Annotated[str | None, Query(max_length=100)] = None,
) -> Page[DeliveryRead]:
    stmt = select(Delivery).where(Delivery.subscription_id == subscription.id)
    if status is not None:
        stmt = stmt.where(Delivery.status == status)
    if event_id is not None:
        stmt = stmt.where(Delivery.event_id == event_id)
    items, cursor = await paginate(
        uow.session, stmt, [Delivery.created_at, Delivery.id], params, descending=True
    )
    return Page(items=[DeliveryRead.model_validate(d) for d in items], next_cursor=cursor)


async def _delivery(uow: UowDep, subscription: Subscription, delivery_id: str) -> Delivery:
    delivery = await uow.session.get(Delivery, delivery_id)
    if delivery is None or delivery.subscription_id != subscription.id:
        raise NotFound(f"no delivery {delivery_id} for subscription {subscription.id}")
    return delivery


@router.get("/deliveries/{delivery_id}", response_model=DeliveryRead)
async def get_delivery(
    _: Manager, subscription: SubscriptionDep, uow: UowDep, delivery_id: str
) -> DeliveryRead:
    return DeliveryRead.model_validate(await _delivery(uow, subscription, delivery_id))


@router.post(
    "/deliveries/{delivery_id}/redeliver",
    response_model=DeliveryRead,
    summary="Send this delivery again (whatever its status), with the same webhook-id",
)
async def redeliver_delivery(
    _: Manager, subscription: SubscriptionDep, uow: UowDep, delivery_id: str
) -> DeliveryRead:
    delivery = await _delivery(uow, subscription, delivery_id)
    for name, value in _again().items():
        setattr(delivery, name, value)
    await uow.commit()
    return DeliveryRead.model_validate(delivery)


@router.post(
    "/redeliver",
    response_model=Requeued,
    summary="Send every failed delivery created since a time again",
)
async def redeliver_failed_deliveries(
    body: RedeliverSince, _: Manager, subscription: SubscriptionDep, uow: UowDep
) -> Requeued:
    done: CursorResult[tuple[()]] = await uow.session.execute(  # type: ignore[assignment]
        update(Delivery)
        .where(
            Delivery.subscription_id == subscription.id,
            Delivery.status == "failed",
            Delivery.created_at >= body.since,
        )
        .values(**_again())
    )
    await uow.commit()
    return Requeued(requeued=done.rowcount)
