"""The risk service's definition: what the shared runtime needs to run it."""

from fastapi import FastAPI
from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings

from ptp_risk.api import assessments, credit, indicators, reports, responses, risks, views
from ptp_risk.config import current_config
from ptp_risk.db.models import Base
from ptp_risk.handlers import BATCH_HANDLERS, HANDLERS

# An invalid RISK_CONFIG fails here, at start, rather than parking the first event it touches.
current_config()

definition = ServiceDefinition(
    name="risk",
    title="Risk service",
    description=(
        "Credit profiles built from events, risk register, indicators, assessments "
        "(matrix and models) and responses."
    ),
    base=Base,
    migrations_package="ptp_risk.migrations",
    routers=[
        credit.router,
        risks.router,
        assessments.router,
        responses.router,
        responses.review_router,
        indicators.router,
        views.router,
        reports.router,
    ],
    handlers=HANDLERS,
    batch_handlers=BATCH_HANDLERS,
    openapi_tags=[
        {"name": "credit profiles", "description": "Built only from events; every change names its cause"},
        {"name": "risk register", "description": "Risks of kind market, credit, technical, operational"},
        {
            "name": "assessments",
            "description": "Qualitative (matrix), quantitative (expected loss), manager overrides",
        },
        {
            "name": "responses",
            "description": "Avoid, reduce, transfer, accept (a risk that is not low: a manager approves)",
        },
        {"name": "indicators", "description": "Named metrics with thresholds and a time series"},
        {"name": "views", "description": "Matrix, risk events over time, the configuration in force"},
    ],
)


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
