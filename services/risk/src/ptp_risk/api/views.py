"""Register views: the likelihood x impact matrix, risk events over time, the tables in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Unprocessable
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import UowDep
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_risk.config import current_config
from ptp_risk.db.models import Assessment, Risk, RiskEvent
from ptp_risk.domain.levels import Level
from ptp_risk.domain.matrix import SCALE
from ptp_risk.domain.register import RiskKind

STAFF_READ = "Any staff role; a client_representative gets 403 (credit and risk records are internal)."

router = APIRouter(tags=["views"])

RiskEventName = Literal["risk_raised", "level_changed", "credit_level_changed", "indicator_breached"]


class MatrixCell(BaseModel):
    likelihood: int
    impact: int
    level: Level
    count: int
    risk_ids: list[str]


class MatrixRead(BaseModel):
    cells: list[MatrixCell] = Field(description="25 cells, likelihood then impact ascending")
    unassessed: int = Field(description="Open risks with no qualitative assessment yet")
    by_level: dict[str, int]


@router.get(
    "/risk-matrix",
    response_model=MatrixRead,
    summary="Open risks per likelihood x impact cell",
    description=STAFF_READ,
)
async def get_risk_matrix(
    uow: UowDep,
    _: StaffPrincipal,
    kind: RiskKind | None = None,
    customer_id: str | None = None,
    project_id: str | None = None,
) -> MatrixRead:
    """Each open risk sits in the cell of its newest qualitative assessment."""
    risks_stmt = select(Risk.id).where(Risk.status != "closed")
    for column, value in ((Risk.kind, kind), (Risk.customer_id, customer_id), (Risk.project_id, project_id)):
        if value is not None:
            risks_stmt = risks_stmt.where(column == value)
    open_ids = set((await uow.session.execute(risks_stmt)).scalars())
    newest: dict[str, tuple[int, int]] = {}
    rows = await uow.session.execute(
        select(Assessment.risk_id, Assessment.likelihood, Assessment.impact)
        .where(Assessment.method == "qualitative", Assessment.risk_id.in_(open_ids))
        .order_by(Assessment.assessed_at, Assessment.id)
    )
    for risk_id, likelihood, impact in rows:
        newest[risk_id] = (likelihood, impact)
    matrix = current_config().matrix
    cells = []
    by_level = {"low": 0, "medium": 0, "high": 0}
    for likelihood in SCALE:
        for impact in SCALE:
            ids = sorted(r for r, cell in newest.items() if cell == (likelihood, impact))
            level = matrix.level(likelihood, impact)
            by_level[level] += len(ids)
            cells.append(
                MatrixCell(likelihood=likelihood, impact=impact, level=level, count=len(ids), risk_ids=ids)
            )
    return MatrixRead(cells=cells, unassessed=len(open_ids) - len(newest), by_level=by_level)


class RiskEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    occurred_at: dt.datetime
    event: RiskEventName
    kind: RiskKind
    level: Level | None
    previous_level: Level | None
    risk_id: str | None
    customer_id: str | None
    cause: str | None = Field(description="Id of the event that caused it, if any")


class RiskEventCount(BaseModel):
    period: str = Field(examples=["2026-11"])
    event: RiskEventName
    kind: RiskKind
    count: int


class RiskEventCounts(BaseModel):
    """One summary of a bounded window (at most three years), not a list to page through."""

    since: AwareDatetime
    until: AwareDatetime
    granularity: Literal["day", "month"]
    kind: RiskKind | None = Field(description="The kind counted, or null for all kinds")
    counts: list[RiskEventCount] = Field(description="One entry per period, event and kind seen")


def _filtered(
    since: dt.datetime | None, until: dt.datetime | None, event: str | None, kind: str | None
) -> Any:
    stmt = select(RiskEvent)
    if since is not None:
        stmt = stmt.where(RiskEvent.occurred_at >= since)
    if until is not None:
        stmt = stmt.where(RiskEvent.occurred_at < until)
    if event is not None:
        stmt = stmt.where(RiskEvent.event == event)
    if kind is not None:
        stmt = stmt.where(RiskEvent.kind == kind)
    return stmt


Since = Annotated[AwareDatetime | None, Query(description="At or after this UTC time")]
Until = Annotated[AwareDatetime | None, Query(description="Before this UTC time")]


@router.get(
    "/risk-events",
    response_model=Page[RiskEventRead],
    summary="Risk events over time, oldest first",
    description=STAFF_READ,
)
async def list_risk_events(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    since: Since = None,
    until: Until = None,
    event: RiskEventName | None = None,
    kind: RiskKind | None = None,
) -> Page[RiskEventRead]:
    stmt = _filtered(since, until, event, kind)
    items, cursor = await paginate(uow.session, stmt, [RiskEvent.occurred_at, RiskEvent.id], params)
    return Page[RiskEventRead](items=[RiskEventRead.model_validate(e) for e in items], next_cursor=cursor)


MAX_COUNT_WINDOW = dt.timedelta(days=3 * 366)


@router.get(
    "/risk-events/counts",
    response_model=RiskEventCounts,
    summary="Risk events counted per period (day or month), event and kind",
    description=STAFF_READ,
)
async def count_risk_events(
    uow: UowDep,
    _: StaffPrincipal,
    since: Since = None,
    until: Until = None,
    granularity: Literal["day", "month"] = "month",
    kind: RiskKind | None = None,
) -> RiskEventCounts:
    until = until or utcnow()
    since = since or until - dt.timedelta(days=365)
    if until - since > MAX_COUNT_WINDOW:
        raise Unprocessable("the window is at most three years", field="query.since")
    rows = await uow.session.execute(
        _filtered(since, until, None, kind).with_only_columns(
            RiskEvent.occurred_at, RiskEvent.event, RiskEvent.kind
        )
    )
    tally: dict[tuple[str, str, str], int] = {}
    fmt = "%Y-%m-%d" if granularity == "day" else "%Y-%m"
    for occurred_at, event, kind_ in rows:
        key = (occurred_at.strftime(fmt), event, kind_)
        tally[key] = tally.get(key, 0) + 1
    return RiskEventCounts(
        since=since,
        until=until,
        granularity=granularity,
        kind=kind,
        counts=[RiskEventCount(period=p, event=e, kind=k, count=n) for (p, e, k), n in sorted(tally.items())],
    )


class RiskConfigRead(BaseModel):
    rating_model: dict[str, Any]
    probability_of_default: dict[str, str]
    policy: dict[str, dict[str, Any]]
    matrix: list[list[Level]] = Field(description="Rows likelihood 1..5, columns impact 1..5")
    matrix_thresholds: dict[str, int] = Field(
        description="low only when likelihood and impact are both <= low_up_to; high from "
        "likelihood x impact >= high_from; medium otherwise"
    )
    quantitative_thresholds: dict[str, str]


@router.get(
    "/risk-config",
    response_model=RiskConfigRead,
    summary="The rating model and tables in force",
    description=STAFF_READ,
)
async def get_risk_config(_: StaffPrincipal) -> RiskConfigRead:
    config = current_config()
    return RiskConfigRead(
        rating_model={
            **asdict(config.rating),
            "description": " ".join((type(config.rating).__doc__ or "").split()),
        },
        probability_of_default={k: str(v) for k, v in config.probability_of_default.items()},
        policy={level: asdict(rule) for level, rule in config.policy.rules.items()},
        matrix=config.matrix.grid(),
        matrix_thresholds={"high_from": config.matrix.high_from, "low_up_to": config.matrix.low_up_to},
        quantitative_thresholds={
            "high_from": str(config.quantitative.high_from),
            "medium_from": str(config.quantitative.medium_from),
        },
    )
