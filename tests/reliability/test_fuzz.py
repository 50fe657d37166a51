"""Fuzzing every service's OpenAPI with schemathesis: no 5xx, every response matches its schema.

In-process: the ASGI app on a fresh SQLite file with the in-process bus, a bearer token holding
every role. ``FUZZ_EXAMPLES`` (default 4) bounds the examples per operation so the whole run stays
well under a minute.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from ptp_common.auth.roles import Role
from ptp_common.service import create_service_app, known_services
from ptp_common.settings import load_settings
from ptp_common.testing.clients import bearer
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import response_schema_conformance

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))
AUTH = bearer([r.value for r in Role], sub="fuzzer")
CHECKS = [not_a_server_error, response_schema_conformance]

def fuzz_service(name: str, tmp_path: Path) -> dict[str, str]:
    """Fuzz every operation of one service; returns {operation: first failure}."""
    app = create_service_app(
        known_services()[name],
        load_settings(name, database_url=f"sqlite+aiosqlite:///{tmp_path / 'fuzz.db'}", PTP_BUS="inprocess"),
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: dict[str, str] = {}
    with asgi.get_client(app) as client:
        for result in schema.get_all_operations():
            operation = result.ok()
            label = f"{name} {operation.method.upper()} {operation.path}"

            @given(case=operation.as_strategy())
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            def run(case: schemathesis.Case) -> None:
                response = case.call(session=client, headers=AUTH)
                case.validate_response(response, checks=CHECKS, headers=AUTH)

            try:
                run()
            except Exception as exc:
                failures[label] = "".join(traceback.format_exception_only(exc))[:1500]
    return failures


@pytest.mark.parametrize("service", sorted(known_services()))
def test_fuzz_no_server_errors_and_responses_match_the_schema(service: str, tmp_path: Path) -> None:
    failures = fuzz_service(service, tmp_path)
    assert not failures, "\n\n".join(f"{op}:\n{why}" for op, why in failures.items())
