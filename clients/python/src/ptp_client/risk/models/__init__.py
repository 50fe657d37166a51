"""Contains all the data models used in inputs/outputs"""

from .assessment_read import AssessmentRead
from .assessment_read_level import AssessmentReadLevel
from .assessment_read_method import AssessmentReadMethod
from .contract_exposure_read import ContractExposureRead
from .count_risk_events_granularity import CountRiskEventsGranularity
from .count_risk_events_kind_type_0 import CountRiskEventsKindType0
from .credit_change_read import CreditChangeRead
from .credit_change_read_level import CreditChangeReadLevel
from .credit_change_read_previous_level_type_0 import CreditChangeReadPreviousLevelType0
from .credit_figures_read import CreditFiguresRead
from .credit_file_read import CreditFileRead
from .credit_profile_read import CreditProfileRead
from .credit_profile_read_level import CreditProfileReadLevel
from .discard_dead_letter_response_discard_dead_letter import DiscardDeadLetterResponseDiscardDeadLetter
from .field_error import FieldError
from .get_risk_matrix_kind_type_0 import GetRiskMatrixKindType0
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .indicator_create import IndicatorCreate
from .indicator_read import IndicatorRead
from .indicator_read_level_type_0 import IndicatorReadLevelType0
from .installment_read import InstallmentRead
from .level_override_create import LevelOverrideCreate
from .level_override_create_level import LevelOverrideCreateLevel
from .level_override_read import LevelOverrideRead
from .level_override_read_level import LevelOverrideReadLevel
from .list_all_risk_responses_kind_type_0 import ListAllRiskResponsesKindType0
from .list_all_risk_responses_status_type_0 import ListAllRiskResponsesStatusType0
from .list_assessments_method_type_0 import ListAssessmentsMethodType0
from .list_credit_profiles_level_type_0 import ListCreditProfilesLevelType0
from .list_risk_events_event_type_0 import ListRiskEventsEventType0
from .list_risk_events_kind_type_0 import ListRiskEventsKindType0
from .list_risk_responses_kind_type_0 import ListRiskResponsesKindType0
from .list_risk_responses_status_type_0 import ListRiskResponsesStatusType0
from .list_risks_kind_type_0 import ListRisksKindType0
from .list_risks_level_type_0 import ListRisksLevelType0
from .list_risks_status_type_0 import ListRisksStatusType0
from .matrix_cell import MatrixCell
from .matrix_cell_level import MatrixCellLevel
from .matrix_read import MatrixRead
from .matrix_read_by_level import MatrixReadByLevel
from .money_amount import MoneyAmount
from .money_amount_in import MoneyAmountIn
from .money_amount_in_currency import MoneyAmountInCurrency
from .observation_create import ObservationCreate
from .observation_read import ObservationRead
from .observation_read_level import ObservationReadLevel
from .outbox_status import OutboxStatus
from .page_assessment_read import PageAssessmentRead
from .page_credit_change_read import PageCreditChangeRead
from .page_credit_profile_read import PageCreditProfileRead
from .page_indicator_read import PageIndicatorRead
from .page_observation_read import PageObservationRead
from .page_parked_message_read import PageParkedMessageRead
from .page_response_read import PageResponseRead
from .page_risk_event_read import PageRiskEventRead
from .page_risk_read import PageRiskRead
from .parked_message_read import ParkedMessageRead
from .problem import Problem
from .qualitative_assessment_create import QualitativeAssessmentCreate
from .quantitative_assessment_create import QuantitativeAssessmentCreate
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .republish_event_response_republish_event import RepublishEventResponseRepublishEvent
from .response_create import ResponseCreate
from .response_create_kind import ResponseCreateKind
from .response_read import ResponseRead
from .response_read_kind import ResponseReadKind
from .response_read_status import ResponseReadStatus
from .response_update import ResponseUpdate
from .risk_config_read import RiskConfigRead
from .risk_config_read_matrix_item_item import RiskConfigReadMatrixItemItem
from .risk_config_read_matrix_thresholds import RiskConfigReadMatrixThresholds
from .risk_config_read_policy import RiskConfigReadPolicy
from .risk_config_read_policy_additional_property import RiskConfigReadPolicyAdditionalProperty
from .risk_config_read_probability_of_default import RiskConfigReadProbabilityOfDefault
from .risk_config_read_quantitative_thresholds import RiskConfigReadQuantitativeThresholds
from .risk_config_read_rating_model import RiskConfigReadRatingModel
from .risk_create import RiskCreate
from .risk_create_kind import RiskCreateKind
from .risk_event_count import RiskEventCount
from .risk_event_count_event import RiskEventCountEvent
from .risk_event_count_kind import RiskEventCountKind
from .risk_event_counts import RiskEventCounts
from .risk_event_counts_granularity import RiskEventCountsGranularity
from .risk_event_counts_kind_type_0 import RiskEventCountsKindType0
from .risk_event_read import RiskEventRead
from .risk_event_read_event import RiskEventReadEvent
from .risk_event_read_kind import RiskEventReadKind
from .risk_event_read_level_type_0 import RiskEventReadLevelType0
from .risk_event_read_previous_level_type_0 import RiskEventReadPreviousLevelType0
from .risk_read import RiskRead
from .risk_read_indicator_level_type_0 import RiskReadIndicatorLevelType0
from .risk_read_kind import RiskReadKind
from .risk_read_level_type_0 import RiskReadLevelType0
from .risk_read_qualitative_level_type_0 import RiskReadQualitativeLevelType0
from .risk_read_quantitative_level_type_0 import RiskReadQuantitativeLevelType0
from .risk_read_status import RiskReadStatus
from .risk_update import RiskUpdate
from .run_job_response_run_job import RunJobResponseRunJob

__all__ = (
    "AssessmentRead",
    "AssessmentReadLevel",
    "AssessmentReadMethod",
    "ContractExposureRead",
    "CountRiskEventsGranularity",
    "CountRiskEventsKindType0",
    "CreditChangeRead",
    "CreditChangeReadLevel",
    "CreditChangeReadPreviousLevelType0",
    "CreditFiguresRead",
    "CreditFileRead",
    "CreditProfileRead",
    "CreditProfileReadLevel",
    "DiscardDeadLetterResponseDiscardDeadLetter",
    "FieldError",
    "GetRiskMatrixKindType0",
    "HealthLiveResponseHealthLive",
    "IndicatorCreate",
    "IndicatorRead",
    "IndicatorReadLevelType0",
    "InstallmentRead",
    "LevelOverrideCreate",
    "LevelOverrideCreateLevel",
    "LevelOverrideRead",
    "LevelOverrideReadLevel",
    "ListAllRiskResponsesKindType0",
    "ListAllRiskResponsesStatusType0",
    "ListAssessmentsMethodType0",
    "ListCreditProfilesLevelType0",
    "ListRiskEventsEventType0",
    "ListRiskEventsKindType0",
    "ListRiskResponsesKindType0",
    "ListRiskResponsesStatusType0",
    "ListRisksKindType0",
    "ListRisksLevelType0",
    "ListRisksStatusType0",
    "MatrixCell",
    "MatrixCellLevel",
    "MatrixRead",
    "MatrixReadByLevel",
    "MoneyAmount",
    "MoneyAmountIn",
    "MoneyAmountInCurrency",
    "ObservationCreate",
    "ObservationRead",
    "ObservationReadLevel",
    "OutboxStatus",
    "PageAssessmentRead",
    "PageCreditChangeRead",
    "PageCreditProfileRead",
    "PageIndicatorRead",
    "PageObservationRead",
    "PageParkedMessageRead",
    "PageResponseRead",
    "PageRiskEventRead",
    "PageRiskRead",
    "ParkedMessageRead",
    "Problem",
    "QualitativeAssessmentCreate",
    "QuantitativeAssessmentCreate",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RepublishEventResponseRepublishEvent",
    "ResponseCreate",
    "ResponseCreateKind",
    "ResponseRead",
    "ResponseReadKind",
    "ResponseReadStatus",
    "ResponseUpdate",
    "RiskConfigRead",
    "RiskConfigReadMatrixItemItem",
    "RiskConfigReadMatrixThresholds",
    "RiskConfigReadPolicy",
    "RiskConfigReadPolicyAdditionalProperty",
    "RiskConfigReadProbabilityOfDefault",
    "RiskConfigReadQuantitativeThresholds",
    "RiskConfigReadRatingModel",
    "RiskCreate",
    "RiskCreateKind",
    "RiskEventCount",
    "RiskEventCountEvent",
    "RiskEventCountKind",
    "RiskEventCounts",
    "RiskEventCountsGranularity",
    "RiskEventCountsKindType0",
    "RiskEventRead",
    "RiskEventReadEvent",
    "RiskEventReadKind",
    "RiskEventReadLevelType0",
    "RiskEventReadPreviousLevelType0",
    "RiskRead",
    "RiskReadIndicatorLevelType0",
    "RiskReadKind",
    "RiskReadLevelType0",
    "RiskReadQualitativeLevelType0",
    "RiskReadQuantitativeLevelType0",
    "RiskReadStatus",
    "RiskUpdate",
    "RunJobResponseRunJob",
)
