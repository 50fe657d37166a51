"""crm.customer.registered / updated -> the customers a contract may name (flows.references)."""

from __future__ import annotations

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.crm import CustomerRegistered, CustomerUpdated

from ptp_contracts.flows.references import remember_customer


async def on_customer_registered(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, CustomerRegistered)
    await remember_customer(uow.session, data.customer_id, data.name, env.time)


async def on_customer_updated(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, CustomerUpdated)
    # An update also proves crm has the customer (its registration may still be on its way).
    name = data.changes.get("name")
    await remember_customer(uow.session, data.customer_id, name if isinstance(name, str) else None, env.time)
