"""ASGI entry point for running crm alone: ``uvicorn ptp_crm.main:app``."""

from ptp_crm.service import create_app

app = create_app()
