"""Events from projects: a completed milestone makes its installment due; acceptance opens settlement."""

from __future__ import annotations

import logging

from ptp_common.business_time import business_date
from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.projects import MilestoneCompleted, ProjectAccepted
from ptp_common.messaging.consumer import PermanentError

from ptp_contracts.db.models import Contract
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.domain.schedule import Trigger
from ptp_contracts.domain.settlement import SettlementKind
from ptp_contracts.flows.billing import issue_invoice
from ptp_contracts.flows.settlement import open_settlement

log = logging.getLogger(__name__)


async def _contract(uow: UnitOfWork, contract_id: str, event_type: str) -> Contract:
    contract = await uow.session.get(Contract, contract_id)
    if contract is None:
        # Projects only knows contracts from our contract.signed: an unknown id will not heal by retrying.
        raise PermanentError(f"{event_type} names unknown contract {contract_id}")
    return contract


async def on_milestone_completed(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, MilestoneCompleted)
    if data.contract_milestone_id is None:
        return  # a project-internal milestone: no installment hangs on it
    contract = await _contract(uow, data.contract_id, env.type)
    due = [
        i
        for i in contract.installments
        if i.trigger == Trigger.milestone and i.milestone_id == data.contract_milestone_id
    ]
    if not due:
        log.info("contract %s: no installment on milestone %s", contract.id, data.contract_milestone_id)
    for installment in due:
        # issue_invoice skips installments already invoiced (a redelivery issues nothing twice) and
        # invoices nothing for a contract that is no longer signed (it logs that).
        completed_on = business_date(data.completed_at, uow.business_zone)
        await issue_invoice(uow, contract, installment, completed_on, utcnow())


async def on_project_accepted(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, ProjectAccepted)
    contract = await _contract(uow, data.contract_id, env.type)
    if contract.status != ContractStatus.signed:
        # Terminated (or already completed): nothing more is invoiced and no acceptance settlement
        # opens; the event is handled (not parked), since retrying will not change that.
        log.info(
            "contract %s is %s: project.accepted invoices nothing, opens no settlement",
            contract.id,
            contract.status,
        )
        return
    now = utcnow()
    accepted_on = business_date(data.accepted_at, uow.business_zone)
    for installment in contract.installments:
        if installment.trigger == Trigger.acceptance:
            await issue_invoice(uow, contract, installment, accepted_on, now)
    await open_settlement(
        uow,
        contract,
        kind=SettlementKind.acceptance,
        actor=env.actor or "service:projects",
        now=now,
        project_id=data.project_id,
        accepted_at=data.accepted_at,
        results=[r.model_dump(mode="json") for r in data.results],
    )
