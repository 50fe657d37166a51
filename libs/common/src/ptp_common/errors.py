"""RFC 9457 problem details for every error path.

Domain code raises :class:`Problem` subclasses; FastAPI's own errors (404 route,
405, 422 validation) and unexpected exceptions are rendered the same way, with
``application/problem+json``. Validation problems list each field at fault as a
JSON pointer and a dotted name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://ptp.example/problems/"


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the field at fault, e.g. body.amount")
    pointer: str = Field(description="JSON pointer into the request, e.g. #/body/amount")
    message: str
    type: str


class ProblemDetail(BaseModel):
    """RFC 9457 problem details, as every error of the suite is answered."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None

    model_config = {"extra": "allow"}


class Problem(Exception):
    status = 500
    title = "Internal Server Error"
    slug = "internal"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.extra = extra

    def to_detail(self, instance: str | None = None) -> ProblemDetail:
        return ProblemDetail(
            type=PROBLEM_BASE + self.slug,
            title=self.title,
            status=self.status,
            detail=self.detail,
            instance=instance,
            **self.extra,
        )


class BadRequest(Problem):
    status, title, slug = 400, "Bad Request", "bad-request"


class Unauthorized(Problem):
    status, title, slug = 401, "Unauthorized", "unauthorized"


class Forbidden(Problem):
    status, title, slug = 403, "Forbidden", "forbidden"


class NotFound(Problem):
    status, title, slug = 404, "Not Found", "not-found"


class Conflict(Problem):
    status, title, slug = 409, "Conflict", "conflict"


class PreconditionFailed(Problem):
    status, title, slug = 412, "Precondition Failed", "stale-write"


class PreconditionRequired(Problem):
    status, title, slug = 428, "Precondition Required", "if-match-required"


class PayloadTooLarge(Problem):
    status, title, slug = 413, "Payload Too Large", "payload-too-large"


class Unprocessable(Problem):
    """A business-rule violation on a named field (the request was well-formed)."""

    status, title, slug = 422, "Unprocessable Content", "validation"

    def __init__(self, detail: str, *, field: str | None = None, **extra: Any) -> None:
        errors = extra.pop("errors", None)
        if errors is None and field is not None:
            errors = [field_error(field, detail, "value_error")]
        super().__init__(detail, errors=errors, **extra)


class IllegalTransition(Conflict):
    slug = "illegal-transition"

    def __init__(self, entity: str, state: str, action: str, allowed: Iterable[str]) -> None:
        allowed = sorted(allowed)
        super().__init__(
            f"{entity} in state '{state}' cannot '{action}'; allowed: {', '.join(allowed) or 'none'}",
            state=state,
            action=action,
            allowed_actions=allowed,
        )


def field_error(field: str, message: str, type_: str) -> dict[str, str]:
    return {
        "field": field,
        "pointer": "#/" + field.replace(".", "/"),
        "message": message,
        "type": type_,
    }


def _loc_to_field(loc: Sequence[Any]) -> str:
    return ".".join(str(p) for p in loc)


def instance_of(request: Request) -> str:
    """The path the caller used, service prefix included: behind the gateway (distributed mode) the
    service sees ``/api/v1/...`` and the prefix arrives as ``X-Forwarded-Prefix``; mounted in the
    embedded suite, the ASGI ``root_path`` already carries it."""
    return public_path(request, request.url.path)


def public_path(request: Request, path: str) -> str:
    """``path`` (as the service routes it, or as ``request.url.path`` gives it) as the caller reaches it."""
    root = str(request.scope.get("root_path") or "").rstrip("/")
    if root and not path.startswith(root + "/") and path != root:
        path = root + path
    prefix = request.headers.get("x-forwarded-prefix", "").rstrip("/")
    if prefix.startswith("/") and not path.startswith(prefix + "/") and path != prefix:
        path = prefix + path
    return path


def allowed_methods(app: Any, scope: Any) -> list[str]:
    """Every method some route of ``app`` answers on the path of ``scope`` (a complete ``Allow``)."""
    import fastapi.routing
    from starlette._utils import get_route_path

    path = get_route_path(scope)
    iterate = getattr(fastapi.routing, "iter_route_contexts", None)
    routes: Iterable[Any] = iterate(app.routes) if iterate is not None else app.routes
    methods: set[str] = set()
    for route in routes:
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path) and getattr(route, "methods", None):
            methods.update(route.methods)
    return sorted(methods)


def problem_response(problem: ProblemDetail, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(exclude_none=True, mode="json"),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return problem_response(exc.to_detail(instance_of(request)), headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for err in exc.errors():
            loc = err.get("loc", ())
            msg = err.get("msg", "invalid")
            if err.get("type") == "json_invalid":
                # pydantic puts the character offset in the location (``body.33``): name the body.
                position = loc[1] if len(loc) > 1 else None
                reason = str(err.get("ctx", {}).get("error", msg))
                where = f" (at character {position})" if position is not None else ""
                msg = f"malformed JSON: {reason}{where}"
                loc = ("body",)
            errors.append(field_error(_loc_to_field(loc), msg, str(err.get("type"))))
        fields = ", ".join(e["field"] for e in errors)
        detail = ProblemDetail(
            type=PROBLEM_BASE + "validation",
            title="Unprocessable Content",
            status=422,
            detail=f"invalid request: {fields}",
            instance=instance_of(request),
            errors=[FieldError(**e) for e in errors],
        )
        return problem_response(detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(getattr(exc, "headers", None) or {})
        text = exc.detail if isinstance(exc.detail, str) else None
        if exc.status_code == 405:
            # Starlette's Allow names the methods of the first route on the path only.
            allow = allowed_methods(request.app.router, request.scope)
            headers["Allow"] = ", ".join(allow)
            text = f"{request.method} is not allowed here; allowed: {', '.join(allow)}"
        elif exc.status_code == 404 and text == "Not Found":
            text = f"no route {request.method} {instance_of(request)}"
        elif exc.status_code == 400 and text and "parsing the body" in text:
            text = "the request body could not be decoded (send UTF-8 JSON)"
        detail = ProblemDetail(
            type="about:blank",
            title=_reason(exc.status_code),
            status=exc.status_code,
            detail=text,
            instance=instance_of(request),
        )
        return problem_response(detail, headers or None)

    @app.exception_handler(StaleDataError)
    async def _stale(request: Request, exc: StaleDataError) -> JSONResponse:
        # Optimistic locking caught a concurrent write that If-Match could not see.
        return problem_response(
            PreconditionFailed("the resource changed meanwhile; re-read and retry").to_detail(
                instance_of(request)
            )
        )

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # A unique key raced us (e.g. two creations with one Idempotency-Key); nothing was written.
        return problem_response(
            Conflict("conflicts with an existing record; re-read and retry").to_detail(instance_of(request))
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            ProblemDetail(
                type=PROBLEM_BASE + "internal",
                title="Internal Server Error",
                status=500,
                detail="an unexpected error occurred; it has been logged",
                instance=instance_of(request),
            )
        )


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ProblemDetail, "content": {PROBLEM_JSON: {}}, "description": desc}
    for code, desc in {
        401: "Missing or invalid bearer token",
        403: "The caller's roles do not allow this",
        404: "No such resource",
        409: "Conflicts with the resource's state (e.g. an illegal transition)",
        412: "If-Match does not match the current version (stale write)",
        422: "Invalid input; `errors` names each field at fault",
    }.items()
}
