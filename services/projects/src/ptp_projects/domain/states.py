"""The lifecycles of the projects service, as data (ptp_common.statemachine).

The API exposes each action as ``POST <resource>/<segment>`` (the action in kebab-case unless
``paths`` says otherwise); these tables are the single source of which action is allowed from
which state (409 names the rest, as the segments to POST to). Transitions that only an incoming
event causes (the contract's termination) are in their own tables, their actions mapped to no
path, so a 409 never offers a caller an action no endpoint performs.
"""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

PROJECT_RESOURCE = "/api/v1/projects/{project_id}"

PROJECT = StateMachine(
    "project",
    {
        ("planning", "baseline"): "active",
        # Opening an acceptance round (the first, or the next after a failed one).
        ("active", "open_acceptance"): "in_acceptance",
        ("in_acceptance", "open_acceptance"): "in_acceptance",
        ("in_acceptance", "accept"): "accepted",
    },
    resource=PROJECT_RESOURCE,
    # accept follows a round's sign-off (POST .../acceptance/rounds/{number}/sign-off).
    paths={"open_acceptance": "acceptance/rounds", "accept": None},
)

PROJECT_TERMINATION = StateMachine(
    "project",
    # contracts.contract.terminated cancels a project still in delivery; an accepted project
    # was delivered and stays accepted (what is owed is then a matter for contracts).
    {(state, "cancel"): "cancelled" for state in ("planning", "active", "in_acceptance")},
    resource=PROJECT_RESOURCE,
    paths={"cancel": None},
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
    resource="/api/v1/tasks/{task_id}",
)

TASK_TERMINATION = StateMachine(
    "task",
    {(state, "cancel"): "cancelled" for state in ("planned", "in_progress")},
    resource="/api/v1/tasks/{task_id}",
    paths={"cancel": None},
)

OPEN_TASK_STATES = ("planned", "in_progress")
"""Tasks in these states hold up a milestone, acceptance and are watched by the delay scan."""

MILESTONE = StateMachine(
    "milestone", {("pending", "complete"): "completed"}, resource="/api/v1/milestones/{milestone_id}"
)

ROUND_RESOURCE = "/api/v1/projects/{project_id}/acceptance/rounds/{number}"

ACCEPTANCE_ROUND = StateMachine(
    "acceptance round",
    {
        ("open", "record_results"): "open",
        ("open", "fail"): "failed",
        ("open", "sign_off"): "passed",
    },
    resource=ROUND_RESOURCE,
    paths={"record_results": "results"},
)

ACCEPTANCE_ROUND_TERMINATION = StateMachine(
    "acceptance round", {("open", "cancel"): "cancelled"}, resource=ROUND_RESOURCE, paths={"cancel": None}
)

RECTIFICATION_ITEM = StateMachine(
    "rectification item",
    {("open", "resolve"): "resolved"},
    resource="/api/v1/rectification-items/{item_id}",
)
