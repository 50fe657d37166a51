"""Project delays become operational risks in the register, assessed on the matrix.

One risk per delayed milestone (or per project when no milestone is named);
a later, larger delay re-assesses it (and reopens it if it was closed); a
smaller or repeated one changes nothing, so replays and reordering are harmless.
"""

from __future__ import annotations

import datetime as dt

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import projects

from ptp_risk.domain.delays import LIKELIHOOD_OF_SLIPPING_FURTHER, impact_of_delay
from ptp_risk.usecases.credit_register import SERVICE_ACTOR
from ptp_risk.usecases.register_levels import new_risk, raise_risk, reassess_when_worse, risk_of_source


async def on_project_delayed(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, projects.ProjectDelayed)
    source_key = f"project.delayed:{data.project_id}:{data.milestone_id or '-'}"
    risk = await risk_of_source(uow, source_key)
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
    await reassess_when_worse(
        uow,
        risk,
        likelihood=LIKELIHOOD_OF_SLIPPING_FURTHER,
        impact=impact,
        rationale=f"{data.days_late} days late: {data.reason}",
        assessed_by=SERVICE_ACTOR,
        now=now,
        cause=env.id,
    )
