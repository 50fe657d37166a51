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
from .discard_dead_letter_response_discard_dead_letter import DiscardDeadLetterResponseDiscardDeadLetter
from .disqualify_request import DisqualifyRequest
from .evaluation_create import EvaluationCreate
from .evaluation_create_recommendation import EvaluationCreateRecommendation
from .evaluation_read import EvaluationRead
from .feedback_create import FeedbackCreate
from .feedback_handling import FeedbackHandling
from .feedback_read import FeedbackRead
from .field_error import FieldError
from .health_live_response_health_live import HealthLiveResponseHealthLive
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
from .list_complaints_severity_type_0 import ListComplaintsSeverityType0
from .list_complaints_status_type_0 import ListComplaintsStatusType0
from .list_customers_risk_level_type_0 import ListCustomersRiskLevelType0
from .list_customers_status_type_0 import ListCustomersStatusType0
from .list_inquiries_status_type_0 import ListInquiriesStatusType0
from .list_leads_channel_type_0 import ListLeadsChannelType0
from .list_service_sessions_kind_type_0 import ListServiceSessionsKindType0
from .list_surveys_kind_type_0 import ListSurveysKindType0
from .list_surveys_status_type_0 import ListSurveysStatusType0
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
from .page_parked_message_read import PageParkedMessageRead
from .page_research_report_read import PageResearchReportRead
from .page_session_read import PageSessionRead
from .page_solution_read import PageSolutionRead
from .page_survey_read import PageSurveyRead
from .parked_message_read import ParkedMessageRead
from .present_request import PresentRequest
from .problem import Problem
from .rejection_request import RejectionRequest
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .reply import Reply
from .republish_event_response_republish_event import RepublishEventResponseRepublishEvent
from .research_report_create import ResearchReportCreate
from .research_report_read import ResearchReportRead
from .resolve_request import ResolveRequest
from .resolve_request_communicated_via import ResolveRequestCommunicatedVia
from .respond_request import RespondRequest
from .risk_flag_read import RiskFlagRead
from .run_job_response_run_job import RunJobResponseRunJob
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
    "DiscardDeadLetterResponseDiscardDeadLetter",
    "DisqualifyRequest",
    "EvaluationCreate",
    "EvaluationCreateRecommendation",
    "EvaluationRead",
    "FeedbackCreate",
    "FeedbackHandling",
    "FeedbackRead",
    "FieldError",
    "HealthLiveResponseHealthLive",
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
    "ListComplaintsSeverityType0",
    "ListComplaintsStatusType0",
    "ListCustomersRiskLevelType0",
    "ListCustomersStatusType0",
    "ListInquiriesStatusType0",
    "ListLeadsChannelType0",
    "ListServiceSessionsKindType0",
    "ListSurveysKindType0",
    "ListSurveysStatusType0",
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
    "PageParkedMessageRead",
    "PageResearchReportRead",
    "PageSessionRead",
    "PageSolutionRead",
    "PageSurveyRead",
    "ParkedMessageRead",
    "PresentRequest",
    "Problem",
    "RejectionRequest",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "Reply",
    "RepublishEventResponseRepublishEvent",
    "ResearchReportCreate",
    "ResearchReportRead",
    "ResolveRequest",
    "ResolveRequestCommunicatedVia",
    "RespondRequest",
    "RiskFlagRead",
    "RunJobResponseRunJob",
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
