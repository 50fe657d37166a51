"""Events published by the projects service."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from ptp_common.events.registry import EventData, event


class ProjectRef(EventData):
    project_id: str
    contract_id: str
    customer_id: str


class PlannedMilestone(BaseModel):
    milestone_id: str
    contract_milestone_id: str | None = None
    name: str
    due_date: dt.date


@event("projects.project.planned")
class ProjectPlanned(ProjectRef):
    """A project was created in planning from a signed contract."""

    name: str
    manager: str | None = None
    owner: str | None = None
    milestones: list[PlannedMilestone] = []


@event("projects.project.started")
class ProjectStarted(ProjectRef):
    """The project manager baselined the plan; execution begins."""

    baselined_by: str


@event("projects.task.overdue")
class TaskOverdue(ProjectRef):
    """A task passed its due date unfinished."""

    task_id: str
    owner: str | None = None
    due_date: dt.date
    days_overdue: int


@event("projects.project.delayed")
class ProjectDelayed(ProjectRef):
    """A milestone is slipping: an operational risk for the risk service."""

    milestone_id: str | None = None
    days_late: int
    reason: str
    contract_milestone_id: str | None = None
    due_date: dt.date | None = None


@event("projects.milestone.completed")
class MilestoneCompleted(ProjectRef):
    """The project manager confirmed a milestone whose tasks are done; contracts makes its installment due."""

    milestone_id: str
    contract_milestone_id: str | None = None
    completed_at: dt.datetime
    confirmed_by: str


class CriterionResult(BaseModel):
    criterion_id: str
    passed: bool
    notes: str = ""


@event("projects.acceptance.failed")
class AcceptanceFailed(ProjectRef):
    """An acceptance round failed; rectification follows."""

    round_number: int
    failed_criteria: list[CriterionResult]


@event("projects.project.accepted")
class ProjectAccepted(ProjectRef):
    """The client accepted the delivery; contracts opens settlement."""

    accepted_at: dt.datetime
    signed_off_by: str
    rounds: int
    results: list[CriterionResult]


@event("projects.project.cancelled")
class ProjectCancelled(ProjectRef):
    """The project stopped because its contract was terminated: open tasks cancelled, allocations
    released, acceptance closed."""

    reason: str
    cancelled_at: dt.datetime
    tasks_cancelled: int = 0
    allocations_released: int = 0


@event("projects.progress.reported")
class ProgressReported(ProjectRef):
    """A team member filed a progress report on an active project (a recurring duty kpi watches)."""

    report_id: str
    reported_by: str
    reported_at: dt.datetime
    percent_complete: int | None = None
