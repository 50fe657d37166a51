"""Assessments of a register risk: qualitative (matrix), quantitative (expected loss) and a manager's
override, all kept; the risk's level follows one rule (``ptp_risk.domain.combined_level``)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Unprocessable
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.money import check_minor_units
from ptp_common.service import UowDep
from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict
from sqlalchemy import select

from ptp_risk.api.deps import RegisterEditor, check_manager, risk_or_404
from ptp_risk.config import current_config
from ptp_risk.db.models import Assessment
from ptp_risk.domain.combined_level import LEVEL_RULE
from ptp_risk.domain.levels import Level
from ptp_risk.domain.register import RISK_MACHINE
from ptp_risk.usecases.register_levels import apply_assessment

router = APIRouter(prefix="/risks/{risk_id}/assessments", tags=["assessments"])

Score1to5 = Annotated[int, Field(ge=1, le=5)]


QUALITATIVE_EXAMPLE: JsonDict = {
    "method": "qualitative",
    "likelihood": 4,
    "impact": 3,
    "rationale": "Two key clients asked for quotes elsewhere",
}
QUANTITATIVE_EXAMPLE: JsonDict = {
    "method": "quantitative",
    "exposure": {"amount": "120000.00", "currency": "EUR"},
    "probability": "0.08",
    "rationale": "PD from the client's rating C",
}
OVERRIDE_EXAMPLE: JsonDict = {
    "method": "override",
    "level": "medium",
    "reason": "The PD is the client's group rating; this subsidiary is guaranteed",
}


class QualitativeAssessmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [QUALITATIVE_EXAMPLE]},
    )
    method: Literal["qualitative"]
    likelihood: Score1to5
    impact: Score1to5
    rationale: str = Field(default="", max_length=5000)


class MoneyAmountIn(MoneyAmount):
    """An amount of money as a request gives it: exact decimal plus ISO 4217 currency.

    Named apart from the responses' ``MoneyAmount`` (whose amount is always a decimal string), so the
    OpenAPI has two distinct names instead of ``MoneyAmount-Input``/``-Output`` (which client
    generators turn into one duplicate class)."""


class QuantitativeAssessmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [QUANTITATIVE_EXAMPLE]},
    )
    method: Literal["quantitative"]
    exposure: MoneyAmountIn
    probability: Decimal = Field(
        ge=0, le=1, max_digits=5, decimal_places=4, description="Probability of default 0..1"
    )
    rationale: str = Field(default="", max_length=5000)


class LevelOverrideCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [OVERRIDE_EXAMPLE]},
    )
    method: Literal["override"]
    level: Level
    reason: str = Field(min_length=1, max_length=5000, description="Why the rule's level is overridden")


# The body is one of three shapes: each has its example on its schema, and the body names the
# three (a union's schema has none of its own, so clients would otherwise show no example).
AssessmentCreate = Annotated[
    QualitativeAssessmentCreate | QuantitativeAssessmentCreate | LevelOverrideCreate,
    Body(
        discriminator="method",
        openapi_examples={
            "qualitative": {"summary": "Likelihood x impact", "value": QUALITATIVE_EXAMPLE},
            "quantitative": {"summary": "Exposure x probability", "value": QUANTITATIVE_EXAMPLE},
            "override": {"summary": "A manager sets the level", "value": OVERRIDE_EXAMPLE},
        },
    ),
]
Method = Literal["qualitative", "quantitative", "override"]


class AssessmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    risk_id: str
    method: Method
    likelihood: int | None
    impact: int | None
    exposure: Decimal | None
    currency: str | None
    probability: Decimal | None
    expected_loss: Decimal | None = Field(description="exposure x probability (quantitative only)")
    level: Level = Field(description="This assessment's level (for an override: the level it sets)")
    rationale: str = Field(description="For an override: the manager's reason")
    assessed_by: str
    assessed_at: dt.datetime


ASSESS_DESCRIPTION = f"""Roles manager, project_manager, business_specialist (others 403); 409 when the risk
is closed (reopen it first).

**Qualitative** (`likelihood` x `impact`, 1..5 each) - the matrix in force (GET /risk-config):

{current_config().matrix.markdown()}

Low only when the risk is unlikely AND its impact small; 1 x 5 is medium.

**Quantitative** (`exposure`, `probability`): expected loss = exposure x probability; the level
by the probability of default (>= {current_config().quantitative.high_from} high,
>= {current_config().quantitative.medium_from} medium).

**The risk's level** - {LEVEL_RULE}

**Override** (`method: override`, `level`, `reason`): only a `manager` (403 otherwise).
"""


@router.post(
    "",
    status_code=201,
    response_model=AssessmentRead,
    summary="Assess a risk; its level follows",
    description=ASSESS_DESCRIPTION,
)
async def assess_risk(
    risk_id: str,
    body: AssessmentCreate,
    uow: UowDep,
    principal: RegisterEditor,
    response: Response,
    key: IdempotencyKey = None,
    if_match: IfMatch = None,
):  # type: ignore[no-untyped-def]
    idem = Idempotency(
        uow, key, principal.actor, f"POST /risks/{risk_id}/assessments", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    risk = await risk_or_404(uow, risk_id)
    check_if_match(if_match, risk.version)
    RISK_MACHINE.next_state(risk.status, "assess")
    if isinstance(body, LevelOverrideCreate):
        check_manager(principal, "overriding a risk's level")
    config = current_config()
    assessment = Assessment(
        id=str(uuid.uuid4()),
        risk_id=risk.id,
        method=body.method,
        rationale="",
        assessed_by=principal.actor,
        assessed_at=utcnow(),
    )
    if isinstance(body, LevelOverrideCreate):
        assessment.level, assessment.rationale = body.level, body.reason
    elif isinstance(body, QualitativeAssessmentCreate):
        assessment.rationale = body.rationale
        assessment.likelihood, assessment.impact = body.likelihood, body.impact
        assessment.level = config.matrix.level(body.likelihood, body.impact)
    else:
        assessment.rationale = body.rationale
        try:
            check_minor_units(body.exposure.amount, body.exposure.currency)
        except ValueError as exc:
            raise Unprocessable(str(exc), field="body.exposure.amount") from None
        assessment.exposure, assessment.currency = body.exposure.amount, body.exposure.currency
        assessment.probability = body.probability
        assessment.expected_loss = config.quantitative.expected_loss(body.exposure.amount, body.probability)
        assessment.level = config.quantitative.level(body.probability)
    apply_assessment(uow, risk, assessment)
    await uow.session.flush()
    read = AssessmentRead.model_validate(assessment)
    set_etag(response, risk.version)  # the risk's new version: its level may have changed
    return await idem.created(read)


@router.get(
    "",
    response_model=Page[AssessmentRead],
    summary="A risk's assessments and overrides, newest first",
    description="Any staff role; a client_representative gets 403 (risk records are internal).",
)
async def list_assessments(
    risk_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    method: Method | None = None,
) -> Page[AssessmentRead]:
    await risk_or_404(uow, risk_id)
    stmt = select(Assessment).where(Assessment.risk_id == risk_id)
    if method is not None:
        stmt = stmt.where(Assessment.method == method)
    items, cursor = await paginate(
        uow.session, stmt, [Assessment.assessed_at, Assessment.id], params, descending=True
    )
    return Page[AssessmentRead](items=[AssessmentRead.model_validate(a) for a in items], next_cursor=cursor)
