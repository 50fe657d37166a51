"""Credit profiles (built from events only; read-only here) and a customer's credit file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.errors import NotFound
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.http.etag import set_etag
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_risk.api.risks import RiskRead, risk_read
from ptp_risk.db import credit_store
from ptp_risk.db.models import CreditProfile, CreditProfileChange, Risk
from ptp_risk.domain.levels import Level

STAFF_READ = "Any staff role; a client_representative gets 403 (credit and risk records are internal)."

router = APIRouter(tags=["credit profiles"])


class CreditFiguresRead(BaseModel):
    exposure: list[MoneyAmount] = Field(
        description="Outstanding of the customer's open contracts, per currency; an ended contract counts 0"
    )
    overdue_amount: list[MoneyAmount]
    overdue_count: int
    worst_days_overdue: int
    overdue_rate: Decimal = Field(
        description="Overdue now / exposure now (worst currency), 0..1; 0 when nothing is overdue"
    )
    payments: int
    on_time_payments: int
    on_time_ratio: Decimal | None
    serious_open_complaints: int


class CreditProfileRead(BaseModel):
    customer_id: str
    score: Decimal = Field(description="0-100; see GET /risk-config for the model")
    rating: str = Field(examples=["B"])
    level: Level
    figures: CreditFiguresRead | None
    reasons: list[str] = Field(description="Each penalty the model applied")
    last_cause_event_id: str | None
    updated_at: dt.datetime
    version: int


class CreditChangeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    customer_id: str
    changed_at: dt.datetime
    cause_event_id: str
    cause_event_type: str
    previous_score: Decimal | None
    score: Decimal
    previous_rating: str | None
    rating: str
    previous_level: Level | None
    level: Level
    reason: str


class InstallmentRead(BaseModel):
    installment_id: str
    contract_id: str
    due_date: dt.date | None
    overdue_amount: MoneyAmount
    days_overdue: int
    last_overdue_notice_at: dt.datetime | None
    last_payment_at: dt.datetime | None


class ContractExposureRead(BaseModel):
    contract_id: str
    total: MoneyAmount | None
    exposure: MoneyAmount | None = Field(description="None while only the contract's end was seen")
    settled_at: dt.datetime | None
    ended_at: dt.datetime | None = None
    end_status: str | None = Field(default=None, description="completed | terminated")


class CreditFileRead(BaseModel):
    profile: CreditProfileRead
    contracts: list[ContractExposureRead]
    installments: list[InstallmentRead]
    recent_changes: list[CreditChangeRead]
    risks: list[RiskRead]


def _money(amount: Decimal | None, currency: str | None) -> MoneyAmount | None:
    """None when either is unknown (a contract seen only through its end has no currency yet)."""
    if amount is None or currency is None:
        return None
    return MoneyAmount(amount=amount, currency=currency)


def profile_read(profile: CreditProfile) -> CreditProfileRead:
    figures: dict[str, Any] = profile.figures or {}
    return CreditProfileRead(
        customer_id=profile.customer_id,
        score=profile.score,
        rating=profile.rating,
        level=profile.level,  # type: ignore[arg-type]
        figures=CreditFiguresRead.model_validate(figures) if figures else None,
        reasons=profile.reasons,
        last_cause_event_id=profile.last_cause_event_id,
        updated_at=profile.updated_at,
        version=profile.version,
    )


async def _profile(uow: UowDep, customer_id: str) -> CreditProfile:
    profile = await uow.session.get(CreditProfile, customer_id)
    if profile is None:
        raise NotFound(f"no credit profile for customer {customer_id}: no event about it yet")
    return profile


@router.get(
    "/credit-profiles",
    response_model=Page[CreditProfileRead],
    summary="Credit profiles by customer",
    description=STAFF_READ,
)
async def list_credit_profiles(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    level: Level | None = None,
    rating: Annotated[str | None, Query(pattern="^[A-Z]$")] = None,
) -> Page[CreditProfileRead]:
    stmt = select(CreditProfile)
    if level is not None:
        stmt = stmt.where(CreditProfile.level == level)
    if rating is not None:
        stmt = stmt.where(CreditProfile.rating == rating)
    items, cursor = await paginate(uow.session, stmt, [CreditProfile.customer_id], params)
    return Page[CreditProfileRead](items=[profile_read(p) for p in items], next_cursor=cursor)


@router.get(
    "/credit-profiles/{customer_id}",
    response_model=CreditProfileRead,
    summary="A customer's credit profile",
    description=STAFF_READ,
)
async def get_credit_profile(
    customer_id: str, uow: UowDep, _: StaffPrincipal, response: Response
) -> CreditProfileRead:
    profile = await _profile(uow, customer_id)
    set_etag(response, profile.version)
    return profile_read(profile)


@router.get(
    "/credit-profiles/{customer_id}/history",
    response_model=Page[CreditChangeRead],
    summary="Every change of a customer's profile with the event that caused it, newest first",
    description=STAFF_READ,
)
async def list_credit_profile_changes(
    customer_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
) -> Page[CreditChangeRead]:
    await _profile(uow, customer_id)
    stmt = select(CreditProfileChange).where(CreditProfileChange.customer_id == customer_id)
    items, cursor = await paginate(
        uow.session, stmt, [CreditProfileChange.changed_at, CreditProfileChange.id], params, descending=True
    )
    return Page[CreditChangeRead](
        items=[CreditChangeRead.model_validate(c) for c in items], next_cursor=cursor
    )


@router.get(
    "/customers/{customer_id}/credit-file",
    response_model=CreditFileRead,
    summary="A customer's credit file: profile, contracts, installments, recent changes, register risks",
    description=STAFF_READ,
)
async def get_credit_file(customer_id: str, uow: UowDep, _: StaffPrincipal) -> CreditFileRead:
    profile = await _profile(uow, customer_id)
    facts = await credit_store.load_facts(uow.session, customer_id)
    changes = (
        await uow.session.execute(
            select(CreditProfileChange)
            .where(CreditProfileChange.customer_id == customer_id)
            .order_by(CreditProfileChange.changed_at.desc(), CreditProfileChange.id.desc())
            .limit(20)
        )
    ).scalars()
    risks = (
        await uow.session.execute(
            select(Risk).where(Risk.customer_id == customer_id).order_by(Risk.created_at, Risk.id)
        )
    ).scalars()
    return CreditFileRead(
        profile=profile_read(profile),
        contracts=[
            ContractExposureRead(
                contract_id=c.contract_id,
                total=_money(c.total, c.currency),
                exposure=_money(c.exposure, c.currency),
                settled_at=c.settled_at,
                ended_at=c.ended_at,
                end_status=c.end_status,
            )
            for c in facts.contracts
        ],
        installments=[
            InstallmentRead(
                installment_id=i.installment_id,
                contract_id=i.contract_id,
                due_date=i.due_date,
                overdue_amount=MoneyAmount(amount=facts.state_of(i).overdue_amount, currency=i.currency),
                days_overdue=facts.state_of(i).days_overdue,
                last_overdue_notice_at=i.last_notice_at,
                last_payment_at=i.last_payment_at,
            )
            for i in facts.installments
        ],
        recent_changes=[CreditChangeRead.model_validate(c) for c in changes],
        risks=[risk_read(r) for r in risks],
    )
