"""Client feedback (opinions with a 1-5 satisfaction score) and satisfaction surveys after a project's
acceptance or a complaint's resolution (their answers: crm.feedback.received and crm.survey.answered)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Response
from ptp_common.auth import CustomerPrincipal, StaffPrincipal, check_customer_record, customer_scope
from ptp_common.errors import Unprocessable
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import FeedbackCollector, get_or_404, get_referenced, now
from ptp_crm.db.models import Customer, Feedback, Survey
from ptp_crm.domain.surveys import SURVEY_MACHINE
from ptp_crm.feedback_records import record_feedback
from ptp_crm.surveys import emit_survey_answered

router = APIRouter(tags=["feedback"])

Score = Annotated[int, Field(ge=1, le=5, description="Satisfaction, 1 (poor) to 5 (excellent)")]


class FeedbackCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "customer_id": "6f1c6a52-1d5e-4f4e-9c39-0d7f2d3c9a10",
                    "score": 4,
                    "category": "service",
                    "comment": "Quick answers from the support desk.",
                }
            ]
        }
    )

    customer_id: str
    score: Score
    category: str = Field(default="general", min_length=1, max_length=100)
    comment: str = Field(default="", max_length=20000)
    project_id: str | None = Field(default=None, max_length=64)
    received_at: AwareDatetime | None = None


class SurveyAnswer(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"score": 5, "comment": "Delivered as promised."}]}
    )

    score: Score
    comment: str = Field(default="", max_length=20000)


class FeedbackRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    customer_id: str
    score: int
    category: str
    comment: str
    project_id: str | None
    survey_id: str | None
    received_at: dt.datetime
    created_at: dt.datetime
    created_by: str
    status: str = Field(description="Where its handling loop is: received .. closed (GET /feedback/{id})")


class SurveyRead(BaseModel):
    id: str
    kind: Literal["acceptance", "complaint_resolution"] = Field(
        description="After a project's acceptance, or after a complaint's resolution"
    )
    customer_id: str
    project_id: str | None
    complaint_id: str | None
    contract_id: str | None
    status: str
    allowed_actions: list[str]
    opened_at: dt.datetime
    feedback_id: str | None
    answered_at: dt.datetime | None
    version: int


def survey_read(s: Survey) -> SurveyRead:
    return SurveyRead(
        id=s.id,
        kind=s.kind,  # type: ignore[arg-type]
        customer_id=s.customer_id,
        project_id=s.project_id,
        complaint_id=s.complaint_id,
        contract_id=s.contract_id,
        status=s.status,
        allowed_actions=SURVEY_MACHINE.allowed(s.status),
        opened_at=s.opened_at,
        feedback_id=s.feedback_id,
        answered_at=s.answered_at,
        version=s.version,
    )


@router.post("/feedback", status_code=201, response_model=FeedbackRead, summary="Record client feedback")
async def create_feedback(
    body: FeedbackCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: FeedbackCollector,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    idem = Idempotency(uow, idempotency_key, principal.actor, "POST /feedback", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    at = now(runtime)
    if body.received_at is not None and body.received_at > at:
        raise Unprocessable("received_at lies in the future", field="body.received_at")
    customer = await get_referenced(uow, Customer, body.customer_id, "body.customer_id")
    feedback = await record_feedback(
        uow,
        customer_id=customer.id,
        score=body.score,
        category=body.category,
        comment=body.comment,
        actor=principal.actor,
        at=at,
        received_at=body.received_at,
        project_id=body.project_id,
        owner=customer.owner,
    )
    return await idem.created(FeedbackRead.model_validate(feedback))


@router.get("/feedback", response_model=Page[FeedbackRead], summary="List feedback")
async def list_feedback(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    customer_id: str | None = None,
    category: str | None = None,
    status: str | None = None,
) -> Page[FeedbackRead]:
    stmt = select(Feedback)
    for column, value in (
        (Feedback.customer_id, customer_id),
        (Feedback.category, category),
        (Feedback.status, status),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Feedback.created_at, Feedback.id], params)
    return Page[FeedbackRead](items=[FeedbackRead.model_validate(f) for f in items], next_cursor=cursor)


@router.get(
    "/surveys",
    response_model=Page[SurveyRead],
    summary="Satisfaction surveys (opened when a project is accepted or a complaint resolved)",
)
async def list_surveys(
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
    customer_id: str | None = None,
    status: Literal["open", "answered"] | None = None,
    project_id: str | None = None,
    kind: Literal["acceptance", "complaint_resolution"] | None = None,
    complaint_id: str | None = None,
) -> Page[SurveyRead]:
    stmt = select(Survey)
    if (own := customer_scope(principal)) is not None:
        stmt = stmt.where(Survey.customer_id == own)
    for column, value in (
        (Survey.customer_id, customer_id),
        (Survey.status, status),
        (Survey.project_id, project_id),
        (Survey.kind, kind),
        (Survey.complaint_id, complaint_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Survey.created_at, Survey.id], params)
    return Page[SurveyRead](items=[survey_read(s) for s in items], next_cursor=cursor)


@router.get("/surveys/{survey_id}", response_model=SurveyRead, summary="Read a survey")
async def get_survey(
    survey_id: str, uow: UowDep, principal: CustomerPrincipal, response: Response
) -> SurveyRead:
    survey = await get_or_404(uow, Survey, survey_id, "survey")
    check_customer_record(principal, survey.customer_id, f"no survey {survey_id}")
    set_etag(response, survey.version)
    return survey_read(survey)


@router.post(
    "/surveys/{survey_id}/answer", response_model=SurveyRead, summary="Record the client's survey answer"
)
async def answer_survey(
    survey_id: str,
    body: SurveyAnswer,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: FeedbackCollector,
    response: Response,
    if_match: IfMatch = None,
) -> SurveyRead:
    survey = await get_or_404(uow, Survey, survey_id, "survey")
    check_if_match(if_match, survey.version)
    survey.status = SURVEY_MACHINE.next_state(survey.status, "answer")
    at = now(runtime)
    customer = await uow.session.get(Customer, survey.customer_id)
    feedback = await record_feedback(
        uow,
        customer_id=survey.customer_id,
        score=body.score,
        category=(
            "project_acceptance_survey" if survey.kind == "acceptance" else "complaint_resolution_survey"
        ),
        comment=body.comment,
        actor=principal.actor,
        at=at,
        project_id=survey.project_id,
        survey_id=survey.id,
        owner=customer.owner if customer else None,
    )
    survey.feedback_id, survey.answered_at = feedback.id, at
    owner = customer.owner if customer else None
    emit_survey_answered(uow, survey, feedback, actor=principal.actor, owner=owner)
    await uow.session.flush()
    read = survey_read(survey)
    await uow.commit()
    set_etag(response, read.version)
    return read
