"""Recording an assessment on a register risk: its level follows, and a level change is an event."""

from __future__ import annotations

import datetime as dt
import uuid

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.risk import RiskLevelChanged

from ptp_risk.db.models import Assessment, Risk, RiskEvent


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
    """Add ``assessment``; the newest assessment sets the risk's level (either method)."""
    uow.session.add(assessment)
    previous = risk.level
    risk.updated_at = assessment.assessed_at
    if previous == assessment.level:
        return
    risk.level = assessment.level
    uow.emit(
        RiskLevelChanged(
            risk_id=risk.id,
            kind=risk.kind,
            previous_level=previous,
            level=assessment.level,  # type: ignore[arg-type]
            customer_id=risk.customer_id,
            contract_id=risk.contract_id,
            project_id=risk.project_id,
        ),
        subject=risk.id,
        actor=assessment.assessed_by,
    )
    record_risk_event(
        uow,
        event="level_changed",
        kind=risk.kind,
        at=assessment.assessed_at,
        level=assessment.level,
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
