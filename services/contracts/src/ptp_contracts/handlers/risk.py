"""Events from risk -> the local per-customer signing policy.

risk.response.required carries the policy (allow / require_guarantee / require_prepayment / block);
risk.credit.rating_changed updates the rating and level shown beside it. Each part keeps the time
of the newest event applied, so an older event delivered late does not undo a newer one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.risk import CreditRatingChanged, RiskResponseRequired

from ptp_contracts.db.models import CustomerPolicy
from ptp_contracts.domain.signing import PolicyMode


async def _policy_row(uow: UnitOfWork, customer_id: str) -> CustomerPolicy:
    row = await uow.session.get(CustomerPolicy, customer_id)
    if row is None:
        row = CustomerPolicy(customer_id=customer_id, mode=PolicyMode.allow, reason="", updated_at=utcnow())
        uow.session.add(row)
    return row


def _newer(event_time: dt.datetime, applied: dt.datetime | None) -> bool:
    return applied is None or event_time >= applied


async def on_risk_response_required(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, RiskResponseRequired)
    row = await _policy_row(uow, data.customer_id)
    if not _newer(env.time, row.policy_as_of):
        return
    policy = data.signing_policy
    row.mode = policy.mode
    ratio = policy.min_prepayment_ratio
    # str(float) is the shortest exact-looking text (0.3, not 0.299999...).
    row.min_prepayment_ratio = None if ratio is None else str(Decimal(str(ratio)))
    row.reason = data.reason
    row.level = data.level
    row.policy_as_of = env.time
    row.updated_at = utcnow()


async def on_credit_rating_changed(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, CreditRatingChanged)
    row = await _policy_row(uow, data.customer_id)
    if not _newer(env.time, row.rating_as_of):
        return
    row.rating = data.rating
    row.level = data.level
    row.rating_as_of = env.time
    row.updated_at = utcnow()
