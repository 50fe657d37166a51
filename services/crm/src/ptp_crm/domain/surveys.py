"""Satisfaction surveys opened when a client accepts a project."""

from __future__ import annotations

from ptp_common.statemachine import StateMachine

SURVEY_MACHINE = StateMachine(
    "survey",
    {
        ("open", "answer"): "answered",
    },
    resource="/api/v1/surveys/{survey_id}",
)
