"""References to crm's records through REST: a contract names a customer crm registered and starts
from an accepted solution or a manager's exception; contracts learns both from crm's events only."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from contracts_testkit import MANAGER, SPECIALIST, contract_body, crm_registers, deliver, outbox_events
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.crm import CustomerUpdated, SolutionAccepted
from ptp_common.testing.clients import running_app
from ptp_contracts.service import definition

pytestmark = pytest.mark.integration

REASON = "renewal of the 2025 framework agreement"


def by_hand(customer_id: str, **changes: Any) -> dict[str, Any]:
    """A contract body with neither a solution nor an exception: each test adds the origin it tries."""
    body = contract_body(customer_id=customer_id)
    del body["exception_reason"]
    return {**body, **changes}


def field_of(r: httpx.Response) -> set[str]:
    assert r.status_code == 422, r.text
    return {e["field"] for e in r.json()["errors"]}


def solution(solution_id: str, customer_id: str, customer_name: str = "Beta Corp") -> SolutionAccepted:
    return SolutionAccepted(
        solution_id=solution_id,
        version=1,
        opportunity_id=f"opp-{solution_id}",
        customer_id=customer_id,
        customer_name=customer_name,
        owner="sam",
        title="Fleet tracking",
        scope="GPS units on 40 trucks",
        price_estimate=MoneyAmount(amount="8000.00", currency="EUR"),  # type: ignore[arg-type]
    )


async def test_a_customer_crm_registered_is_usable_once_its_event_is_applied(database_url: str) -> None:
    """The window: crm has the customer, its event has not reached contracts yet -> 422 naming the
    field; once crm.customer.registered is applied the same request is 201."""
    async with running_app(definition, database_url) as (_, client, runtime):
        body = by_hand("cus-new", exception_reason=REASON, customer_name=None)
        before = await client.post("/api/v1/contracts", json=body, headers=MANAGER)
        assert field_of(before) == {"body.customer_id"}
        assert "not known to contracts" in before.json()["detail"]

        await crm_registers(runtime, "cus-new", "Newco Ltd")
        after = await client.post("/api/v1/contracts", json=body, headers=MANAGER)
        assert after.status_code == 201, after.text
        assert after.json()["customer_name"] == "Newco Ltd"  # crm's name when none is given

        # crm renames it: the next contract takes the new name.
        await deliver(runtime, "crm", CustomerUpdated(customer_id="cus-new", changes={"name": "Newco Group"}))
        renamed = await client.post("/api/v1/contracts", json=body, headers=MANAGER)
        assert renamed.json()["customer_name"] == "Newco Group"

        # A made-up customer stays refused (the defect: it used to be 201).
        made_up = await client.post(
            "/api/v1/contracts", json=by_hand("cus-nobody", exception_reason=REASON), headers=MANAGER
        )
        assert field_of(made_up) == {"body.customer_id"}


async def test_a_contract_starts_from_an_accepted_solution_or_a_managers_exception(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_, client, runtime):
        await crm_registers(runtime, "cus-1")

        async def post(body: dict[str, Any], headers: dict[str, str] = SPECIALIST) -> httpx.Response:
            return await client.post("/api/v1/contracts", json=body, headers=headers)

        # Neither a solution nor an exception (the defect: it used to be 201).
        assert field_of(await post(by_hand("cus-1"))) == {"body.solution_id"}
        # Only a manager approves an exception.
        refused = await post(by_hand("cus-1", exception_reason=REASON))
        assert refused.status_code == 403 and refused.json()["required_roles"] == ["manager"]
        assert field_of(await post(by_hand("cus-1", exception_reason=REASON, solution_id="sol-1"))) == {
            "body.exception_reason"
        }
        # A solution contracts never heard of.
        unknown = await post(by_hand("cus-1", solution_id="sol-1"))
        assert field_of(unknown) == {"body.solution_id"}

        # The manager's exception: reason and approver on the contract, in revision 1 and the event.
        created = await post(by_hand("cus-1", exception_reason=REASON), MANAGER)
        assert created.status_code == 201, created.text
        contract = created.json()
        assert contract["exception_reason"] == REASON and contract["exception_approved_by"] == "max"
        assert contract["solution_id"] is None and contract["owner"] == "sam"
        revisions = (
            await client.get(f"/api/v1/contracts/{contract['id']}/revisions", headers=MANAGER)
        ).json()["items"]
        assert revisions[0]["author"] == "max" and REASON in revisions[0]["summary"]
        (drafted,) = await outbox_events(runtime, "contracts.contract.drafted")
        assert drafted["data"]["exception_reason"] == REASON
        assert drafted["data"]["exception_approved_by"] == "max"

        # crm.solution.accepted: contracts drafts from it (and learns its customer, never registered
        # here before); the solution is then used, so a second contract from it is 409 naming the draft.
        await deliver(runtime, "crm", solution("sol-1", "cus-beta"))
        page = (
            await client.get("/api/v1/contracts", params={"customer_id": "cus-beta"}, headers=MANAGER)
        ).json()
        (draft,) = page["items"]
        assert draft["solution_id"] == "sol-1"
        again = await post(by_hand("cus-beta", solution_id="sol-1"))
        assert again.status_code == 409 and again.json()["contract_id"] == draft["id"], again.text
        # Another customer's solution.
        assert field_of(await post(by_hand("cus-1", solution_id="sol-1"))) == {"body.solution_id"}
        # The solution's customer is known: a manager's exception for it passes.
        assert (await post(by_hand("cus-beta", exception_reason=REASON), MANAGER)).status_code == 201
