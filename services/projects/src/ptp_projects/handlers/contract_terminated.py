"""contracts.contract.terminated -> the contract's project is cancelled (projects.project.cancelled).

Every termination is remembered (``terminated_contracts``) before anything else, so that the
outcome does not depend on the order the events arrive in:

* project known and still in delivery (planning, active, in_acceptance): cancelled now, in this
  transaction: open tasks cancelled, allocations released, an open acceptance round closed, and
  ``projects.project.cancelled`` emitted.
* project already cancelled (the same termination re-sent under a new message id): nothing.
* project accepted: nothing; it was delivered, and what is owed is a matter for contracts.
* no project yet (terminated before it was planned, or contract.signed still on its way): the
  message is handled, not parked; when contract.signed arrives, the contract.signed handler plans
  the project and cancels it at once with the remembered reason, so the project ends as it would
  have in order (planned, then cancelled, both events published).
"""

from __future__ import annotations

from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractTerminated
from sqlalchemy import select

from ptp_projects.db.cancellation import cancel_project
from ptp_projects.db.models import Project, TerminatedContract

STILL_IN_DELIVERY = ("planning", "active", "in_acceptance")


async def cancel_project_of_terminated_contract(
    env: Envelope, data: EventData, uow: UnitOfWork
) -> None:
    assert isinstance(data, ContractTerminated)
    session = uow.session
    if await session.get(TerminatedContract, data.contract_id) is None:
        session.add(
            TerminatedContract(
                contract_id=data.contract_id,
                reason=data.reason,
                terminated_at=data.terminated_at,
                received_at=utcnow(),
            )
        )
        await session.flush()
    project = await session.scalar(select(Project).where(Project.contract_id == data.contract_id))
    if project is None or project.status not in STILL_IN_DELIVERY:
        return
    cancelled = await cancel_project(session, project, data.reason, utcnow())
    uow.emit(cancelled, subject=project.id, actor=env.actor)
