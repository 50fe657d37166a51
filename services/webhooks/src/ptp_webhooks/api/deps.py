"""Who may manage webhooks, and loading a subscription."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from ptp_common.auth import Principal, Role, require_roles
from ptp_common.errors import NotFound
from ptp_common.service import UowDep

from ptp_webhooks.db.models import Subscription

# A subscription sends the suite's data out of it: operators and other systems only.
Manager = Annotated[Principal, Depends(require_roles(Role.admin, Role.service))]


async def subscription_in_path(uow: UowDep, subscription_id: str) -> Subscription:
    subscription = await uow.session.get(Subscription, subscription_id)
    if subscription is None:
        raise NotFound(f"no subscription {subscription_id}")
    return subscription


SubscriptionDep = Annotated[Subscription, Depends(subscription_in_path)]
