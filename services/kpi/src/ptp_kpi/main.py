"""ASGI entry point for running kpi alone: ``uvicorn ptp_kpi.main:app``."""

from ptp_kpi.service import create_app

app = create_app()
