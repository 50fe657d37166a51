"""ASGI entry point for running contracts alone: ``uvicorn ptp_contracts.main:app``."""

from ptp_contracts.service import create_app

app = create_app()
