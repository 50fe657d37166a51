"""Writing a derived plan into the tables (used by the contract.signed handler)."""

from __future__ import annotations

from typing import Any, cast

from ptp_common.events.schemas.contracts import ContractSigned
from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.db.models import AcceptanceCriterion, Milestone, Phase, Project, Task, new_id
from ptp_projects.domain.planning import PlanDraft

FIRST_VERSION = 1  # what the ORM would set on its own insert (version_id_col)


async def store_plan(
    session: AsyncSession, contract: ContractSigned, plan: PlanDraft
) -> tuple[Project, list[Milestone]]:
    """Insert the project and its plan: one multi-row Core insert per table, in foreign-key order.

    The ids are made here, so every row can be built first; the ORM would need a flush per phase
    to order parents before children (the models have no relationships). Returns the project and
    milestones as plain (transient) objects for the event the handler emits.
    """
    project = {
        "id": new_id(),
        "contract_id": contract.contract_id,
        "customer_id": contract.customer_id,
        "customer_name": contract.customer_name,
        "name": plan.name,
        "scope": contract.scope,
        "owner": contract.owner,
        "status": "planning",
        "contract_total": contract.total.amount,
        "currency": contract.total.currency,
        "effective_date": contract.effective_date,
        "expiry_date": contract.expiry_date,
        "version": FIRST_VERSION,
    }
    phases: list[dict[str, Any]] = []
    milestones: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    for position, phase_draft in enumerate(plan.phases, start=1):
        phase_id = new_id()
        phases.append(
            {
                "id": phase_id,
                "project_id": project["id"],
                "position": position,
                "name": phase_draft.name,
                "start_date": phase_draft.start_date,
                "end_date": phase_draft.end_date,
            }
        )
        milestone_id = None
        if phase_draft.milestone is not None:
            m = phase_draft.milestone
            milestone_id = new_id()
            milestones.append(
                {
                    "id": milestone_id,
                    "project_id": project["id"],
                    "phase_id": phase_id,
                    "contract_milestone_id": m.contract_milestone_id,
                    "position": len(milestones) + 1,
                    "name": m.name,
                    "due_date": m.due_date,
                    "deliverable_ids": list(m.deliverable_ids),
                    "version": FIRST_VERSION,
                }
            )
        tasks += [
            {
                "id": new_id(),
                "project_id": project["id"],
                "phase_id": phase_id,
                "milestone_id": milestone_id,
                "deliverable_id": t.deliverable_id,
                "name": t.name,
                "start_date": t.start_date,
                "due_date": t.due_date,
                "created_by": "service:projects",
                "version": FIRST_VERSION,
            }
            for t in phase_draft.tasks
        ]
    criteria = [
        {
            "id": new_id(),
            "project_id": project["id"],
            "criterion_id": c.contract_criterion_id,
            "position": position,
            "description": c.description,
        }
        for position, c in enumerate(plan.criteria, start=1)
    ]
    in_fk_order = [(Project, [project]), (Phase, phases), (Milestone, milestones), (Task, tasks)]
    for model, rows in [*in_fk_order, (AcceptanceCriterion, criteria)]:
        if rows:
            await session.execute(insert(cast(Table, model.__table__)), rows)
    return Project(**project), [Milestone(**m) for m in milestones]
