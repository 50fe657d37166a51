"""ASGI entry point for running webhooks alone: ``uvicorn ptp_webhooks.main:app``."""

from ptp_webhooks.service import create_app

app = create_app()
