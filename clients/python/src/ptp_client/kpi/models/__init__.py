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
from .corrective_action import CorrectiveAction
from .corrective_action_create import CorrectiveActionCreate
from .corrective_action_status import CorrectiveActionStatus
from .customer_part import CustomerPart
from .discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post_response_discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post import (
    DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost,
)
from .duty_read import DutyRead
from .duty_read_kind import DutyReadKind
from .duty_read_status import DutyReadStatus
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
from .indicator_info import IndicatorInfo
from .indicator_result import IndicatorResult
from .indicator_target_in import IndicatorTargetIn
from .indicator_target_in_currency_type_0 import IndicatorTargetInCurrencyType0
from .indicator_value import IndicatorValue
from .indicator_value_for_api_v1_metrics_indicators_name_get_currency_type_0 import (
    IndicatorValueForApiV1MetricsIndicatorsNameGetCurrencyType0,
)
from .indicator_value_for_api_v1_metrics_indicators_name_get_scope import (
    IndicatorValueForApiV1MetricsIndicatorsNameGetScope,
)
from .list_duties_api_v1_duties_get_kind_type_0 import ListDutiesApiV1DutiesGetKindType0
from .list_duties_api_v1_duties_get_status_type_0 import ListDutiesApiV1DutiesGetStatusType0
from .list_missed_api_v1_duties_missed_get_kind_type_0 import ListMissedApiV1DutiesMissedGetKindType0
from .list_trail_api_v1_audit_trail_get_order import ListTrailApiV1AuditTrailGetOrder
from .live_health_live_get_response_live_health_live_get import LiveHealthLiveGetResponseLiveHealthLiveGet
from .measure import Measure
from .missed_duty_read import MissedDutyRead
from .missed_duty_read_kind import MissedDutyReadKind
from .outbox_status import OutboxStatus
from .parked_message_read import ParkedMessageRead
from .person_create import PersonCreate
from .person_page import PersonPage
from .person_read import PersonRead
from .person_update import PersonUpdate
from .problem import Problem
from .put_rule_api_v1_duty_rules_kind_put_kind import PutRuleApiV1DutyRulesKindPutKind
from .qualitative_result import QualitativeResult
from .qualitative_result_by_evaluator_kind import QualitativeResultByEvaluatorKind
from .rebuild_result import RebuildResult
from .rectification_reject import RectificationReject
from .rectification_submit import RectificationSubmit
from .replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post_response_replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post import (
    ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost,
)
from .republish_api_v1_admin_outbox_event_id_republish_post_response_republish_api_v1_admin_outbox_event_id_republish_post import (
    RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost,
)
from .role import Role
from .run_job_api_v1_admin_jobs_name_run_post_response_run_job_api_v1_admin_jobs_name_run_post import (
    RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost,
)
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
    "CorrectiveAction",
    "CorrectiveActionCreate",
    "CorrectiveActionStatus",
    "CustomerPart",
    "DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost",
    "DutyRead",
    "DutyReadKind",
    "DutyReadStatus",
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
    "IndicatorInfo",
    "IndicatorResult",
    "IndicatorTargetIn",
    "IndicatorTargetInCurrencyType0",
    "IndicatorValue",
    "IndicatorValueForApiV1MetricsIndicatorsNameGetCurrencyType0",
    "IndicatorValueForApiV1MetricsIndicatorsNameGetScope",
    "ListDutiesApiV1DutiesGetKindType0",
    "ListDutiesApiV1DutiesGetStatusType0",
    "ListMissedApiV1DutiesMissedGetKindType0",
    "ListTrailApiV1AuditTrailGetOrder",
    "LiveHealthLiveGetResponseLiveHealthLiveGet",
    "Measure",
    "MissedDutyRead",
    "MissedDutyReadKind",
    "OutboxStatus",
    "ParkedMessageRead",
    "PersonCreate",
    "PersonPage",
    "PersonRead",
    "PersonUpdate",
    "Problem",
    "PutRuleApiV1DutyRulesKindPutKind",
    "QualitativeResult",
    "QualitativeResultByEvaluatorKind",
    "RebuildResult",
    "RectificationReject",
    "RectificationSubmit",
    "ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost",
    "RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost",
    "Role",
    "RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost",
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
