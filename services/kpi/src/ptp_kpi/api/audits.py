"""Internal audits: plan, scope, findings with owners and due dates, rectification to
closure, the audit report."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Query, Response
from ptp_common.auth import Principal, StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, Forbidden, NotFound
from ptp_common.events.schemas.kpi import AuditCompleted, FindingClosed, FindingRaised
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_kpi.api.access import (
    AUDIT_REGISTER,
    STAFF_ONLY,
    Auditor,
    Overseer,
    require_own_or_overseer,
    sees_everything,
)
from ptp_kpi.api.audit_schemas import (
    AuditComplete,
    AuditCreate,
    AuditPage,
    AuditRead,
    AuditReport,
    FindingCreate,
    FindingPage,
    FindingRead,
    RectificationReject,
    RectificationSubmit,
)
from ptp_kpi.db.models import Audit, Finding
from ptp_kpi.domain.lifecycles import AUDIT, FINDING

router = APIRouter(tags=["internal audits"])
OPEN_FINDING_STATES = ("open", "in_rectification", "rectified")


def finding_read(finding: Finding) -> FindingRead:
    read = FindingRead.model_validate(finding)
    return read.model_copy(update={"allowed_actions": FINDING.allowed(finding.status)})


async def _audit(uow: UowDep, audit_id: str) -> Audit:
    audit = await uow.session.get(Audit, audit_id)
    if audit is None:
        raise NotFound(f"no audit {audit_id}")
    return audit


async def _finding(uow: UowDep, finding_id: str) -> Finding:
    finding = await uow.session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(f"no finding {finding_id}")
    return finding


@router.post("/audits", status_code=201, response_model=AuditRead, summary="Plan an audit")
async def create_audit(body: AuditCreate, uow: UowDep, principal: Auditor,
                       response: Response, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /audits", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    audit = Audit(id=str(uuid.uuid4()), auditor=principal.actor, status="planned",
                  created_by=principal.actor, created_at=utcnow(), **body.model_dump())
    uow.session.add(audit)
    await uow.session.flush()
    read = AuditRead.model_validate(audit)
    return await idem.created(read, response)


@router.get("/audits", response_model=AuditPage, summary="List audits",
            description=AUDIT_REGISTER)
async def list_audits(
    uow: UowDep, _: Overseer,
    params: PageDep,
    status: str | None = None, kind: str | None = None, auditor: str | None = None,
) -> AuditPage:
    stmt = select(Audit)
    for column, value in ((Audit.status, status), (Audit.kind, kind), (Audit.auditor, auditor)):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Audit.created_at, Audit.id], params)
    return AuditPage(items=[AuditRead.model_validate(a) for a in items], next_cursor=cursor)


@router.get("/audits/{audit_id}", response_model=AuditRead, summary="One audit",
            description=AUDIT_REGISTER)
async def get_audit(audit_id: str, uow: UowDep, _: Overseer,
                    response: Response) -> AuditRead:
    audit = await _audit(uow, audit_id)
    set_etag(response, audit.version)
    return AuditRead.model_validate(audit)


async def _move_audit(uow: UowDep, audit_id: str, action: str, if_match: str | None) -> Audit:
    audit = await _audit(uow, audit_id)
    check_if_match(if_match, audit.version)
    audit.status = AUDIT.next_state(audit.status, action)
    return audit


async def _audit_response(uow: UowDep, audit: Audit, response: Response) -> AuditRead:
    await uow.session.flush()
    read = AuditRead.model_validate(audit)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/audits/{audit_id}/start", response_model=AuditRead, summary="Start fieldwork")
async def start_audit(audit_id: str, uow: UowDep, _: Auditor, response: Response,
                      if_match: IfMatch = None) -> AuditRead:
    return await _audit_response(uow, await _move_audit(uow, audit_id, "start", if_match),
                                 response)


@router.post("/audits/{audit_id}/cancel", response_model=AuditRead, summary="Cancel a plan")
async def cancel_audit(audit_id: str, uow: UowDep, _: Auditor, response: Response,
                       if_match: IfMatch = None) -> AuditRead:
    return await _audit_response(uow, await _move_audit(uow, audit_id, "cancel", if_match),
                                 response)


@router.post("/audits/{audit_id}/complete", response_model=AuditRead,
             summary="Complete with the audit report (findings stay tracked to closure)")
async def complete_audit(audit_id: str, body: AuditComplete, uow: UowDep, _: Auditor,
                         response: Response, if_match: IfMatch = None) -> AuditRead:
    audit = await _move_audit(uow, audit_id, "complete", if_match)
    audit.report, audit.completed_at = body.report, utcnow()
    statuses = (await uow.session.execute(
        select(Finding.status).where(Finding.audit_id == audit_id))).scalars().all()
    uow.emit(AuditCompleted(
        audit_id=audit.id, title=audit.title, kind=audit.kind, department=audit.department,
        auditor=audit.auditor, completed_at=audit.completed_at, findings=len(statuses),
        open_findings=sum(s in OPEN_FINDING_STATES for s in statuses)), subject=audit.id)
    return await _audit_response(uow, audit, response)


@router.get("/audits/{audit_id}/report", response_model=AuditReport,
            summary="The audit report: findings and where their rectification stands",
            description=AUDIT_REGISTER)
async def get_audit_report(audit_id: str, uow: UowDep, _: Overseer) -> AuditReport:
    audit = await _audit(uow, audit_id)
    findings = (await uow.session.execute(
        select(Finding).where(Finding.audit_id == audit_id)
        .order_by(Finding.created_at, Finding.id))).scalars().all()
    return AuditReport(
        audit=AuditRead.model_validate(audit),
        findings=[finding_read(f) for f in findings],
        by_severity=dict(Counter(f.severity for f in findings)),
        by_status=dict(Counter(f.status for f in findings)),
        open_findings=sum(f.status in OPEN_FINDING_STATES for f in findings),
    )


@router.post("/audits/{audit_id}/findings", status_code=201, response_model=FindingRead,
             summary="Raise a finding (kpi.finding.raised)")
async def raise_finding(audit_id: str, body: FindingCreate, uow: UowDep, principal: Auditor,
                        response: Response, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, f"POST /audits/{audit_id}/findings",
                       body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    audit = await _audit(uow, audit_id)
    if audit.status != "in_progress":
        raise Conflict(f"audit is {audit.status}: findings are raised during fieldwork",
                       allowed_actions=AUDIT.allowed(audit.status))
    finding = Finding(id=str(uuid.uuid4()), audit_id=audit_id, status="open",
                      created_by=principal.actor, created_at=utcnow(), **body.model_dump())
    uow.session.add(finding)
    await uow.session.flush()
    uow.emit(FindingRaised(
        finding_id=finding.id, audit_id=audit_id, severity=body.severity, owner=body.owner,
        due_date=body.due_date, linked_record=body.linked_record), subject=finding.id)
    read = finding_read(finding)
    return await idem.created(read, response)


@router.get("/findings", response_model=FindingPage,
            summary="Findings (yours to rectify, or all for auditors and managers)",
            description=STAFF_ONLY + (
                        " Auditors, managers and admins see all; anyone else the findings they "
                        "own."))
async def list_findings(
    uow: UowDep, principal: StaffPrincipal,
    params: PageDep,
    audit_id: str | None = None, status: str | None = None, owner: str | None = None,
    severity: str | None = None,
    overdue_on: Annotated[dt.date | None, Query(
        description="Only findings still open past their due date on this day")] = None,
) -> FindingPage:
    if not sees_everything(principal):
        owner = principal.actor
    stmt = select(Finding)
    for column, value in ((Finding.audit_id, audit_id), (Finding.status, status),
                          (Finding.owner, owner), (Finding.severity, severity)):
        if value is not None:
            stmt = stmt.where(column == value)
    if overdue_on is not None:
        stmt = stmt.where(Finding.due_date < overdue_on,
                          Finding.status.in_(OPEN_FINDING_STATES))
    items, cursor = await paginate(uow.session, stmt, [Finding.created_at, Finding.id], params)
    return FindingPage(items=[finding_read(f) for f in items], next_cursor=cursor)


@router.get("/findings/{finding_id}", response_model=FindingRead, summary="One finding",
            description=STAFF_ONLY + (
                        " Auditors, managers and admins, or the finding's owner (403 "
                        "otherwise)."))
async def get_finding(finding_id: str, uow: UowDep, principal: StaffPrincipal,
                      response: Response) -> FindingRead:
    finding = await _finding(uow, finding_id)
    require_own_or_overseer(principal, {finding.owner}, "this finding")
    set_etag(response, finding.version)
    return finding_read(finding)


def _check_owner_or_auditor(principal: Principal, finding: Finding) -> None:
    if principal.actor != finding.owner and not principal.has_any("auditor"):
        raise Forbidden(f"only the finding's owner ({finding.owner}) or an auditor may do this",
                        required_roles=["auditor"])


async def _move_finding(uow: UowDep, finding_id: str, action: str,
                        if_match: str | None) -> Finding:
    finding = await _finding(uow, finding_id)
    check_if_match(if_match, finding.version)
    finding.status = FINDING.next_state(finding.status, action)
    return finding


async def _finding_response(uow: UowDep, finding: Finding, response: Response) -> FindingRead:
    await uow.session.flush()
    read = finding_read(finding)
    await uow.commit()
    set_etag(response, read.version)
    return read


OWNER_OR_AUDITOR = ("Who may call: the finding's owner or an auditor (403 otherwise); staff only, a "
                    "client_representative token gets 403 (KPI data is internal).")


@router.post("/findings/{finding_id}/start-rectification", response_model=FindingRead,
             summary="The owner starts rectifying", description=OWNER_OR_AUDITOR)
async def start_finding_rectification(finding_id: str, uow: UowDep, principal: StaffPrincipal,
                                      response: Response, if_match: IfMatch = None) -> FindingRead:
    _check_owner_or_auditor(principal, await _finding(uow, finding_id))
    finding = await _move_finding(uow, finding_id, "start_rectification", if_match)
    return await _finding_response(uow, finding, response)


@router.post("/findings/{finding_id}/submit-rectification", response_model=FindingRead,
             summary="The owner reports what was rectified", description=OWNER_OR_AUDITOR)
async def submit_finding_rectification(finding_id: str, body: RectificationSubmit, uow: UowDep,
                                       principal: StaffPrincipal, response: Response,
                                       if_match: IfMatch = None) -> FindingRead:
    _check_owner_or_auditor(principal, await _finding(uow, finding_id))
    finding = await _move_finding(uow, finding_id, "submit_rectification", if_match)
    finding.rectification = body.rectification
    return await _finding_response(uow, finding, response)


@router.post("/findings/{finding_id}/reject-rectification", response_model=FindingRead,
             summary="The auditor sends the rectification back")
async def reject_finding_rectification(finding_id: str, body: RectificationReject, uow: UowDep,
                                       _: Auditor, response: Response,
                                       if_match: IfMatch = None) -> FindingRead:
    finding = await _move_finding(uow, finding_id, "reject_rectification", if_match)
    finding.rectification = f"{finding.rectification}\n\nReturned: {body.reason}"
    return await _finding_response(uow, finding, response)


@router.post("/findings/{finding_id}/close", response_model=FindingRead,
             summary="The auditor accepts the rectification (kpi.finding.closed)")
async def close_finding(finding_id: str, uow: UowDep, principal: Auditor, response: Response,
                        if_match: IfMatch = None) -> FindingRead:
    finding = await _move_finding(uow, finding_id, "close", if_match)
    finding.closed_by, finding.closed_at = principal.actor, utcnow()
    uow.emit(FindingClosed(
        finding_id=finding.id, audit_id=finding.audit_id, severity=finding.severity,  # type: ignore[arg-type]
        owner=finding.owner, closed_by=principal.actor, closed_at=finding.closed_at,
        linked_record=finding.linked_record), subject=finding.id)
    return await _finding_response(uow, finding, response)
