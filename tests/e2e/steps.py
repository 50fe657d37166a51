"""REST steps of the end-to-end scenarios.

The deal's steps (scenario 1) are the demo's own (``ptp_suite.demo``), reused here so the flow is
written once; like them, these call the suite through the generated client (``ptp_client``), so the
OpenAPI documents cannot drift from the behaviour. This module adds what only the tests need: a
client with test tokens, contracts made directly for a customer (scenario 2), complaints (scenario
3), and reads of risk and KPI.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import httpx
from ptp_client import Problem
from ptp_client.contracts.api.contract_lifecycle import (
    approve_contract as approve,
)
from ptp_client.contracts.api.contract_lifecycle import (
    start_contract_signing as start_signing,
)
from ptp_client.contracts.api.contract_lifecycle import (
    submit_contract as submit,
)
from ptp_client.contracts.api.contracts import create_contract
from ptp_client.contracts.api.signing_policy import (
    get_signing_policy as get_policy,
)
from ptp_client.crm.api.complaints import open_complaint as open_complaint_op
from ptp_client.crm.api.customers import create_customer, get_customer
from ptp_client.kpi.api.metrics import (
    get_indicator_value as indicator_value,
)
from ptp_client.risk.api.credit_profiles import (
    get_credit_profile as read_profile,
)
from ptp_common.testing.clients import bearer
from ptp_suite import demo
from ptp_suite.demo import (
    KINDS,
    Api,
    People,
    StepFailed,
    expect,
    items,
    now_iso,
    sign,
    today,
    wait_until,
)

__all__ = ["StepFailed", "expect", "items", "sign", "today", "wait_until"]


def testing_tokens(roles: list[str], sub: str, customer_id: str | None = None) -> dict[str, str]:
    return bearer(roles, sub=sub, customer_id=customer_id)


def api_for(client: httpx.Client) -> Api:
    """An Api on the suite as a fresh cast of people (unique per test run)."""
    return Api(client, testing_tokens, People(uuid.uuid4().hex[:8]))


def unique(name: str) -> str:
    return f"{name} {uuid.uuid4().hex[:8]}"


def new_customer(api: Api, name: str) -> dict[str, Any]:
    return api.op(create_customer, "specialist", body={"name": name})  # type: ignore[no-any-return]


def direct_contract(
    api: Api,
    customer: dict[str, Any],
    installments: list[dict[str, Any]],
    total: str = "12000.00",
    **extra: Any,
) -> dict[str, Any]:
    """A contract drafted by hand for ``customer`` (a manager's exception: no accepted solution
    behind it; the specialist owns it), approved by legal, in signing."""
    body = {
        "customer_id": customer["id"],
        "customer_name": customer["name"],
        "owner": api.people.specialist,
        "exception_reason": "framework agreement signed before the deal was in crm",
        "title": "Support contract",
        "scope": "Fleet support",
        "total": total,
        "currency": "EUR",
        "expiry_date": today(700),
        "payment_terms_days": 30,
        "clauses": [{"kind": k, "title": k, "text": k} for k in KINDS],
        "deliverables": [{"deliverable_id": "D1", "name": "Support", "due_date": today(60)}],
        "milestones": [
            {"milestone_id": "M1", "name": "Live", "due_date": today(90), "deliverable_ids": ["D1"]}
        ],
        "acceptance_criteria": [{"criterion_id": "AC1", "description": "works"}],
        "installments": installments,
        **extra,
    }
    contract = once_known(api, create_contract, "manager", body, "body.customer_id")
    cid = {"contract_id": contract["id"]}
    api.op(submit, "specialist", **cid)
    api.op(approve, "legal", **cid, body={})
    return api.op(start_signing, "specialist", **cid)  # type: ignore[no-any-return]


def once_known(api: Api, operation: Any, who: str, body: dict[str, Any], field: str) -> dict[str, Any]:
    """POST ``body``, retried while ``field`` names a record not known there yet: the record's event
    is still on its way from the service that owns it (docs/domain.md, References between services).
    """

    def attempt() -> dict[str, Any] | None:
        found = api.answer(operation, who, body=body)
        if isinstance(found, Problem) and found.status == 422 and field in found.fields():
            return None
        expect(not isinstance(found, Problem), f"{found} (as {who})")
        return found  # type: ignore[no-any-return]

    where = operation.__name__.rsplit(".", 1)[-1]
    return wait_until(attempt, 20.0, what=f"{field} {body.get(field.removeprefix('body.'))} known at {where}")


def run_job(api: Api, service: str, name: str, as_of: str) -> dict[str, Any]:
    return demo.run_job(api, service, name, as_of)


def credit_profile(api: Api, customer_id: str) -> dict[str, Any] | None:
    found = api.answer(read_profile, "manager", customer_id=customer_id)
    if isinstance(found, Problem) and found.status == 404:
        return None
    expect(not isinstance(found, Problem), f"credit profile: {found}")
    return found  # type: ignore[no-any-return]


def wait_credit_level(api: Api, customer_id: str, level: str, timeout: float = 20.0) -> dict[str, Any]:
    def at_level() -> dict[str, Any] | None:
        profile = credit_profile(api, customer_id)
        return profile if profile and profile["level"] == level else None

    return wait_until(at_level, timeout, what=f"risk level {level} for {customer_id}")


def crm_risk_flag(api: Api, customer_id: str) -> dict[str, Any] | None:
    return api.op(get_customer, "specialist", customer_id=customer_id).get("risk")  # type: ignore[no-any-return]


def signing_policy(api: Api, customer_id: str) -> dict[str, Any]:
    return api.op(get_policy, "specialist", customer_id=customer_id)  # type: ignore[no-any-return]


def open_complaint(
    api: Api, customer_id: str, severity: str = "high", minutes_ago: float = 30
) -> dict[str, Any]:
    return api.op(  # type: ignore[no-any-return]
        open_complaint_op,
        "service_agent",
        body={
            "customer_id": customer_id,
            "category": "delivery_delay",
            "severity": severity,
            "channel": "phone",
            "description": "Trackers late",
            "received_at": now_iso(minutes=-minutes_ago),
        },
    )


def kpi_value(api: Api, name: str, **scope: str) -> Any:
    year = str(dt.datetime.now(dt.UTC).year)
    return api.op(indicator_value, "manager", name=name, period=year, **scope)["value"]


def wait_kpi(api: Api, name: str, expected: Decimal, timeout: float = 20.0, **scope: str) -> Decimal:
    """Poll a KPI indicator until it reads ``expected``; fail with the last value read."""
    seen: list[Any] = []

    def reached() -> bool:
        value = kpi_value(api, name, **scope)
        seen.append(value)
        return value is not None and Decimal(str(value)) == expected

    try:
        wait_until(reached, timeout, what=f"KPI {name} {scope} = {expected}")
    except StepFailed as exc:
        raise StepFailed(f"{exc}; last read {seen[-1:]!r}") from None
    return expected
