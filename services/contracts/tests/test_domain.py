"""Domain rules without I/O: state machines, clauses, schedule math, overdue thresholds, signing policy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from ptp_common.errors import IllegalTransition
from ptp_contracts.domain.clauses import missing_clause_kinds
from ptp_contracts.domain.invoices import InvoiceStatus, invoice_number, invoice_status
from ptp_contracts.domain.lifecycle import CONTRACT_MACHINE
from ptp_contracts.domain.schedule import (
    PlannedInstallment,
    Trigger,
    crossed_thresholds,
    days_late,
    due_date_after,
    outstanding,
    prepayment_ratio,
    schedule_problems,
)
from ptp_contracts.domain.settlement import SETTLEMENT_MACHINE, credits, settlement_due
from ptp_contracts.domain.signing import PolicyMode, SigningPolicy, fully_signed, policy_violation

D = Decimal


def test_contract_walks_draft_to_signed_and_returned_goes_back_to_draft() -> None:
    state = "draft"
    for action in ("submit", "return", "reopen", "submit", "approve", "negotiate", "edit", "start_signing"):
        state = CONTRACT_MACHINE.next_state(state, action)
    assert state == "signing"
    assert CONTRACT_MACHINE.next_state("signed", "terminate") == "terminated"


def test_illegal_contract_action_names_the_allowed_ones() -> None:
    with pytest.raises(IllegalTransition) as caught:
        CONTRACT_MACHINE.next_state("in_legal_review", "sign")
    assert caught.value.status == 409
    assert caught.value.extra["allowed_actions"] == ["approve", "return"]


def test_signed_contract_cannot_be_edited() -> None:
    with pytest.raises(IllegalTransition):
        CONTRACT_MACHINE.next_state("signed", "edit")


def test_settlement_needs_finance_approval_before_payment() -> None:
    with pytest.raises(IllegalTransition) as caught:
        SETTLEMENT_MACHINE.next_state("requested", "pay")
    assert caught.value.extra["allowed_actions"] == ["approve", "reject"]
    state = "open"
    for action in ("submit", "reject", "adjust", "submit", "approve", "pay"):
        state = SETTLEMENT_MACHINE.next_state(state, action)
    assert state == "paid"


def test_missing_key_clauses_are_listed_in_order() -> None:
    assert missing_clause_kinds(["scope", "delivery", "other"]) == [
        "rights_obligations",
        "price_terms",
        "acceptance_criteria",
        "breach_liability",
    ]
    assert (
        missing_clause_kinds(
            [
                "rights_obligations",
                "scope",
                "price_terms",
                "delivery",
                "acceptance_criteria",
                "breach_liability",
            ]
        )
        == []
    )


def test_schedule_must_add_up_and_name_real_milestones() -> None:
    plan = [
        PlannedInstallment(D("100.00"), Trigger.on_signing),
        PlannedInstallment(D("50.00"), Trigger.milestone, "M9"),
        PlannedInstallment(D("10.00"), Trigger.fixed_date),
    ]
    problems = {p.field for p in schedule_problems(D("200.00"), plan, ["M1"])}
    assert problems == {"installments.1.milestone_id", "installments.2.due_date", "installments"}
    ok = [
        PlannedInstallment(D("150.00"), Trigger.on_signing),
        PlannedInstallment(D("50.00"), Trigger.milestone, "M1"),
    ]
    assert schedule_problems(D("200.00"), ok, ["M1"]) == []


def test_prepayment_ratio_counts_only_what_is_due_on_signing() -> None:
    plan = [
        PlannedInstallment(D("300"), Trigger.on_signing),
        PlannedInstallment(D("700"), Trigger.acceptance),
    ]
    assert prepayment_ratio(D("1000"), plan) == D("0.3")


def test_balances_and_lateness() -> None:
    assert outstanding(D("100.00"), paid=D("40.00"), credited=D("0")) == D("60.00")
    assert outstanding(D("100.00"), paid=D("100.00"), credited=D("0")) == D("0")
    assert outstanding(D("100.00"), paid=D("40.00"), credited=D("25.00")) == D("35.00")
    assert due_date_after(dt.date(2027, 1, 31), 30) == dt.date(2027, 3, 2)
    assert days_late(dt.date(2027, 1, 1), dt.date(2027, 1, 11)) == 10
    assert days_late(dt.date(2027, 1, 1), dt.date(2026, 12, 1)) == 0


def test_overdue_thresholds_are_crossed_once_each() -> None:
    due = dt.date(2027, 1, 1)
    assert crossed_thresholds(due, due, []) == []
    assert crossed_thresholds(due, dt.date(2027, 1, 2), []) == [1]
    assert crossed_thresholds(due, dt.date(2027, 3, 2), [1]) == [30, 60]
    assert crossed_thresholds(due, dt.date(2027, 12, 31), [1, 30, 60, 90]) == []


@pytest.mark.parametrize(
    ("policy", "guarantee", "ratio", "violates"),
    [
        (SigningPolicy(PolicyMode.allow), False, D("0"), False),
        (SigningPolicy(PolicyMode.block, reason="rating D"), True, D("1"), True),
        (SigningPolicy(PolicyMode.require_guarantee), False, D("1"), True),
        (SigningPolicy(PolicyMode.require_guarantee), True, D("0"), False),
        (SigningPolicy(PolicyMode.require_prepayment, D("0.3")), False, D("0.25"), True),
        (SigningPolicy(PolicyMode.require_prepayment, D("0.3")), False, D("0.3"), False),
    ],
)
def test_signing_policy(policy: SigningPolicy, guarantee: bool, ratio: Decimal, violates: bool) -> None:
    reason = policy_violation(policy, has_guarantee=guarantee, prepayment_ratio=ratio)
    assert (reason is not None) is violates


def test_blocked_reason_carries_risks_explanation() -> None:
    reason = policy_violation(
        SigningPolicy(PolicyMode.block, reason="rating D"), has_guarantee=True, prepayment_ratio=D("1")
    )
    assert reason is not None and "rating D" in reason


def test_both_sides_must_sign() -> None:
    assert not fully_signed(["company"])
    assert fully_signed(["client", "company"])


def test_settlement_due_is_the_outstanding_less_the_deduction() -> None:
    assert settlement_due(D("9000.00"), D("-500.00")) == D("8500.00")


def test_a_deduction_is_credited_from_the_last_installment_backwards() -> None:
    assert credits([D("3000"), D("6000"), D("3000")], D("500")) == [D("0"), D("0"), D("500")]
    assert credits([D("3000"), D("0"), D("3000")], D("4000")) == [D("1000"), D("0"), D("3000")]
    assert credits([D("3000")], D("0")) == [D("0")]
    with pytest.raises(ValueError, match="exceeds the outstanding"):
        credits([D("100"), D("100")], D("200.01"))


@pytest.mark.parametrize(
    ("installment_status", "owed", "today", "expected"),
    [
        ("invoiced", D("10"), dt.date(2027, 1, 31), InvoiceStatus.open),  # due today: not late yet
        ("invoiced", D("10"), dt.date(2027, 2, 1), InvoiceStatus.overdue),
        ("paid", D("0"), dt.date(2027, 6, 1), InvoiceStatus.paid),
        ("cancelled", D("10"), dt.date(2027, 6, 1), InvoiceStatus.cancelled),
    ],
)
def test_invoice_status_follows_the_money_and_the_date(
    installment_status: str, owed: Decimal, today: dt.date, expected: InvoiceStatus
) -> None:
    assert invoice_status(installment_status, owed, dt.date(2027, 1, 31), today) is expected
    assert invoice_number(2027, 42) == "INV-2027-000042"
