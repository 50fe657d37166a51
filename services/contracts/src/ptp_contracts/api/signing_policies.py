"""The customer's signing policy, as kept from risk's events (read-only here; risk decides it)."""

from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter
from ptp_common.auth import StaffPrincipal
from ptp_common.service import UowDep

from ptp_contracts.api.contract_schemas import SigningPolicyRead
from ptp_contracts.db.models import CustomerPolicy

router = APIRouter(prefix="/signing-policies", tags=["signing policy"])


@router.get(
    "/{customer_id}",
    response_model=SigningPolicyRead,
    summary="The customer's signing policy from risk",
    description=(
        "Staff and systems only: it carries the customer's credit rating and risk level, which client "
        "representatives do not see (403)."
    ),
)
async def get_signing_policy(customer_id: str, uow: UowDep, _: StaffPrincipal) -> SigningPolicyRead:
    row = await uow.session.get(CustomerPolicy, customer_id)
    if row is None:
        return SigningPolicyRead(
            customer_id=customer_id,
            mode="allow",
            min_prepayment_ratio=None,
            reason="",
            rating=None,
            level=None,
            updated_at=None,
        )
    return SigningPolicyRead(
        customer_id=customer_id,
        mode=row.mode,
        min_prepayment_ratio=None if row.min_prepayment_ratio is None else Decimal(row.min_prepayment_ratio),
        reason=row.reason,
        rating=row.rating,
        level=row.level,
        updated_at=row.updated_at,
    )
