"""The projects service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI

from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings
from ptp_projects.db.models import Base
from ptp_projects.handlers import HANDLERS

definition = ServiceDefinition(
    name="projects",
    title="Projects service",
    description="Projects planned from signed contracts: phases, tasks, milestones, resources, progress reports, acceptance rounds and rectification.",
    base=Base,
    migrations_package="ptp_projects.migrations",
    routers=[],
    handlers=HANDLERS,
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
