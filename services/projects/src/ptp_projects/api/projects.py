"""Projects: list with filters, read with plan and criteria, assign the manager, baseline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from ptp_common.auth import CustomerPrincipal, StaffPrincipal, customer_scope
from ptp_common.db import utcnow
from ptp_common.events.schemas.projects import ProjectStarted
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.api.lookup import get_or_404
from ptp_projects.api.roles import ProjectManager
from ptp_projects.api.schemas import (
    CriterionRead,
    MilestoneRead,
    PhaseRead,
    PlanChangePage,
    PlanChangeRead,
    ProjectPage,
    ProjectRead,
    ProjectStatus,
    ProjectSummary,
    ProjectUpdate,
)
from ptp_projects.api.visibility import visible_project
from ptp_projects.db.models import AcceptanceCriterion, Milestone, Phase, PlanChange, Project, Task
from ptp_projects.domain import states

router = APIRouter(prefix="/projects", tags=["projects"])


async def project_read(session: AsyncSession, project: Project) -> ProjectRead:
    phases = (
        await session.scalars(
            select(Phase).where(Phase.project_id == project.id).order_by(Phase.position)
        )
    ).all()
    milestones = (
        await session.scalars(
            select(Milestone)
            .where(Milestone.project_id == project.id)
            .order_by(Milestone.due_date, Milestone.position)
        )
    ).all()
    criteria = (
        await session.scalars(
            select(AcceptanceCriterion)
            .where(AcceptanceCriterion.project_id == project.id)
            .order_by(AcceptanceCriterion.position)
        )
    ).all()
    reads = [MilestoneRead.model_validate(m) for m in milestones]
    variances = [r.variance_days for r in reads if r.variance_days is not None]
    return ProjectRead.model_validate(
        {
            **ProjectSummary.model_validate(project).model_dump(),
            "scope": project.scope,
            "expiry_date": project.expiry_date,
            "baselined_by": project.baselined_by,
            "signed_off_by": project.signed_off_by,
            "cancelled_at": project.cancelled_at,
            "cancellation_reason": project.cancellation_reason,
            "schedule_variance_days": max(variances) if variances else None,
            "phases": [PhaseRead.model_validate(p) for p in phases],
            "milestones": reads,
            "acceptance_criteria": [CriterionRead.model_validate(c) for c in criteria],
        }
    )


@router.get(
    "",
    response_model=ProjectPage,
    summary="List projects, newest last",
    description="A client representative sees only the projects of the customer in their token's "
    "customer_id claim (403 without the claim).",
)
async def list_projects(
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
    status: ProjectStatus | None = None,
    customer_id: str | None = None,
    manager: str | None = None,
    contract_id: str | None = None,
    delayed: Annotated[bool | None, Query(description="Only projects the delay scan flagged")] = None,
) -> ProjectPage:
    stmt = select(Project)
    if (represented := customer_scope(principal)) is not None:
        stmt = stmt.where(Project.customer_id == represented)
    if status is not None:
        stmt = stmt.where(Project.status == status)
    if customer_id is not None:
        stmt = stmt.where(Project.customer_id == customer_id)
    if manager is not None:
        stmt = stmt.where(Project.manager == manager)
    if contract_id is not None:
        stmt = stmt.where(Project.contract_id == contract_id)
    if delayed is not None:
        stmt = stmt.where(Project.delayed.is_(delayed))
    items, cursor = await paginate(uow.session, stmt, [Project.created_at, Project.id], params)
    return ProjectPage(items=[ProjectSummary.model_validate(p) for p in items], next_cursor=cursor)


@router.get(
    "/{project_id}",
    response_model=ProjectRead,
    summary="A project with its plan and criteria",
    description="A client representative sees only their own customer's projects (another "
    "customer's answers 404; a token without the customer_id claim 403).",
)
async def get_project(
    project_id: str, uow: UowDep, principal: CustomerPrincipal, response: Response
) -> ProjectRead:
    project = await visible_project(uow.session, project_id, principal)
    set_etag(response, project.version)
    return await project_read(uow.session, project)


@router.patch("/{project_id}", response_model=ProjectRead, summary="Assign the project manager")
async def update_project(
    project_id: str,
    body: ProjectUpdate,
    uow: UowDep,
    _: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> ProjectRead:
    project = await get_or_404(uow.session, Project, project_id, "project")
    check_if_match(if_match, project.version)
    project.manager = body.manager
    await uow.session.flush()
    read = await project_read(uow.session, project)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/{project_id}/baseline",
    response_model=ProjectRead,
    summary="Baseline the plan: planning -> active (project.started)",
    description="Freezes today's dates as the baseline; later changes are measured against it.",
)
async def baseline_project(
    project_id: str,
    uow: UowDep,
    principal: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> ProjectRead:
    project = await get_or_404(uow.session, Project, project_id, "project")
    check_if_match(if_match, project.version)
    project.status = states.PROJECT.next_state(project.status, "baseline")
    project.baselined_at = utcnow()
    project.baselined_by = principal.actor
    project.manager = project.manager or principal.actor
    for m in await uow.session.scalars(select(Milestone).where(Milestone.project_id == project.id)):
        m.baseline_due_date = m.due_date
    for t in await uow.session.scalars(select(Task).where(Task.project_id == project.id)):
        t.baseline_start_date, t.baseline_due_date = t.start_date, t.due_date
    await uow.session.flush()
    uow.emit(
        ProjectStarted(
            project_id=project.id,
            contract_id=project.contract_id,
            customer_id=project.customer_id,
            baselined_by=principal.actor,
        ),
        subject=project.id,
        actor=principal.actor,
    )
    read = await project_read(uow.session, project)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get(
    "/{project_id}/plan-changes",
    response_model=PlanChangePage,
    summary="Changes made to the plan after baselining",
)
async def list_plan_changes(
    project_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
) -> PlanChangePage:
    await get_or_404(uow.session, Project, project_id, "project")
    stmt = select(PlanChange).where(PlanChange.project_id == project_id)
    items, cursor = await paginate(
        uow.session, stmt, [PlanChange.changed_at, PlanChange.id], params
    )
    return PlanChangePage(items=[PlanChangeRead.model_validate(i) for i in items], next_cursor=cursor)
