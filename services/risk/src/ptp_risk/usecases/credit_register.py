"""The customer's credit risk in the register, kept in step with the live credit profile.

Raised automatically the first time the customer's credit level leaves 'low';
re-assessed quantitatively (expected loss = exposure x probability of default
of the rating) at every level change; its "overdue receivables rate" indicator
gets a reading at every profile change, so the register shows the live series.
That series does not raise the risk's level like other indicators' breaches do:
the rating behind the quantitative assessment already weighs the overdue rate,
and raising the level again by it would count the same overdue twice.

Only what is overdue on the customer's *open* contracts reaches the rating
(``ptp_risk.domain.credit``), so the stale installments of a completed or
terminated contract can no longer raise this risk. When the level recovers, the
risk is re-assessed at the better rating (its level goes down with it) but stays
open: closing a register risk is a human decision (its owner reviews and closes
it); a risk closed by hand is re-opened if the level leaves 'low' again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope

from ptp_risk.config import RiskConfig
from ptp_risk.db import batch_rows
from ptp_risk.db.models import Assessment, Indicator, Observation, Risk
from ptp_risk.domain.credit import CreditFigures, Rating
from ptp_risk.domain.register import RISK_MACHINE
from ptp_risk.usecases.register_levels import apply_assessment, new_risk, raise_risk

SERVICE_ACTOR = "service:risk"
OVERDUE_RATE = "overdue receivables rate"
OVERDUE_RATE_MEDIUM = Decimal("0.05")
OVERDUE_RATE_HIGH = Decimal("0.15")


def credit_source_key(customer_id: str) -> str:
    return f"credit:{customer_id}"


async def sync_credit_risk(
    uow: UnitOfWork,
    config: RiskConfig,
    customer_id: str,
    figures: CreditFigures,
    rating: Rating,
    *,
    level_changed: bool,
    cause: Envelope,
    now: dt.datetime,
) -> None:
    key = credit_source_key(customer_id)
    risk = await batch_rows.risk_of_source(uow.session, key)
    if level_changed:
        if risk is None and rating.level != "low":
            risk = new_risk(
                kind="credit",
                title=f"Credit risk of customer {customer_id}",
                owner=SERVICE_ACTOR,
                created_by=SERVICE_ACTOR,
                at=now,
                customer_id=customer_id,
                source_key=key,
                description="Raised automatically when the customer's credit level left 'low'.",
            )
            await raise_risk(uow, risk, cause=cause.id)
            batch_rows.raised(uow.session, risk, [OVERDUE_RATE])
        elif risk is not None and risk.status == "closed" and rating.level != "low":
            risk.status = RISK_MACHINE.next_state(risk.status, "reopen")  # the risk came back
        if risk is not None:
            _assess(uow, config, risk, figures, rating, cause, now)
    if risk is not None:
        await _record_overdue_rate(uow, risk, figures.overdue_rate, now)


def _assess(
    uow: UnitOfWork,
    config: RiskConfig,
    risk: Risk,
    figures: CreditFigures,
    rating: Rating,
    cause: Envelope,
    now: dt.datetime,
) -> None:
    currency, exposure = _largest(figures.exposure or figures.overdue_amount)
    probability = config.probability_of_default[rating.rating]
    assessment = Assessment(
        id=str(uuid.uuid4()),
        risk_id=risk.id,
        method="quantitative",
        exposure=exposure,
        currency=currency,
        probability=probability,
        expected_loss=config.quantitative.expected_loss(exposure, probability),
        level=config.quantitative.level(probability),
        rationale=f"credit rating {rating.rating} (score {rating.score}): {rating.reason}",
        assessed_by=SERVICE_ACTOR,
        assessed_at=now,
    )
    apply_assessment(uow, risk, assessment, cause=cause.id)


async def _record_overdue_rate(uow: UnitOfWork, risk: Risk, rate: Decimal, now: dt.datetime) -> None:
    indicator = await batch_rows.indicator_of(uow.session, risk.id, OVERDUE_RATE)
    if indicator is None:
        indicator = Indicator(
            id=str(uuid.uuid4()),
            risk_id=risk.id,
            name=OVERDUE_RATE,
            unit="ratio",
            higher_is_worse=True,
            raises_level=False,  # the rating (hence the assessment) already weighs the overdue rate
            medium_threshold=OVERDUE_RATE_MEDIUM,
            high_threshold=OVERDUE_RATE_HIGH,
            created_at=now,
            created_by=SERVICE_ACTOR,
        )
        uow.session.add(indicator)
        batch_rows.indicator_added(uow.session, indicator)
        await uow.session.flush()  # observations refer to it
    elif indicator.latest_value == rate:
        return
    uow.session.add(
        Observation(
            id=str(uuid.uuid4()),
            indicator_id=indicator.id,
            observed_at=now,
            value=rate,
            recorded_by=SERVICE_ACTOR,
        )
    )
    indicator.latest_value, indicator.latest_at = rate, now


def _largest(by_currency: dict[str, Decimal]) -> tuple[str | None, Decimal]:
    if not by_currency:
        return None, Decimal("0.00")
    currency = max(by_currency, key=lambda c: by_currency[c])
    return currency, by_currency[currency]
