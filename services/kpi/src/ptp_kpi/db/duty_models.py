"""Tables of the duty calendar (issue 21): rules per duty kind, the subjects learned from events,
the periods fulfilled and the periods missed."""

from __future__ import annotations

import datetime as dt

from ptp_common.db.base import UTCDateTime
from sqlalchemy import BigInteger, Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ptp_kpi.db.models import Base, EventId, PersonId


class DutyRule(Base):
    """How often a duty kind is due, from whom, with how much grace (set by a manager)."""

    __tablename__ = "duty_rules"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    period: Mapped[str] = mapped_column(String(10))
    owner_role: Mapped[str | None] = mapped_column(String(40))
    owner_person: Mapped[str | None] = mapped_column(PersonId)
    grace_days: Mapped[int] = mapped_column(Integer)
    due_soon_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean)
    effective_from: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(PersonId)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class DutySubject(Base):
    """A project or a risk a duty is due for, as events last described it."""

    __tablename__ = "duty_subjects"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    subject_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str | None] = mapped_column(PersonId)
    active: Mapped[bool] = mapped_column(Boolean)
    since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class DutyFulfilment(Base):
    __tablename__ = "duty_fulfilments"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[str] = mapped_column(String(200))
    period: Mapped[str] = mapped_column(String(10))
    fulfilled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    event_id: Mapped[str] = mapped_column(EventId)
    owner: Mapped[str | None] = mapped_column(PersonId)
    __table_args__ = (UniqueConstraint("kind", "subject_id", "period"),)


class DutyMiss(Base):
    __tablename__ = "duty_misses"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[str] = mapped_column(String(200))
    subject_label: Mapped[str] = mapped_column(String(300))
    period: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    owner: Mapped[str | None] = mapped_column(PersonId, index=True)
    owner_role: Mapped[str | None] = mapped_column(String(40))
    team_id: Mapped[str | None] = mapped_column(String(36), index=True)
    consecutive: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(EventId)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("kind", "subject_id", "period"),)
