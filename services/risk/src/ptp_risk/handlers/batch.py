"""A delivered batch's reference and credit events, applied together (``BATCH_HANDLERS``).

One by one, each event looks up the records it names and loads every fact of its customer (some
fifteen statements an event, contract.signed and project.planned being most of the traffic).
Here the profiles of the credit events' customers are locked at once (in customer order, so
concurrent batches cannot deadlock), the rows all of the batch's events read then loaded at once
(``db.batch_rows``: one SELECT per table), then each event is applied in delivery order by the same
code its per-event handler runs, reading and adding rows in that cache: the rows and events left
are those the events leave one by one. The ORM writes the changes when the SAVEPOINT ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ptp_common.db.uow import UnitOfWork
from ptp_common.messaging.consumer import Delivered, Handler

from ptp_risk.db import batch_rows, credit_store
from ptp_risk.db.models import (
    ComplaintFact,
    ContractFact,
    InstallmentFact,
    KnownContract,
    KnownCustomer,
    KnownProject,
    PaymentFact,
)
from ptp_risk.handlers import references
from ptp_risk.handlers.credit import OBSERVATIONS, customer_of
from ptp_risk.usecases.credit_profiles import refresh_profile
from ptp_risk.usecases.credit_register import OVERDUE_RATE, credit_source_key

# What each type records of other services' records (before its credit observation, if any,
# as HANDLERS' in_turn does for contract.signed).
REFERENCES: dict[str, Handler] = {
    "contracts.contract.drafted": references.on_contract,
    "contracts.contract.signed": references.on_contract,
    "projects.project.planned": references.on_project_planned,
    "crm.customer.registered": references.on_customer_registered,
}
TYPES = sorted({*REFERENCES, *OBSERVATIONS})

# The fields naming each cached table's key in the events' data.
_REFERENCE_KEYS: dict[type[Any], str] = {
    KnownCustomer: "customer_id",
    KnownContract: "contract_id",
    KnownProject: "project_id",
}
_FACT_KEYS: dict[type[Any], str] = {
    ContractFact: "contract_id",
    InstallmentFact: "installment_id",
    PaymentFact: "payment_id",
    ComplaintFact: "complaint_id",
}


def _named(events: Sequence[Delivered], fields: dict[type[Any], str]) -> dict[type[Any], set[str]]:
    """model -> the keys the events name (a field absent or None names nothing)."""
    named: dict[type[Any], set[str]] = {model: set() for model in fields}
    for e in events:
        for model, name in fields.items():
            value = getattr(e.data, name, None)
            if isinstance(value, str):
                named[model].add(value)
    return named


async def on_events(events: Sequence[Delivered], uow: UnitOfWork) -> None:
    session = uow.session
    credit = [e for e in events if e.env.type in OBSERVATIONS]
    customers = {customer_of(e.data) for e in credit}
    # The profiles locked first, the facts read after, as one by one: a concurrent transaction of
    # one of these customers commits its facts before we read them (or waits for ours).
    profiles = await credit_store.lock_profiles(session, customers, _now()) if customers else {}
    async with batch_rows.loaded(
        session,
        references=_named([e for e in events if e.env.type in REFERENCES], _REFERENCE_KEYS),
        fact_customers=customers,
        facts=_named(credit, _FACT_KEYS),
    ):
        await batch_rows.load_risks(session, [credit_source_key(c) for c in customers], [OVERDUE_RATE])
        for e in events:
            with e.handling():
                if (remember := REFERENCES.get(e.env.type)) is not None:
                    await remember(e.env, e.data, uow)
                if (observe := OBSERVATIONS.get(e.env.type)) is not None:
                    await observe(session, e.data)
                    await refresh_profile(uow, profiles[customer_of(e.data)], e.env)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
