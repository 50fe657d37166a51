"""Recording client feedback and publishing crm.feedback.received (direct or as a survey answer)."""

from __future__ import annotations

import datetime as dt
import uuid

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.crm import FeedbackReceived

from ptp_crm.db.models import Feedback


async def record_feedback(
    uow: UnitOfWork,
    *,
    customer_id: str,
    score: int,
    category: str,
    comment: str,
    actor: str,
    at: dt.datetime,
    received_at: dt.datetime | None = None,
    project_id: str | None = None,
    survey_id: str | None = None,
    owner: str | None = None,
) -> Feedback:
    feedback = Feedback(
        id=str(uuid.uuid4()),
        customer_id=customer_id,
        score=score,
        category=category,
        comment=comment,
        project_id=project_id,
        survey_id=survey_id,
        received_at=received_at or at,
        created_at=at,
        created_by=actor,
        status="received",
    )
    uow.session.add(feedback)
    await uow.session.flush()
    uow.emit(
        FeedbackReceived(
            feedback_id=feedback.id,
            customer_id=customer_id,
            score=score,
            category=category,
            project_id=project_id,
            owner=owner,
        ),
        subject=feedback.id,
        actor=actor,
    )
    return feedback
