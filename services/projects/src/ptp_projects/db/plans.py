"""Writing derived plans into the tables (used by the contract.signed handlers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from ptp_common.events.schemas.contracts import ContractSigned
from sqlalchemy import Insert, Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.db.models import AcceptanceCriterion, Milestone, Phase, Project, Task, new_id
from ptp_projects.domain.planning import PlanDraft

FIRST_VERSION = 1  # what the ORM would set on its own insert (version_id_col)

Row = dict[str, Any]

# Built once: executed with a list of row dicts (executemany), each hits SQLAlchemy's compiled
# cache whatever the number of rows (a multi-row .values(list) is compiled anew for each count).
# In foreign-key order: the models have no relationships to order parents before children.
INSERTS: list[tuple[str, Insert]] = [
    (name, insert(cast(Table, model.__table__)))
    for name, model in [
        ("projects", Project),
        ("phases", Phase),
        ("milestones", Milestone),
        ("tasks", Task),
        ("criteria", AcceptanceCriterion),
    ]
]


@dataclass
class PlanRows:
    """The rows of one or more plans, per table, as the Core inserts take them."""

    projects: list[Row] = field(default_factory=list)
    phases: list[Row] = field(default_factory=list)
    milestones: list[Row] = field(default_factory=list)
    tasks: list[Row] = field(default_factory=list)
    criteria: list[Row] = field(default_factory=list)


def plan_rows(contract: ContractSigned, plan: PlanDraft, rows: PlanRows) -> tuple[Row, list[Row]]:
    """Add the project's and its plan's rows to ``rows``, ids made here so that every row can be
    built before anything is written. Returns the project's row and its milestones' rows."""
    project: Row = {
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
    rows.projects.append(project)
    milestones: list[Row] = []
    for position, phase_draft in enumerate(plan.phases, start=1):
        phase_id = new_id()
        rows.phases.append(
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
        rows.tasks += [
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
    rows.milestones += milestones
    rows.criteria += [
        {
            "id": new_id(),
            "project_id": project["id"],
            "criterion_id": c.contract_criterion_id,
            "position": position,
            "description": c.description,
        }
        for position, c in enumerate(plan.criteria, start=1)
    ]
    return project, milestones


async def insert_plans(session: AsyncSession, rows: PlanRows) -> None:
    """One executemany INSERT per table that has rows, parents before children."""
    for name, stmt in INSERTS:
        table_rows: Sequence[Row] = getattr(rows, name)
        if table_rows:
            await session.execute(stmt, table_rows)

