"""The duty calendar (issue 21 item 1), on a fixed clock: each duty kind walks through fulfilled,
due soon and missed; a missed duty shows in the owner's and the team's indicators (kpi REST), and
missing it again is an operational risk in the register (risk REST)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from kpi_events import feed, message
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import crm, kpi, projects, risk
from ptp_common.messaging.consumer import Outcome
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.clock import ManualClock
from ptp_common.testing.waiting import eventually
from ptp_kpi.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
ALICE = bearer(["business_specialist"], sub="alice")
BOB = bearer(["business_specialist"], sub="bob")
RISK_READER = bearer(["manager"], sub="mia")


def at(month: int, day: int, hour: int = 8, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, 0, tzinfo=dt.UTC)


def env(source: str, data: EventData, when: dt.datetime, actor: str) -> Envelope:
    return new_envelope(source, data, subject=None, actor=actor,
                        correlation_id=str(uuid.uuid4()), time=when)


RULES = {
    "market_research": {"period": "month", "owner_role": "business_specialist", "grace_days": 5,
                        "due_soon_days": 7},
    "progress_report": {"period": "week", "owner_role": "project_manager", "grace_days": 2,
                        "due_soon_days": 2},
    "internal_audit": {"period": "quarter", "owner_role": "auditor", "owner_person": "audrey",
                       "grace_days": 15, "due_soon_days": 7},
    "self_check": {"period": "month", "owner_role": "manager", "grace_days": 10,
                   "due_soon_days": 7},
    "risk_review": {"period": "month", "owner_role": "project_manager", "grace_days": 5,
                    "due_soon_days": 7},
}


async def test_each_duty_kind_is_fulfilled_due_soon_and_missed(
        postgres_url: str, new_postgres_database: Any) -> None:
    clock = ManualClock(at(11, 1))
    async with running_app(definition, postgres_url, clock=clock) as (_app, client, runtime):
        async def ok(method: str, url: str, headers: dict[str, str], **kw: Any) -> Any:
            response = await client.request(method, url, headers=headers, **kw)
            assert response.status_code in (200, 201), response.text
            return response.json()

        async def every(url: str, **params: str) -> list[Any]:
            """Every item of a list, read two a page: each call walks the cursor too."""
            items: list[Any] = []
            query = {**params, "limit": "2"}
            while True:
                page = await ok("GET", url, MANAGER, params=query)
                items += page["items"]
                if page["next_cursor"] is None:
                    return items
                query["cursor"] = page["next_cursor"]

        team = await ok("POST", "/api/v1/teams", MANAGER,
                        json={"name": f"north-{uuid.uuid4().hex[:6]}", "department": "Sales",
                              "lead": "lena"})
        for pid, role in [("alice", "business_specialist"), ("lena", "manager"),
                          ("pat", "project_manager"), ("rita", "project_manager")]:
            await ok("POST", "/api/v1/people", MANAGER,
                     json={"id": pid, "name": pid.title(), "role": role, "team_id": team["id"]})
        assert (await client.put("/api/v1/duty-rules/market_research", headers=ALICE,
                                 json=RULES["market_research"])).status_code == 403
        for kind, rule in RULES.items():
            read = await ok("PUT", f"/api/v1/duty-rules/{kind}", MANAGER, json=rule)
            assert read["configured"] and read["effective_from"] == "2026-11-01T08:00:00Z"
        assert [r["kind"] for r in await every("/api/v1/duty-rules")] == sorted(RULES)

        async def duties(**params: str) -> dict[tuple[str, str, str], str]:
            lines = await every("/api/v1/duties", **params)
            order = [(d["kind"], d["subject_id"], d["period_start"]) for d in lines]
            assert order == sorted(set(order))  # by kind, subject and period, each once
            return {(d["kind"], d["subject_id"], d["period"]): d["status"] for d in lines}

        async def missed(**params: str) -> list[tuple[str, str, str, int]]:
            rows = await every("/api/v1/duties/missed", **params)
            ends = [m["period_end"] for m in rows]
            assert ends == sorted(ends, reverse=True)  # newest first
            return sorted((m["kind"], m["subject_id"], m["period"], m["consecutive"]) for m in rows)

        async def check(when: dt.datetime) -> int:
            clock.set(when)
            return int((await runtime.run_job("check-duties"))["missed"])

        # -- November: the subjects arrive, the records that fulfil them too --------------------
        ref = {"project_id": "prj-1", "contract_id": "ctr-1", "customer_id": "cus-1"}
        assessed = {"risk_id": "rsk-1", "assessment_id": "a-1", "kind": "technical",
                    "method": "qualitative", "level": "high", "status": "identified",
                    "owner": "rita", "title": "Supplier may drop the router line",
                    "assessed_by": "rita"}
        assert set(await feed(runtime,
                   env("projects", projects.ProjectPlanned(**ref, name="Fleet rollout", manager="pat"),
                       at(11, 2), "pat"),
                   env("projects", projects.ProjectStarted(**ref, baselined_by="pat"), at(11, 2), "pat"),
                   env("risk", risk.RiskAssessmentRecorded(**assessed, assessed_at=at(11, 3)),
                       at(11, 3), "rita"),
                   env("projects", projects.ProgressReported(**ref, report_id="1", reported_by="pat",
                                                             reported_at=at(11, 4)), at(11, 4), "pat"),
                   env("crm", crm.ResearchFiled(report_id="r-1", title="Telematics",
                                                industry="logistics", filed_by="alice",
                                                filed_at=at(11, 10)), at(11, 10), "alice"),
                              )) == {Outcome.handled}

        clock.set(at(11, 10, 12))
        now = await duties()
        assert now[("market_research", "alice", "2026-11")] == "fulfilled"
        assert now[("risk_review", "rsk-1", "2026-11")] == "fulfilled"
        assert now[("progress_report", "prj-1", "2026-W45")] == "fulfilled"  # in its grace still
        assert now[("progress_report", "prj-1", "2026-W46")] == "open"
        assert now[("self_check", "Sales", "2026-11")] == "open"
        assert now[("internal_audit", "Sales", "2026-Q4")] == "open"
        # per person and per team; someone else's list is not yours to read
        assert set(await duties(person="alice")) == {("market_research", "alice", "2026-11")}
        mine = await ok("GET", "/api/v1/duties", ALICE, params={"person": "alice"})
        assert [d["status"] for d in mine["items"]] == ["fulfilled"] and mine["next_cursor"] is None
        assert (await client.get("/api/v1/duties", headers=BOB,
                                 params={"person": "alice"})).status_code == 403

        clock.set(at(11, 16, 12))
        team_duties = await duties(team=team["id"], status="due_soon")
        assert team_duties == {("progress_report", "prj-1", "2026-W46"): "due_soon"}  # pat's: Nov 18
        assert ("self_check", "Sales", "2026-11") in await duties(team=team["id"])  # the lead's

        # the week's grace ran out: the progress report is missed, once
        assert await check(at(11, 17)) == 0
        assert await check(at(11, 18)) == 1
        assert await check(at(11, 18, 9)) == 0
        assert await missed() == [("progress_report", "prj-1", "2026-W46", 1)]
        assert set(await feed(runtime,
                   env("kpi", kpi.SelfCheckSubmitted(self_check_id="sc-1", department="Sales",
                                                     period="2026-11", items=3, failed_items=0),
                       at(11, 20), "lena"),
                   env("projects", projects.ProjectAccepted(**ref, accepted_at=at(11, 20),
                                                            signed_off_by="cli", rounds=1, results=[]),
                       at(11, 20), "cli"),
                   env("kpi", kpi.AuditCompleted(audit_id="au-1", title="Q4 Sales", kind="compliance",
                                                 department="Sales", auditor="audrey",
                                                 completed_at=at(12, 10), findings=1, open_findings=0),
                       at(12, 10), "audrey"))) == {Outcome.handled}
        # the department's self-check for November came in on Nov 20: lena's duty is done
        clock.set(at(12, 1))
        assert (await duties(kind="self_check"))[("self_check", "Sales", "2026-11")] == "fulfilled"

        # -- December: nothing is done; at the year's end it is due soon ------------------------
        clock.set(at(12, 30))
        now = await duties()
        assert now[("market_research", "alice", "2026-12")] == "due_soon"  # due Jan 5
        assert now[("risk_review", "rsk-1", "2026-12")] == "due_soon"
        assert now[("self_check", "Sales", "2026-12")] == "open"  # due soon from Jan 4
        assert now[("internal_audit", "Sales", "2026-Q4")] == "fulfilled"
        assert not any(k[0] == "progress_report" for k in now)  # the project was accepted
        assert await check(at(12, 30)) == 0

        # -- January: December's self-check, due by the end of Jan 10, is due soon from Jan 4 -
        clock.set(at(1, 5, year=2027))
        assert (await duties(kind="self_check"))[("self_check", "Sales", "2026-12")] == "due_soon"
        # -- January: December's duties are missed, each once ----------------------------------
        assert await check(at(1, 11, year=2027)) == 3
        assert await missed() == [
            ("market_research", "alice", "2026-12", 1),
            ("progress_report", "prj-1", "2026-W46", 1),
            ("risk_review", "rsk-1", "2026-12", 1),
            ("self_check", "Sales", "2026-12", 1),
        ]
        assert await missed(person="alice") == [("market_research", "alice", "2026-12", 1)]
        # -- February: missed again, in a row -------------------------------------------------
        assert await check(at(2, 16, year=2027)) == 3
        assert ("market_research", "alice", "2027-01", 2) in await missed(team=team["id"])
        # -- April: the quarter's audit is due soon, then missed ------------------------------
        clock.set(at(4, 10, year=2027))
        assert (await duties(kind="internal_audit"))[("internal_audit", "Sales", "2027-Q1")] == "due_soon"
        await check(at(4, 16, year=2027))
        assert ("internal_audit", "Sales", "2027-Q1", 1) in await missed(person="audrey")

        # -- the KPI effects: the owner's and the team's teamwork and service indicators --------
        async def indicator(name: str, period: str, scope: str, scope_id: str) -> Any:
            return (await ok("GET", f"/api/v1/metrics/indicators/{name}", MANAGER, params={
                "period": period, "scope": scope, "scope_id": scope_id}))["value"]

        async def counted() -> bool:
            value = await indicator("duties_missed", "2027-01", "person", "alice")
            return value is not None and Decimal(value) == 1

        await eventually(counted, what="kpi.duty.missed measured for alice")
        assert Decimal(await indicator("duties_missed", "2026-12", "person", "alice")) == 1
        assert Decimal(await indicator("duty_on_time_rate", "2026-11", "person", "alice")) == 1
        assert Decimal(await indicator("duty_on_time_rate", "2026-12", "person", "alice")) == 0
        # the team: alice's research, lena's self-check, rita's risk review in December
        assert Decimal(await indicator("duties_missed", "2026-12", "team", team["id"])) == 3
        # the team's on-time rate over its November periods: alice's research, rita's review,
        # lena's self-check and pat's W45 report on time, pat's W46 report missed: 4 of 5
        assert Decimal(await indicator("duty_on_time_rate", "2026-11", "team", team["id"])) == \
            Decimal("0.8")
        assert Decimal(await indicator("duty_on_time_rate", "2026-12", "team", team["id"])) == 0
        # pat: one weekly report on time, one missed
        assert Decimal(await indicator("duty_on_time_rate", "2026-11", "person", "pat")) == Decimal("0.5")

        outbox = runtime.db.outbox
        async with runtime.db.sessions() as session:
            payloads = (await session.execute(select(outbox.c.payload).where(
                outbox.c.event_type == "kpi.duty.missed").order_by(outbox.c.seq))).scalars().all()
    missed_events = [Envelope.model_validate_json(p) for p in payloads]
    # W46; then Dec, Jan, Feb, Mar for research, self-check, risk review; then Q1's audit
    assert sorted(json.loads(p)["data"]["consecutive_misses"] for p in payloads) == [
        1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]

    # -- the risk effect: the second miss in a row is an operational risk -----------------------
    from ptp_risk.service import definition as risk_definition

    risk_url = await new_postgres_database()
    async with running_app(risk_definition, risk_url) as (_app, risk_client, risk_runtime):
        assert risk_runtime.consumer is not None
        first_round = [e for e in missed_events if e.data["consecutive_misses"] == 1]
        for e in first_round:
            await risk_runtime.consumer.process(message(e))
        listed = (await risk_client.get("/api/v1/risks", params={"kind": "operational"},
                                        headers=RISK_READER)).json()["items"]
        assert listed == []  # missed once: not a risk yet
        for e in missed_events:
            await risk_runtime.consumer.process(message(e))  # replays change nothing
        listed = (await risk_client.get("/api/v1/risks", params={"kind": "operational"},
                                        headers=RISK_READER)).json()["items"]
        by_owner = {r["owner"]: r for r in listed}
        assert sorted(by_owner) == ["alice", "lena", "rita"]
        research = by_owner["alice"]
        assert research["raised_automatically"] and research["level"] == "medium"
        assert "Market research missed 2 periods in a row" in research["title"]


async def test_inquiries_and_service_sessions_feed_the_service_indicators(postgres_url: str) -> None:
    async with running_app(definition, postgres_url) as (_app, client, runtime):
        facts = {"customer_id": "cus-9", "topic": "invoice copy", "channel": "phone",
                 "received_at": at(11, 2), "taken_by": "carol"}
        assert set(await feed(
            runtime,
            env("crm", crm.InquiryResponded(inquiry_id="q-1", **facts, responded_at=at(11, 2, 9),
                                            responded_by="carol", response_minutes=60.0),
                at(11, 2, 9), "carol"),
            env("crm", crm.InquiryResponded(inquiry_id="q-2", **facts, responded_at=at(11, 2, 10),
                                            responded_by="carol", response_minutes=120.0),
                at(11, 2, 10), "carol"),
            env("crm", crm.InquiryResolved(inquiry_id="q-1", **facts, resolved_at=at(11, 3),
                                           resolved_by="carol", resolution_minutes=1440.0),
                at(11, 3), "carol"),
            env("crm", crm.ServiceSessionRecorded(session_id="s-1", customer_id="cus-9",
                                                  kind="training", topic="console", given_by="tess",
                                                  started_at=at(11, 5), duration_minutes=90),
                at(11, 5), "tess"),
        )) == {Outcome.handled}

        async def value(name: str, person: str) -> Decimal:
            got = await client.get(f"/api/v1/metrics/indicators/{name}", headers=MANAGER, params={
                "period": "2026-11", "scope": "person", "scope_id": person})
            assert got.status_code == 200, got.text
            return Decimal(got.json()["value"])

        assert await value("service_response_time", "carol") == 90
        assert await value("inquiry_resolution_time", "carol") == 1440
        assert await value("consulting_and_training", "tess") == 1


def test_the_register_bookkeeping_is_not_a_risk_event() -> None:
    from ptp_kpi.domain.facts import is_risk_event

    assert is_risk_event("risk.level.changed") and is_risk_event("risk.indicator.breached")
    for bookkeeping in ("risk.assessment.recorded", "risk.risk.closed", "risk.risk.reopened"):
        assert not is_risk_event(bookkeeping)
