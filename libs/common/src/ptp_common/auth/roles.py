"""Roles of the business (docs/domain.md), plus ``admin`` for operations and ``service`` for other systems."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    project_manager = "project_manager"
    business_specialist = "business_specialist"
    tech_support = "tech_support"
    customer_service = "customer_service"
    legal = "legal"
    finance = "finance"
    auditor = "auditor"
    manager = "manager"
    client_representative = "client_representative"  # the client's authorised person (acceptance)
    admin = "admin"  # operators: dead letters, outbox, replays
    service = "service"  # other internal systems, scoped further by their other roles
