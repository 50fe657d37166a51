"""Which metric facts an event yields: the one place mapping the suite's events to measures.

Each fact carries a ``key`` naming the business occurrence it counts (a payment,
a contract, a complaint): the same occurrence is counted once per measure even
if it arrives again under another event id. Facts without an explicit owner are
attributed when they are stored: to the person who acted, else to the customer's
owner (see :func:`attribute`).

Revenue is money received, and only that (docs/domain.md, "Revenue"): the sum of
``contracts.payment.received`` amounts, in the business month of ``received_at``,
once per payment id. A paid settlement moves its money as one payment.received
per installment (reference ``settlement:<id>``), so ``contracts.settlement.paid``
only reconciles: counting it too would count the same money twice. It stays in
the audit trail like every event, and yields no fact.

Endings are measured as counts so supervisors see them next to the volume signed:
``contracts.contract.terminated`` (one per contract, for its owner) and
``projects.project.cancelled`` (one per project, for the customer's owner).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import contracts, crm, kpi, projects

from ptp_kpi.domain.indicators import Measure
from ptp_kpi.domain.periods import month_of, months_in

COUNT, SCORE, MINUTES, FLAG = "count", "score", "minutes", "flag"

# The unit each non-money measure is kept in (money measures are kept per currency).
MEASURE_UNITS: dict[Measure, str] = {
    Measure.contracts_signed: COUNT,
    Measure.contracts_terminated: COUNT,
    Measure.projects_cancelled: COUNT,
    Measure.new_customers: COUNT,
    Measure.risk_events: COUNT,
    Measure.satisfaction: SCORE,
    Measure.teamwork: SCORE,
    Measure.complaint_within_deadline: FLAG,
    Measure.response_minutes: MINUTES,
    Measure.inquiry_response_minutes: MINUTES,
    Measure.inquiry_resolution_minutes: MINUTES,
    Measure.service_sessions: COUNT,
    Measure.duties_missed: COUNT,
    Measure.duty_on_time: FLAG,
}


def unit_of(measure: Measure, currency: str | None) -> str:
    """The unit to read a measure in: its currency for money, else its fixed unit."""
    fixed = MEASURE_UNITS.get(measure)
    if fixed is not None:
        return fixed
    if currency is None:
        raise ValueError(f"{measure} is money: name a currency")
    return currency


@dataclass(frozen=True)
class FactDraft:
    measure: Measure
    value: Decimal
    unit: str
    occurred_at: dt.datetime
    key: str
    person: str | None = None
    customer_id: str | None = None
    channel: str | None = None
    month: str | None = None
    # The instant whose business month the fact counts in, when that is not when it occurred.
    month_at: dt.datetime | None = None

    def period(self, zone: ZoneInfo) -> str:
        """The month the fact counts in: its stated month, else the business month (in ``zone``,
        the company's time zone) of ``month_at`` or of when it occurred."""
        return self.month or month_of(self.month_at or self.occurred_at, zone)


def human_actor(actor: str | None) -> str | None:
    """The acting person, or None when a service acted on its own (``service:<name>``)."""
    if actor is None or actor.startswith("service:"):
        return None
    return actor


def _contract_signed(env: Envelope, d: contracts.ContractSigned) -> list[FactDraft]:
    common: dict[str, Any] = {
        "occurred_at": d.signed_at,
        "key": d.contract_id,
        "person": d.owner,
        "customer_id": d.customer_id,
    }
    return [
        FactDraft(Measure.signed_contract_value, d.total.amount, d.total.currency, **common),
        FactDraft(Measure.contracts_signed, Decimal(1), COUNT, **common),
    ]


def _payment_received(env: Envelope, d: contracts.PaymentReceived) -> list[FactDraft]:
    return [
        FactDraft(
            Measure.revenue,
            d.amount.amount,
            d.amount.currency,
            d.received_at,
            f"payment:{d.payment_id}",
            d.owner,
            d.customer_id,
        )
    ]


def _contract_terminated(env: Envelope, d: contracts.ContractTerminated) -> list[FactDraft]:
    return [
        FactDraft(
            Measure.contracts_terminated,
            Decimal(1),
            COUNT,
            d.terminated_at,
            d.contract_id,
            d.owner,
            d.customer_id,
        )
    ]


def _project_cancelled(env: Envelope, d: projects.ProjectCancelled) -> list[FactDraft]:
    # The event names no owner: the fact counts for the customer's owner (see attribute).
    return [
        FactDraft(
            Measure.projects_cancelled,
            Decimal(1),
            COUNT,
            d.cancelled_at,
            d.project_id,
            None,
            d.customer_id,
        )
    ]


def _invoice_issued(env: Envelope, d: contracts.InvoiceIssued) -> list[FactDraft]:
    return [
        FactDraft(
            Measure.invoiced,
            d.amount.amount,
            d.amount.currency,
            env.time,
            d.invoice_id,
            d.owner,
            d.customer_id,
        )
    ]


def _payment_overdue(env: Envelope, d: contracts.PaymentOverdue) -> list[FactDraft]:
    # One installment passes several thresholds (1, 30, 60... days): count it once.
    return [
        FactDraft(
            Measure.overdue_receivables,
            d.outstanding.amount,
            d.outstanding.currency,
            d.as_of,
            d.installment_id,
            d.owner,
            d.customer_id,
        )
    ]


def _customer_registered(env: Envelope, d: crm.CustomerRegistered) -> list[FactDraft]:
    return [
        FactDraft(
            Measure.new_customers,
            Decimal(1),
            COUNT,
            env.time,
            d.customer_id,
            d.owner,
            d.customer_id,
            channel=d.channel,
        )
    ]


def _feedback_received(env: Envelope, d: crm.FeedbackReceived) -> list[FactDraft]:
    return [
        FactDraft(
            Measure.satisfaction,
            Decimal(d.score),
            SCORE,
            env.time,
            f"feedback:{d.feedback_id}",
            d.owner,
            d.customer_id,
        )
    ]


def _complaint_resolved(env: Envelope, d: crm.ComplaintResolved) -> list[FactDraft]:
    if d.satisfaction is None:
        return []
    return [
        FactDraft(
            Measure.satisfaction,
            Decimal(d.satisfaction),
            SCORE,
            d.resolved_at,
            f"complaint:{d.complaint_id}",
            None,
            d.customer_id,
        )
    ]


def _complaint_responded(env: Envelope, d: crm.ComplaintResponded) -> list[FactDraft]:
    common: dict[str, Any] = {
        "occurred_at": d.responded_at,
        "key": d.complaint_id,
        "person": None,
        "customer_id": d.customer_id,
    }
    minutes = Decimal(str(d.response_minutes)).quantize(Decimal("0.01"))
    return [
        FactDraft(Measure.complaint_within_deadline, Decimal(int(d.within_deadline)), FLAG, **common),
        FactDraft(Measure.response_minutes, minutes, MINUTES, **common),
    ]


def _evaluation_recorded(env: Envelope, d: kpi.EvaluationRecorded) -> list[FactDraft]:
    if d.teamwork_score is None or d.subject_type != "person":
        return []
    return [
        FactDraft(
            Measure.teamwork,
            Decimal(d.teamwork_score),
            SCORE,
            env.time,
            d.evaluation_id,
            d.subject_id,
            month=months_in(d.period)[0],
        )
    ]


EXTRACTORS: dict[str, Callable[[Envelope, EventData], list[FactDraft]]] = {
    "contracts.contract.signed": _contract_signed,  # type: ignore[dict-item]
    "contracts.payment.received": _payment_received,  # type: ignore[dict-item]
    "contracts.contract.terminated": _contract_terminated,  # type: ignore[dict-item]
    "projects.project.cancelled": _project_cancelled,  # type: ignore[dict-item]
    "contracts.invoice.issued": _invoice_issued,  # type: ignore[dict-item]
    "contracts.payment.overdue": _payment_overdue,  # type: ignore[dict-item]
    "crm.customer.registered": _customer_registered,  # type: ignore[dict-item]
    "crm.feedback.received": _feedback_received,  # type: ignore[dict-item]
    "crm.complaint.resolved": _complaint_resolved,  # type: ignore[dict-item]
    "crm.complaint.responded": _complaint_responded,  # type: ignore[dict-item]
    "kpi.evaluation.recorded": _evaluation_recorded,  # type: ignore[dict-item]
}

# Service records and recurring duties (issue 21): their extractors live beside.
from ptp_kpi.domain.supervision_facts import SUPERVISION_EXTRACTORS  # noqa: E402

EXTRACTORS.update(SUPERVISION_EXTRACTORS)

# A recommended response follows the risk event that caused it: not a risk event of its own.
# Nor is the register's bookkeeping (issue 21): an assessment recorded (the periodic review kpi's
# duty calendar watches; a level it moves is risk.level.changed), a risk closed or reopened.
NOT_RISK_EVENTS = frozenset({
    "risk.response.required", "risk.assessment.recorded", "risk.risk.closed", "risk.risk.reopened",
})


def is_risk_event(event_type: str) -> bool:
    return event_type.startswith("risk.") and event_type not in NOT_RISK_EVENTS


def facts_from(env: Envelope, data: EventData) -> list[FactDraft]:
    """The facts one event yields (none for events that measure nothing)."""
    extractor = EXTRACTORS.get(env.type)
    if extractor is not None:
        facts = extractor(env, data)
    elif is_risk_event(env.type):
        facts = [
            FactDraft(
                Measure.risk_events,
                Decimal(1),
                COUNT,
                env.time,
                env.id,
                None,
                getattr(data, "customer_id", None),
            )
        ]
    else:
        facts = []
    return facts


# Events whose ``owner`` is the business specialist owning the customer (elsewhere an
# owner may be a task's or a risk's owner, who does not own the customer).
OWNERSHIP_EVENTS = frozenset({"crm.customer.registered", "crm.lead.converted", "crm.solution.accepted"})


def ownership(event_type: str, data: EventData) -> tuple[str, str] | None:
    """(customer id, owning specialist) when an event states who owns a customer."""
    if not (event_type in OWNERSHIP_EVENTS or event_type.startswith("contracts.")):
        return None
    customer_id = getattr(data, "customer_id", None)
    owner = getattr(data, "owner", None)
    if isinstance(customer_id, str) and isinstance(owner, str) and owner:
        return customer_id, owner
    return None


def attribute(fact: FactDraft, actor: str | None, customer_owner: str | None) -> str | None:
    """Who a fact counts for: its stated owner, else the person who acted, else the
    customer's owner (e.g. a risk event raised by the risk service)."""
    return fact.person or human_actor(actor) or customer_owner
