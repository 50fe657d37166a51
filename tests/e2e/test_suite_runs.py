"""Both run modes serve every service under its prefix, with its own OpenAPI and health."""

from __future__ import annotations

import httpx
import pytest
from ptp_suite import SERVICES

pytestmark = pytest.mark.integration


def test_every_service_answers_under_its_prefix(suite: httpx.Client) -> None:
    for name in SERVICES:
        assert suite.get(f"/{name}/health/live").json() == {"status": "ok"}
        ready = suite.get(f"/{name}/health/ready")
        assert ready.status_code == 200, ready.text
        spec = suite.get(f"/{name}/openapi.json").json()
        assert spec["info"]["title"].lower().startswith(name if name != "kpi" else "kpi")
        assert suite.get(f"/{name}/docs").status_code == 200
        metrics = suite.get(f"/{name}/metrics")
        assert "ptp_outbox_backlog_rows" in metrics.text
