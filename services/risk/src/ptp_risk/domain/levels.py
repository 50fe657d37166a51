"""Risk levels and their order, shared by the credit model and the register."""

from __future__ import annotations

from typing import Literal

Level = Literal["low", "medium", "high"]
LEVELS: tuple[Level, ...] = ("low", "medium", "high")


def level_rank(level: Level) -> int:
    return LEVELS.index(level)
