"""State machines of the service's records, one transition table per entity.

The API exposes each action as ``POST <resource>/<action in kebab-case>``; ``allowed_actions``
lists those segments (ptp_common.statemachine).
"""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

SCORECARD = StateMachine("scorecard", resource="/api/v1/scorecards/{scorecard_id}", table={
    ("draft", "publish"): "published",
    ("published", "reopen"): "draft",
})

AUDIT = StateMachine("audit", resource="/api/v1/audits/{audit_id}", table={
    ("planned", "start"): "in_progress",
    ("planned", "cancel"): "cancelled",
    ("in_progress", "complete"): "completed",
})

# A finding goes to its owner, who rectifies; the auditor checks the rectification and
# closes the finding, or sends it back.
FINDING = StateMachine("finding", resource="/api/v1/findings/{finding_id}", table={
    ("open", "start_rectification"): "in_rectification",
    ("open", "submit_rectification"): "rectified",
    ("in_rectification", "submit_rectification"): "rectified",
    ("rectified", "close"): "closed",
    ("rectified", "reject_rectification"): "in_rectification",
})

# Management acknowledges the report; it closes only when every failed item's corrective
# action is done (api/self_checks.py answers 409 naming the open ones).
SELF_CHECK = StateMachine("self-check", resource="/api/v1/self-checks/{check_id}", table={
    ("draft", "submit"): "submitted",
    ("submitted", "acknowledge"): "acknowledged",
    ("submitted", "return"): "draft",
    ("acknowledged", "close"): "closed",
})
