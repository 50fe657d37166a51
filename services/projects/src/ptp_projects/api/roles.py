"""Who may do what (docs/domain.md): the role dependencies the routers use."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from ptp_common.auth import Principal, Role, require_roles

TEAM_ROLES = (Role.project_manager, Role.tech_support, Role.business_specialist)

ProjectManager = Annotated[Principal, Depends(require_roles(Role.project_manager))]
"""Plans, baselines, confirms milestones, allocates resources."""

TeamMember = Annotated[Principal, Depends(require_roles(*TEAM_ROLES))]
"""Reports progress and works on tasks (the project manager too)."""

AcceptanceRecorder = Annotated[
    Principal,
    Depends(
        require_roles(
            Role.project_manager, Role.business_specialist, Role.client_representative, own_customer=True
        )
    ),
]
"""Opens rounds and records the client's verdicts (the specialist agrees criteria with the client);
a representative only on their own customer's projects (``ptp_projects.api.visibility``)."""

ClientRepresentative = Annotated[
    Principal, Depends(require_roles(Role.client_representative, own_customer=True))
]
"""Only the client's authorised person signs acceptance off (of their own customer: see
``ptp_projects.api.visibility``)."""

TaskWaiver = Annotated[Principal, Depends(require_roles(Role.project_manager, Role.manager))]
"""Waives a task acceptance need not wait for (the manager approves exceptions)."""


def is_manager(principal: Principal) -> bool:
    return principal.has_any(Role.project_manager)
