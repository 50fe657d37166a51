"""Events published by the kpi service."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ptp_common.events.registry import EventData, event


@event("kpi.scorecard.published")
class ScorecardPublished(EventData):
    """A scorecard for a person or team and period was published."""

    scorecard_id: str
    subject_type: Literal["person", "team"]
    subject_id: str
    period: str
    total_score: float


@event("kpi.finding.raised")
class FindingRaised(EventData):
    """An internal audit raised a finding to be rectified."""

    finding_id: str
    audit_id: str
    severity: Literal["low", "medium", "high", "critical"]
    owner: str
    due_date: dt.date
    linked_record: str | None = None


@event("kpi.evaluation.recorded")
class EvaluationRecorded(EventData):
    """A qualitative evaluation (supervisor, peer or customer) of a person or team for a period."""

    evaluation_id: str
    scorecard_id: str
    subject_type: Literal["person", "team"]
    subject_id: str
    period: str
    evaluator: str
    evaluator_kind: Literal["supervisor", "peer", "customer"]
    score: float
    teamwork_score: float | None = None


@event("kpi.finding.closed")
class FindingClosed(EventData):
    """The auditor accepted a finding's rectification and closed it."""

    finding_id: str
    audit_id: str
    severity: Literal["low", "medium", "high", "critical"]
    owner: str
    closed_by: str
    closed_at: dt.datetime
    linked_record: str | None = None


@event("kpi.self_check.submitted")
class SelfCheckSubmitted(EventData):
    """A department submitted its periodic self-check to management."""

    self_check_id: str
    department: str
    period: str
    items: int
    failed_items: int


DutyKind = Literal["market_research", "progress_report", "internal_audit", "self_check", "risk_review"]


class DutyPeriod(EventData):
    """One period of a recurring duty (kpi's duty calendar) for one subject."""

    rule_id: str
    kind: DutyKind
    subject_id: str = Field(description="The specialist, project, department or risk it is due for")
    subject_label: str = ""
    period: str = Field(description="The period's key, e.g. 2026-11, 2026-Q4, 2026-W47")
    period_start: dt.datetime
    period_end: dt.datetime = Field(description="Exclusive end of the period")
    due_at: dt.datetime = Field(description="period_end + the rule's grace time")
    owner: str | None = Field(default=None, description="The person it is due from, if one")
    owner_role: str | None = None
    team_id: str | None = None


@event("kpi.duty.missed")
class DutyMissed(DutyPeriod):
    """A recurring duty's period (and grace) passed without the record that fulfils it; sent once
    per missed period. ``consecutive_misses`` counts this one and the misses right before it."""

    consecutive_misses: int = 1


@event("kpi.duty.fulfilled")
class DutyFulfilled(DutyPeriod):
    """The record that fulfils a duty's period arrived in time (the event named)."""

    fulfilled_at: dt.datetime
    fulfilled_by_event: str


@event("kpi.audit.completed")
class AuditCompleted(EventData):
    """An internal audit was completed with its report."""

    audit_id: str
    title: str
    kind: str
    department: str | None = None
    auditor: str
    completed_at: dt.datetime
    findings: int
    open_findings: int
