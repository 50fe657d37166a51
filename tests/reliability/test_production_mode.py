"""Production mode refuses to start with development or default security settings.

The rule (ptp_common.settings): with PTP_ENV=production a service exits at start when auth is
disabled, when it would verify tokens with the development signing secret (or any secret under 32
characters) and no PTP_JWKS_URL, when AMQP_URL has RabbitMQ's guest credentials, or when its
database URL is SQLite or uses a default password.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ptp_common.settings import DEV_JWT_SECRET, ServiceSettings

pytestmark = pytest.mark.integration  # starts a real service process


def test_a_production_process_with_unsafe_settings_exits_non_zero_naming_every_reason(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PTP_", "CONTRACTS_", "AMQP_"))},
        "PTP_ENV": "production",
        "PTP_AUTH_ENABLED": "false",
        "PTP_JWT_SECRET": DEV_JWT_SECRET,
        "AMQP_URL": "amqp://guest:guest@127.0.0.1:5672/",
        "CONTRACTS_DATABASE_URL": "postgresql+asyncpg://postgres:postgres@127.0.0.1:5432/contracts",
        "PTP_DATA_DIR": str(tmp_path),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "uvicorn", "ptp_contracts.main:app", "--host", "127.0.0.1", "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output[-2000:]
    assert "refusing to start in production" in output
    for reason in (
        "PTP_AUTH_ENABLED must not be false",
        "PTP_JWT_SECRET",
        "guest credentials",
        "default password or SQLite",
    ):
        assert reason in output, f"{reason!r} missing from: {output[-2000:]}"


@pytest.mark.parametrize(
    ("override", "reason"),
    [
        ({"auth_enabled": False}, "PTP_AUTH_ENABLED"),
        ({"jwt_secret": DEV_JWT_SECRET}, "PTP_JWT_SECRET"),
        ({"jwt_secret": "short"}, "PTP_JWT_SECRET"),
        ({"amqp_url": "amqp://guest:guest@mq:5672/"}, "guest"),
        ({"database_url": "postgresql+asyncpg://postgres:postgres@db/app"}, "default password"),
        ({"database_url": "sqlite+aiosqlite:///./data/contracts.db"}, "SQLite"),
    ],
)
def test_each_unsafe_setting_alone_is_refused_and_safe_settings_pass(
    override: dict[str, object], reason: str
) -> None:
    safe = {
        "environment": "production",
        "jwt_secret": "a-real-secret-from-the-vault-0123456789abcdef",
        "amqp_url": "amqp://ptp:s3cret-broker@mq:5672/",
        "database_url": "postgresql+asyncpg://contracts:s3cret-db@db/contracts",
    }
    ServiceSettings(**safe)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=reason):
        ServiceSettings(**{**safe, **override})  # type: ignore[arg-type]
