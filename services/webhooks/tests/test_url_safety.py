"""The URL guard in production mode: refused on save (422 naming ``url``) and again at send time."""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from ptp_common.db import utcnow
from ptp_common.testing.waiting import eventually
from ptp_webhooks.db.models import Subscription
from ptp_webhooks.domain import urls
from webhooks_support import ADMIN, Receiver, Stack, customer_event, webhooks_stack

pytestmark = pytest.mark.integration

REFUSED = [
    ("https://127.0.0.1/hook", "loopback"),
    ("https://127.0.0.1:8443/hook", "loopback"),
    ("https://10.0.0.1/hook", "private"),
    ("https://10.200.30.40/hook", "private"),
    ("https://169.254.169.254/latest/meta-data/", "metadata"),
    ("https://[::1]/hook", "loopback"),
    ("https://[::ffff:10.0.0.7]/hook", "private"),
    ("https://localhost/hook", "resolves to"),  # a name that resolves to loopback
    ("https://LOCALHOST./hook", "resolves to"),
    ("http://example.com/hook", "https"),  # plain http in production
    ("https://user:pass@example.com/hook", "credentials"),
    ("ftp://example.com/hook", "http and https"),
]


@pytest.fixture
async def production(postgres_url: str, amqp_url: str, rabbit_names) -> AsyncIterator[Stack]:  # type: ignore[no-untyped-def]
    # Production rules, nothing allow-listed (PTP_ENV=production itself needs production secrets).
    async with webhooks_stack(
        postgres_url, amqp_url, rabbit_names, require_public_urls=True, allowed_hosts=""
    ) as stack:
        yield stack


PUBLIC = "93.184.215.14"  # a global address; no test lets a request go out to it


@dataclass
class Dns:
    """What the test's DNS answers for each name, and the names asked (in order)."""

    answers: dict[str, list[str]] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def resolve(self, host: str, port: int) -> list[urls.IPAddress]:
        self.asked.append(host)
        if host not in self.answers:
            raise urls.UrlRefused(f"the host {host} does not resolve")
        return [ipaddress.ip_address(a) for a in self.answers[host]]


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Dns:
    # DNS is an external system: the guard's one resolve function answers what the test says,
    # both when a subscription is saved and when the worker sends.
    fake = Dns()
    monkeypatch.setattr(urls, "resolve", fake.resolve)
    return fake


async def test_internal_and_plain_urls_are_refused_on_save_naming_url(production: Stack) -> None:
    sid = None
    for url, why in REFUSED:
        answer = await production.client.post(
            "/api/v1/subscriptions", json={"url": url, "event_types": ["crm.*"]}, headers=ADMIN
        )
        assert answer.status_code == 422, (url, answer.text)
        problem = answer.json()
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert [e["field"] for e in problem["errors"]] == ["body.url"], url
        assert why in problem["detail"], (url, problem["detail"])
    # Changing a URL is checked the same way.
    listed = await production.client.get("/api/v1/subscriptions", headers=ADMIN)
    assert listed.json()["items"] == []
    async with production.runtime.uow() as uow:
        sid = await _store(uow, "https://203.0.113.10/hook")  # public (TEST-NET-3), never called here
        await uow.commit()
    changed = await production.client.patch(
        f"/api/v1/subscriptions/{sid}", json={"url": "https://169.254.169.254/"}, headers=ADMIN
    )
    assert changed.status_code == 422 and changed.json()["errors"][0]["field"] == "body.url"


async def test_a_url_that_became_internal_after_saving_is_refused_at_send_time(
    production: Stack,
) -> None:
    receiver = Receiver()
    await receiver.start()
    try:
        # As if its name resolved publicly when saved and now points at loopback (DNS rebinding).
        async with production.runtime.uow() as uow:
            sid = await _store(uow, receiver.url.replace("http://127.0.0.1", "https://localhost"))
            await _store(uow, receiver.url, sid="direct-loopback")
            await uow.commit()
        event = customer_event()
        await production.publish(event)

        async def refused() -> bool:
            logs = [await production.deliveries(s) for s in (sid, "direct-loopback")]
            return all(log and log[0]["attempts"] >= 1 for log in logs)

        await eventually(refused, what="attempts on both subscriptions")
        for s, why in ((sid, "resolves to 127.0.0.1"), ("direct-loopback", "https")):
            (delivery,) = await production.deliveries(s)
            assert delivery["status"] == "pending" and delivery["response_status"] is None
            assert delivery["last_error"].startswith("refused:") and why in delivery["last_error"]
        assert receiver.requests == [], "nothing reached the internal address"
    finally:
        await receiver.stop()


async def test_names_resolving_to_private_or_metadata_addresses_are_refused_on_save(
    production: Stack, dns: Dns
) -> None:
    dns.answers.update(
        {
            "intranet.example.com": ["10.20.30.40"],
            "metadata.example.com": ["169.254.169.254"],
            "mixed.example.com": [PUBLIC, "10.0.0.9"],  # one internal address among public ones
            "public.example.com": [PUBLIC],
        }
    )
    for host, why in (
        ("intranet.example.com", "resolves to 10.20.30.40, a private address"),
        ("metadata.example.com", "resolves to 169.254.169.254, a cloud metadata address"),
        ("mixed.example.com", "resolves to 10.0.0.9, a private address"),
    ):
        answer = await production.client.post(
            "/api/v1/subscriptions",
            json={"url": f"https://{host}/hook", "event_types": ["crm.*"]},
            headers=ADMIN,
        )
        assert answer.status_code == 422, (host, answer.text)
        problem = answer.json()
        assert [e["field"] for e in problem["errors"]] == ["body.url"], host
        assert why in problem["detail"], (host, problem["detail"])
    # The same rule on a change of URL; a name resolving only to public addresses is accepted.
    public = await production.subscribe("https://public.example.com/hook", ["crm.*"])
    for host in ("intranet.example.com", "metadata.example.com"):
        changed = await production.client.patch(
            f"/api/v1/subscriptions/{public['id']}", json={"url": f"https://{host}/"}, headers=ADMIN
        )
        assert changed.status_code == 422, (host, changed.text)
        assert [e["field"] for e in changed.json()["errors"]] == ["body.url"]
    assert (await production.subscription(public["id"]))["url"] == "https://public.example.com/hook"


async def test_a_name_rebound_to_a_private_or_metadata_address_after_saving_is_not_sent_to(
    production: Stack, dns: Dns
) -> None:
    # DNS rebinding: both names resolve publicly when the subscriptions are saved...
    dns.answers.update({"hooks.example.com": [PUBLIC], "meta.example.com": [PUBLIC]})
    to_private = await production.subscribe("https://hooks.example.com/ptp", ["crm.*"])
    to_metadata = await production.subscribe("https://meta.example.com/ptp", ["crm.*"])
    # ...and to an internal address by the time an event is sent.
    dns.answers.update({"hooks.example.com": ["10.1.2.3"], "meta.example.com": ["169.254.169.254"]})
    dns.asked.clear()
    await production.publish(customer_event())

    async def attempted() -> bool:
        logs = [await production.deliveries(s["id"]) for s in (to_private, to_metadata)]
        return all(log and log[0]["attempts"] >= 1 for log in logs)

    await eventually(attempted, what="an attempt on both subscriptions")
    assert {"hooks.example.com", "meta.example.com"} <= set(dns.asked), "resolved again to send"
    for subscription, why in (
        (to_private, "hooks.example.com resolves to 10.1.2.3, a private address"),
        (to_metadata, "meta.example.com resolves to 169.254.169.254, a cloud metadata address"),
    ):
        (delivery,) = await production.deliveries(subscription["id"])
        # Refused before any connection: no HTTP answer, and the reason is the vetted address
        # (without the check at send time the request would have gone out, to whatever the
        # name then resolved to).
        assert delivery["status"] == "pending" and delivery["response_status"] is None
        assert delivery["last_error"].startswith("refused:"), delivery["last_error"]
        assert why in delivery["last_error"], delivery["last_error"]


async def _store(uow, url: str, sid: str = "rebound") -> str:  # type: ignore[no-untyped-def]
    now = utcnow()
    uow.session.add(
        Subscription(
            id=sid,
            url=url,
            event_types=["crm.*"],
            customer_id=None,
            description="",
            status="active",
            secret="whsec_" + "A" * 43 + "=",
            created_at=now,
            created_by="test",
            updated_at=now,
        )
    )
    return sid
