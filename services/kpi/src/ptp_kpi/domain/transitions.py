"""One checker for every state machine of the service: transitions are data, not code."""

from __future__ import annotations

from collections.abc import Mapping

from ptp_common.errors import IllegalTransition

TransitionTable = Mapping[tuple[str, str], str]


def allowed_actions(table: TransitionTable, state: str) -> list[str]:
    return sorted(action for (source, action) in table if source == state)


def next_state(table: TransitionTable, entity: str, state: str, action: str) -> str:
    """The state after ``action``; raises IllegalTransition naming what is allowed instead."""
    try:
        return table[(state, action)]
    except KeyError:
        raise IllegalTransition(entity, state, action, allowed_actions(table, state)) from None
