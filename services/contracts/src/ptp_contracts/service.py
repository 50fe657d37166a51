"""The contracts service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI

from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings
from ptp_contracts.db.models import Base
from ptp_contracts.handlers import HANDLERS

definition = ServiceDefinition(
    name="contracts",
    title="Contracts service",
    description="Contracts, clauses, revisions, legal reviews, signatures, signing policy, payment schedule, invoices, payments, overdue detection and settlements.",
    base=Base,
    migrations_package="ptp_contracts.migrations",
    routers=[],
    handlers=HANDLERS,
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
