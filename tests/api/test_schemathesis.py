"""schemathesis on every service's OpenAPI: all checks, every phase (examples, coverage, fuzzing,
stateful), positive and negative data, a bounded number of examples per operation.

Each service runs in-process (SQLite, in-process bus) as the authorization tests run it; schemathesis
reaches it over its ASGI transport with a bearer token holding every staff role, so that most
operations get past authorization (the ``ignored_auth`` check still sends requests without it).
The run fails on any server error, response-schema violation, undocumented status or content type,
invalid input accepted, or incomplete ``Allow`` on 405.

Not counted as failures of ``positive_data_acceptance`` (schemathesis cannot know them): a stale
If-Match (412); a 422 raised by a service's rules about what the data refers to (a record that does
not exist, a cursor this API did not issue); a 422 from a rule written in code over several fields
(pydantic ``value_error``: minor units of a currency, order of a period); and the digits/places or
numeric bounds of a non-money Decimal sent in the representation whose JSON Schema cannot carry them.

One check of our own, ``etag_carries_the_version``: a 200 or 201 JSON object with an integer
``version`` carries ``ETag: "<version>"`` (docs/api.md, Versions and writes).

The stateful phase starts its scenarios at the creations and follows the document's ``links``
(ptp_common.http.openapi: from each creation to the operations that take what it created) besides
the links schemathesis infers (``roots_from_document_links`` says why); the test prints
how many steps it ran and how many went through a link, and fails when it ran no step, or when a
service with links had no step through one of them (``NO_LINK_FOLLOWED`` says where that cannot
happen yet, and why).

``PTP_SCHEMATHESIS_EXAMPLES`` sets the examples per operation in the fuzzing phase (default 8);
``PTP_SCHEMATHESIS_SEED`` the seed (default 19). The run is deterministic for a given seed.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ptp_common.auth.roles import Role
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.service import create_service_app, known_services
from ptp_common.settings import load_settings
from ptp_common.testing.clients import bearer

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.config import SchemathesisConfig  # noqa: E402
from schemathesis.engine import Status, events, from_schema  # noqa: E402
from schemathesis.specs.openapi import stateful  # noqa: E402

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

SERVICES = ["crm", "contracts", "projects", "risk", "kpi", "webhooks"]
EXAMPLES = int(os.environ.get("PTP_SCHEMATHESIS_EXAMPLES", "8"))
SEED = int(os.environ.get("PTP_SCHEMATHESIS_SEED", "19"))
STAFF = sorted(r.value for r in Role if r is not Role.client_representative)
# Services whose creations never answer 201 to generated data in an isolated run, so the stateful
# phase cannot follow a link of their document; the test fails when one of them does (remove it).
NO_LINK_FOLLOWED = {
    "projects": "a project comes from contracts' contract.signed event: nothing here creates one, "
    "so nothing nested under it is created either",
    "contracts": "a contract needs a customer crm announced (an event) and an accepted solution "
    "or a manager's exception",
}


def _config() -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "headers": bearer(STAFF, sub="schemathesis"),
            "generation": {"mode": "all", "max-examples": EXAMPLES, "deterministic": True, "no-shrink": True},
            "phases": {
                "examples": {"enabled": True},
                "coverage": {"enabled": True},
                "fuzzing": {"enabled": True},
                "stateful": {"enabled": True, "max-steps": EXAMPLES * 4},
            },
            # 413: a body past max_body_bytes is rejected before its content is looked at.
            "checks": {"negative_data_rejection": {"expected-statuses": [400, 401, 403, 404, 409, 413, 422]}},
            "suppress-health-check": ["all"],
            "cache": {"enabled": False},  # each run starts from the seed alone
            "request-timeout": 30,
            "warnings": False,
        }
    )


@schemathesis.check
def etag_carries_the_version(ctx: Any, response: Any, case: Any) -> None:
    """A versioned resource answers with ``ETag: "<version>"`` (docs/api.md)."""
    content_type = (response.headers.get("content-type") or [""])[0]
    if response.status_code not in (200, 201) or not content_type.startswith("application/json"):
        return
    try:
        body = response.json()
    except ValueError:
        return
    version = body.get("version") if isinstance(body, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        return
    etag = response.headers.get("etag")
    if etag != [f'"{version}"']:
        raise AssertionError(f'version {version} wants ETag: "{version}", the response has {etag}')


@dataclass(frozen=True)
class DocumentLinks:
    """The links of the document as the service wrote it (before schemathesis adds inferred ones):
    how many, the operations they start from and the operations they lead to (labels)."""

    count: int
    sources: frozenset[str]
    targets: frozenset[str]

    @classmethod
    def of(cls, raw_schema: dict[str, Any]) -> DocumentLinks:
        labels = {}
        links = []
        for path, item in raw_schema.get("paths", {}).items():
            for method, operation in item.items():
                if not isinstance(operation, dict):
                    continue
                label = f"{method.upper()} {path}"
                labels[operation.get("operationId")] = label
                for response in operation.get("responses", {}).values():
                    links += [(label, link["operationId"]) for link in response.get("links", {}).values()]
        return cls(
            count=len(links),
            sources=frozenset(source for source, _ in links),
            targets=frozenset(labels[target] for _, target in links),
        )


@contextmanager
def roots_from_document_links(links: DocumentLinks) -> Iterator[None]:
    """Start the stateful phase's scenarios at the creations the document links from (a nested
    creation linked from its parent's excepted), not at the operations the links lead to.
    schemathesis' own guess drops a creation whose body names a record of another service
    (``customer_id``: a resource "produced nowhere" in this document), and keeps an action on a
    record (``POST /contracts/{contract_id}/submit``) that a random id sends to 404: risks and
    subscriptions were never created, and their links never followed."""
    guess = stateful.is_likely_root_transition

    def likely_root(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
        if operation.label in links.targets:
            return False  # reached through a link, with an id that exists
        if operation.label in links.sources:
            return True
        return guess(operation, node, produced_anywhere)

    stateful.is_likely_root_transition = likely_root
    try:
        yield
    finally:
        stateful.is_likely_root_transition = guess


def _count_stateful_steps(recorder: Any) -> None:
    """Steps of a stateful scenario through a link of the document (and which links), and through
    a link schemathesis inferred."""
    for node in recorder.cases.values():
        if node.transition is None or not node.is_transition_applied:
            continue
        if node.transition.is_inferred:
            _COUNTS["steps through inferred links"] += 1
        else:
            _COUNTS["steps through document links"] += 1
            _LINKS_FOLLOWED.add(node.transition.id)


def _failures(schema: Any) -> Iterator[tuple[str, str, str]]:
    """(phase, operation, failure) of every failed check of a run of ``schema``, and the counts."""
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _COUNTS[event.phase.value] += len(event.recorder.cases)
            if event.phase.value == "stateful":
                _count_stateful_steps(event.recorder)
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    if check.status is Status.FAILURE and check.failure_info is not None:
                        case = event.recorder.cases[case_id].value
                        failure = check.failure_info.failure
                        interaction = event.recorder.interactions.get(case_id)
                        answer = interaction.response if interaction else None
                        if check.name == "positive_data_acceptance" and _state_dependent(answer):
                            continue
                        got = f"{answer.status_code} {answer.content[:160]!r}" if answer else "-"
                        sample = (check.failure_info.code_sample or "").splitlines()[:1]
                        yield (
                            event.phase.value,
                            f"{case.method} {case.formatted_path}",
                            f"{check.name} [{got}]: {failure.title} -- {(failure.message or '')[:300]}"
                            f"\n    {''.join(sample)[:400]}",
                        )
        elif isinstance(event, events.NonFatalError):
            yield ("error", str(event.label), str(event.info.message)[:500])
        elif isinstance(event, events.FatalError):
            yield ("fatal", "-", repr(event.exception)[:500])


_COUNTS: Counter[str] = Counter()
_LINKS_FOLLOWED: set[str] = set()


def _state_dependent(answer: Any) -> bool:
    """A schema-valid request refused for what the data refers to, not for its shape: a stale
    If-Match (412), a record that does not exist or a cursor this API did not issue (422 raised by
    the service's own rules, not by request validation, whose detail reads "invalid request: ...").
    schemathesis cannot know these, so positive_data_acceptance counts only shape refusals."""
    if answer is None:
        return False
    if answer.status_code == 412:
        return True
    if answer.status_code != 422:
        return False
    try:
        problem = json.loads(answer.content)
    except ValueError:
        return False
    if not str(problem.get("detail", "")).startswith("invalid request:"):
        return True
    # A rule written in code over several fields (a model validator: minor units of the currency,
    # period order, what a kind requires) cannot be said in JSON Schema; pydantic reports it as
    # value_error. Shape refusals (types, bounds, formats, enums) have their own error types.
    # Known gap (see the module docstring): a Decimal that is not money is documented as
    # number | decimal-string; JSON Schema cannot carry its digits/places on the number branch
    # nor its numeric bounds on the string branch, so those refusals are not counted.
    return all(e.get("type") in TOLERATED for e in problem.get("errors") or [{}])


TOLERATED = {
    "value_error",
    "decimal_max_places",
    "decimal_max_digits",
    "decimal_whole_digits",
    "greater_than",
    "greater_than_equal",
    "less_than",
    "less_than_equal",
}


@pytest.mark.parametrize("service", SERVICES)
def test_schemathesis_finds_nothing(service: str, tmp_path: Path) -> None:
    from schemathesis.python import asgi

    definition = known_services()[service]
    app = create_service_app(
        definition,
        load_settings(
            service, database_url=f"sqlite+aiosqlite:///{tmp_path / 'st.db'}", relay_poll_seconds=0.2
        ),
        bus=InProcessBus(),
    )
    _COUNTS.clear()
    _LINKS_FOLLOWED.clear()
    try:
        schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=_config())
        links = DocumentLinks.of(schema.raw_schema)
        with roots_from_document_links(links):
            found = sorted(set(_failures(schema)))
    finally:
        asgi.shutdown_lifespans()
    report = os.environ.get("PTP_SCHEMATHESIS_REPORT")
    if report:
        Path(report).write_text("\n".join(" | ".join(f) for f in found))
    print(
        f"\nschemathesis {service}: {dict(_COUNTS)}, {len(_LINKS_FOLLOWED)} of the document's {links.count}"
        f" links followed, {len(found)} distinct failures"
    )
    assert not found, f"{len(found)} failures:\n" + "\n".join(" | ".join(f) for f in found)
    assert _COUNTS["stateful"], "the stateful phase ran no step"
    if service in NO_LINK_FOLLOWED:
        assert not _LINKS_FOLLOWED, f"links followed now: remove {service} from NO_LINK_FOLLOWED"
    else:
        assert not links.count or _LINKS_FOLLOWED, "the stateful phase followed no link of the document"
