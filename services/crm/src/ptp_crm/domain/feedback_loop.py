"""The feedback handling loop: every piece of feedback is classified, its cause found, acted on
and answered to the customer, then closed; each step is timed from the feedback's receipt.

The steps go in this order; closing without cause, action and reply answers 409 naming the
missing steps (an empty cause, action or reply is a 422).
"""

from __future__ import annotations

import datetime as dt

from ptp_common.statemachine import StateMachine

FEEDBACK_MACHINE = StateMachine(
    "feedback",
    {
        ("received", "classify"): "classified",
        ("classified", "classify"): "classified",  # re-classify before the analysis
        ("classified", "analyse"): "analysed",
        ("analysed", "act"): "acted",
        ("acted", "reply"): "replied",
        ("replied", "close"): "closed",
    },
    resource="/api/v1/feedback/{feedback_id}",
)

# What each state still lacks before the loop may close.
MISSING_BEFORE_CLOSE: dict[str, list[str]] = {
    "received": ["classification", "cause", "action", "reply"],
    "classified": ["cause", "action", "reply"],
    "analysed": ["action", "reply"],
    "acted": ["reply"],
    "replied": [],
    "closed": [],
}


def minutes_between(start: dt.datetime, end: dt.datetime | None) -> float | None:
    if end is None:
        return None
    return round((end - start).total_seconds() / 60, 2)
