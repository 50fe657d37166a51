"""Domain rules without I/O: plan derivation, schedule, acceptance, allocation, state machines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from ptp_common.errors import Conflict, IllegalTransition, Unprocessable
from ptp_projects.domain import acceptance, states
from ptp_projects.domain.acceptance import Verdict
from ptp_projects.domain.dependencies import check_dependencies_done, check_no_cycle
from ptp_projects.domain.planning import derive_plan
from ptp_projects.domain.resources import Booking, Line, over_allocations, totals
from ptp_projects.domain.schedule import (
    MilestoneFacts,
    TaskFacts,
    overdue_tasks,
    slipping_milestones,
    variance_days,
)

D = dt.date


def test_plan_has_a_phase_per_milestone_in_date_order_and_keeps_contract_ids(signed_contract) -> None:
    plan = derive_plan(signed_contract())
    assert [p.name for p in plan.phases] == [
        "Phase 1: Design approved", "Phase 2: Go-live", "Further deliverables",
    ]
    assert [(m.contract_milestone_id, m.due_date) for m in plan.milestones] == [
        ("M-1", D(2026, 3, 31)), ("M-2", D(2026, 5, 15)),
    ]
    phase1, phase2, rest = plan.phases
    assert (phase1.start_date, phase1.end_date) == (D(2026, 3, 1), D(2026, 3, 31))
    assert (phase2.start_date, phase2.end_date) == (D(2026, 4, 1), D(2026, 5, 15))
    assert [t.deliverable_id for t in phase1.tasks] == ["D-1"]
    assert [t.deliverable_id for t in phase2.tasks] == ["D-2"]
    # the deliverable no milestone names is still planned, not dropped
    assert [(t.deliverable_id, t.due_date) for t in rest.tasks] == [("D-3", D(2026, 5, 29))]
    assert [(c.contract_criterion_id, c.description) for c in plan.criteria] == [
        ("AC-1", "All 40 sites online"), ("AC-2", "Latency under 50 ms"),
    ]
    assert plan.name == "Network rollout for Acme"


def test_plan_tolerates_unknown_and_repeated_deliverables_and_no_milestones(signed_contract) -> None:
    contract = signed_contract(milestones=[
        {"milestone_id": "M-1", "name": "A", "due_date": "2026-04-01", "deliverable_ids": ["D-1", "X"]},
        {"milestone_id": "M-2", "name": "B", "due_date": "2026-06-01",
         "deliverable_ids": ["D-1", "D-2", "D-3"]},
    ])
    plan = derive_plan(contract)
    assert sorted(t.deliverable_id for t in plan.tasks) == ["D-1", "D-2", "D-3"]  # each once
    assert [t.deliverable_id for t in plan.phases[0].tasks] == ["D-1"]

    repeated = derive_plan(signed_contract(acceptance_criteria=[
        {"criterion_id": "AC-1", "description": "first"}, {"criterion_id": "AC-1", "description": "again"}]))
    assert [(c.contract_criterion_id, c.description) for c in repeated.criteria] == [("AC-1", "first")]

    bare = derive_plan(signed_contract(milestones=[]))
    assert [p.name for p in bare.phases] == ["Delivery"]
    assert bare.milestones == []
    assert len(bare.tasks) == 3


def test_variance_counts_days_after_the_baseline() -> None:
    assert variance_days(None, D(2026, 5, 1)) is None
    assert variance_days(D(2026, 5, 1), D(2026, 5, 11)) == 10
    assert variance_days(D(2026, 5, 11), D(2026, 5, 1)) == -10


def test_overdue_tasks_and_slipping_milestones() -> None:
    tasks = [
        TaskFacts("t-late", "m-1", D(2026, 3, 20), done=False),
        TaskFacts("t-done", "m-1", D(2026, 3, 10), done=True),
        TaskFacts("t-runs-past", "m-2", D(2026, 5, 20), done=False),
    ]
    milestones = [
        MilestoneFacts("m-1", D(2026, 3, 31), completed=False),
        MilestoneFacts("m-2", D(2026, 5, 15), completed=False),
        MilestoneFacts("m-3", D(2026, 3, 1), completed=True),
    ]
    today = D(2026, 4, 3)
    assert [(o.task_id, o.days_overdue) for o in overdue_tasks(tasks, today)] == [("t-late", 14)]
    slips = {s.milestone_id: s for s in slipping_milestones(milestones, tasks, today)}
    assert set(slips) == {"m-1", "m-2"}
    assert slips["m-1"].days_late == 3 and "not completed" in slips["m-1"].reason
    assert slips["m-2"].days_late == 5  # forecast from its tasks, before the date is even reached


def test_sign_off_needs_every_criterion_checked_and_passed() -> None:
    criteria = ["AC-1", "AC-2", "AC-3"]
    with pytest.raises(Conflict) as failed:
        acceptance.check_can_sign_off(criteria, {"AC-1": Verdict(True), "AC-2": Verdict(False, "slow")})
    assert failed.value.extra == {
        "self_check_missing": [], "open_tasks": [],
        "failed_criteria": ["AC-2"], "unchecked_criteria": ["AC-3"],
    }
    with pytest.raises(Conflict):
        acceptance.check_can_sign_off(criteria, {c: Verdict(True) for c in criteria[:2]})
    acceptance.check_can_sign_off(criteria, {c: Verdict(True) for c in criteria})


def test_sign_off_also_needs_the_self_check_no_open_task_and_a_criterion() -> None:
    all_passed = {c: Verdict(True) for c in ("AC-1", "AC-2")}
    with pytest.raises(Conflict) as missing:
        acceptance.check_can_sign_off(
            ["AC-1", "AC-2"], all_passed, not_self_checked=["AC-2"], open_tasks=["t-1"]
        )
    assert "self-check not recorded for: AC-2" in str(missing.value.detail)
    assert "tasks neither done nor waived: t-1" in str(missing.value.detail)
    assert (missing.value.extra["self_check_missing"], missing.value.extra["open_tasks"]) == (
        ["AC-2"], ["t-1"],
    )
    with pytest.raises(Conflict, match="at least one acceptance criterion"):
        acceptance.check_can_sign_off([], {})


def test_failing_a_round_needs_a_failure_and_a_new_round_needs_rectification_done() -> None:
    with pytest.raises(Conflict):
        acceptance.check_can_fail(["AC-1"], {"AC-1": Verdict(True)})
    assert acceptance.check_can_fail(["AC-1", "AC-2"], {"AC-2": Verdict(False)}) == ["AC-2"]
    with pytest.raises(Conflict, match="round 1 is still open"):
        acceptance.check_can_open_round(1, 0)
    with pytest.raises(Conflict, match="rectification"):
        acceptance.check_can_open_round(None, 2)
    acceptance.check_can_open_round(None, 0)


def test_illegal_transitions_name_the_allowed_actions() -> None:
    assert states.PROJECT.next_state("planning", "baseline") == "active"
    with pytest.raises(IllegalTransition) as err:
        states.PROJECT.next_state("planning", "accept")
    assert err.value.status == 409
    assert err.value.extra["allowed_actions"] == ["baseline"]
    with pytest.raises(IllegalTransition):
        states.ACCEPTANCE_ROUND.next_state("passed", "sign_off")
    assert states.TASK.allowed("planned") == ["complete", "start", "waive"]


def test_a_person_booked_beyond_a_day_across_projects_is_over_allocated() -> None:
    # Mon 2 Mar - Fri 6 Mar 2026: 5 working days
    bookings = [
        Booking("a1", "P-1", "tess", Decimal(30), D(2026, 3, 2), D(2026, 3, 6)),  # 6 h/day
        Booking("a2", "P-2", "tess", Decimal(12), D(2026, 3, 5), D(2026, 3, 6)),  # 6 h/day Thu-Fri
        Booking("a3", "P-2", "otto", Decimal(40), D(2026, 3, 2), D(2026, 3, 8)),  # 8 h/day: at capacity
    ]
    [over] = over_allocations(bookings)
    assert (over.member, over.start, over.end) == ("tess", D(2026, 3, 5), D(2026, 3, 6))
    assert over.peak_hours_per_day == Decimal("12.00")
    assert over.project_ids == ("P-1", "P-2")


def test_dependencies_must_not_loop_and_must_be_done_first() -> None:
    graph = {"b": ["a"], "c": ["b"]}
    check_no_cycle("d", ["c"], graph)
    with pytest.raises(Unprocessable) as loop:
        check_no_cycle("a", ["c"], graph)  # a <- b <- c <- a
    assert loop.value.extra["errors"][0]["field"] == "body.depends_on"
    check_dependencies_done(["a", "b"], ["a", "b", "x"])
    with pytest.raises(Conflict) as waiting:
        check_dependencies_done(["a", "b"], ["a"])
    assert waiting.value.extra["waiting_on"] == ["b"]


def test_resource_totals_keep_currencies_apart_and_hours_against_plan() -> None:
    result = totals([
        Line("person", Decimal(30), Decimal(34), None, None, None),
        Line("budget", None, None, Decimal("1200.00"), Decimal("950.50"), "EUR"),
        Line("budget", None, None, Decimal("100.00"), None, "EUR"),
        Line("material", None, None, Decimal(5000), Decimal(5200), "JPY"),
    ])
    assert (result.planned_hours, result.actual_hours, result.hours_variance) == (30, 34, 4)
    assert result.money == {
        ("budget", "EUR"): (Decimal("1300.00"), Decimal("950.50")),
        ("material", "JPY"): (Decimal("5000"), Decimal("5200")),
    }
