"""Opening a settlement: from project.accepted, or by the specialist through REST."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from ptp_common.db.uow import UnitOfWork
from sqlalchemy import select

from ptp_contracts.db.models import Contract, Settlement
from ptp_contracts.domain.settlement import SettlementStatus


async def settlement_of(uow: UnitOfWork, contract_id: str) -> Settlement | None:
    return await uow.session.scalar(select(Settlement).where(Settlement.contract_id == contract_id))


async def open_settlement(
    uow: UnitOfWork,
    contract: Contract,
    *,
    actor: str,
    now: dt.datetime,
    project_id: str | None = None,
    accepted_at: dt.datetime | None = None,
    results: list[dict[str, Any]] | None = None,
) -> tuple[Settlement, bool]:
    """The contract's one settlement, opened now if it does not exist yet; (settlement, created)."""
    existing = await settlement_of(uow, contract.id)
    if existing is not None:
        # A later project.accepted may bring the acceptance facts a hand-opened settlement lacked.
        if project_id and existing.project_id is None:
            existing.project_id = project_id
            existing.accepted_at = accepted_at
            existing.acceptance_results = results or []
            existing.updated_at = now
        return existing, False
    settlement = Settlement(
        id=str(uuid.uuid4()),
        contract_id=contract.id,
        project_id=project_id,
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
