"""How every ptp process is served by uvicorn, in every mode (embedded ``ptp-suite``, the local
distributed suite, the container image's ``ptp-entrypoint serve``, the benchmark's baseline app):
uvloop's event loop and httptools' HTTP parser. Named rather than left to uvicorn's ``auto``, which
falls back silently to asyncio and h11 (several times slower per request) when either is missing;
named, a missing one stops the process at start."""

from __future__ import annotations

from typing import Any

UVICORN_OPTIONS: dict[str, Any] = {"loop": "uvloop", "http": "httptools"}


def uvicorn_cli_args() -> list[str]:
    """``UVICORN_OPTIONS`` as uvicorn command-line arguments."""
    return [arg for name, value in UVICORN_OPTIONS.items() for arg in (f"--{name}", str(value))]
