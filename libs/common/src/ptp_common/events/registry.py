"""Registry of versioned event models.

An event model is a pydantic class decorated with ``@event("contracts.contract.signed",
version=1)``. Its ``dataschema`` URI names type and version; a consumer validates
incoming ``data`` against the model registered for exactly that pair, so a
producer can add version 2 while consumers still read version 1.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

SCHEMA_PREFIX = "urn:ptp:event:"
TYPE_PATTERN = re.compile(r"^[a-z]+\.[a-z_]+\.[a-z_]+$")


class EventData(BaseModel):
    """Base of every event payload. Unknown fields are kept, so newer producers don't break readers."""

    model_config = ConfigDict(extra="allow", frozen=True)


@dataclass(frozen=True)
class EventSpec:
    type: str
    version: int
    model: builtins.type[EventData]
    summary: str

    @property
    def dataschema(self) -> str:
        return f"{SCHEMA_PREFIX}{self.type}:v{self.version}"

    @property
    def source_service(self) -> str:
        return self.type.split(".", 1)[0]


class UnknownEventType(LookupError):
    pass


class EventRegistry:
    def __init__(self) -> None:
        self._by_key: dict[tuple[str, int], EventSpec] = {}
        self._by_model: dict[type[EventData], EventSpec] = {}

    def register(self, type_: str, version: int, model: type[EventData], summary: str) -> None:
        if not TYPE_PATTERN.match(type_):
            raise ValueError(f"event type {type_!r} must read <service>.<entity>.<past_tense>")
        spec = EventSpec(type_, version, model, summary)
        existing = self._by_key.get((type_, version))
        if existing is not None and existing.model is not model:
            raise ValueError(f"{type_} v{version} registered twice")
        self._by_key[(type_, version)] = spec
        self._by_model[model] = spec

    def spec_of(self, model: type[EventData]) -> EventSpec:
        try:
            return self._by_model[model]
        except KeyError:
            raise UnknownEventType(f"{model.__name__} is not a registered event") from None

    def version_of(self, dataschema: str) -> int:
        return int(dataschema.rsplit(":v", 1)[1])

    def model_for(self, type_: str, dataschema: str | None = None) -> type[EventData]:
        if dataschema:
            version = self.version_of(dataschema)
        else:
            versions = [v for (t, v) in self._by_key if t == type_]
            if not versions:
                raise UnknownEventType(type_)
            version = max(versions)
        try:
            return self._by_key[(type_, version)].model
        except KeyError:
            raise UnknownEventType(f"{type_} v{version}") from None

    def __iter__(self) -> Iterator[EventSpec]:
        return iter(sorted(self._by_key.values(), key=lambda s: (s.type, s.version)))

    def types(self) -> set[str]:
        return {t for (t, _) in self._by_key}


REGISTRY = EventRegistry()

M = TypeVar("M", bound=type[EventData])


def event(type_: str, version: int = 1) -> Callable[[M], M]:
    """Class decorator registering an event model under its type and version."""

    def decorate(model: M) -> M:
        summary = (model.__doc__ or type_).strip().splitlines()[0]
        REGISTRY.register(type_, version, model, summary)
        return model

    return decorate
