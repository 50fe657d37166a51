"""Event handlers: ``HANDLERS`` maps event type -> handler.

The webhooks service takes every event of the suite (``#``) and keeps those a subscription
wants; binding to all is simpler and safer than re-binding the queue as subscriptions change.
"""

from ptp_common.messaging.consumer import ALL_EVENTS, Handler

from ptp_webhooks.handlers.enqueue import enqueue_deliveries

HANDLERS: dict[str, Handler] = {ALL_EVENTS: enqueue_deliveries}
