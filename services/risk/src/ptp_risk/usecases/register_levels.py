"""A register risk's level: derived by one rule from its assessments, indicator breaches and a
manager's override (``ptp_risk.domain.combined_level``); every change is an event."""

from __future__ import annotations

import datetime as dt
import uuid

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.risk import RiskAssessmentRecorded, RiskLevelChanged
from sqlalchemy import select

from ptp_risk.config import current_config
from ptp_risk.db.models import Assessment, Risk, RiskEvent
from ptp_risk.domain.combined_level import combined_level
from ptp_risk.domain.register import RISK_MACHINE


def record_risk_event(
    uow: UnitOfWork,
    *,
    event: str,
    kind: str,
    at: dt.datetime,
    level: str | None,
    previous_level: str | None = None,
    risk_id: str | None = None,
    customer_id: str | None = None,
    cause: str | None = None,
) -> None:
    uow.session.add(
        RiskEvent(
            id=str(uuid.uuid4()),
            occurred_at=at,
            event=event,
            kind=kind,
            level=level,
            previous_level=previous_level,
            risk_id=risk_id,
            customer_id=customer_id,
            cause=cause,
        )
    )


def apply_assessment(
    uow: UnitOfWork, risk: Risk, assessment: Assessment, *, cause: str | None = None
) -> None:
    """Add ``assessment`` (qualitative, quantitative or a manager's override) and re-derive the
    risk's level by the one rule of ``ptp_risk.domain.combined_level``."""
    uow.session.add(assessment)
    level = assessment.level
    if assessment.method == "override":
        risk.override_level, risk.override_reason = level, assessment.rationale
        risk.override_by, risk.override_at = assessment.assessed_by, assessment.assessed_at
    else:
        if assessment.method == "qualitative":
            risk.qualitative_level = level
        else:
            risk.quantitative_level = level
        _end_override(risk)  # new evidence: the rule applies again
    update_level(uow, risk, at=assessment.assessed_at, actor=assessment.assessed_by, cause=cause)
    uow.emit(
        RiskAssessmentRecorded(
            risk_id=risk.id,
            assessment_id=assessment.id,
            kind=risk.kind,  # type: ignore[arg-type]
            method=assessment.method,  # type: ignore[arg-type]
            level=risk.level,  # type: ignore[arg-type]
            status=risk.status,  # type: ignore[arg-type]
            owner=risk.owner,
            title=risk.title,
            assessed_by=assessment.assessed_by,
            assessed_at=assessment.assessed_at,
        ),
        subject=risk.id,
        actor=assessment.assessed_by,
    )


def apply_indicator_level(
    uow: UnitOfWork, risk: Risk, indicator_level: str | None, *, at: dt.datetime, actor: str
) -> None:
    """The worst breach among the risk's indicators changed (None: none past a threshold)."""
    if risk.indicator_level == indicator_level:
        return
    risk.indicator_level = indicator_level
    _end_override(risk)
    update_level(uow, risk, at=at, actor=actor)


def _end_override(risk: Risk) -> None:
    risk.override_level = risk.override_reason = risk.override_by = None
    risk.override_at = None


def update_level(
    uow: UnitOfWork, risk: Risk, *, at: dt.datetime, actor: str, cause: str | None = None
) -> None:
    """Set the level the rule gives; a change is a ``risk.level.changed`` event and a risk event."""
    previous = risk.level
    level = combined_level(
        risk.qualitative_level,  # type: ignore[arg-type]
        risk.quantitative_level,  # type: ignore[arg-type]
        risk.indicator_level,  # type: ignore[arg-type]
        risk.override_level,  # type: ignore[arg-type]
    )
    risk.updated_at = at
    if previous == level or level is None:
        return
    risk.level = level
    uow.emit(
        RiskLevelChanged(
            risk_id=risk.id,
            kind=risk.kind,
            previous_level=previous,
            level=level,
            customer_id=risk.customer_id,
            contract_id=risk.contract_id,
            project_id=risk.project_id,
        ),
        subject=risk.id,
        actor=actor,
    )
    record_risk_event(
        uow,
        event="level_changed",
        kind=risk.kind,
        at=at,
        level=level,
        previous_level=previous,
        risk_id=risk.id,
        customer_id=risk.customer_id,
        cause=cause,
    )


def new_risk(
    *,
    kind: str,
    title: str,
    owner: str,
    created_by: str,
    at: dt.datetime,
    description: str = "",
    customer_id: str | None = None,
    contract_id: str | None = None,
    project_id: str | None = None,
    source_key: str | None = None,
) -> Risk:
    return Risk(
        id=str(uuid.uuid4()),
        kind=kind,
        title=title,
        description=description,
        status="identified",
        level=None,
        owner=owner,
        customer_id=customer_id,
        contract_id=contract_id,
        project_id=project_id,
        source_key=source_key,
        created_at=at,
        created_by=created_by,
        updated_at=at,
    )


async def raise_risk(uow: UnitOfWork, risk: Risk, *, cause: str | None = None) -> None:
    uow.session.add(risk)
    # Written now: assessments and responses refer to it, and the ORM only orders inserts it can
    # see through relationships.
    await uow.session.flush()
    record_risk_event(
        uow,
        event="risk_raised",
        kind=risk.kind,
        at=risk.created_at,
        level=risk.level,
        risk_id=risk.id,
        customer_id=risk.customer_id,
        cause=cause,
    )


async def risk_of_source(uow: UnitOfWork, source_key: str) -> Risk | None:
    """The register's risk raised from one recurring source (locked: its events never interleave)."""
    return (
        await uow.session.execute(select(Risk).where(Risk.source_key == source_key).with_for_update())
    ).scalar_one_or_none()


async def reassess_when_worse(
    uow: UnitOfWork,
    risk: Risk,
    *,
    likelihood: int,
    impact: int,
    rationale: str,
    assessed_by: str,
    now: dt.datetime,
    cause: str,
) -> None:
    """A qualitative assessment from a repeated event, only when it is worse than the latest one.

    A replayed or milder repeat changes nothing (so redelivery and reordering are harmless); a worse
    one re-assesses the risk and reopens it when it was closed.
    """
    latest = (
        await uow.session.execute(
            select(Assessment.likelihood, Assessment.impact)
            .where(Assessment.risk_id == risk.id, Assessment.method == "qualitative")
            .order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
            .limit(1)
        )
    ).one_or_none()
    if latest is not None and latest.likelihood >= likelihood and latest.impact >= impact:
        return
    if risk.status == "closed":
        risk.status = RISK_MACHINE.next_state(risk.status, "reopen")
    apply_assessment(
        uow,
        risk,
        Assessment(
            id=str(uuid.uuid4()),
            risk_id=risk.id,
            method="qualitative",
            likelihood=likelihood,
            impact=impact,
            level=current_config().matrix.level(likelihood, impact),
            rationale=rationale,
            assessed_by=assessed_by,
            assessed_at=now,
        ),
        cause=cause,
    )
