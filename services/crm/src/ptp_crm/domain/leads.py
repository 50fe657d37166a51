"""Lead lifecycle: every lead keeps the channel it came through (a KPI dimension)."""

from __future__ import annotations

from ptp_crm.domain.state_machine import Transitions

LEAD_CHANNELS = ("phone", "online", "trade_show", "referral", "other")

LEAD_TRANSITIONS: Transitions = {
    ("new", "qualify"): "qualified",
    ("new", "disqualify"): "disqualified",
    ("qualified", "disqualify"): "disqualified",
    ("new", "convert"): "converted",
    ("qualified", "convert"): "converted",
}
