"""Request and response schemas of the REST API (XCreate, XUpdate, XRead, XPage)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from ptp_common.http.pagination import Page
from ptp_common.money import Currency, NonNegativeAmount
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    computed_field,
    field_validator,
)
from pydantic.json_schema import SkipJsonSchema

from ptp_projects.domain.schedule import variance_days

Hours = Annotated[
    Decimal,
    Field(ge=0, max_digits=10, decimal_places=2, examples=["60"]),
    AfterValidator(lambda h: h.quantize(Decimal("0.01"))),
]

ProjectStatus = Literal["planning", "active", "in_acceptance", "accepted", "cancelled"]
TaskStatus = Literal["planned", "in_progress", "done", "waived", "cancelled"]


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# Rules over several fields are field validators of the later field, reading the earlier one from
# ``info.data`` (absent when it was invalid itself): the 422 then names the field at fault
# (``body.due_date``), where a model validator would name the whole body.


def _not_before(start: dt.date | None, end: dt.date, what: str) -> dt.date:
    if start is not None and end < start:
        raise ValueError(f"{what} ends before it starts")
    return end


# -- projects ---------------------------------------------------------------------------------
class PhaseRead(ReadModel):
    id: str
    position: int
    name: str
    start_date: dt.date
    end_date: dt.date


class MilestoneRead(ReadModel):
    id: str
    project_id: str
    phase_id: str | None
    contract_milestone_id: str | None
    name: str
    due_date: dt.date
    baseline_due_date: dt.date | None
    deliverable_ids: list[str]
    status: Literal["pending", "completed"]
    completed_at: dt.datetime | None
    confirmed_by: str | None
    version: int

    @computed_field(description="Days after the baseline due date")  # type: ignore[prop-decorator]
    @property
    def variance_days(self) -> int | None:
        return variance_days(self.baseline_due_date, self.due_date)


MilestonePage = Page[MilestoneRead]


class CriterionRead(ReadModel):
    criterion_id: str
    description: str
    self_check_passed: bool | None
    self_check_notes: str | None
    self_checked_by: str | None


class ProjectSummary(ReadModel):
    id: str
    contract_id: str
    customer_id: str
    customer_name: str | None
    name: str
    owner: str
    manager: str | None
    status: ProjectStatus
    delayed: bool
    contract_total: Decimal
    currency: str
    effective_date: dt.date
    baselined_at: dt.datetime | None
    accepted_at: dt.datetime | None
    created_at: dt.datetime
    version: int


class ProjectRead(ProjectSummary):
    scope: str
    expiry_date: dt.date | None
    baselined_by: str | None
    signed_off_by: str | None
    cancelled_at: dt.datetime | None = Field(description="When the contract's termination cancelled it")
    cancellation_reason: str | None
    schedule_variance_days: int | None = Field(
        description="Largest slip of a milestone against the baseline, in days (None before baselining)"
    )
    phases: list[PhaseRead]
    milestones: list[MilestoneRead]
    acceptance_criteria: list[CriterionRead]


class ProjectUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"manager": "pat"}]})
    manager: str = Field(min_length=1, max_length=200, description="The project manager in charge")


class PlanChangeRead(ReadModel):
    id: str
    entity: str
    entity_id: str
    field: str
    old_value: str | None
    new_value: str | None
    changed_by: str
    changed_at: dt.datetime


ProjectPage = Page[ProjectSummary]
PlanChangePage = Page[PlanChangeRead]


# -- tasks ------------------------------------------------------------------------------------
class TaskCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Install the routers",
                    "owner": "tess",
                    "start_date": "2026-03-02",
                    "due_date": "2026-03-13",
                    "milestone_id": "3b0e0f4e-8d7c-4a55-9a0c-1f1f7c2b9d10",
                    "deliverable_id": "D-1",
                    "depends_on": [],
                }
            ]
        }
    )
    name: str = Field(min_length=1, max_length=300)
    owner: str | None = Field(default=None, max_length=200)
    start_date: dt.date
    due_date: dt.date
    phase_id: str | None = None
    milestone_id: str | None = None
    deliverable_id: str | None = Field(default=None, max_length=64)
    depends_on: list[str] = Field(
        default=[], description="Ids of tasks of this project that must finish first"
    )

    @field_validator("due_date")
    @classmethod
    def _due_after_start(cls, due_date: dt.date, info: ValidationInfo) -> dt.date:
        return _not_before(info.data.get("start_date"), due_date, "the task")


class TaskUpdate(BaseModel):
    """Fields to change; team members may change only ``percent_complete`` of their own tasks."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"percent_complete": 60}]})
    # Omit to keep; null clears only owner and milestone_id (the others are not nullable).
    name: Annotated[str, Field(min_length=1, max_length=300)] | SkipJsonSchema[None] = None
    owner: str | None = Field(default=None, max_length=200)
    start_date: dt.date | SkipJsonSchema[None] = None
    due_date: dt.date | SkipJsonSchema[None] = None
    milestone_id: str | None = None
    depends_on: list[str] | SkipJsonSchema[None] = None
    percent_complete: Annotated[int, Field(ge=0, le=100)] | SkipJsonSchema[None] = None

    @field_validator("name", "start_date", "due_date", "depends_on", "percent_complete")
    @classmethod
    def _not_null(cls, value: Any, info: ValidationInfo) -> Any:
        # Leaving a field out keeps it (a default is not validated); null clears it, which only
        # owner and milestone allow.
        if value is None:
            raise ValueError(f"{info.field_name} cannot be null")
        return value

    @field_validator("due_date")
    @classmethod
    def _due_after_start(cls, due_date: dt.date, info: ValidationInfo) -> dt.date:
        return _not_before(info.data.get("start_date"), due_date, "the task")


class TaskRead(ReadModel):
    id: str
    project_id: str
    phase_id: str | None
    milestone_id: str | None
    deliverable_id: str | None
    name: str
    owner: str | None
    start_date: dt.date
    due_date: dt.date
    baseline_start_date: dt.date | None
    baseline_due_date: dt.date | None
    depends_on: list[str]
    status: TaskStatus
    percent_complete: int
    completed_at: dt.datetime | None
    waived_at: dt.datetime | None
    waived_by: str | None
    waiver_reason: str | None
    created_by: str
    version: int

    @computed_field(description="Days after the baseline due date")  # type: ignore[prop-decorator]
    @property
    def variance_days(self) -> int | None:
        return variance_days(self.baseline_due_date, self.due_date)


TaskPage = Page[TaskRead]


class TaskWaive(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "The client dropped the training (meeting of 12 May)"}]}
    )
    reason: str = Field(min_length=1, max_length=5000, description="Why acceptance need not wait for it")


class MilestoneCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "Pilot site live", "due_date": "2026-04-20"}]}
    )
    name: str = Field(min_length=1, max_length=300)
    due_date: dt.date
    phase_id: str | None = None


class MilestoneUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"due_date": "2026-04-10"}]})
    due_date: dt.date


# -- progress reports -------------------------------------------------------------------------
class ProgressReportCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "period_start": "2026-03-02",
                    "period_end": "2026-03-06",
                    "percent_complete": 40,
                    "done": "Site survey, router configs",
                    "next": "Install at the client's site",
                    "problems": "Rack space not ready",
                }
            ]
        }
    )
    period_start: dt.date
    period_end: dt.date
    percent_complete: int = Field(ge=0, le=100)
    done: str = Field(default="", max_length=5000)
    next: str = Field(default="", max_length=5000)
    problems: str = Field(default="", max_length=5000)

    @field_validator("period_end")
    @classmethod
    def _end_after_start(cls, period_end: dt.date, info: ValidationInfo) -> dt.date:
        return _not_before(info.data.get("period_start"), period_end, "the period")


class ProgressReportRead(ReadModel):
    id: str
    project_id: str
    author: str
    period_start: dt.date
    period_end: dt.date
    percent_complete: int
    done: str
    next: str
    problems: str
    created_at: dt.datetime


ProgressReportPage = Page[ProgressReportRead]


# -- resources --------------------------------------------------------------------------------
class AllocationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "person",
                    "member": "tess",
                    "role": "tech_support",
                    "period_start": "2026-03-02",
                    "period_end": "2026-03-13",
                    "planned_hours": "60",
                },
                {
                    "kind": "budget",
                    "description": "Travel",
                    "period_start": "2026-03-01",
                    "period_end": "2026-03-31",
                    "planned_amount": "1200.00",
                    "currency": "EUR",
                },
            ]
        }
    )
    # What a kind requires is checked on each field, defaults included (validate_default), so
    # that a missing one is named.
    kind: Literal["person", "material", "budget"]
    member: str | None = Field(default=None, max_length=200, validate_default=True)
    role: str | None = Field(default=None, max_length=50)
    description: str = Field(default="", max_length=300)
    period_start: dt.date
    period_end: dt.date
    planned_hours: Hours | None = Field(default=None, validate_default=True)
    planned_amount: NonNegativeAmount | None = Field(default=None, validate_default=True)
    currency: Currency | None = Field(default=None, validate_default=True)

    @field_validator("period_end")
    @classmethod
    def _end_after_start(cls, period_end: dt.date, info: ValidationInfo) -> dt.date:
        return _not_before(info.data.get("period_start"), period_end, "the period")

    @field_validator("member", "planned_hours")
    @classmethod
    def _person_needs(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.data.get("kind") == "person":
            raise ValueError("a person allocation needs member and planned_hours")
        return value

    @field_validator("planned_amount")
    @classmethod
    def _line_needs_amount(cls, value: Decimal | None, info: ValidationInfo) -> Decimal | None:
        if value is None and info.data.get("kind") in ("material", "budget"):
            raise ValueError("material and budget lines need planned_amount and currency")
        return value

    @field_validator("currency")
    @classmethod
    def _amount_needs_currency(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("planned_amount") is not None:
            raise ValueError("an amount needs its currency")
        return value


class AllocationActuals(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"actual_hours": "64"}]})
    actual_hours: Hours | None = None
    actual_amount: NonNegativeAmount | None = None


class AllocationRead(ReadModel):
    id: str
    project_id: str
    kind: str
    member: str | None
    role: str | None
    description: str
    period_start: dt.date
    period_end: dt.date
    planned_hours: Decimal | None
    actual_hours: Decimal | None
    planned_amount: Decimal | None
    actual_amount: Decimal | None
    currency: str | None
    released_at: dt.datetime | None = Field(
        description="Set when the project was cancelled: the booking no longer counts against capacity"
    )
    created_by: str
    version: int


AllocationPage = Page[AllocationRead]


class MoneyLineTotals(BaseModel):
    kind: Literal["person", "material", "budget"]
    currency: str
    planned: Decimal
    actual: Decimal


class ResourceSummary(BaseModel):
    """Planned against actual for one project; money is summed per kind and currency."""

    project_id: str
    planned_hours: Decimal
    actual_hours: Decimal
    hours_variance: Decimal = Field(description="Actual minus planned hours")
    money: list[MoneyLineTotals]


class OverAllocationRead(BaseModel):
    member: str
    start: dt.date
    end: dt.date
    peak_hours_per_day: Decimal
    project_ids: list[str]


OverAllocationPage = Page[OverAllocationRead]


# -- acceptance -------------------------------------------------------------------------------
class CriterionVerdict(BaseModel):
    criterion_id: str = Field(min_length=1, max_length=64)
    passed: bool
    notes: str = Field(default="", max_length=5000)


class VerdictsSubmit(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "results": [
                        {"criterion_id": "AC-1", "passed": True, "notes": "All sites online"},
                        {"criterion_id": "AC-2", "passed": False, "notes": "Latency 80 ms > 50 ms"},
                    ]
                }
            ]
        }
    )
    results: list[CriterionVerdict] = Field(min_length=1)


class RectificationAssignment(BaseModel):
    criterion_id: str
    owner: str = Field(min_length=1, max_length=200)
    due_date: dt.date
    description: str | None = Field(default=None, max_length=5000)


class RoundFail(BaseModel):
    """How the failed criteria are to be rectified; unassigned ones go to the project manager."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "rectification": [
                        {"criterion_id": "AC-2", "owner": "tess", "due_date": "2026-05-08",
                         "description": "Tune QoS on the core links"}
                    ]
                }
            ]
        }
    )
    rectification: list[RectificationAssignment] = []


class CriterionResultRead(ReadModel):
    criterion_id: str
    passed: bool
    notes: str
    recorded_by: str
    recorded_at: dt.datetime


class AcceptanceRoundRead(ReadModel):
    id: str
    project_id: str
    number: int
    status: Literal["open", "failed", "passed", "cancelled"]
    opened_at: dt.datetime
    opened_by: str
    closed_at: dt.datetime | None
    closed_by: str | None
    results: list[CriterionResultRead]
    unchecked_criteria: list[str]
    version: int


class RectificationItemRead(ReadModel):
    id: str
    project_id: str
    round_id: str
    criterion_id: str
    description: str
    owner: str
    due_date: dt.date
    status: Literal["open", "resolved"]
    resolution: str | None
    resolved_at: dt.datetime | None
    resolved_by: str | None
    version: int


RectificationItemPage = Page[RectificationItemRead]


class RectificationResolve(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"resolution": "QoS tuned; 30 ms"}]})
    resolution: str = Field(min_length=1, max_length=5000)


class SelfCheckSubmit(VerdictsSubmit):
    """The team's own check against the criteria before the client's round."""


class AcceptanceOverview(BaseModel):
    project_id: str
    status: ProjectStatus
    criteria: list[CriterionRead]
    rounds: list[AcceptanceRoundRead]
    open_rectification_items: int
