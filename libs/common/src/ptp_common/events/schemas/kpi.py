"""Events published by the kpi service."""

from __future__ import annotations

import datetime as dt
from typing import Literal

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
