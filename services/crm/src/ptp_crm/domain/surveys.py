"""Satisfaction surveys opened when a client accepts a project."""

from __future__ import annotations

from ptp_crm.domain.state_machine import Transitions

SURVEY_TRANSITIONS: Transitions = {
    ("open", "answer"): "answered",
}
