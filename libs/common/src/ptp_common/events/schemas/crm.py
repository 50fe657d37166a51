"""Events published by the crm service."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from ptp_common.events.registry import EventData, event
from ptp_common.events.schemas.common import MoneyAmount

LeadChannel = Literal["phone", "online", "trade_show", "referral", "other"]


@event("crm.customer.registered")
class CustomerRegistered(EventData):
    """A new customer (client company) entered the suite."""

    customer_id: str
    name: str
    registration_number: str | None = None
    industry: str | None = None
    region: str | None = None
    size: str | None = None
    owner: str | None = Field(default=None, description="Owning business specialist")
    channel: LeadChannel | None = Field(default=None, description="Channel of the lead it came from")


@event("crm.customer.updated")
class CustomerUpdated(EventData):
    """Customer master data changed."""

    customer_id: str
    changes: dict[str, object]


@event("crm.lead.converted")
class LeadConverted(EventData):
    """A lead became a customer and an opportunity."""

    lead_id: str
    customer_id: str
    opportunity_id: str
    channel: LeadChannel
    owner: str | None = None


@event("crm.initiation.approved")
class InitiationApproved(EventData):
    """A project manager approved a business initiation request: the business is initiated."""

    initiation_id: str
    opportunity_id: str
    customer_id: str
    expected_revenue: MoneyAmount
    approved_by: str


@event("crm.initiation.rejected")
class InitiationRejected(EventData):
    """A business initiation request was rejected."""

    initiation_id: str
    opportunity_id: str
    customer_id: str
    rejected_by: str
    reason: str


class SolutionStep(BaseModel):
    name: str
    description: str = ""
    duration_days: int | None = None


@event("crm.solution.accepted")
class SolutionAccepted(EventData):
    """The client accepted a solution; contracts drafts a contract from it."""

    solution_id: str
    version: int
    opportunity_id: str
    customer_id: str
    customer_name: str
    owner: str = Field(description="Business specialist who owns the deal")
    title: str
    scope: str
    advantages: str = ""
    expected_effect: str = ""
    implementation_steps: list[SolutionStep] = []
    price_estimate: MoneyAmount


class ComplaintFacts(EventData):
    complaint_id: str
    customer_id: str
    category: str
    severity: Literal["low", "medium", "high", "critical"]
    channel: str
    received_at: dt.datetime
    response_deadline: dt.datetime


@event("crm.complaint.opened")
class ComplaintOpened(ComplaintFacts):
    """A client complaint was received."""


@event("crm.complaint.responded")
class ComplaintResponded(ComplaintFacts):
    """First response given to a complaint."""

    responded_at: dt.datetime
    response_minutes: float
    within_deadline: bool


@event("crm.complaint.resolved")
class ComplaintResolved(ComplaintFacts):
    """A complaint was resolved and the result communicated to the client."""

    resolved_at: dt.datetime
    resolution: str
    satisfaction: int | None = Field(default=None, ge=1, le=5)


@event("crm.feedback.received")
class FeedbackReceived(EventData):
    """Client feedback (opinion, survey answer) with a satisfaction score 1-5."""

    feedback_id: str
    customer_id: str
    score: int = Field(ge=1, le=5)
    category: str = "general"
    project_id: str | None = None
    owner: str | None = None


FeedbackClassification = Literal["praise", "suggestion", "criticism", "question", "other"]


@event("crm.feedback.closed")
class FeedbackClosed(EventData):
    """A piece of feedback went round its loop: classified, cause found, acted on, and the
    customer told the outcome (``reply``). Minutes are counted from its receipt."""

    feedback_id: str
    customer_id: str
    score: int = Field(ge=1, le=5)
    category: str
    classification: FeedbackClassification
    cause: str
    action: str
    reply: str
    reply_channel: str
    received_at: dt.datetime
    closed_at: dt.datetime
    minutes_to_classify: float
    minutes_to_cause: float
    minutes_to_action: float
    minutes_to_reply: float
    project_id: str | None = None
    owner: str | None = None


@event("crm.survey.answered")
class SurveyAnswered(EventData):
    """A customer answered a satisfaction survey: after a project's acceptance (``acceptance``)
    or after their complaint was resolved (``complaint_resolution``)."""

    survey_id: str
    kind: Literal["acceptance", "complaint_resolution"]
    customer_id: str
    score: int = Field(ge=1, le=5)
    comment: str = ""
    answered_at: dt.datetime
    feedback_id: str
    project_id: str | None = None
    complaint_id: str | None = None
    owner: str | None = None


@event("crm.research.filed")
class ResearchFiled(EventData):
    """A business specialist filed a market research report (a recurring duty kpi watches)."""

    report_id: str
    title: str
    industry: str
    filed_by: str
    filed_at: dt.datetime
    opportunity_id: str | None = None


InquiryChannel = Literal["phone", "email", "online", "in_person", "letter", "other"]


class InquiryFacts(EventData):
    inquiry_id: str
    customer_id: str
    topic: str
    channel: InquiryChannel
    received_at: dt.datetime
    taken_by: str


@event("crm.inquiry.opened")
class InquiryOpened(InquiryFacts):
    """customer_service took a customer's inquiry."""


@event("crm.inquiry.responded")
class InquiryResponded(InquiryFacts):
    """First response to an inquiry: the service response time."""

    responded_at: dt.datetime
    responded_by: str
    response_minutes: float


@event("crm.inquiry.resolved")
class InquiryResolved(InquiryFacts):
    """An inquiry was answered in full."""

    resolved_at: dt.datetime
    resolved_by: str
    resolution_minutes: float


@event("crm.service_session.recorded")
class ServiceSessionRecorded(EventData):
    """tech_support gave a customer technical consulting or a training session."""

    session_id: str
    customer_id: str
    kind: Literal["consulting", "training"]
    topic: str
    given_by: str
    started_at: dt.datetime
    duration_minutes: int
    attendees: int = 0
    project_id: str | None = None
