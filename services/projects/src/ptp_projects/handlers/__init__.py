"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what projects consumes.
"""

from ptp_common.messaging.consumer import Handler

from ptp_projects.handlers.contract_signed import plan_project_from_contract
from ptp_projects.handlers.contract_terminated import cancel_project_of_terminated_contract

HANDLERS: dict[str, Handler] = {
    "contracts.contract.signed": plan_project_from_contract,
    "contracts.contract.terminated": cancel_project_of_terminated_contract,
}
