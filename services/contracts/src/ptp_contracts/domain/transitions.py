"""A state machine as data: one transition table, one check that names the allowed actions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ptp_common.errors import IllegalTransition


@dataclass(frozen=True)
class StateMachine:
    entity: str
    table: Mapping[tuple[str, str], str]

    def allowed(self, state: str) -> list[str]:
        return sorted(action for (source, action) in self.table if source == state)

    def next_state(self, state: str, action: str) -> str:
        """The state after ``action``; raises IllegalTransition (409) naming what is allowed instead."""
        target = self.table.get((state, action))
        if target is None:
            raise IllegalTransition(self.entity, state, action, self.allowed(state))
        return target
