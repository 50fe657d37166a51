"""Tables of the risk service (its own database; outbox/inbox come with the base).

Two groups: credit facts and profiles (written only by event handlers), and the
risk register (written through REST, plus risks raised from events).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ptp_common.db import service_metadata
from ptp_common.db.base import ExactDecimal, Money, UTCDateTime
from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = service_metadata()


SCORE = ExactDecimal(5, 2)  # a 0-100 score
RATIO = ExactDecimal(7, 4)  # a ratio or probability 0..1
MEASURE = ExactDecimal(20, 6)  # an indicator value in any unit


ID = String(36)
REF = String(100)  # ids issued by other services


# -- credit facts (one row per thing observed; merged so replays and reordering converge) ------
class ContractFact(Base):
    __tablename__ = "credit_contract_facts"
    contract_id: Mapped[str] = mapped_column(REF, primary_key=True)
    customer_id: Mapped[str] = mapped_column(REF, index=True)
    # None while only the contract's end was seen: completed/terminated events carry no money.
    currency: Mapped[str | None] = mapped_column(String(3))
    total: Mapped[Decimal | None] = mapped_column(Money)
    outstanding: Mapped[Decimal | None] = mapped_column(Money)
    last_payment_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    end_status: Mapped[str | None] = mapped_column(String(20))  # completed | terminated


class InstallmentFact(Base):
    __tablename__ = "credit_installment_facts"
    installment_id: Mapped[str] = mapped_column(REF, primary_key=True)
    customer_id: Mapped[str] = mapped_column(REF, index=True)
    contract_id: Mapped[str] = mapped_column(REF)
    currency: Mapped[str] = mapped_column(String(3))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    lowest_outstanding: Mapped[Decimal | None] = mapped_column(Money)
    most_days_overdue: Mapped[int] = mapped_column(Integer, default=0)
    last_notice_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_payment_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class PaymentFact(Base):
    __tablename__ = "credit_payment_facts"
    payment_id: Mapped[str] = mapped_column(REF, primary_key=True)
    customer_id: Mapped[str] = mapped_column(REF, index=True)
    installment_id: Mapped[str] = mapped_column(REF)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    days_late: Mapped[int] = mapped_column(Integer)


class ComplaintFact(Base):
    __tablename__ = "credit_complaint_facts"
    complaint_id: Mapped[str] = mapped_column(REF, primary_key=True)
    customer_id: Mapped[str] = mapped_column(REF, index=True)
    severity: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


# -- credit profiles and their history ---------------------------------------------------------
class CreditProfile(Base):
    __tablename__ = "credit_profiles"
    customer_id: Mapped[str] = mapped_column(REF, primary_key=True)
    score: Mapped[Decimal] = mapped_column(SCORE)
    rating: Mapped[str] = mapped_column(String(2))
    level: Mapped[str] = mapped_column(String(10), index=True)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    reasons: Mapped[list[str]] = mapped_column(JSON)
    last_cause_event_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class CreditProfileChange(Base):
    __tablename__ = "credit_profile_changes"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    customer_id: Mapped[str] = mapped_column(REF)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cause_event_id: Mapped[str] = mapped_column(ID)
    cause_event_type: Mapped[str] = mapped_column(String(200))
    previous_score: Mapped[Decimal | None] = mapped_column(SCORE)
    score: Mapped[Decimal] = mapped_column(SCORE)
    previous_rating: Mapped[str | None] = mapped_column(String(2))
    rating: Mapped[str] = mapped_column(String(2))
    previous_level: Mapped[str | None] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (Index("ix_credit_profile_changes_customer", "customer_id", "changed_at", "id"),)


# -- the risk register ---------------------------------------------------------------------------
class Risk(Base):
    __tablename__ = "risks"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    # The level follows one rule over the inputs below (ptp_risk.domain.combined_level).
    level: Mapped[str | None] = mapped_column(String(10))
    qualitative_level: Mapped[str | None] = mapped_column(String(10))  # latest qualitative assessment
    quantitative_level: Mapped[str | None] = mapped_column(String(10))  # latest quantitative assessment
    indicator_level: Mapped[str | None] = mapped_column(String(10))  # worst indicator breach, if any
    override_level: Mapped[str | None] = mapped_column(String(10))  # a manager's override in force
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[str | None] = mapped_column(String(200))
    override_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    owner: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[str | None] = mapped_column(REF, index=True)
    contract_id: Mapped[str | None] = mapped_column(REF, index=True)
    project_id: Mapped[str | None] = mapped_column(REF, index=True)
    source_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Assessment(Base):
    __tablename__ = "risk_assessments"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    risk_id: Mapped[str] = mapped_column(ForeignKey("risks.id"))
    method: Mapped[str] = mapped_column(String(20))  # qualitative | quantitative | override
    likelihood: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[int | None] = mapped_column(Integer)
    exposure: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    probability: Mapped[Decimal | None] = mapped_column(RATIO)
    expected_loss: Mapped[Decimal | None] = mapped_column(Money)
    level: Mapped[str] = mapped_column(String(10))
    rationale: Mapped[str] = mapped_column(Text, default="")
    assessed_by: Mapped[str] = mapped_column(String(200))
    assessed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_risk_assessments_risk", "risk_id", "assessed_at", "id"),)


class Indicator(Base):
    __tablename__ = "risk_indicators"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    risk_id: Mapped[str] = mapped_column(ForeignKey("risks.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(50))
    higher_is_worse: Mapped[bool] = mapped_column(Boolean)
    # False only for the credit risk's own overdue-rate series: the rating already counts that rate.
    raises_level: Mapped[bool] = mapped_column(Boolean, default=True)
    medium_threshold: Mapped[Decimal] = mapped_column(MEASURE)
    high_threshold: Mapped[Decimal] = mapped_column(MEASURE)
    latest_value: Mapped[Decimal | None] = mapped_column(MEASURE)
    latest_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Observation(Base):
    __tablename__ = "indicator_observations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("risk_indicators.id"))
    observed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    value: Mapped[Decimal] = mapped_column(MEASURE)
    recorded_by: Mapped[str] = mapped_column(String(200))
    __table_args__ = (Index("ix_indicator_observations_series", "indicator_id", "observed_at", "id"),)


class Response(Base):
    __tablename__ = "risk_responses"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    risk_id: Mapped[str] = mapped_column(ForeignKey("risks.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    # An accept of a risk that is not low: the manager who approved it and why.
    approval_reason: Mapped[str | None] = mapped_column(Text)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class RiskEvent(Base):
    """One row per risk event (raised, level changed, credit level changed): the time series KPI counts."""

    __tablename__ = "risk_events"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # risk_raised | level_changed | credit_level_changed | indicator_breached
    event: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(10))
    previous_level: Mapped[str | None] = mapped_column(String(10))
    risk_id: Mapped[str | None] = mapped_column(ID)
    customer_id: Mapped[str | None] = mapped_column(REF)
    cause: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (Index("ix_risk_events_time", "occurred_at", "id"),)


# -- what risk knows of other services' records (from their events; see usecases.references) ----
class KnownCustomer(Base):
    """A customer crm registered (or a contract of contracts named): the register may link it."""

    __tablename__ = "known_customers"
    customer_id: Mapped[str] = mapped_column(REF, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300))
    as_of: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class KnownContract(Base):
    """A contract contracts drafted or signed, with its customer."""

    __tablename__ = "known_contracts"
    contract_id: Mapped[str] = mapped_column(REF, primary_key=True)
    customer_id: Mapped[str] = mapped_column(REF)


class KnownProject(Base):
    """A project projects planned, with its contract and customer."""

    __tablename__ = "known_projects"
    project_id: Mapped[str] = mapped_column(REF, primary_key=True)
    contract_id: Mapped[str] = mapped_column(REF)
    customer_id: Mapped[str] = mapped_column(REF)
