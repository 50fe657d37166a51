"""The books close whatever people do: a hypothesis state machine drives random sequences of legal
and illegal money actions through REST on the embedded suite, and after every step the suite's
six invariants (``ptp_suite.books``, docs/domain.md end) must hold.

Every call goes through the generated client (``ptp_client``), so a refusal must be one the
operation's OpenAPI documents.

Legal: open a deal (customer, contract signed by both sides), pay (partial or in full), run the
overdue scan as of a later date, deliver the milestone, accept the project (self-check, tasks
done or waived, a round, sign-off by the customer's representative), settle (adjust down, reject
and resubmit, approve, pay), terminate, settle a terminated contract (manager, with a reason).
Illegal, each must be refused and change nothing: over-paying, paying an installment not invoiced,
paying or terminating an ended contract, opening a settlement by hand before acceptance, raising a
settlement by an adjustment, signing off as another customer's representative, signing off
before the self-check.

One suite process serves the module; each example works with fresh customers, and the checker
reads only that example's customers. Bounded and derandomized for ``make test``:
``PTP_BOOKS_EXAMPLES`` (default 8) sequences of at most ``PTP_BOOKS_STEPS`` (default 25) steps.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
import steps
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from ptp_client import Problem, Suite
from ptp_client.contracts.api.contract_lifecycle import (
    override_signing_policy,
    sign_contract,
    terminate_contract,
)
from ptp_client.contracts.api.contracts import get_contract
from ptp_client.contracts.api.payments import create_payment
from ptp_client.contracts.api.settlements import (
    adjust_settlement,
    approve_settlement,
    list_settlements,
    open_settlement,
    pay_settlement,
    reject_settlement,
    submit_settlement,
)
from ptp_client.projects.api.acceptance import (
    open_acceptance_round,
    record_round_results,
    record_self_check,
    sign_off_round,
)
from ptp_client.projects.api.plan import create_task, waive_task
from ptp_suite import books, demo
from ptp_suite.demo import Api, People

EXAMPLES = int(os.environ.get("PTP_BOOKS_EXAMPLES", "8"))
STEPS = int(os.environ.get("PTP_BOOKS_STEPS", "25"))
MAX_DEALS = 3  # a few deals per sequence, so the steps go deep into each (acceptance, settlement, the end)
# Shrinking replays sequences against a live suite (minutes per failure): opt in with PTP_BOOKS_SHRINK=1;
# without it the failing sequence is reported as found, with each deal's history in the message.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + (
    [Phase.shrink] if os.environ.get("PTP_BOOKS_SHRINK") == "1" else []
)
CENT = Decimal("0.01")
REFUSED = (409, 422)
TOTALS = [Decimal("12000.00"), Decimal("999.99"), Decimal("50000.00")]

# Installment plans as shares of the total; the last slice takes the rounding remainder.
PLANS: dict[str, list[tuple[str, Decimal]]] = {
    "advance-milestone-final": [
        ("on_signing", Decimal("0.3")),
        ("milestone", Decimal("0.4")),
        ("acceptance", Decimal("0.3")),
    ],
    "late-fixed-date": [
        ("fixed_date", Decimal("0.25")),
        ("milestone", Decimal("0.25")),
        ("acceptance", Decimal("0.5")),
    ],
    "fixed-date-and-final": [("fixed_date", Decimal("0.5")), ("acceptance", Decimal("0.5"))],
}


def installments(plan: str, total: Decimal) -> list[dict[str, Any]]:
    slices = PLANS[plan]
    amounts = [(total * share).quantize(CENT) for _, share in slices[:-1]]
    amounts.append(total - sum(amounts, Decimal("0")))
    rows = []
    for (trigger, _), amount in zip(slices, amounts, strict=True):
        row: dict[str, Any] = {"label": trigger, "amount": str(amount), "trigger": trigger}
        if trigger == "milestone":
            row["milestone_id"] = "M1"
        if trigger == "fixed_date":
            row["due_date"] = steps.today(-40)  # already past due: the scan finds it
        rows.append(row)
    return rows


@dataclass(repr=False)
class Deal:
    api: Api
    contract_id: str
    project: dict[str, Any] | None = None
    delivered: bool = False
    accepted: bool = False
    terminated: bool = False
    settled: bool = False
    hand_opened: bool = False
    log: list[str] = field(default_factory=list)

    def __repr__(self) -> str:  # short in hypothesis' report: the contract and what happened to it
        return f"Deal({self.contract_id}: {', '.join(self.log)})"

    @property
    def customer_id(self) -> str:
        assert self.api.customer_id
        return self.api.customer_id

    @property
    def open(self) -> bool:
        return not (self.terminated or self.settled)


class BooksClose(RuleBasedStateMachine):
    client: httpx.Client  # set by the test before the machine runs
    reader: Suite  # the books' reader (books.reader_suite), set by the test too
    sequences = 0  # how many sequences ran: hypothesis makes one machine per sequence

    def __init__(self) -> None:
        super().__init__()
        self.deals: list[Deal] = []
        BooksClose.sequences += 1

    # --- helpers ------------------------------------------------------------------------------

    def new_api(self, customer_id: str | None = None) -> Api:
        return Api(self.client, steps.testing_tokens, People(uuid.uuid4().hex[:8]), customer_id=customer_id)

    def pick(self, data: st.DataObject, deals: list[Deal]) -> Deal:
        return data.draw(st.sampled_from(deals), label="deal")

    def schedule(self, deal: Deal) -> dict[str, Any]:
        return demo.schedule(deal.api, deal.contract_id)

    def contract(self, deal: Deal) -> dict[str, Any]:
        return deal.api.op(get_contract, "specialist", contract_id=deal.contract_id)  # type: ignore[no-any-return]

    def refused(self, found: Any, what: str, statuses: tuple[int, ...] = REFUSED) -> None:
        """``found`` (an answer of :meth:`Api.answer`) is a refusal with one of ``statuses``, and one
        the operation's OpenAPI documents."""
        assert isinstance(found, Problem), f"{what} must be refused, yet it answered {found}"
        assert found.status in statuses and found.documented, f"{what} must be refused: {found}"

    def project(self, deal: Deal) -> dict[str, Any]:
        if deal.project is None:
            deal.project = demo.planned_project(deal.api, deal.contract_id)
        return deal.project

    def settlement(self, deal: Deal) -> dict[str, Any] | None:
        found = demo.items(deal.api.op(list_settlements, "finance", contract_id=deal.contract_id))
        return found[-1] if found else None

    # --- deals --------------------------------------------------------------------------------

    @initialize(plan=st.sampled_from(sorted(PLANS)), total=st.sampled_from(TOTALS))
    def first_deal(self, plan: str, total: Decimal) -> None:
        self.open_deal(plan, total, same_customer=False)

    @precondition(lambda self: len(self.deals) < MAX_DEALS)
    @rule(plan=st.sampled_from(sorted(PLANS)), total=st.sampled_from(TOTALS), same_customer=st.booleans())
    def open_deal(self, plan: str, total: Decimal, same_customer: bool) -> None:
        """A contract drafted, reviewed and signed by both sides (a manager overrides a tightened
        signing policy when the customer's credit fell)."""
        if same_customer and self.deals:
            api = self.new_api(self.deals[-1].customer_id)
            customer = {"id": api.customer_id, "name": "again"}
        else:
            api = self.new_api()
            customer = steps.new_customer(api, steps.unique("Books Ltd"))
            api.customer_id = customer["id"]
        contract = steps.direct_contract(api, customer, installments(plan, total), total=str(total))
        cid = contract["id"]
        signer = {"signer_name": "A. Signer", "signer_title": "Director"}
        self.signature(api, cid, "specialist", {"side": "company", "signer_identity": "co-1", **signer})
        signed = self.signature(api, cid, "client", {"side": "client", "signer_identity": "cl-1", **signer})
        assert signed["status"] == "signed", signed
        self.deals.append(Deal(api, cid, log=[f"opened {plan} {total}"]))

    def signature(self, api: Api, cid: str, who: str, body: dict[str, Any]) -> dict[str, Any]:
        """A side signs; when the customer's credit fell, a manager overrides the tightened policy."""
        signed = api.answer(sign_contract, who, contract_id=cid, body=body)
        needs_override = isinstance(signed, Problem) and signed.status == 409
        if needs_override and signed.body.get("override_role") == "manager":
            reason = {"reason": "parent company guarantee"}
            api.op(override_signing_policy, "manager", contract_id=cid, body=reason)
            signed = api.answer(sign_contract, who, contract_id=cid, body=body)
        assert not isinstance(signed, Problem), f"{who} signature: {signed}"
        return signed  # type: ignore[no-any-return]

    # --- money ----------------------------------------------------------------------------------

    @precondition(lambda self: self.deals)
    @rule(data=st.data(), kind=st.sampled_from(["partial", "full", "over", "not-invoiced"]))
    def pay(self, data: st.DataObject, kind: str) -> None:
        deal = self.pick(data, self.deals)
        rows = self.schedule(deal)["installments"]
        ended = not deal.open
        if kind == "not-invoiced":
            candidates = [i for i in rows if i["invoice"] is None]
        else:
            candidates = [i for i in rows if i["invoice"] is not None and Decimal(i["outstanding"]) > 0]
        if not candidates:
            return
        inst = data.draw(st.sampled_from(candidates), label="installment")
        owed = Decimal(inst["outstanding"])
        amount = {
            "partial": max(CENT, (owed / 2).quantize(CENT)),
            "full": owed,
            "over": owed + CENT,
            "not-invoiced": Decimal(inst["amount"]),
        }[kind]
        found = deal.api.answer(
            create_payment,
            "finance",
            installment_id=inst["id"],
            body={"amount": str(amount), "reference": f"tx-{uuid.uuid4().hex[:6]}"},
        )
        deal.log.append(f"pay {kind} {amount} -> {found.status if isinstance(found, Problem) else 201}")
        if ended:
            self.refused(found, "a payment on an ended contract", (409,))
        elif kind in ("over", "not-invoiced"):
            self.refused(found, f"a payment ({kind})")
        else:
            assert not isinstance(found, Problem), found
            assert Decimal(found["installment_outstanding"]) == owed - amount

    @precondition(lambda self: self.deals)
    @rule(days=st.sampled_from([1, 31, 61, 95]))
    def overdue_scan(self, days: int) -> None:
        """The controlled clock: the scan as of ``days`` from now."""
        as_of = demo.now_iso(days=days)
        result = steps.run_job(self.deals[0].api, "contracts", "overdue-scan", as_of)
        assert result["result"]["emitted"] >= 0

    # --- delivery and acceptance ----------------------------------------------------------------

    @precondition(lambda self: any(d.open and not d.delivered for d in self.deals))
    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        deal = self.pick(data, [d for d in self.deals if d.open and not d.delivered])
        demo.deliver_milestone(deal.api, self.project(deal))
        deal.delivered = True
        deal.log.append("delivered")
        if any(i["trigger"] == "milestone" for i in self.schedule(deal)["installments"]):
            demo.wait_installment(deal.api, deal.contract_id, "milestone")

    @precondition(lambda self: any(d.open and d.delivered and not d.accepted for d in self.deals))
    @rule(data=st.data(), waive=st.booleans(), wrong_representative=st.booleans(), premature=st.booleans())
    def accept(self, data: st.DataObject, waive: bool, wrong_representative: bool, premature: bool) -> None:
        deal = self.pick(data, [d for d in self.deals if d.open and d.delivered and not d.accepted])
        api, project = deal.api, self.project(deal)
        pid = {"project_id": project["id"]}
        criteria = [c["criterion_id"] for c in project["acceptance_criteria"]]
        verdicts = {"results": [{"criterion_id": c, "passed": True, "notes": "ok"} for c in criteria]}
        if waive:
            extra = api.op(
                create_task,
                "pm",
                **pid,
                body={
                    "name": "Optional extra",
                    "owner": api.people.tech,
                    "start_date": steps.today(1),
                    "due_date": steps.today(5),
                },
            )
            api.op(waive_task, "pm", task_id=extra["id"], body={"reason": "client dropped it"})
        if not premature:
            api.op(record_self_check, "pm", **pid, body=verdicts)
        number = api.op(open_acceptance_round, "specialist", **pid)["number"]
        api.op(record_round_results, "client", **pid, number=number, body=verdicts)
        if wrong_representative:
            stranger = self.new_api(f"cus-{uuid.uuid4().hex[:8]}")
            found = stranger.answer(sign_off_round, "client", **pid, number=number)
            self.refused(found, "another customer's sign-off", (403, 404))
        if premature:
            found = api.answer(sign_off_round, "client", **pid, number=number)
            self.refused(found, "a sign-off before the self-check", (409,))
            api.op(record_self_check, "pm", **pid, body=verdicts)
        assert api.op(sign_off_round, "client", **pid, number=number)["status"] == "passed"
        deal.accepted = True
        deal.log.append("accepted")
        steps.wait_until(lambda: self.settlement(deal), what="the settlement opened on acceptance")

    @precondition(lambda self: any(d.open and not d.accepted and not d.hand_opened for d in self.deals))
    @rule(data=st.data())
    def open_settlement_by_hand(self, data: st.DataObject) -> None:
        """Only acceptance opens a settlement on a signed contract (tried once per deal)."""
        deal = self.pick(data, [d for d in self.deals if d.open and not d.accepted and not d.hand_opened])
        deal.hand_opened = True
        found = deal.api.answer(open_settlement, "specialist", contract_id=deal.contract_id)
        deal.log.append(f"hand-open -> {found.status if isinstance(found, Problem) else 'opened'}")
        self.refused(found, "a settlement opened by hand before acceptance", (409,))

    @precondition(lambda self: any(d.accepted and not d.settled and not d.terminated for d in self.deals))
    @rule(data=st.data(), adjustment=st.sampled_from([None, "-10.00", "10.00"]), reject_first=st.booleans())
    def settle(self, data: st.DataObject, adjustment: str | None, reject_first: bool) -> None:
        deal = self.pick(data, [d for d in self.deals if d.accepted and not d.settled and not d.terminated])
        self.pay_settlement(deal, adjustment, reject_first)
        assert self.contract(deal)["status"] == "completed"

    def pay_settlement(self, deal: Deal, adjustment: str | None, reject_first: bool) -> None:
        api = deal.api
        settlement = self.settlement(deal)
        assert settlement is not None and settlement["status"] in ("open", "rejected"), settlement
        sid = {"settlement_id": settlement["id"]}
        if adjustment is not None:
            adjust = {"adjustments": adjustment, "note": "acceptance"}
            found = api.answer(adjust_settlement, "specialist", **sid, body=adjust)
            if Decimal(adjustment) > 0:
                self.refused(found, "an adjustment that raises the settlement", (422,))
            else:
                assert not isinstance(found, Problem), found
        api.op(submit_settlement, "specialist", **sid)
        if reject_first:
            api.op(reject_settlement, "finance", **sid, body={"reason": "report missing"})
            api.op(submit_settlement, "specialist", **sid)
        api.op(approve_settlement, "finance", **sid)
        paid = api.op(pay_settlement, "finance", **sid)
        assert paid["status"] == "paid"
        deal.settled = True
        deal.log.append(f"settled adj={adjustment} reject={reject_first}")

    # --- the end ------------------------------------------------------------------------------

    @precondition(lambda self: any(d.open and not d.accepted for d in self.deals))
    @rule(data=st.data())
    def terminate(self, data: st.DataObject) -> None:
        deal = self.pick(data, [d for d in self.deals if d.open and not d.accepted])
        ended = deal.api.op(
            terminate_contract, "manager", contract_id=deal.contract_id, body={"reason": "client insolvent"}
        )
        assert ended["status"] == "terminated" and ended["ended_at"]
        deal.terminated = True
        deal.log.append("terminated")

    @precondition(lambda self: any(d.terminated and not d.settled for d in self.deals))
    @rule(data=st.data(), reject_first=st.booleans())
    def settle_termination(self, data: st.DataObject, reject_first: bool) -> None:
        """A manager opens the termination settlement with a reason; what was invoiced is paid."""
        deal = self.pick(data, [d for d in self.deals if d.terminated and not d.settled])
        cid = {"contract_id": deal.contract_id}
        self.refused(
            deal.api.answer(open_settlement, "specialist", **cid, body={"reason": "ended"}),
            "a termination settlement opened by a specialist",
            (403,),
        )
        reason = {"reason": "client insolvent: settle what was invoiced"}
        deal.api.op(open_settlement, "manager", **cid, body=reason)
        self.pay_settlement(deal, None, reject_first)
        assert self.contract(deal)["status"] == "terminated"

    @precondition(lambda self: any(not d.open for d in self.deals))
    @rule(data=st.data())
    def act_after_the_end(self, data: st.DataObject) -> None:
        """An ended contract takes no payment and cannot be terminated (again)."""
        deal = self.pick(data, [d for d in self.deals if not d.open])
        for inst in self.schedule(deal)["installments"]:
            one = {"amount": "1.00"}
            found = deal.api.answer(create_payment, "finance", installment_id=inst["id"], body=one)
            self.refused(found, "a payment after the end", (409,))
        found = deal.api.answer(
            terminate_contract, "manager", contract_id=deal.contract_id, body={"reason": "again"}
        )
        self.refused(found, "terminating an ended contract", (409,))

    def teardown(self) -> None:
        if os.environ.get("PTP_BOOKS_VERBOSE") == "1":  # what the sequence did, deal by deal
            print(f"sequence: {len(self.deals)} deals", *(f"  {d!r}" for d in self.deals), sep="\n")

    # --- after every step -------------------------------------------------------------------------

    @invariant()
    def books_close(self) -> None:
        if not self.deals:
            return
        customers = list(dict.fromkeys(d.customer_id for d in self.deals))
        found = books.wait_books_close(self.reader, customers, timeout=20)
        history = "; ".join(f"{d.contract_id[:8]}: {', '.join(d.log)}" for d in self.deals)
        assert found.closed, f"{found.summary()}\nhistory: {history}"


# The long run (PTP_BOOKS_EXAMPLES=200) takes most of an hour: its time limit grows with it.
@pytest.mark.timeout(max(300, 60 * EXAMPLES))
def test_books_close_whatever_people_do(embedded_url: str) -> None:
    with (
        httpx.Client(base_url=embedded_url, timeout=30) as client,
        books.reader_suite(embedded_url, steps.testing_tokens) as reader,
    ):
        BooksClose.client, BooksClose.reader, BooksClose.sequences = client, reader, 0
        run_state_machine_as_test(
            BooksClose,
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=STEPS,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
                phases=PHASES,
                report_multiple_bugs=False,
                print_blob=True,
            ),
        )
    print(f"books closed after every step of {BooksClose.sequences} sequences (asked: {EXAMPLES})")
    assert BooksClose.sequences >= EXAMPLES, "fewer sequences ran than PTP_BOOKS_EXAMPLES asked for"


def test_checker_reads_a_fresh_customer_as_closed(embedded_url: str) -> None:
    """Nothing booked, nothing owed: the books of a customer without contracts close."""
    with (
        httpx.Client(base_url=embedded_url, timeout=30) as client,
        books.reader_suite(embedded_url, steps.testing_tokens) as reader,
    ):
        api = Api(client, steps.testing_tokens, People(uuid.uuid4().hex[:8]))
        customer = steps.new_customer(api, steps.unique("Quiet Ltd"))
        found = books.check_books(reader, [customer["id"]])
        assert found.closed and found.contracts == 0, found.summary()
        assert found.summary().startswith("books closed: 0 contracts, 0 invoices")
