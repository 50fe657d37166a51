"""The typed client (clients/python) is what `make client` generates from today's OpenAPI documents.

Regenerates every service's client into a temporary folder and compares it, file by file, with the
committed one: an API change without `make client` fails here (and in CI), and so does a document
that openapi-python-client cannot generate whole (any warning: a dropped operation, response or
model). Needs no server and no database (the apps are built, not started)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ptp_client_generate", ROOT / "clients" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_generated_client_is_current() -> None:
    stale = generator().check()
    assert not stale, "clients/python is not current; run `make client`:\n" + "\n".join(stale)
