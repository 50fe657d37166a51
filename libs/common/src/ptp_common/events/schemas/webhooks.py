"""Events published by the webhooks service: every change of a subscription (kpi's audit trail records them).

No event carries a signing secret; ``url`` is the receiver's address without its query string,
which may hold a token of the receiver's.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ptp_common.events.registry import EventData, event


@event("webhooks.subscription.created")
class SubscriptionCreated(EventData):
    """A system subscribed a URL to events of the suite."""

    subscription_id: str
    url: str
    event_types: list[str]
    customer_id: str | None = None
    description: str = ""


@event("webhooks.subscription.updated")
class SubscriptionUpdated(EventData):
    """A subscription's URL, event types, customer filter or description changed."""

    subscription_id: str
    changed: list[str]
    url: str
    event_types: list[str]
    customer_id: str | None = None
    description: str = ""


@event("webhooks.subscription.paused")
class SubscriptionPaused(EventData):
    """Deliveries to a subscription are held until it is resumed."""

    subscription_id: str


@event("webhooks.subscription.resumed")
class SubscriptionResumed(EventData):
    """A paused or disabled subscription delivers again."""

    subscription_id: str
    previous_status: Literal["paused", "disabled"]


@event("webhooks.subscription.rotated")
class SubscriptionSecretRotated(EventData):
    """A subscription's signing secret was replaced; the previous one signs too until the given time."""

    subscription_id: str
    previous_secret_valid_until: dt.datetime


@event("webhooks.subscription.disabled")
class SubscriptionDisabled(EventData):
    """The service stopped delivering to a subscription: it kept failing, or its receiver answered 410."""

    subscription_id: str
    reason: Literal["failing", "gone"]
    failing_since: dt.datetime | None = None
    detail: str = ""


@event("webhooks.subscription.deleted")
class SubscriptionDeleted(EventData):
    """A subscription and its delivery log were deleted."""

    subscription_id: str


@event("webhooks.subscription.pinged")
class SubscriptionPinged(EventData):
    """A test ping sent to a subscription's URL on request (sent to that receiver only, never on the bus)."""

    subscription_id: str
