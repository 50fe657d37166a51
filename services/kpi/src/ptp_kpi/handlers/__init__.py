"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what kpi consumes:
every event of the suite (``#``), into the audit trail and the metric projection;
``BATCH_HANDLERS`` does the same for the events of a delivered batch at once.
"""

from ptp_common.messaging.consumer import ALL_EVENTS, BatchHandler, Handler

from ptp_kpi.handlers.record_event import record_event, record_events

HANDLERS: dict[str, Handler] = {ALL_EVENTS: record_event}
BATCH_HANDLERS: dict[str, BatchHandler] = {ALL_EVENTS: record_events}
