"""Contains all the data models used in inputs/outputs"""

from .delivery_read import DeliveryRead
from .delivery_read_status import DeliveryReadStatus
from .discard_dead_letter_response_discard_dead_letter import DiscardDeadLetterResponseDiscardDeadLetter
from .field_error import FieldError
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .list_deliveries_status_type_0 import ListDeliveriesStatusType0
from .outbox_status import OutboxStatus
from .page_delivery_read import PageDeliveryRead
from .page_parked_message_read import PageParkedMessageRead
from .page_subscription_read import PageSubscriptionRead
from .parked_message_read import ParkedMessageRead
from .ping_result import PingResult
from .problem import Problem
from .redeliver_since import RedeliverSince
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .republish_event_response_republish_event import RepublishEventResponseRepublishEvent
from .requeued import Requeued
from .rotate_secret import RotateSecret
from .rotated_secret import RotatedSecret
from .run_job_response_run_job import RunJobResponseRunJob
from .subscription_create import SubscriptionCreate
from .subscription_read import SubscriptionRead
from .subscription_read_disabled_reason_type_0 import SubscriptionReadDisabledReasonType0
from .subscription_read_status import SubscriptionReadStatus
from .subscription_update import SubscriptionUpdate
from .subscription_with_secret import SubscriptionWithSecret
from .subscription_with_secret_disabled_reason_type_0 import SubscriptionWithSecretDisabledReasonType0
from .subscription_with_secret_status import SubscriptionWithSecretStatus

__all__ = (
    "DeliveryRead",
    "DeliveryReadStatus",
    "DiscardDeadLetterResponseDiscardDeadLetter",
    "FieldError",
    "HealthLiveResponseHealthLive",
    "ListDeliveriesStatusType0",
    "OutboxStatus",
    "PageDeliveryRead",
    "PageParkedMessageRead",
    "PageSubscriptionRead",
    "ParkedMessageRead",
    "PingResult",
    "Problem",
    "RedeliverSince",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RepublishEventResponseRepublishEvent",
    "Requeued",
    "RotatedSecret",
    "RotateSecret",
    "RunJobResponseRunJob",
    "SubscriptionCreate",
    "SubscriptionRead",
    "SubscriptionReadDisabledReasonType0",
    "SubscriptionReadStatus",
    "SubscriptionUpdate",
    "SubscriptionWithSecret",
    "SubscriptionWithSecretDisabledReasonType0",
    "SubscriptionWithSecretStatus",
)
