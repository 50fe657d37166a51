"""The answers every operation can give, written into the OpenAPI document when it is built.

Runs after :mod:`ptp_common.auth.openapi_roles` (it reads ``x-roles``). For each operation it adds the
problem+json responses the shared mechanisms can produce, each with the shared ``Problem`` schema:

- 400 where there is a request body (it could not be decoded);
- 401 unless the operation is public; 403 where ``x-roles`` is not every role;
- 404 where the path has parameters (no such resource);
- 409 on writes (a state conflict, or a concurrent write caught by a unique key);
- 412 where ``If-Match`` is read; 413 where there is a body (``max_body_bytes``);
- 422 where there is a body or a parameter.

A status an operation declares itself keeps its description; its content becomes problem+json.
It also writes the default bounds (:mod:`ptp_common.http.bounds`), documents ``/metrics`` as the
Prometheus text it is, and links each creation to what takes its id (:func:`document_links`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI

from ptp_common.auth.dependencies import ALL_ROLES
from ptp_common.errors import PROBLEM_JSON, ProblemDetail
from ptp_common.http.bounds import document_bounds

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

DESCRIPTIONS = {
    400: "The request body could not be decoded",
    401: "Missing or invalid bearer token",
    403: "The caller's roles do not allow this",
    404: "No such resource",
    409: "Conflicts with the resource's state (e.g. an illegal transition) or a concurrent write",
    412: "If-Match does not match the current version (stale write)",
    413: "The request body is larger than the service takes",
    422: "Invalid input; `errors` names each field at fault",
}
WRITES = {"post", "put", "patch", "delete"}


def _problem_components(schemas: dict[str, Any]) -> None:
    generated = ProblemDetail.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, definition in generated.pop("$defs", {}).items():
        schemas.setdefault(name, definition)
    generated["title"] = "Problem"
    schemas["Problem"] = generated


def _statuses(path: str, method: str, operation: dict[str, Any]) -> set[int]:
    params = operation.get("parameters", [])
    has_body = "requestBody" in operation
    statuses: set[int] = set()
    if has_body:
        statuses |= {400, 413, 422}
    if params:
        statuses.add(422)
    if not operation.get("x-public"):
        statuses.add(401)
        if set(operation.get("x-roles", ())) != set(ALL_ROLES):
            statuses.add(403)
    if any(p.get("in") == "path" for p in params):
        statuses.add(404)
    if method in WRITES:
        statuses.add(409)
    if any(p.get("in") == "header" and p.get("name", "").lower() == "if-match" for p in params):
        statuses.add(412)
    return statuses


def _operations(openapi: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in openapi.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield path, method, operation


def document_problems(openapi: dict[str, Any]) -> None:
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    _problem_components(schemas)
    for path, method, operation in _operations(openapi):
        responses = operation["responses"]
        for status in _statuses(path, method, operation):
            responses.setdefault(str(status), {"description": DESCRIPTIONS[status]})
        for status, response in responses.items():
            if not status.isdigit() or int(status) < 400:
                continue
            content = response.get("content", {})
            if any(not t.endswith("json") for t in content):
                continue  # e.g. an HTML page's own error rendering
            response["content"] = {PROBLEM_JSON: {"schema": PROBLEM_REF}}
            if not response.get("description") or response["description"] == "Validation Error":
                response["description"] = DESCRIPTIONS.get(int(status), "Error")
    metrics = openapi.get("paths", {}).get("/metrics", {}).get("get")
    if metrics is not None:
        metrics["responses"]["200"] = {
            "description": "Prometheus text exposition format 0.0.4",
            "content": {METRICS_CONTENT_TYPE: {"schema": {"type": "string"}}},
        }


PARAMETER = re.compile(r"\{([^}/]+)\}")


def _response_properties(response: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    while "$ref" in schema:
        schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
    properties: dict[str, Any] = schema.get("properties", {})
    return properties


def _homes(path: str) -> list[str]:
    """Where what a POST to ``path`` creates lives: under ``path`` itself, and for a creation nested
    under its parent (``/api/v1/projects/{project_id}/tasks``) also in the top-level collection of
    the same name (``/api/v1/tasks``), where docs/api.md puts its actions (``POST /tasks/{id}/start``)."""
    first = PARAMETER.search(path)
    if first is None:
        return [path]
    base = path[: first.start()].rstrip("/").rsplit("/", 1)[0]
    return [path, f"{base}/{path.rsplit('/', 1)[-1]}"]


def _link(path: str, homes: list[str], target: str, created: dict[str, Any]) -> dict[str, str] | None:
    """The parameters of a link from a creation at ``path`` to an operation at ``target``, or None
    when ``target`` is not an operation on what was created or needs a parameter the creation does
    not give. The created parameter comes from the body's ``id`` (or the body's property of the
    parameter's own name, e.g. an acceptance round's ``number``); the creation's path parameters
    are carried through."""
    for home in dict.fromkeys(homes):
        below = re.fullmatch(rf"{re.escape(home)}/{PARAMETER.pattern}(/.*)?", target)
        if below is None:
            continue
        given = {name: f"$request.path.{name}" for name in PARAMETER.findall(path)}
        new = below.group(1)
        given[new] = f"$response.body#/{new if new in created else 'id'}"
        needed = PARAMETER.findall(target)
        return {name: given[name] for name in needed} if set(needed) <= set(given) else None
    return None


def document_links(openapi: dict[str, Any]) -> None:
    """OpenAPI ``links`` on every 201 whose body has an ``id``, to each operation that takes it, so
    that clients and schemathesis' stateful phase know what to call next. A link is named after its
    target's ``operationId`` (unique in the document, and a valid component key)."""
    schemas = openapi.get("components", {}).get("schemas", {})
    operations = list(_operations(openapi))
    readers = item_readers(openapi)
    for path, _, operation in operations:
        response = operation["responses"].get("201")
        if response is None or "id" not in (created := _response_properties(response, schemas)):
            continue
        where_read = readers.get(_schema_ref(response) or "", [])
        homes = _homes(path) + [item.rsplit("/", 1)[0] for item in where_read]
        links = {
            name: {"operationId": name, "parameters": given}
            for target, _, target_operation in operations
            if (name := target_operation.get("operationId"))
            and (given := _link(path, homes, target, created)) is not None
        }
        if links:
            response["links"] = links


def _schema_ref(response: dict[str, Any]) -> str | None:
    ref = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
    return ref if isinstance(ref, str) else None


def item_readers(openapi: dict[str, Any]) -> dict[str, list[str]]:
    """Schema ref -> the paths ``<collection>/{id}`` whose GET answers it: where a record of that
    schema lives, whichever path created it (a revision of a solution is a solution, read at
    ``/solutions/{solution_id}``; a settlement opened on a contract lives under ``/settlements``)."""
    found: dict[str, list[str]] = {}
    for path, method, operation in _operations(openapi):
        item = re.fullmatch(rf"(.*)/{PARAMETER.pattern}", path)
        ref = _schema_ref(operation["responses"].get("200", {}))
        if method == "get" and item is not None and ref is not None and not PARAMETER.search(item.group(1)):
            found.setdefault(ref, []).append(path)
    return found


def _drop_unreferenced(openapi: dict[str, Any]) -> None:
    import json

    schemas = openapi.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError", "ProblemDetail"):
        if name in schemas and f'"#/components/schemas/{name}"' not in json.dumps(
            {k: v for k, v in openapi.items() if k != "components"}
        ) + json.dumps({k: v for k, v in schemas.items() if k != name}):
            del schemas[name]


def install_openapi_docs(app: FastAPI) -> None:
    """Make ``app.openapi()`` carry the problem responses and bounds (after ``install_role_docs``)."""
    generate = app.openapi
    documented: list[int] = []

    def openapi() -> dict[str, Any]:
        schema = generate()
        if documented != [id(schema)]:
            document_problems(schema)
            document_bounds(schema)
            document_links(schema)
            _drop_unreferenced(schema)
            documented[:] = [id(schema)]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
