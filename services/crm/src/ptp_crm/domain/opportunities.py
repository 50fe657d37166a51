"""Opportunity stages: prospect -> needs -> solution -> negotiation -> won | lost."""

from __future__ import annotations

from ptp_crm.domain.state_machine import Transitions

OPEN_STAGES = ("prospect", "needs", "solution", "negotiation")

OPPORTUNITY_TRANSITIONS: Transitions = {
    ("prospect", "advance"): "needs",
    ("needs", "advance"): "solution",
    ("solution", "advance"): "negotiation",
    ("negotiation", "win"): "won",
    **{(stage, "lose"): "lost" for stage in OPEN_STAGES},
}


def stage_after_solution_accepted(stage: str) -> str:
    """The client accepted a solution: contract talks (negotiation) start, unless already further."""
    return "negotiation" if stage in ("prospect", "needs", "solution") else stage
