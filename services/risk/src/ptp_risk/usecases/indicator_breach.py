"""An indicator's new latest reading: past a threshold it raises its risk's level and is an event.

The risk's indicator input is the worst level among the latest readings of its indicators that
raise levels (``Indicator.raises_level``), counting only readings past a threshold (a low one
raises nothing). It enters the one level rule (``ptp_risk.domain.combined_level``), so the level
goes to at least medium or high by the reading's threshold, and comes back to the assessed level
when the readings do.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.risk import RiskIndicatorBreached
from sqlalchemy import select

from ptp_risk.db.models import Indicator, Risk
from ptp_risk.domain.indicators import Thresholds
from ptp_risk.domain.levels import Level, most_severe
from ptp_risk.usecases.register_levels import apply_indicator_level, record_risk_event


def thresholds_of(indicator: Indicator) -> Thresholds:
    return Thresholds(indicator.medium_threshold, indicator.high_threshold, indicator.higher_is_worse)


async def worst_breach(uow: UnitOfWork, risk_id: str) -> Level | None:
    """The worst level past a threshold among the latest readings of the risk's indicators."""
    indicators = (
        await uow.session.execute(
            select(Indicator).where(
                Indicator.risk_id == risk_id,
                Indicator.raises_level.is_(True),
                Indicator.latest_value.is_not(None),
            )
        )
    ).scalars()
    levels = [thresholds_of(i).level(i.latest_value) for i in indicators if i.latest_value is not None]
    return most_severe(*(level for level in levels if level != "low"))


async def apply_reading(
    uow: UnitOfWork, risk: Risk, indicator: Indicator, value: Decimal, at: dt.datetime, *, actor: str
) -> None:
    """``indicator`` was just given ``value`` as its latest reading."""
    if not indicator.raises_level:
        return
    previous = risk.level
    apply_indicator_level(uow, risk, await worst_breach(uow, risk.id), at=at, actor=actor)
    reading = thresholds_of(indicator).level(value)
    if reading == "low":
        return
    assert risk.level is not None  # a breach gives the risk at least its level
    uow.emit(
        RiskIndicatorBreached(
            risk_id=risk.id,
            indicator_id=indicator.id,
            indicator_name=indicator.name,
            kind=risk.kind,
            value=value,
            unit=indicator.unit,
            threshold=indicator.high_threshold if reading == "high" else indicator.medium_threshold,
            level=reading,
            previous_risk_level=previous,
            risk_level=risk.level,
            observed_at=at,
            customer_id=risk.customer_id,
            contract_id=risk.contract_id,
            project_id=risk.project_id,
        ),
        subject=risk.id,
        actor=actor,
    )
    record_risk_event(
        uow,
        event="indicator_breached",
        kind=risk.kind,
        at=at,
        level=reading,
        previous_level=previous,
        risk_id=risk.id,
        customer_id=risk.customer_id,
    )
