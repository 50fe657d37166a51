"""The audit trail through the API: a deal's story in one query; tampering is found."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from kpi_events import NOV, Deal, feed, unknown_event
from ptp_common.events.envelope import new_envelope
from ptp_common.events.schemas import webhooks
from ptp_common.messaging.consumer import Outcome
from ptp_common.testing.clients import bearer, running_app
from ptp_kpi.service import definition
from sqlalchemy import text

pytestmark = pytest.mark.integration

AUDITOR = bearer(["auditor"], sub="audrey")


async def test_a_deals_story_is_one_query_and_tampering_is_found_at_its_record(
    database_url: str,
) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        deal, other = Deal(), Deal()
        story = [deal.registered(), deal.signed(), deal.paid("4000.00"), deal.risk_changed()]
        # the other deal's events interleave with this one's
        outcomes = await feed(runtime, story[0], other.registered(), story[1], other.signed(),
                              story[2], story[3])
        assert set(outcomes) == {Outcome.handled}

        page = (await client.get("/api/v1/audit-trail",
                                 params={"correlation_id": deal.correlation_id},
                                 headers=AUDITOR)).json()
        assert [r["event_id"] for r in page["items"]] == [e.id for e in story]
        assert [r["type"] for r in page["items"]] == [e.type for e in story]
        assert page["items"][1]["event"]["data"]["total"]["amount"] == "10000.00"
        seqs = [r["seq"] for r in page["items"]]
        assert seqs == sorted(seqs)

        by_time = (await client.get("/api/v1/audit-trail", headers=AUDITOR, params={
            "correlation_id": deal.correlation_id, "order": "occurred", "limit": 2})).json()
        assert len(by_time["items"]) == 2 and by_time["next_cursor"]
        rest = (await client.get("/api/v1/audit-trail", headers=AUDITOR, params={
            "correlation_id": deal.correlation_id, "order": "occurred",
            "cursor": by_time["next_cursor"]})).json()
        assert {r["event_id"] for r in by_time["items"] + rest["items"]} == {e.id for e in story}

        by_actor = (await client.get("/api/v1/audit-trail", params={"actor": "service:risk"},
                                     headers=AUDITOR)).json()
        assert [r["event_id"] for r in by_actor["items"]] == [story[3].id]
        by_subject = (await client.get("/api/v1/audit-trail",
                                       params={"subject": deal.customer_id,
                                               "type": "crm.customer.registered"},
                                       headers=AUDITOR)).json()
        assert [r["event_id"] for r in by_subject["items"]] == [story[0].id]

        ok = (await client.get("/api/v1/audit-trail/verification", headers=AUDITOR)).json()
        assert ok == {"intact": True, "records_checked": 6, "first_broken": None}
        head = (await client.get("/api/v1/audit-trail/head", headers=AUDITOR)).json()
        assert head["seq"] == 6
        anchored = (await client.get("/api/v1/audit-trail/verification", headers=AUDITOR,
                                     params={"anchor_seq": 6, "anchor_hash": head["hash"]}))
        assert anchored.json()["intact"] is True
        wrong_anchor = (await client.get("/api/v1/audit-trail/verification", headers=AUDITOR,
                                         params={"anchor_seq": 6, "anchor_hash": "f" * 64}))
        assert wrong_anchor.json()["first_broken"]["seq"] == 6

        tampered = page["items"][2]["seq"]
        async with runtime.db.engine.begin() as conn:
            await conn.execute(
                text("UPDATE trail_records SET payload = replace(payload, '4000.00', '40.00') "
                     "WHERE seq = :seq"), {"seq": tampered})
        result = (await client.get("/api/v1/audit-trail/verification", headers=AUDITOR)).json()
        assert result["intact"] is False
        assert result["first_broken"]["seq"] == tampered
        assert result["first_broken"]["event_id"] == story[2].id


async def test_unknown_event_types_reach_the_trail_and_roles_guard_it(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, runtime):
        newer = unknown_event()
        assert await feed(runtime, newer) == [Outcome.handled]  # the catch-all takes newer types
        assert await feed(runtime, newer) == [Outcome.duplicate]

        found = await client.get(f"/api/v1/audit-trail/events/{newer.id}", headers=AUDITOR)
        assert found.status_code == 200 and found.json()["type"] == "newsvc.thing.happened"
        verification = await client.get("/api/v1/audit-trail/verification", headers=AUDITOR)
        assert verification.json()["intact"] is True

        specialist = bearer(["business_specialist"], sub="alice")
        assert (await client.get("/api/v1/audit-trail", headers=specialist)).status_code == 403
        manager = bearer(["manager"], sub="mia")
        assert (await client.get("/api/v1/audit-trail/verification",
                                 headers=manager)).status_code == 403


async def test_every_webhook_subscription_change_is_in_the_trail(database_url: str) -> None:
    # The webhooks service announces each change of a subscription; kpi's trail is where an
    # auditor finds them (kpi consumes every event type).
    sid = str(uuid.uuid4())
    url = "https://finance.example.com/hooks"
    changes = [
        webhooks.SubscriptionCreated(subscription_id=sid, url=url, event_types=["contracts.*"]),
        webhooks.SubscriptionUpdated(
            subscription_id=sid, changed=["event_types"], url=url, event_types=["crm.*"]
        ),
        webhooks.SubscriptionPaused(subscription_id=sid),
        webhooks.SubscriptionResumed(subscription_id=sid, previous_status="paused"),
        webhooks.SubscriptionSecretRotated(
            subscription_id=sid, previous_secret_valid_until=NOV + dt.timedelta(days=1)
        ),
        webhooks.SubscriptionDisabled(subscription_id=sid, reason="gone", detail="410 Gone"),
        webhooks.SubscriptionDeleted(subscription_id=sid),
    ]
    story = [new_envelope("webhooks", data, subject=sid, actor="ops", time=NOV) for data in changes]
    async with running_app(definition, database_url) as (_app, client, runtime):
        assert set(await feed(runtime, *story)) == {Outcome.handled}
        page = (await client.get("/api/v1/audit-trail", params={"subject": sid},
                                 headers=AUDITOR)).json()
        assert [r["event_id"] for r in page["items"]] == [e.id for e in story]
        assert [r["type"] for r in page["items"]] == [
            "webhooks.subscription.created", "webhooks.subscription.updated",
            "webhooks.subscription.paused", "webhooks.subscription.resumed",
            "webhooks.subscription.rotated", "webhooks.subscription.disabled",
            "webhooks.subscription.deleted",
        ]
        assert page["items"][0]["event"]["data"]["url"] == url
        verification = await client.get("/api/v1/audit-trail/verification", headers=AUDITOR)
        assert verification.json()["intact"] is True
