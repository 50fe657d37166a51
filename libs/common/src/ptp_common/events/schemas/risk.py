"""Events published by the risk service."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from ptp_common.events.registry import EventData, event

RiskLevel = Literal["low", "medium", "high"]
ResponseKind = Literal["avoid", "reduce", "transfer", "accept"]


@event("risk.credit.rating_changed")
class CreditRatingChanged(EventData):
    """A customer's credit rating or level changed; the cause is the event named."""

    customer_id: str
    previous_rating: str | None
    rating: str
    previous_level: RiskLevel | None
    level: RiskLevel
    score: float
    reason: str
    cause_event_id: str | None = None


class SigningPolicy(BaseModel):
    """What contracts must require before signing with this customer."""

    mode: Literal["allow", "require_guarantee", "require_prepayment", "block"]
    min_prepayment_ratio: float | None = Field(default=None, ge=0, le=1)


@event("risk.response.required")
class RiskResponseRequired(EventData):
    """The recommended response to a customer's new risk level, per the policy table."""

    customer_id: str
    level: RiskLevel
    response: ResponseKind
    signing_policy: SigningPolicy
    reason: str
    cause_event_id: str | None = None


@event("risk.level.changed")
class RiskLevelChanged(EventData):
    """A register risk's assessed level changed."""

    risk_id: str
    kind: Literal["market", "credit", "technical", "operational"]
    previous_level: RiskLevel | None
    level: RiskLevel
    customer_id: str | None = None
    contract_id: str | None = None
    project_id: str | None = None


@event("risk.indicator.breached")
class RiskIndicatorBreached(EventData):
    """A register risk's indicator got a (latest) reading past its medium or high threshold.

    ``level`` is the reading's level by the indicator's thresholds; the risk's level is raised to
    at least that (``risk_level``); when it moved, ``risk.level.changed`` is published in the same
    transaction.
    """

    risk_id: str
    indicator_id: str
    indicator_name: str
    kind: Literal["market", "credit", "technical", "operational"]
    value: Decimal = Field(description="The reading, in the indicator's unit")
    unit: str = ""
    threshold: Decimal = Field(description="The threshold passed (the medium or the high one)")
    level: Literal["medium", "high"]
    previous_risk_level: RiskLevel | None
    risk_level: RiskLevel
    observed_at: dt.datetime
    customer_id: str | None = None
    contract_id: str | None = None
    project_id: str | None = None


RiskStatus = Literal["identified", "responding", "closed"]


@event("risk.assessment.recorded")
class RiskAssessmentRecorded(EventData):
    """A register risk was (re)assessed: the periodic risk review kpi watches for high risks."""

    risk_id: str
    assessment_id: str
    kind: Literal["market", "credit", "technical", "operational"]
    method: Literal["qualitative", "quantitative", "override"]
    level: RiskLevel | None = Field(description="The risk's level after this assessment")
    status: RiskStatus
    owner: str
    title: str = ""
    assessed_by: str
    assessed_at: dt.datetime


class RiskStatusFacts(EventData):
    risk_id: str
    kind: Literal["market", "credit", "technical", "operational"]
    level: RiskLevel | None
    owner: str


@event("risk.risk.closed")
class RiskClosed(RiskStatusFacts):
    """A register risk was closed."""


@event("risk.risk.reopened")
class RiskReopened(RiskStatusFacts):
    """A closed register risk was reopened."""
