"""risk.credit.rating_changed -> the customer's risk flag."""

from __future__ import annotations

import datetime as dt

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.risk import CreditRatingChanged

from ptp_crm.db.models import CustomerRiskFlag
from ptp_crm.domain.risk_flags import is_newer


async def flag_customer_risk(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    """Show the newest rating on the customer; an older event arriving late changes nothing.

    Kept by customer id without a foreign key, so a rating that overtakes the
    customer's own registration is not lost.
    """
    assert isinstance(data, CreditRatingChanged)
    event_time = env.time.astimezone(dt.UTC)
    flag = await uow.session.get(CustomerRiskFlag, data.customer_id)
    if flag is not None and not is_newer(flag.event_time, flag.event_id, event_time, env.id):
        return
    if flag is None:
        flag = CustomerRiskFlag(customer_id=data.customer_id)
        uow.session.add(flag)
    flag.rating, flag.level, flag.score, flag.reason = data.rating, data.level, data.score, data.reason
    flag.event_id, flag.event_time = env.id, event_time
    flag.updated_at = dt.datetime.now(dt.UTC)
