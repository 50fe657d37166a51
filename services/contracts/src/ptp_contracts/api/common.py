"""What every router of this service shares: role dependencies, loading, ETags, read models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, cast

from fastapi import Depends, Response
from ptp_common.auth import Principal, Role, check_customer_record, require_roles
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import PROBLEM_JSON, NotFound, ProblemDetail
from ptp_common.http.etag import check_if_match, set_etag
from sqlalchemy import RowMapping, Table, bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.orm import joinedload

from ptp_contracts.api.contract_schemas import ContractRead, PolicyOverrideRead
from ptp_contracts.db.models import Contract, Installment, Signature
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
    return _contract_read(
        {c.key: getattr(contract, c.key) for c in _CONTRACT.columns},
        list(contract.installments),
        list(contract.signatures),
    )


def _contract_read(
    columns: Mapping[str, Any], installments: list[Any], signatures: list[Any]
) -> ContractRead:
    """The representation, from the contract's columns and its installments and signatures (ORM
    objects or rows, in their order)."""
    override = None
    if columns["policy_override_by"] is not None:
        assert columns["policy_override_at"] is not None
        override = PolicyOverrideRead(
            by=columns["policy_override_by"],
            reason=columns["policy_override_reason"] or "",
            at=columns["policy_override_at"],
            policy=columns["policy_override_of"] or "",
        )
    return ContractRead.model_validate(
        {
            **columns,
            "allowed_actions": CONTRACT_MACHINE.allowed(columns["status"]),
            "installments": installments,
            "signatures": signatures,
            "policy_override": override,
        }
    )


_CONTRACT, _INSTALLMENT, _SIGNATURE = (
    cast(Table, model.__table__) for model in (Contract, Installment, Signature)
)
# GET /contracts/{id}, the hottest read of the suite: the contract, its installments and its
# signatures as plain rows of one statement (no ORM session or identity map; read on
# runtime.read(), without a transaction around it). Built once, so it is compiled once.
_PARTS = (("c", _CONTRACT), ("i", _INSTALLMENT), ("s", _SIGNATURE))
CONTRACT_ROWS = (
    select(*(c.label(f"{tag}_{c.key}") for tag, table in _PARTS for c in table.columns))
    .select_from(
        _CONTRACT.outerjoin(_INSTALLMENT, _INSTALLMENT.c.contract_id == _CONTRACT.c.id).outerjoin(
            _SIGNATURE, _SIGNATURE.c.contract_id == _CONTRACT.c.id
        )
    )
    .where(_CONTRACT.c.id == bindparam("contract_id"))
)


def _part(row: RowMapping, tag: str, table: Table) -> dict[str, Any]:
    return {c.key: row[f"{tag}_{c.key}"] for c in table.columns}


async def read_visible_contract(
    connection: AsyncConnection, contract_id: str, principal: Principal
) -> ContractRead:
    """``contract_read(await visible_contract(...))`` from one statement's rows, without the ORM."""
    rows = (await connection.execute(CONTRACT_ROWS, {"contract_id": contract_id})).mappings().all()
    if not rows:
        raise NotFound(f"no contract {contract_id}")
    columns = _part(rows[0], "c", _CONTRACT)
    check_customer_record(principal, columns["customer_id"], f"no contract {contract_id}")
    # the joins repeat each installment per signature and each signature per installment
    installments = {r["i_id"]: _part(r, "i", _INSTALLMENT) for r in rows if r["i_id"] is not None}
    signatures = {r["s_id"]: _part(r, "s", _SIGNATURE) for r in rows if r["s_id"] is not None}
    return _contract_read(
        columns,
        sorted(installments.values(), key=lambda i: i["position"]),
        sorted(signatures.values(), key=lambda s: s["signed_at"]),
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
