"""Shared pieces: settings from the environment, figures, percentiles, the machine."""

from __future__ import annotations

import datetime as dt
import os
import platform
import uuid
from dataclasses import asdict, dataclass
from typing import Any

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
AMQP_URL = os.environ.get("BENCH_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


N_EVENTS = env_int("BENCH_N", 5000)  # figure 1 burst
RATE = env_float("BENCH_RATE", 50.0)  # figure 2 events/s
RATE_SECONDS = env_float("BENCH_RATE_SECONDS", 30.0)
LOW_RATE = env_float("BENCH_LOW_RATE", 10.0)  # figure 2 again, informational, at a sustainable rate
LOW_SECONDS = env_float("BENCH_LOW_RATE_SECONDS", 15.0)
CONCURRENCY = env_int("BENCH_CONCURRENCY", 16)  # figure 3
REST_SECONDS = env_float("BENCH_REST_SECONDS", 8.0)
KPI_MAX_POWER = env_int("BENCH_KPI_MAX_POWER", 6)  # figure 4: 10^4 .. 10^this
ONLY = {s.strip() for s in os.environ.get("BENCH_ONLY", "").split(",") if s.strip()}


def wanted(part: str) -> bool:
    return not ONLY or part in ONLY


def unique_prefix() -> str:
    return f"bench_{uuid.uuid4().hex[:8]}"


@dataclass
class Figure:
    figure: str
    value: float | None
    baseline: float | None
    unit: str
    target: str
    ratio: float | None = None
    passed: bool | None = None
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["pass"] = d.pop("passed")
        return d


def higher_is_better(figure: str, value: float, baseline: float, unit: str, min_ratio: float,
                     note: str = "") -> Figure:
    ratio = value / baseline if baseline else None
    return Figure(figure, value, baseline, unit, f"ratio >= {min_ratio}", ratio,
                  ratio is not None and ratio >= min_ratio, note)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_kb = 0
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_kb = int(line.split()[1])
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def vm_hwm_mb(pid: int) -> float | None:
    """Peak resident set size of a process (VmHWM), in MB."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
