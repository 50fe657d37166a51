"""Project delays become operational risks in the register, assessed on the matrix.

One risk per delayed milestone (or per project when no milestone is named);
a later, larger delay re-assesses it (and reopens it if it was closed); a
smaller or repeated one changes nothing, so replays and reordering are harmless.
"""

from __future__ import annotations

import datetime as dt
import uuid

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import projects
from sqlalchemy import select

from ptp_risk.config import current_config
from ptp_risk.db.models import Assessment, Risk
from ptp_risk.domain.delays import LIKELIHOOD_OF_SLIPPING_FURTHER, impact_of_delay
from ptp_risk.usecases.credit_register import SERVICE_ACTOR
from ptp_risk.usecases.register_levels import apply_assessment, new_risk, raise_risk


async def on_project_delayed(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, projects.ProjectDelayed)
    source_key = f"project.delayed:{data.project_id}:{data.milestone_id or '-'}"
    risk = (
        await uow.session.execute(select(Risk).where(Risk.source_key == source_key).with_for_update())
    ).scalar_one_or_none()
    now = dt.datetime.now(dt.UTC)
    impact = impact_of_delay(data.days_late)
    if risk is None:
        risk = new_risk(
            kind="operational",
            title=f"Project {data.project_id} delayed"
            + (f" (milestone {data.milestone_id})" if data.milestone_id else ""),
            description=data.reason,
            owner=env.actor or SERVICE_ACTOR,
            created_by=SERVICE_ACTOR,
            at=now,
            customer_id=data.customer_id,
            contract_id=data.contract_id,
            project_id=data.project_id,
            source_key=source_key,
        )
        await raise_risk(uow, risk, cause=env.id)
    else:
        latest = (
            await uow.session.execute(
                select(Assessment.impact)
                .where(Assessment.risk_id == risk.id, Assessment.method == "qualitative")
                .order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        if latest is not None and latest >= impact:
            return
        if risk.status == "closed":
            risk.status = "identified"  # the delay came back worse
    apply_assessment(
        uow,
        risk,
        Assessment(
            id=str(uuid.uuid4()),
            risk_id=risk.id,
            method="qualitative",
            likelihood=LIKELIHOOD_OF_SLIPPING_FURTHER,
            impact=impact,
            level=current_config().matrix.level(LIKELIHOOD_OF_SLIPPING_FURTHER, impact),
            rationale=f"{data.days_late} days late: {data.reason}",
            assessed_by=SERVICE_ACTOR,
            assessed_at=now,
        ),
        cause=env.id,
    )
