"""Who may call each operation, written into the OpenAPI document from the operation's dependencies.

Every authorization dependency of ``ptp_common.auth.dependencies`` carries a marker: the roles it lets
through (``CurrentPrincipal``: all; ``StaffPrincipal``: all but client_representative;
``require_roles(...)``: those) and, for ``CustomerPrincipal``, that a client representative sees only
their own customer's records. The roles that may call an operation are the intersection over the
markers found anywhere in its dependency tree (a ``require_roles`` dependency depends on
``current_principal`` itself). The result goes into each operation as

- ``x-roles``: the role names, sorted;
- ``x-public: true`` when no authorization dependency runs (health, metrics): no token needed;
- ``x-client-representative``: ``own-customer`` when a client representative may call it for their
  own customer's records only, ``any-customer`` when one may call it with no such narrowing;
- a sentence "Who may call: ..." appended to the description, unless the description already has one.

Object-level rules (the owner of a task, of a finding) are not roles: operations say them in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import fastapi.routing
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from ptp_common.auth.dependencies import (
    ALL_ROLES,
    CUSTOMER_SCOPE_MARK,
    OWN_CUSTOMER,
    ROLES_MARK,
    STAFF_ROLES,
)
from ptp_common.auth.roles import Role

CLIENT = Role.client_representative.value
WHO_MAY_CALL = "Who may call:"


@dataclass(frozen=True)
class Access:
    """Whom an operation lets through, as derived from its dependencies."""

    roles: frozenset[str]
    public: bool
    customer_scope: str | None

    @property
    def client_representative(self) -> str | None:
        if CLIENT not in self.roles or self.public:
            return None
        return self.customer_scope or "any-customer"

    def sentence(self) -> str:
        if self.public:
            return f"{WHO_MAY_CALL} anyone; no token needed."
        if self.roles == ALL_ROLES:
            who = "any authenticated caller (every role)"
        elif self.roles == STAFF_ROLES:
            who = "staff: every role but client_representative (a client representative gets 403)"
        elif not self.roles:
            who = "nobody (the role requirements of this operation exclude each other)"
        else:
            who = f"{', '.join(sorted(self.roles))} (403 for any other role)"
        if self.client_representative == OWN_CUSTOMER:
            who += (
                "; a client_representative only for their own customer's records (the token's "
                "customer_id claim): another customer's record answers 404, lists hold only their own"
            )
        return f"{WHO_MAY_CALL} {who}."


def access_of(dependant: Dependant) -> Access:
    """The roles that may call an operation: the intersection of every marked dependency's roles."""
    roles = ALL_ROLES
    marked = False
    scope: str | None = None
    for call in _calls(dependant):
        allowed = getattr(call, ROLES_MARK, None)
        if allowed is not None:
            marked = True
            roles = roles & allowed
        scope = scope or getattr(call, CUSTOMER_SCOPE_MARK, None)
    return Access(roles=roles, public=not marked, customer_scope=scope)


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _operations(app: FastAPI) -> Iterator[tuple[str, str, Dependant]]:
    """(path, method, dependant) of every documented operation, routers included."""
    # FastAPI >= 0.16x keeps included routers lazily (routes are contexts); older ones list APIRoutes.
    iterate = getattr(fastapi.routing, "iter_route_contexts", None)
    routes: Iterable[Any] = iterate(app.routes) if iterate is not None else app.routes
    for route in routes:
        original = getattr(route, "original_route", route)
        if not isinstance(original, APIRoute) or not route.include_in_schema:
            continue
        for method in route.methods or ():
            yield route.path_format, method.lower(), route.dependant


def document_roles(app: FastAPI, schema: dict[str, Any]) -> None:
    """Write ``x-roles`` (and the rest, see the module) into every operation of ``schema``."""
    for path, method, dependant in _operations(app):
        operation = schema.get("paths", {}).get(path, {}).get(method)
        if operation is None:
            continue
        access = access_of(dependant)
        operation["x-roles"] = sorted(access.roles)
        if access.public:
            operation["x-public"] = True
        if access.client_representative is not None:
            operation["x-client-representative"] = access.client_representative
        description = operation.get("description", "")
        if WHO_MAY_CALL not in description:
            operation["description"] = f"{description}\n\n{access.sentence()}".strip()


def install_role_docs(app: FastAPI) -> None:
    """Make ``app.openapi()`` (and /openapi.json) carry who may call each operation."""
    generate = app.openapi
    documented: list[int] = []  # id of the schema last documented: FastAPI regenerates on new routes

    def openapi() -> dict[str, Any]:
        schema = generate()
        if documented != [id(schema)]:
            document_roles(app, schema)
            documented[:] = [id(schema)]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
