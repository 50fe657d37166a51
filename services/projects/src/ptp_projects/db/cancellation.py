"""Cancelling a project whose contract was terminated: the one place that stops its delivery."""

from __future__ import annotations

import datetime as dt

from ptp_common.events.schemas.projects import ProjectCancelled
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.db.models import AcceptanceRound, Allocation, Project, Task
from ptp_projects.domain import states

CANCELLED_BY = "service:projects"  # the project was stopped by the contract, not by a person


async def cancel_project(
    session: AsyncSession, project: Project, reason: str, now: dt.datetime
) -> ProjectCancelled:
    """Project -> cancelled; open tasks -> cancelled; allocations released; an open round closed.

    Done and waived tasks keep their state (the work happened or was agreed away). Returns the
    event for the caller to emit in the same transaction.
    """
    project.status = states.PROJECT_TERMINATION.next_state(project.status, "cancel")
    project.cancelled_at, project.cancellation_reason = now, reason
    project.delayed = False  # the delay scan no longer watches it
    tasks = (
        await session.scalars(
            select(Task).where(
                Task.project_id == project.id, Task.status.in_(states.OPEN_TASK_STATES)
            )
        )
    ).all()
    for task in tasks:
        task.status = states.TASK_TERMINATION.next_state(task.status, "cancel")
    allocations = (
        await session.scalars(
            select(Allocation).where(
                Allocation.project_id == project.id, Allocation.released_at.is_(None)
            )
        )
    ).all()
    for allocation in allocations:
        allocation.released_at = now
    rounds = await session.scalars(
        select(AcceptanceRound).where(
            AcceptanceRound.project_id == project.id, AcceptanceRound.status == "open"
        )
    )
    for rnd in rounds:
        rnd.status = states.ACCEPTANCE_ROUND_TERMINATION.next_state(rnd.status, "cancel")
        rnd.closed_at, rnd.closed_by, rnd.updated_at = now, CANCELLED_BY, now
    await session.flush()
    return ProjectCancelled(
        project_id=project.id,
        contract_id=project.contract_id,
        customer_id=project.customer_id,
        reason=reason,
        cancelled_at=now,
        tasks_cancelled=len(tasks),
        allocations_released=len(allocations),
    )
