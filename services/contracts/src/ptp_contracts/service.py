"""The contracts service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI
from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings

from ptp_contracts.api import billing, contract_actions, contracts, invoices, settlements, signing_policies
from ptp_contracts.db.models import Base
from ptp_contracts.handlers import HANDLERS
from ptp_contracts.jobs import JOBS

definition = ServiceDefinition(
    name="contracts",
    title="Contracts service",
    description=(
        "Contracts, clauses, revisions, legal reviews, signatures, signing policy, payment schedule, "
        "invoices, payments, overdue detection and settlements. Lifecycle: draft -> in_legal_review -> "
        "(returned -> draft) | approved -> negotiation -> signing -> signed -> completed | terminated; "
        "each action is a POST checked against one transition table (409 names the allowed actions). "
        "Roles: business_specialist drafts, negotiates, submits, signs for the company and prepares the "
        "settlement; legal approves or returns; client_representative (or the specialist on the client's "
        "behalf) signs for the client; manager overrides the signing policy and opens termination "
        "settlements; finance records payments and approves, rejects and pays settlements. A settlement "
        "is opened by the project's acceptance (projects.project.accepted); paying it pays every "
        "installment still owed. A completed or terminated contract takes no invoice or payment (409)."
    ),
    base=Base,
    migrations_package="ptp_contracts.migrations",
    routers=[
        contracts.router,
        contract_actions.router,
        signing_policies.router,
        billing.router,
        invoices.router,
        settlements.router,
    ],
    handlers=HANDLERS,
    jobs=JOBS,
    openapi_tags=[
        {"name": "contracts", "description": "Drafting, terms and revision history"},
        {"name": "contract lifecycle", "description": "Legal review, negotiation, signing, termination"},
        {"name": "signing policy", "description": "Per-customer signing policy kept from risk's events"},
        {"name": "payments", "description": "Payment schedule, numbered invoices, payments and balances"},
        {
            "name": "settlements",
            "description": (
                "Settlement after acceptance (or a manager's, after termination): prepare, approve, pay"
            ),
        },
    ],
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
