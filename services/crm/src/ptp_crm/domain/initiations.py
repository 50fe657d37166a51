"""Business initiation: a specialist submits, departments evaluate, a project manager decides."""

from __future__ import annotations

from ptp_common.errors import Conflict
from ptp_common.statemachine import StateMachine

INITIATION_MACHINE = StateMachine(
    "initiation request",
    {
        ("submitted", "evaluate"): "under_evaluation",
        ("under_evaluation", "evaluate"): "under_evaluation",
        # Approval needs at least one department's evaluation: there is no (submitted, approve).
        ("under_evaluation", "approve"): "approved",
        ("submitted", "reject"): "rejected",
        ("under_evaluation", "reject"): "rejected",
    },
    resource="/api/v1/initiations/{initiation_id}",
    paths={"evaluate": "evaluations"},
)

ACTIVE_STATUSES = ("submitted", "under_evaluation", "approved")


def ensure_solution_allowed(opportunity_id: str, initiation_status: str | None) -> None:
    """A solution exists only for an initiated business (its initiation request approved)."""
    if initiation_status != "approved":
        state = initiation_status or "none"
        raise Conflict(
            f"opportunity {opportunity_id} has no approved initiation request (current: {state}); "
            "a solution can only be written for an approved initiation",
            initiation_status=state,
        )


def ensure_no_active_initiation(opportunity_id: str, active_status: str | None) -> None:
    """One live initiation request per opportunity; a new one only after a rejection."""
    if active_status is not None:
        raise Conflict(
            f"opportunity {opportunity_id} already has an initiation request ({active_status})",
            initiation_status=active_status,
        )
