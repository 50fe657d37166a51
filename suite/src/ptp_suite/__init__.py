"""Runs the six services together: embedded (one process) or distributed (a process each)."""

SERVICES = ("crm", "contracts", "projects", "risk", "kpi", "webhooks")
