"""The app's one-folder bundle against a PySide6 hello-window bundle built the same way.

    python -m benchmarks.bench_bundle

Builds (or reuses, when up to date) the app's bundle with installer/build.py, builds the
baseline benchmarks/hello_window.py (a window of the main window's size with one label) with
the same PyInstaller options in this run, then compares the size on disk and the start time.
Each program is started with ``--smoke-test`` (once its main window has painted, it says so on
stdout and exits 0), offscreen, the two alternately, and the fastest of the runs counts. Two
times are taken from each run: until the line saying the window has painted (what a user waits
for) and until the process has ended (the window closed and the interpreter's exit as well).
The app starts on a database it has created before, as on every start after the first.
Targets: ≤ 1.1× the size, ≤ 1.2× the start time (both times).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result
from installer import build

HELLO_SPEC = build.ROOT / "benchmarks" / "hello_window.spec"
HELLO_DIST = build.BUILD / "bench" / "dist"
HELLO_WORK = build.BUILD / "bench" / "work"
STARTS = 30     # the fastest of 15 still moved by ±6 % between runs on a shared machine


def hello_executable() -> Path:
    name = "HelloWindow.exe" if os.name == "nt" else "HelloWindow"
    return HELLO_DIST / "HelloWindow" / name


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting ``command`` until it says its window shows, and until it ended."""
    began = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first_line = process.stdout.readline()
    shown = time.perf_counter() - began
    out, err = process.communicate(timeout=120)
    ended = time.perf_counter() - began
    if process.returncode != 0 or not first_line.startswith(b"smoke-test: main window shown"):
        raise RuntimeError(f"{command[0]} exited {process.returncode}: {first_line!r} "
                           f"{err.decode(errors='replace')[-2000:]}")
    return shown, ended


def run(starts: int = STARTS) -> list[Result]:
    app_exe = build.build_bundle()
    build.run_pyinstaller(HELLO_SPEC, dist=HELLO_DIST, work=HELLO_WORK)
    hello_exe = hello_executable()

    app_size, hello_size = folder_bytes(app_exe.parent), folder_bytes(hello_exe.parent)
    size_ratio = app_size / hello_size

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LICENSE_KEEPER_HOME": home}
        env.pop("LICENSE_KEEPER_DB", None)
        app_cmd, hello_cmd = [str(app_exe), "--smoke-test"], [str(hello_exe), "--smoke-test"]
        _, first_app = start_seconds(app_cmd, env)       # creates the database
        start_seconds(hello_cmd, env)                    # warms the file cache alike
        app_runs, hello_runs = [], []
        for _ in range(starts):
            app_runs.append(start_seconds(app_cmd, env))
            hello_runs.append(start_seconds(hello_cmd, env))
    results = [
        Result(name="bundle size (app vs PySide6 hello window, same options)",
               measured=app_size, baseline=hello_size, unit="bytes", target="≤ 1.1×",
               passed=size_ratio <= 1.1,
               note=f"{app_size / 1e6:.1f} MB vs {hello_size / 1e6:.1f} MB: {size_ratio:.3f}×"),
    ]
    for which, label in ((0, "start until the main window shows"), (1, "start, window shown, exit")):
        app_times = sorted(run[which] for run in app_runs)
        hello_times = sorted(run[which] for run in hello_runs)
        app_start, hello_start = app_times[0], hello_times[0]
        ratio = app_start / hello_start
        paired = sorted(run[which] / hello[which] for run, hello in zip(app_runs, hello_runs, strict=True))
        results.append(Result(
            name=f"{label} (fastest of {starts}, --smoke-test)",
            measured=app_start, baseline=hello_start, target="≤ 1.2×", passed=ratio <= 1.2,
            note=(f"{app_start * 1000:.0f} ms vs {hello_start * 1000:.0f} ms: {ratio:.2f}×; "
                  f"medians {app_times[starts // 2] * 1000:.0f} vs "
                  f"{hello_times[starts // 2] * 1000:.0f} ms; the rounds' ratios: median "
                  f"{paired[starts // 2]:.2f}×, quartiles {paired[starts // 4]:.2f}–"
                  f"{paired[3 * starts // 4]:.2f}×"
                  + (f"; first start (new database) {first_app * 1000:.0f} ms" if which else ""))))
    return results


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.note} — target {result.target} — "
              f"{'PASS' if result.passed else 'MISS'}")
    sys.exit(0)
