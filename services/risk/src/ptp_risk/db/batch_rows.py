"""The rows a delivered batch of risk's events reads, loaded with one statement per table.

Applied one by one, each reference or credit event looks its rows up by key (the known
customer, contract and project; the contract, installment, payment or complaint fact; the
customer's register risk and its overdue-rate indicator) and loads every fact of its customer
anew: some fifteen statements an event. The batch handler (``handlers.batch``) instead loads,
once per batch, every row its events can read, keeps them here (on ``session.info``) and applies
the events in order with the very same code: ``get`` answers a key from here, ``add`` records a
row an event creates, ``facts_of`` stands for the four fact queries. The ORM's flush when the
batch's SAVEPOINT ends writes what the events changed.

A key that was looked up and not found does not exist: the event creates it, without a SELECT.
A key that was not looked up falls through to the session, so a row the loading missed is never
taken as new. Only the batch handler sets this up, and always removes it (``loaded``): the
per-event handlers, which take over when a batch fails, query as before.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, inspect, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_risk.db.models import (
    ComplaintFact,
    ContractFact,
    Indicator,
    InstallmentFact,
    KnownContract,
    KnownCustomer,
    KnownProject,
    PaymentFact,
    Risk,
)

INFO_KEY = "ptp_risk.batch_rows"
FACTS: tuple[type[Any], ...] = (ContractFact, InstallmentFact, PaymentFact, ComplaintFact)
REFERENCES: tuple[type[Any], ...] = (KnownCustomer, KnownContract, KnownProject)

M = TypeVar("M")


@dataclass
class BatchRows:
    # model -> key -> row, loaded or created by the batch's events
    found: dict[type[Any], dict[str, Any]] = field(default_factory=dict)
    # model -> keys loaded: one of them absent from ``found`` is not in the database
    looked_up: dict[type[Any], set[str]] = field(default_factory=dict)
    # customers every fact of whom is in ``found``
    facts_loaded: set[str] = field(default_factory=set)
    # register risks by source key (None: there is none), for the keys loaded
    risks: dict[str, Risk | None] = field(default_factory=dict)
    # (risk id, indicator name) -> the indicator (None: there is none), for the risks loaded
    indicators: dict[tuple[str, str], Indicator | None] = field(default_factory=dict)

    def _keep(self, model: type[Any], rows: Collection[Any], keys: Collection[str]) -> None:
        found = self.found.setdefault(model, {})
        for row in rows:
            found[_key_of(row)] = row
        self.looked_up.setdefault(model, set()).update(keys, found)


def batch_rows(session: AsyncSession) -> BatchRows | None:
    """The current batch's rows, or None outside a batch handler."""
    return session.info.get(INFO_KEY)


_KEY_COLUMNS: dict[type[Any], Any] = {}


def _key_column(model: type[Any]) -> Any:
    if (column := _KEY_COLUMNS.get(model)) is None:
        (column,) = inspect(model).primary_key  # every cached model has a one-column key
        _KEY_COLUMNS[model] = column
    return column


def _key_of(row: Any) -> str:
    return str(getattr(row, _key_column(type(row)).key))


async def get(session: AsyncSession, model: type[M], key: str) -> M | None:
    """``session.get`` answered from the batch's rows when the batch looked ``key`` up."""
    rows = batch_rows(session)
    if rows is not None and key in rows.looked_up.get(model, ()):
        found: M | None = rows.found[model].get(key)
        return found
    return await session.get(model, key)


def add(session: AsyncSession, row: Any) -> None:
    """``session.add``, and the batch's later events find the row without a query."""
    session.add(row)
    rows = batch_rows(session)
    if rows is not None:
        rows._keep(type(row), [row], ())


def facts_of(session: AsyncSession, customer_id: str) -> dict[type[Any], list[Any]] | None:
    """Every fact row of the customer (loaded or created by the batch), by table, in key order;
    None when this is not a batch that loaded the customer's facts."""
    rows = batch_rows(session)
    if rows is None or customer_id not in rows.facts_loaded:
        return None
    return {
        model: sorted(
            (r for r in rows.found.get(model, {}).values() if r.customer_id == customer_id), key=_key_of
        )
        for model in FACTS
    }


_ROWS_OF: dict[tuple[type[Any], bool, bool], Select[Any]] = {}


def _rows_of(model: type[Any], *, by_customer: bool, by_key: bool) -> Select[Any]:
    """``SELECT model WHERE customer_id IN :customers OR key IN :keys`` (the parts asked for), built
    once: expanding parameters, so it is compiled and keyed once whatever the number of values."""
    if (stmt := _ROWS_OF.get((model, by_customer, by_key))) is None:
        conditions = []
        if by_customer:
            conditions.append(model.customer_id.in_(bindparam("customers", expanding=True)))
        if by_key:
            conditions.append(_key_column(model).in_(bindparam("keys", expanding=True)))
        stmt = _ROWS_OF[model, by_customer, by_key] = select(model).where(or_(*conditions))
    return stmt


@asynccontextmanager
async def loaded(
    session: AsyncSession,
    *,
    references: Mapping[type[Any], Collection[str]],
    fact_customers: Collection[str],
    facts: Mapping[type[Any], Collection[str]],
) -> AsyncIterator[BatchRows]:
    """Load the known records named (``references``: model -> keys), every fact of
    ``fact_customers`` plus the fact rows named (``facts``: model -> keys), one SELECT per table;
    the batch's rows while the block runs, gone after it whatever happens."""
    rows = BatchRows()
    try:
        for model in REFERENCES:
            keys = set(references.get(model, ()))
            if keys:
                stmt = _rows_of(model, by_customer=False, by_key=True)
                found = (await session.execute(stmt, {"keys": sorted(keys)})).scalars()
                rows._keep(model, list(found), keys)
        customers = sorted(set(fact_customers))
        for model in FACTS:
            keys = set(facts.get(model, ()))
            if customers or keys:
                # a key may name a row of another customer: loaded too, so "absent" stays true
                stmt = _rows_of(model, by_customer=bool(customers), by_key=bool(keys))
                params = {"customers": customers, "keys": sorted(keys)}
                rows._keep(model, list((await session.execute(stmt, params)).scalars()), keys)
        rows.facts_loaded.update(customers)
        session.info[INFO_KEY] = rows
        yield rows
    finally:
        session.info.pop(INFO_KEY, None)


async def load_risks(
    session: AsyncSession, source_keys: Collection[str], indicator_names: Collection[str]
) -> None:
    """Into the current batch: the register risks of ``source_keys`` (one SELECT) and their
    indicators named ``indicator_names`` (one more, if any risk was found)."""
    rows = batch_rows(session)
    assert rows is not None, "only inside loaded()"
    keys = sorted(set(source_keys))
    if not keys:
        return
    stmt = select(Risk).where(Risk.source_key.in_(keys))
    found = {r.source_key: r for r in (await session.execute(stmt)).scalars()}
    rows.risks.update({k: found.get(k) for k in keys})
    names = sorted(set(indicator_names))
    risk_ids = sorted(r.id for r in found.values())
    if not (risk_ids and names):
        return
    seen: dict[tuple[str, str], list[Indicator]] = {(r, n): [] for r in risk_ids for n in names}
    stmt_i = select(Indicator).where(Indicator.risk_id.in_(risk_ids), Indicator.name.in_(names))
    for indicator in (await session.execute(stmt_i)).scalars():
        seen[indicator.risk_id, indicator.name].append(indicator)
    # two of one name: left to the query, which refuses them as it does one event at a time
    rows.indicators.update({k: (v[0] if v else None) for k, v in seen.items() if len(v) < 2})


async def risk_of_source(session: AsyncSession, source_key: str) -> Risk | None:
    """The register's risk raised from ``source_key`` (not locked), from the batch if it loaded it."""
    rows = batch_rows(session)
    if rows is not None and source_key in rows.risks:
        return rows.risks[source_key]
    stmt = select(Risk).where(Risk.source_key == source_key)
    return (await session.execute(stmt)).scalar_one_or_none()


async def indicator_of(session: AsyncSession, risk_id: str, name: str) -> Indicator | None:
    """The risk's indicator called ``name``, from the batch if it loaded it."""
    rows = batch_rows(session)
    if rows is not None and (risk_id, name) in rows.indicators:
        return rows.indicators[risk_id, name]
    stmt = select(Indicator).where(Indicator.risk_id == risk_id, Indicator.name == name)
    return (await session.execute(stmt)).scalar_one_or_none()


def raised(session: AsyncSession, risk: Risk, indicator_names: Collection[str] = ()) -> None:
    """A risk the batch's events raised: later events find it (and know it has no indicators
    of ``indicator_names`` yet)."""
    rows = batch_rows(session)
    if rows is not None and risk.source_key is not None:
        rows.risks[risk.source_key] = risk
        rows.indicators.update({(risk.id, n): None for n in indicator_names})


def indicator_added(session: AsyncSession, indicator: Indicator) -> None:
    rows = batch_rows(session)
    if rows is not None:
        rows.indicators[indicator.risk_id, indicator.name] = indicator
