"""State machines of the service's records, one transition table per entity.

The API exposes each action as ``POST /<things>/{id}/<action>``.
"""

from __future__ import annotations

SCORECARD_TRANSITIONS: dict[tuple[str, str], str] = {
    ("draft", "publish"): "published",
    ("published", "reopen"): "draft",
}

AUDIT_TRANSITIONS: dict[tuple[str, str], str] = {
    ("planned", "start"): "in_progress",
    ("in_progress", "complete"): "completed",
    ("planned", "cancel"): "cancelled",
}

# A finding goes to its owner, who rectifies; the auditor checks the rectification and
# closes the finding, or sends it back.
FINDING_TRANSITIONS: dict[tuple[str, str], str] = {
    ("open", "start_rectification"): "in_rectification",
    ("open", "submit_rectification"): "rectified",
    ("in_rectification", "submit_rectification"): "rectified",
    ("rectified", "close"): "closed",
    ("rectified", "reject_rectification"): "in_rectification",
}

SELF_CHECK_TRANSITIONS: dict[tuple[str, str], str] = {
    ("draft", "submit"): "submitted",
    ("submitted", "acknowledge"): "acknowledged",
    ("submitted", "return"): "draft",
}
