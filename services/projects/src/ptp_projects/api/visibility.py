"""Which projects a caller may see: a client representative only their own customer's.

The rule is the suite's one mechanism (ptp_common.auth.customer_scope/check_customer_record):
staff see every project; a client representative acts for the customer in the token's
``customer_id`` claim (403 without it), and another customer's project answers 404, as if it
did not exist.
"""

from __future__ import annotations

from ptp_common.auth import Principal, check_customer_record
from ptp_common.errors import Forbidden, NotFound
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.api.lookup import get_or_404
from ptp_projects.db.models import Project

NEEDS_CUSTOMER_CLAIM = (
    "a client_representative token needs a customer_id claim naming the customer it speaks for"
)


async def visible_project(session: AsyncSession, project_id: str, principal: Principal) -> Project:
    """The project, or 404 when it does not exist or belongs to another customer's representative."""
    project = await get_or_404(session, Project, project_id, "project")
    check_customer_record(principal, project.customer_id, f"no project {project_id}")
    return project


async def customers_project(session: AsyncSession, project_id: str, principal: Principal) -> Project:
    """For acts only the client's representative performs (sign-off): whatever other roles the
    token carries, it must name the project's customer."""
    if principal.customer_id is None:
        raise Forbidden(NEEDS_CUSTOMER_CLAIM, required_claim="customer_id")
    project = await get_or_404(session, Project, project_id, "project")
    if not principal.speaks_for(project.customer_id):
        raise NotFound(f"no project {project_id}")
    return project

