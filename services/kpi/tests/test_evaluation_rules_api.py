"""Issue 17 (kpi): the customer part of a qualitative score comes from customers (crm events),
never typed by staff; peers are members of the same team, never oneself; weights add up to 1;
a client representative reads no KPI data."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from kpi_events import Deal, feed
from ptp_common.testing.clients import bearer, running_app
from ptp_kpi.service import definition

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
PM = bearer(["project_manager"], sub="pat")
ALICE = bearer(["business_specialist"], sub="alice")
BOB = bearer(["business_specialist"], sub="bob")
CAROL = bearer(["customer_service"], sub="carol")
DORA = bearer(["business_specialist"], sub="dora")
REPRESENTATIVE = bearer(["client_representative"], sub="rita", customer_id="cust-1")

INDICATORS = [{"indicator": "business_volume", "target": "1", "weight": "1"}]


async def directory(client: Any) -> dict[str, str]:
    """North: alice, bob (business) and carol (customer service); South: dora."""
    teams = {}
    for name in ("North", "South"):
        team = await client.post("/api/v1/teams", headers=MANAGER,
                                 json={"name": name, "department": "Sales", "lead": "pat"})
        assert team.status_code == 201, team.text
        teams[name] = team.json()["id"]
    for person, role, team in (("alice", "business_specialist", "North"),
                               ("bob", "business_specialist", "North"),
                               ("carol", "customer_service", "North"),
                               ("dora", "business_specialist", "South")):
        created = await client.post("/api/v1/people", headers=MANAGER, json={
            "id": person, "name": person.title(), "role": role, "team_id": teams[team],
            "supervisor": "pat"})
        assert created.status_code == 201, created.text
    return teams


async def scorecard(client: Any, subject_type: str, subject_id: str, **extra: Any) -> dict[str, Any]:
    created = await client.post("/api/v1/scorecards", headers=MANAGER, json={
        "subject_type": subject_type, "subject_id": subject_id, "period": "2026-11",
        "indicators": INDICATORS, **extra})
    assert created.status_code == 201, created.text
    return dict(created.json())


async def evaluate(client: Any, card: dict[str, Any], headers: dict[str, str], kind: str,
                   score: str = "80") -> Any:
    return await client.post(f"/api/v1/scorecards/{card['id']}/evaluations", headers=headers,
                             json={"evaluator_kind": kind, "score": score})


async def test_the_customer_part_comes_from_crm_events_never_from_staff(database_url: str) -> None:
    async with running_app(definition, database_url) as (app, client, runtime):
        teams = await directory(client)
        alices, other = Deal(owner="alice"), Deal(owner="dora")
        # alice's customers answered a survey (2) and gave feedback (5); carol answered one
        # complaint in time and one late, and a customer rated a resolution 4
        await feed(runtime, alices.feedback(2), alices.feedback(5), other.feedback(1),
                   alices.responded(True, 30, agent="carol"),
                   alices.responded(False, 900, agent="carol"),
                   alices.resolved(4, agent="carol"))
        alice = await scorecard(client, "person", "alice")
        # nobody on staff types it, whatever their role
        for headers in (MANAGER, CAROL, BOB):
            typed = await evaluate(client, alice, headers, "customer", "100")
            assert typed.status_code == 422, typed.text
            [error] = typed.json()["errors"]
            assert error["field"] == "body.evaluator_kind"
            assert "crm" in error["message"], error

        customer = alice["qualitative"]["customer"]
        # (mean 3.5 - 1) / 4 * 100 = 62.5; no complaint counts for alice
        assert Decimal(customer["score"]) == Decimal("62.5")
        assert customer["satisfaction_answers"] == 2 and customer["complaints"] == 0
        assert "crm.feedback.received" in customer["rule"]
        assert Decimal(alice["qualitative"]["by_evaluator_kind"]["customer"]) == Decimal("62.5")

        supervised = await evaluate(client, alice, PM, "supervisor", "80")
        assert supervised.status_code == 201, supervised.text
        live = (await client.get(f"/api/v1/scorecards/{alice['id']}", headers=ALICE)).json()
        # (80*.5 + 62.5*.2) / .7 = 75: peers did not evaluate and drop out
        assert Decimal(live["qualitative"]["score"]) == 75
        assert [e["evaluator_kind"] for e in live["qualitative"]["evaluations"]] == ["supervisor"]

        # a customer service agent's customer part: complaints answered in time (1 of 2 -> 50)
        # and the satisfaction given at resolution ((4 - 1) / 4 * 100 = 75): (50 + 75) / 2
        carol = await scorecard(client, "person", "carol")
        assert Decimal(carol["qualitative"]["customer"]["score"]) == Decimal("62.5")
        assert carol["qualitative"]["customer"]["complaints"] == 2
        assert carol["qualitative"]["customer"]["complaints_within_deadline"] == 1

        # a team's customer part is its members' facts: satisfaction (2, 5, 4) mean 3.67 -> 66.67,
        # complaints 50 -> 58.33; dora (South) and her customer's 1 do not count
        north = await scorecard(client, "team", teams["North"])
        assert Decimal(north["qualitative"]["customer"]["score"]) == Decimal("58.33")
        assert north["qualitative"]["customer"]["satisfaction_answers"] == 3

        # the customers' later answers move the draft; the published card keeps its figures
        current = await client.get(f"/api/v1/scorecards/{alice['id']}", headers=MANAGER)
        published = await client.post(f"/api/v1/scorecards/{alice['id']}/publish",
                                      headers={**MANAGER, "If-Match": current.headers["ETag"]})
        assert published.status_code == 200, published.text
        await feed(runtime, alices.feedback(5))
        frozen = (await client.get(f"/api/v1/scorecards/{alice['id']}", headers=ALICE)).json()
        assert Decimal(frozen["qualitative"]["customer"]["score"]) == Decimal("62.5")
        assert Decimal(frozen["qualitative"]["score"]) == 75
        reopened = await client.post(f"/api/v1/scorecards/{alice['id']}/reopen",
                                     headers={**MANAGER, "If-Match": f'"{frozen["version"]}"'})
        assert reopened.status_code == 200, reopened.text
        # mean of 2, 5, 5 = 4 -> 75
        assert Decimal(reopened.json()["qualitative"]["customer"]["score"]) == 75

        # the contract says so
        spec = app.openapi()
        operation = spec["paths"]["/api/v1/scorecards/{scorecard_id}/evaluations"]["post"]
        assert "customer" in operation["description"] and "crm" in operation["description"]
        kinds = spec["components"]["schemas"]["EvaluationCreate"]["properties"]["evaluator_kind"]
        assert kinds["enum"] == ["supervisor", "peer"]


async def test_peers_are_members_of_the_same_team_never_oneself(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, _runtime):
        teams = await directory(client)
        alice = await scorecard(client, "person", "alice")

        other_team = await evaluate(client, alice, DORA, "peer")
        assert other_team.status_code == 403, other_team.text
        assert "alice's team" in other_team.json()["detail"]
        assert other_team.json()["rule"] == "peers are members of the evaluated person's team"
        stranger = await evaluate(client, alice, bearer(["business_specialist"], sub="zed"), "peer")
        assert stranger.status_code == 403, stranger.text  # not in the directory: no team
        herself = await evaluate(client, alice, ALICE, "peer")
        assert herself.status_code == 403 and "themselves" in herself.json()["detail"]

        colleague = await evaluate(client, alice, BOB, "peer", "90")
        assert colleague.status_code == 201, colleague.text
        agent = await evaluate(client, alice, CAROL, "peer", "70")  # same team, another role
        assert agent.status_code == 201, agent.text
        view = (await client.get(f"/api/v1/scorecards/{alice['id']}", headers=MANAGER)).json()
        assert sorted(e["evaluator"] for e in view["qualitative"]["evaluations"]) == ["bob", "carol"]
        assert Decimal(view["qualitative"]["by_evaluator_kind"]["peer"]) == 80

        # moved to South, bob is no longer alice's peer
        bob = (await client.get("/api/v1/people/bob", headers=MANAGER)).json()
        moved = await client.put("/api/v1/people/bob", headers={**MANAGER, "If-Match": f'"{bob["version"]}"'},
                                 json={"name": "Bob", "role": "business_specialist",
                                       "team_id": teams["South"], "supervisor": "pat"})
        assert moved.status_code == 200, moved.text
        dora = await scorecard(client, "person", "dora")
        assert (await evaluate(client, dora, BOB, "peer")).status_code == 201
        bobs = await scorecard(client, "person", "bob")
        assert (await evaluate(client, bobs, ALICE, "peer")).status_code == 403

        # a team has no peers; its supervisor evaluates it as today
        north = await scorecard(client, "team", teams["North"])
        team_peer = await evaluate(client, north, DORA, "peer")
        assert team_peer.status_code == 422, team_peer.text
        assert team_peer.json()["errors"][0]["field"] == "body.evaluator_kind"
        assert (await evaluate(client, north, PM, "supervisor")).status_code == 201


async def test_scorecard_weights_add_up_to_one(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, _runtime):
        await directory(client)
        base = {"subject_type": "person", "subject_id": "alice", "period": "2026-11"}
        two = [{"indicator": "business_volume", "target": "1", "weight": "0.6"},
               {"indicator": "new_customers", "target": "1", "weight": "0.6"}]
        cases = [
            ({"indicators": two}, "body.indicators"),
            ({"indicators": [{"indicator": "business_volume", "target": "1", "weight": "2"}]},
             "body.indicators"),
            ({"indicators": INDICATORS,
              "evaluator_weights": {"supervisor": "0.5", "peer": "0.5", "customer": "0.5"}},
             "body.evaluator_weights"),
            ({"indicators": INDICATORS,
              "evaluator_weights": {"supervisor": "0.5", "peer": "0.3", "customer": "0"}},
             "body.evaluator_weights"),
        ]
        for change, field in cases:
            response = await client.post("/api/v1/scorecards", json={**base, **change},
                                         headers=MANAGER)
            assert response.status_code == 422, (change, response.text)
            assert response.json()["errors"][0]["field"] == field
            assert "add up to" in response.json()["errors"][0]["message"]
        ok = await client.post("/api/v1/scorecards", headers=MANAGER, json={
            **base, "indicators": [{**two[0], "weight": "0.4"}, two[1]],
            "evaluator_weights": {"supervisor": "0.6", "peer": "0.4", "customer": "0"}})
        assert ok.status_code == 201, ok.text
        weights = {k: Decimal(v) for k, v in ok.json()["qualitative"]["weights"].items()}
        assert weights == {"supervisor": Decimal("0.6"), "peer": Decimal("0.4"), "customer": 0}


async def test_a_client_representative_reads_no_kpi_data(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (app, client, runtime):
        teams = await directory(client)
        deal = Deal(owner="alice", customer_id="cust-1")  # the representative's own customer
        await feed(runtime, deal.signed(), deal.feedback(5))
        card = await scorecard(client, "person", "alice")
        ids = {"scorecard_id": card["id"], "team_id": teams["North"], "person_id": "alice",
               "indicator": "business_volume", "name": "business_volume"}
        params = {"period": "2026-11", "measure": "satisfaction"}

        reads = [path for path, operations in app.openapi()["paths"].items()
                 if "get" in operations and path.startswith("/api/v1/")]
        assert len(reads) >= 15, reads
        answered: dict[str, int] = {}
        for path in reads:
            url = re.sub(r"\{(\w+)\}", lambda m: ids.get(m.group(1), "999999"), path)
            response = await client.get(url, headers=REPRESENTATIVE, params=params)
            answered[path] = response.status_code
        assert {p: s for p, s in answered.items() if s != 403} == {}  # which reads leak
        for path in reads:
            if "/admin/" not in path:  # the shared operator endpoints (admin role) are not kpi's
                description = app.openapi()["paths"][path]["get"].get("description", "")
                assert "client_representative token gets 403" in description, path

        # the same reads stay open to staff
        for url in (f"/api/v1/scorecards/{card['id']}", "/api/v1/teams", "/api/v1/people/alice",
                    "/api/v1/metrics/indicators"):
            assert (await client.get(url, headers=MANAGER)).status_code == 200, url
        own = await client.get(f"/api/v1/scorecards/{card['id']}", headers=ALICE)
        assert own.status_code == 200
