"""What risk knows of crm's customers, contracts' contracts and projects' projects.

Services never call each other: risk learns a record when its owner's event is applied here
(handlers.references), and the register refuses a link to one it has not learnt of, or links
that contradict each other (a contract of another customer), with 422 naming the field. Between
the owner's commit and that event being applied, the record is not linkable yet (docs/domain.md,
"References between services").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from ptp_common.errors import Unprocessable, field_error
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_risk.db import batch_rows
from ptp_risk.db.models import KnownContract, KnownCustomer, KnownProject

NOT_YET = "its owner's event may still be on its way: retry in a moment"


async def remember_customer(
    session: AsyncSession, customer_id: str, at: dt.datetime, name: str | None = None
) -> None:
    row = await batch_rows.get(session, KnownCustomer, customer_id)
    if row is None:
        batch_rows.add(session, KnownCustomer(customer_id=customer_id, name=name, as_of=at))
    elif name is not None and at >= row.as_of:
        row.name, row.as_of = name, at


async def remember_contract(
    session: AsyncSession, contract_id: str, customer_id: str, at: dt.datetime
) -> None:
    # contracts only takes customers crm registered: its event vouches for the customer too.
    await remember_customer(session, customer_id, at)
    if await batch_rows.get(session, KnownContract, contract_id) is None:
        batch_rows.add(session, KnownContract(contract_id=contract_id, customer_id=customer_id))


async def remember_project(
    session: AsyncSession, project_id: str, contract_id: str, customer_id: str, at: dt.datetime
) -> None:
    await remember_contract(session, contract_id, customer_id, at)
    if await batch_rows.get(session, KnownProject, project_id) is None:
        batch_rows.add(
            session, KnownProject(project_id=project_id, contract_id=contract_id, customer_id=customer_id)
        )


async def check_links(
    session: AsyncSession,
    customer_id: str | None,
    contract_id: str | None,
    project_id: str | None,
    changed: Collection[str] = ("customer_id", "contract_id", "project_id"),
) -> None:
    """422 naming each field that names an unknown record or contradicts another link.

    Only what the request changes is judged (``changed``): an unknown id among them, or a pair of
    links that disagree when either of the two changed.
    """
    errors: list[dict[str, str]] = []

    def refuse(name: str, message: str, other: str | None = None) -> None:
        if name in changed or other in changed:
            errors.append(field_error(f"body.{name}", message, "value_error"))

    if customer_id is not None and await session.get(KnownCustomer, customer_id) is None:
        refuse("customer_id", f"customer {customer_id} is not known to risk: {NOT_YET}")
    contract = None if contract_id is None else await session.get(KnownContract, contract_id)
    if contract_id is not None and contract is None:
        refuse("contract_id", f"contract {contract_id} is not known to risk: {NOT_YET}")
    elif contract is not None and customer_id is not None and contract.customer_id != customer_id:
        refuse(
            "contract_id",
            f"contract {contract_id} is customer {contract.customer_id}'s, not {customer_id}'s",
            "customer_id",
        )
    project = None if project_id is None else await session.get(KnownProject, project_id)
    if project_id is not None and project is None:
        refuse("project_id", f"project {project_id} is not known to risk: {NOT_YET}")
    elif project is not None and contract_id is not None and project.contract_id != contract_id:
        refuse(
            "project_id",
            f"project {project_id} delivers contract {project.contract_id}, not {contract_id}",
            "contract_id",
        )
    elif project is not None and customer_id is not None and project.customer_id != customer_id:
        refuse(
            "project_id",
            f"project {project_id} is customer {project.customer_id}'s, not {customer_id}'s",
            "customer_id",
        )
    if errors:
        raise Unprocessable("; ".join(e["message"] for e in errors), errors=errors)
