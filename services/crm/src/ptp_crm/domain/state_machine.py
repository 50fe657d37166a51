"""The one check every state machine of the CRM goes through."""

from __future__ import annotations

from collections.abc import Mapping

from ptp_common.errors import IllegalTransition

Transitions = Mapping[tuple[str, str], str]


def allowed_actions(table: Transitions, state: str) -> list[str]:
    return sorted({action for (from_state, action) in table if from_state == state})


def next_state(table: Transitions, entity: str, state: str, action: str) -> str:
    """The state ``action`` leads to from ``state``; 409 naming the allowed actions otherwise."""
    try:
        return table[(state, action)]
    except KeyError:
        raise IllegalTransition(entity, state, action, allowed_actions(table, state)) from None
