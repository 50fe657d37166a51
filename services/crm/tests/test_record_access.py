"""A client representative sees their own customer in crm and nothing of anyone else's (issue 17, item 3)."""

from __future__ import annotations

import pytest
from crm_testkit import SPECIALIST, Crm
from ptp_common.testing.clients import bearer

pytestmark = pytest.mark.integration


async def test_a_representative_reads_only_their_own_customer_and_no_staff_records(crm: Crm) -> None:
    mine = await crm.ok("POST", "/api/v1/customers", SPECIALIST, 201, json={"name": "Acme Logistics Ltd"})
    other = await crm.ok("POST", "/api/v1/customers", SPECIALIST, 201, json={"name": "Beta GmbH"})
    rep = bearer(["client_representative"], sub="rita.rep", customer_id=mine["id"])

    listed = await crm.ok("GET", "/api/v1/customers", rep)
    assert [c["id"] for c in listed["items"]] == [mine["id"]]
    own = await crm.ok("GET", f"/api/v1/customers/{mine['id']}", rep)
    assert own["name"] == "Acme Logistics Ltd"
    assert own["risk"] is None  # the credit flag is staff's, not the client's
    # Another customer's record is as if it did not exist.
    for url in (f"/api/v1/customers/{other['id']}", f"/api/v1/customers/{other['id']}/contacts"):
        answer = await crm.client.get(url, headers=rep)
        assert answer.status_code == 404, (url, answer.text)
    # Kinds of record a representative never reads: 403, whatever the customer.
    for url in (
        "/api/v1/leads",
        "/api/v1/opportunities",
        "/api/v1/solutions",
        "/api/v1/initiations",
        "/api/v1/complaints",
        "/api/v1/feedback",
        "/api/v1/research-reports",
    ):
        answer = await crm.client.get(url, headers=rep)
        assert answer.status_code == 403, (url, answer.text)
        assert answer.headers["content-type"].startswith("application/problem+json")
    # A representative's token that names no customer sees nothing at all.
    unbound = bearer(["client_representative"], sub="rita.rep")
    answer = await crm.client.get("/api/v1/customers", headers=unbound)
    assert answer.status_code == 403 and "customer_id" in answer.json()["detail"]
    # Staff are not restricted.
    assert len((await crm.ok("GET", "/api/v1/customers", SPECIALIST))["items"]) == 2
