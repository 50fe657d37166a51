"""Customer master data rules: what counts as the same company."""

from __future__ import annotations

import re

CUSTOMER_SIZES = ("small", "medium", "large", "enterprise")
CUSTOMER_STATUSES = ("prospect", "active", "inactive")

_SPACES = re.compile(r"\s+")


def normalized_name(name: str) -> str:
    """Key for duplicate detection: 'ACME  Corp ' and 'acme corp' are one company."""
    return _SPACES.sub(" ", name).strip().casefold()


def normalized_registration(number: str | None) -> str | None:
    """Registration numbers compare without spaces, dashes or case."""
    if number is None:
        return None
    cleaned = re.sub(r"[\s\-./]", "", number).upper()
    return cleaned or None
