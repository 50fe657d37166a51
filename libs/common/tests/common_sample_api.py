"""A small REST resource built only from libs/common pieces, to test the HTTP conventions."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from ptp_common.auth import CurrentPrincipal, Principal, Role, require_roles
from ptp_common.db import service_metadata, utcnow
from ptp_common.db.base import Money, UTCDateTime
from ptp_common.errors import NotFound
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.money import Currency, PositiveAmount
from ptp_common.service import ServiceDefinition, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class GadgetBase(DeclarativeBase):
    metadata = service_metadata()


class Gadget(GadgetBase):
    __tablename__ = "gadgets"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class GadgetCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "lamp", "price": "12.50", "currency": "EUR"}]}
    )
    name: str = Field(min_length=1, max_length=200)
    price: PositiveAmount
    currency: Currency


class GadgetUpdate(BaseModel):
    name: str = Field(min_length=1, max_length=200)


class GadgetRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    price: Decimal
    currency: str
    created_by: str
    version: int


router = APIRouter(prefix="/gadgets", tags=["gadgets"])
Writer = Annotated[Principal, Depends(require_roles(Role.business_specialist))]


@router.post("", status_code=201, response_model=GadgetRead)
async def create_gadget(body: GadgetCreate, uow: UowDep, principal: Writer, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /gadgets", body.model_dump(mode="json"))
    if (previous := await idem.previous_response()) is not None:
        return previous
    gadget = Gadget(
        id=str(uuid.uuid4()),
        name=body.name,
        price=body.price,
        currency=body.currency,
        created_at=utcnow(),
        created_by=principal.actor,
    )
    uow.session.add(gadget)
    await uow.session.flush()
    read = GadgetRead.model_validate(gadget)
    await idem.remember(201, read.model_dump(mode="json"))
    await uow.commit()
    return read


@router.get("", response_model=Page[GadgetRead])
async def list_gadgets(
    uow: UowDep, _: CurrentPrincipal, params: PageDep
) -> Page[GadgetRead]:
    items, cursor = await paginate(uow.session, select(Gadget), [Gadget.created_at, Gadget.id], params)
    return Page[GadgetRead](items=[GadgetRead.model_validate(i) for i in items], next_cursor=cursor)


@router.put("/{gadget_id}", response_model=GadgetRead)
async def rename_gadget(
    gadget_id: str,
    body: GadgetUpdate,
    uow: UowDep,
    _: Writer,
    response: Response,
    if_match: IfMatch = None,
) -> GadgetRead:
    gadget = await uow.session.get(Gadget, gadget_id)
    if gadget is None:
        raise NotFound(f"no gadget {gadget_id}")
    check_if_match(if_match, gadget.version)
    gadget.name = body.name
    await uow.session.flush()
    read = GadgetRead.model_validate(gadget)
    await uow.commit()
    set_etag(response, read.version)
    return read


definition = ServiceDefinition(
    name="gadgets",
    title="Gadgets",
    description="test",
    base=GadgetBase,
    migrations_package="",
    routers=[router],
)
