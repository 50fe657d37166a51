"""Tables of the crm service (its own database; outbox/inbox come with the base)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ptp_common.db import service_metadata
from ptp_common.db.base import Money, UTCDateTime
from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


class Base(DeclarativeBase):
    metadata = service_metadata()


class Versioned:
    """Optimistic locking: every write bumps ``version`` (the ETag)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Customer(Versioned, Base):
    __tablename__ = "customers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Duplicate detection keys; unique so a race cannot slip a twin in.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    registration_number: Mapped[str | None] = mapped_column(String(64))
    registration_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    industry: Mapped[str | None] = mapped_column(String(100), index=True)
    region: Mapped[str | None] = mapped_column(String(100), index=True)
    size: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    channel: Mapped[str | None] = mapped_column(String(20))
    lead_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))


class CustomerRiskFlag(Base):
    """Credit risk as the risk service last reported it (no FK: events may precede the customer)."""

    __tablename__ = "customer_risk_flags"

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rating: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(10))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(String(64))
    event_time: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Lead(Versioned, Base):
    __tablename__ = "leads"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    company_name: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(320))
    contact_phone: Mapped[str | None] = mapped_column(String(50))
    channel: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    first_contact_notes: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), index=True)
    customer_id: Mapped[str | None] = mapped_column(String(36))
    opportunity_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Opportunity(Versioned, Base):
    __tablename__ = "opportunities"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    lead_id: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(20), index=True)
    expected_revenue: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    probability: Mapped[int] = mapped_column(Integer)
    lost_reason: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class NeedsMeeting(Base):
    __tablename__ = "needs_meetings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    held_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    attendees: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    pain_points: Mapped[list[str]] = mapped_column(JSON)
    goals: Mapped[list[str]] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))


class ResearchReport(Base):
    __tablename__ = "research_reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str] = mapped_column(String(100), index=True)
    opportunity_id: Mapped[str | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    trends: Mapped[str] = mapped_column(Text)
    competitors: Mapped[str] = mapped_column(Text)
    needs_changes: Mapped[str] = mapped_column(Text)
    conclusion: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))


class InitiationRequest(Versioned, Base):
    __tablename__ = "initiation_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    background: Mapped[str] = mapped_column(Text)
    target_customer: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    expected_revenue: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20), index=True)
    submitted_by: Mapped[str] = mapped_column(String(200))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decision_comment: Mapped[str | None] = mapped_column(Text)
    # The market research the request rests on (docs/domain.md section 1): at least one report.
    research_report_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class InitiationEvaluation(Base):
    __tablename__ = "initiation_evaluations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    initiation_id: Mapped[str] = mapped_column(ForeignKey("initiation_requests.id"), index=True)
    department: Mapped[str] = mapped_column(String(100))
    recommendation: Mapped[str] = mapped_column(String(20))
    opinion: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Solution(Versioned, Base):
    __tablename__ = "solutions"
    __table_args__ = (Index("ix_solutions_opportunity_number", "opportunity_id", "number", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    # The business version of the proposal (1, 2, ...), not the row's lock version.
    number: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text)
    advantages: Mapped[str] = mapped_column(Text)
    implementation_steps: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    expected_effect: Mapped[str] = mapped_column(Text)
    price_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20), index=True)
    authors: Mapped[list[str]] = mapped_column(JSON)
    # Authenticated tech_support users who wrote or edited it: a solution is written with tech support.
    tech_contributors: Mapped[list[str]] = mapped_column(JSON, default=list)
    presented_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    presented_by: Mapped[str | None] = mapped_column(String(200))
    client_questions: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Complaint(Versioned, Base):
    __tablename__ = "complaints"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    category: Mapped[str] = mapped_column(String(100), index=True)
    severity: Mapped[str] = mapped_column(String(10), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    response_deadline: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    responded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    responded_by: Mapped[str | None] = mapped_column(String(200))
    first_response: Mapped[str | None] = mapped_column(Text)
    response_minutes: Mapped[float | None] = mapped_column(Float)
    within_deadline: Mapped[bool | None] = mapped_column(Boolean)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    cause: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)
    result_communicated_via: Mapped[str | None] = mapped_column(String(20))
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))


class Feedback(Versioned, Base):
    """A piece of client feedback and its handling loop: classified, cause, action, reply, closed
    (each step timed and signed; see api/feedback_loop.py)."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    score: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(100))
    comment: Mapped[str] = mapped_column(Text)
    project_id: Mapped[str | None] = mapped_column(String(64))
    survey_id: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), index=True, server_default="received")
    classification: Mapped[str | None] = mapped_column(String(30))
    classified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    classified_by: Mapped[str | None] = mapped_column(String(200))
    cause: Mapped[str | None] = mapped_column(Text)
    cause_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cause_by: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str | None] = mapped_column(Text)
    action_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    action_by: Mapped[str | None] = mapped_column(String(200))
    reply: Mapped[str | None] = mapped_column(Text)
    reply_channel: Mapped[str | None] = mapped_column(String(20))
    replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    replied_by: Mapped[str | None] = mapped_column(String(200))
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(200))


class Survey(Versioned, Base):
    """A satisfaction survey: one per accepted project, one per resolved complaint."""

    __tablename__ = "surveys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    # acceptance: after a project's acceptance (project_id); complaint_resolution: after a
    # complaint was resolved (complaint_id).
    kind: Mapped[str] = mapped_column(String(30), server_default="acceptance")
    project_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    complaint_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    contract_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), index=True)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cause_event_id: Mapped[str] = mapped_column(String(64))
    feedback_id: Mapped[str | None] = mapped_column(String(36))
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Inquiry(Versioned, Base):
    """A customer's inquiry taken by customer_service: first-response and resolution times."""

    __tablename__ = "inquiries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    topic: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    taken_by: Mapped[str] = mapped_column(String(200), index=True)
    responded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    responded_by: Mapped[str | None] = mapped_column(String(200))
    first_response: Mapped[str | None] = mapped_column(Text)
    response_minutes: Mapped[float | None] = mapped_column(Float)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolution: Mapped[str | None] = mapped_column(Text)
    resolution_minutes: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ServiceSession(Base):
    """Technical consulting or a training session tech_support gave a customer."""

    __tablename__ = "service_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text)
    given_by: Mapped[str] = mapped_column(String(200), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    attendees: Mapped[int] = mapped_column(Integer)
    project_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
