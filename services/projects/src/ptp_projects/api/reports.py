"""Progress reports: team members report period, percent complete, done, next, problems."""

from __future__ import annotations

from fastapi import APIRouter
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.events.schemas.projects import ProgressReported
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_projects.api.lookup import get_or_404
from ptp_projects.api.roles import TeamMember
from ptp_projects.api.schemas import ProgressReportCreate, ProgressReportPage, ProgressReportRead
from ptp_projects.db.models import ProgressReport, Project

router = APIRouter(tags=["progress"])


@router.post(
    "/projects/{project_id}/reports",
    status_code=201,
    response_model=ProgressReportRead,
    summary="File a progress report (projects.progress.reported: kpi's progress report duty)",
)
async def create_report(
    project_id: str,
    body: ProgressReportCreate,
    uow: UowDep,
    principal: TeamMember,
    key: IdempotencyKey = None,
) -> ProgressReportRead:
    scope = f"POST /projects/{project_id}/reports"
    idem = Idempotency(uow, key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous  # type: ignore[return-value]
    project = await get_or_404(uow.session, Project, project_id, "project")
    report = ProgressReport(
        project_id=project_id, author=principal.actor, created_at=utcnow(), **body.model_dump()
    )
    uow.session.add(report)
    await uow.session.flush()
    uow.emit(
        ProgressReported(
            project_id=project.id,
            contract_id=project.contract_id,
            customer_id=project.customer_id,
            report_id=str(report.id),
            reported_by=principal.actor,
            reported_at=report.created_at,
            percent_complete=getattr(report, "percent_complete", None),
        ),
        subject=project.id,
        actor=principal.actor,
    )
    read = ProgressReportRead.model_validate(report)
    return await idem.created(read)


@router.get(
    "/projects/{project_id}/reports",
    response_model=ProgressReportPage,
    summary="Progress reports of a project, oldest first",
)
async def list_reports(
    project_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    author: str | None = None,
) -> ProgressReportPage:
    await get_or_404(uow.session, Project, project_id, "project")
    stmt = select(ProgressReport).where(ProgressReport.project_id == project_id)
    if author is not None:
        stmt = stmt.where(ProgressReport.author == author)
    items, cursor = await paginate(
        uow.session, stmt, [ProgressReport.created_at, ProgressReport.id], params
    )
    return ProgressReportPage(
        items=[ProgressReportRead.model_validate(r) for r in items], next_cursor=cursor
    )
