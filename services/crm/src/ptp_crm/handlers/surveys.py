"""projects.project.accepted -> a satisfaction survey for that customer (one per project)."""

from __future__ import annotations

import datetime as dt
import uuid

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.projects import ProjectAccepted
from sqlalchemy import select

from ptp_crm.db.models import Survey


async def open_satisfaction_survey(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, ProjectAccepted)
    existing = (
        await uow.session.execute(select(Survey.id).where(Survey.project_id == data.project_id))
    ).scalar_one_or_none()
    if existing is not None:
        return  # the same acceptance re-sent (or re-published): one survey per project
    now = dt.datetime.now(dt.UTC)
    uow.session.add(
        Survey(
            id=str(uuid.uuid4()),
            kind="acceptance",
            customer_id=data.customer_id,
            project_id=data.project_id,
            contract_id=data.contract_id,
            status="open",
            opened_at=data.accepted_at.astimezone(dt.UTC),
            cause_event_id=env.id,
            created_at=now,
        )
    )
