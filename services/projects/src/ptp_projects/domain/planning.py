"""Deriving a project's plan from a signed contract, so nobody retypes it.

One phase per contract milestone (in due-date order), ending on the milestone's
date; each deliverable becomes a task in the phase of the first milestone that
names it. Deliverables no milestone names go into a final phase. The contract's
acceptance criteria are copied one to one, keeping their ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ptp_common.events.schemas.contracts import AcceptanceCriterion, ContractSigned, Deliverable

UNSCHEDULED_PHASE_NAME = "Further deliverables"


@dataclass(frozen=True)
class TaskDraft:
    name: str
    deliverable_id: str
    start_date: dt.date
    due_date: dt.date


@dataclass(frozen=True)
class MilestoneDraft:
    contract_milestone_id: str
    name: str
    due_date: dt.date
    deliverable_ids: tuple[str, ...]


@dataclass(frozen=True)
class PhaseDraft:
    name: str
    start_date: dt.date
    end_date: dt.date
    tasks: tuple[TaskDraft, ...] = ()
    milestone: MilestoneDraft | None = None


@dataclass(frozen=True)
class CriterionDraft:
    contract_criterion_id: str
    description: str


@dataclass(frozen=True)
class PlanDraft:
    name: str
    phases: tuple[PhaseDraft, ...]
    criteria: tuple[CriterionDraft, ...] = field(default=())

    @property
    def milestones(self) -> list[MilestoneDraft]:
        return [p.milestone for p in self.phases if p.milestone is not None]

    @property
    def tasks(self) -> list[TaskDraft]:
        return [t for p in self.phases for t in p.tasks]


def _task(deliverable: Deliverable, phase_start: dt.date) -> TaskDraft:
    # A deliverable due before its phase opens still gets a task that is not inverted in time.
    return TaskDraft(
        name=f"Deliver {deliverable.name}",
        deliverable_id=deliverable.deliverable_id,
        start_date=min(phase_start, deliverable.due_date),
        due_date=deliverable.due_date,
    )


def derive_plan(contract: ContractSigned) -> PlanDraft:
    deliverables = {d.deliverable_id: d for d in contract.deliverables}
    planned: set[str] = set()
    phases: list[PhaseDraft] = []
    start = contract.effective_date
    ordered = sorted(contract.milestones, key=lambda m: (m.due_date, m.milestone_id))
    for number, milestone in enumerate(ordered, start=1):
        tasks = []
        for deliverable_id in milestone.deliverable_ids:
            deliverable = deliverables.get(deliverable_id)
            if deliverable is None or deliverable_id in planned:
                continue  # unknown ids are the contract's slip, not a reason to lose the plan
            planned.add(deliverable_id)
            tasks.append(_task(deliverable, start))
        phases.append(
            PhaseDraft(
                name=f"Phase {number}: {milestone.name}",
                start_date=min(start, milestone.due_date),
                end_date=milestone.due_date,
                tasks=tuple(tasks),
                milestone=MilestoneDraft(
                    contract_milestone_id=milestone.milestone_id,
                    name=milestone.name,
                    due_date=milestone.due_date,
                    deliverable_ids=tuple(milestone.deliverable_ids),
                ),
            )
        )
        start = max(start, milestone.due_date + dt.timedelta(days=1))
    rest = [d for d in contract.deliverables if d.deliverable_id not in planned]
    if rest:
        end = max(d.due_date for d in rest)
        phases.append(
            PhaseDraft(
                name=UNSCHEDULED_PHASE_NAME if phases else "Delivery",
                start_date=min(start, end),
                end_date=end,
                tasks=tuple(_task(d, start) for d in sorted(rest, key=lambda d: d.due_date)),
            )
        )
    # A criterion id listed twice is one criterion: the client checks it once.
    first_by_id: dict[str, AcceptanceCriterion] = {}
    for c in contract.acceptance_criteria:
        first_by_id.setdefault(c.criterion_id, c)
    criteria = tuple(
        CriterionDraft(contract_criterion_id=c.criterion_id, description=c.description)
        for c in first_by_id.values()
    )
    return PlanDraft(name=contract.title, phases=tuple(phases), criteria=criteria)
