"""Rules of the CRM without I/O: stages, the initiation gate, complaint deadlines, rating order."""

from __future__ import annotations

import datetime as dt

import pytest
from ptp_common.errors import Conflict, IllegalTransition
from ptp_crm.domain.complaints import is_overdue, response_deadline, response_minutes, within_deadline
from ptp_crm.domain.customers import normalized_name, normalized_registration
from ptp_crm.domain.initiations import INITIATION_MACHINE, ensure_solution_allowed
from ptp_crm.domain.leads import LEAD_MACHINE
from ptp_crm.domain.opportunities import OPPORTUNITY_MACHINE, stage_after_solution_accepted
from ptp_crm.domain.risk_flags import is_newer
from ptp_crm.domain.solutions import SOLUTION_MACHINE

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def test_opportunity_walks_its_stages_in_order_and_is_won_only_from_negotiation() -> None:
    stage = "prospect"
    for expected in ("needs", "solution", "negotiation"):
        stage = OPPORTUNITY_MACHINE.next_state(stage, "advance")
        assert stage == expected
    assert OPPORTUNITY_MACHINE.next_state(stage, "win") == "won"
    with pytest.raises(IllegalTransition) as caught:
        OPPORTUNITY_MACHINE.next_state("needs", "win")
    assert caught.value.extra["allowed_actions"] == ["advance", "lose"]


@pytest.mark.parametrize("stage", ["prospect", "needs", "solution", "negotiation"])
def test_an_open_opportunity_can_be_lost_but_a_closed_one_cannot_move(stage: str) -> None:
    assert OPPORTUNITY_MACHINE.next_state(stage, "lose") == "lost"
    for closed in ("won", "lost"):
        with pytest.raises(IllegalTransition):
            OPPORTUNITY_MACHINE.next_state(closed, "lose")


def test_accepting_a_solution_starts_negotiation_without_moving_back() -> None:
    assert stage_after_solution_accepted("solution") == "negotiation"
    assert stage_after_solution_accepted("prospect") == "negotiation"
    assert stage_after_solution_accepted("negotiation") == "negotiation"


def test_initiation_is_approved_only_after_an_evaluation() -> None:
    with pytest.raises(IllegalTransition) as caught:
        INITIATION_MACHINE.next_state("submitted", "approve")
    assert caught.value.extra["allowed_actions"] == ["evaluations", "reject"]
    state = INITIATION_MACHINE.next_state("submitted", "evaluate")
    assert INITIATION_MACHINE.next_state(state, "approve") == "approved"
    with pytest.raises(IllegalTransition):
        INITIATION_MACHINE.next_state("approved", "reject")


@pytest.mark.parametrize("status", [None, "submitted", "under_evaluation"])
def test_no_solution_without_an_approved_initiation(status: str | None) -> None:
    with pytest.raises(Conflict) as caught:
        ensure_solution_allowed("opp-1", status)
    assert caught.value.extra["initiation_status"] == (status or "none")
    ensure_solution_allowed("opp-1", "approved")


def test_a_solution_is_accepted_once_and_a_converted_lead_stays_converted() -> None:
    state = SOLUTION_MACHINE.next_state("draft", "present")
    assert SOLUTION_MACHINE.next_state(state, "accept") == "accepted"
    with pytest.raises(IllegalTransition):
        SOLUTION_MACHINE.next_state("accepted", "accept")
    with pytest.raises(IllegalTransition):
        LEAD_MACHINE.next_state("converted", "convert")


@pytest.mark.parametrize(("severity", "hours"), [("critical", 4), ("high", 24), ("medium", 48), ("low", 72)])
def test_response_deadline_follows_severity(severity: str, hours: int) -> None:
    assert response_deadline(T0, severity) == T0 + dt.timedelta(hours=hours)


def test_first_response_time_and_deadline_keeping() -> None:
    deadline = response_deadline(T0, "critical")
    assert response_minutes(T0, T0 + dt.timedelta(hours=1, minutes=30)) == 90.0
    assert within_deadline(deadline, deadline) is True
    assert within_deadline(deadline + dt.timedelta(seconds=1), deadline) is False


def test_only_unanswered_complaints_past_the_deadline_are_overdue() -> None:
    deadline = response_deadline(T0, "high")
    later = deadline + dt.timedelta(minutes=1)
    assert is_overdue("open", deadline, later) is True
    assert is_overdue("open", deadline, deadline) is False
    assert is_overdue("responded", deadline, later) is False


def test_the_newest_rating_event_wins_whatever_the_arrival_order() -> None:
    assert is_newer(None, None, T0, "a") is True
    assert is_newer(T0, "a", T0 + dt.timedelta(seconds=1), "b") is True
    assert is_newer(T0 + dt.timedelta(seconds=1), "b", T0, "a") is False
    assert is_newer(T0, "b", T0, "b") is False  # the same event again changes nothing


def test_duplicate_keys_ignore_case_spacing_and_punctuation() -> None:
    assert normalized_name("  ACME   Logistics Ltd ") == normalized_name("acme logistics ltd")
    assert normalized_registration("hrb-123 45") == normalized_registration("HRB12345")
    assert normalized_registration("  ") is None
