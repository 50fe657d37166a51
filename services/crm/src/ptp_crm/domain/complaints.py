"""Complaint handling: response deadline by severity, first response time, overdue."""

from __future__ import annotations

import datetime as dt

from ptp_common.statemachine import StateMachine

SEVERITIES = ("low", "medium", "high", "critical")
COMPLAINT_CHANNELS = ("phone", "email", "online", "in_person", "letter", "other")

# Service level: how long the client may wait for a first response.
RESPONSE_TIME: dict[str, dt.timedelta] = {
    "critical": dt.timedelta(hours=4),
    "high": dt.timedelta(hours=24),
    "medium": dt.timedelta(hours=48),
    "low": dt.timedelta(hours=72),
}

COMPLAINT_MACHINE = StateMachine(
    "complaint",
    {
        ("open", "respond"): "responded",
        ("responded", "resolve"): "resolved",
    },
    resource="/api/v1/complaints/{complaint_id}",
)


def response_deadline(received_at: dt.datetime, severity: str) -> dt.datetime:
    return received_at + RESPONSE_TIME[severity]


def response_minutes(received_at: dt.datetime, responded_at: dt.datetime) -> float:
    return round((responded_at - received_at).total_seconds() / 60, 2)


def within_deadline(responded_at: dt.datetime, deadline: dt.datetime) -> bool:
    return responded_at <= deadline


def is_overdue(status: str, deadline: dt.datetime, now: dt.datetime) -> bool:
    """Still waiting for a first response after the deadline."""
    return status == "open" and now > deadline
