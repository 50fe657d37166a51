"""Which projects a caller may see: a client representative only their own customer's.

The rule is the suite's one mechanism (ptp_common.auth.customer_scope/check_customer_record):
staff see every project; a client representative acts for the customer in the token's
``customer_id`` claim (403 without it), and another customer's project answers 404, as if it
did not exist.
"""

from __future__ import annotations

from ptp_common.auth import Principal, check_customer_record, check_represents
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.api.lookup import get_or_404
from ptp_projects.db.models import Project


async def visible_project(session: AsyncSession, project_id: str, principal: Principal) -> Project:
    """The project, or 404 when it does not exist or belongs to another customer's representative."""
    project = await get_or_404(session, Project, project_id, "project")
    check_customer_record(principal, project.customer_id, f"no project {project_id}")
    return project


async def customers_project(session: AsyncSession, project_id: str, principal: Principal) -> Project:
    """For acts only the client's representative performs (sign-off): whatever other roles the
    token carries, it must name the project's customer."""
    project = await get_or_404(session, Project, project_id, "project")
    check_represents(principal, project.customer_id, f"no project {project_id}")
    return project

