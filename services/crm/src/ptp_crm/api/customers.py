"""Customers: registration with duplicate detection, master data, search; contacts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from ptp_common.auth import CustomerPrincipal, check_customer_record, customer_scope
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.crm import CustomerUpdated
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema
from sqlalchemy import select

from ptp_crm.api.deps import Specialist, get_or_404, now
from ptp_crm.db.models import Contact, Customer, CustomerRiskFlag
from ptp_crm.domain.customers import normalized_name, normalized_registration
from ptp_crm.registration import CustomerFacts, duplicate_conflict, find_duplicate, register_customer

router = APIRouter(prefix="/customers", tags=["customers"])

CustomerSize = Literal["small", "medium", "large", "enterprise"]
CustomerStatus = Literal["prospect", "active", "inactive"]
RiskLevel = Literal["low", "medium", "high"]


class CustomerCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Acme Logistics Ltd",
                    "registration_number": "HRB-12345",
                    "industry": "logistics",
                    "region": "north",
                    "size": "large",
                }
            ]
        }
    )

    name: str = Field(min_length=1, max_length=200)
    registration_number: str | None = Field(default=None, max_length=64)
    industry: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=100)
    size: CustomerSize | None = None
    status: CustomerStatus = "prospect"
    owner: str | None = Field(
        default=None, max_length=200, description="Owning specialist; the caller by default"
    )


class CustomerUpdate(BaseModel):
    """Only the fields sent are changed."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "active", "region": "south"}]})

    # Omit to keep; not nullable (SkipJsonSchema: null is refused, so the schema does not offer it).
    name: Annotated[str, Field(min_length=1, max_length=200)] | SkipJsonSchema[None] = None
    registration_number: str | None = Field(default=None, max_length=64)
    industry: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=100)
    size: CustomerSize | None = None
    status: CustomerStatus | SkipJsonSchema[None] = None
    owner: Annotated[str, Field(min_length=1, max_length=200)] | SkipJsonSchema[None] = None

    @field_validator("name", "status", "owner")
    @classmethod
    def _present_if_sent(cls, value: str | None) -> str:
        # Omit a field to keep it; these cannot be cleared.
        if value is None:
            raise ValueError("may be omitted but not null")
        return value


class RiskFlagRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    rating: str
    level: str
    score: float
    reason: str
    as_of: dt.datetime = Field(description="Time of the risk event this flag reflects")


class CustomerRead(BaseModel):
    id: str
    name: str
    registration_number: str | None
    industry: str | None
    region: str | None
    size: str | None
    status: str
    owner: str
    channel: str | None = Field(description="Channel of the lead the customer came from")
    lead_id: str | None
    risk: RiskFlagRead | None = Field(description="Credit risk as last reported by the risk service")
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int


class ContactCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"name": "Jane Roe", "position": "COO", "email": "jane@acme.example"}]
        }
    )

    name: str = Field(min_length=1, max_length=200)
    position: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    phone: str | None = Field(default=None, max_length=50)


class ContactRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    customer_id: str
    name: str
    position: str | None
    email: str | None
    phone: str | None
    created_at: dt.datetime
    created_by: str


def customer_read(customer: Customer, flag: CustomerRiskFlag | None) -> CustomerRead:
    risk = None
    if flag is not None:
        risk = RiskFlagRead(
            rating=flag.rating, level=flag.level, score=flag.score, reason=flag.reason, as_of=flag.event_time
        )
    return CustomerRead(
        id=customer.id,
        name=customer.name,
        registration_number=customer.registration_number,
        industry=customer.industry,
        region=customer.region,
        size=customer.size,
        status=customer.status,
        owner=customer.owner,
        channel=customer.channel,
        lead_id=customer.lead_id,
        risk=risk,
        created_at=customer.created_at,
        created_by=customer.created_by,
        updated_at=customer.updated_at,
        version=customer.version,
    )


async def read_with_flag(uow: UnitOfWork, customer: Customer) -> CustomerRead:
    return customer_read(customer, await uow.session.get(CustomerRiskFlag, customer.id))


@router.post("", status_code=201, response_model=CustomerRead, summary="Register a customer")
async def create_customer(
    body: CustomerCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """409 with `existing_id` when a customer with that name or registration number exists."""
    idem = Idempotency(uow, idempotency_key, principal.actor, "POST /customers", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    customer = await register_customer(
        uow, CustomerFacts(**body.model_dump()), actor=principal.actor, at=now(runtime)
    )
    set_etag(response, customer.version)
    return await idem.created(customer_read(customer, None))


@router.get("", response_model=Page[CustomerRead], summary="Search customers")
async def list_customers(
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name, any case")] = None,
    industry: str | None = None,
    region: str | None = None,
    status: CustomerStatus | None = None,
    owner: str | None = None,
    risk_level: RiskLevel | None = None,
) -> Page[CustomerRead]:
    stmt = select(Customer)
    if (own := customer_scope(principal)) is not None:
        stmt = stmt.where(Customer.id == own)  # a representative finds only their own customer
    if q:
        stmt = stmt.where(Customer.name_key.contains(normalized_name(q), autoescape=True))
    for column, value in (
        (Customer.industry, industry),
        (Customer.region, region),
        (Customer.status, status),
        (Customer.owner, owner),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if risk_level is not None:
        flagged = select(CustomerRiskFlag.customer_id).where(CustomerRiskFlag.level == risk_level)
        stmt = stmt.where(Customer.id.in_(flagged))
    items, cursor = await paginate(uow.session, stmt, [Customer.created_at, Customer.id], params)
    ids = [c.id for c in items]
    flags = (
        {
            f.customer_id: f
            for f in (
                await uow.session.execute(
                    select(CustomerRiskFlag).where(CustomerRiskFlag.customer_id.in_(ids))
                )
            ).scalars()
        }
        if ids
        else {}
    )
    if own is not None:
        flags = {}  # the credit flag is staff's business, not the client's
    return Page[CustomerRead](items=[customer_read(c, flags.get(c.id)) for c in items], next_cursor=cursor)


@router.get("/{customer_id}", response_model=CustomerRead, summary="Read a customer with its risk flag")
async def get_customer(
    customer_id: str, uow: UowDep, principal: CustomerPrincipal, response: Response
) -> CustomerRead:
    check_customer_record(principal, customer_id, f"no customer {customer_id}")
    customer = await get_or_404(uow, Customer, customer_id, "customer")
    set_etag(response, customer.version)
    if customer_scope(principal) is not None:
        return customer_read(customer, None)  # the credit flag is staff's business, not the client's
    return await read_with_flag(uow, customer)


@router.patch("/{customer_id}", response_model=CustomerRead, summary="Change customer master data")
async def update_customer(
    customer_id: str,
    body: CustomerUpdate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> CustomerRead:
    customer = await get_or_404(uow, Customer, customer_id, "customer")
    check_if_match(if_match, customer.version)
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if getattr(customer, k) != v}
    if "name" in changes or "registration_number" in changes:
        twin = await find_duplicate(
            uow,
            changes.get("name", customer.name),
            changes.get("registration_number", customer.registration_number),
            exclude_id=customer.id,
        )
        if twin is not None:
            raise duplicate_conflict(twin)
    if changes:
        for key, value in changes.items():
            setattr(customer, key, value)
        customer.name_key = normalized_name(customer.name)
        customer.registration_key = normalized_registration(customer.registration_number)
        customer.updated_at = now(runtime)
        await uow.session.flush()
        uow.emit(
            CustomerUpdated(customer_id=customer.id, changes=changes),
            subject=customer.id,
            actor=principal.actor,
        )
        await uow.commit()
    set_etag(response, customer.version)
    return await read_with_flag(uow, customer)


@router.post(
    "/{customer_id}/contacts", status_code=201, response_model=ContactRead, summary="Add a contact person"
)
async def add_contact(
    customer_id: str,
    body: ContactCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    scope = f"POST /customers/{customer_id}/contacts"
    idem = Idempotency(uow, idempotency_key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    await get_or_404(uow, Customer, customer_id, "customer")
    contact = Contact(
        id=str(uuid.uuid4()),
        customer_id=customer_id,
        **body.model_dump(),
        created_at=now(runtime),
        created_by=principal.actor,
    )
    uow.session.add(contact)
    await uow.session.flush()
    return await idem.created(ContactRead.model_validate(contact))


@router.get("/{customer_id}/contacts", response_model=Page[ContactRead], summary="List a customer's contacts")
async def list_contacts(
    customer_id: str,
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
) -> Page[ContactRead]:
    check_customer_record(principal, customer_id, f"no customer {customer_id}")
    await get_or_404(uow, Customer, customer_id, "customer")
    stmt = select(Contact).where(Contact.customer_id == customer_id)
    items, cursor = await paginate(uow.session, stmt, [Contact.created_at, Contact.id], params)
    return Page[ContactRead](items=[ContactRead.model_validate(c) for c in items], next_cursor=cursor)
