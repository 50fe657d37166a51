"""Registering a customer: the row (its unique keys are the duplicate check), and crm.customer.registered.

Shared by ``POST /customers`` and lead conversion so both apply the same
duplicate rule and publish the same event.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from ptp_common.db.statements import insert_or_skip
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict
from ptp_common.events.schemas.crm import CustomerRegistered
from sqlalchemy import or_, select

from ptp_crm.db.models import Customer
from ptp_crm.domain.customers import normalized_name, normalized_registration


@dataclass(frozen=True)
class CustomerFacts:
    name: str
    registration_number: str | None = None
    industry: str | None = None
    region: str | None = None
    size: str | None = None
    status: str = "prospect"
    owner: str | None = None


async def find_duplicate(
    uow: UnitOfWork, name: str, registration_number: str | None, *, exclude_id: str | None = None
) -> Customer | None:
    keys = [Customer.name_key == normalized_name(name)]
    registration_key = normalized_registration(registration_number)
    if registration_key is not None:
        keys.append(Customer.registration_key == registration_key)
    stmt = select(Customer).where(or_(*keys))
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    return (await uow.session.execute(stmt.limit(1))).scalar_one_or_none()


def duplicate_conflict(existing: Customer) -> Conflict:
    return Conflict(
        f"customer '{existing.name}' already exists (same name or registration number)",
        existing_id=existing.id,
    )


@cache
def _register(dialect_name: str) -> Any:
    """Built once per dialect, the values passed as parameters: its cache key is computed once,
    where a statement with .values(...) is keyed anew on every registration (a tenth of POST
    /customers' CPU)."""
    return insert_or_skip(Customer, dialect_name).returning(Customer)


async def register_customer(
    uow: UnitOfWork,
    facts: CustomerFacts,
    *,
    actor: str,
    at: dt.datetime,
    channel: str | None = None,
    lead_id: str | None = None,
) -> Customer:
    """Add the customer and its registered event to the unit of work; 409 naming a twin.

    The unique name and registration keys are the duplicate check: one INSERT ... ON CONFLICT DO
    NOTHING, and only when it inserted nothing is the twin looked up (a round trip saved on every
    registration; no SAVEPOINT needed, since the conflict raises no error that aborts the transaction).
    """
    values = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "name": facts.name.strip(),
        "name_key": normalized_name(facts.name),
        "registration_number": facts.registration_number,
        "registration_key": normalized_registration(facts.registration_number),
        "industry": facts.industry,
        "region": facts.region,
        "size": facts.size,
        "status": facts.status,
        "owner": facts.owner or actor,
        "channel": channel,
        "lead_id": lead_id,
        "created_at": at,
        "created_by": actor,
        "updated_at": at,
    }
    customer = (await uow.session.scalars(_register(uow.db.dialect), values)).one_or_none()
    if customer is None:
        existing = await find_duplicate(uow, facts.name, facts.registration_number)
        if existing is None:  # the twin was gone by the time we looked
            raise Conflict("customer already exists (same name or registration number)")
        raise duplicate_conflict(existing)
    uow.emit(
        CustomerRegistered(
            customer_id=customer.id,
            name=customer.name,
            registration_number=customer.registration_number,
            industry=customer.industry,
            region=customer.region,
            size=customer.size,
            owner=customer.owner,
            channel=channel,  # type: ignore[arg-type]
        ),
        subject=customer.id,
        actor=actor,
    )
    return customer
