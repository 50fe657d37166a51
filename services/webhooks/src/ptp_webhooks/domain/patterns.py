"""Which events a subscription wants: exact type names or ``service.*`` / ``service.entity.*`` patterns.

A pattern must match at least one type of the event registry, so a typo is refused on save
instead of silently receiving nothing; ``*`` alone takes every event.
"""

from __future__ import annotations

from collections.abc import Iterable

from ptp_common.events.registry import REGISTRY


def matches(pattern: str, event_type: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith(".*"):
        return event_type.startswith(pattern[:-1])
    return pattern == event_type


def wanted(patterns: Iterable[str], event_type: str) -> bool:
    return any(matches(p, event_type) for p in patterns)


def unknown_patterns(patterns: Iterable[str]) -> list[str]:
    """The patterns that match no registered event type."""
    known = REGISTRY.types()
    return [p for p in patterns if not any(matches(p, t) for t in known)]
