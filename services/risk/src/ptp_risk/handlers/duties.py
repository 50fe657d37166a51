"""A recurring duty missed again and again is an operational risk (kpi.duty.missed).

From the second period missed in a row (``consecutive_misses`` >= 2) the duty is a risk in the
register, one per duty and subject, owned by the duty's owner: likelihood grows with the misses in
a row (2 + misses, at most 5), impact 2 (a control that does not run) - medium on the matrix. A
longer run re-assesses it (and reopens it when it was closed); a shorter or repeated one changes
nothing, so replays are harmless.
"""

from __future__ import annotations

import datetime as dt

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import kpi

from ptp_risk.usecases.credit_register import SERVICE_ACTOR
from ptp_risk.usecases.register_levels import new_risk, raise_risk, reassess_when_worse, risk_of_source

REPEATS = 2
IMPACT_OF_A_SKIPPED_CONTROL = 2

LABELS = {
    "market_research": "market research",
    "progress_report": "progress report",
    "internal_audit": "internal audit",
    "self_check": "self-check",
    "risk_review": "risk review",
}


def likelihood_of(misses: int) -> int:
    return min(5, 2 + misses)


async def on_duty_missed(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, kpi.DutyMissed)
    if data.consecutive_misses < REPEATS:
        return
    source_key = f"duty.missed:{data.kind}:{data.subject_id}"
    risk = await risk_of_source(uow, source_key)
    now = dt.datetime.now(dt.UTC)
    likelihood = likelihood_of(data.consecutive_misses)
    if risk is None:
        risk = new_risk(
            kind="operational",
            title=f"{LABELS.get(data.kind, data.kind).capitalize()} missed "
            f"{data.consecutive_misses} periods in a row: {data.subject_label or data.subject_id}",
            description=f"Recurring duty {data.kind} for {data.subject_id} not done by "
            f"{data.due_at.isoformat()} (period {data.period})",
            owner=data.owner or SERVICE_ACTOR,
            created_by=SERVICE_ACTOR,
            at=now,
            source_key=source_key,
            project_id=data.subject_id if data.kind == "progress_report" else None,
        )
        await raise_risk(uow, risk, cause=env.id)
    await reassess_when_worse(
        uow,
        risk,
        likelihood=likelihood,
        impact=IMPACT_OF_A_SKIPPED_CONTROL,
        rationale=f"{data.consecutive_misses} periods missed in a row (latest {data.period})",
        assessed_by=SERVICE_ACTOR,
        now=now,
        cause=env.id,
    )
