"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what contracts consumes.
"""

from ptp_common.messaging.consumer import Handler

from ptp_contracts.handlers.customers import on_customer_registered, on_customer_updated
from ptp_contracts.handlers.delivery import on_milestone_completed, on_project_accepted
from ptp_contracts.handlers.risk import on_credit_rating_changed, on_risk_response_required
from ptp_contracts.handlers.solutions import on_solution_accepted

HANDLERS: dict[str, Handler] = {
    "crm.customer.registered": on_customer_registered,
    "crm.customer.updated": on_customer_updated,
    "crm.solution.accepted": on_solution_accepted,
    "projects.milestone.completed": on_milestone_completed,
    "projects.project.accepted": on_project_accepted,
    "risk.credit.rating_changed": on_credit_rating_changed,
    "risk.response.required": on_risk_response_required,
}
