"""Request and response bodies of the webhooks API."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

SubscriptionStatus = Literal["active", "paused", "disabled"]
DeliveryStatus = Literal["pending", "delivered", "failed"]


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "url": "https://finance.example.com/hooks/ptp",
                    "event_types": ["contracts.*", "crm.customer.registered"],
                    "customer_id": None,
                    "description": "Finance: invoices and payments",
                }
            ]
        },
    )
    url: str = Field(min_length=1, max_length=2000, description="Receives a POST per event")
    event_types: list[str] = Field(
        min_length=1,
        max_length=100,
        description="Exact event types, or patterns like `contracts.*`, `contracts.payment.*`; `*` is all",
    )
    customer_id: str | None = Field(
        default=None, max_length=100, description="Only this customer's events"
    )
    description: str = Field(default="", max_length=500)


class SubscriptionUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"event_types": ["contracts.*"]}]}
    )
    # Omit to keep; url, event_types and description cannot be cleared, so null is not offered
    # (SkipJsonSchema) and the route refuses it; customer_id null removes the filter.
    url: Annotated[str, Field(min_length=1, max_length=2000)] | SkipJsonSchema[None] = None
    event_types: Annotated[list[str], Field(min_length=1, max_length=100)] | SkipJsonSchema[None] = None
    customer_id: str | None = Field(default=None, max_length=100)
    description: Annotated[str, Field(max_length=500)] | SkipJsonSchema[None] = None


class SubscriptionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    url: str
    event_types: list[str]
    customer_id: str | None
    description: str
    status: SubscriptionStatus
    disabled_reason: Literal["failing", "gone"] | None
    failing_since: dt.datetime | None = Field(description="First failure since the last success")
    previous_secret_valid_until: dt.datetime | None = Field(
        description="While set, the previous secret signs too (rotation overlap)"
    )
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime


class SubscriptionWithSecret(SubscriptionRead):
    secret: str = Field(description="Shown once: store it to verify signatures (whsec_...)")


class RotateSecret(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"overlap_seconds": 3600}]})
    overlap_seconds: int | None = Field(
        default=None,
        ge=0,
        le=7 * 24 * 3600,
        description="How long the old secret keeps signing; default 24 h",
    )


class RotatedSecret(BaseModel):
    secret: str = Field(description="Shown once (whsec_...)")
    previous_secret_valid_until: dt.datetime | None


class PingResult(BaseModel):
    delivered: bool
    event_id: str
    response_status: int | None
    latency_ms: int
    error: str | None


class DeliveryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    subscription_id: str
    event_id: str = Field(description="The webhook-id header: stable across retries and redeliveries")
    event_type: str
    status: DeliveryStatus
    attempts: int
    created_at: dt.datetime
    next_attempt_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    response_status: int | None
    latency_ms: int | None
    last_error: str | None
    delivered_at: dt.datetime | None


class RedeliverSince(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"since": "2026-11-28T09:00:00Z"}]}
    )
    since: dt.datetime = Field(
        description="Failed deliveries created at or after this time are sent again"
    )


class Requeued(BaseModel):
    requeued: int
