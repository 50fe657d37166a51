"""State machines as data: one transition table per entity, one check.

The same table answers "what may happen next" for the API (409 names the
allowed actions) and documents the entity's lifecycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ptp_common.errors import IllegalTransition


@dataclass(frozen=True)
class StateMachine:
    entity: str
    table: Mapping[tuple[str, str], str]  # (state, action) -> next state

    def allowed(self, state: str) -> list[str]:
        return sorted({action for (source, action) in self.table if source == state})

    def next_state(self, state: str, action: str) -> str:
        """The state after ``action``; raises IllegalTransition (409) naming what is allowed instead."""
        target = self.table.get((state, action))
        if target is None:
            raise IllegalTransition(self.entity, state, action, self.allowed(state))
        return target

    @property
    def states(self) -> list[str]:
        return sorted({s for (s, _) in self.table} | set(self.table.values()))
