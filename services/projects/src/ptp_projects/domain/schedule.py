"""Schedule rules: variance against the baseline, overdue tasks, slipping milestones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TaskFacts:
    task_id: str
    milestone_id: str | None
    due_date: dt.date
    done: bool


@dataclass(frozen=True)
class MilestoneFacts:
    milestone_id: str
    due_date: dt.date
    completed: bool


@dataclass(frozen=True)
class Overdue:
    task_id: str
    due_date: dt.date
    days_overdue: int


@dataclass(frozen=True)
class Slip:
    milestone_id: str
    due_date: dt.date
    days_late: int
    reason: str


def variance_days(baseline: dt.date | None, current: dt.date) -> int | None:
    """Days the current date lies after the baseline (negative: ahead); None before baselining."""
    return None if baseline is None else (current - baseline).days


def overdue_tasks(tasks: Iterable[TaskFacts], today: dt.date) -> list[Overdue]:
    return [
        Overdue(t.task_id, t.due_date, (today - t.due_date).days)
        for t in tasks
        if not t.done and t.due_date < today
    ]


def slipping_milestones(
    milestones: Iterable[MilestoneFacts], tasks: Iterable[TaskFacts], today: dt.date
) -> list[Slip]:
    """Open milestones already past their date, or whose open tasks are due after it."""
    open_tasks = [t for t in tasks if not t.done]
    slips = []
    for m in milestones:
        if m.completed:
            continue
        forecast = max(
            (t.due_date for t in open_tasks if t.milestone_id == m.milestone_id), default=None
        )
        if m.due_date < today:
            late = (today - m.due_date).days
            reason = f"milestone was due {m.due_date.isoformat()} and is not completed"
            if forecast is not None and forecast > today:
                late, reason = (forecast - m.due_date).days, reason + "; its tasks run later"
            slips.append(Slip(m.milestone_id, m.due_date, late, reason))
        elif forecast is not None and forecast > m.due_date:
            slips.append(
                Slip(
                    m.milestone_id,
                    m.due_date,
                    (forecast - m.due_date).days,
                    f"its tasks are due up to {forecast.isoformat()}, after the milestone date",
                )
            )
    return slips
