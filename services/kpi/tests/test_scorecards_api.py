"""Scorecards: each indicator with its score, the qualitative part, the total, and the facts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from kpi_events import Deal, feed
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.waiting import eventually
from ptp_kpi.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
PM = bearer(["project_manager"], sub="pat")
PEER = bearer(["business_specialist"], sub="bob")
ALICE = bearer(["business_specialist"], sub="alice")
AUDITOR = bearer(["auditor"], sub="audrey")


async def setup_directory(client) -> str:  # type: ignore[no-untyped-def]
    team = await client.post("/api/v1/teams", json={"name": "North", "department": "Sales"},
                             headers=MANAGER)
    assert team.status_code == 201, team.text
    team_id = team.json()["id"]
    for person in ("alice", "bob"):
        created = await client.post("/api/v1/people", headers=MANAGER, json={
            "id": person, "name": person.title(), "role": "business_specialist",
            "team_id": team_id, "supervisor": "pat"})
        assert created.status_code == 201, created.text
    team = (await client.get(f"/api/v1/teams/{team_id}", headers=PEER)).json()
    assert [m["id"] for m in team["members"]] == ["alice", "bob"]
    return team_id


async def test_a_published_scorecard_shows_scores_qualitative_total_and_facts(
    sqlite_url: str,
) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, runtime):
        team_id = await setup_directory(client)
        deal = Deal(owner="alice")
        story = [deal.signed("30000.00"), deal.feedback(4), deal.feedback(5)]
        await feed(runtime, *story)

        body = {
            "subject_type": "person", "subject_id": "alice", "period": "2026-11",
            "indicators": [
                {"indicator": "signed_contract_value", "target": "50000", "weight": "0.5",
                 "currency": "EUR"},
                {"indicator": "client_satisfaction", "target": "4.5", "weight": "0.25"},
                {"indicator": "response_time", "target": "60", "weight": "0.25"},
            ],
            "quantitative_weight": "0.6",
        }
        created = await client.post("/api/v1/scorecards", json=body, headers=MANAGER)
        assert created.status_code == 201, created.text
        card = created.json()
        by_name = {i["indicator"]: i for i in card["indicators"]}
        assert Decimal(by_name["signed_contract_value"]["actual"]) == Decimal("30000")
        assert Decimal(by_name["signed_contract_value"]["score"]) == 60  # 30k of 50k
        assert Decimal(by_name["client_satisfaction"]["score"]) == 100  # 4.5 of 4.5
        assert by_name["response_time"]["actual"] is None  # no complaints: nothing measured
        assert Decimal(by_name["response_time"]["score"]) == 0
        assert Decimal(card["quantitative_score"]) == 55  # 60*.5 + 100*.25 + 0*.25
        # the customer part comes from the feedback (4 and 5: mean 4.5 -> 87.5), not from staff
        assert Decimal(card["qualitative"]["customer"]["score"]) == Decimal("87.5")

        for headers, kind, score in ((PM, "supervisor", "80"), (PEER, "peer", "90")):
            added = await client.post(f"/api/v1/scorecards/{card['id']}/evaluations",
                                      headers=headers, json={"evaluator_kind": kind,
                                                             "score": score,
                                                             "teamwork_score": "100"})
            assert added.status_code == 201, added.text
        other_pm = await client.post(f"/api/v1/scorecards/{card['id']}/evaluations",
                                     headers=bearer(["project_manager"], sub="quinn"),
                                     json={"evaluator_kind": "supervisor", "score": "10"})
        assert other_pm.status_code == 403  # quinn does not supervise alice
        refused = await client.post(f"/api/v1/scorecards/{card['id']}/evaluations",
                                    headers=PEER, json={"evaluator_kind": "supervisor",
                                                        "score": "100"})
        assert refused.status_code == 403
        self_review = await client.post(f"/api/v1/scorecards/{card['id']}/evaluations",
                                        headers=ALICE, json={"evaluator_kind": "peer",
                                                             "score": "100"})
        assert self_review.status_code == 403

        stale = await client.post(f"/api/v1/scorecards/{card['id']}/publish",
                                  headers={**MANAGER, "If-Match": '"0"'})
        assert stale.status_code == 412
        current = await client.get(f"/api/v1/scorecards/{card['id']}", headers=MANAGER)
        published = await client.post(f"/api/v1/scorecards/{card['id']}/publish",
                                      headers={**MANAGER, "If-Match": current.headers["ETag"]})
        assert published.status_code == 200, published.text
        view = published.json()
        # qualitative: 80*.5 + 90*.3 + 87.5*.2 = 84.5; total: 55*.6 + 84.5*.4 = 66.8
        assert Decimal(view["qualitative"]["score"]) == Decimal("84.5")
        assert Decimal(view["total_score"]) == Decimal("66.8")
        assert view["status"] == "published" and view["allowed_actions"] == ["reopen"]
        again = await client.post(f"/api/v1/scorecards/{card['id']}/publish", headers=MANAGER)
        assert again.status_code == 409 and again.json()["allowed_actions"] == ["reopen"]

        # drill down: the facts behind the score, each linked to its trail record
        satisfaction = next(i for i in view["indicators"]
                            if i["indicator"] == "client_satisfaction")
        facts = (await client.get(satisfaction["facts_url"], headers=ALICE)).json()["items"]
        assert sorted(f["event_id"] for f in facts) == sorted(e.id for e in story[1:])
        record = await client.get(facts[0]["trail_url"], headers=AUDITOR)
        assert record.status_code == 200 and record.json()["type"] == "crm.feedback.received"

        # figures are frozen: a later payment in the period does not move the published card
        await feed(runtime, deal.signed("50000.00").model_copy(
            update={"data": {**story[0].data, "contract_id": "other"}}))
        frozen = (await client.get(f"/api/v1/scorecards/{card['id']}", headers=ALICE)).json()
        assert frozen["total_score"] == view["total_score"]
        assert (await client.get(f"/api/v1/scorecards/{card['id']}",
                                 headers=PEER)).status_code == 403

        outbox = runtime.db.outbox
        async def published_event() -> bool:
            async with runtime.db.sessions() as session:
                types = (await session.execute(select(outbox.c.event_type))).scalars().all()
            return "kpi.scorecard.published" in types and types.count(
                "kpi.evaluation.recorded") == 2
        await eventually(published_event, what="the scorecard's events in the outbox")

        # the evaluations' teamwork scores became facts through kpi's own events
        async def teamwork() -> bool:
            response = await client.get("/api/v1/metrics/indicators/teamwork", headers=MANAGER,
                                        params={"period": "2026-11", "scope": "team",
                                                "scope_id": team_id})
            found = response.json()["value"]
            return found is not None and Decimal(str(found)) == 100
        await eventually(teamwork, what="teamwork facts from kpi.evaluation.recorded")


async def test_scorecard_input_is_checked(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, _runtime):
        await setup_directory(client)
        base = {"subject_type": "person", "subject_id": "alice", "period": "2026-11"}
        cases = [
            ({"indicators": [{"indicator": "luck", "target": "1", "weight": "1"}]},
             "body.indicators.0.indicator"),
            ({"indicators": [{"indicator": "revenue", "target": "1", "weight": "1"}]},
             "body.indicators.0.currency"),
            ({"subject_id": "nobody",
              "indicators": [{"indicator": "teamwork", "target": "80", "weight": "1"}]},
             "body.subject_id"),
        ]
        for change, field in cases:
            response = await client.post("/api/v1/scorecards", json={**base, **change},
                                         headers=MANAGER)
            assert response.status_code == 422, response.text
            assert response.json()["errors"][0]["field"] == field
        forbidden = await client.post("/api/v1/scorecards", headers=PM, json={
            **base, "indicators": [{"indicator": "teamwork", "target": "80", "weight": "1"}]})
        assert forbidden.status_code == 403
