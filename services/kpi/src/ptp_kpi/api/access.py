"""Who may do what in kpi (docs/domain.md, "Who does what"), as reusable dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from ptp_common.auth import Principal, Role, require_roles
from ptp_common.errors import Forbidden

Auditor = Annotated[Principal, Depends(require_roles(Role.auditor))]
Manager = Annotated[Principal, Depends(require_roles(Role.manager))]
Evaluator = Annotated[Principal, Depends(require_roles(Role.manager, Role.project_manager))]
TrailReader = Annotated[Principal, Depends(require_roles(Role.auditor, Role.manager, Role.admin))]
ProjectionOperator = Annotated[Principal, Depends(require_roles(Role.auditor, Role.admin))]
Staff = Annotated[
    Principal,
    Depends(
        require_roles(
            Role.project_manager, Role.business_specialist, Role.tech_support,
            Role.customer_service, Role.legal, Role.finance, Role.auditor, Role.manager,
        )
    ),
]

OVERSEERS = (Role.manager, Role.auditor, Role.admin)
# The audit register is theirs: a role rule, so a dependency (x-roles in the OpenAPI says it).
Overseer = Annotated[Principal, Depends(require_roles(*OVERSEERS))]
AUDIT_REGISTER = (
    "The audit register: auditors, managers and admins only (a client_representative token gets 403)."
)

# Said on every read of kpi's OpenAPI: KPI data is internal (issue 17 item 3); reads take
# ptp_common.auth.StaffPrincipal, which answers 403 to a client-representative-only caller.
STAFF_ONLY = "Who may call: staff; a client_representative token gets 403 (KPI data is internal)."


def sees_everything(principal: Principal) -> bool:
    return principal.has_any(*OVERSEERS)


def require_own_or_overseer(principal: Principal, person_ids: set[str], what: str) -> None:
    """Everyone reads their own records; managers and auditors read everyone's."""
    if sees_everything(principal) or principal.actor in person_ids:
        return
    raise Forbidden(f"{what} belongs to someone else; requires manager or auditor",
                    required_roles=sorted(str(r) for r in OVERSEERS))
