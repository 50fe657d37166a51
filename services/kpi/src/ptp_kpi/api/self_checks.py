"""Department self-checks: periodic reports with items and results, submitted to management."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from ptp_common.auth import Role, StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, Forbidden, NotFound
from ptp_common.events.schemas.kpi import SelfCheckSubmitted
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_kpi.api.access import STAFF_ONLY, Manager, Staff
from ptp_kpi.api.self_check_schemas import (
    ActionComplete,
    SelfCheckCreate,
    SelfCheckPage,
    SelfCheckRead,
    SelfCheckUpdate,
)
from ptp_kpi.db.models import SelfCheck
from ptp_kpi.domain.lifecycles import SELF_CHECK

router = APIRouter(prefix="/self-checks", tags=["self-checks"])


def open_actions(check: SelfCheck) -> list[int]:
    """Positions of the items whose corrective action is not done yet."""
    return [i for i, item in enumerate(check.items)
            if (item.get("corrective_action") or {}).get("status") == "open"]


def to_read(check: SelfCheck) -> SelfCheckRead:
    read = SelfCheckRead.model_validate(check)
    return read.model_copy(update={"allowed_actions": SELF_CHECK.allowed(check.status),
                                   "open_actions": len(open_actions(check))})


def stored_items(items: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    """Items as kept: every corrective action starts open."""
    kept = []
    for item in items:
        action = item.get("corrective_action")
        if action is not None:
            item = {**item, "corrective_action": {**action, "status": "open", "outcome": None,
                                                  "done_by": None, "done_at": None}}
        kept.append(item)
    return kept


async def _load(uow: UowDep, check_id: str) -> SelfCheck:
    check = await uow.session.get(SelfCheck, check_id)
    if check is None:
        raise NotFound(f"no self-check {check_id}")
    return check


async def _respond(uow: UowDep, check: SelfCheck, response: Response) -> SelfCheckRead:
    await uow.session.flush()
    read = to_read(check)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("", status_code=201, response_model=SelfCheckRead,
             summary="Draft a department's self-check for a period")
async def create_self_check(body: SelfCheckCreate, uow: UowDep, principal: Staff,
                            response: Response, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /self-checks",
                       body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    exists = await uow.session.scalar(select(SelfCheck.id).where(
        SelfCheck.department == body.department, SelfCheck.period == body.period))
    if exists:
        raise Conflict(f"{body.department} has a self-check for {body.period}: {exists}",
                       existing_id=exists)
    data = body.model_dump(mode="json")
    data["items"] = stored_items(data["items"])
    check = SelfCheck(id=str(uuid.uuid4()), status="draft", created_by=principal.actor,
                      created_at=utcnow(), **data)
    uow.session.add(check)
    await uow.session.flush()
    read = to_read(check)
    return await idem.created(read, response)


@router.get("", response_model=SelfCheckPage, summary="List self-checks",
            description=STAFF_ONLY)
async def list_self_checks(uow: UowDep, _: StaffPrincipal,
                           params: PageDep,
                           department: str | None = None, period: str | None = None,
                           status: str | None = None) -> SelfCheckPage:
    stmt = select(SelfCheck)
    for column, value in ((SelfCheck.department, department), (SelfCheck.period, period),
                          (SelfCheck.status, status)):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [SelfCheck.created_at, SelfCheck.id],
                                   params)
    return SelfCheckPage(items=[to_read(c) for c in items], next_cursor=cursor)


@router.get("/{check_id}", response_model=SelfCheckRead, summary="One self-check",
            description=STAFF_ONLY)
async def get_self_check(check_id: str, uow: UowDep, _: StaffPrincipal,
                         response: Response) -> SelfCheckRead:
    check = await _load(uow, check_id)
    set_etag(response, check.version)
    return to_read(check)


@router.put("/{check_id}", response_model=SelfCheckRead, summary="Revise a draft")
async def update_self_check(check_id: str, body: SelfCheckUpdate, uow: UowDep, _: Staff,
                            response: Response, if_match: IfMatch = None) -> SelfCheckRead:
    check = await _load(uow, check_id)
    check_if_match(if_match, check.version)
    if check.status != "draft":
        raise Conflict(f"self-check is {check.status}: only drafts change",
                       allowed_actions=SELF_CHECK.allowed(check.status))
    data = body.model_dump(mode="json")
    check.items, check.summary = stored_items(data["items"]), data["summary"]
    return await _respond(uow, check, response)


@router.post("/{check_id}/submit", response_model=SelfCheckRead,
             summary="Submit to management (kpi.self_check.submitted)")
async def submit_self_check(check_id: str, uow: UowDep, _: Staff, response: Response,
                            if_match: IfMatch = None) -> SelfCheckRead:
    check = await _load(uow, check_id)
    check_if_match(if_match, check.version)
    check.status = SELF_CHECK.next_state(check.status, "submit")
    check.submitted_at = utcnow()
    uow.emit(SelfCheckSubmitted(
        self_check_id=check.id, department=check.department, period=check.period,
        items=len(check.items), failed_items=sum(i["result"] == "fail" for i in check.items),
    ), subject=check.id)
    return await _respond(uow, check, response)


@router.post("/{check_id}/acknowledge", response_model=SelfCheckRead,
             summary="Management acknowledges the report")
async def acknowledge_self_check(check_id: str, uow: UowDep, principal: Manager, response: Response,
                                 if_match: IfMatch = None) -> SelfCheckRead:
    check = await _load(uow, check_id)
    check_if_match(if_match, check.version)
    check.status = SELF_CHECK.next_state(check.status, "acknowledge")
    check.acknowledged_by, check.acknowledged_at = principal.actor, utcnow()
    return await _respond(uow, check, response)


@router.post("/{check_id}/return", response_model=SelfCheckRead,
             summary="Management returns the report for revision")
async def return_self_check(check_id: str, uow: UowDep, _: Manager, response: Response,
                            if_match: IfMatch = None) -> SelfCheckRead:
    check = await _load(uow, check_id)
    check_if_match(if_match, check.version)
    check.status = SELF_CHECK.next_state(check.status, "return")
    check.submitted_at = None
    return await _respond(uow, check, response)


@router.post("/{check_id}/actions/{position}/complete", response_model=SelfCheckRead,
             summary="The owner (or a manager) reports a failed item's corrective action done",
             description="position: the item's index in items (0-based). 404 when that item "
                         "has no corrective action; 409 when the self-check is a draft or closed.")
async def complete_corrective_action(check_id: str, position: int, body: ActionComplete, uow: UowDep,
                                     principal: Staff, response: Response,
                                     if_match: IfMatch = None) -> SelfCheckRead:
    check = await _load(uow, check_id)
    check_if_match(if_match, check.version)
    items = [dict(i) for i in check.items]
    if not 0 <= position < len(items) or not items[position].get("corrective_action"):
        raise NotFound(f"item {position} of self-check {check_id} has no corrective action")
    action = dict(items[position]["corrective_action"])
    if principal.actor != action["owner"] and not principal.has_any(Role.manager):
        raise Forbidden("only the action's owner or a manager reports it done",
                        required_roles=["manager"])
    if check.status in ("draft", "closed"):
        raise Conflict(f"self-check is {check.status}: actions are done between submission "
                       "and closing", allowed_actions=SELF_CHECK.allowed(check.status))
    if action["status"] == "done":
        raise Conflict(f"the corrective action of item {position} is already done")
    action.update(status="done", outcome=body.outcome, done_by=principal.actor,
                  done_at=utcnow().isoformat())
    items[position] = {**items[position], "corrective_action": action}
    check.items = items
    return await _respond(uow, check, response)


@router.post("/{check_id}/close", response_model=SelfCheckRead,
             summary="Close an acknowledged self-check once every corrective action is done",
             description="409 while the report is not acknowledged by management or while a "
                         "corrective action is open (open_items names their positions).")
async def close_self_check(check_id: str, uow: UowDep, principal: Staff, response: Response,
                           if_match: IfMatch = None) -> SelfCheckRead:
    check = await _load(uow, check_id)
    check_if_match(if_match, check.version)
    target = SELF_CHECK.next_state(check.status, "close")
    pending = open_actions(check)
    if pending:
        raise Conflict(f"{len(pending)} corrective action(s) not done: items {pending}",
                       open_items=pending, allowed_actions=SELF_CHECK.allowed(check.status))
    check.status = target
    check.closed_by, check.closed_at = principal.actor, utcnow()
    return await _respond(uow, check, response)
