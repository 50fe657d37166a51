"""What every router of this service shares: role dependencies, loading, ETags, read models."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Response
from ptp_common.auth import Principal, Role, check_customer_record, require_roles
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import PROBLEM_JSON, NotFound, ProblemDetail
from ptp_common.http.etag import check_if_match, set_etag
from sqlalchemy import bindparam, select
from sqlalchemy.orm import joinedload

from ptp_contracts.api.contract_schemas import ContractRead, PolicyOverrideRead
from ptp_contracts.db.models import Contract
from ptp_contracts.domain.lifecycle import CONTRACT_MACHINE

Specialist = Annotated[Principal, Depends(require_roles(Role.business_specialist))]
Legal = Annotated[Principal, Depends(require_roles(Role.legal))]
Finance = Annotated[Principal, Depends(require_roles(Role.finance))]
Manager = Annotated[Principal, Depends(require_roles(Role.manager))]
# Which side each of them may sign, and on what evidence: api.signing_authority (a representative
# only their own customer's contract).
Signer = Annotated[
    Principal,
    Depends(
        require_roles(Role.business_specialist, Role.manager, Role.client_representative, own_customer=True)
    ),
]
Terminator = Annotated[Principal, Depends(require_roles(Role.business_specialist, Role.manager))]
# Reads an existing settlement back (200); only a manager opens one (termination settlement).
SettlementOpener = Annotated[Principal, Depends(require_roles(Role.business_specialist, Role.manager))]
# Finance works from invoices; managers, specialists, auditors and operations read them too.
InvoiceReader = Annotated[
    Principal,
    Depends(
        require_roles(
            Role.finance, Role.manager, Role.business_specialist, Role.auditor, Role.admin, Role.service
        )
    ),
]


# One statement with its installments and signatures joined (a contract has a few of each),
# instead of the relationships' default of one more SELECT per collection. Built once: its cache
# key is computed once and every request finds it compiled (the hottest read of the suite).
CONTRACT_BY_ID = (
    select(Contract)
    .options(joinedload(Contract.installments), joinedload(Contract.signatures))
    .where(Contract.id == bindparam("contract_id"))
)


async def load_contract(uow: UnitOfWork, contract_id: str) -> Contract:
    found = await uow.session.execute(CONTRACT_BY_ID, {"contract_id": contract_id})
    contract = found.unique().scalar_one_or_none()
    if contract is None:
        raise NotFound(f"no contract {contract_id}")
    return contract


async def visible_contract(uow: UnitOfWork, contract_id: str, principal: Principal) -> Contract:
    """The contract, or 404 when it does not exist or is another customer's (for a client
    representative, whose token's customer_id claim decides; 403 without that claim)."""
    contract = await load_contract(uow, contract_id)
    check_customer_record(principal, contract.customer_id, f"no contract {contract_id}")
    return contract


def apply_action(contract: Contract, action: str, if_match: str | None) -> None:
    """412 on a stale If-Match, else 409 unless the transition table allows ``action``."""
    check_if_match(if_match, contract.version)
    contract.status = CONTRACT_MACHINE.next_state(contract.status, action)


def contract_read(contract: Contract) -> ContractRead:
    override = None
    if contract.policy_override_by is not None:
        assert contract.policy_override_at is not None
        override = PolicyOverrideRead(
            by=contract.policy_override_by,
            reason=contract.policy_override_reason or "",
            at=contract.policy_override_at,
            policy=contract.policy_override_of or "",
        )
    return ContractRead.model_validate(
        {
            **{c.key: getattr(contract, c.key) for c in Contract.__table__.columns},
            "allowed_actions": CONTRACT_MACHINE.allowed(contract.status),
            "installments": list(contract.installments),
            "signatures": list(contract.signatures),
            "policy_override": override,
        }
    )


async def commit_and_read(uow: UnitOfWork, contract: Contract, response: Response) -> ContractRead:
    """Commit, then answer with the new representation and its ETag."""
    await uow.session.flush()
    read = contract_read(contract)
    await uow.commit()
    set_etag(response, read.version)
    return read


def conflict_response(description: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry documenting when an operation answers 409 (problem+json)."""
    return problem_responses({409: description})


def problem_responses(descriptions: dict[int, str]) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting when an operation answers each problem status."""
    return {
        status: {"model": ProblemDetail, "content": {PROBLEM_JSON: {}}, "description": description}
        for status, description in descriptions.items()
    }


# How a client representative's reads of one contract answer, said once for every such operation.
CUSTOMER_SCOPED = (
    "Staff read every contract. A `client_representative` reads only the contracts of the customer "
    "in its token's `customer_id` claim: another customer's contract answers 404 as if it did not "
    "exist, and a representative's token without the claim 403."
)
NOT_FOUND_OR_OTHER_CUSTOMER = "No such contract, or it is another customer's (client representatives)"
