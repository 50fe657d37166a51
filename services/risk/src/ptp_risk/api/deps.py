"""Who may do what in the risk service (shared/DOMAIN.md roles)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from ptp_common.auth import Principal, Role, require_roles
from ptp_common.errors import NotFound, Unprocessable
from ptp_common.service import UowDep

from ptp_risk.db.models import Risk

# Risks are identified, assessed and answered by the people running the business; reads are open
# to every authenticated caller (auditors and managers above all).
REGISTER_ROLES = (Role.manager, Role.project_manager, Role.business_specialist)
RegisterEditor = Annotated[Principal, Depends(require_roles(*REGISTER_ROLES))]
# Indicator readings also come from finance (e.g. the overdue receivables rate).
IndicatorRecorder = Annotated[Principal, Depends(require_roles(*REGISTER_ROLES, Role.finance))]


async def get_risk(uow: UowDep, risk_id: str) -> Risk:
    risk = await uow.session.get(Risk, risk_id)
    if risk is None:
        raise NotFound(f"no risk {risk_id}")
    return risk


def refuse_nulls(changes: dict[str, object], required: tuple[str, ...]) -> None:
    """A partial update may change a required field but not null it."""
    for name in required:
        if name in changes and changes[name] is None:
            raise Unprocessable(f"{name} cannot be null", field=f"body.{name}")
