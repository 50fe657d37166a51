"""What contracts knows of crm's records (customers, accepted solutions), from crm's events only.

Services never call each other: contracts learns a customer or a solution when crm's event is
applied here, and refuses a REST body naming one it has not learnt of (422 naming the field).
Between crm's commit and that event being applied, the record is not usable here yet
(docs/domain.md, "References between services").
"""

from __future__ import annotations

import datetime as dt

from ptp_common.errors import Conflict, Unprocessable
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_contracts.db.models import AcceptedSolution, Contract, KnownCustomer

NOT_YET = "crm's event about it may still be on its way: retry in a moment"


async def remember_customer(
    session: AsyncSession, customer_id: str, name: str | None, at: dt.datetime
) -> None:
    """Know ``customer_id`` (with its newest name); an older event arriving late changes nothing."""
    row = await session.get(KnownCustomer, customer_id)
    if row is None:
        session.add(KnownCustomer(customer_id=customer_id, name=name or customer_id, as_of=at))
    elif at >= row.as_of:
        row.name = name or row.name
        row.as_of = at


async def remember_solution(
    session: AsyncSession, solution_id: str, version: int, customer_id: str, title: str, at: dt.datetime
) -> None:
    row = await session.get(AcceptedSolution, solution_id)
    if row is None:
        session.add(
            AcceptedSolution(
                solution_id=solution_id, version=version, customer_id=customer_id, title=title, accepted_at=at
            )
        )
    elif version >= row.version:
        row.version, row.customer_id, row.title, row.accepted_at = version, customer_id, title, at


async def known_customer(session: AsyncSession, customer_id: str) -> KnownCustomer:
    row = await session.get(KnownCustomer, customer_id)
    if row is None:
        raise Unprocessable(
            f"customer {customer_id} is not known to contracts: {NOT_YET}", field="body.customer_id"
        )
    return row


async def unused_solution(session: AsyncSession, solution_id: str, customer_id: str) -> AcceptedSolution:
    """The accepted solution a contract is drafted from: known here, of that customer, not drafted yet."""
    solution = await session.get(AcceptedSolution, solution_id)
    if solution is None:
        raise Unprocessable(
            f"solution {solution_id} is not an accepted solution known to contracts: {NOT_YET}",
            field="body.solution_id",
        )
    if solution.customer_id != customer_id:
        raise Unprocessable(
            f"solution {solution_id} was accepted by customer {solution.customer_id}, not {customer_id}",
            field="body.solution_id",
        )
    used_by = await session.scalar(select(Contract.id).where(Contract.solution_id == solution_id))
    if used_by is not None:
        raise Conflict(
            f"solution {solution_id} is already drafted as contract {used_by}: change that draft",
            rule="one-contract-per-solution",
            contract_id=used_by,
        )
    return solution
