"""Opportunity stages: prospect -> needs -> solution -> negotiation -> won | lost."""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

OPEN_STAGES = ("prospect", "needs", "solution", "negotiation")

OPPORTUNITY_MACHINE = StateMachine(
    "opportunity",
    {
        ("prospect", "advance"): "needs",
        ("needs", "advance"): "solution",
        ("solution", "advance"): "negotiation",
        ("negotiation", "win"): "won",
        **{(stage, "lose"): "lost" for stage in OPEN_STAGES},
    },
    resource="/api/v1/opportunities/{opportunity_id}",
)


def stage_after_solution_accepted(stage: str) -> str:
    """The client accepted a solution: contract talks (negotiation) start, unless already further."""
    return "negotiation" if stage in ("prospect", "needs", "solution") else stage
