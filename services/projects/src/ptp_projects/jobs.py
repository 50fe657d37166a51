"""Periodic jobs. ``delay-scan`` finds overdue tasks and slipping milestones for the risk service.

Each task or milestone is reported once per slip: a notice row keyed by (kind,
target, due date) is written in the same transaction as the event, so a rerun
emits nothing new, while a replanned date that slips again is a new slip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ptp_common.business_time import business_date
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.projects import ProjectDelayed, TaskOverdue
from ptp_common.service import PeriodicJob, ServiceRuntime
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ptp_projects.db.models import DelayNotice, Milestone, Project, Task
from ptp_projects.domain import states
from ptp_projects.domain.schedule import (
    MilestoneFacts,
    TaskFacts,
    overdue_tasks,
    slipping_milestones,
)

SCANNED_STATUSES = ("planning", "active", "in_acceptance")
DELAY_SCAN_INTERVAL_SECONDS = 3600.0


async def scan_delays(runtime: ServiceRuntime, as_of: dt.datetime) -> Mapping[str, Any]:
    # Due dates are days on the company's calendar: a task due today is late from local midnight.
    today = business_date(as_of, runtime.settings.business_zone)
    emitted = {"task_overdue": 0, "project_delayed": 0, "projects_scanned": 0}
    async with runtime.db.sessions() as session:
        project_ids = (
            await session.scalars(select(Project.id).where(Project.status.in_(SCANNED_STATUSES)))
        ).all()
    # One transaction per project: one project's failure does not hold back the others' events.
    for project_id in project_ids:
        try:
            async with runtime.uow() as uow:
                counts = await _scan_project(uow, project_id, today)
                await uow.commit()
        except IntegrityError:
            # Another replica's scan reported the same slip first (the notice key is unique);
            # its events stand, ours rolled back with our notices.
            continue
        emitted["projects_scanned"] += 1
        for key, value in counts.items():
            emitted[key] += value
    return emitted


async def _scan_project(uow: UnitOfWork, project_id: str, today: dt.date) -> dict[str, int]:
    session = uow.session
    project = await session.get(Project, project_id)
    if project is None:
        return {"task_overdue": 0, "project_delayed": 0}
    tasks = (await session.scalars(select(Task).where(Task.project_id == project_id))).all()
    milestones = (
        await session.scalars(select(Milestone).where(Milestone.project_id == project_id))
    ).all()
    # A waived task is closed like a done one: it is not late.
    task_facts = [
        TaskFacts(t.id, t.milestone_id, t.due_date, t.status not in states.OPEN_TASK_STATES)
        for t in tasks
    ]
    overdue = overdue_tasks(task_facts, today)
    slips = slipping_milestones(
        [MilestoneFacts(m.id, m.due_date, m.status == "completed") for m in milestones],
        task_facts,
        today,
    )
    delayed = bool(overdue or slips)
    if project.delayed != delayed:
        # A derived flag, not an edit: written past the version column so that neither the
        # users' If-Match nor a concurrent scan conflicts over it.
        await session.execute(
            update(Project)
            .where(Project.id == project_id)
            .values(delayed=delayed)
            .execution_options(synchronize_session=False)
        )
    already = {
        (n.kind, n.target_id, n.due_date)
        for n in await session.scalars(select(DelayNotice).where(DelayNotice.project_id == project_id))
    }
    ref = {
        "project_id": project.id,
        "contract_id": project.contract_id,
        "customer_id": project.customer_id,
    }
    owners = {t.id: t.owner for t in tasks}
    counts = {"task_overdue": 0, "project_delayed": 0}
    for o in overdue:
        if ("task_overdue", o.task_id, o.due_date) in already:
            continue
        session.add(DelayNotice(project_id=project.id, kind="task_overdue", target_id=o.task_id,
                                due_date=o.due_date, days_late=o.days_overdue))
        uow.emit(
            TaskOverdue(**ref, task_id=o.task_id, owner=owners[o.task_id], due_date=o.due_date,
                        days_overdue=o.days_overdue),
            subject=project.id,
        )
        counts["task_overdue"] += 1
    contract_ids = {m.id: m.contract_milestone_id for m in milestones}
    for s in slips:
        if ("project_delayed", s.milestone_id, s.due_date) in already:
            continue
        session.add(DelayNotice(project_id=project.id, kind="project_delayed",
                                target_id=s.milestone_id, due_date=s.due_date, days_late=s.days_late))
        uow.emit(
            ProjectDelayed(**ref, milestone_id=s.milestone_id,
                           contract_milestone_id=contract_ids[s.milestone_id], due_date=s.due_date,
                           days_late=s.days_late, reason=s.reason),
            subject=project.id,
        )
        counts["project_delayed"] += 1
    await session.flush()
    return counts


delay_scan = PeriodicJob(
    name="delay-scan",
    interval_seconds=DELAY_SCAN_INTERVAL_SECONDS,
    run=scan_delays,
    description="Overdue tasks -> projects.task.overdue; slipping milestones -> projects.project.delayed",
)

JOBS = [delay_scan]
