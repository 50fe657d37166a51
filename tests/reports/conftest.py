"""The report tests seed kpi with the kpi tests' event helpers (services/kpi/tests/kpi_events.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services" / "kpi" / "tests"))
