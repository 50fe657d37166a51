"""FastAPI dependencies: the current principal, and role requirements for mutating endpoints."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ptp_common import context
from ptp_common.auth.principal import Principal
from ptp_common.auth.roles import Role
from ptp_common.auth.tokens import verify_token
from ptp_common.errors import Forbidden, NotFound, Unauthorized
from ptp_common.settings import ServiceSettings

bearer = HTTPBearer(auto_error=False, description="OAuth2 bearer JWT (`make token` in dev mode)")

ANONYMOUS_DEV = Principal(subject="dev-anonymous", roles=frozenset(r.value for r in Role))


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    settings: ServiceSettings = request.app.state.settings
    if not settings.auth_enabled:
        principal = ANONYMOUS_DEV
    elif credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("missing bearer token")
    else:
        principal = verify_token(settings, credentials.credentials)
    context.set_actor(principal.actor)
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role | str) -> Callable[..., Awaitable[Principal]]:
    """Dependency: the caller must hold at least one of ``roles``."""
    allowed = sorted(str(r) for r in roles)

    async def dependency(principal: CurrentPrincipal) -> Principal:
        if not principal.has_any(*allowed):
            raise Forbidden(f"requires one of the roles: {', '.join(allowed)}", required_roles=allowed)
        return principal

    dependency.__name__ = "require_" + "_or_".join(allowed)
    return dependency


# -- record-level access of client representatives -------------------------------------------------
STAFF_ROLES = frozenset(r.value for r in Role if r is not Role.client_representative)


def acts_for_a_customer(principal: Principal) -> bool:
    """A client's representative (and nothing more): sees only their own customer's records."""
    return principal.has_any(Role.client_representative) and not (principal.roles & STAFF_ROLES)


def customer_scope(principal: Principal) -> str | None:
    """The one customer whose records the caller may see, or None when the caller is staff.

    A representative's token must name its customer (``customer_id`` claim): without it, 403.
    """
    if not acts_for_a_customer(principal):
        return None
    if not principal.customer_id:
        raise Forbidden("a client_representative token needs a customer_id claim")
    return principal.customer_id


def check_customer_record(principal: Principal, customer_id: str, not_found: str) -> None:
    """404 (``not_found``) for another customer's record: a representative cannot tell it exists."""
    scope = customer_scope(principal)
    if scope is not None and scope != customer_id:
        raise NotFound(not_found)


async def staff_principal(principal: CurrentPrincipal) -> Principal:
    """Staff and systems only: a client representative may not read this kind of record (403)."""
    if acts_for_a_customer(principal):
        raise Forbidden(
            "client representatives may not read this kind of record", required_roles=sorted(STAFF_ROLES)
        )
    return principal


StaffPrincipal = Annotated[Principal, Depends(staff_principal)]
