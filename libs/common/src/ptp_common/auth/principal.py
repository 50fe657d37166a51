"""The authenticated caller."""

from __future__ import annotations

from dataclasses import dataclass, field

from ptp_common.auth.roles import Role


@dataclass(frozen=True)
class Principal:
    subject: str
    roles: frozenset[str] = field(default_factory=frozenset)
    name: str | None = None
    # The customer a client_representative speaks for (the token's ``customer_id`` claim); None for staff.
    customer_id: str | None = None

    def has_any(self, *roles: Role | str) -> bool:
        return any(str(r) in self.roles for r in roles)

    def speaks_for(self, customer_id: str) -> bool:
        """True when this caller is a client representative of ``customer_id``."""
        return self.customer_id is not None and self.customer_id == customer_id

    @property
    def actor(self) -> str:
        """How the caller is written into records and events."""
        return self.subject
