"""The risk register's state machines, one per entity (ptp_common.statemachine)."""

from __future__ import annotations

from typing import Literal

from ptp_common.statemachine import StateMachine

RiskKind = Literal["market", "credit", "technical", "operational"]
RISK_KINDS: tuple[RiskKind, ...] = ("market", "credit", "technical", "operational")

# A risk is identified, then answered (its first response moves it to responding), then
# closed when it no longer threatens; a closed risk is reopened when it comes back. Open risks
# can be assessed (again) and given further responses; a closed one cannot. Assessing and
# responding create a record under the risk (POST .../assessments, POST .../responses).
RISK_MACHINE = StateMachine(
    "risk",
    {
        ("identified", "assess"): "identified",
        ("responding", "assess"): "responding",
        ("identified", "respond"): "responding",
        ("responding", "respond"): "responding",
        ("identified", "close"): "closed",
        ("responding", "close"): "closed",
        ("closed", "reopen"): "identified",
    },
    resource="/api/v1/risks/{risk_id}",
    paths={"assess": "assessments", "respond": "responses"},
)

# A response is planned, carried out, and completed or cancelled.
RESPONSE_MACHINE = StateMachine(
    "response",
    {
        ("planned", "start"): "in_progress",
        ("planned", "complete"): "completed",
        ("in_progress", "complete"): "completed",
        ("planned", "cancel"): "cancelled",
        ("in_progress", "cancel"): "cancelled",
    },
    resource="/api/v1/risks/{risk_id}/responses/{response_id}",
)
