"""FastAPI dependencies: the current principal, and role requirements for mutating endpoints.

Each dependency here carries a marker (:data:`ROLES_MARK`, :data:`CUSTOMER_SCOPE_MARK`) saying whom it
lets through; ``ptp_common.auth.openapi_roles`` reads them from every operation's dependencies and
writes the answer into the OpenAPI document (``x-roles``), so the document cannot drift from the code.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ptp_common import context
from ptp_common.auth.principal import Principal
from ptp_common.auth.roles import Role
from ptp_common.auth.tokens import verify_token
from ptp_common.errors import Forbidden, NotFound, Unauthorized
from ptp_common.settings import ServiceSettings

bearer = HTTPBearer(auto_error=False, description="OAuth2 bearer JWT (`make token` in dev mode)")

ALL_ROLES = frozenset(r.value for r in Role)
ANONYMOUS_DEV = Principal(subject="dev-anonymous", roles=ALL_ROLES)

# Attribute on a dependency callable: the roles (a frozenset of names) it lets through.
ROLES_MARK = "ptp_roles"
# Attribute on a dependency callable: it confines a client representative to their own customer's
# records (the operation answers 404 for another customer's record, and lists only their own).
CUSTOMER_SCOPE_MARK = "ptp_customer_scope"
OWN_CUSTOMER = "own-customer"


def _mark(dependency: Callable[..., Any], roles: frozenset[str], customer_scope: str | None = None) -> None:
    setattr(dependency, ROLES_MARK, roles)
    if customer_scope is not None:
        setattr(dependency, CUSTOMER_SCOPE_MARK, customer_scope)


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


_mark(current_principal, ALL_ROLES)
CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role | str, own_customer: bool = False) -> Callable[..., Awaitable[Principal]]:
    """Dependency: the caller must hold at least one of ``roles``.

    ``own_customer``: a client representative among ``roles`` acts only on their own customer's
    records (the handler answers 404 for another customer's, see :func:`check_customer_record`);
    the OpenAPI document says so (``x-client-representative: own-customer``) and a representative's
    token naming no customer is refused (403) before the handler runs.
    """
    allowed = sorted(str(r) for r in roles)

    async def dependency(principal: CurrentPrincipal) -> Principal:
        if not principal.has_any(*allowed):
            raise Forbidden(f"requires one of the roles: {', '.join(allowed)}", required_roles=allowed)
        if own_customer:
            customer_scope(principal)
        return principal

    dependency.__name__ = "require_" + "_or_".join(allowed)
    _mark(dependency, frozenset(allowed), OWN_CUSTOMER if own_customer else None)
    return dependency


# -- record-level access of client representatives -------------------------------------------------
STAFF_ROLES = frozenset(r.value for r in Role if r is not Role.client_representative)
NEEDS_CUSTOMER_CLAIM = (
    "a client_representative token needs a customer_id claim naming the customer it speaks for"
)


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
        raise Forbidden(NEEDS_CUSTOMER_CLAIM, required_claim="customer_id")
    return principal.customer_id


def check_customer_record(principal: Principal, customer_id: str, not_found: str) -> None:
    """404 (``not_found``) for another customer's record: a representative cannot tell it exists."""
    scope = customer_scope(principal)
    if scope is not None and scope != customer_id:
        raise NotFound(not_found)


def check_represents(principal: Principal, customer_id: str, not_found: str) -> None:
    """For acts only the customer's own representative performs (acceptance sign-off, the client's
    signature): whatever other roles the token carries, it must name a customer (403) and this one
    (404 ``not_found`` otherwise, as if the record did not exist)."""
    if not principal.customer_id:
        raise Forbidden(NEEDS_CUSTOMER_CLAIM, required_claim="customer_id")
    if not principal.speaks_for(customer_id):
        raise NotFound(not_found)


async def staff_principal(principal: CurrentPrincipal) -> Principal:
    """Staff and systems only: a client representative may not read this kind of record (403)."""
    if acts_for_a_customer(principal):
        raise Forbidden(
            "client representatives may not read this kind of record", required_roles=sorted(STAFF_ROLES)
        )
    return principal


_mark(staff_principal, STAFF_ROLES)
StaffPrincipal = Annotated[Principal, Depends(staff_principal)]


async def own_customer_principal(principal: CurrentPrincipal) -> Principal:
    """Any caller; a client representative only on their own customer's records.

    The handler narrows the records with :func:`customer_scope` / :func:`check_customer_record`;
    this dependency says so in the OpenAPI document (``x-client-representative: own-customer``)
    and refuses a representative's token that names no customer (403) before the handler runs.
    """
    customer_scope(principal)
    return principal


_mark(own_customer_principal, ALL_ROLES, OWN_CUSTOMER)
CustomerPrincipal = Annotated[Principal, Depends(own_customer_principal)]
