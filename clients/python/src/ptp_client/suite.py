"""The suite as one object: a base URL and a token factory give the six generated clients.

    from ptp_client import Suite
    from ptp_client.crm.api.leads import create_lead as create_lead
    from ptp_client.crm.models import LeadCreate

    suite = Suite("http://127.0.0.1:8000", token=lambda: my_jwt())
    lead = suite.call(create_lead, body=LeadCreate(company_name="Acme", contact_name="Jo", channel="web"))
    for customer in suite.pages(list_customers, q="Acme"):
        ...

Each service is served under its prefix (``/<service>``, in both run modes, behind the gateway);
its generated client (``suite.crm``, ``suite.contracts``, ...) gets ``<base URL>/<service>`` and
sends ``Authorization: Bearer <token()>`` on every request (the factory is asked each time, so it
may renew). :meth:`Suite.call` runs a generated operation and answers its parsed result, or raises
:class:`~ptp_client.problem.Problem` for an error answer; an answer with a status the operation's
OpenAPI does not list raises too (``UnexpectedStatus`` for a success, ``Problem(documented=False)``
for an error), so a client never silently disagrees with the document.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib
import types
import typing
from collections.abc import Callable, Generator, Iterator
from types import ModuleType
from typing import Any, Protocol

import httpx

from ptp_client.problem import Problem

SERVICES = ("crm", "contracts", "projects", "risk", "kpi", "webhooks")
TokenFactory = Callable[[], str]


class Operation(Protocol):
    """A generated operation module (``ptp_client.<service>.api.<tag>.<operation>``)."""

    __name__: str

    def sync_detailed(self, *, client: Any, **kwargs: Any) -> Any: ...


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token()>`` on each request."""

    def __init__(self, token: TokenFactory) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request


def service_of(operation: Operation | ModuleType | Callable[..., Any]) -> str:
    """The service a generated operation belongs to (from its module's name)."""
    name = operation.__name__ if isinstance(operation, ModuleType) else operation.__module__
    parts = name.split(".")
    if len(parts) < 3 or parts[0] != "ptp_client" or parts[1] not in SERVICES:
        raise ValueError(f"{name} is not an operation of a generated ptp_client package")
    return parts[1]


def _module(operation: Operation | ModuleType | Callable[..., Any]) -> Any:
    if isinstance(operation, ModuleType):
        return operation
    return importlib.import_module(operation.__module__)


@functools.cache
def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(function)


def _coerce(value: Any, annotation: Any) -> Any:
    """``value`` as the generated type ``annotation`` wants, when it is plain data: a dict for a model
    (``from_dict``), a string for an enum, a date or a date-time (ISO 8601). Anything else as it is."""
    origin = typing.get_origin(annotation)
    members = typing.get_args(annotation) if origin in (typing.Union, types.UnionType) else (annotation,)
    classes = [m for m in members if isinstance(m, type)]
    if any(isinstance(value, c) and not (c is dt.date and isinstance(value, dt.datetime)) for c in classes):
        return value
    for target in classes:
        if isinstance(value, dict) and hasattr(target, "from_dict"):
            return target.from_dict(value)
        if isinstance(value, str) and issubclass(target, enum.Enum):
            return target(value)
        if isinstance(value, str) and target is dt.datetime:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if isinstance(value, str) and target is dt.date:
            return dt.date.fromisoformat(value)
    return value


def coerce(function: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of a generated operation, plain data turned into its generated types."""
    hints = _hints(function)
    # the generator renames parameters that shadow Python names (``type`` -> ``type_``)
    named = {(f"{k}_" if k not in hints and f"{k}_" in hints else k): v for k, v in kwargs.items()}
    return {name: _coerce(value, hints.get(name)) for name, value in named.items()}


def plain(value: Any) -> Any:
    """A parsed answer as plain JSON-like data (models -> dicts, lists element-wise)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


class Suite:
    """The six services of one suite, as one caller (one token factory)."""

    def __init__(
        self,
        base_url: str,
        token: TokenFactory | str | None = None,
        *,
        headers: dict[str, str] | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token: TokenFactory | None = (lambda: token) if isinstance(token, str) else token
        self.headers = dict(headers or {})
        self.timeout = timeout
        self.transport = transport
        self._clients: dict[str, Any] = {}

    # --- the generated clients ---------------------------------------------------------------

    def client(self, service: str) -> Any:
        """The generated ``AuthenticatedClient`` of ``service``, on ``<base URL>/<service>``."""
        if service not in SERVICES:
            raise ValueError(f"no service {service!r}; known: {', '.join(SERVICES)}")
        if service not in self._clients:
            generated = importlib.import_module(f"ptp_client.{service}.client")
            url = f"{self.base_url}/{service}"
            client = generated.AuthenticatedClient(base_url=url, token="", raise_on_unexpected_status=True)
            client.set_httpx_client(
                httpx.Client(
                    base_url=url,
                    headers=self.headers,
                    timeout=self.timeout,
                    auth=BearerAuth(self.token) if self.token else None,
                    transport=self.transport,
                )
            )
            self._clients[service] = client
        return self._clients[service]

    crm = property(lambda self: self.client("crm"))
    contracts = property(lambda self: self.client("contracts"))
    projects = property(lambda self: self.client("projects"))
    risk = property(lambda self: self.client("risk"))
    kpi = property(lambda self: self.client("kpi"))
    webhooks = property(lambda self: self.client("webhooks"))

    def as_caller(self, token: TokenFactory | str | None, headers: dict[str, str] | None = None) -> Suite:
        """The same suite (base URL, headers, transport) as another caller."""
        return Suite(
            self.base_url,
            token,
            headers={**self.headers, **(headers or {})},
            timeout=self.timeout,
            transport=self.transport,
        )

    # --- calling operations ------------------------------------------------------------------

    def call_detailed(self, operation: Operation | ModuleType | Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run a generated operation; its ``Response`` (status, headers, parsed) on success.
        Raises :class:`Problem` for an error answer (documented or not). Arguments may be the
        generated types or plain data (a dict for a model body, a string for an enum, a date or a
        date-time), turned into the generated types first."""
        module = _module(operation)
        service = service_of(module)
        name = module.__name__.rsplit(".", 1)[-1]
        errors = importlib.import_module(f"ptp_client.{service}.errors")
        try:
            arguments = coerce(module.sync_detailed, kwargs)
            response = module.sync_detailed(client=self.client(service), **arguments)
        except errors.UnexpectedStatus as exc:
            if exc.status_code >= 400:
                raise Problem.from_response(
                    exc.status_code, exc.content, documented=False, operation=f"{service}.{name}"
                ) from None
            raise
        if response.status_code >= 400:
            raise Problem.from_response(
                int(response.status_code), response.content, response.headers, operation=f"{service}.{name}"
            )
        return response

    def call(self, operation: Operation | ModuleType | Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run a generated operation and answer its parsed result (a generated model, a list of
        them, or None); raise :class:`Problem` for an error answer."""
        return self.call_detailed(operation, **kwargs).parsed

    def pages(
        self, operation: Operation | ModuleType | Callable[..., Any], /, limit: int = 200, **kwargs: Any
    ) -> Iterator[Any]:
        """Every item of a paged list operation, following ``next_cursor`` page after page."""
        cursor: str | None = None
        while True:
            page = self.call(operation, limit=limit, **kwargs, **({"cursor": cursor} if cursor else {}))
            yield from page.items
            next_cursor = page.next_cursor
            cursor = next_cursor if isinstance(next_cursor, str) and next_cursor else None
            if cursor is None:
                return

    # --- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        for client in self._clients.values():
            client.get_httpx_client().close()
        self._clients.clear()

    def __enter__(self) -> Suite:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
