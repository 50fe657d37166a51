"""How a project delay is scored on the matrix when it becomes an operational risk."""

from __future__ import annotations

LIKELIHOOD_OF_SLIPPING_FURTHER = 4  # the milestone is already late: further slip is likely
IMPACT_BY_DAYS_LATE = ((60, 5), (30, 4), (7, 3), (1, 2))


def impact_of_delay(days_late: int) -> int:
    """Impact 1-5 grows with the days late: >=60: 5, >=30: 4, >=7: 3, >=1: 2, else 1."""
    return next((impact for min_days, impact in IMPACT_BY_DAYS_LATE if days_late >= min_days), 1)
