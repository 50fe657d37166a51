"""Solution lifecycle: draft -> presented -> accepted | rejected; a revision supersedes it."""

from __future__ import annotations

from ptp_common.errors import Conflict
from ptp_common.statemachine import StateMachine

SOLUTION_MACHINE = StateMachine(
    "solution",
    {
        ("draft", "present"): "presented",
        ("presented", "accept"): "accepted",
        ("presented", "reject"): "rejected",
        ("presented", "revise"): "superseded",
        ("rejected", "revise"): "superseded",
    },
    resource="/api/v1/solutions/{solution_id}",
)

EDITABLE_STATUSES = ("draft",)


def ensure_tech_contribution(solution_id: str, tech_contributors: list[str]) -> None:
    """The specialist writes a solution *with technical support*: none presented without their part."""
    if not tech_contributors:
        raise Conflict(
            f"solution {solution_id} has no tech_support contribution; a tech_support user edits the "
            "draft (PATCH /solutions/{id}) before it is presented",
            rule="solution_needs_tech_support",
        )
