"""Contains all the data models used in inputs/outputs"""

from .assessment_read import AssessmentRead
from .assessment_read_level import AssessmentReadLevel
from .assessment_read_method import AssessmentReadMethod
from .contract_exposure_read import ContractExposureRead
from .count_risk_events_api_v1_risk_events_counts_get_granularity import (
    CountRiskEventsApiV1RiskEventsCountsGetGranularity,
)
from .count_risk_events_api_v1_risk_events_counts_get_kind_type_0 import (
    CountRiskEventsApiV1RiskEventsCountsGetKindType0,
)
from .credit_change_read import CreditChangeRead
from .credit_change_read_level import CreditChangeReadLevel
from .credit_change_read_previous_level_type_0 import CreditChangeReadPreviousLevelType0
from .credit_figures_read import CreditFiguresRead
from .credit_file_read import CreditFileRead
from .credit_profile_read import CreditProfileRead
from .credit_profile_read_level import CreditProfileReadLevel
from .discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post_response_discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post import (
    DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost,
)
from .field_error import FieldError
from .indicator_create import IndicatorCreate
from .indicator_read import IndicatorRead
from .indicator_read_level_type_0 import IndicatorReadLevelType0
from .installment_read import InstallmentRead
from .level_override_create import LevelOverrideCreate
from .level_override_create_level import LevelOverrideCreateLevel
from .level_override_read import LevelOverrideRead
from .level_override_read_level import LevelOverrideReadLevel
from .list_all_responses_api_v1_responses_get_kind_type_0 import ListAllResponsesApiV1ResponsesGetKindType0
from .list_all_responses_api_v1_responses_get_status_type_0 import (
    ListAllResponsesApiV1ResponsesGetStatusType0,
)
from .list_assessments_api_v1_risks_risk_id_assessments_get_method_type_0 import (
    ListAssessmentsApiV1RisksRiskIdAssessmentsGetMethodType0,
)
from .list_profiles_api_v1_credit_profiles_get_level_type_0 import (
    ListProfilesApiV1CreditProfilesGetLevelType0,
)
from .list_responses_api_v1_risks_risk_id_responses_get_kind_type_0 import (
    ListResponsesApiV1RisksRiskIdResponsesGetKindType0,
)
from .list_responses_api_v1_risks_risk_id_responses_get_status_type_0 import (
    ListResponsesApiV1RisksRiskIdResponsesGetStatusType0,
)
from .list_risk_events_api_v1_risk_events_get_event_type_0 import ListRiskEventsApiV1RiskEventsGetEventType0
from .list_risk_events_api_v1_risk_events_get_kind_type_0 import ListRiskEventsApiV1RiskEventsGetKindType0
from .list_risks_api_v1_risks_get_kind_type_0 import ListRisksApiV1RisksGetKindType0
from .list_risks_api_v1_risks_get_level_type_0 import ListRisksApiV1RisksGetLevelType0
from .list_risks_api_v1_risks_get_status_type_0 import ListRisksApiV1RisksGetStatusType0
from .live_health_live_get_response_live_health_live_get import LiveHealthLiveGetResponseLiveHealthLiveGet
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
from .page_response_read import PageResponseRead
from .page_risk_event_read import PageRiskEventRead
from .page_risk_read import PageRiskRead
from .parked_message_read import ParkedMessageRead
from .problem import Problem
from .qualitative_assessment_create import QualitativeAssessmentCreate
from .quantitative_assessment_create import QuantitativeAssessmentCreate
from .replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post_response_replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post import (
    ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost,
)
from .republish_api_v1_admin_outbox_event_id_republish_post_response_republish_api_v1_admin_outbox_event_id_republish_post import (
    RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost,
)
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
from .risk_event_read import RiskEventRead
from .risk_event_read_event import RiskEventReadEvent
from .risk_event_read_kind import RiskEventReadKind
from .risk_event_read_level_type_0 import RiskEventReadLevelType0
from .risk_event_read_previous_level_type_0 import RiskEventReadPreviousLevelType0
from .risk_matrix_api_v1_risk_matrix_get_kind_type_0 import RiskMatrixApiV1RiskMatrixGetKindType0
from .risk_read import RiskRead
from .risk_read_indicator_level_type_0 import RiskReadIndicatorLevelType0
from .risk_read_kind import RiskReadKind
from .risk_read_level_type_0 import RiskReadLevelType0
from .risk_read_qualitative_level_type_0 import RiskReadQualitativeLevelType0
from .risk_read_quantitative_level_type_0 import RiskReadQuantitativeLevelType0
from .risk_read_status import RiskReadStatus
from .risk_update import RiskUpdate
from .run_job_api_v1_admin_jobs_name_run_post_response_run_job_api_v1_admin_jobs_name_run_post import (
    RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost,
)

__all__ = (
    "AssessmentRead",
    "AssessmentReadLevel",
    "AssessmentReadMethod",
    "ContractExposureRead",
    "CountRiskEventsApiV1RiskEventsCountsGetGranularity",
    "CountRiskEventsApiV1RiskEventsCountsGetKindType0",
    "CreditChangeRead",
    "CreditChangeReadLevel",
    "CreditChangeReadPreviousLevelType0",
    "CreditFiguresRead",
    "CreditFileRead",
    "CreditProfileRead",
    "CreditProfileReadLevel",
    "DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost",
    "FieldError",
    "IndicatorCreate",
    "IndicatorRead",
    "IndicatorReadLevelType0",
    "InstallmentRead",
    "LevelOverrideCreate",
    "LevelOverrideCreateLevel",
    "LevelOverrideRead",
    "LevelOverrideReadLevel",
    "ListAllResponsesApiV1ResponsesGetKindType0",
    "ListAllResponsesApiV1ResponsesGetStatusType0",
    "ListAssessmentsApiV1RisksRiskIdAssessmentsGetMethodType0",
    "ListProfilesApiV1CreditProfilesGetLevelType0",
    "ListResponsesApiV1RisksRiskIdResponsesGetKindType0",
    "ListResponsesApiV1RisksRiskIdResponsesGetStatusType0",
    "ListRiskEventsApiV1RiskEventsGetEventType0",
    "ListRiskEventsApiV1RiskEventsGetKindType0",
    "ListRisksApiV1RisksGetKindType0",
    "ListRisksApiV1RisksGetLevelType0",
    "ListRisksApiV1RisksGetStatusType0",
    "LiveHealthLiveGetResponseLiveHealthLiveGet",
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
    "PageResponseRead",
    "PageRiskEventRead",
    "PageRiskRead",
    "ParkedMessageRead",
    "Problem",
    "QualitativeAssessmentCreate",
    "QuantitativeAssessmentCreate",
    "ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost",
    "RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost",
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
    "RiskEventRead",
    "RiskEventReadEvent",
    "RiskEventReadKind",
    "RiskEventReadLevelType0",
    "RiskEventReadPreviousLevelType0",
    "RiskMatrixApiV1RiskMatrixGetKindType0",
    "RiskRead",
    "RiskReadIndicatorLevelType0",
    "RiskReadKind",
    "RiskReadLevelType0",
    "RiskReadQualitativeLevelType0",
    "RiskReadQuantitativeLevelType0",
    "RiskReadStatus",
    "RiskUpdate",
    "RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost",
)
