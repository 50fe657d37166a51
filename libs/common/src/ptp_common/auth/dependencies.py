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
from ptp_common.errors import Forbidden, Unauthorized
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
