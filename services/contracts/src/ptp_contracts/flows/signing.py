"""Signing: the customer's policy from risk, and what happens when both sides have signed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ptp_common.business_time import business_date
from ptp_common.db.uow import UnitOfWork

from ptp_contracts.db.models import Contract, CustomerPolicy
from ptp_contracts.domain import schedule
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.domain.signing import ALLOW, PolicyMode, SigningPolicy, policy_key, policy_violation
from ptp_contracts.flows.billing import issue_invoice
from ptp_contracts.flows.contract_events import signed_event


async def policy_for(uow: UnitOfWork, customer_id: str) -> SigningPolicy:
    row = await uow.session.get(CustomerPolicy, customer_id)
    if row is None:
        return ALLOW
    ratio = None if row.min_prepayment_ratio is None else Decimal(row.min_prepayment_ratio)
    return SigningPolicy(PolicyMode(row.mode), ratio, row.reason)


def planned(contract: Contract) -> list[schedule.PlannedInstallment]:
    return [
        schedule.PlannedInstallment(i.amount, schedule.Trigger(i.trigger), i.milestone_id, i.due_date)
        for i in contract.installments
    ]


def policy_violation_of(policy: SigningPolicy, contract: Contract) -> str | None:
    return policy_violation(
        policy,
        has_guarantee=bool(contract.guarantee),
        prepayment_ratio=schedule.prepayment_ratio(contract.total, planned(contract)),
    )


async def violation(uow: UnitOfWork, contract: Contract) -> str | None:
    """Why the customer's current policy forbids signing; None when it allows, or when a manager
    overrode this very policy for this contract."""
    policy = await policy_for(uow, contract.customer_id)
    if contract.policy_override_of == policy_key(policy):
        return None
    return policy_violation_of(policy, contract)


async def take_effect(uow: UnitOfWork, contract: Contract, now: dt.datetime) -> None:
    """Both sides signed: the contract is in effect, upfront installments are invoiced, projects is told."""
    contract.status = ContractStatus.signed
    contract.signed_at = now
    # The day it was signed on the company's calendar: at UTC+8, 20:00Z is already the next day.
    signed_on = business_date(now, uow.business_zone)
    if contract.effective_date is None:
        contract.effective_date = signed_on
    for installment in contract.installments:
        if installment.trigger in (schedule.Trigger.on_signing, schedule.Trigger.fixed_date):
            await issue_invoice(uow, contract, installment, signed_on, now)
    uow.emit(signed_event(contract), subject=contract.id)
