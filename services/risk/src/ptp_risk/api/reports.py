"""The risk report as a printable HTML page (issue 21 item 5): the register by level, the
likelihood x impact matrix as a colour heatmap (inline SVG, no script), the open responses - the
same figures and the same authorization (staff) as GET /risk-matrix, /risks and /responses."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.reports import render
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_risk.api.responses import response_read
from ptp_risk.api.risks import risk_read
from ptp_risk.api.views import STAFF_READ, get_risk_matrix
from ptp_risk.db.models import Response as RiskResponse
from ptp_risk.db.models import Risk

router = APIRouter(prefix="/reports", tags=["views"])

OPEN_RESPONSES = ("planned", "in_progress")


@router.get("/risk", response_class=HTMLResponse,
            responses={200: {"content": {"text/html": {}}, "description": "A printable HTML page"}},
            summary="The risk report, printable: register by level, heatmap, open responses",
            description=STAFF_READ)
async def get_risk_report(uow: UowDep, principal: StaffPrincipal) -> HTMLResponse:
    matrix = await get_risk_matrix(uow, principal)
    risks = [risk_read(r) for r in (await uow.session.execute(
        select(Risk).where(Risk.status != "closed").order_by(Risk.created_at, Risk.id))).scalars()]
    by_level: dict[str, list[object]] = {"high": [], "medium": [], "low": [], "none": []}
    for r in risks:
        by_level[r.level or "none"].append(r)
    responses = [response_read(p) for p in (await uow.session.execute(
        select(RiskResponse).where(RiskResponse.status.in_(OPEN_RESPONSES))
        .order_by(RiskResponse.due_date, RiskResponse.created_at))).scalars()]
    return render("ptp_risk", "risk_report.html", source="risk", printed_at=utcnow(),
                  json_url="/api/v1/risk-matrix, /api/v1/risks, /api/v1/responses",
                  matrix=matrix, open_risks=risks, by_level=by_level, responses=responses,
                  titles={r.id: r.title for r in risks})
