"""Event handlers: ``HANDLERS`` maps event type -> handler; ``BATCH_HANDLERS`` does the same for
the events of a delivered batch at once.

The webhooks service takes every event of the suite (``#``) and keeps those a subscription
wants; binding to all is simpler and safer than re-binding the queue as subscriptions change.
"""

from ptp_common.messaging.consumer import ALL_EVENTS, BatchHandler, Handler

from ptp_webhooks.handlers.enqueue import enqueue_batch, enqueue_deliveries

HANDLERS: dict[str, Handler] = {ALL_EVENTS: enqueue_deliveries}
BATCH_HANDLERS: dict[str, BatchHandler] = {ALL_EVENTS: enqueue_batch}
