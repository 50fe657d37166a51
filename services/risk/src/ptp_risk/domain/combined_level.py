"""The one rule that sets a register risk's level from its inputs (never "last wins").

The risk's level is the most severe of

* its latest qualitative assessment (the matrix),
* its latest quantitative assessment (expected loss model), and
* the worst latest reading of its indicators (a reading past its medium or high threshold),

unless a ``manager`` recorded an override with a reason: the override is the level until new
evidence arrives (a new assessment of either method, or an indicator whose reading changes
level); then the rule above applies again. Overrides stay in the assessment history.
"""

from __future__ import annotations

from ptp_risk.domain.levels import Level, most_severe

# The rule above in one sentence, for the OpenAPI descriptions.
LEVEL_RULE = (
    "the most severe of the latest qualitative assessment, the latest quantitative assessment and "
    "the worst latest indicator reading past a threshold (never the newest assessment alone), "
    "unless a manager recorded an override with a reason: the override holds until new evidence "
    "(a new assessment of either method, or an indicator reading that changes level)."
)


def combined_level(
    qualitative: Level | None,
    quantitative: Level | None,
    indicators: Level | None,
    override: Level | None = None,
) -> Level | None:
    if override is not None:
        return override
    return most_severe(qualitative, quantitative, indicators)
