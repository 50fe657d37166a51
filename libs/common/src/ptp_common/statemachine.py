"""State machines as data: one transition table per entity, one check.

The same table answers "what may happen next" for the API and documents the entity's lifecycle.
What the API lists as allowed (``allowed_actions`` on a resource, and in a 409) are the exact
path segments a caller POSTs to on that resource: ``POST <resource URL>/<segment>``. An action's
segment is its name in kebab-case unless ``paths`` says otherwise; an action a caller does not
perform on the resource (it follows an event or another resource's route) maps to ``None`` and is
never listed. ``tests/api/test_conventions.py`` checks every listed segment against the routes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ptp_common.errors import IllegalTransition


@dataclass(frozen=True)
class StateMachine:
    entity: str
    table: Mapping[tuple[str, str], str]  # (state, action) -> next state
    # Path template of one resource under the API root, e.g. "/api/v1/contracts/{contract_id}".
    resource: str = ""
    # action -> its POST path segment when that is not the action in kebab-case; None: not a
    # caller's action on this resource.
    paths: Mapping[str, str | None] = field(default_factory=dict)

    def path_of(self, action: str) -> str | None:
        return self.paths[action] if action in self.paths else action.replace("_", "-")

    def allowed(self, state: str) -> list[str]:
        """The path segments a caller may POST to from ``state`` (sorted, each once)."""
        segments = {self.path_of(action) for (source, action) in self.table if source == state}
        return sorted(s for s in segments if s is not None)

    def next_state(self, state: str, action: str) -> str:
        """The state after ``action``; raises IllegalTransition (409) naming what is allowed instead."""
        target = self.table.get((state, action))
        if target is None:
            raise IllegalTransition(self.entity, state, action, self.allowed(state))
        return target

    @property
    def actions(self) -> list[str]:
        return sorted({action for (_, action) in self.table})

    @property
    def states(self) -> list[str]:
        return sorted({s for (s, _) in self.table} | set(self.table.values()))
