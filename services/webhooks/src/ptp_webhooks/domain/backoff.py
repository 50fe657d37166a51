"""When to try a failed delivery again: exponential backoff with jitter, capped.

Attempt n waits a random time between half and all of ``base * 2**(n-1)`` (at most ``cap``):
the jitter spreads the retries of a burst, so a recovering receiver is not hit by all of them
at once.
"""

from __future__ import annotations

import random


def retry_delay(attempts: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    ceiling = min(cap, base * 2 ** max(attempts - 1, 0))
    return (rng or random).uniform(ceiling / 2, ceiling)
