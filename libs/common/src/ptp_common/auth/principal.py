"""The authenticated caller."""

from __future__ import annotations

from dataclasses import dataclass, field

from ptp_common.auth.roles import Role


@dataclass(frozen=True)
class Principal:
    subject: str
    roles: frozenset[str] = field(default_factory=frozenset)
    name: str | None = None

    def has_any(self, *roles: Role | str) -> bool:
        return any(str(r) in self.roles for r in roles)

    @property
    def actor(self) -> str:
        """How the caller is written into records and events."""
        return self.subject
