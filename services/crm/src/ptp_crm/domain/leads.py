"""Lead lifecycle: every lead keeps the channel it came through (a KPI dimension)."""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

LEAD_CHANNELS = ("phone", "online", "trade_show", "referral", "other")

LEAD_MACHINE = StateMachine(
    "lead",
    {
        ("new", "qualify"): "qualified",
        ("new", "disqualify"): "disqualified",
        ("qualified", "disqualify"): "disqualified",
        ("new", "convert"): "converted",
        ("qualified", "convert"): "converted",
    },
    resource="/api/v1/leads/{lead_id}",
)
