"""A customer's credit file and the credit views, fed through the embedded (in-process) bus."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from ptp_common.events.envelope import new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import SettlementPaid
from ptp_common.events.schemas.crm import ComplaintOpened
from ptp_common.testing.clients import bearer, running_app
from ptp_risk.service import definition
from risk_support import T0, as_message, eur, overdue, received, signed

pytestmark = pytest.mark.integration

READER = bearer(["finance"], sub="fin")
API = "/api/v1"


async def test_credit_file_shows_profile_facts_history_and_register_risks(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, runtime):
        await asyncio.wait_for(runtime.bus_connected.wait(), 10)

        async def send(data: EventData, source: str = "contracts") -> None:
            await runtime.bus.publish([as_message(new_envelope(source, data))])

        assert (await client.get(f"{API}/credit-profiles/cus-9", headers=READER)).status_code == 404
        await send(signed("cus-9", "8000.00"))
        await send(signed("cus-9", "2000.00", contract="con-2"))
        await send(overdue("cus-9", days=30, outstanding="2000.00"))
        await send(
            received(
                "cus-9",
                at=T0 + dt.timedelta(days=1),
                installment_left="500.00",
                contract_left="6500.00",
                days_late=31,
                amount="1500.00",
            )
        )
        await send(
            ComplaintOpened(
                complaint_id="cmp-1",
                customer_id="cus-9",
                category="billing",
                severity="critical",
                channel="phone",
                received_at=T0,
                response_deadline=T0 + dt.timedelta(days=2),
            ),
            source="crm",
        )
        await send(
            SettlementPaid(
                contract_id="cus-9:con-2",
                customer_id="cus-9",
                owner="sam",
                settlement_id="st-1",
                amount=eur("2000.00"),
                paid_to_date=eur("2000.00"),
                paid_at=T0,
            )
        )

        file = (await client.get(f"{API}/customers/cus-9/credit-file", headers=READER)).json()
        profile = file["profile"]
        assert profile["figures"]["exposure"] == [{"amount": "6500.00", "currency": "EUR"}]
        assert profile["figures"]["overdue_amount"] == [{"amount": "500.00", "currency": "EUR"}]
        assert profile["figures"]["serious_open_complaints"] == 1
        assert (profile["rating"], profile["level"]) == ("D", "high")
        assert any(r.startswith("worst overdue 31 days") for r in profile["reasons"])
        assert [(i["overdue_amount"]["amount"], i["days_overdue"]) for i in file["installments"]] == [
            ("500.00", 31)
        ]
        assert {c["contract_id"]: c["exposure"]["amount"] for c in file["contracts"]} == {
            "cus-9:con-1": "6500.00",
            "cus-9:con-2": "0.00",
        }
        assert len(file["recent_changes"]) == 6  # one per event, each naming its cause
        assert [r["kind"] for r in file["risks"]] == ["credit"]

        risk_url = f"{API}/risks/{file['risks'][0]['id']}"
        indicators = (await client.get(f"{risk_url}/indicators", headers=READER)).json()["items"]
        assert [(i["name"], i["level"]) for i in indicators] == [("overdue receivables rate", "medium")]
        series = await client.get(f"{risk_url}/indicators/{indicators[0]['id']}/observations", headers=READER)
        assert [p["value"] for p in series.json()["items"]] == ["0.200000", "0.058800", "0.076900"]

        high = (await client.get(f"{API}/credit-profiles?level=high", headers=READER)).json()["items"]
        assert [p["customer_id"] for p in high] == ["cus-9"]
        first = await client.get(f"{API}/credit-profiles/cus-9/history?limit=4", headers=READER)
        rest = await client.get(
            f"{API}/credit-profiles/cus-9/history?cursor={first.json()['next_cursor']}", headers=READER
        )
        causes = [c["cause_event_type"] for c in first.json()["items"] + rest.json()["items"]]
        assert causes[0] == "contracts.settlement.paid" and causes[-1] == "contracts.contract.signed"
        assert len(causes) == 6

        config = (await client.get(f"{API}/risk-config", headers=READER)).json()
        assert config["policy"]["medium"] == {
            "response": "reduce",
            "signing_mode": "require_prepayment",
            "min_prepayment_ratio": 0.3,
        }
        assert config["matrix"][4][4] == "high"
