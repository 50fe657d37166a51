"""contracts.contract.signed -> a project in planning, its plan derived from the contract.

When the contract's termination arrived first (reordered events), the project is planned and
cancelled in the same transaction: project.planned then project.cancelled, as in order (see
``contract_terminated``).
"""

from __future__ import annotations

from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.events.schemas.projects import PlannedMilestone, ProjectPlanned
from sqlalchemy import select

from ptp_projects.db.cancellation import cancel_project
from ptp_projects.db.models import Project, TerminatedContract
from ptp_projects.db.plans import store_plan
from ptp_projects.domain.planning import derive_plan


async def plan_project_from_contract(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, ContractSigned)
    # The inbox skips a redelivered message; this check also covers the same contract
    # signed event re-sent under a new message id (e.g. a republished outbox row).
    existing = await uow.session.scalar(
        select(Project.id).where(Project.contract_id == data.contract_id)
    )
    if existing is not None:
        return
    project, milestones = await store_plan(uow.session, data, derive_plan(data))
    uow.emit(
        ProjectPlanned(
            project_id=project.id,
            contract_id=project.contract_id,
            customer_id=project.customer_id,
            name=project.name,
            manager=project.manager,
            owner=project.owner,
            milestones=[
                PlannedMilestone(
                    milestone_id=m.id,
                    contract_milestone_id=m.contract_milestone_id,
                    name=m.name,
                    due_date=m.due_date,
                )
                for m in milestones
            ],
        ),
        subject=project.id,
    )
    terminated = await uow.session.get(TerminatedContract, data.contract_id)
    if terminated is not None:
        stored = await uow.session.get(Project, project.id)
        assert stored is not None  # inserted just above
        cancelled = await cancel_project(uow.session, stored, terminated.reason, utcnow())
        uow.emit(cancelled, subject=project.id)
