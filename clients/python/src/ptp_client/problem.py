"""problem+json answers (RFC 9457) as exceptions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One field at fault in a 422: ``field`` is the dotted path (``body.amount``)."""

    field: str
    message: str = ""
    pointer: str | None = None
    type: str | None = None


@dataclass
class Problem(Exception):
    """An error answer of the suite: ``status``, ``title``, ``detail`` and, for invalid input,
    ``errors`` (each field at fault). ``body`` holds every member, extensions included (e.g. the
    ``override_role`` of a refused signature). ``documented`` is False when the operation's OpenAPI
    does not list this status (the document and the behaviour disagree)."""

    status: int
    title: str = ""
    detail: str | None = None
    type: str = "about:blank"
    instance: str | None = None
    errors: list[FieldError] = field(default_factory=list)
    body: dict[str, Any] = field(default_factory=dict)
    documented: bool = True
    operation: str = ""

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        text = f"{where}{self.status} {self.title}".rstrip()
        if self.detail:
            text += f": {self.detail}"
        if self.errors:
            text += " [" + "; ".join(f"{e.field}: {e.message}" for e in self.errors) + "]"
        if not self.documented:
            text += " (status not documented in the OpenAPI)"
        return text

    def __hash__(self) -> int:  # exceptions must stay hashable (dataclass eq would drop it)
        return id(self)

    def fields(self) -> list[str]:
        """The dotted names of the fields at fault."""
        return [e.field for e in self.errors]

    @classmethod
    def from_response(
        cls,
        status: int,
        content: bytes,
        headers: Mapping[str, str] | None = None,
        *,
        documented: bool = True,
        operation: str = "",
    ) -> Problem:
        """The problem an error answer carries; a body that is not JSON becomes its ``detail``."""
        try:
            data = json.loads(content) if content else {}
        except ValueError:
            data = None
        if not isinstance(data, dict):
            text = content.decode("utf-8", errors="replace").strip()
            return cls(status, detail=text or None, documented=documented, operation=operation)
        errors = [
            FieldError(
                field=str(e.get("field", "")),
                message=str(e.get("message", "")),
                pointer=e.get("pointer"),
                type=e.get("type"),
            )
            for e in data.get("errors") or []
            if isinstance(e, dict)
        ]
        detail = data.get("detail")
        return cls(
            status=int(data.get("status") or status),
            title=str(data.get("title") or ""),
            detail=detail if isinstance(detail, str) or detail is None else json.dumps(detail),
            type=str(data.get("type") or "about:blank"),
            instance=data.get("instance"),
            errors=errors,
            body=data,
            documented=documented,
            operation=operation,
        )
