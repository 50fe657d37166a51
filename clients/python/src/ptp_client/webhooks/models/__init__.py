"""Contains all the data models used in inputs/outputs"""

from .delivery_read import DeliveryRead
from .delivery_read_status import DeliveryReadStatus
from .discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post_response_discard_dead_letter_api_v1_admin_dead_letters_parked_id_discard_post import (
    DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost,
)
from .field_error import FieldError
from .list_deliveries_api_v1_subscriptions_subscription_id_deliveries_get_status_type_0 import (
    ListDeliveriesApiV1SubscriptionsSubscriptionIdDeliveriesGetStatusType0,
)
from .live_health_live_get_response_live_health_live_get import LiveHealthLiveGetResponseLiveHealthLiveGet
from .outbox_status import OutboxStatus
from .page_delivery_read import PageDeliveryRead
from .page_subscription_read import PageSubscriptionRead
from .parked_message_read import ParkedMessageRead
from .ping_result import PingResult
from .problem import Problem
from .redeliver_since import RedeliverSince
from .replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post_response_replay_dead_letter_api_v1_admin_dead_letters_parked_id_replay_post import (
    ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost,
)
from .republish_api_v1_admin_outbox_event_id_republish_post_response_republish_api_v1_admin_outbox_event_id_republish_post import (
    RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost,
)
from .requeued import Requeued
from .rotate_secret import RotateSecret
from .rotated_secret import RotatedSecret
from .run_job_api_v1_admin_jobs_name_run_post_response_run_job_api_v1_admin_jobs_name_run_post import (
    RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost,
)
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
    "DiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPostResponseDiscardDeadLetterApiV1AdminDeadLettersParkedIdDiscardPost",
    "FieldError",
    "ListDeliveriesApiV1SubscriptionsSubscriptionIdDeliveriesGetStatusType0",
    "LiveHealthLiveGetResponseLiveHealthLiveGet",
    "OutboxStatus",
    "PageDeliveryRead",
    "PageSubscriptionRead",
    "ParkedMessageRead",
    "PingResult",
    "Problem",
    "RedeliverSince",
    "ReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPostResponseReplayDeadLetterApiV1AdminDeadLettersParkedIdReplayPost",
    "RepublishApiV1AdminOutboxEventIdRepublishPostResponseRepublishApiV1AdminOutboxEventIdRepublishPost",
    "Requeued",
    "RotatedSecret",
    "RotateSecret",
    "RunJobApiV1AdminJobsNameRunPostResponseRunJobApiV1AdminJobsNameRunPost",
    "SubscriptionCreate",
    "SubscriptionRead",
    "SubscriptionReadDisabledReasonType0",
    "SubscriptionReadStatus",
    "SubscriptionUpdate",
    "SubscriptionWithSecret",
    "SubscriptionWithSecretDisabledReasonType0",
    "SubscriptionWithSecretStatus",
)
