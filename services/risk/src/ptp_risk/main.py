"""ASGI entry point for running risk alone: ``uvicorn ptp_risk.main:app``."""

from ptp_risk.service import create_app

app = create_app()
