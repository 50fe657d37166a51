"""Other services' events -> the records the risk register may link (usecases.references)."""

from __future__ import annotations

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import contracts, crm, projects
from ptp_common.messaging.consumer import Handler

from ptp_risk.usecases.references import remember_contract, remember_customer, remember_project


async def on_customer_registered(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, crm.CustomerRegistered)
    await remember_customer(uow.session, data.customer_id, env.time, data.name)


async def on_contract(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    """contracts.contract.drafted or .signed: the contract and its customer."""
    assert isinstance(data, contracts.ContractRef)
    await remember_contract(uow.session, data.contract_id, data.customer_id, env.time)


async def on_project_planned(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, projects.ProjectPlanned)
    await remember_project(uow.session, data.project_id, data.contract_id, data.customer_id, env.time)


def in_turn(*handlers: Handler) -> Handler:
    """One event type, several jobs, in one transaction (HANDLERS holds one handler per type)."""

    async def handle(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
        for handler in handlers:
            await handler(env, data, uow)

    return handle
