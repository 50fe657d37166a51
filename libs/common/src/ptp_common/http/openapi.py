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
It also writes the default bounds (:mod:`ptp_common.http.bounds`) and documents ``/metrics`` as the
Prometheus text it is.
"""

from __future__ import annotations

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


def document_problems(openapi: dict[str, Any]) -> None:
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    _problem_components(schemas)
    for path, item in openapi.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
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
            _drop_unreferenced(schema)
            documented[:] = [id(schema)]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
