"""Who may sign which side of a contract, and on what evidence (docs/domain.md section 2).

- Company side: the authorised signer's own account, by the company's signing policy
  (domain.signing.company_signer_roles: a business_specialist or a manager; from
  MANAGER_SIGNS_FROM on, a manager only). Anyone else: 403 naming the roles.
- Client side: the customer's own client_representative (the token's customer_id claim is the
  contract's customer; another customer's representative never sees the contract: 404), or a
  business_specialist or manager recording the client's signed document: then the document and
  seal references are required (422 naming the first missing field).
- Never the same account for both sides (409).
"""

from __future__ import annotations

from ptp_common.auth import Principal, Role, check_represents
from ptp_common.errors import Conflict, Forbidden, Unprocessable

from ptp_contracts.api.contract_schemas import SignRequest
from ptp_contracts.db.models import Contract
from ptp_contracts.domain.signing import (
    MANAGER_SIGNS_FROM,
    RECORDED_EVIDENCE_FIELDS,
    Authority,
    Side,
    company_signer_roles,
)

COMPANY_SIGNERS = (Role.business_specialist, Role.manager)
CLIENT_RECORDERS = (Role.business_specialist, Role.manager)


def company_side_allowed(principal: Principal) -> None:
    """403 before the contract is read: this caller signs for the company under no policy."""
    if not principal.has_any(*COMPANY_SIGNERS):
        roles = sorted(str(r) for r in COMPANY_SIGNERS)
        raise Forbidden(f"the company side is signed by a {' or a '.join(roles)}", required_roles=roles)


def authority_for(principal: Principal, contract: Contract, body: SignRequest) -> Authority:
    """On what the caller's signature of ``body.side`` rests; 403/404/422 when it rests on nothing."""
    if body.side is Side.company:
        return _company(principal, contract)
    return _client(principal, contract, body)


def _company(principal: Principal, contract: Contract) -> Authority:
    roles = company_signer_roles(contract.total)
    if not principal.has_any(*roles):
        raise Forbidden(
            f"a contract of {contract.total} {contract.currency} (from {MANAGER_SIGNS_FROM} on) is signed "
            f"for the company by a manager",
            required_roles=list(roles),
        )
    if Authority.business_specialist.value in roles and principal.has_any(Role.business_specialist):
        return Authority.business_specialist
    return Authority.manager


def _client(principal: Principal, contract: Contract, body: SignRequest) -> Authority:
    if principal.has_any(Role.client_representative) and principal.customer_id is not None:
        # A representative speaks for the one customer of their token, whatever else it carries.
        check_represents(principal, contract.customer_id, f"no contract {contract.id}")
        return Authority.client_representative
    if not principal.has_any(*CLIENT_RECORDERS):
        raise Forbidden(
            "the client side is signed by the customer's client_representative (token with its "
            "customer_id claim), or recorded by a business_specialist or manager with the evidence",
            required_roles=sorted([*(str(r) for r in CLIENT_RECORDERS), str(Role.client_representative)]),
        )
    for name in RECORDED_EVIDENCE_FIELDS:
        if not getattr(body, name):
            raise Unprocessable(
                f"recording the client's signature needs {name} (evidence: "
                f"signer_name, signer_title, {', '.join(RECORDED_EVIDENCE_FIELDS)})",
                field=f"body.{name}",
            )
    return Authority.recorded_evidence


def not_the_other_side(principal: Principal, contract: Contract, side: Side) -> None:
    """409 when the caller already signed or recorded the other side of this contract."""
    for signature in contract.signatures:
        if signature.side != side and signature.recorded_by == principal.actor:
            raise Conflict(
                f"{principal.actor} already signed the {signature.side} side; the {side} side is signed "
                "by someone else (never the same person for both sides)",
                reason_code="same_signer",
            )
