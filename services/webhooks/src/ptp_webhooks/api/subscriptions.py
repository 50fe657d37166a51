"""Subscriptions: create, read, change, pause/resume, rotate the secret, ping, delete.

Every change is announced as a ``webhooks.subscription.*`` event (kpi's audit trail records
them); secrets appear only in the answers to creation and rotation, never in events or logs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import urlsplit, urlunsplit

from fastapi import APIRouter, Response
from ptp_common.db import UnitOfWork, utcnow
from ptp_common.errors import Conflict, Unprocessable
from ptp_common.events.envelope import new_envelope
from ptp_common.events.schemas import webhooks as events
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, ServiceRuntime, UowDep
from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult

from ptp_webhooks.api.deps import Manager, SubscriptionDep
from ptp_webhooks.api.schemas import (
    PingResult,
    RotatedSecret,
    RotateSecret,
    SubscriptionCreate,
    SubscriptionRead,
    SubscriptionUpdate,
    SubscriptionWithSecret,
)
from ptp_webhooks.db.models import Delivery, Subscription
from ptp_webhooks.delivery.sender import new_client, send
from ptp_webhooks.delivery.worker import secrets_in_force
from ptp_webhooks.domain.patterns import unknown_patterns
from ptp_webhooks.domain.signing import new_secret
from ptp_webhooks.domain.urls import UrlRefused, vet
from ptp_webhooks.settings import config_of, policy_of

router = APIRouter(prefix="/subscriptions", tags=["subscriptions"])


def shown_url(url: str) -> str:
    """The URL for events: without its query string, which may hold the receiver's token."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def read(subscription: Subscription) -> SubscriptionRead:
    return SubscriptionRead.model_validate(
        {
            **{
                c: getattr(subscription, c)
                for c in SubscriptionRead.model_fields
                if hasattr(subscription, c)
            },
            "previous_secret_valid_until": _overlap_until(subscription),
        }
    )


def _overlap_until(subscription: Subscription) -> dt.datetime | None:
    expires = subscription.previous_secret_expires_at
    return expires if subscription.previous_secret and expires and expires > utcnow() else None


async def check_url(runtime: ServiceRuntime, url: str) -> None:
    try:
        await vet(url, policy_of(runtime))
    except UrlRefused as exc:
        raise Unprocessable(f"url refused: {exc}", field="body.url") from exc


def check_event_types(patterns: list[str]) -> None:
    unknown = unknown_patterns(patterns)
    if unknown:
        raise Unprocessable(
            f"no event type matches {', '.join(unknown)}; see the AsyncAPI document for the types",
            field="body.event_types",
        )


@router.post(
    "", status_code=201, response_model=SubscriptionWithSecret, summary="Subscribe a URL to events"
)
async def create_subscription(
    body: SubscriptionCreate, principal: Manager, uow: UowDep, runtime: RuntimeDep
) -> SubscriptionWithSecret:
    check_event_types(body.event_types)
    await check_url(runtime, body.url)
    now = utcnow()
    subscription = Subscription(
        id=str(uuid.uuid4()),
        url=body.url,
        event_types=list(dict.fromkeys(body.event_types)),
        customer_id=body.customer_id,
        description=body.description,
        status="active",
        secret=new_secret(),
        created_at=now,
        created_by=principal.subject,
        updated_at=now,
    )
    uow.session.add(subscription)
    uow.emit(
        events.SubscriptionCreated(
            subscription_id=subscription.id,
            url=shown_url(subscription.url),
            event_types=subscription.event_types,
            customer_id=subscription.customer_id,
            description=subscription.description,
        ),
        subject=subscription.id,
    )
    await uow.commit()
    return SubscriptionWithSecret(**read(subscription).model_dump(), secret=subscription.secret)


@router.get("", response_model=Page[SubscriptionRead], summary="Subscriptions, oldest first")
async def list_subscriptions(
    _: Manager, uow: UowDep, params: PageDep
) -> Page[SubscriptionRead]:
    items, cursor = await paginate(
        uow.session, select(Subscription), [Subscription.created_at, Subscription.id], params
    )
    return Page(items=[read(s) for s in items], next_cursor=cursor)


@router.get("/{subscription_id}", response_model=SubscriptionRead)
async def get_subscription(_: Manager, subscription: SubscriptionDep) -> SubscriptionRead:
    return read(subscription)


@router.patch("/{subscription_id}", response_model=SubscriptionRead, summary="Change URL, types, filter")
async def update_subscription(
    body: SubscriptionUpdate, _: Manager, subscription: SubscriptionDep, uow: UowDep, runtime: RuntimeDep
) -> SubscriptionRead:
    changes = body.model_dump(exclude_unset=True)
    for required in ("url", "event_types", "description"):
        if required in changes and changes[required] is None:
            raise Unprocessable(f"{required} cannot be null", field=f"body.{required}")
    if "event_types" in changes:
        check_event_types(changes["event_types"])
        changes["event_types"] = list(dict.fromkeys(changes["event_types"]))
    if "url" in changes:
        await check_url(runtime, changes["url"])
    changed = sorted(k for k, v in changes.items() if getattr(subscription, k) != v)
    if changed:
        for name in changed:
            setattr(subscription, name, changes[name])
        subscription.updated_at = utcnow()
        uow.emit(
            events.SubscriptionUpdated(
                subscription_id=subscription.id,
                changed=changed,
                url=shown_url(subscription.url),
                event_types=subscription.event_types,
                customer_id=subscription.customer_id,
                description=subscription.description,
            ),
            subject=subscription.id,
        )
        await uow.commit()
    return read(subscription)


async def _move(uow: UnitOfWork, subscription: Subscription, to: str, allowed: tuple[str, ...]) -> str:
    """Change the status only from ``allowed`` (a conditional update: the worker may disable meanwhile)."""
    before = subscription.status
    done: CursorResult[tuple[()]] = await uow.session.execute(  # type: ignore[assignment]
        update(Subscription)
        .where(Subscription.id == subscription.id, Subscription.status.in_(allowed))
        .values(status=to, disabled_reason=None, failing_since=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:
        raise Conflict(
            f"subscription {subscription.id} is {before}; this needs one of: {', '.join(allowed)}",
            status_now=before,
        )
    return before


@router.post("/{subscription_id}/pause", response_model=SubscriptionRead, summary="Hold deliveries")
async def pause_subscription(_: Manager, subscription: SubscriptionDep, uow: UowDep) -> SubscriptionRead:
    await _move(uow, subscription, "paused", ("active",))
    uow.emit(events.SubscriptionPaused(subscription_id=subscription.id), subject=subscription.id)
    await uow.commit()
    await uow.session.refresh(subscription)
    return read(subscription)


@router.post(
    "/{subscription_id}/resume",
    response_model=SubscriptionRead,
    summary="Deliver again (held deliveries go out; failed ones need a redelivery)",
)
async def resume_subscription(_: Manager, subscription: SubscriptionDep, uow: UowDep) -> SubscriptionRead:
    before = await _move(uow, subscription, "active", ("paused", "disabled"))
    uow.emit(
        events.SubscriptionResumed(subscription_id=subscription.id, previous_status=before),  # type: ignore[arg-type]
        subject=subscription.id,
    )
    await uow.commit()
    await uow.session.refresh(subscription)
    return read(subscription)


@router.post(
    "/{subscription_id}/rotate-secret",
    response_model=RotatedSecret,
    summary="New signing secret; the old one keeps signing during the overlap",
)
async def rotate_subscription_secret(
    body: RotateSecret, _: Manager, subscription: SubscriptionDep, uow: UowDep, runtime: RuntimeDep
) -> RotatedSecret:
    overlap = body.overlap_seconds
    if overlap is None:
        overlap = int(config_of(runtime).rotation_overlap_seconds)
    now = utcnow()
    valid_until = now + dt.timedelta(seconds=overlap)
    subscription.previous_secret = subscription.secret if overlap > 0 else None
    subscription.previous_secret_expires_at = valid_until if overlap > 0 else None
    subscription.secret = new_secret()
    subscription.updated_at = now
    uow.emit(
        events.SubscriptionSecretRotated(
            subscription_id=subscription.id, previous_secret_valid_until=valid_until
        ),
        subject=subscription.id,
    )
    await uow.commit()
    return RotatedSecret(
        secret=subscription.secret, previous_secret_valid_until=_overlap_until(subscription)
    )


@router.post(
    "/{subscription_id}/ping",
    response_model=PingResult,
    summary="Send a signed test event to the URL now and report the answer",
)
async def ping_subscription(_: Manager, subscription: SubscriptionDep, runtime: RuntimeDep) -> PingResult:
    env = new_envelope(
        runtime.name, events.SubscriptionPinged(subscription_id=subscription.id), subject=subscription.id
    )
    config = config_of(runtime)
    async with new_client(config.timeout_seconds) as client:
        attempt = await send(
            client,
            url=subscription.url,
            policy=policy_of(runtime),
            msg_id=env.id,
            body=env.model_dump_json().encode(),
            secrets=secrets_in_force(subscription, utcnow()),
            body_limit=config.response_body_limit,
        )
    return PingResult(
        delivered=attempt.delivered,
        event_id=env.id,
        response_status=attempt.status,
        latency_ms=attempt.latency_ms,
        error=attempt.error,
    )


@router.delete(
    "/{subscription_id}", status_code=204, summary="Delete a subscription and its delivery log"
)
async def delete_subscription(_: Manager, subscription: SubscriptionDep, uow: UowDep) -> Response:
    await uow.session.execute(delete(Delivery).where(Delivery.subscription_id == subscription.id))
    await uow.session.delete(subscription)
    uow.emit(events.SubscriptionDeleted(subscription_id=subscription.id), subject=subscription.id)
    await uow.commit()
    return Response(status_code=204)
