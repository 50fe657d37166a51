"""Writing a derived plan into the tables (used by the contract.signed handler)."""

from __future__ import annotations

from ptp_common.events.schemas.contracts import ContractSigned
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.db.models import AcceptanceCriterion, Milestone, Phase, Project, Task, new_id
from ptp_projects.domain.planning import PlanDraft


async def store_plan(
    session: AsyncSession, contract: ContractSigned, plan: PlanDraft
) -> tuple[Project, list[Milestone]]:
    project = Project(
        id=new_id(),
        contract_id=contract.contract_id,
        customer_id=contract.customer_id,
        customer_name=contract.customer_name,
        name=plan.name,
        scope=contract.scope,
        owner=contract.owner,
        status="planning",
        contract_total=contract.total.amount,
        currency=contract.total.currency,
        effective_date=contract.effective_date,
        expiry_date=contract.expiry_date,
    )
    session.add(project)
    await session.flush()
    milestones: list[Milestone] = []
    for position, phase_draft in enumerate(plan.phases, start=1):
        phase = Phase(
            id=new_id(),
            project_id=project.id,
            position=position,
            name=phase_draft.name,
            start_date=phase_draft.start_date,
            end_date=phase_draft.end_date,
        )
        session.add(phase)
        # No ORM relationships here, so the unit of work does not order inserts by foreign
        # key: flush each parent before its children.
        await session.flush()
        milestone = None
        if phase_draft.milestone is not None:
            m = phase_draft.milestone
            milestone = Milestone(
                id=new_id(),
                project_id=project.id,
                phase_id=phase.id,
                contract_milestone_id=m.contract_milestone_id,
                position=len(milestones) + 1,
                name=m.name,
                due_date=m.due_date,
                deliverable_ids=list(m.deliverable_ids),
            )
            milestones.append(milestone)
            session.add(milestone)
        await session.flush()
        for t in phase_draft.tasks:
            session.add(
                Task(
                    project_id=project.id,
                    phase_id=phase.id,
                    milestone_id=milestone.id if milestone else None,
                    deliverable_id=t.deliverable_id,
                    name=t.name,
                    start_date=t.start_date,
                    due_date=t.due_date,
                    created_by="service:projects",
                )
            )
    for position, c in enumerate(plan.criteria, start=1):
        session.add(
            AcceptanceCriterion(
                project_id=project.id,
                criterion_id=c.contract_criterion_id,
                position=position,
                description=c.description,
            )
        )
    await session.flush()
    return project, milestones
