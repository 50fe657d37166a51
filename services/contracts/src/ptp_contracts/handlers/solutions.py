"""crm.solution.accepted -> a draft contract (one per solution, however often the event arrives).

The solution and its customer are remembered too (flows.references): crm vouches for the customer
in the event, whatever the order in which its registration arrives.
"""

from __future__ import annotations

import uuid

from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractDrafted
from ptp_common.events.schemas.crm import SolutionAccepted
from sqlalchemy import select

from ptp_contracts.db.models import Contract, Revision
from ptp_contracts.domain.clauses import ClauseKind
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.flows.contract_events import ref, total_of
from ptp_contracts.flows.references import remember_customer, remember_solution


async def on_solution_accepted(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, SolutionAccepted)
    await remember_customer(uow.session, data.customer_id, data.customer_name, env.time)
    await remember_solution(
        uow.session, data.solution_id, data.version, data.customer_id, data.title, env.time
    )
    existing = await uow.session.scalar(select(Contract.id).where(Contract.solution_id == data.solution_id))
    if existing is not None:
        return
    now = utcnow()
    actor = env.actor or "service:crm"
    contract = Contract(
        id=str(uuid.uuid4()),
        customer_id=data.customer_id,
        customer_name=data.customer_name,
        owner=data.owner,
        title=data.title,
        scope=data.scope,
        currency=data.price_estimate.currency,
        total=data.price_estimate.amount,
        payment_terms_days=30,
        solution_id=data.solution_id,
        status=ContractStatus.draft,
        revision=1,
        reviewed=False,
        # The solution gives the scope; the specialist drafts the other key clauses.
        clauses=[{"kind": ClauseKind.scope.value, "title": "Service content", "text": data.scope}],
        deliverables=[],
        milestones=[],
        acceptance_criteria=[],
        created_at=now,
        created_by=actor,
        updated_at=now,
    )
    uow.session.add(contract)
    uow.session.add(
        Revision(
            contract_id=contract.id,
            number=1,
            author=actor,
            at=now,
            summary=f"drafted from solution {data.solution_id} v{data.version}",
            changed_fields=[],
        )
    )
    uow.emit(
        ContractDrafted(
            **ref(contract), title=contract.title, total=total_of(contract), solution_id=data.solution_id
        ),
        subject=contract.id,
    )
