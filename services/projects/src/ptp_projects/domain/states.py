"""The lifecycles of the projects service, as data (ptp_common.statemachine).

The API exposes each action as ``POST /<things>/{id}/<action>``; these tables are
the single source of which action is allowed from which state (409 names the rest).
Transitions that only an incoming event causes (the contract's termination) are in
their own tables, so a 409 never offers a caller an action no endpoint performs.
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

PROJECT_TERMINATION = StateMachine(
    "project",
    # contracts.contract.terminated cancels a project still in delivery; an accepted project
    # was delivered and stays accepted (what is owed is then a matter for contracts).
    {(state, "cancel"): "cancelled" for state in ("planning", "active", "in_acceptance")},
)

TASK = StateMachine(
    "task",
    {
        ("planned", "start"): "in_progress",
        ("planned", "complete"): "done",
        ("in_progress", "complete"): "done",
        ("done", "reopen"): "in_progress",
        # Waived: acceptance need not wait for it (kept with who waived it, when and why).
        ("planned", "waive"): "waived",
        ("in_progress", "waive"): "waived",
    },
)

TASK_TERMINATION = StateMachine(
    "task", {(state, "cancel"): "cancelled" for state in ("planned", "in_progress")}
)

OPEN_TASK_STATES = ("planned", "in_progress")
"""Tasks in these states hold up a milestone, acceptance and are watched by the delay scan."""

MILESTONE = StateMachine("milestone", {("pending", "complete"): "completed"})

ACCEPTANCE_ROUND = StateMachine(
    "acceptance round",
    {
        ("open", "record_results"): "open",
        ("open", "fail"): "failed",
        ("open", "sign_off"): "passed",
    },
)

ACCEPTANCE_ROUND_TERMINATION = StateMachine(
    "acceptance round", {("open", "cancel"): "cancelled"}
)

RECTIFICATION_ITEM = StateMachine("rectification item", {("open", "resolve"): "resolved"})
