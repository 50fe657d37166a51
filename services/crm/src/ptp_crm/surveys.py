"""Satisfaction surveys: opening one after a complaint's resolution, and the answer event."""

from __future__ import annotations

import datetime as dt
import uuid

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.crm import SurveyAnswered

from ptp_crm.db.models import Complaint, Feedback, Survey


def open_complaint_survey(
    uow: UnitOfWork, complaint: Complaint, at: dt.datetime, *, cause_event_id: str
) -> Survey:
    survey = Survey(
        id=str(uuid.uuid4()),
        kind="complaint_resolution",
        customer_id=complaint.customer_id,
        project_id=None,
        complaint_id=complaint.id,
        contract_id=None,
        status="open",
        opened_at=at,
        cause_event_id=cause_event_id,
        created_at=at,
    )
    uow.session.add(survey)
    return survey


def emit_survey_answered(
    uow: UnitOfWork, survey: Survey, feedback: Feedback, *, actor: str, owner: str | None
) -> None:
    uow.emit(
        SurveyAnswered(
            survey_id=survey.id,
            kind=survey.kind,  # type: ignore[arg-type]
            customer_id=survey.customer_id,
            score=feedback.score,
            comment=feedback.comment,
            answered_at=feedback.created_at,
            feedback_id=feedback.id,
            project_id=survey.project_id,
            complaint_id=survey.complaint_id,
            owner=owner,
        ),
        subject=survey.id,
        actor=actor,
    )
