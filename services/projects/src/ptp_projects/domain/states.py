"""State machines as data: one transition table per entity, checked by one function.

The API exposes each action as ``POST /<things>/{id}/<action>``; these tables are
the single source of which action is allowed from which state.
"""

from __future__ import annotations

from collections.abc import Mapping

from ptp_common.errors import IllegalTransition

Transitions = Mapping[tuple[str, str], str]

PROJECT: Transitions = {
    ("planning", "baseline"): "active",
    ("active", "open_acceptance"): "in_acceptance",
    ("in_acceptance", "accept"): "accepted",
}

TASK: Transitions = {
    ("planned", "start"): "in_progress",
    ("planned", "complete"): "done",
    ("in_progress", "complete"): "done",
    ("done", "reopen"): "in_progress",
}

MILESTONE: Transitions = {
    ("pending", "complete"): "completed",
}

ACCEPTANCE_ROUND: Transitions = {
    ("open", "record_results"): "open",
    ("open", "fail"): "failed",
    ("open", "sign_off"): "passed",
}

RECTIFICATION_ITEM: Transitions = {
    ("open", "resolve"): "resolved",
}


def allowed_actions(table: Transitions, state: str) -> list[str]:
    return sorted(action for (from_state, action) in table if from_state == state)


def check(table: Transitions, entity: str, state: str, action: str) -> str:
    """The state after ``action``; raises IllegalTransition (409) naming what is allowed instead."""
    try:
        return table[(state, action)]
    except KeyError:
        raise IllegalTransition(entity, state, action, allowed_actions(table, state)) from None
