"""Authorization walk: every operation of every service's OpenAPI, with every role, against its x-roles.

The OpenAPI document says who may call each operation (``x-roles``, derived from the operation's
authorization dependencies by ptp_common.auth.openapi_roles). This walk is the source of truth for
reads: it calls every operation (GET included; made-up ids in the path, ``{}`` as the body) with no
token and with a token of each role, and checks that the answer is what the document says:

- no token: 401 (problem+json), except the public health and metrics operations;
- a role outside ``x-roles``: 403; a role inside: anything but 401/403 (404 for the made-up id,
  422 for the empty body, 2xx for a list);
- never a 5xx, and every 4xx is problem+json.

A client representative always speaks for a customer (the ``customer_id`` claim). Reads a client
representative may call must be narrowed to their own customer (``x-client-representative:
own-customer``); those are then checked with real records of two customers, and so are the acts
(any other method) marked ``own-customer``: another customer's representative gets 404 and nothing
moves, the customer's own one is not refused for ownership. The hand-written matrix
of test_authz.py (mutating operations, the table in docs/reliability.md) stays beside this walk.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from authz_matrix import ROLES
from ptp_common.events.envelope import new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.events.schemas.crm import CustomerRegistered
from ptp_common.events.schemas.projects import ProjectAccepted
from ptp_common.messaging.bus import OutgoingMessage
from ptp_common.service import ServiceRuntime, create_service_app, known_services
from ptp_common.settings import load_settings
from ptp_common.testing.clients import bearer, running_app
from reliability_pipeline import signed_event

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

SERVICES = ("contracts", "crm", "kpi", "projects", "risk", "webhooks")
FAKE_ID = "999999"  # a valid int and a valid string id that exists nowhere
PUBLIC = {("GET", "/health/live"), ("GET", "/health/ready"), ("GET", "/metrics")}
CLIENT = "client_representative"
PROBLEM_JSON = "application/problem+json"

# Reads open to a client representative that do not declare their customer scope (none left: contracts'
# reads take ptp_common.auth.CustomerPrincipal now). Strict: a declared one must leave.
UNDECLARED: frozenset[tuple[str, str, str]] = frozenset()


def token(role: str, customer_id: str = "cust-authz") -> dict[str, str]:
    # A client representative always speaks for a customer (the customer_id claim).
    claims = {"customer_id": customer_id} if role == CLIENT else {}
    return bearer([role], sub=f"someone-{role}", **claims)


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, by_method in document["paths"].items()
        for method, operation in by_method.items()
    ]


def fill(path: str, values: dict[str, str] | None = None) -> str:
    values = values or {}
    return re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1), FAKE_ID), path)


def document_of(service: str) -> dict[str, Any]:
    """The service's OpenAPI document, from an app that is built but not started."""
    settings = load_settings(service, database_url="sqlite+aiosqlite:///:memory:")
    return create_service_app(known_services()[service], settings).openapi()


@pytest.fixture
async def app_client(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    definition = known_services()[request.param]
    async with running_app(definition, f"sqlite+aiosqlite:///{tmp_path / 'walk.db'}") as running:
        yield running


def test_the_walk_covers_every_installed_service() -> None:
    assert sorted(known_services()) == sorted(SERVICES)


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_says_who_may_call_it(service: str) -> None:
    missing = []
    for method, path, operation in operations(document_of(service)):
        roles = operation.get("x-roles")
        said = "Who may call:" in operation.get("description", "")
        if not roles or not set(roles) <= set(ROLES) or not said:
            missing.append(f"{method} {path}: x-roles {roles!r}")
        if bool(operation.get("x-public")) != ((method, path) in PUBLIC):
            missing.append(f"{method} {path}: public is {operation.get('x-public')!r}")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("service", SERVICES)
def test_reads_a_client_representative_may_call_are_narrowed_to_their_customer(service: str) -> None:
    """A representative reads only their own customer's records (issue 17 item 3), never all."""
    leaking = {
        (service, method, path)
        for method, path, operation in operations(document_of(service))
        if method == "GET" and operation.get("x-client-representative") == "any-customer"
    }
    known = {leak for leak in UNDECLARED if leak[0] == service}
    assert not leaking - known, f"reads open to every customer's representative: {sorted(leaking - known)}"
    assert not known - leaking, f"declared now, remove from UNDECLARED: {sorted(known - leaking)}"


@pytest.mark.parametrize("service", ("kpi", "risk", "webhooks"))
def test_a_client_representative_may_call_nothing_of_kpi_risk_or_webhooks(service: str) -> None:
    """KPI data, the risk register and credit, webhooks are staff's business (issue 17 item 3): no
    operation lets a representative through, so the walk below expects 403 for each of them."""
    open_to_them = [
        f"{method} {path}"
        for method, path, operation in operations(document_of(service))
        if CLIENT in operation["x-roles"] and not operation.get("x-public")
    ]
    assert not open_to_them


@pytest.mark.parametrize("app_client", SERVICES, indirect=True)
async def test_every_operation_answers_each_role_as_its_x_roles_say(app_client: Any) -> None:
    app, client, _runtime = app_client
    wrong: list[str] = []

    def check(method: str, path: str, who: str, response: Any, expected: str) -> None:
        status = response.status_code
        if status >= 500:
            wrong.append(f"{method} {path} as {who}: {status} {response.text[:200]}")
        elif status >= 400 and not response.headers.get("content-type", "").startswith(PROBLEM_JSON):
            wrong.append(f"{method} {path} as {who}: {status} is not problem+json")
        elif expected == "401" and status != 401:
            wrong.append(f"{method} {path} as {who}: {status}, expected 401")
        elif expected == "403" and status != 403:
            wrong.append(f"{method} {path} as {who}: {status}, expected 403")
        elif expected == "allowed" and status in (401, 403):
            wrong.append(f"{method} {path} as {who}: {status}, expected no 401/403: {response.text[:150]}")

    for method, path, operation in operations(app.openapi()):
        url = fill(path)
        body: dict[str, Any] | None = {} if method != "GET" else None
        anonymous = await client.request(method, url, json=body)
        check(method, path, "no token", anonymous, "allowed" if operation.get("x-public") else "401")
        for role in ROLES:
            response = await client.request(method, url, json=body, headers=token(role))
            check(method, path, role, response, "allowed" if role in operation["x-roles"] else "403")
    assert not wrong, "\n".join(wrong)


# -- record level: a representative of customer A and one of customer B, on real records ----------
CUSTOMER_B = "cust-walk-b"
Records = Callable[[Any, ServiceRuntime], Awaitable[tuple[str, dict[str, str]]]]
STAFF = bearer(["business_specialist"], sub="sam")
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


async def deliver(runtime: ServiceRuntime, source: str, data: EventData, subject: str) -> None:
    """The event as the service's queue would bring it (in-process bus: handled before this returns)."""
    env = new_envelope(source, data, subject=subject, actor=f"service:{source}")
    await runtime.bus.publish(
        [OutgoingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())]
    )


async def crm_records(client: Any, runtime: ServiceRuntime) -> tuple[str, dict[str, str]]:
    created = await client.post("/api/v1/customers", headers=STAFF, json={"name": "Walk A Ltd"})
    assert created.status_code == 201, created.text
    customer = created.json()["id"]
    accepted = ProjectAccepted(
        project_id="prj-walk",
        contract_id="ctr-walk",
        customer_id=customer,
        accepted_at=NOW,
        signed_off_by="rep-a",
        rounds=1,
        results=[],
    )
    await deliver(runtime, "projects", accepted, "prj-walk")
    [survey] = (await client.get("/api/v1/surveys", headers=STAFF)).json()["items"]
    return customer, {"customer_id": customer, "survey_id": survey["id"]}


async def project_records(client: Any, runtime: ServiceRuntime) -> tuple[str, dict[str, str]]:
    customer = "cust-walk-a"
    # Criteria AC-1 and AC-2, the ones the documented examples of the acceptance acts name: those
    # bodies then take effect, so an act wrongly let through would move the records.
    criteria = [{"criterion_id": c, "description": "works"} for c in ("AC-1", "AC-2")]
    event = signed_event("C-WALK", customer_id=customer).model_dump(mode="json")
    signed = ContractSigned.model_validate({**event, "acceptance_criteria": criteria})
    await deliver(runtime, "contracts", signed, "C-WALK")
    [project] = (await client.get("/api/v1/projects", headers=STAFF)).json()["items"]
    # Baselined with acceptance round 1 open: the round's own reads and acts have a record to reach.
    base = f"/api/v1/projects/{project['id']}"
    baselined = await client.post(f"{base}/baseline", headers=bearer(["project_manager"], sub="pat"))
    assert baselined.status_code == 200, baselined.text
    opened = await client.post(f"{base}/acceptance/rounds", headers=STAFF)
    assert opened.status_code == 201, opened.text
    return customer, {"project_id": project["id"], "number": str(opened.json()["number"])}


KINDS = ("rights_obligations", "scope", "price_terms", "delivery", "acceptance_criteria", "breach_liability")
MANAGER, LEGAL = bearer(["manager"], sub="max"), bearer(["legal"], sub="lee")


async def contract_records(client: Any, runtime: ServiceRuntime) -> tuple[str, dict[str, str]]:
    """A signed contract of customer A (known from crm's event), accepted, with its settlement open."""
    customer = "cust-walk-a"
    await deliver(runtime, "crm", CustomerRegistered(customer_id=customer, name="Walk A Ltd"), customer)

    async def ok(method: str, url: str, headers: dict[str, str], status: int = 200, **kw: Any) -> Any:
        answer = await client.request(method, url, headers=headers, **kw)
        assert answer.status_code == status, answer.text
        return answer.json()

    contract = await ok(
        "POST",
        "/api/v1/contracts",
        MANAGER,
        201,
        json={
            "customer_id": customer,
            "owner": "sam",
            "exception_reason": "walk",
            "title": "Walk",
            "scope": "walk",
            "total": "1000.00",
            "currency": "EUR",
            "expiry_date": "2030-12-31",
            "clauses": [{"kind": k, "title": k, "text": k} for k in KINDS],
            "deliverables": [{"deliverable_id": "D1", "name": "Thing", "due_date": "2030-03-01"}],
            "milestones": [
                {"milestone_id": "M1", "name": "Live", "due_date": "2030-03-15", "deliverable_ids": ["D1"]}
            ],
            "acceptance_criteria": [{"criterion_id": "AC1", "description": "works"}],
            "installments": [{"label": "all", "amount": "1000.00", "trigger": "acceptance"}],
        },
    )
    url = f"/api/v1/contracts/{contract['id']}"
    await ok("POST", f"{url}/submit", STAFF)
    await ok("POST", f"{url}/approve", LEGAL, json={})
    await ok("POST", f"{url}/start-signing", STAFF)
    signer = {"signer_name": "A", "signer_title": "Director"}
    await ok("POST", f"{url}/signatures", STAFF, json={"side": "company", "signer_identity": "c-1", **signer})
    await ok(
        "POST",
        f"{url}/signatures",
        token(CLIENT, customer),
        json={"side": "client", "signer_identity": "k-1", **signer},
    )
    accepted = ProjectAccepted(
        project_id="prj-walk",
        contract_id=contract["id"],
        customer_id=customer,
        accepted_at=NOW,
        signed_off_by="rep-a",
        rounds=1,
        results=[],
    )
    await deliver(runtime, "projects", accepted, "prj-walk")
    [settlement] = (await client.get("/api/v1/settlements", headers=STAFF)).json()["items"]
    return customer, {"contract_id": contract["id"], "settlement_id": settlement["id"]}


RECORDS: dict[str, Records] = {"contracts": contract_records, "crm": crm_records, "projects": project_records}


def items(answer: Any) -> list[Any]:
    body = answer.json()
    return body["items"] if isinstance(body, dict) and "items" in body else body  # type: ignore[no-any-return]


@pytest.mark.parametrize("app_client", sorted(RECORDS), indirect=True)
async def test_a_representative_reads_their_own_customers_records_and_not_anothers(app_client: Any) -> None:
    app, client, runtime = app_client
    customer_a, ids = await RECORDS[runtime.name](client, runtime)
    rep_a, rep_b = token(CLIENT, customer_a), token(CLIENT, CUSTOMER_B)
    scoped = [
        path
        for method, path, operation in operations(app.openapi())
        if method == "GET"
        and operation.get("x-client-representative") == "own-customer"
        and set(re.findall(r"\{([^}]+)\}", path)) <= set(ids)  # reads whose ids these records give
    ]
    assert scoped, "no own-customer read to check"
    wrong: list[str] = []
    for path in scoped:
        url = fill(path, ids)
        own = await client.get(url, headers=rep_a)
        if own.status_code != 200:
            wrong.append(f"GET {path} as A's representative: {own.status_code} {own.text[:200]}")
        elif "{" not in path and not items(own):
            wrong.append(f"GET {path} as A's representative: A's record is not listed")
        other = await client.get(url, headers=rep_b)
        # Another customer's record is as if it did not exist: 404, or a list without it.
        if other.status_code == 200 and isinstance(other.json(), dict) and "items" not in other.json():
            wrong.append(f"GET {path} as B's representative: 200, A's record shown")
        elif other.status_code == 200 and items(other):
            wrong.append(f"GET {path} as B's representative: A's records listed: {other.text[:200]}")
        elif other.status_code not in (200, 404):
            wrong.append(f"GET {path} as B's representative: {other.status_code} {other.text[:200]}")
    assert not wrong, "\n".join(wrong)


# -- acts (any method) a representative performs on their own customer's records -----------------
# The services with such acts; the guard below fails when another service gets one, so its records
# are added to RECORDS and the acts walked.
ACTING = ("contracts", "projects")


def customer_scoped_acts(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every operation but a read that a client representative may call for their own customer."""
    return [
        (method, path, operation)
        for method, path, operation in operations(document)
        if method != "GET"
        and CLIENT in operation["x-roles"]
        and operation.get("x-client-representative") == "own-customer"
    ]


def example_body(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The request body's documented example: a body that passes validation, so the handler (and
    its ownership check) runs; None when the operation takes no body."""
    request_body = operation.get("requestBody")
    if request_body is None:
        return None
    schema = request_body["content"]["application/json"]["schema"]
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    examples = schema.get("examples") or [{}]
    return examples[0]  # type: ignore[no-any-return]


def test_the_acts_of_representatives_are_walked_in_every_service_that_has_them() -> None:
    having = {service for service in SERVICES if customer_scoped_acts(document_of(service))}
    assert having == set(ACTING), f"services with own-customer acts: {sorted(having)}"
    assert set(ACTING) <= set(RECORDS)


@pytest.mark.parametrize("app_client", ACTING, indirect=True)
async def test_a_representative_acts_on_their_own_customers_records_and_not_anothers(
    app_client: Any,
) -> None:
    """Every non-read operation marked ``own-customer`` (the client's signature, acceptance rounds,
    results, failing a round, sign-off): another customer's representative gets 404 and nothing
    moves; the customer's own representative is never refused for ownership (the records' state may
    still refuse the act: 409/422)."""
    app, client, runtime = app_client
    document = app.openapi()
    customer_a, ids = await RECORDS[runtime.name](client, runtime)
    rep_a, rep_b = token(CLIENT, customer_a), token(CLIENT, CUSTOMER_B)
    acts = customer_scoped_acts(document)
    assert acts, "no own-customer act to check"
    # What "nothing moved" is read from: every read these records' ids reach, as staff.
    reads = [
        path
        for method, path, _ in operations(document)
        if method == "GET" and "{" in path and set(re.findall(r"\{([^}]+)\}", path)) <= set(ids)
    ]

    async def snapshot() -> dict[str, Any]:
        return {path: (await client.get(fill(path, ids), headers=STAFF)).json() for path in reads}

    wrong: list[str] = []
    for method, path, operation in acts:
        if not set(re.findall(r"\{([^}]+)\}", path)) <= set(ids):
            wrong.append(f"{method} {path}: the records of {runtime.name} give no id for it")
            continue
        url, body = fill(path, ids), example_body(document, operation)
        before = await snapshot()
        other = await client.request(method, url, json=body, headers=rep_b)
        if other.status_code != 404 or not other.headers["content-type"].startswith(PROBLEM_JSON):
            wrong.append(f"{method} {path} as B's representative: {other.status_code}, expected 404: "
                         f"{other.text[:200]}")
        moved = [read for read, answer in (await snapshot()).items() if answer != before[read]]
        if moved:
            wrong.append(f"{method} {path} as B's representative moved A's records: {moved}")
    for method, path, operation in acts:
        own = await client.request(method, fill(path, ids), json=example_body(document, operation),
                                   headers=rep_a)
        if own.status_code in (401, 403, 404) or own.status_code >= 500:
            wrong.append(f"{method} {path} as A's representative: {own.status_code} {own.text[:200]}")
    assert not wrong, "\n".join(wrong)
