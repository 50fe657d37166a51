"""ASGI entry point for running projects alone: ``uvicorn ptp_projects.main:app``."""

from ptp_projects.service import create_app

app = create_app()
