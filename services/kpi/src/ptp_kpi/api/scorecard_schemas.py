"""Request and response schemas of scorecards and evaluations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from ptp_common.money import Currency
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ptp_kpi.domain.customer_voice import RULE as CUSTOMER_RULE
from ptp_kpi.domain.periods import PERIOD_PATTERN

Weight = Decimal
Score = Decimal


class IndicatorTargetIn(BaseModel):
    indicator: str = Field(description="A name from GET /metrics/indicators",
                           examples=["signed_contract_value"])
    target: Decimal = Field(ge=0, max_digits=18, decimal_places=2)
    weight: Decimal = Field(gt=0, max_digits=8, decimal_places=2,
                            description="Share of the quantitative score; the indicators' "
                                        "weights add up to 1")
    currency: Currency | None = Field(default=None, description="Required for money indicators")


class EvaluatorWeights(BaseModel):
    """Shares of the qualitative score per kind of evaluator; they add up to 1."""

    supervisor: Decimal = Field(default=Decimal("0.5"), ge=0, decimal_places=2)
    peer: Decimal = Field(default=Decimal("0.3"), ge=0, decimal_places=2)
    customer: Decimal = Field(default=Decimal("0.2"), ge=0, decimal_places=2,
                              description="Weight of the customer part, derived from crm events "
                                          "(never typed by staff)")


class EvaluatorWeightsIn(EvaluatorWeights):
    """Shares of the qualitative score per kind of evaluator (each 0 or more); they add up to 1.

    Named apart from the responses' ``EvaluatorWeights`` (decimal strings), so the OpenAPI has two
    distinct names instead of ``EvaluatorWeights-Input``/``-Output`` (which client generators turn
    into one duplicate class)."""


class ScorecardCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "subject_type": "person", "subject_id": "alice", "period": "2026-11",
        "indicators": [
            {"indicator": "signed_contract_value", "target": "50000.00", "weight": "0.50",
             "currency": "EUR"},
            {"indicator": "client_satisfaction", "target": "4.50", "weight": "0.25"},
            {"indicator": "response_time", "target": "60", "weight": "0.25"},
        ],
        "quantitative_weight": "0.70",
    }]})
    subject_type: Literal["person", "team"]
    subject_id: str = Field(min_length=1, max_length=200)
    period: str = Field(pattern=PERIOD_PATTERN, examples=["2026-11", "2026-Q4", "2026"])
    indicators: list[IndicatorTargetIn] = Field(min_length=1)
    quantitative_weight: Decimal = Field(default=Decimal("0.70"), ge=0, le=1, decimal_places=2)
    evaluator_weights: EvaluatorWeightsIn = EvaluatorWeightsIn()


class EvaluationCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"evaluator_kind": "supervisor", "score": "85", "teamwork_score": "90",
         "comment": "Closed two key deals; shares leads with the team."}]})
    evaluator_kind: Literal["supervisor", "peer"] = Field(
        description="supervisor: a manager, or the project manager who supervises the person or "
                    "leads their team; peer: a member of the evaluated person's team (persons "
                    "only, never oneself). There is no customer kind: " + CUSTOMER_RULE)
    score: Decimal = Field(ge=0, le=100, decimal_places=2)
    teamwork_score: Decimal | None = Field(default=None, ge=0, le=100, decimal_places=2,
                                           description="Cooperation and information sharing")
    comment: str = Field(default="", max_length=4000)

    @field_validator("evaluator_kind", mode="before")
    @classmethod
    def _no_typed_customer_voice(cls, kind: object) -> object:
        # Said in words: a bare "not one of supervisor, peer" would not tell the caller
        # that the customer part exists and where it comes from.
        if kind == "customer":
            raise ValueError("staff do not type the customer part of a scorecard. " + CUSTOMER_RULE)
        return kind


class EvaluationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    evaluator: str
    evaluator_kind: str
    score: Decimal
    teamwork_score: Decimal | None
    comment: str
    created_at: dt.datetime


class IndicatorResult(BaseModel):
    indicator: str
    category: str
    description: str
    higher_is_better: bool
    currency: str | None
    target: Decimal
    weight: Decimal
    actual: Decimal | None = Field(description="None when there was nothing to measure")
    score: Decimal = Field(description="0-100 (attainment capped at 120%)")
    facts_url: str = Field(description="The facts (and their events) behind the actual")


class CustomerPart(BaseModel):
    """The customer part of the qualitative score and the crm facts it rests on."""

    score: Decimal | None = Field(description="0-100; None when no customer fact exists")
    satisfaction_mean: Decimal | None = Field(
        description="Mean satisfaction (1-5) of feedback, survey answers and resolved complaints")
    satisfaction_answers: int
    complaints: int = Field(description="Complaints answered (each once)")
    complaints_within_deadline: int
    rule: str = Field(default=CUSTOMER_RULE, description="How the score is derived")


class QualitativeResult(BaseModel):
    by_evaluator_kind: dict[str, Decimal] = Field(
        description="supervisor and peer: mean of their evaluations; customer: the customer part")
    weights: EvaluatorWeights
    score: Decimal | None
    customer: CustomerPart
    evaluations: list[EvaluationRead] = Field(
        description="Supervisor and peer evaluations (customer scores typed by staff before the "
                    "customer part came from crm are listed and count for nothing)")


class ScorecardRead(BaseModel):
    id: str
    subject_type: str
    subject_id: str
    period: str
    status: str
    allowed_actions: list[str]
    quantitative_weight: Decimal
    indicators: list[IndicatorResult]
    quantitative_score: Decimal | None
    qualitative: QualitativeResult
    total_score: Decimal | None
    created_by: str
    published_by: str | None
    published_at: dt.datetime | None
    as_of_trail_seq: int | None
    version: int


class ScorecardSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    subject_type: str
    subject_id: str
    period: str
    status: str
    total_score: Decimal | None
    version: int


class ScorecardPage(BaseModel):
    items: list[ScorecardSummary]
    next_cursor: str | None = None


class FactRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    measure: str
    unit: str
    period: str
    value: Decimal
    person: str | None
    customer_id: str | None
    channel: str | None
    occurred_at: dt.datetime
    event_id: str
    trail_seq: int
    trail_url: str


class FactPage(BaseModel):
    items: list[FactRead]
    next_cursor: str | None = None
