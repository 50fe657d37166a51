"""Resources: people's hours, material and budget lines per project; over-allocation across projects."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.errors import Conflict, Unprocessable
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate, paginate_list
from ptp_common.money import check_minor_units
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_projects.api.lookup import get_or_404
from ptp_projects.api.roles import ProjectManager
from ptp_projects.api.schemas import (
    AllocationActuals,
    AllocationCreate,
    AllocationPage,
    AllocationRead,
    MoneyLineTotals,
    OverAllocationPage,
    OverAllocationRead,
    ResourceSummary,
)
from ptp_projects.db.models import Allocation, Project
from ptp_projects.domain.resources import Booking, Line, over_allocations, totals

router = APIRouter(tags=["resources"])


def check_amount(amount: object, currency: str | None, field: str) -> None:
    if amount is None or currency is None:
        return
    try:
        check_minor_units(amount, currency)  # type: ignore[arg-type]
    except ValueError as exc:
        raise Unprocessable(str(exc), field=field) from None


@router.post(
    "/projects/{project_id}/allocations",
    status_code=201,
    response_model=AllocationRead,
    summary="Allocate a person, material or budget to the project",
    description="409 when the project is cancelled: its contract was terminated.",
)
async def create_allocation(
    project_id: str,
    body: AllocationCreate,
    uow: UowDep,
    principal: ProjectManager,
    response: Response,
    key: IdempotencyKey = None,
) -> AllocationRead:
    scope = f"POST /projects/{project_id}/allocations"
    idem = Idempotency(uow, key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous  # type: ignore[return-value]
    project = await get_or_404(uow.session, Project, project_id, "project")
    if project.status == "cancelled":
        raise Conflict("project is cancelled; it takes no more allocations")
    check_amount(body.planned_amount, body.currency, "body.planned_amount")
    allocation = Allocation(project_id=project_id, created_by=principal.actor, **body.model_dump())
    uow.session.add(allocation)
    await uow.session.flush()
    read = AllocationRead.model_validate(allocation)
    return await idem.created(read, response)


@router.get(
    "/projects/{project_id}/allocations",
    response_model=AllocationPage,
    summary="Allocations of a project, planned against actual",
)
async def list_allocations(
    project_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    kind: Literal["person", "material", "budget"] | None = None,
    member: str | None = None,
) -> AllocationPage:
    await get_or_404(uow.session, Project, project_id, "project")
    stmt = select(Allocation).where(Allocation.project_id == project_id)
    if kind is not None:
        stmt = stmt.where(Allocation.kind == kind)
    if member is not None:
        stmt = stmt.where(Allocation.member == member)
    items, cursor = await paginate(uow.session, stmt, [Allocation.created_at, Allocation.id], params)
    return AllocationPage(items=[AllocationRead.model_validate(a) for a in items], next_cursor=cursor)


@router.get(
    "/projects/{project_id}/resources/summary",
    response_model=ResourceSummary,
    summary="Planned against actual hours and money of a project",
)
async def get_resource_summary(project_id: str, uow: UowDep, _: StaffPrincipal) -> ResourceSummary:
    await get_or_404(uow.session, Project, project_id, "project")
    allocations = await uow.session.scalars(
        select(Allocation).where(Allocation.project_id == project_id)
    )
    result = totals(
        Line(a.kind, a.planned_hours, a.actual_hours, a.planned_amount,
             a.actual_amount, a.currency)
        for a in allocations
    )
    return ResourceSummary(
        project_id=project_id,
        planned_hours=result.planned_hours,
        actual_hours=result.actual_hours,
        hours_variance=result.hours_variance,
        money=[
            MoneyLineTotals(kind=kind, currency=currency, planned=planned, actual=actual)  # type: ignore[arg-type]
            for (kind, currency), (planned, actual) in result.money.items()
        ],
    )


@router.patch(
    "/allocations/{allocation_id}",
    response_model=AllocationRead,
    summary="Record actual hours or spend",
)
async def record_allocation_actuals(
    allocation_id: str,
    body: AllocationActuals,
    uow: UowDep,
    _: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> AllocationRead:
    allocation = await get_or_404(uow.session, Allocation, allocation_id, "allocation")
    check_if_match(if_match, allocation.version)
    if body.actual_amount is not None and allocation.currency is None:
        raise Unprocessable("this allocation has no money line", field="body.actual_amount")
    check_amount(body.actual_amount, allocation.currency, "body.actual_amount")
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(allocation, field, value)
    await uow.session.flush()
    read = AllocationRead.model_validate(allocation)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get(
    "/resources/over-allocations",
    response_model=OverAllocationPage,
    summary="People booked beyond a working day across all projects (by member, then start)",
    description="Allocations released by a cancelled project no longer count.",
)
async def list_over_allocations(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    member: str | None = None,
) -> OverAllocationPage:
    stmt = select(Allocation).where(Allocation.kind == "person", Allocation.released_at.is_(None))
    if member is not None:
        stmt = stmt.where(Allocation.member == member)
    bookings = [
        Booking(
            a.id, a.project_id, a.member or "", a.planned_hours or Decimal(0),
            a.period_start, a.period_end,
        )
        for a in await uow.session.scalars(stmt)
    ]
    # Computed from every live booking, so paged in memory; a member's runs never overlap, so
    # (member, start) is unique and the order stable.
    page, cursor = paginate_list(over_allocations(bookings), params, lambda o: [o.member, o.start])
    reads = [
        OverAllocationRead(
            member=o.member, start=o.start, end=o.end,
            peak_hours_per_day=o.peak_hours_per_day, project_ids=list(o.project_ids),
        )
        for o in page
    ]
    return OverAllocationPage(items=reads, next_cursor=cursor)
