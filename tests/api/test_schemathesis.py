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

``PTP_SCHEMATHESIS_EXAMPLES`` sets the examples per operation in the fuzzing phase (default 8);
``PTP_SCHEMATHESIS_SEED`` the seed (default 19). The run is deterministic for a given seed.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
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

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

SERVICES = ["crm", "contracts", "projects", "risk", "kpi", "webhooks"]
EXAMPLES = int(os.environ.get("PTP_SCHEMATHESIS_EXAMPLES", "8"))
SEED = int(os.environ.get("PTP_SCHEMATHESIS_SEED", "19"))
STAFF = sorted(r.value for r in Role if r is not Role.client_representative)


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


def _failures(schema: Any) -> Iterator[tuple[str, str, str]]:
    """(phase, operation, failure) of every failed check of a run of ``schema``, and the counts."""
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _COUNTS[event.phase.value] += len(event.recorder.cases)
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
    try:
        schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=_config())
        found = sorted(set(_failures(schema)))
    finally:
        asgi.shutdown_lifespans()
    report = os.environ.get("PTP_SCHEMATHESIS_REPORT")
    if report:
        Path(report).write_text("\n".join(" | ".join(f) for f in found))
    print(f"\nschemathesis {service}: {dict(_COUNTS)} cases, {len(found)} distinct failures")
    assert not found, f"{len(found)} failures:\n" + "\n".join(" | ".join(f) for f in found)
