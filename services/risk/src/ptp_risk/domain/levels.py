"""Risk levels and their order, shared by the credit model and the register."""

from __future__ import annotations

from typing import Literal

Level = Literal["low", "medium", "high"]
LEVELS: tuple[Level, ...] = ("low", "medium", "high")


def level_rank(level: Level) -> int:
    return LEVELS.index(level)


def most_severe(*levels: Level | None) -> Level | None:
    """The most severe of ``levels`` (None, i.e. not assessed, counts for nothing)."""
    known: list[Level] = [level for level in levels if level is not None]
    if not known:
        return None
    worst: Level = max(known, key=level_rank)
    return worst
