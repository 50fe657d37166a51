"""Solution lifecycle: draft -> presented -> accepted | rejected; a revision supersedes it."""

from __future__ import annotations

from ptp_crm.domain.state_machine import Transitions

SOLUTION_TRANSITIONS: Transitions = {
    ("draft", "present"): "presented",
    ("presented", "accept"): "accepted",
    ("presented", "reject"): "rejected",
    ("presented", "revise"): "superseded",
    ("rejected", "revise"): "superseded",
}

EDITABLE_STATUSES = ("draft",)
