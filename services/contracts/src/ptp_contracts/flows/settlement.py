"""Settlement: opened by project.accepted (or, for a terminated contract, by a manager); paying it
moves the money, in the one transaction with its events."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from ptp_common.business_time import business_date
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict
from ptp_common.events.schemas.contracts import ContractCompleted
from sqlalchemy import select

from ptp_contracts.db.models import Contract, Settlement
from ptp_contracts.domain.lifecycle import CONTRACT_MACHINE, ContractStatus
from ptp_contracts.domain.settlement import SettlementKind, SettlementStatus, credits
from ptp_contracts.flows.billing import (
    contract_outstanding,
    credit,
    installment_outstanding,
    issue_invoice,
    record_payment,
)
from ptp_contracts.flows.contract_events import ref


async def settlement_of(uow: UnitOfWork, contract_id: str) -> Settlement | None:
    return await uow.session.scalar(select(Settlement).where(Settlement.contract_id == contract_id))


async def open_settlement(
    uow: UnitOfWork,
    contract: Contract,
    *,
    kind: SettlementKind,
    actor: str,
    now: dt.datetime,
    reason: str | None = None,
    project_id: str | None = None,
    accepted_at: dt.datetime | None = None,
    results: list[dict[str, Any]] | None = None,
) -> tuple[Settlement, bool]:
    """The contract's one settlement, opened now if it does not exist yet; (settlement, created).
    The caller has checked that ``kind`` may be opened for the contract's status."""
    existing = await settlement_of(uow, contract.id)
    if existing is not None:
        return existing, False
    settlement = Settlement(
        id=str(uuid.uuid4()),
        contract_id=contract.id,
        project_id=project_id,
        kind=kind,
        reason=reason,
        status=SettlementStatus.open,
        currency=contract.currency,
        amount=contract.total,
        acceptance_results=results or [],
        accepted_at=accepted_at,
        opened_at=now,
        opened_by=actor,
        updated_at=now,
    )
    uow.session.add(settlement)
    return settlement, True


# The contract status each kind of settlement is paid in.
PAYABLE_IN = {
    SettlementKind.acceptance: ContractStatus.signed,
    SettlementKind.termination: ContractStatus.terminated,
}


async def pay_settlement(
    uow: UnitOfWork, settlement: Settlement, contract: Contract, *, actor: str, now: dt.datetime
) -> None:
    """Invoice what was not invoiced yet (acceptance), credit the adjustment from the last installment
    backwards, then record a payment (reference ``settlement:<id>``) for each installment still owing."""
    kind = SettlementKind(settlement.kind)
    if contract.status != PAYABLE_IN[kind]:
        raise Conflict(
            f"an {kind} settlement is paid while the contract is {PAYABLE_IN[kind]}; it is {contract.status}",
            state=contract.status,
        )
    installments = list(contract.installments)
    if kind is SettlementKind.acceptance:
        # The work is accepted: whatever was not invoiced yet is due now (invoiced ones are skipped).
        for installment in installments:
            await issue_invoice(uow, contract, installment, business_date(now, uow.business_zone), now)
    try:
        deductions = credits([installment_outstanding(i) for i in installments], -settlement.adjustments)
    except ValueError as exc:
        raise Conflict(f"{exc}: adjust the settlement before paying it") from None
    for installment, amount in zip(installments, deductions, strict=True):
        await credit(uow, contract, installment, amount, at=now, actor=actor)
    for installment in installments:
        if (owed := installment_outstanding(installment)) > 0:
            await record_payment(
                uow,
                contract,
                installment,
                amount=owed,
                received_at=now,
                reference=f"settlement:{settlement.id}",
                actor=actor,
                now=now,
            )


def complete_if_settled(uow: UnitOfWork, contract: Contract, *, actor: str, now: dt.datetime) -> bool:
    """A signed contract with nothing outstanding is completed (a terminated one stays terminated)."""
    if contract.status != ContractStatus.signed or contract_outstanding(contract) != 0:
        return False
    contract.status = CONTRACT_MACHINE.next_state(contract.status, "complete")
    contract.ended_at = now
    contract.updated_at = now
    uow.emit(ContractCompleted(**ref(contract), completed_at=now), subject=contract.id, actor=actor)
    return True
