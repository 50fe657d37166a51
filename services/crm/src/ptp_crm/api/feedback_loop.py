"""Handling client feedback to the end: classify, find the cause, act, reply to the customer,
close (``crm.feedback.closed`` tells other systems the outcome and the reply)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict
from ptp_common.events.schemas.crm import FeedbackClassification, FeedbackClosed
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field

from ptp_crm.api.deps import FeedbackCollector, get_or_404, now
from ptp_crm.db.models import Customer, Feedback
from ptp_crm.domain.feedback_loop import (
    FEEDBACK_MACHINE,
    MISSING_BEFORE_CLOSE,
    minutes_between,
)

router = APIRouter(prefix="/feedback", tags=["feedback"])

ROLES = "Roles customer_service or business_specialist (403 otherwise)."


class Classify(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"classification": "criticism", "category": "delivery"}]})
    classification: FeedbackClassification
    category: str | None = Field(default=None, min_length=1, max_length=100)


class Analyse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"cause": "The installer had no access badge for the second depot"}]})
    cause: str = Field(min_length=1, max_length=20000)


class Act(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"action": "Badges are requested with the installation order"}]})
    action: str = Field(min_length=1, max_length=20000)


class Reply(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"reply": "Thank you: badges now come with every order.", "channel": "email"}]})
    reply: str = Field(min_length=1, max_length=20000)
    channel: str = Field(min_length=1, max_length=20, examples=["email"])


class Step(BaseModel):
    at: dt.datetime
    by: str
    minutes_from_receipt: float


class FeedbackHandling(BaseModel):
    id: str
    customer_id: str
    score: int
    category: str
    comment: str
    project_id: str | None
    survey_id: str | None
    received_at: dt.datetime
    status: str
    allowed_actions: list[str]
    missing_before_close: list[str]
    classification: str | None
    cause: str | None
    action: str | None
    reply: str | None
    reply_channel: str | None
    classified: Step | None
    analysed: Step | None
    acted: Step | None
    replied: Step | None
    closed: Step | None
    version: int


def _step(f: Feedback, at: dt.datetime | None, by: str | None) -> Step | None:
    if at is None or by is None:
        return None
    return Step(at=at, by=by, minutes_from_receipt=minutes_between(f.received_at, at) or 0.0)


def handling_read(f: Feedback) -> FeedbackHandling:
    return FeedbackHandling(
        id=f.id, customer_id=f.customer_id, score=f.score, category=f.category,
        comment=f.comment, project_id=f.project_id, survey_id=f.survey_id,
        received_at=f.received_at, status=f.status,
        allowed_actions=FEEDBACK_MACHINE.allowed(f.status),
        missing_before_close=MISSING_BEFORE_CLOSE[f.status],
        classification=f.classification, cause=f.cause, action=f.action, reply=f.reply,
        reply_channel=f.reply_channel,
        classified=_step(f, f.classified_at, f.classified_by),
        analysed=_step(f, f.cause_at, f.cause_by),
        acted=_step(f, f.action_at, f.action_by),
        replied=_step(f, f.replied_at, f.replied_by),
        closed=_step(f, f.closed_at, f.closed_by),
        version=f.version,
    )


async def _move(uow: UnitOfWork, feedback_id: str, action: str, if_match: str | None) -> Feedback:
    feedback = await get_or_404(uow, Feedback, feedback_id, "feedback")
    check_if_match(if_match, feedback.version)
    if action == "close" and feedback.status != "replied":
        missing = MISSING_BEFORE_CLOSE[feedback.status]
        if missing:
            raise Conflict(f"feedback cannot close without {', '.join(missing)}",
                           missing=missing,
                           allowed_actions=FEEDBACK_MACHINE.allowed(feedback.status))
    feedback.status = FEEDBACK_MACHINE.next_state(feedback.status, action)
    return feedback


async def _finish(uow: UnitOfWork, feedback: Feedback, response: Response) -> FeedbackHandling:
    await uow.session.flush()
    read = handling_read(feedback)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get("/{feedback_id}", response_model=FeedbackHandling,
            summary="One piece of feedback with its handling loop")
async def get_feedback(feedback_id: str, uow: UowDep, _: StaffPrincipal,
                       response: Response) -> FeedbackHandling:
    feedback = await get_or_404(uow, Feedback, feedback_id, "feedback")
    set_etag(response, feedback.version)
    return handling_read(feedback)


@router.post("/{feedback_id}/classify", response_model=FeedbackHandling,
             summary="Classify the feedback (step 1)", description=ROLES)
async def classify_feedback(feedback_id: str, body: Classify, uow: UowDep, runtime: RuntimeDep,
                            principal: FeedbackCollector, response: Response,
                            if_match: IfMatch = None) -> FeedbackHandling:
    feedback = await _move(uow, feedback_id, "classify", if_match)
    feedback.classification = body.classification
    if body.category is not None:
        feedback.category = body.category
    feedback.classified_at, feedback.classified_by = now(runtime), principal.actor
    return await _finish(uow, feedback, response)


@router.post("/{feedback_id}/analyse", response_model=FeedbackHandling,
             summary="Record the cause found (step 2)", description=ROLES)
async def analyse_feedback(feedback_id: str, body: Analyse, uow: UowDep, runtime: RuntimeDep,
                           principal: FeedbackCollector, response: Response,
                           if_match: IfMatch = None) -> FeedbackHandling:
    feedback = await _move(uow, feedback_id, "analyse", if_match)
    feedback.cause, feedback.cause_at, feedback.cause_by = body.cause, now(runtime), principal.actor
    return await _finish(uow, feedback, response)


@router.post("/{feedback_id}/act", response_model=FeedbackHandling,
             summary="Record the action taken (step 3)", description=ROLES)
async def act_on_feedback(feedback_id: str, body: Act, uow: UowDep, runtime: RuntimeDep,
                          principal: FeedbackCollector, response: Response,
                          if_match: IfMatch = None) -> FeedbackHandling:
    feedback = await _move(uow, feedback_id, "act", if_match)
    feedback.action, feedback.action_at = body.action, now(runtime)
    feedback.action_by = principal.actor
    return await _finish(uow, feedback, response)


@router.post("/{feedback_id}/reply", response_model=FeedbackHandling,
             summary="Record the reply given to the customer (step 4)", description=ROLES)
async def reply_to_feedback(feedback_id: str, body: Reply, uow: UowDep, runtime: RuntimeDep,
                            principal: FeedbackCollector, response: Response,
                            if_match: IfMatch = None) -> FeedbackHandling:
    feedback = await _move(uow, feedback_id, "reply", if_match)
    feedback.reply, feedback.reply_channel = body.reply, body.channel
    feedback.replied_at, feedback.replied_by = now(runtime), principal.actor
    return await _finish(uow, feedback, response)


@router.post("/{feedback_id}/close", response_model=FeedbackHandling,
             summary="Close the loop: crm.feedback.closed tells the outcome and the reply",
             description=ROLES + " 409 (naming `missing`) without classification, cause, "
                                 "action and reply.")
async def close_feedback(feedback_id: str, uow: UowDep, runtime: RuntimeDep,
                         principal: FeedbackCollector, response: Response,
                         if_match: IfMatch = None) -> Any:
    feedback = await _move(uow, feedback_id, "close", if_match)
    at = now(runtime)
    feedback.closed_at, feedback.closed_by = at, principal.actor
    customer = await uow.session.get(Customer, feedback.customer_id)

    def minutes(when: dt.datetime | None) -> float:
        return minutes_between(feedback.received_at, when) or 0.0

    assert feedback.classification and feedback.cause and feedback.action and feedback.reply
    uow.emit(FeedbackClosed(
        feedback_id=feedback.id, customer_id=feedback.customer_id, score=feedback.score,
        category=feedback.category, classification=feedback.classification,  # type: ignore[arg-type]
        cause=feedback.cause, action=feedback.action, reply=feedback.reply,
        reply_channel=feedback.reply_channel or "", received_at=feedback.received_at,
        closed_at=at, minutes_to_classify=minutes(feedback.classified_at),
        minutes_to_cause=minutes(feedback.cause_at), minutes_to_action=minutes(feedback.action_at),
        minutes_to_reply=minutes(feedback.replied_at), project_id=feedback.project_id,
        owner=customer.owner if customer else None,
    ), subject=feedback.id, actor=principal.actor)
    return await _finish(uow, feedback, response)
