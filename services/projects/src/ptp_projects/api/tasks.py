"""Tasks and milestones: plan, update (recorded against the baseline), progress, completion."""

from __future__ import annotations

from fastapi import APIRouter, Response
from ptp_common.auth import Principal, StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, Forbidden, Unprocessable
from ptp_common.events.schemas.projects import MilestoneCompleted
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.api.lookup import get_or_404
from ptp_projects.api.roles import ProjectManager, TaskWaiver, TeamMember, is_manager
from ptp_projects.api.schemas import (
    MilestoneCreate,
    MilestonePage,
    MilestoneRead,
    MilestoneUpdate,
    TaskCreate,
    TaskPage,
    TaskRead,
    TaskStatus,
    TaskUpdate,
    TaskWaive,
)
from ptp_projects.db.models import Milestone, Phase, PlanChange, Project, Task
from ptp_projects.domain import states
from ptp_projects.domain.dependencies import check_dependencies_done, check_no_cycle

router = APIRouter(tags=["plan"])

# Once a project is accepted its plan is history; it no longer changes.
PLANNABLE = ("planning", "active", "in_acceptance")


def check_plannable(project: Project) -> None:
    if project.status not in PLANNABLE:
        raise Conflict(f"project is {project.status}; its plan no longer changes")


async def check_references(
    session: AsyncSession,
    project_id: str,
    *,
    phase_id: str | None = None,
    milestone_id: str | None = None,
    depends_on: list[str] | None = None,
    task_id: str | None = None,
) -> None:
    """Phase, milestone and dependencies must belong to the same project (422 naming the field)."""
    if phase_id is not None:
        phase = await session.get(Phase, phase_id)
        if phase is None or phase.project_id != project_id:
            raise Unprocessable("no such phase in this project", field="body.phase_id")
    if milestone_id is not None:
        milestone = await session.get(Milestone, milestone_id)
        if milestone is None or milestone.project_id != project_id:
            raise Unprocessable("no such milestone in this project", field="body.milestone_id")
    if depends_on:
        if task_id is not None and task_id in depends_on:
            raise Unprocessable("a task cannot depend on itself", field="body.depends_on")
        found = set(
            (
                await session.scalars(
                    select(Task.id).where(Task.project_id == project_id, Task.id.in_(depends_on))
                )
            ).all()
        )
        missing = [t for t in depends_on if t not in found]
        if missing:
            raise Unprocessable(
                f"no tasks {', '.join(missing)} in this project", field="body.depends_on"
            )
        if task_id is not None:
            rows = await session.execute(
                select(Task.id, Task.depends_on).where(Task.project_id == project_id)
            )
            check_no_cycle(task_id, depends_on, {tid: deps or [] for tid, deps in rows})


def record_change(
    session: AsyncSession, project: Project, entity: str, entity_id: str, field: str,
    old: object, new: object, actor: str,
) -> None:
    """After baselining, every plan change is kept against the baseline."""
    if project.baselined_at is None or old == new:
        return
    session.add(
        PlanChange(
            project_id=project.id, entity=entity, entity_id=entity_id, field=field,
            old_value=None if old is None else str(old), new_value=None if new is None else str(new),
            changed_by=actor, changed_at=utcnow(),
        )
    )


@router.get("/projects/{project_id}/tasks", response_model=TaskPage, summary="Tasks of a project")
async def list_tasks(
    project_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    status: TaskStatus | None = None,
    owner: str | None = None,
    milestone_id: str | None = None,
) -> TaskPage:
    await get_or_404(uow.session, Project, project_id, "project")
    stmt = select(Task).where(Task.project_id == project_id)
    if status is not None:
        stmt = stmt.where(Task.status == status)
    if owner is not None:
        stmt = stmt.where(Task.owner == owner)
    if milestone_id is not None:
        stmt = stmt.where(Task.milestone_id == milestone_id)
    items, cursor = await paginate(uow.session, stmt, [Task.created_at, Task.id], params)
    return TaskPage(items=[TaskRead.model_validate(t) for t in items], next_cursor=cursor)


@router.post(
    "/projects/{project_id}/tasks",
    status_code=201,
    response_model=TaskRead,
    summary="Add a task to the plan",
    description="Project manager only. 409 naming the state when the project is accepted or "
    "cancelled (its contract was terminated): its plan no longer changes.",
)
async def create_task(
    project_id: str,
    body: TaskCreate,
    uow: UowDep,
    principal: ProjectManager,
    response: Response,
    key: IdempotencyKey = None,
) -> TaskRead:
    scope = f"POST /projects/{project_id}/tasks"
    idem = Idempotency(uow, key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous  # type: ignore[return-value]
    project = await get_or_404(uow.session, Project, project_id, "project")
    check_plannable(project)
    await check_references(
        uow.session, project_id, phase_id=body.phase_id, milestone_id=body.milestone_id,
        depends_on=body.depends_on,
    )
    task = Task(project_id=project_id, created_by=principal.actor, **body.model_dump())
    uow.session.add(task)
    await uow.session.flush()
    # Added after baselining: it has no baseline dates, and the addition is a recorded change.
    record_change(uow.session, project, "task", task.id, "added", None, body.name, principal.actor)
    read = TaskRead.model_validate(task)
    return await idem.created(read, response)


@router.get("/tasks/{task_id}", response_model=TaskRead, summary="One task")
async def get_task(task_id: str, uow: UowDep, _: StaffPrincipal, response: Response) -> TaskRead:
    task = await get_or_404(uow.session, Task, task_id, "task")
    set_etag(response, task.version)
    return TaskRead.model_validate(task)


def check_may_work_on(principal: Principal, task: Task) -> None:
    """Team members act on their own tasks; the project manager on any."""
    if not is_manager(principal) and task.owner != principal.actor:
        raise Forbidden("team members may update only tasks they own")


@router.patch("/tasks/{task_id}", response_model=TaskRead, summary="Change a task")
async def update_task(
    task_id: str,
    body: TaskUpdate,
    uow: UowDep,
    principal: TeamMember,
    response: Response,
    if_match: IfMatch = None,
) -> TaskRead:
    task = await get_or_404(uow.session, Task, task_id, "task")
    check_if_match(if_match, task.version)
    check_may_work_on(principal, task)
    changes = body.model_dump(exclude_unset=True)
    if not is_manager(principal) and set(changes) - {"percent_complete"}:
        raise Forbidden("team members may change only percent_complete; the plan is the manager's")
    project = await get_or_404(uow.session, Project, task.project_id, "project")
    check_plannable(project)
    await check_references(
        uow.session, task.project_id, milestone_id=changes.get("milestone_id"),
        depends_on=changes.get("depends_on"), task_id=task.id,
    )
    start, due = changes.get("start_date", task.start_date), changes.get("due_date", task.due_date)
    if due < start:
        raise Unprocessable("the task ends before it starts", field="body.due_date")
    for field, value in changes.items():
        if field in ("start_date", "due_date", "owner", "milestone_id"):
            record_change(
                uow.session, project, "task", task.id, field, getattr(task, field), value,
                principal.actor,
            )
        setattr(task, field, value)
    await uow.session.flush()
    read = TaskRead.model_validate(task)
    await uow.commit()
    set_etag(response, read.version)
    return read


async def _transition(
    task_id: str, action: str, uow: UowDep, principal: Principal, response: Response,
    if_match: str | None,
) -> TaskRead:
    task = await get_or_404(uow.session, Task, task_id, "task")
    check_if_match(if_match, task.version)
    check_may_work_on(principal, task)
    check_plannable(await get_or_404(uow.session, Project, task.project_id, "project"))
    task.status = states.TASK.next_state(task.status, action)
    if action in ("start", "complete") and task.depends_on:
        done = await uow.session.scalars(
            select(Task.id).where(Task.id.in_(task.depends_on), Task.status == "done")
        )
        check_dependencies_done(task.depends_on, done.all())
    if task.status == "done":
        task.percent_complete, task.completed_at = 100, utcnow()
    else:
        task.completed_at = None
    await uow.session.flush()
    read = TaskRead.model_validate(task)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/tasks/{task_id}/start", response_model=TaskRead, summary="Start work on a task")
async def start_task(
    task_id: str, uow: UowDep, principal: TeamMember, response: Response, if_match: IfMatch = None
) -> TaskRead:
    return await _transition(task_id, "start", uow, principal, response, if_match)


@router.post("/tasks/{task_id}/complete", response_model=TaskRead, summary="Mark a task done")
async def complete_task(
    task_id: str, uow: UowDep, principal: TeamMember, response: Response, if_match: IfMatch = None
) -> TaskRead:
    return await _transition(task_id, "complete", uow, principal, response, if_match)


@router.post("/tasks/{task_id}/reopen", response_model=TaskRead, summary="Reopen a done task")
async def reopen_task(
    task_id: str, uow: UowDep, principal: TeamMember, response: Response, if_match: IfMatch = None
) -> TaskRead:
    return await _transition(task_id, "reopen", uow, principal, response, if_match)


@router.post(
    "/tasks/{task_id}/waive",
    response_model=TaskRead,
    summary="Waive a task acceptance need not wait for",
    description="Roles project_manager or manager (403 otherwise). A planned or in-progress task "
    "becomes `waived`: like a done task it no longer holds up its milestone or the client's "
    "sign-off, and it keeps who waived it, when and why (`reason`, required). 409 when the task "
    "is already done, waived or cancelled, or its project is accepted or cancelled; If-Match "
    "guards against a stale write (412).",
    responses={
        403: {"description": "Not a project manager or manager"},
        409: {"description": "The task or its project is in a state that takes no waiver"},
    },
)
async def waive_task(
    task_id: str,
    body: TaskWaive,
    uow: UowDep,
    principal: TaskWaiver,
    response: Response,
    if_match: IfMatch = None,
) -> TaskRead:
    task = await get_or_404(uow.session, Task, task_id, "task")
    check_if_match(if_match, task.version)
    check_plannable(await get_or_404(uow.session, Project, task.project_id, "project"))
    task.status = states.TASK.next_state(task.status, "waive")
    task.waived_at, task.waived_by, task.waiver_reason = utcnow(), principal.actor, body.reason
    await uow.session.flush()
    read = TaskRead.model_validate(task)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get(
    "/projects/{project_id}/milestones",
    response_model=MilestonePage,
    summary="Milestones of a project with their variance against the baseline (by due date)",
)
async def list_milestones(
    project_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
) -> MilestonePage:
    await get_or_404(uow.session, Project, project_id, "project")
    stmt = select(Milestone).where(Milestone.project_id == project_id)
    order = [Milestone.due_date, Milestone.position, Milestone.id]
    items, cursor = await paginate(uow.session, stmt, order, params)
    return MilestonePage(items=[MilestoneRead.model_validate(m) for m in items], next_cursor=cursor)


@router.post(
    "/projects/{project_id}/milestones",
    status_code=201,
    response_model=MilestoneRead,
    summary="Add a milestone of the team's own (not from the contract)",
)
async def create_milestone(
    project_id: str,
    body: MilestoneCreate,
    uow: UowDep,
    principal: ProjectManager,
    response: Response,
    key: IdempotencyKey = None,
) -> MilestoneRead:
    scope = f"POST /projects/{project_id}/milestones"
    idem = Idempotency(uow, key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous  # type: ignore[return-value]
    project = await get_or_404(uow.session, Project, project_id, "project")
    check_plannable(project)
    await check_references(uow.session, project_id, phase_id=body.phase_id)
    count = await uow.session.scalar(
        select(func.count()).select_from(Milestone).where(Milestone.project_id == project_id)
    )
    milestone = Milestone(
        project_id=project_id, phase_id=body.phase_id, name=body.name, due_date=body.due_date,
        position=int(count or 0) + 1, deliverable_ids=[],
    )
    uow.session.add(milestone)
    await uow.session.flush()
    record_change(
        uow.session, project, "milestone", milestone.id, "added", None, body.name, principal.actor
    )
    read = MilestoneRead.model_validate(milestone)
    return await idem.created(read, response)


@router.patch(
    "/milestones/{milestone_id}",
    response_model=MilestoneRead,
    summary="Move a milestone (recorded against the baseline)",
)
async def update_milestone(
    milestone_id: str,
    body: MilestoneUpdate,
    uow: UowDep,
    principal: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> MilestoneRead:
    milestone = await get_or_404(uow.session, Milestone, milestone_id, "milestone")
    check_if_match(if_match, milestone.version)
    project = await get_or_404(uow.session, Project, milestone.project_id, "project")
    check_plannable(project)
    record_change(
        uow.session, project, "milestone", milestone.id, "due_date", milestone.due_date,
        body.due_date, principal.actor,
    )
    milestone.due_date = body.due_date
    await uow.session.flush()
    read = MilestoneRead.model_validate(milestone)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/milestones/{milestone_id}/complete",
    response_model=MilestoneRead,
    summary="Confirm a milestone whose tasks are done (milestone.completed)",
    description="Project manager only; the project must be baselined and not cancelled (409 "
    "naming its state) and every task of the milestone done or waived (409 naming the open "
    "ones). Contracts makes the installment due.",
)
async def complete_milestone(
    milestone_id: str,
    uow: UowDep,
    principal: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> MilestoneRead:
    milestone = await get_or_404(uow.session, Milestone, milestone_id, "milestone")
    check_if_match(if_match, milestone.version)
    project = await get_or_404(uow.session, Project, milestone.project_id, "project")
    new_status = states.MILESTONE.next_state(milestone.status, "complete")
    if project.status == "planning":
        raise Conflict("project is planning; baseline the plan before confirming milestones")
    if project.status not in ("active", "in_acceptance"):
        raise Conflict(f"project is {project.status}; it takes no more milestones")
    open_tasks = (
        await uow.session.scalars(
            select(Task.id).where(
                Task.milestone_id == milestone.id, Task.status.in_(states.OPEN_TASK_STATES)
            )
        )
    ).all()
    if open_tasks:
        raise Conflict(
            f"{len(open_tasks)} task(s) of this milestone are neither done nor waived",
            open_tasks=list(open_tasks),
        )
    now = utcnow()
    milestone.status, milestone.completed_at, milestone.confirmed_by = new_status, now, principal.actor
    await uow.session.flush()
    uow.emit(
        MilestoneCompleted(
            project_id=project.id,
            contract_id=project.contract_id,
            customer_id=project.customer_id,
            milestone_id=milestone.id,
            contract_milestone_id=milestone.contract_milestone_id,
            completed_at=now,
            confirmed_by=principal.actor,
        ),
        subject=project.id,
        actor=principal.actor,
    )
    read = MilestoneRead.model_validate(milestone)
    await uow.commit()
    set_etag(response, read.version)
    return read
