"""Facts of the service records and recurring duties (issue 21).

- ``crm.inquiry.responded``: minutes to the first response, for the agent who responded
  (indicator ``service_response_time``); ``crm.inquiry.resolved``: minutes to the full answer
  (``inquiry_resolution_time``).
- ``crm.service_session.recorded``: one consulting or training session, for tech_support who gave
  it (``consulting_and_training``).
- ``kpi.duty.missed``: one missed duty period, for the duty's owner (``duties_missed``, teamwork)
  and a 0 in ``duty_on_time`` (``duty_on_time_rate``, service); ``kpi.duty.fulfilled`` a 1.
  The month is the one the duty's period ended in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import crm, kpi

from ptp_kpi.domain.indicators import Measure

if TYPE_CHECKING:
    from ptp_kpi.domain.facts import FactDraft

COUNT, MINUTES, FLAG = "count", "minutes", "flag"


def _draft(*args, **kw):  # type: ignore[no-untyped-def]
    from ptp_kpi.domain.facts import FactDraft

    return FactDraft(*args, **kw)


def _minutes(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _inquiry_responded(env: Envelope, d: crm.InquiryResponded) -> list[FactDraft]:
    return [_draft(Measure.inquiry_response_minutes, _minutes(d.response_minutes), MINUTES,
                   d.responded_at, f"inquiry:{d.inquiry_id}", d.responded_by, d.customer_id)]


def _inquiry_resolved(env: Envelope, d: crm.InquiryResolved) -> list[FactDraft]:
    return [_draft(Measure.inquiry_resolution_minutes, _minutes(d.resolution_minutes), MINUTES,
                   d.resolved_at, f"inquiry:{d.inquiry_id}", d.resolved_by, d.customer_id)]


def _session_recorded(env: Envelope, d: crm.ServiceSessionRecorded) -> list[FactDraft]:
    return [_draft(Measure.service_sessions, Decimal(1), COUNT, d.started_at,
                   f"session:{d.session_id}", d.given_by, d.customer_id, channel=d.kind)]


def _duty_key(d: kpi.DutyMissed | kpi.DutyFulfilled) -> str:
    return f"duty:{d.kind}:{d.subject_id}:{d.period}"


def _period_last_moment(d: kpi.DutyMissed | kpi.DutyFulfilled) -> dt.datetime:
    """The duty counts in the month its period ends in (its end is exclusive): the business month
    of the period's last moment. Duty periods are the company's calendar periods
    (domain/duties.py), so that is the period's own month (a week's: the month of its last day)."""
    return d.period_end - dt.timedelta(microseconds=1)


def _duty_missed(env: Envelope, d: kpi.DutyMissed) -> list[FactDraft]:
    if d.owner is None:
        return []  # a role's pool: nobody's figures (listed per role instead)
    common = {"occurred_at": d.due_at, "key": _duty_key(d), "person": d.owner,
              "month_at": _period_last_moment(d)}
    return [_draft(Measure.duties_missed, Decimal(1), COUNT, **common),
            _draft(Measure.duty_on_time, Decimal(0), FLAG, **common)]


def _duty_fulfilled(env: Envelope, d: kpi.DutyFulfilled) -> list[FactDraft]:
    if d.owner is None:
        return []
    return [_draft(Measure.duty_on_time, Decimal(1), FLAG, d.fulfilled_at, _duty_key(d), d.owner,
                   month_at=_period_last_moment(d))]


SUPERVISION_EXTRACTORS: dict[str, Callable[[Envelope, EventData], list[FactDraft]]] = {
    "crm.inquiry.responded": _inquiry_responded,  # type: ignore[dict-item]
    "crm.inquiry.resolved": _inquiry_resolved,  # type: ignore[dict-item]
    "crm.service_session.recorded": _session_recorded,  # type: ignore[dict-item]
    "kpi.duty.missed": _duty_missed,  # type: ignore[dict-item]
    "kpi.duty.fulfilled": _duty_fulfilled,  # type: ignore[dict-item]
}
