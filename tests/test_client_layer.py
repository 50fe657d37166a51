"""The hand-written layer of ptp-client over canned answers (httpx.MockTransport): each service on its
prefix, a bearer token asked of the factory per request, every page of a list, problem+json as a
:class:`Problem`, and a status the OpenAPI does not list never passing silently."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from ptp_client import Problem, Suite
from ptp_client.crm.api.customers import list_customers
from ptp_client.crm.api.leads import create_lead
from ptp_client.crm.errors import UnexpectedStatus
from ptp_client.crm.models import LeadCreate, LeadCreateChannel
from ptp_client.risk.api.operations import health_live as risk_live

NOW = "2026-11-20T10:00:00Z"


def customer(n: int) -> dict[str, Any]:
    return {
        "id": f"cus-{n}", "name": f"Customer {n}", "registration_number": None, "industry": None,
        "region": None, "size": None, "status": "active", "owner": "alice", "channel": None,
        "lead_id": None, "risk": None, "created_at": NOW, "created_by": "alice", "updated_at": NOW,
        "version": 1,
    }  # fmt: skip


def suite_on(handler: Any, tokens: list[str]) -> Suite:
    def token() -> str:
        tokens.append(f"t{len(tokens)}")
        return tokens[-1]

    return Suite("http://suite.test/", token, headers={"X-Correlation-ID": "c-1"},
                 transport=httpx.MockTransport(handler))  # fmt: skip


def test_each_service_on_its_prefix_with_a_fresh_bearer_token_per_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "ok"})

    tokens: list[str] = []
    with suite_on(handler, tokens) as suite:
        suite.call(risk_live)
        suite.call(risk_live)
    assert [str(r.url) for r in seen] == ["http://suite.test/risk/health/live"] * 2
    assert [r.headers["Authorization"] for r in seen] == ["Bearer t0", "Bearer t1"]
    assert seen[0].headers["X-Correlation-ID"] == "c-1"


def test_pages_follows_next_cursor_to_the_last_page() -> None:
    cursors: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        cursors.append(cursor)
        assert request.url.params["q"] == "Acme" and request.url.params["limit"] == "2"
        if cursor is None:
            return httpx.Response(200, json={"items": [customer(1), customer(2)], "next_cursor": "p2"})
        return httpx.Response(200, json={"items": [customer(3)], "next_cursor": None})

    found = list(suite_on(handler, []).pages(list_customers, limit=2, q="Acme"))
    assert [c.id for c in found] == ["cus-1", "cus-2", "cus-3"] and cursors == [None, "p2"]


def test_a_problem_answer_is_raised_with_its_fields() -> None:
    problem = {
        "type": "https://ptp.example/problems/validation", "title": "Unprocessable Entity",
        "status": 422, "detail": "1 invalid field", "instance": "/crm/api/v1/leads",
        "errors": [{"field": "body.company_name", "pointer": "#/body/company_name",
                    "message": "too short", "type": "string_too_short"}],
    }  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert (body["company_name"], body["channel"]) == ("", "online")
        return httpx.Response(422, json=problem, headers={"Content-Type": "application/problem+json"})

    with pytest.raises(Problem) as raised:
        body = LeadCreate(company_name="", channel=LeadCreateChannel.ONLINE)
        suite_on(handler, []).call(create_lead, body=body)
    found = raised.value
    assert (found.status, found.title, found.detail) == (422, problem["title"], problem["detail"])
    assert raised.value.fields() == ["body.company_name"] and raised.value.documented
    assert raised.value.operation == "crm.create_lead"


def test_a_status_the_openapi_does_not_list_never_passes_silently() -> None:
    def teapot(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(418, json={"title": "I'm a teapot", "status": 418})

    with pytest.raises(Problem) as raised:
        suite_on(teapot, []).call(risk_live)
    assert raised.value.status == 418 and not raised.value.documented

    def accepted(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(202, json={})

    with pytest.raises(UnexpectedStatus):
        suite_on(accepted, []).call(list_customers)
