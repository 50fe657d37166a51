"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what crm consumes.
"""

from ptp_common.messaging.consumer import Handler

from ptp_crm.handlers.credit import flag_customer_risk
from ptp_crm.handlers.surveys import open_satisfaction_survey

HANDLERS: dict[str, Handler] = {
    "risk.credit.rating_changed": flag_customer_risk,
    "projects.project.accepted": open_satisfaction_survey,
}
