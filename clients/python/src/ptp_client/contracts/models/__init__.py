"""Contains all the data models used in inputs/outputs"""

from .acceptance_criterion import AcceptanceCriterion
from .approve_request import ApproveRequest
from .clause import Clause
from .clause_kind import ClauseKind
from .contract_create import ContractCreate
from .contract_create_currency import ContractCreateCurrency
from .contract_read import ContractRead
from .contract_status import ContractStatus
from .contract_update import ContractUpdate
from .deliverable import Deliverable
from .discard_dead_letter_response_discard_dead_letter import DiscardDeadLetterResponseDiscardDeadLetter
from .field_error import FieldError
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .installment_balance import InstallmentBalance
from .installment_plan import InstallmentPlan
from .installment_read import InstallmentRead
from .invoice_read import InvoiceRead
from .invoice_status import InvoiceStatus
from .milestone import Milestone
from .outbox_status import OutboxStatus
from .override_request import OverrideRequest
from .page_contract_read import PageContractRead
from .page_invoice_read import PageInvoiceRead
from .page_parked_message_read import PageParkedMessageRead
from .page_payment_read import PagePaymentRead
from .page_review_read import PageReviewRead
from .page_revision_read import PageRevisionRead
from .page_settlement_read import PageSettlementRead
from .parked_message_read import ParkedMessageRead
from .payment_create import PaymentCreate
from .payment_create_currency_type_0 import PaymentCreateCurrencyType0
from .payment_read import PaymentRead
from .policy_override_read import PolicyOverrideRead
from .problem import Problem
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .republish_event_response_republish_event import RepublishEventResponseRepublishEvent
from .return_request import ReturnRequest
from .review_read import ReviewRead
from .revision_read import RevisionRead
from .revision_read_changes import RevisionReadChanges
from .run_job_response_run_job import RunJobResponseRunJob
from .schedule_read import ScheduleRead
from .settlement_adjust import SettlementAdjust
from .settlement_line import SettlementLine
from .settlement_open import SettlementOpen
from .settlement_read import SettlementRead
from .settlement_read_acceptance_results_item import SettlementReadAcceptanceResultsItem
from .settlement_reject import SettlementReject
from .settlement_status import SettlementStatus
from .side import Side
from .sign_request import SignRequest
from .signature_read import SignatureRead
from .signing_policy_read import SigningPolicyRead
from .terminate_request import TerminateRequest
from .trigger import Trigger

__all__ = (
    "AcceptanceCriterion",
    "ApproveRequest",
    "Clause",
    "ClauseKind",
    "ContractCreate",
    "ContractCreateCurrency",
    "ContractRead",
    "ContractStatus",
    "ContractUpdate",
    "Deliverable",
    "DiscardDeadLetterResponseDiscardDeadLetter",
    "FieldError",
    "HealthLiveResponseHealthLive",
    "InstallmentBalance",
    "InstallmentPlan",
    "InstallmentRead",
    "InvoiceRead",
    "InvoiceStatus",
    "Milestone",
    "OutboxStatus",
    "OverrideRequest",
    "PageContractRead",
    "PageInvoiceRead",
    "PageParkedMessageRead",
    "PagePaymentRead",
    "PageReviewRead",
    "PageRevisionRead",
    "PageSettlementRead",
    "ParkedMessageRead",
    "PaymentCreate",
    "PaymentCreateCurrencyType0",
    "PaymentRead",
    "PolicyOverrideRead",
    "Problem",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RepublishEventResponseRepublishEvent",
    "ReturnRequest",
    "ReviewRead",
    "RevisionRead",
    "RevisionReadChanges",
    "RunJobResponseRunJob",
    "ScheduleRead",
    "SettlementAdjust",
    "SettlementLine",
    "SettlementOpen",
    "SettlementRead",
    "SettlementReadAcceptanceResultsItem",
    "SettlementReject",
    "SettlementStatus",
    "Side",
    "SignatureRead",
    "SigningPolicyRead",
    "SignRequest",
    "TerminateRequest",
    "Trigger",
)
