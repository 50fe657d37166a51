"""Tables of the kpi service (its own database; outbox/inbox come with the base)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ptp_common.db import service_metadata
from ptp_common.db.base import Money, UTCDateTime
from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = service_metadata()


EventId = String(64)
PersonId = String(200)


class TrailRecord(Base):
    """One event of the suite, append-only, chained to the record before by its hash."""

    __tablename__ = "trail_records"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(EventId, unique=True)
    type: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str | None] = mapped_column(String(200))
    correlation_id: Mapped[str] = mapped_column(String(64))
    causation_id: Mapped[str | None] = mapped_column(String(64))
    actor: Mapped[str | None] = mapped_column(PersonId)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_trail_records_subject", "subject", "seq"),
        Index("ix_trail_records_correlation", "correlation_id", "seq"),
        Index("ix_trail_records_actor", "actor", "seq"),
        Index("ix_trail_records_type", "type", "seq"),
        Index("ix_trail_records_occurred", "occurred_at", "seq"),
    )


class TrailHead(Base):
    """The single row every append locks: it serialises appends and names the chain's end."""

    __tablename__ = "trail_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))


class MetricFact(Base):
    """One measured occurrence, linked to the event (and trail record) it came from."""

    __tablename__ = "metric_facts"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    measure: Mapped[str] = mapped_column(String(40))
    fact_key: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10))
    period: Mapped[str] = mapped_column(String(7))
    value: Mapped[Decimal] = mapped_column(Money)
    person: Mapped[str | None] = mapped_column(PersonId)
    customer_id: Mapped[str | None] = mapped_column(String(100))
    channel: Mapped[str | None] = mapped_column(String(30))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    event_id: Mapped[str] = mapped_column(EventId, index=True)
    trail_seq: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("measure", "fact_key"),
        Index("ix_metric_facts_person", "measure", "period", "person"),
        Index("ix_metric_facts_customer", "measure", "period", "customer_id"),
    )


class MetricAggregate(Base):
    """Running sum and count of a measure per month and scope, kept as facts arrive.

    ``total_centi`` holds hundredths as an integer so incremental sums stay exact on
    every backend. Scopes: ``all`` (scope_id ""), ``person``, ``customer``, ``channel``.
    """

    __tablename__ = "metric_aggregates"
    measure: Mapped[str] = mapped_column(String(40), primary_key=True)
    unit: Mapped[str] = mapped_column(String(10), primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    scope: Mapped[str] = mapped_column(String(10), primary_key=True)
    scope_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    total_centi: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)


class CustomerOwner(Base):
    """Who owns each customer, as events last said: attributes facts that name no person."""

    __tablename__ = "customer_owners"
    customer_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(PersonId)


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    department: Mapped[str] = mapped_column(String(200))
    lead: Mapped[str | None] = mapped_column(PersonId)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    """A member of staff as assessed: id is the subject their token carries."""

    __tablename__ = "people"
    id: Mapped[str] = mapped_column(PersonId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"), index=True)
    supervisor: Mapped[str | None] = mapped_column(PersonId)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Scorecard(Base):
    __tablename__ = "scorecards"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(10))
    subject_id: Mapped[str] = mapped_column(PersonId)
    period: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(20))
    quantitative_weight: Mapped[Decimal] = mapped_column(Money)
    supervisor_weight: Mapped[Decimal] = mapped_column(Money)
    peer_weight: Mapped[Decimal] = mapped_column(Money)
    customer_weight: Mapped[Decimal] = mapped_column(Money)
    quantitative_score: Mapped[Decimal | None] = mapped_column(Money)
    qualitative_score: Mapped[Decimal | None] = mapped_column(Money)
    total_score: Mapped[Decimal | None] = mapped_column(Money)
    created_by: Mapped[str] = mapped_column(PersonId)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    published_by: Mapped[str | None] = mapped_column(PersonId)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The trail position the published figures were computed at: drill-down shows
    # exactly the facts behind them, not facts that arrived later.
    as_of_trail_seq: Mapped[int | None] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("subject_type", "subject_id", "period"),)


class ScorecardIndicator(Base):
    """An indicator on a scorecard: its target and weight; actual and score frozen on publish."""

    __tablename__ = "scorecard_indicators"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    scorecard_id: Mapped[str] = mapped_column(ForeignKey("scorecards.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(60))
    currency: Mapped[str | None] = mapped_column(String(3))
    target: Mapped[Decimal] = mapped_column(Money)
    weight: Mapped[Decimal] = mapped_column(Money)
    actual: Mapped[Decimal | None] = mapped_column(Money)
    score: Mapped[Decimal | None] = mapped_column(Money)
    __table_args__ = (UniqueConstraint("scorecard_id", "indicator"),)


class Evaluation(Base):
    __tablename__ = "evaluations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    scorecard_id: Mapped[str] = mapped_column(ForeignKey("scorecards.id"), index=True)
    evaluator: Mapped[str] = mapped_column(PersonId)
    evaluator_kind: Mapped[str] = mapped_column(String(20))
    score: Mapped[Decimal] = mapped_column(Money)
    teamwork_score: Mapped[Decimal | None] = mapped_column(Money)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("scorecard_id", "evaluator", "evaluator_kind"),)


class Audit(Base):
    __tablename__ = "audits"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    scope: Mapped[str] = mapped_column(Text)
    auditor: Mapped[str] = mapped_column(PersonId)
    planned_start: Mapped[dt.date] = mapped_column(Date)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    report: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[str] = mapped_column(PersonId)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Finding(Base):
    __tablename__ = "findings"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    audit_id: Mapped[str] = mapped_column(ForeignKey("audits.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(10))
    linked_record: Mapped[str | None] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(PersonId, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    rectification: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(PersonId)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(PersonId)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class SelfCheck(Base):
    """A department's periodic self-check: items with results, submitted to management."""

    __tablename__ = "self_checks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    department: Mapped[str] = mapped_column(String(200))
    period: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(20))
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(PersonId)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(PersonId)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(PersonId)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("department", "period"),)
