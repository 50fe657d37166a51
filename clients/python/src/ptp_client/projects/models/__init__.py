"""Contains all the data models used in inputs/outputs"""

from .acceptance_overview import AcceptanceOverview
from .acceptance_overview_status import AcceptanceOverviewStatus
from .acceptance_round_read import AcceptanceRoundRead
from .acceptance_round_read_status import AcceptanceRoundReadStatus
from .allocation_actuals import AllocationActuals
from .allocation_create import AllocationCreate
from .allocation_create_currency_type_0 import AllocationCreateCurrencyType0
from .allocation_create_kind import AllocationCreateKind
from .allocation_read import AllocationRead
from .criterion_read import CriterionRead
from .criterion_result_read import CriterionResultRead
from .criterion_verdict import CriterionVerdict
from .discard_dead_letter_response_discard_dead_letter import DiscardDeadLetterResponseDiscardDeadLetter
from .field_error import FieldError
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .list_allocations_kind_type_0 import ListAllocationsKindType0
from .list_projects_status_type_0 import ListProjectsStatusType0
from .list_rectification_items_status_type_0 import ListRectificationItemsStatusType0
from .list_tasks_status_type_0 import ListTasksStatusType0
from .milestone_create import MilestoneCreate
from .milestone_read import MilestoneRead
from .milestone_read_status import MilestoneReadStatus
from .milestone_update import MilestoneUpdate
from .money_line_totals import MoneyLineTotals
from .money_line_totals_kind import MoneyLineTotalsKind
from .outbox_status import OutboxStatus
from .over_allocation_read import OverAllocationRead
from .page_allocation_read import PageAllocationRead
from .page_milestone_read import PageMilestoneRead
from .page_over_allocation_read import PageOverAllocationRead
from .page_parked_message_read import PageParkedMessageRead
from .page_plan_change_read import PagePlanChangeRead
from .page_progress_report_read import PageProgressReportRead
from .page_project_summary import PageProjectSummary
from .page_rectification_item_read import PageRectificationItemRead
from .page_task_read import PageTaskRead
from .parked_message_read import ParkedMessageRead
from .phase_read import PhaseRead
from .plan_change_read import PlanChangeRead
from .problem import Problem
from .progress_report_create import ProgressReportCreate
from .progress_report_read import ProgressReportRead
from .project_read import ProjectRead
from .project_read_status import ProjectReadStatus
from .project_summary import ProjectSummary
from .project_summary_status import ProjectSummaryStatus
from .project_update import ProjectUpdate
from .rectification_assignment import RectificationAssignment
from .rectification_item_read import RectificationItemRead
from .rectification_item_read_status import RectificationItemReadStatus
from .rectification_resolve import RectificationResolve
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .republish_event_response_republish_event import RepublishEventResponseRepublishEvent
from .resource_summary import ResourceSummary
from .round_fail import RoundFail
from .run_job_response_run_job import RunJobResponseRunJob
from .self_check_submit import SelfCheckSubmit
from .task_create import TaskCreate
from .task_read import TaskRead
from .task_read_status import TaskReadStatus
from .task_update import TaskUpdate
from .task_waive import TaskWaive
from .verdicts_submit import VerdictsSubmit

__all__ = (
    "AcceptanceOverview",
    "AcceptanceOverviewStatus",
    "AcceptanceRoundRead",
    "AcceptanceRoundReadStatus",
    "AllocationActuals",
    "AllocationCreate",
    "AllocationCreateCurrencyType0",
    "AllocationCreateKind",
    "AllocationRead",
    "CriterionRead",
    "CriterionResultRead",
    "CriterionVerdict",
    "DiscardDeadLetterResponseDiscardDeadLetter",
    "FieldError",
    "HealthLiveResponseHealthLive",
    "ListAllocationsKindType0",
    "ListProjectsStatusType0",
    "ListRectificationItemsStatusType0",
    "ListTasksStatusType0",
    "MilestoneCreate",
    "MilestoneRead",
    "MilestoneReadStatus",
    "MilestoneUpdate",
    "MoneyLineTotals",
    "MoneyLineTotalsKind",
    "OutboxStatus",
    "OverAllocationRead",
    "PageAllocationRead",
    "PageMilestoneRead",
    "PageOverAllocationRead",
    "PageParkedMessageRead",
    "PagePlanChangeRead",
    "PageProgressReportRead",
    "PageProjectSummary",
    "PageRectificationItemRead",
    "PageTaskRead",
    "ParkedMessageRead",
    "PhaseRead",
    "PlanChangeRead",
    "Problem",
    "ProgressReportCreate",
    "ProgressReportRead",
    "ProjectRead",
    "ProjectReadStatus",
    "ProjectSummary",
    "ProjectSummaryStatus",
    "ProjectUpdate",
    "RectificationAssignment",
    "RectificationItemRead",
    "RectificationItemReadStatus",
    "RectificationResolve",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RepublishEventResponseRepublishEvent",
    "ResourceSummary",
    "RoundFail",
    "RunJobResponseRunJob",
    "SelfCheckSubmit",
    "TaskCreate",
    "TaskRead",
    "TaskReadStatus",
    "TaskUpdate",
    "TaskWaive",
    "VerdictsSubmit",
)
