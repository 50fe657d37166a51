"""Who may do what in the risk service (docs/domain.md roles)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from ptp_common.auth import Principal, Role, require_roles
from ptp_common.errors import Forbidden, NotFound, Unprocessable
from ptp_common.service import UowDep

from ptp_risk.db.models import Risk

# Risks are identified, assessed and answered by the people running the business. Reads are for
# staff (auditors and managers above all): a client representative sees none of it (403), through
# ptp_common.auth.StaffPrincipal.
REGISTER_ROLES = (Role.manager, Role.project_manager, Role.business_specialist)
RegisterEditor = Annotated[Principal, Depends(require_roles(*REGISTER_ROLES))]
# Indicator readings also come from finance (e.g. the overdue receivables rate).
IndicatorRecorder = Annotated[Principal, Depends(require_roles(*REGISTER_ROLES, Role.finance))]

# Who registers which kind of risk: market risks are spotted by business specialists, technical
# ones by technical support; project managers and managers register any kind, as before.
REGISTRARS_BY_KIND: dict[str, tuple[Role, ...]] = {
    "market": (Role.business_specialist, Role.project_manager, Role.manager),
    "technical": (Role.tech_support, Role.project_manager, Role.manager),
    "credit": REGISTER_ROLES,
    "operational": REGISTER_ROLES,
}
ALL_REGISTRARS = tuple(sorted({r for roles in REGISTRARS_BY_KIND.values() for r in roles}))
RiskRegistrar = Annotated[Principal, Depends(require_roles(*ALL_REGISTRARS))]


def check_registrar(principal: Principal, kind: str) -> None:
    """403 naming the rule when the caller's roles may not register this kind of risk."""
    allowed = REGISTRARS_BY_KIND[kind]
    if not principal.has_any(*allowed):
        names = sorted(r.value for r in allowed)
        raise Forbidden(f"{kind} risks are registered by: {', '.join(names)}", required_roles=names)


def registrars_text() -> str:
    return "; ".join(
        f"{kind}: {', '.join(sorted(r.value for r in roles))}" for kind, roles in REGISTRARS_BY_KIND.items()
    )


def check_manager(principal: Principal, what: str) -> None:
    if not principal.has_any(Role.manager):
        raise Forbidden(f"{what} needs the manager role", required_roles=[Role.manager.value])


async def risk_or_404(uow: UowDep, risk_id: str) -> Risk:
    risk = await uow.session.get(Risk, risk_id)
    if risk is None:
        raise NotFound(f"no risk {risk_id}")
    return risk


def refuse_nulls(changes: dict[str, object], required: tuple[str, ...]) -> None:
    """A partial update may change a required field but not null it."""
    for name in required:
        if name in changes and changes[name] is None:
            raise Unprocessable(f"{name} cannot be null", field=f"body.{name}")
