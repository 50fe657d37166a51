"""The risk register's state machines: one transition table per entity, one check function."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ptp_common.errors import IllegalTransition

RiskKind = Literal["market", "credit", "technical", "operational"]
RISK_KINDS: tuple[RiskKind, ...] = ("market", "credit", "technical", "operational")

# A risk is identified, then answered (its first response moves it to responding), then
# closed when it no longer threatens; a closed risk is reopened when it comes back. Open risks
# can be assessed (again) and given further responses; a closed one cannot.
RISK_TRANSITIONS: dict[tuple[str, str], str] = {
    ("identified", "assess"): "identified",
    ("responding", "assess"): "responding",
    ("identified", "respond"): "responding",
    ("responding", "respond"): "responding",
    ("identified", "close"): "closed",
    ("responding", "close"): "closed",
    ("closed", "reopen"): "identified",
}

# A response is planned, carried out, and completed or cancelled.
RESPONSE_TRANSITIONS: dict[tuple[str, str], str] = {
    ("planned", "start"): "in_progress",
    ("planned", "complete"): "completed",
    ("in_progress", "complete"): "completed",
    ("planned", "cancel"): "cancelled",
    ("in_progress", "cancel"): "cancelled",
}


def allowed_actions(table: Mapping[tuple[str, str], str], state: str) -> list[str]:
    return sorted(action for (from_state, action) in table if from_state == state)


def next_state(table: Mapping[tuple[str, str], str], entity: str, state: str, action: str) -> str:
    """The state after ``action``, or IllegalTransition naming what is allowed from ``state``."""
    try:
        return table[(state, action)]
    except KeyError:
        raise IllegalTransition(entity, state, action, allowed_actions(table, state)) from None
