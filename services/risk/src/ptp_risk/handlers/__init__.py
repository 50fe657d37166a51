"""Event handlers: what this service does when another service's event arrives.

``HANDLERS`` maps event type -> handler; it is the one place to read what risk consumes.
``BATCH_HANDLERS`` names the types whose consecutive events of a batch are applied together.
"""

from ptp_common.messaging.consumer import BatchHandler, Handler

from ptp_risk.handlers import batch, credit, duties, projects, references
from ptp_risk.handlers.references import in_turn

HANDLERS: dict[str, Handler] = {
    "contracts.payment.overdue": credit.on_payment_overdue,
    "contracts.payment.received": credit.on_payment_received,
    "contracts.contract.drafted": references.on_contract,
    "contracts.contract.signed": in_turn(references.on_contract, credit.on_contract_signed),
    "contracts.settlement.paid": credit.on_settlement_paid,
    "contracts.overdue.cleared": credit.on_overdue_cleared,
    "contracts.contract.completed": credit.on_contract_ended,
    "contracts.contract.terminated": credit.on_contract_ended,
    "crm.customer.registered": references.on_customer_registered,
    "crm.complaint.opened": credit.on_complaint,
    "crm.complaint.resolved": credit.on_complaint,
    "projects.project.delayed": projects.on_project_delayed,
    "projects.project.planned": references.on_project_planned,
    "kpi.duty.missed": duties.on_duty_missed,
}

# Consecutive reference and credit events of a delivered batch (contract.signed and
# project.planned interleave in one run: one function object for all of them) are applied
# together, the rows they read loaded at once (handlers.batch).
BATCH_HANDLERS: dict[str, BatchHandler] = dict.fromkeys(batch.TYPES, batch.on_events)
