"""The projects service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI
from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings

from ptp_projects.api import acceptance, projects, reports, resources, tasks
from ptp_projects.db.models import Base
from ptp_projects.handlers import BATCH_HANDLERS, HANDLERS
from ptp_projects.jobs import JOBS

definition = ServiceDefinition(
    name="projects",
    title="Projects service",
    description=(
        "Projects planned from signed contracts: phases, tasks, milestones, resources, "
        "progress reports, acceptance rounds and rectification."
    ),
    base=Base,
    migrations_package="ptp_projects.migrations",
    routers=[projects.router, tasks.router, reports.router, resources.router, acceptance.router],
    handlers=HANDLERS,
    batch_handlers=BATCH_HANDLERS,
    jobs=JOBS,
    openapi_tags=[
        {"name": "projects", "description": "Projects planned from signed contracts; baselining"},
        {"name": "plan", "description": "Tasks and milestones, changes against the baseline"},
        {"name": "progress", "description": "Team members' progress reports"},
        {"name": "resources", "description": "People, material and budget allocations"},
        {"name": "acceptance", "description": "Self-check, rounds with the client, rectification, sign-off"},
    ],
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
