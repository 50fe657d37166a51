"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what projects consumes.
``BATCH_HANDLERS`` names the types whose consecutive events of a batch are applied together.
"""

from ptp_common.messaging.consumer import BatchHandler, Handler

from ptp_projects.handlers.contract_signed import (
    plan_project_from_contract,
    plan_projects_from_contracts,
)
from ptp_projects.handlers.contract_terminated import cancel_project_of_terminated_contract

HANDLERS: dict[str, Handler] = {
    "contracts.contract.signed": plan_project_from_contract,
    "contracts.contract.terminated": cancel_project_of_terminated_contract,
}

# Consecutive signed contracts of a delivered batch: planned with one statement per table.
BATCH_HANDLERS: dict[str, BatchHandler] = {
    "contracts.contract.signed": plan_projects_from_contracts,
}
