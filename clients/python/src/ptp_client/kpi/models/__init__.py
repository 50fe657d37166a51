"""Contains all the data models used in inputs/outputs"""

from .action_complete import ActionComplete
from .audit_complete import AuditComplete
from .audit_create import AuditCreate
from .audit_create_kind import AuditCreateKind
from .audit_page import AuditPage
from .audit_read import AuditRead
from .audit_report import AuditReport
from .audit_report_by_severity import AuditReportBySeverity
from .audit_report_by_status import AuditReportByStatus
from .chain_break_read import ChainBreakRead
from .configure_duty_rule_kind import ConfigureDutyRuleKind
from .corrective_action import CorrectiveAction
from .corrective_action_create import CorrectiveActionCreate
from .corrective_action_status import CorrectiveActionStatus
from .customer_part import CustomerPart
from .discard_dead_letter_response_discard_dead_letter import DiscardDeadLetterResponseDiscardDeadLetter
from .duty_page import DutyPage
from .duty_read import DutyRead
from .duty_read_kind import DutyReadKind
from .duty_read_status import DutyReadStatus
from .duty_rule_page import DutyRulePage
from .duty_rule_read import DutyRuleRead
from .duty_rule_read_kind import DutyRuleReadKind
from .duty_rule_update import DutyRuleUpdate
from .duty_rule_update_period import DutyRuleUpdatePeriod
from .evaluation_create import EvaluationCreate
from .evaluation_create_evaluator_kind import EvaluationCreateEvaluatorKind
from .evaluation_read import EvaluationRead
from .evaluator_weights import EvaluatorWeights
from .evaluator_weights_in import EvaluatorWeightsIn
from .fact_page import FactPage
from .fact_read import FactRead
from .field_error import FieldError
from .finding_create import FindingCreate
from .finding_create_severity import FindingCreateSeverity
from .finding_page import FindingPage
from .finding_read import FindingRead
from .get_indicator_value_currency_type_0 import GetIndicatorValueCurrencyType0
from .get_indicator_value_scope import GetIndicatorValueScope
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .indicator_info import IndicatorInfo
from .indicator_page import IndicatorPage
from .indicator_result import IndicatorResult
from .indicator_target_in import IndicatorTargetIn
from .indicator_target_in_currency_type_0 import IndicatorTargetInCurrencyType0
from .indicator_value import IndicatorValue
from .list_duties_kind_type_0 import ListDutiesKindType0
from .list_duties_status_type_0 import ListDutiesStatusType0
from .list_missed_duties_kind_type_0 import ListMissedDutiesKindType0
from .list_trail_records_order import ListTrailRecordsOrder
from .measure import Measure
from .missed_duty_page import MissedDutyPage
from .missed_duty_read import MissedDutyRead
from .missed_duty_read_kind import MissedDutyReadKind
from .outbox_status import OutboxStatus
from .page_parked_message_read import PageParkedMessageRead
from .parked_message_read import ParkedMessageRead
from .person_create import PersonCreate
from .person_page import PersonPage
from .person_read import PersonRead
from .person_update import PersonUpdate
from .problem import Problem
from .qualitative_result import QualitativeResult
from .qualitative_result_by_evaluator_kind import QualitativeResultByEvaluatorKind
from .rebuild_result import RebuildResult
from .rectification_reject import RectificationReject
from .rectification_submit import RectificationSubmit
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .republish_event_response_republish_event import RepublishEventResponseRepublishEvent
from .role import Role
from .run_job_response_run_job import RunJobResponseRunJob
from .scorecard_create import ScorecardCreate
from .scorecard_create_subject_type import ScorecardCreateSubjectType
from .scorecard_page import ScorecardPage
from .scorecard_read import ScorecardRead
from .scorecard_summary import ScorecardSummary
from .self_check_create import SelfCheckCreate
from .self_check_item import SelfCheckItem
from .self_check_item_create import SelfCheckItemCreate
from .self_check_item_create_result import SelfCheckItemCreateResult
from .self_check_item_result import SelfCheckItemResult
from .self_check_page import SelfCheckPage
from .self_check_read import SelfCheckRead
from .self_check_update import SelfCheckUpdate
from .team_create import TeamCreate
from .team_detail import TeamDetail
from .team_page import TeamPage
from .team_read import TeamRead
from .trail_head_read import TrailHeadRead
from .trail_page import TrailPage
from .trail_record_read import TrailRecordRead
from .trail_record_read_event import TrailRecordReadEvent
from .verification_read import VerificationRead

__all__ = (
    "ActionComplete",
    "AuditComplete",
    "AuditCreate",
    "AuditCreateKind",
    "AuditPage",
    "AuditRead",
    "AuditReport",
    "AuditReportBySeverity",
    "AuditReportByStatus",
    "ChainBreakRead",
    "ConfigureDutyRuleKind",
    "CorrectiveAction",
    "CorrectiveActionCreate",
    "CorrectiveActionStatus",
    "CustomerPart",
    "DiscardDeadLetterResponseDiscardDeadLetter",
    "DutyPage",
    "DutyRead",
    "DutyReadKind",
    "DutyReadStatus",
    "DutyRulePage",
    "DutyRuleRead",
    "DutyRuleReadKind",
    "DutyRuleUpdate",
    "DutyRuleUpdatePeriod",
    "EvaluationCreate",
    "EvaluationCreateEvaluatorKind",
    "EvaluationRead",
    "EvaluatorWeights",
    "EvaluatorWeightsIn",
    "FactPage",
    "FactRead",
    "FieldError",
    "FindingCreate",
    "FindingCreateSeverity",
    "FindingPage",
    "FindingRead",
    "GetIndicatorValueCurrencyType0",
    "GetIndicatorValueScope",
    "HealthLiveResponseHealthLive",
    "IndicatorInfo",
    "IndicatorPage",
    "IndicatorResult",
    "IndicatorTargetIn",
    "IndicatorTargetInCurrencyType0",
    "IndicatorValue",
    "ListDutiesKindType0",
    "ListDutiesStatusType0",
    "ListMissedDutiesKindType0",
    "ListTrailRecordsOrder",
    "Measure",
    "MissedDutyPage",
    "MissedDutyRead",
    "MissedDutyReadKind",
    "OutboxStatus",
    "PageParkedMessageRead",
    "ParkedMessageRead",
    "PersonCreate",
    "PersonPage",
    "PersonRead",
    "PersonUpdate",
    "Problem",
    "QualitativeResult",
    "QualitativeResultByEvaluatorKind",
    "RebuildResult",
    "RectificationReject",
    "RectificationSubmit",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RepublishEventResponseRepublishEvent",
    "Role",
    "RunJobResponseRunJob",
    "ScorecardCreate",
    "ScorecardCreateSubjectType",
    "ScorecardPage",
    "ScorecardRead",
    "ScorecardSummary",
    "SelfCheckCreate",
    "SelfCheckItem",
    "SelfCheckItemCreate",
    "SelfCheckItemCreateResult",
    "SelfCheckItemResult",
    "SelfCheckPage",
    "SelfCheckRead",
    "SelfCheckUpdate",
    "TeamCreate",
    "TeamDetail",
    "TeamPage",
    "TeamRead",
    "TrailHeadRead",
    "TrailPage",
    "TrailRecordRead",
    "TrailRecordReadEvent",
    "VerificationRead",
)
