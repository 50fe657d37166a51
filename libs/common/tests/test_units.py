"""Pure unit tests of the shared mechanisms (no I/O)."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

import pytest
from common_sample import WidgetCreated
from ptp_common import context
from ptp_common.errors import PreconditionFailed
from ptp_common.events import REGISTRY
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData, UnknownEventType, event
from ptp_common.http.etag import check_if_match
from ptp_common.http.pagination import PageParams, decode_cursor, encode_cursor, paginate_list
from ptp_common.messaging.bus import topic_matches
from ptp_common.money import check_minor_units
from ptp_common.settings import DEV_JWT_SECRET, load_settings
from ptp_common.telemetry.logging import JsonFormatter, redact
from pydantic import ValidationError


@pytest.mark.parametrize(
    ("pattern", "key", "expected"),
    [
        ("#", "contracts.contract.signed", True),
        ("contracts.#", "contracts.contract.signed", True),
        ("contracts.*.signed", "contracts.contract.signed", True),
        ("contracts.*", "contracts.contract.signed", False),
        ("contracts.contract.signed", "contracts.contract.signed", True),
        ("contracts.contract.signed", "contracts.contract.drafted", False),
        ("#.signed", "contracts.contract.signed", True),
    ],
)
def test_topic_matching_follows_amqp_rules(pattern: str, key: str, expected: bool) -> None:
    assert topic_matches(pattern, key) is expected


def test_envelope_carries_context_and_parses_back_to_its_model() -> None:
    with context.bind(correlation_id="deal-42", causation_id="evt-1", actor="alice"):
        env = new_envelope("alpha", WidgetCreated(widget_id="w", name="n"), subject="w")
    assert (env.specversion, env.source, env.type, env.subject) == (
        "1.0",
        "alpha",
        "sample.widget.created",
        "w",
    )
    assert (env.correlationid, env.causationid, env.actor) == ("deal-42", "evt-1", "alice")
    assert env.dataschema == "urn:ptp:event:sample.widget.created:v1"
    restored = Envelope.model_validate_json(env.model_dump_json())
    assert restored.parsed() == WidgetCreated(widget_id="w", name="n")


def test_a_new_deal_starts_its_own_correlation() -> None:
    env = new_envelope("alpha", WidgetCreated(widget_id="w", name="n"))
    assert env.correlationid == env.id


def test_versions_are_read_by_their_own_model() -> None:
    @event("sample.gizmo.made", version=1)
    class GizmoV1(EventData):
        """v1"""

        size: int

    @event("sample.gizmo.made", version=2)
    class GizmoV2(EventData):
        """v2"""

        size_mm: int

    assert REGISTRY.model_for("sample.gizmo.made", "urn:ptp:event:sample.gizmo.made:v1") is GizmoV1
    assert REGISTRY.model_for("sample.gizmo.made") is GizmoV2
    with pytest.raises(UnknownEventType):
        REGISTRY.model_for("sample.gizmo.made", "urn:ptp:event:sample.gizmo.made:v9")
    with pytest.raises(ValueError, match=r"<service>\.<entity>\.<past_tense>"):
        event("NotAType")(GizmoV1)


def test_cursor_round_trips_typed_values_and_rejects_garbage() -> None:
    values = [
        dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC),
        "id-9",
        Decimal("1.50"),
        dt.date(2026, 5, 1),
    ]
    assert decode_cursor(encode_cursor(values), 4) == values
    with pytest.raises(Exception, match="cursor"):
        decode_cursor("!!!", 1)
    with pytest.raises(Exception, match="cursor"):
        decode_cursor(encode_cursor(["a"]), 2)


def test_a_list_in_memory_pages_like_a_query() -> None:
    kinds = ["risk_review", "audit", "market_research", "complaint_review", "self_check"]
    seen: list[str] = []
    cursor = None
    while True:
        page, cursor = paginate_list(kinds, PageParams(limit=2, cursor=cursor), lambda k: [k])
        seen += page
        if cursor is None:
            break
    assert seen == sorted(kinds)
    with pytest.raises(Exception, match="cursor"):
        paginate_list(kinds, PageParams(cursor=encode_cursor([3])), lambda k: [k])


def test_if_match_accepts_current_or_star_and_refuses_stale() -> None:
    check_if_match(None, 3)
    check_if_match('"3"', 3)
    check_if_match('W/"3"', 3)
    check_if_match("*", 3)
    with pytest.raises(PreconditionFailed):
        check_if_match('"2"', 3)


def test_minor_units_follow_the_currency() -> None:
    check_minor_units(Decimal("10.25"), "EUR")
    check_minor_units(Decimal("1000"), "JPY")
    with pytest.raises(ValueError, match="JPY allows 0"):
        check_minor_units(Decimal("10.5"), "JPY")


def test_production_refuses_dev_secret_disabled_auth_and_default_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PTP_ENV", "production")
    good = {
        "database_url": "postgresql+asyncpg://crm:s3cret-long@db/crm",
        "jwt_secret": "x" * 40,
        "amqp_url": "amqp://crm:s3cret@mq:5672/",
    }
    load_settings("crm", **good)  # a proper production configuration starts
    for bad, reason in [
        ({"jwt_secret": DEV_JWT_SECRET}, "PTP_JWT_SECRET"),
        ({"auth_enabled": False}, "PTP_AUTH_ENABLED"),
        ({"amqp_url": "amqp://guest:guest@mq:5672/"}, "guest"),
        ({"database_url": "postgresql+asyncpg://postgres:postgres@db/crm"}, "default password"),
        ({"database_url": "sqlite+aiosqlite:///./data/crm.db"}, "SQLite"),
    ]:
        with pytest.raises(ValidationError, match=reason):
            load_settings("crm", **{**good, **bad})


def test_test_only_switches_refuse_production_and_are_inert_outside_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PTP_TEST_DISABLE_INBOX lets duplicates through and PTP_TEST_RELAY_CRASH_AFTER_PUBLISH kills
    the relay: a production service set up with either must not start, and a development one must
    ignore them (service.py wires the relay and the inbox from the properties read here)."""
    good = {
        "database_url": "postgresql+asyncpg://crm:s3cret-long@db/crm",
        "jwt_secret": "x" * 40,
        "amqp_url": "amqp://crm:s3cret@mq:5672/",
    }
    switches = {"PTP_TEST_DISABLE_INBOX": "true", "PTP_TEST_RELAY_CRASH_AFTER_PUBLISH": "3"}
    monkeypatch.setenv("PTP_ENV", "production")
    for name, value in switches.items():
        monkeypatch.setenv(name, value)
        with pytest.raises(ValidationError, match="refusing to start in production: PTP_TEST_"):
            load_settings("crm", **good)
        monkeypatch.delenv(name)
    load_settings("crm", **good)  # without them the same configuration starts

    for name, value in switches.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PTP_ENV", "development")
    development = load_settings("crm")
    assert development.inbox_enabled and development.relay_crash_after_publish is None
    monkeypatch.setenv("PTP_ENV", "test")
    test = load_settings("crm")
    assert not test.inbox_enabled and test.relay_crash_after_publish == 3


def test_service_reads_its_own_database_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTRACTS_DATABASE_URL", "postgresql+asyncpg://contracts@db/contracts")
    monkeypatch.setenv("CRM_DATABASE_URL", "postgresql+asyncpg://crm@db/crm")
    assert load_settings("contracts").database_url.endswith("/contracts")
    monkeypatch.delenv("CRM_DATABASE_URL")
    assert load_settings("crm").database_url.startswith("sqlite+aiosqlite:///")


def test_logs_are_json_with_correlation_and_never_carry_tokens() -> None:
    record = logging.LogRecord(
        "x",
        logging.INFO,
        __file__,
        1,
        "call with Authorization: Bearer aaa.bbb.ccc to amqp://u:pw@h/",
        None,
        None,
    )
    with context.bind(correlation_id="deal-7"):
        line = JsonFormatter("crm").format(record)
    assert '"service": "crm"' in line and '"correlation_id": "deal-7"' in line
    assert "aaa.bbb.ccc" not in line and ":pw@" not in line
    assert redact("password=hunter2") == "password=***"


def test_state_machine_names_allowed_actions_on_an_illegal_transition() -> None:
    from ptp_common.errors import IllegalTransition
    from ptp_common.statemachine import StateMachine

    machine = StateMachine(
        "contract",
        {
            ("draft", "submit"): "in_review",
            ("in_review", "approve"): "approved",
            ("in_review", "return"): "draft",
            ("in_review", "start_signing"): "signing",
            ("in_review", "expire"): "draft",
            ("approved", "sign"): "signed",
        },
        resource="/api/v1/contracts/{contract_id}",
        paths={"expire": None, "sign": "signatures"},
    )
    assert machine.next_state("draft", "submit") == "in_review"
    # the exact path segments to POST to: kebab-case, renamed, and an event-driven action left out
    assert machine.allowed("in_review") == ["approve", "return", "start-signing"]
    assert machine.allowed("approved") == ["signatures"]
    with pytest.raises(IllegalTransition) as raised:
        machine.next_state("draft", "approve")
    assert raised.value.extra["allowed_actions"] == ["submit"]
    assert machine.states == ["approved", "draft", "in_review", "signed", "signing"]
