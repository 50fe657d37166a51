"""Market research reports:
industry trends, competitors, changing client needs, for an industry or opportunity."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fastapi import APIRouter
from ptp_common.auth import StaffPrincipal
from ptp_common.events.schemas.crm import ResearchFiled
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import Specialist, get_or_404, get_referenced, now
from ptp_crm.db.models import Opportunity, ResearchReport

router = APIRouter(prefix="/research-reports", tags=["market research"])


class ResearchReportCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Telematics demand in regional logistics 2026",
                    "industry": "logistics",
                    "trends": "Fleet electrification drives demand for live data.",
                    "competitors": "Two national vendors, both hardware-only.",
                    "needs_changes": "Clients now ask for routing, not just tracking.",
                    "conclusion": "Bundle routing with tracking.",
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    industry: str = Field(min_length=1, max_length=100)
    opportunity_id: str | None = None
    trends: str = Field(default="", max_length=20000)
    competitors: str = Field(default="", max_length=20000)
    needs_changes: str = Field(default="", max_length=20000)
    conclusion: str = Field(min_length=1, max_length=20000)


class ResearchReportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str
    industry: str
    opportunity_id: str | None
    trends: str
    competitors: str
    needs_changes: str
    conclusion: str
    created_at: dt.datetime
    created_by: str


@router.post(
    "",
    status_code=201,
    response_model=ResearchReportRead,
    summary="File a market research report (crm.research.filed: kpi's market research duty)",
)
async def create_research_report(
    body: ResearchReportCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    idem = Idempotency(
        uow, idempotency_key, principal.actor, "POST /research-reports", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    if body.opportunity_id is not None:
        await get_referenced(uow, Opportunity, body.opportunity_id, "body.opportunity_id")
    report = ResearchReport(
        id=str(uuid.uuid4()), **body.model_dump(), created_at=now(runtime), created_by=principal.actor
    )
    uow.session.add(report)
    await uow.session.flush()
    uow.emit(
        ResearchFiled(
            report_id=report.id,
            title=report.title,
            industry=report.industry,
            filed_by=principal.actor,
            filed_at=report.created_at,
            opportunity_id=report.opportunity_id,
        ),
        subject=report.id,
        actor=principal.actor,
    )
    return await idem.created(ResearchReportRead.model_validate(report))


@router.get("", response_model=Page[ResearchReportRead], summary="List research reports")
async def list_research_reports(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    industry: str | None = None,
    opportunity_id: str | None = None,
) -> Page[ResearchReportRead]:
    stmt = select(ResearchReport)
    for column, value in (
        (ResearchReport.industry, industry),
        (ResearchReport.opportunity_id, opportunity_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [ResearchReport.created_at, ResearchReport.id], params)
    return Page[ResearchReportRead](
        items=[ResearchReportRead.model_validate(r) for r in items], next_cursor=cursor
    )


@router.get("/{report_id}", response_model=ResearchReportRead, summary="Read a research report")
async def get_research_report(report_id: str, uow: UowDep, _: StaffPrincipal) -> ResearchReportRead:
    return ResearchReportRead.model_validate(
        await get_or_404(uow, ResearchReport, report_id, "research report")
    )
