"""contracts.contract.signed -> a project in planning, its plan derived from the contract.

When the contract's termination arrived first (reordered events), the project is planned and
cancelled in the same transaction: project.planned then project.cancelled, as in order (see
``contract_terminated``).

``plan_projects_from_contracts`` applies the signed events of a delivered batch at once: the
projects and terminations of all their contracts read with one SELECT each, every plan written with
one INSERT per table. It leaves the rows and events the per-event handler leaves, event by event
(which stays the fallback when the batch fails).
"""

from __future__ import annotations

from collections.abc import Sequence

from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.events.schemas.projects import PlannedMilestone, ProjectPlanned
from ptp_common.messaging.consumer import Delivered
from sqlalchemy import BindParameter, bindparam, select

from ptp_projects.db.cancellation import cancel_project
from ptp_projects.db.models import Project, TerminatedContract
from ptp_projects.db.plans import PlanRows, Row, insert_plans, plan_rows
from ptp_projects.domain.planning import derive_plan

# Built once (expanding IN: cached whatever the number of contracts).
CONTRACT_IDS: BindParameter[str] = bindparam("contract_ids", expanding=True)
PLANNED_CONTRACTS = select(Project.contract_id).where(Project.contract_id.in_(CONTRACT_IDS))
TERMINATIONS = select(TerminatedContract).where(TerminatedContract.contract_id.in_(CONTRACT_IDS))


async def plan_project_from_contract(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, ContractSigned)
    # The inbox skips a redelivered message; this check also covers the same contract
    # signed event re-sent under a new message id (e.g. a republished outbox row).
    existing = await uow.session.scalar(
        select(Project.id).where(Project.contract_id == data.contract_id)
    )
    if existing is not None:
        return
    rows = PlanRows()
    project, milestones = plan_rows(data, derive_plan(data), rows)
    await insert_plans(uow.session, rows)
    uow.emit(planned(project, milestones), subject=project["id"])
    terminated = await uow.session.get(TerminatedContract, data.contract_id)
    if terminated is not None:
        await cancel_planned(uow, project["id"], terminated)


async def plan_projects_from_contracts(events: Sequence[Delivered], uow: UnitOfWork) -> None:
    """The batch handler: what ``plan_project_from_contract`` does for each event, in order."""
    session = uow.session
    contract_ids = list({e.data.contract_id for e in events if isinstance(e.data, ContractSigned)})
    already = set(
        (await session.scalars(PLANNED_CONTRACTS, {"contract_ids": contract_ids})).all()
    )
    terminations = {
        t.contract_id: t
        for t in (await session.scalars(TERMINATIONS, {"contract_ids": contract_ids})).all()
    }
    rows = PlanRows()
    plans: list[tuple[Delivered, Row, list[Row]]] = []
    for e in events:
        data = e.data
        assert isinstance(data, ContractSigned)
        if data.contract_id in already:
            continue  # planned before, or by an earlier event of this run
        already.add(data.contract_id)
        plans.append((e, *plan_rows(data, derive_plan(data), rows)))
    await insert_plans(session, rows)
    for e, project, milestones in plans:
        with e.handling():  # each event's announcements are caused by it and traced to its span
            uow.emit(planned(project, milestones), subject=project["id"])
            terminated = terminations.get(project["contract_id"])
            if terminated is not None:
                await cancel_planned(uow, project["id"], terminated)


def planned(project: Row, milestones: list[Row]) -> ProjectPlanned:
    return ProjectPlanned(
        project_id=project["id"],
        contract_id=project["contract_id"],
        customer_id=project["customer_id"],
        name=project["name"],
        manager=project.get("manager"),  # none yet: a manager is assigned later
        owner=project["owner"],
        milestones=[
            PlannedMilestone(
                milestone_id=m["id"],
                contract_milestone_id=m["contract_milestone_id"],
                name=m["name"],
                due_date=m["due_date"],
            )
            for m in milestones
        ],
    )


async def cancel_planned(uow: UnitOfWork, project_id: str, terminated: TerminatedContract) -> None:
    """The contract was terminated before it was signed here: the new project is cancelled now."""
    stored = await uow.session.get(Project, project_id)
    assert stored is not None  # inserted just before
    cancelled = await cancel_project(uow.session, stored, terminated.reason, utcnow())
    uow.emit(cancelled, subject=project_id)
