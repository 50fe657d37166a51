"""Leads by channel, and their conversion into a customer plus an opportunity."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.crm import LeadChannel, LeadConverted
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.customers import CustomerRead, CustomerSize, customer_read, read_with_flag
from ptp_crm.api.deps import Specialist, get_or_404, get_referenced, now
from ptp_crm.api.money import MoneyIn
from ptp_crm.api.opportunities import OpportunityRead, Probability, open_opportunity, opportunity_read
from ptp_crm.db.models import Contact, Customer, Lead
from ptp_crm.domain.leads import LEAD_MACHINE
from ptp_crm.registration import CustomerFacts, register_customer

router = APIRouter(prefix="/leads", tags=["leads"])


class LeadCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "company_name": "Acme Logistics Ltd",
                    "contact_name": "Jane Roe",
                    "contact_phone": "+49 30 1234567",
                    "channel": "trade_show",
                    "first_contact_notes": "Runs 300 trucks; wants live tracking.",
                }
            ]
        }
    )

    company_name: str = Field(min_length=1, max_length=200)
    contact_name: str | None = Field(default=None, max_length=200)
    contact_email: str | None = Field(default=None, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    contact_phone: str | None = Field(default=None, max_length=50)
    channel: LeadChannel = Field(description="Where the lead came from (a KPI dimension)")
    first_contact_notes: str = Field(default="", max_length=10000)


class DisqualifyRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "no budget this year"}]})

    reason: str = Field(min_length=1, max_length=2000)


class LeadConvert(BaseModel):
    """Either name an existing customer, or give the facts of the new one (name defaults to the lead's)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "registration_number": "HRB-12345",
                    "industry": "logistics",
                    "region": "north",
                    "size": "large",
                    "opportunity_title": "Fleet telematics rollout",
                    "expected_revenue": {"amount": "250000.00", "currency": "EUR"},
                    "probability": 30,
                }
            ]
        }
    )

    existing_customer_id: str | None = None
    customer_name: str | None = Field(default=None, min_length=1, max_length=200)
    registration_number: str | None = Field(default=None, max_length=64)
    industry: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=100)
    size: CustomerSize | None = None
    opportunity_title: str = Field(min_length=1, max_length=200)
    expected_revenue: MoneyIn | None = None
    probability: Probability = 10


class LeadRead(BaseModel):
    id: str
    company_name: str
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    channel: str
    status: str
    allowed_actions: list[str]
    first_contact_notes: str
    owner: str
    customer_id: str | None
    opportunity_id: str | None
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int


class LeadConversionRead(BaseModel):
    lead: LeadRead
    customer: CustomerRead
    opportunity: OpportunityRead


def lead_read(lead: Lead) -> LeadRead:
    return LeadRead(
        id=lead.id,
        company_name=lead.company_name,
        contact_name=lead.contact_name,
        contact_email=lead.contact_email,
        contact_phone=lead.contact_phone,
        channel=lead.channel,
        status=lead.status,
        allowed_actions=LEAD_MACHINE.allowed(lead.status),
        first_contact_notes=lead.first_contact_notes,
        owner=lead.owner,
        customer_id=lead.customer_id,
        opportunity_id=lead.opportunity_id,
        created_at=lead.created_at,
        created_by=lead.created_by,
        updated_at=lead.updated_at,
        version=lead.version,
    )


@router.post("", status_code=201, response_model=LeadRead, summary="Record a lead and its channel")
async def create_lead(
    body: LeadCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    idem = Idempotency(uow, idempotency_key, principal.actor, "POST /leads", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    at = now(runtime)
    lead = Lead(
        id=str(uuid.uuid4()),
        **body.model_dump(),
        status="new",
        owner=principal.actor,
        created_at=at,
        created_by=principal.actor,
        updated_at=at,
    )
    uow.session.add(lead)
    await uow.session.flush()
    set_etag(response, lead.version)
    return await idem.created(lead_read(lead))


@router.get("", response_model=Page[LeadRead], summary="List leads")
async def list_leads(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    channel: LeadChannel | None = None,
    status: str | None = None,
    owner: str | None = None,
) -> Page[LeadRead]:
    stmt = select(Lead)
    for column, value in ((Lead.channel, channel), (Lead.status, status), (Lead.owner, owner)):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Lead.created_at, Lead.id], params)
    return Page[LeadRead](items=[lead_read(x) for x in items], next_cursor=cursor)


@router.get("/{lead_id}", response_model=LeadRead, summary="Read a lead")
async def get_lead(lead_id: str, uow: UowDep, _: StaffPrincipal, response: Response) -> LeadRead:
    lead = await get_or_404(uow, Lead, lead_id, "lead")
    set_etag(response, lead.version)
    return lead_read(lead)


async def _move(uow: UnitOfWork, lead_id: str, action: str, if_match: str | None, at: dt.datetime) -> Lead:
    lead = await get_or_404(uow, Lead, lead_id, "lead")
    check_if_match(if_match, lead.version)
    lead.status = LEAD_MACHINE.next_state(lead.status, action)
    lead.updated_at = at
    return lead


@router.post("/{lead_id}/qualify", response_model=LeadRead, summary="First contact confirmed a real need")
async def qualify_lead(
    lead_id: str,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> LeadRead:
    lead = await _move(uow, lead_id, "qualify", if_match, now(runtime))
    await uow.session.flush()
    read = lead_read(lead)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/{lead_id}/disqualify", response_model=LeadRead, summary="Drop the lead, with the reason")
async def disqualify_lead(
    lead_id: str,
    body: DisqualifyRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> LeadRead:
    lead = await _move(uow, lead_id, "disqualify", if_match, now(runtime))
    lead.first_contact_notes = (lead.first_contact_notes + f"\nDisqualified: {body.reason}").strip()
    await uow.session.flush()
    read = lead_read(lead)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/{lead_id}/convert",
    response_model=LeadConversionRead,
    summary="Turn the lead into a customer and an opportunity",
)
async def convert_lead(
    lead_id: str,
    body: LeadConvert,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> LeadConversionRead:
    """A new customer that duplicates an existing one is a 409 naming `existing_id`; nothing is written
    (convert again with `existing_customer_id`)."""
    at = now(runtime)
    lead = await _move(uow, lead_id, "convert", if_match, at)
    if body.existing_customer_id is not None:
        customer = await get_referenced(uow, Customer, body.existing_customer_id, "body.existing_customer_id")
    else:
        facts = CustomerFacts(
            name=body.customer_name or lead.company_name,
            registration_number=body.registration_number,
            industry=body.industry,
            region=body.region,
            size=body.size,
            owner=lead.owner,
        )
        customer = await register_customer(
            uow, facts, actor=principal.actor, at=at, channel=lead.channel, lead_id=lead.id
        )
    opp = await open_opportunity(
        uow,
        customer_id=customer.id,
        title=body.opportunity_title,
        expected_revenue=body.expected_revenue,
        probability=body.probability,
        owner=lead.owner,
        actor=principal.actor,
        at=at,
        lead_id=lead.id,
    )
    if lead.contact_name:
        # The person of the first contact becomes the customer's contact.
        uow.session.add(
            Contact(
                id=str(uuid.uuid4()),
                customer_id=customer.id,
                name=lead.contact_name,
                position=None,
                email=lead.contact_email,
                phone=lead.contact_phone,
                created_at=at,
                created_by=principal.actor,
            )
        )
    lead.customer_id, lead.opportunity_id = customer.id, opp.id
    await uow.session.flush()
    uow.emit(
        LeadConverted(
            lead_id=lead.id,
            customer_id=customer.id,
            opportunity_id=opp.id,
            channel=lead.channel,
            owner=lead.owner,
        ),  # type: ignore[arg-type]
        subject=lead.id,
        actor=principal.actor,
    )
    read = LeadConversionRead(
        lead=lead_read(lead),
        customer=await read_with_flag(uow, customer)
        if body.existing_customer_id
        else customer_read(customer, None),
        opportunity=opportunity_read(opp),
    )
    await uow.commit()
    set_etag(response, read.lead.version)
    return read
