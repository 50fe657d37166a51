"""The crm service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI
from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings

from ptp_crm.api import (
    complaints,
    customers,
    feedback,
    feedback_loop,
    initiations,
    leads,
    needs_meetings,
    opportunities,
    research,
    service_records,
    solutions,
)
from ptp_crm.db.models import Base
from ptp_crm.handlers import HANDLERS

definition = ServiceDefinition(
    name="crm",
    title="CRM service",
    description=(
        "Customers, leads and channels, opportunities, needs meetings, solutions, market research, "
        "initiation requests, feedback and complaints."
    ),
    base=Base,
    migrations_package="ptp_crm.migrations",
    routers=[
        customers.router,
        leads.router,
        opportunities.router,
        needs_meetings.router,
        research.router,
        initiations.router,
        solutions.router,
        complaints.router,
        feedback.router,
        feedback_loop.router,
        service_records.router,
    ],
    handlers=HANDLERS,
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
