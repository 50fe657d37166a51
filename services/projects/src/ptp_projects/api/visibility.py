"""Which projects a caller may see: a client representative only their own customer's.

Staff see every project. A caller whose only business here is being a client representative
acts for the customer named in the token's ``customer_id`` claim: without the claim the token
cannot act at all (403); another customer's project answers 404, as if it did not exist.
"""

from __future__ import annotations

from ptp_common.auth import Principal, Role
from ptp_common.errors import Forbidden, NotFound
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.api.lookup import get_or_404
from ptp_projects.db.models import Project

STAFF_ROLES = tuple(r for r in Role if r is not Role.client_representative)

NEEDS_CUSTOMER_CLAIM = (
    "a client_representative token needs a customer_id claim naming the customer it speaks for"
)


def is_client_only(principal: Principal) -> bool:
    return principal.has_any(Role.client_representative) and not principal.has_any(*STAFF_ROLES)


def represented_customer(principal: Principal) -> str | None:
    """The customer a client-only caller is bound to (403 without the claim); None for staff."""
    if not is_client_only(principal):
        return None
    if principal.customer_id is None:
        raise Forbidden(NEEDS_CUSTOMER_CLAIM, required_claim="customer_id")
    return principal.customer_id


async def visible_project(session: AsyncSession, project_id: str, principal: Principal) -> Project:
    """The project, or 404 when it does not exist or belongs to another customer's representative."""
    customer = represented_customer(principal)
    project = await get_or_404(session, Project, project_id, "project")
    if customer is not None and not principal.speaks_for(project.customer_id):
        raise NotFound(f"no project {project_id}")
    return project


async def customers_project(session: AsyncSession, project_id: str, principal: Principal) -> Project:
    """For acts only a client representative performs (sign-off): bound to their customer."""
    if principal.customer_id is None:
        raise Forbidden(NEEDS_CUSTOMER_CLAIM, required_claim="customer_id")
    project = await get_or_404(session, Project, project_id, "project")
    if not principal.speaks_for(project.customer_id):
        raise NotFound(f"no project {project_id}")
    return project
