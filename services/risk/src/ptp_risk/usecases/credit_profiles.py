"""Recompute a customer's credit profile from its facts; keep the change, publish what others act on.

Called by every credit-relevant handler after it merged its fact, with the
profile row already locked. Publishes ``risk.credit.rating_changed`` when the
rating or level moved, and ``risk.response.required`` (policy table) when the
level moved; a level change also updates the customer's credit risk in the
register (raised automatically on the first medium/high level).

Both directions follow one rule: a level that falls and a level that recovers
(an overdue cleared, a contract ended) each emit the rating change and the
policy table's response for the new level, so a signing policy that tightened
relaxes by the same table once the credit is back.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.schemas.risk import CreditRatingChanged, RiskResponseRequired, SigningPolicy

from ptp_risk.config import current_config
from ptp_risk.db import credit_store
from ptp_risk.db.models import CreditProfile, CreditProfileChange
from ptp_risk.domain.credit import CreditFigures, figures_of
from ptp_risk.usecases.credit_register import sync_credit_risk
from ptp_risk.usecases.register_levels import record_risk_event


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
    await sync_credit_risk(
        uow,
        config,
        profile.customer_id,
        figures,
        rating,
        level_changed=previous_level != rating.level,
        cause=cause,
        now=now,
    )
