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


# BENCH_SMOKE=1 (make bench-smoke): every figure computed on small numbers, no target judged,
# docs/performance.md left alone; it only proves the benchmark code still runs.
SMOKE = os.environ.get("BENCH_SMOKE", "") == "1"
N_EVENTS = env_int("BENCH_N", 200 if SMOKE else 5000)  # figure 1 burst
REPLICA_N = env_int("BENCH_REPLICA_N", N_EVENTS // 2)  # figure 6 burst (half: the run stays under 15 min)
RATE = env_float("BENCH_RATE", 100.0)  # figure 2 events/s
RATE_SECONDS = env_float("BENCH_RATE_SECONDS", 3.0 if SMOKE else 30.0)
CONCURRENCY = env_int("BENCH_CONCURRENCY", 16)  # figure 3
REST_SECONDS = env_float("BENCH_REST_SECONDS", 2.0 if SMOKE else 8.0)
KPI_MAX_POWER = env_int("BENCH_KPI_MAX_POWER", 5 if SMOKE else 6)  # figure 4: 10^4 .. 10^this
KPI_READS = env_int("BENCH_KPI_READS", 40 if SMOKE else 200)  # figure 4: timed reads per size
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


def lower_is_better(figure: str, value: float, baseline: float, unit: str, max_ratio: float,
                    note: str = "") -> Figure:
    ratio = value / baseline if baseline else None
    return Figure(figure, value, baseline, unit, f"ratio <= {max_ratio}", ratio,
                  ratio is not None and ratio <= max_ratio, note)


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


SERVER_PROCESSES = {"postgres", "beam.smp", "erl_child_setup", "inet_gethost", "epmd"}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float | None:
    """user + sys CPU time of one process so far (``/proc/<pid>/stat`` utime and stime)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def server_pids() -> list[int]:
    """Every PostgreSQL and RabbitMQ (Erlang VM and its helpers) process on the machine."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as f:
                    if f.read().strip() in SERVER_PROCESSES:
                        found.append(int(entry))
            except OSError:
                continue
    return found


class CpuMeter:
    """CPU (user + sys) spent between start() and stop() by the given processes, this benchmark
    process (the producer) and every PostgreSQL and RabbitMQ process. A process that ends in
    between loses its share (the suites keep their connections open, so few do)."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = [os.getpid(), *pids]
        self.before: dict[int, float] = {}
        self.spent: dict[int, float] = {}

    def _sample(self) -> dict[int, float]:
        sample = {pid: _cpu_seconds(pid) for pid in [*self.pids, *server_pids()]}
        return {pid: s for pid, s in sample.items() if s is not None}

    def start(self) -> None:
        self.before = self._sample()

    def stop(self) -> float:
        after = self._sample()
        self.spent = {pid: s - self.before.get(pid, 0.0) for pid, s in after.items()}
        return sum(self.spent.values())

    def shares(self) -> str:
        """Where the CPU went, by process kind (after stop()): e.g. 'kpi 31%, postgres 22%, ...'."""
        by_kind: dict[str, float] = {}
        for pid, seconds in self.spent.items():
            kind = "producer" if pid == os.getpid() else _kind(pid)
            by_kind[kind] = by_kind.get(kind, 0.0) + seconds
        total = sum(by_kind.values()) or 1.0
        ranked = sorted(by_kind.items(), key=lambda kv: -kv[1])
        return ", ".join(f"{kind} {100 * seconds / total:.0f}%" for kind, seconds in ranked)


def _kind(pid: int) -> str:
    """A process's kind for the CPU shares: the suite's service (ptp_<name>), rawpipe's role, or the
    server it belongs to."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = f.read().decode(errors="replace").split("\0")
        with open(f"/proc/{pid}/comm") as f:
            comm = f.read().strip()
    except OSError:
        return "gone"
    for arg in args:
        if arg.startswith("ptp_") and "." in arg:
            return arg.split(".")[0].removeprefix("ptp_")
        if arg == "bench.rawpipe":  # bench.rawpipe relay ... | bench.rawpipe consume <service> ...
            role = args[args.index(arg) + 1 : args.index(arg) + 3]
            return "rawpipe " + (role[1] if role[:1] == ["consume"] else role[0])
    if comm in {"beam.smp", "erl_child_setup", "inet_gethost", "epmd"}:
        return "rabbitmq"
    return comm


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
