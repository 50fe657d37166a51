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
