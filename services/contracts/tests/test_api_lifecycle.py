"""The whole lifecycle through REST alone: draft -> review -> revision -> signed -> paid -> settled."""

from __future__ import annotations

import pytest
from contracts_testkit import (
    CLIENT_REP,
    FINANCE,
    LEGAL,
    SPECIALIST,
    Walker,
    accept_project,
    etag,
    outbox_events,
)
from ptp_common.testing.clients import running_app
from ptp_contracts.service import definition

pytestmark = pytest.mark.integration


async def test_draft_to_signed_to_settled_through_rest(database_url: str) -> None:
    async with running_app(definition, database_url) as (_, client, runtime):
        api = Walker(client, runtime)
        c = await api.draft()
        cid = c["id"]
        assert c["status"] == "draft" and c["owner"] == "sam" and c["revision"] == 1

        # Legal returns, the specialist reworks; every change is a revision.
        await api.call("POST", f"/contracts/{cid}/submit", SPECIALIST)
        await api.call("POST", f"/contracts/{cid}/return", LEGAL, json={"comments": "cap liability"})
        await api.call("POST", f"/contracts/{cid}/reopen", SPECIALIST)
        await api.call(
            "PATCH",
            f"/contracts/{cid}",
            SPECIALIST,
            json={
                "summary": "liability capped",
                "clauses": [
                    *c["clauses"][:5],
                    {"kind": "breach_liability", "title": "cap", "text": "capped at total"},
                ],
            },
        )
        await api.call("POST", f"/contracts/{cid}/submit", SPECIALIST)
        await api.call("POST", f"/contracts/{cid}/approve", LEGAL, json={"comments": "ok"})
        await api.call("POST", f"/contracts/{cid}/negotiate", SPECIALIST)
        r = await client.get(f"/api/v1/contracts/{cid}", headers=SPECIALIST)
        c = await api.call(
            "PATCH",
            f"/contracts/{cid}",
            {**SPECIALIST, **etag(r)},
            json={
                "summary": "client asked for a bigger advance",
                "installments": [
                    {"amount": "4000.00", "trigger": "on_signing"},
                    {"amount": "5000.00", "trigger": "milestone", "milestone_id": "M1"},
                    {"amount": "3000.00", "trigger": "acceptance"},
                ],
            },
        )
        assert c["revision"] == 3
        history = (await api.call("GET", f"/contracts/{cid}/revisions", SPECIALIST))["items"]
        # Revision 1 is the manager's exception (the draft has no accepted solution behind it).
        assert [(h["number"], h["author"]) for h in history] == [(1, "max"), (2, "sam"), (3, "sam")]
        assert history[2]["changed_fields"] == ["installments"]
        assert history[2]["changes"]["installments"]["from"][0]["amount"] == "3000.00"
        assert history[2]["changes"]["installments"]["to"][0]["amount"] == "4000.00"
        # The change after approval withdrew it: revision 3 goes back to legal before signing.
        assert (c["approved_revision"], c["status"]) == (2, "negotiation")
        await api.call("POST", f"/contracts/{cid}/submit", SPECIALIST)
        c = await api.call("POST", f"/contracts/{cid}/approve", LEGAL, json={"comments": "advance ok"})
        assert c["approved_revision"] == 3
        reviews = (await api.call("GET", f"/contracts/{cid}/reviews", LEGAL))["items"]
        assert [(x["decision"], x["reviewer"], x["revision"]) for x in reviews] == [
            ("returned", "lee", 1),
            ("approved", "lee", 2),
            ("approved", "lee", 3),
        ]

        await api.call("POST", f"/contracts/{cid}/start-signing", SPECIALIST)
        c = await api.sign(cid, "company")
        assert c["status"] == "signing"
        c = await api.sign(cid, "client", CLIENT_REP)
        assert c["status"] == "signed" and c["effective_date"] is not None
        assert {s["side"]: s["signer_identity"] for s in c["signatures"]} == {
            "company": "company-id-1",
            "client": "client-id-1",
        }
        # GET reads plain rows of one statement (api.common.CONTRACT_ROWS: three installments
        # joined with two signatures), the signing answered from the ORM: the same representation.
        assert await api.call("GET", f"/contracts/{cid}", SPECIALIST) == c

        schedule = await api.call("GET", f"/contracts/{cid}/schedule", FINANCE)
        advance = schedule["installments"][0]
        assert advance["status"] == "invoiced" and advance["invoice"]["amount"] == "4000.00"
        assert [i["status"] for i in schedule["installments"][1:]] == ["scheduled", "scheduled"]

        # Partial then full payment of the advance.
        paid = await api.call(
            "POST",
            f"/installments/{advance['id']}/payments",
            FINANCE,
            201,
            json={"amount": "1500.00", "reference": "tx-1"},
        )
        assert paid["installment_outstanding"] == "2500.00" and paid["contract_outstanding"] == "10500.00"
        await api.call(
            "POST", f"/installments/{advance['id']}/payments", FINANCE, 201, json={"amount": "2500.00"}
        )
        schedule = await api.call("GET", f"/contracts/{cid}/schedule", FINANCE)
        assert schedule["paid"] == "4000.00" and schedule["outstanding"] == "8000.00"
        assert schedule["installments"][0]["status"] == "paid"

        # The project's acceptance opens the settlement (it cannot be opened by hand on a signed contract).
        await accept_project(runtime, c)
        s = await api.call("POST", f"/contracts/{cid}/settlement", SPECIALIST, 200)
        assert s["status"] == "open" and s["kind"] == "acceptance"
        assert s["paid_to_date"] == "4000.00" and s["outstanding"] == s["due"] == "8000.00"
        assert [line["outstanding"] for line in s["lines"]] == ["0.00", "5000.00", "3000.00"]
        sid = s["id"]
        s = await api.call(
            "POST",
            f"/settlements/{sid}/adjust",
            SPECIALIST,
            json={"adjustments": "-500.00", "note": "late delivery penalty"},
        )
        assert s["due"] == "7500.00"
        await api.call("POST", f"/settlements/{sid}/submit", SPECIALIST)
        await api.call("POST", f"/settlements/{sid}/reject", FINANCE, json={"reason": "report missing"})
        await api.call("POST", f"/settlements/{sid}/submit", SPECIALIST)
        await api.call("POST", f"/settlements/{sid}/approve", FINANCE)
        s = await api.call("POST", f"/settlements/{sid}/pay", FINANCE)
        assert s["status"] == "paid" and s["paid_by"] == "fin" and s["due"] == "0.00"
        assert [line["credited"] for line in s["lines"]] == ["0.00", "0.00", "500.00"]
        c = await api.call("GET", f"/contracts/{cid}", SPECIALIST)
        assert c["status"] == "completed"
        schedule = await api.call("GET", f"/contracts/{cid}/schedule", FINANCE)
        assert (schedule["paid"], schedule["outstanding"]) == ("11500.00", "0.00")

        signed = await outbox_events(runtime, "contracts.contract.signed")
        assert len(signed) == 1
        data = signed[0]["data"]
        assert data["customer_id"] == "cus-1" and data["owner"] == "sam"
        assert data["total"] == {"amount": "12000.00", "currency": "EUR"}
        assert (
            data["milestones"][0]["milestone_id"] == "M1"
            and data["milestones"][0]["due_date"] == "2027-03-15"
        )
        assert data["deliverables"][0]["acceptance_criteria"] == ["AC1"]
        assert [(i["trigger"], i["milestone_id"], i["amount"]["amount"]) for i in data["installments"]] == [
            ("on_signing", None, "4000.00"),
            ("milestone", "M1", "5000.00"),
            ("acceptance", None, "3000.00"),
        ]
        assert data["acceptance_criteria"] == [
            {"criterion_id": "AC1", "description": "99% of sensors report hourly"}
        ]
        assert data["scope"] == "Telemetry in 3 warehouses" and data["effective_date"] == c["effective_date"]
        received = await outbox_events(runtime, "contracts.payment.received")
        # Two payments by hand, then the settlement's: the milestone, then the final less its credit.
        assert [e["data"]["contract_outstanding"]["amount"] for e in received] == [
            "10500.00",
            "8000.00",
            "2500.00",
            "0.00",
        ]
        assert [e["data"]["amount"]["amount"] for e in received[2:]] == ["5000.00", "2500.00"]
        for type_ in ("drafted", "submitted_for_review", "returned", "revised", "approved", "completed"):
            assert await outbox_events(runtime, f"contracts.contract.{type_}"), type_
        for type_ in ("requested", "rejected", "approved", "paid"):
            assert await outbox_events(runtime, f"contracts.settlement.{type_}"), type_
        paid_event = (await outbox_events(runtime, "contracts.settlement.paid"))[0]
        assert paid_event["actor"] == "fin" and paid_event["data"]["amount"]["amount"] == "11500.00"
