"""The mechanical conventions of docs/api.md, checked on the six OpenAPI documents.

- paths are kebab-case (lower-case words joined by ``-``; parameters in braces are exempt);
- every operation says who may call it (``x-roles``);
- every string, array and integer of a request schema or parameter is bounded;
- every request body has an example;
- every GET that returns a list returns a page (``items`` + ``next_cursor``);
- operation ids are unique (a generated client names its calls after them);
- every creation (a 201 whose body has an ``id``) links to the operations that take what it created
  (OpenAPI ``links``, named as component keys are, each to an operation of the document);
- every state machine of the service names its resource, and each action it lists in
  ``allowed_actions`` is a ``POST <resource>/<segment>`` route of the document.

``KNOWN`` lists what does not follow them yet (issue 19 item 3 is under way); the test fails on any
new departure, and on an entry of ``KNOWN`` that no longer departs (remove it then). Each document is
also valid OpenAPI (the meta-schema check of schemathesis, links included).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from ptp_common.service import create_service_app, known_services
from ptp_common.settings import load_settings
from ptp_common.statemachine import StateMachine

SERVICES = ["crm", "contracts", "projects", "risk", "kpi", "webhooks"]
SEGMENT = re.compile(r"^(\{[a-z_]+\}|[a-z0-9]+(-[a-z0-9]+)*|openapi\.json)$")
METHODS = ("get", "put", "post", "delete", "patch")
COMPONENT_KEY = re.compile(r"^[a-zA-Z0-9.\-_]+$")

# (service, rule, "METHOD path" or "METHOD path field"): departures not fixed yet.
KNOWN: set[tuple[str, str, str]] = {
    ('contracts', 'actions', 'contract: no resource'),
    ('contracts', 'actions', 'settlement: no resource'),
    ('kpi', 'actions', 'audit: no resource'),
    ('kpi', 'actions', 'finding: no resource'),
    ('kpi', 'actions', 'scorecard: no resource'),
    ('kpi', 'actions', 'self-check: no resource'),
    ('projects', 'actions', 'acceptance round: no resource'),
    ('projects', 'actions', 'milestone: no resource'),
    ('projects', 'actions', 'project: no resource'),
    ('projects', 'actions', 'rectification item: no resource'),
    ('projects', 'actions', 'task: no resource'),
    # Creations no operation takes the id of (nothing reads or acts on one record of them):
    ('crm', 'links', 'POST /api/v1/customers/{customer_id}/contacts'),
    ('crm', 'links', 'POST /api/v1/opportunities/{opportunity_id}/needs-meetings'),
    ('crm', 'links', 'POST /api/v1/service-sessions'),
    ('contracts', 'links', 'POST /api/v1/installments/{installment_id}/payments'),
    ('projects', 'links', 'POST /api/v1/projects/{project_id}/reports'),
    ('risk', 'links', 'POST /api/v1/risks/{risk_id}/assessments'),
    ('risk', 'links', 'POST /api/v1/risks/{risk_id}/indicators/{indicator_id}/observations'),
    ('kpi', 'links', 'POST /api/v1/scorecards/{scorecard_id}/evaluations'),
    # 201 answering the parent (the initiation the evaluation was added to), not what was created:
    ('crm', 'links', 'POST /api/v1/initiations/{initiation_id}/evaluations'),
    # What they create lives elsewhere than the creating path or a collection of its name:
    # a revision is a solution (/solutions/{solution_id}), a settlement is under /settlements.
    ('crm', 'links', 'POST /api/v1/solutions/{solution_id}/revise'),
    ('contracts', 'links', 'POST /api/v1/contracts/{contract_id}/settlement'),
    ('contracts', 'page', 'GET /api/v1/admin/dead-letters'),
    ('contracts', 'page', 'GET /api/v1/contracts/{contract_id}/payments'),
    ('contracts', 'page', 'GET /api/v1/contracts/{contract_id}/reviews'),
    ('contracts', 'page', 'GET /api/v1/contracts/{contract_id}/revisions'),
    ('crm', 'example', 'POST /api/v1/inquiries/{inquiry_id}/resolve'),
    ('crm', 'example', 'POST /api/v1/inquiries/{inquiry_id}/respond'),
    ('crm', 'page', 'GET /api/v1/admin/dead-letters'),
    ('kpi', 'example', 'POST /api/v1/findings/{finding_id}/reject_rectification'),
    ('kpi', 'kebab-case', '/api/v1/findings/{finding_id}/reject_rectification'),
    ('kpi', 'kebab-case', '/api/v1/findings/{finding_id}/start_rectification'),
    ('kpi', 'kebab-case', '/api/v1/findings/{finding_id}/submit_rectification'),
    ('kpi', 'page', 'GET /api/v1/admin/dead-letters'),
    ('kpi', 'page', 'GET /api/v1/duties'),
    ('kpi', 'page', 'GET /api/v1/duties/missed'),
    ('kpi', 'page', 'GET /api/v1/duty-rules'),
    ('kpi', 'page', 'GET /api/v1/metrics/indicators'),
    ('projects', 'page', 'GET /api/v1/admin/dead-letters'),
    ('projects', 'page', 'GET /api/v1/projects/{project_id}/milestones'),
    ('projects', 'page', 'GET /api/v1/resources/over-allocations'),
    ('risk', 'example', 'POST /api/v1/risks/{risk_id}/assessments'),
    ('risk', 'page', 'GET /api/v1/admin/dead-letters'),
    ('risk', 'page', 'GET /api/v1/risk-events/counts'),
    ('webhooks', 'example', 'POST /api/v1/subscriptions/{subscription_id}/redeliver'),
    ('webhooks', 'example', 'POST /api/v1/subscriptions/{subscription_id}/rotate-secret'),
    ('webhooks', 'page', 'GET /api/v1/admin/dead-letters'),
}


def _document(service: str) -> dict[str, Any]:
    app = create_service_app(
        known_services()[service], load_settings(service, database_url="sqlite+aiosqlite:///:memory:")
    )
    return app.openapi()


def _resolve(schema: Any, components: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema if isinstance(schema, dict) else {}


def _unbounded(schema: Any, components: dict[str, Any], where: str, seen: set[str]) -> Iterator[str]:
    if not isinstance(schema, dict):
        return
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name not in seen:
            seen.add(name)
            yield from _unbounded(components.get(name), components, name, seen)
        return
    kind = schema.get("type")
    if kind == "string" and not {"enum", "const", "maxLength"} & set(schema):
        yield f"{where}: string without maxLength"
    if kind == "array" and "maxItems" not in schema:
        yield f"{where}: array without maxItems"
    if kind == "integer" and not ({"maximum", "exclusiveMaximum"} & set(schema)):
        yield f"{where}: integer without maximum"
    for key in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(key, ()):
            yield from _unbounded(part, components, where, seen)
    if "items" in schema:
        yield from _unbounded(schema["items"], components, f"{where}[]", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _unbounded(schema["additionalProperties"], components, f"{where}{{}}", seen)
    for name, part in schema.get("properties", {}).items():
        yield from _unbounded(part, components, f"{where}.{name}", seen)


def _has_example(media: dict[str, Any], components: dict[str, Any]) -> bool:
    if media.get("example") is not None or media.get("examples"):
        return True
    schema = _resolve(media.get("schema"), components)
    return bool(schema.get("examples") or schema.get("example"))


def _is_page(schema: Any, components: dict[str, Any]) -> bool:
    schema = _resolve(schema, components)
    return {"items", "next_cursor"} <= set(schema.get("properties", {}))


def _returns_list(schema: Any, components: dict[str, Any]) -> bool:
    return _resolve(schema, components).get("type") == "array"


def state_machines(service: str) -> list[StateMachine]:
    """Every StateMachine defined at module level in the service's package."""
    package = importlib.import_module(f"ptp_{service}")
    found: dict[int, StateMachine] = {}
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if ".migrations" in module.name:
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, StateMachine):
                found[id(value)] = value
    return list(found.values())


def action_departures(service: str, doc: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for machine in state_machines(service):
        if not machine.resource:
            yield (service, "actions", f"{machine.entity}: no resource")
            continue
        for action in machine.actions:
            segment = machine.path_of(action)
            if segment is not None and "post" not in doc["paths"].get(f"{machine.resource}/{segment}", {}):
                yield (service, "actions", f"{machine.entity}: POST {machine.resource}/{segment}")


def link_departures(service: str, doc: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    components = doc.get("components", {}).get("schemas", {})
    ids = {op.get("operationId") for item in doc["paths"].values() for op in item.values()}
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            created = operation.get("responses", {}).get("201") if method in METHODS else None
            if created is None:
                continue
            where = f"{method.upper()} {path}"
            body = _resolve(created.get("content", {}).get("application/json", {}).get("schema"), components)
            if "id" in body.get("properties", {}) and not created.get("links"):
                yield (service, "links", where)
            for name, link in created.get("links", {}).items():
                if not COMPONENT_KEY.match(name):
                    yield (service, "links", f"{where} {name}: not a component key")
                if link.get("operationId") not in ids:
                    yield (service, "links", f"{where} {name}: no such operation")


def departures(service: str, doc: dict[str, Any]) -> set[tuple[str, str, str]]:
    components = doc.get("components", {}).get("schemas", {})
    found: set[tuple[str, str, str]] = set(action_departures(service, doc))
    found |= set(link_departures(service, doc))
    ids = Counter(
        operation["operationId"]
        for item in doc["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    )
    found |= {(service, "operation-id", f"{name} used {n} times") for name, n in ids.items() if n > 1}
    for path, item in doc["paths"].items():
        if not all(SEGMENT.match(s) for s in path.strip("/").split("/") if s):
            found.add((service, "kebab-case", path))
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = f"{method.upper()} {path}"
            if "x-roles" not in operation:
                found.add((service, "x-roles", where))
            for parameter in operation.get("parameters", ()):
                if parameter.get("in") in ("query", "path"):
                    for gap in _unbounded(parameter.get("schema"), components, parameter["name"], set()):
                        found.add((service, "bounds", f"{where} {gap}"))
            for media in operation.get("requestBody", {}).get("content", {}).values():
                for gap in _unbounded(media.get("schema"), components, "body", set()):
                    found.add((service, "bounds", f"{where} {gap}"))
                if not _has_example(media, components):
                    found.add((service, "example", where))
            if method == "get":
                ok = operation.get("responses", {}).get("200", {}).get("content", {})
                for media in ok.values():
                    if _returns_list(media.get("schema"), components) and not _is_page(
                        media.get("schema"), components
                    ):
                        found.add((service, "page", where))
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_the_openapi_document_follows_the_conventions(service: str) -> None:
    found = departures(service, _document(service))
    known = {k for k in KNOWN if k[0] == service}
    new = sorted(found - known)
    stale = sorted(known - found)
    assert not new, "departures from docs/api.md:\n" + "\n".join(" | ".join(d) for d in new)
    assert not stale, "fixed, remove from KNOWN:\n" + "\n".join(" | ".join(d) for d in stale)


@pytest.mark.parametrize("service", SERVICES)
def test_the_openapi_document_is_valid(service: str) -> None:
    schemathesis = pytest.importorskip("schemathesis")
    schemathesis.openapi.from_dict(_document(service)).validate()
