"""What every crm router shares: role aliases (per docs/domain.md), lookups, the clock."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, TypeVar

from fastapi import Depends
from ptp_common.auth import Principal, Role, require_roles
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import NotFound, Unprocessable
from ptp_common.service import ServiceRuntime

Specialist = Annotated[Principal, Depends(require_roles(Role.business_specialist))]
SolutionAuthor = Annotated[Principal, Depends(require_roles(Role.business_specialist, Role.tech_support))]
ProjectManager = Annotated[Principal, Depends(require_roles(Role.project_manager))]
CustomerService = Annotated[Principal, Depends(require_roles(Role.customer_service))]
# Specialists collect feedback too (docs/domain.md: specialists collect feedback).
FeedbackCollector = Annotated[
    Principal, Depends(require_roles(Role.customer_service, Role.business_specialist))
]

M = TypeVar("M")


async def get_or_404(uow: UnitOfWork, model: type[M], entity_id: str, what: str) -> M:
    found = await uow.session.get(model, entity_id)
    if found is None:
        raise NotFound(f"no {what} {entity_id}")
    return found


async def get_referenced(uow: UnitOfWork, model: type[M], entity_id: str, field: str) -> M:
    """A row the request body points at; a dangling reference is the caller's 422, not a 404."""
    found = await uow.session.get(model, entity_id)
    if found is None:
        raise Unprocessable(f"{field.rsplit('.', 1)[-1]} {entity_id} does not exist", field=field)
    return found


def now(runtime: ServiceRuntime) -> dt.datetime:
    return runtime.clock.now()

