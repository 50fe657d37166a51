"""Recompute a customer's credit profile from its facts; keep the change, publish what others act on.

Called by every credit-relevant handler after it merged its fact, with the
profile row already locked. Publishes ``risk.credit.rating_changed`` when the
rating or level moved, and ``risk.response.required`` (policy table) when the
level moved; a level change also updates the customer's credit risk in the
register (raised automatically on the first medium/high level).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.schemas.risk import CreditRatingChanged, RiskResponseRequired, SigningPolicy
from sqlalchemy import select

from ptp_risk.config import RiskConfig, current_config
from ptp_risk.db import credit_store
from ptp_risk.db.models import Assessment, CreditProfile, CreditProfileChange, Risk
from ptp_risk.domain.credit import CreditFigures, Rating, figures_of
from ptp_risk.usecases.register_levels import apply_assessment, new_risk, raise_risk, record_risk_event

SERVICE_ACTOR = "service:risk"


def figures_json(figures: CreditFigures) -> dict[str, Any]:
    def amounts(by_currency: dict[str, Decimal]) -> list[dict[str, str]]:
        return [{"amount": str(a.quantize(Decimal("0.01"))), "currency": c} for c, a in by_currency.items()]

    ratio = figures.on_time_ratio
    return {
        "exposure": amounts(figures.exposure),
        "overdue_amount": amounts(figures.overdue_amount),
        "overdue_count": figures.overdue_count,
        "worst_days_overdue": figures.worst_days_overdue,
        "overdue_rate": str(figures.overdue_rate),
        "payments": figures.payments,
        "on_time_payments": figures.on_time_payments,
        "on_time_ratio": None if ratio is None else str(ratio),
        "serious_open_complaints": figures.serious_open_complaints,
    }


async def refresh_profile(uow: UnitOfWork, profile: CreditProfile, cause: Envelope) -> None:
    config = current_config()
    figures = figures_of(await credit_store.load_facts(uow.session, profile.customer_id))
    rating = config.rating.rate(figures)
    snapshot = figures_json(figures)
    if (profile.score, profile.rating, profile.level, profile.figures) == (
        rating.score,
        rating.rating,
        rating.level,
        snapshot,
    ):
        return  # a replay or an event that changes nothing the model reads
    previous_score, previous_rating, previous_level = profile.score, profile.rating, profile.level
    now = dt.datetime.now(dt.UTC)
    profile.score, profile.rating, profile.level = rating.score, rating.rating, rating.level
    profile.figures, profile.reasons = snapshot, list(rating.reasons)
    profile.last_cause_event_id, profile.updated_at = cause.id, now
    uow.session.add(
        CreditProfileChange(
            id=str(uuid.uuid4()),
            customer_id=profile.customer_id,
            changed_at=now,
            cause_event_id=cause.id,
            cause_event_type=cause.type,
            previous_score=previous_score,
            score=rating.score,
            previous_rating=previous_rating,
            rating=rating.rating,
            previous_level=previous_level,
            level=rating.level,
            reason=rating.reason,
            figures=snapshot,
        )
    )
    if (previous_rating, previous_level) != (rating.rating, rating.level):
        uow.emit(
            CreditRatingChanged(
                customer_id=profile.customer_id,
                previous_rating=previous_rating,
                rating=rating.rating,
                previous_level=previous_level,  # type: ignore[arg-type]
                level=rating.level,
                score=float(rating.score),
                reason=rating.reason,
                cause_event_id=cause.id,
            ),
            subject=profile.customer_id,
        )
    if previous_level != rating.level:
        rule = config.policy.for_level(rating.level)
        uow.emit(
            RiskResponseRequired(
                customer_id=profile.customer_id,
                level=rating.level,
                response=rule.response,
                signing_policy=SigningPolicy(
                    mode=rule.signing_mode, min_prepayment_ratio=rule.min_prepayment_ratio
                ),
                reason=f"credit level {previous_level} -> {rating.level}: {rating.reason}",
                cause_event_id=cause.id,
            ),
            subject=profile.customer_id,
        )
        record_risk_event(
            uow,
            event="credit_level_changed",
            kind="credit",
            at=now,
            level=rating.level,
            previous_level=previous_level,
            customer_id=profile.customer_id,
            cause=cause.id,
        )
        await _assess_credit_risk(uow, config, profile.customer_id, figures, rating, cause, now)


async def _assess_credit_risk(
    uow: UnitOfWork,
    config: RiskConfig,
    customer_id: str,
    figures: CreditFigures,
    rating: Rating,
    cause: Envelope,
    now: dt.datetime,
) -> None:
    """Keep the customer's credit risk in the register in step: expected loss = exposure x PD."""
    source_key = f"credit:{customer_id}"
    risk = (await uow.session.execute(select(Risk).where(Risk.source_key == source_key))).scalar_one_or_none()
    if risk is None:
        if rating.level == "low":
            return
        risk = new_risk(
            kind="credit",
            title=f"Credit risk of customer {customer_id}",
            owner=SERVICE_ACTOR,
            created_by=SERVICE_ACTOR,
            at=now,
            customer_id=customer_id,
            source_key=source_key,
            description="Raised automatically when the customer's credit level left 'low'.",
        )
        await raise_risk(uow, risk, cause=cause.id)
    elif risk.status == "closed" and rating.level != "low":
        risk.status = "identified"  # the risk came back
    currency, exposure = _largest(figures.exposure or figures.overdue_amount)
    probability = config.probability_of_default[rating.rating]
    apply_assessment(
        uow,
        risk,
        Assessment(
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
        ),
        cause=cause.id,
    )


def _largest(by_currency: dict[str, Decimal]) -> tuple[str | None, Decimal]:
    if not by_currency:
        return None, Decimal("0.00")
    currency = max(by_currency, key=lambda c: by_currency[c])
    return currency, by_currency[currency]
