"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what crm consumes.
"""

from ptp_common.messaging.consumer import Handler

HANDLERS: dict[str, Handler] = {}
