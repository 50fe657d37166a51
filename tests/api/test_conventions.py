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

Every departure fails the test: there is no list of exceptions. Each document is also valid
OpenAPI (the meta-schema check of schemathesis, links included).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from ptp_common.http.openapi import item_readers
from ptp_common.service import create_service_app, known_services
from ptp_common.settings import load_settings
from ptp_common.statemachine import StateMachine

SERVICES = ["crm", "contracts", "projects", "risk", "kpi", "webhooks"]
SEGMENT = re.compile(r"^(\{[a-z_]+\}|[a-z0-9]+(-[a-z0-9]+)*|openapi\.json)$")
METHODS = ("get", "put", "post", "delete", "patch")
COMPONENT_KEY = re.compile(r"^[a-zA-Z0-9.\-_]+$")

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
    readers = item_readers(doc)
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            created = operation.get("responses", {}).get("201") if method in METHODS else None
            if created is None:
                continue
            where = f"{method.upper()} {path}"
            schema = created.get("content", {}).get("application/json", {}).get("schema", {})
            body = _resolve(schema, components)
            targets = {link.get("operationId") for link in created.get("links", {}).values()}
            # what reads one record of the created schema by id must be linked (nothing reading it:
            # nothing takes its id, e.g. a contact or an assessment, and no link is owed)
            items = readers.get(schema.get("$ref", ""), []) if "id" in body.get("properties", {}) else []
            for item_path in items:
                reader = doc["paths"][item_path]["get"]["operationId"]
                if reader not in targets:
                    yield (service, "links", f"{where} -> {reader}")
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
    assert not found, "departures from docs/api.md:\n" + "\n".join(" | ".join(d) for d in sorted(found))


@pytest.mark.parametrize("service", SERVICES)
def test_the_openapi_document_is_valid(service: str) -> None:
    import schemathesis

    schemathesis.openapi.from_dict(_document(service)).validate()
