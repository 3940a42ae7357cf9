"""Run every benchmark under benchmarks/ and print one table, also written to RESULTS.md.

    .venv/bin/python -m benchmarks.run_all [name-fragment ...]

Each ``benchmarks/bench_*.py`` exposes ``run() -> list[Result]``; every figure is measured
against a baseline from the same run, so the ratios compare like with like on any machine.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from benchmarks.common import Result

HERE = Path(__file__).resolve().parent


def discover(fragments: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not fragments or any(f in n for f in fragments)]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
        cpu = model
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}, "
            f"Python {platform.python_version()}")


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms"
    if unit == "B":
        return f"{value / 1024 / 1024:.1f} MiB"
    return f"{value:.3g} {unit}"


def table(results: list[Result]) -> str:
    lines = ["| benchmark | measured | baseline | ratio | target | result | note |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        baseline = format_value(r.baseline, r.unit) if r.baseline else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        lines.append(f"| {r.name} | {format_value(r.measured, r.unit)} | {baseline} | {ratio} | {r.target} | "
                     f"{'met' if r.passed else '**missed**'} | {r.note} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    results: list[Result] = []
    for name in discover(argv):
        print(f"running {name} ...", flush=True)
        try:
            results.extend(importlib.import_module(f"benchmarks.{name}").run())
        except Exception:  # a broken benchmark is reported, the others still run
            traceback.print_exc()
            results.append(Result(name=name, measured=0.0, baseline=None, target="runs", passed=False,
                                  note="failed: see the traceback above"))
    text = table(results)
    print(text)
    if not argv:
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
        (HERE / "RESULTS.md").write_text(
            f"# Benchmark results\n\n{stamp} on {machine()}.\n\n"
            f"Produced by `.venv/bin/python -m benchmarks.run_all`; each ratio is against a baseline measured "
            f"in the same run.\n\n{text}\n", encoding="utf-8")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
