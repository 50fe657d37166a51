"""The kpi service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI
from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings

from ptp_kpi.api import (
    audits,
    directory,
    duties,
    metrics,
    reports,
    scorecards,
    self_checks,
    trail,
)
from ptp_kpi.db.models import Base
from ptp_kpi.handlers import BATCH_HANDLERS, HANDLERS
from ptp_kpi.jobs import JOBS

definition = ServiceDefinition(
    name="kpi",
    title="KPI and audit service",
    description=(
        "Tamper-evident audit trail of every event, metric facts, scorecards, internal audits, "
        "findings and self-checks."
    ),
    base=Base,
    migrations_package="ptp_kpi.migrations",
    routers=[
        trail.router, metrics.router, scorecards.router, directory.router, audits.router,
        self_checks.router, duties.router, reports.router,
    ],
    handlers=HANDLERS,
    batch_handlers=BATCH_HANDLERS,
    jobs=JOBS,
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
