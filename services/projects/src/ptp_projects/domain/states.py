"""The lifecycles of the projects service, as data (ptp_common.statemachine).

The API exposes each action as ``POST /<things>/{id}/<action>``; these tables are
the single source of which action is allowed from which state (409 names the rest).
"""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

PROJECT = StateMachine(
    "project",
    {
        ("planning", "baseline"): "active",
        ("active", "open_acceptance"): "in_acceptance",
        ("in_acceptance", "accept"): "accepted",
    },
)

TASK = StateMachine(
    "task",
    {
        ("planned", "start"): "in_progress",
        ("planned", "complete"): "done",
        ("in_progress", "complete"): "done",
        ("done", "reopen"): "in_progress",
    },
)

MILESTONE = StateMachine("milestone", {("pending", "complete"): "completed"})

ACCEPTANCE_ROUND = StateMachine(
    "acceptance round",
    {
        ("open", "record_results"): "open",
        ("open", "fail"): "failed",
        ("open", "sign_off"): "passed",
    },
)

RECTIFICATION_ITEM = StateMachine("rectification item", {("open", "resolve"): "resolved"})
