"""Indicators of a register risk (named metrics with thresholds) and their time series."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import NotFound, Unprocessable
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import UowDep
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_risk.api.deps import IndicatorRecorder, RegisterEditor, risk_or_404
from ptp_risk.db.models import Indicator, Observation
from ptp_risk.domain.indicators import Thresholds
from ptp_risk.domain.levels import Level
from ptp_risk.usecases.indicator_breach import apply_reading

router = APIRouter(prefix="/risks/{risk_id}/indicators", tags=["indicators"])

Value = Annotated[Decimal, Field(max_digits=20, decimal_places=6)]


class IndicatorCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "market share change rate",
                    "unit": "%/quarter",
                    "higher_is_worse": False,
                    "medium_threshold": "-2",
                    "high_threshold": "-5",
                }
            ]
        },
    )
    name: str = Field(min_length=1, max_length=200)
    unit: str = Field(default="", max_length=50)
    higher_is_worse: bool = True
    medium_threshold: Value
    high_threshold: Value


class IndicatorRead(BaseModel):
    id: str
    risk_id: str
    name: str
    unit: str
    higher_is_worse: bool
    medium_threshold: Decimal
    high_threshold: Decimal
    raises_level: bool = Field(
        description="A latest reading past a threshold raises the risk's level (false only for the "
        "credit risk's own overdue-rate series, which its rating already weighs)"
    )
    latest_value: Decimal | None
    latest_at: dt.datetime | None
    level: Level | None = Field(description="Level of the latest reading against the thresholds")
    created_at: dt.datetime
    created_by: str
    version: int


class ObservationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"value": "-3.5", "observed_at": "2026-11-01T00:00:00Z"}]},
    )
    value: Value
    observed_at: AwareDatetime | None = Field(default=None, description="Defaults to now (UTC)")


class ObservationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    indicator_id: str
    observed_at: dt.datetime
    value: Decimal
    recorded_by: str
    level: Level


def _thresholds(indicator: Indicator) -> Thresholds:
    return Thresholds(indicator.medium_threshold, indicator.high_threshold, indicator.higher_is_worse)


def indicator_read(indicator: Indicator) -> IndicatorRead:
    level = None if indicator.latest_value is None else _thresholds(indicator).level(indicator.latest_value)
    return IndicatorRead.model_validate(
        {
            **{c: getattr(indicator, c) for c in IndicatorRead.model_fields if hasattr(indicator, c)},
            "level": level,
        }
    )


@router.post(
    "",
    status_code=201,
    response_model=IndicatorRead,
    summary="Define an indicator of a risk",
    description="Roles manager, project_manager, business_specialist (others 403). Its latest reading "
    "past the medium or high threshold raises the risk's level to at least that level.",
)
async def create_indicator(
    risk_id: str,
    body: IndicatorCreate,
    uow: UowDep,
    principal: RegisterEditor,
    response: Response,
    key: IdempotencyKey = None,
):  # type: ignore[no-untyped-def]
    idem = Idempotency(
        uow, key, principal.actor, f"POST /risks/{risk_id}/indicators", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    await risk_or_404(uow, risk_id)
    try:
        Thresholds(body.medium_threshold, body.high_threshold, body.higher_is_worse)
    except ValueError as exc:
        raise Unprocessable(str(exc), field="body.high_threshold") from None
    indicator = Indicator(
        id=str(uuid.uuid4()),
        risk_id=risk_id,
        **body.model_dump(),
        raises_level=True,
        created_at=utcnow(),
        created_by=principal.actor,
    )
    uow.session.add(indicator)
    await uow.session.flush()
    read = indicator_read(indicator)
    return await idem.created(read, response)


@router.get(
    "",
    response_model=Page[IndicatorRead],
    summary="A risk's indicators",
    description="Any staff role; a client_representative gets 403 (risk records are internal).",
)
async def list_indicators(
    risk_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
) -> Page[IndicatorRead]:
    await risk_or_404(uow, risk_id)
    stmt = select(Indicator).where(Indicator.risk_id == risk_id)
    items, cursor = await paginate(uow.session, stmt, [Indicator.created_at, Indicator.id], params)
    return Page[IndicatorRead](items=[indicator_read(i) for i in items], next_cursor=cursor)


async def _get_indicator(uow: UowDep, risk_id: str, indicator_id: str) -> Indicator:
    indicator = await uow.session.get(Indicator, indicator_id)
    if indicator is None or indicator.risk_id != risk_id:
        raise NotFound(f"no indicator {indicator_id} on risk {risk_id}")
    return indicator


@router.post(
    "/{indicator_id}/observations",
    status_code=201,
    response_model=ObservationRead,
    summary="Record a reading of an indicator",
    description="Roles manager, project_manager, business_specialist, finance (others 403). A reading "
    "that becomes the indicator's latest and is past its medium or high threshold raises the risk's "
    "level to at least that level (the level rule of POST /risks/{risk_id}/assessments) and publishes "
    "risk.indicator.breached, plus risk.level.changed when the level moved. A back-filled older "
    "reading is history only.",
)
async def record_observation(
    risk_id: str,
    indicator_id: str,
    body: ObservationCreate,
    uow: UowDep,
    principal: IndicatorRecorder,
    key: IdempotencyKey = None,
):  # type: ignore[no-untyped-def]
    scope = f"POST /risks/{risk_id}/indicators/{indicator_id}/observations"
    idem = Idempotency(uow, key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    indicator = await _get_indicator(uow, risk_id, indicator_id)
    risk = await risk_or_404(uow, risk_id)
    observed_at = body.observed_at or utcnow()
    observation = Observation(
        id=str(uuid.uuid4()),
        indicator_id=indicator.id,
        observed_at=observed_at,
        value=body.value,
        recorded_by=principal.actor,
    )
    uow.session.add(observation)
    if (
        indicator.latest_at is None or observed_at >= indicator.latest_at
    ):  # a late back-filled reading is history: it neither moves the latest value nor the level
        indicator.latest_value, indicator.latest_at = body.value, observed_at
        await apply_reading(uow, risk, indicator, body.value, observed_at, actor=principal.actor)
    await uow.session.flush()
    read = ObservationRead(
        id=observation.id,
        indicator_id=indicator.id,
        observed_at=observed_at,
        value=body.value,
        recorded_by=principal.actor,
        level=_thresholds(indicator).level(body.value),
    )
    return await idem.created(read)


@router.get(
    "/{indicator_id}/observations",
    response_model=Page[ObservationRead],
    summary="An indicator's time series, oldest first",
    description="Any staff role; a client_representative gets 403 (risk records are internal).",
)
async def list_observations(
    risk_id: str,
    indicator_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    since: Annotated[AwareDatetime | None, Query(description="Readings at or after this time")] = None,
    until: Annotated[AwareDatetime | None, Query(description="Readings before this time")] = None,
) -> Page[ObservationRead]:
    indicator = await _get_indicator(uow, risk_id, indicator_id)
    stmt = select(Observation).where(Observation.indicator_id == indicator.id)
    if since is not None:
        stmt = stmt.where(Observation.observed_at >= since)
    if until is not None:
        stmt = stmt.where(Observation.observed_at < until)
    items, cursor = await paginate(uow.session, stmt, [Observation.observed_at, Observation.id], params)
    thresholds = _thresholds(indicator)
    return Page[ObservationRead](
        items=[
            ObservationRead(
                id=o.id,
                indicator_id=o.indicator_id,
                observed_at=o.observed_at,
                value=o.value,
                recorded_by=o.recorded_by,
                level=thresholds.level(o.value),
            )
            for o in items
        ],
        next_cursor=cursor,
    )
