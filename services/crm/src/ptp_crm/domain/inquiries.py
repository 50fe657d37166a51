"""Customer inquiries: answered at once, or responded to first and resolved later."""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

INQUIRY_MACHINE = StateMachine(
    "inquiry",
    {
        ("open", "respond"): "responded",
        ("open", "resolve"): "resolved",  # answered in full at the first response
        ("responded", "resolve"): "resolved",
    },
    resource="/api/v1/inquiries/{inquiry_id}",
)
