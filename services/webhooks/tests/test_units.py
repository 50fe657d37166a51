"""Signing (checked against ``standardwebhooks``), event patterns, backoff, the address rules."""

from __future__ import annotations

import ipaddress
import random
import time
from types import SimpleNamespace

import pytest
from ptp_common.settings import Environment
from ptp_webhooks.config import WebhooksConfig
from ptp_webhooks.domain.backoff import retry_delay
from ptp_webhooks.domain.patterns import matches, unknown_patterns
from ptp_webhooks.domain.signing import new_secret, signature_header
from ptp_webhooks.domain.urls import why_not_public
from ptp_webhooks.settings import policy_of
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError


def test_our_signatures_verify_with_standard_webhooks_and_both_secrets_sign_in_an_overlap() -> None:
    old, new = new_secret(), new_secret()
    body = b'{"id":"e-1","type":"crm.customer.registered"}'
    now = int(time.time())
    headers = {
        "webhook-id": "e-1",
        "webhook-timestamp": str(now),
        "webhook-signature": signature_header([new, old], "e-1", now, body),
    }
    assert Webhook(new).verify(body, headers)["id"] == "e-1"
    assert Webhook(old).verify(body, headers)["id"] == "e-1"
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(new).verify(body.replace(b"e-1", b"e-2"), headers)


def test_patterns_match_whole_segments() -> None:
    assert matches("contracts.*", "contracts.contract.signed")
    assert matches("contracts.payment.*", "contracts.payment.overdue")
    assert not matches("contracts.payment.*", "contracts.paymentx.overdue")
    assert not matches("contract.*", "contracts.contract.signed")
    assert matches("*", "kpi.finding.raised")
    assert unknown_patterns(["crm.*", "crm.nothing.*", "x.y.z"]) == ["crm.nothing.*", "x.y.z"]


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap() -> None:
    rng = random.Random(7)
    for attempt, ceiling in ((1, 5), (2, 10), (3, 20), (12, 3600), (40, 3600)):
        delays = {retry_delay(attempt, 5, 3600, rng) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1, "jittered"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00:ec2::254", False),
        ("::ffff:127.0.0.1", False),
        ("224.0.0.1", False),
    ],
)
def test_only_public_addresses_may_receive(address: str, public: bool) -> None:
    assert (why_not_public(ipaddress.ip_address(address)) is None) is public


def test_a_failing_delivery_is_retried_for_at_least_24_hours_by_default() -> None:
    # The default itself (the model's), not WEBHOOKS_* from this machine's environment.
    assert WebhooksConfig.model_fields["retry_window_seconds"].default >= 24 * 3600


@pytest.mark.parametrize(
    ("environment", "configured", "public_only"),
    [
        ("production", None, True),  # unset: production sends only to public https URLs
        ("development", None, False),
        ("test", None, False),
        ("production", False, False),  # an operator's explicit choice wins
        ("development", True, True),
    ],
)
def test_production_sends_only_to_public_urls_unless_configured_otherwise(
    environment: str, configured: bool | None, public_only: bool
) -> None:
    runtime = SimpleNamespace(
        definition=SimpleNamespace(config=WebhooksConfig(require_public_urls=configured)),
        settings=SimpleNamespace(environment=Environment(environment)),
    )
    assert policy_of(runtime).require_public is public_only  # type: ignore[arg-type]
