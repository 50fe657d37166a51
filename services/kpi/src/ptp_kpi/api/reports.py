"""Printable HTML reports (issue 21 item 5): the audit report, a department's self-check report and
a person's or team's scorecard, rendered from templates (ptp_kpi/templates) with the same figures
and the same authorization as their JSON endpoints. No script; legible on paper."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.reports import render
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_kpi.api import audits, scorecards, self_checks
from ptp_kpi.api.access import STAFF_ONLY
from ptp_kpi.db.duty_models import DutyMiss
from ptp_kpi.db.models import Person, Team
from ptp_kpi.domain.periods import month_of, months_in

router = APIRouter(prefix="/reports", tags=["reports"])

PAGE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "A printable HTML page"}}


def _page(template: str, json_url: str, **context: object) -> HTMLResponse:
    return render("ptp_kpi", template, source="kpi", json_url=json_url, printed_at=utcnow(), **context)


@router.get("/audits/{audit_id}", response_class=HTMLResponse, responses=PAGE,
            summary="The audit report, printable",
            description=STAFF_ONLY + " Auditors, managers and admins (403 otherwise), as the JSON "
                        "report GET /audits/{audit_id}/report.")
async def get_audit_report_page(audit_id: str, uow: UowDep, principal: StaffPrincipal) -> HTMLResponse:
    report = await audits.get_audit_report(audit_id, uow, principal)
    return _page("audit_report.html", f"/api/v1/audits/{audit_id}/report", r=report)


@router.get("/self-checks/{check_id}", response_class=HTMLResponse, responses=PAGE,
            summary="A department's self-check report, printable", description=STAFF_ONLY)
async def get_self_check_report_page(check_id: str, uow: UowDep, principal: StaffPrincipal) -> HTMLResponse:
    check = await self_checks.get_self_check(check_id, uow, principal, Response())
    return _page("self_check_report.html", f"/api/v1/self-checks/{check_id}", c=check)


@router.get("/scorecards/{scorecard_id}", response_class=HTMLResponse, responses=PAGE,
            summary="A person's or team's scorecard, printable, with the duties they missed",
            description=STAFF_ONLY + " Read as GET /scorecards/{scorecard_id}: the subject, their "
                        "supervisor, team members for a team, managers and auditors.")
async def get_scorecard_report_page(scorecard_id: str, uow: UowDep,
                                    principal: StaffPrincipal) -> HTMLResponse:
    card = await scorecards.get_scorecard(scorecard_id, uow, principal, Response())
    if card.subject_type == "person":
        person = await uow.session.get(Person, card.subject_id)
        name = person.name if person else card.subject_id
        whose = DutyMiss.owner == card.subject_id
    else:
        team = await uow.session.get(Team, card.subject_id)
        name = team.name if team else card.subject_id
        members = (await uow.session.execute(
            select(Person.id).where(Person.team_id == card.subject_id))).scalars().all()
        whose = DutyMiss.owner.in_(members) | (DutyMiss.team_id == card.subject_id)
    months = set(months_in(card.period))
    missed = [m for m in (await uow.session.execute(
        select(DutyMiss).where(whose).order_by(DutyMiss.period_end, DutyMiss.id))).scalars()
        if month_of(m.period_start, uow.business_zone) in months]  # the period's business month
    return _page("scorecard.html", f"/api/v1/scorecards/{scorecard_id}", s=card, subject_name=name,
                 duties=missed)
