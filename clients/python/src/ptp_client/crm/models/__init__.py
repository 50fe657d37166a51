"""Contains all the data models used in inputs/outputs"""

from .act import Act
from .analyse import Analyse
from .attendee import Attendee
from .classify import Classify
from .classify_classification import ClassifyClassification
from .complaint_create import ComplaintCreate
from .complaint_create_channel import ComplaintCreateChannel
from .complaint_create_severity import ComplaintCreateSeverity
from .complaint_read import ComplaintRead
from .contact_create import ContactCreate
from .contact_read import ContactRead
from .customer_create import CustomerCreate
from .customer_create_size_type_0 import CustomerCreateSizeType0
from .customer_create_status import CustomerCreateStatus
from .customer_read import CustomerRead
from .customer_update import CustomerUpdate
from .customer_update_size_type_0 import CustomerUpdateSizeType0
from .customer_update_status import CustomerUpdateStatus
from .decision_note import DecisionNote
from .decision_request import DecisionRequest
from .discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post_response_discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post import (
    DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost,
)
from .disqualify_request import DisqualifyRequest
from .evaluation_create import EvaluationCreate
from .evaluation_create_recommendation import EvaluationCreateRecommendation
from .evaluation_read import EvaluationRead
from .feedback_create import FeedbackCreate
from .feedback_handling import FeedbackHandling
from .feedback_read import FeedbackRead
from .field_error import FieldError
from .initiation_create import InitiationCreate
from .initiation_read import InitiationRead
from .inquiry_create import InquiryCreate
from .inquiry_create_channel import InquiryCreateChannel
from .inquiry_read import InquiryRead
from .inquiry_resolve import InquiryResolve
from .inquiry_respond import InquiryRespond
from .lead_conversion_read import LeadConversionRead
from .lead_convert import LeadConvert
from .lead_convert_size_type_0 import LeadConvertSizeType0
from .lead_create import LeadCreate
from .lead_create_channel import LeadCreateChannel
from .lead_read import LeadRead
from .list_complaints_api_v1_complaints_get_severity_type_0 import (
    ListComplaintsApiV1ComplaintsGetSeverityType0,
)
from .list_complaints_api_v1_complaints_get_status_type_0 import ListComplaintsApiV1ComplaintsGetStatusType0
from .list_customers_api_v1_customers_get_risk_level_type_0 import (
    ListCustomersApiV1CustomersGetRiskLevelType0,
)
from .list_customers_api_v1_customers_get_status_type_0 import ListCustomersApiV1CustomersGetStatusType0
from .list_inquiries_api_v1_inquiries_get_status_type_0 import ListInquiriesApiV1InquiriesGetStatusType0
from .list_leads_api_v1_leads_get_channel_type_0 import ListLeadsApiV1LeadsGetChannelType0
from .list_sessions_api_v1_service_sessions_get_kind_type_0 import (
    ListSessionsApiV1ServiceSessionsGetKindType0,
)
from .list_surveys_api_v1_surveys_get_kind_type_0 import ListSurveysApiV1SurveysGetKindType0
from .list_surveys_api_v1_surveys_get_status_type_0 import ListSurveysApiV1SurveysGetStatusType0
from .live_health_live_get_response_live_health_live_get import LiveHealthLiveGetResponseLiveHealthLiveGet
from .lose_request import LoseRequest
from .money_in import MoneyIn
from .money_in_currency import MoneyInCurrency
from .money_read import MoneyRead
from .needs_meeting_create import NeedsMeetingCreate
from .needs_meeting_read import NeedsMeetingRead
from .opportunity_create import OpportunityCreate
from .opportunity_read import OpportunityRead
from .opportunity_update import OpportunityUpdate
from .outbox_status import OutboxStatus
from .page_complaint_read import PageComplaintRead
from .page_contact_read import PageContactRead
from .page_customer_read import PageCustomerRead
from .page_feedback_read import PageFeedbackRead
from .page_initiation_read import PageInitiationRead
from .page_inquiry_read import PageInquiryRead
from .page_lead_read import PageLeadRead
from .page_needs_meeting_read import PageNeedsMeetingRead
from .page_opportunity_read import PageOpportunityRead
from .page_research_report_read import PageResearchReportRead
from .page_session_read import PageSessionRead
from .page_solution_read import PageSolutionRead
from .page_survey_read import PageSurveyRead
from .parked_message_read import ParkedMessageRead
from .present_request import PresentRequest
from .problem import Problem
from .rejection_request import RejectionRequest
from .replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post_response_replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post import (
    ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost,
)
from .reply import Reply
from .republish_api_v1_admin_outbox_event_id_republish_post_response_republish_api_v1_admin_outbox_event_id_republish_post import (
    RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost,
)
from .research_report_create import ResearchReportCreate
from .research_report_read import ResearchReportRead
from .resolve_request import ResolveRequest
from .resolve_request_communicated_via import ResolveRequestCommunicatedVia
from .respond_request import RespondRequest
from .risk_flag_read import RiskFlagRead
from .run_job_api_v1_admin_jobs_name_run_post_response_run_job_api_v1_admin_jobs_name_run_post import (
    RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost,
)
from .session_create import SessionCreate
from .session_create_kind import SessionCreateKind
from .session_read import SessionRead
from .solution_create import SolutionCreate
from .solution_read import SolutionRead
from .solution_step import SolutionStep
from .solution_update import SolutionUpdate
from .step import Step
from .step_in import StepIn
from .survey_answer import SurveyAnswer
from .survey_read import SurveyRead
from .survey_read_kind import SurveyReadKind

__all__ = (
    "Act",
    "Analyse",
    "Attendee",
    "Classify",
    "ClassifyClassification",
    "ComplaintCreate",
    "ComplaintCreateChannel",
    "ComplaintCreateSeverity",
    "ComplaintRead",
    "ContactCreate",
    "ContactRead",
    "CustomerCreate",
    "CustomerCreateSizeType0",
    "CustomerCreateStatus",
    "CustomerRead",
    "CustomerUpdate",
    "CustomerUpdateSizeType0",
    "CustomerUpdateStatus",
    "DecisionNote",
    "DecisionRequest",
    "DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost",
    "DisqualifyRequest",
    "EvaluationCreate",
    "EvaluationCreateRecommendation",
    "EvaluationRead",
    "FeedbackCreate",
    "FeedbackHandling",
    "FeedbackRead",
    "FieldError",
    "InitiationCreate",
    "InitiationRead",
    "InquiryCreate",
    "InquiryCreateChannel",
    "InquiryRead",
    "InquiryResolve",
    "InquiryRespond",
    "LeadConversionRead",
    "LeadConvert",
    "LeadConvertSizeType0",
    "LeadCreate",
    "LeadCreateChannel",
    "LeadRead",
    "ListComplaintsApiV1ComplaintsGetSeverityType0",
    "ListComplaintsApiV1ComplaintsGetStatusType0",
    "ListCustomersApiV1CustomersGetRiskLevelType0",
    "ListCustomersApiV1CustomersGetStatusType0",
    "ListInquiriesApiV1InquiriesGetStatusType0",
    "ListLeadsApiV1LeadsGetChannelType0",
    "ListSessionsApiV1ServiceSessionsGetKindType0",
    "ListSurveysApiV1SurveysGetKindType0",
    "ListSurveysApiV1SurveysGetStatusType0",
    "LiveHealthLiveGetResponseLiveHealthLiveGet",
    "LoseRequest",
    "MoneyIn",
    "MoneyInCurrency",
    "MoneyRead",
    "NeedsMeetingCreate",
    "NeedsMeetingRead",
    "OpportunityCreate",
    "OpportunityRead",
    "OpportunityUpdate",
    "OutboxStatus",
    "PageComplaintRead",
    "PageContactRead",
    "PageCustomerRead",
    "PageFeedbackRead",
    "PageInitiationRead",
    "PageInquiryRead",
    "PageLeadRead",
    "PageNeedsMeetingRead",
    "PageOpportunityRead",
    "PageResearchReportRead",
    "PageSessionRead",
    "PageSolutionRead",
    "PageSurveyRead",
    "ParkedMessageRead",
    "PresentRequest",
    "Problem",
    "RejectionRequest",
    "ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost",
    "Reply",
    "RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost",
    "ResearchReportCreate",
    "ResearchReportRead",
    "ResolveRequest",
    "ResolveRequestCommunicatedVia",
    "RespondRequest",
    "RiskFlagRead",
    "RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost",
    "SessionCreate",
    "SessionCreateKind",
    "SessionRead",
    "SolutionCreate",
    "SolutionRead",
    "SolutionStep",
    "SolutionUpdate",
    "Step",
    "StepIn",
    "SurveyAnswer",
    "SurveyRead",
    "SurveyReadKind",
)
