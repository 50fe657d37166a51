"""``python -m bench`` (``make bench``): every figure of docs/performance.md, side by side with its
baseline measured in the same run. Writes bench/results/latest.json and the table in
docs/performance.md. ``BENCH_SMOKE=1`` (``make bench-smoke``): small numbers, no target judged,
bench/results/smoke.json, exit 1 when a figure could not be computed. Knobs: BENCH_N,
BENCH_REPLICA_N, BENCH_RATE, BENCH_RATE_SECONDS, BENCH_CONCURRENCY, BENCH_REST_SECONDS,
BENCH_KPI_MAX_POWER, BENCH_KPI_READS, BENCH_ONLY (comma list of pipeline,latency,replicas,rest,kpi)."""

from __future__ import annotations

import asyncio
import json
import math
import tempfile
import time
from pathlib import Path

from bench import common
from bench.common import Figure, machine, unique_prefix, wanted

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "latest.json"
SMOKE_RESULTS = ROOT / "bench" / "results" / "smoke.json"
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def fmt(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:.3g}" if abs(v) < 100 else f"{v:.0f}"


def table(figures: list[Figure]) -> str:
    lines = [
        "| figure | value | baseline | ratio | target | pass | note |",
        "| --- | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for f in figures:
        passed = "-" if f.passed is None else ("yes" if f.passed else "**NO**")
        lines.append(
            f"| {f.figure} | {fmt(f.value)} | {fmt(f.baseline)} | {fmt(f.ratio)} | {f.target} | {passed} "
            f"| {f.note} |"
        )
    return "\n".join(lines)


def write_doc(figures: list[Figure], host: dict[str, object], seconds: float) -> None:
    block = (
        f"{BEGIN}\nLast run: {host['date']} on {host['nproc']} CPUs ({host['cpu']}), "
        f"{host['memory_gb']} GB RAM, Python {host['python']}; `make bench` took {seconds / 60:.1f} min.\n\n"
        f"{table(figures)}\n{END}"
    )
    text = DOC.read_text() if DOC.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(head + block + tail)


async def main() -> list[Figure]:
    figures: list[Figure] = []
    prefix = unique_prefix()
    logs = tempfile.mkdtemp(prefix=f"{prefix}-logs-")
    events = wanted("pipeline") or wanted("latency") or wanted("replicas")
    if events or wanted("rest"):
        from bench import pipeline, rest
        from bench.suite import running_suite, wait_quiet

        # rawpipe runs before the suite starts, and again once the suite's pipeline is measured
        # (the suite idle meanwhile): the baseline is the mean of the two, on both sides in time.
        raw = wanted("pipeline") or wanted("latency")
        base = pipeline.Baseline()
        if raw:
            base = await pipeline.baseline(prefix, common.N_EVENTS, logs, wanted("pipeline"),
                                           wanted("latency"))
        print(f"starting the distributed suite ({prefix})", flush=True)
        async with running_suite(prefix, log_dir=logs) as suite:
            if events:
                measured = await pipeline.run(suite, prefix, common.N_EVENTS, base.payload_size,
                                              wanted("pipeline"), wanted("latency"), wanted("replicas"))
                if raw:
                    await wait_quiet(prefix)
                    base = base.and_after(await pipeline.baseline(
                        f"{prefix}_after", common.N_EVENTS, logs, wanted("pipeline"), wanted("latency"),
                        broker_alone=False))
                figures += pipeline.compared(measured, base)
            if wanted("rest"):
                waited = await wait_quiet(prefix)
                print(f"  (waited {waited:.0f} s for the consumers' backlog to drain)", flush=True)
                figures += await rest.run(suite, prefix)
    if wanted("kpi"):
        from bench import kpi_scale

        figures += await kpi_scale.run(unique_prefix())
    return figures


def uncomputed(figures: list[Figure]) -> list[str]:
    return [f.figure for f in figures if f.value is None or math.isnan(f.value)]


def run() -> int:
    started = time.monotonic()
    host = machine()
    figures = asyncio.run(main())
    seconds = time.monotonic() - started
    if common.SMOKE:  # small numbers: a target judged on them would mean nothing
        for f in figures:
            f.passed = None
    print()
    print(table(figures))
    results = SMOKE_RESULTS if common.SMOKE else RESULTS
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps(
        {"machine": host, "seconds": round(seconds, 1), "figures": [f.as_json() for f in figures]}, indent=2
    ))
    if not common.ONLY and not common.SMOKE:
        write_doc(figures, host, seconds)
    print(f"\n{len(figures)} figures, {sum(1 for f in figures if f.passed is False)} missed; "
          f"{seconds / 60:.1f} min; wrote {results.relative_to(ROOT)}")
    missing = uncomputed(figures)
    if common.SMOKE and missing:
        print(f"not computed: {', '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
