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
from .discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post_response_discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post import (
    DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost,
)
from .field_error import FieldError
from .list_allocations_api_v1_projects_project_id_allocations_get_kind_type_0 import (
    ListAllocationsApiV1ProjectsProjectIdAllocationsGetKindType0,
)
from .list_projects_api_v1_projects_get_status_type_0 import ListProjectsApiV1ProjectsGetStatusType0
from .list_rectification_items_api_v1_projects_project_id_rectification_items_get_status_type_0 import (
    ListRectificationItemsApiV1ProjectsProjectIdRectificationItemsGetStatusType0,
)
from .list_tasks_api_v1_projects_project_id_tasks_get_status_type_0 import (
    ListTasksApiV1ProjectsProjectIdTasksGetStatusType0,
)
from .live_health_live_get_response_live_health_live_get import LiveHealthLiveGetResponseLiveHealthLiveGet
from .milestone_create import MilestoneCreate
from .milestone_read import MilestoneRead
from .milestone_read_status import MilestoneReadStatus
from .milestone_update import MilestoneUpdate
from .money_line_totals import MoneyLineTotals
from .money_line_totals_kind import MoneyLineTotalsKind
from .outbox_status import OutboxStatus
from .over_allocation_read import OverAllocationRead
from .page_allocation_read import PageAllocationRead
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
from .replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post_response_replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post import (
    ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost,
)
from .republish_api_v1_admin_outbox_event_id_republish_post_response_republish_api_v1_admin_outbox_event_id_republish_post import (
    RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost,
)
from .resource_summary import ResourceSummary
from .round_fail import RoundFail
from .run_job_api_v1_admin_jobs_name_run_post_response_run_job_api_v1_admin_jobs_name_run_post import (
    RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost,
)
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
    "DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost",
    "FieldError",
    "ListAllocationsApiV1ProjectsProjectIdAllocationsGetKindType0",
    "ListProjectsApiV1ProjectsGetStatusType0",
    "ListRectificationItemsApiV1ProjectsProjectIdRectificationItemsGetStatusType0",
    "ListTasksApiV1ProjectsProjectIdTasksGetStatusType0",
    "LiveHealthLiveGetResponseLiveHealthLiveGet",
    "MilestoneCreate",
    "MilestoneRead",
    "MilestoneReadStatus",
    "MilestoneUpdate",
    "MoneyLineTotals",
    "MoneyLineTotalsKind",
    "OutboxStatus",
    "OverAllocationRead",
    "PageAllocationRead",
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
    "ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost",
    "RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost",
    "ResourceSummary",
    "RoundFail",
    "RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost",
    "SelfCheckSubmit",
    "TaskCreate",
    "TaskRead",
    "TaskReadStatus",
    "TaskUpdate",
    "TaskWaive",
    "VerdictsSubmit",
)
