"""The app's one-folder bundle against a PySide6 hello-window bundle built the same way.

    python -m benchmarks.bench_bundle

Builds (or reuses, when up to date) the app's bundle with installer/build.py, builds the
baseline benchmarks/hello_window.py with the same PyInstaller options in this run, then
compares the size on disk and the start time: each program is started with ``--smoke-test``
(open the main window, let the event loop turn, exit 0), offscreen, alternately, and the
fastest of the runs counts. The app starts on a database it has created before, as on every
start after the first. Targets: ≤ 1.1× the size, ≤ 1.2× the start time.
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
STARTS = 15


def hello_executable() -> Path:
    name = "HelloWindow.exe" if os.name == "nt" else "HelloWindow"
    return HELLO_DIST / "HelloWindow" / name


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_seconds(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr[-2000:]}")
    return elapsed


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
        first_app = start_seconds(app_cmd, env)          # creates the database
        start_seconds(hello_cmd, env)                    # warms the file cache alike
        app_times, hello_times = [], []
        for _ in range(starts):
            app_times.append(start_seconds(app_cmd, env))
            hello_times.append(start_seconds(hello_cmd, env))
    app_start, hello_start = min(app_times), min(hello_times)
    start_ratio = app_start / hello_start
    return [
        Result(name="bundle size (app vs PySide6 hello window, same options)",
               measured=app_size, baseline=hello_size, unit="bytes", target="≤ 1.1×",
               passed=size_ratio <= 1.1,
               note=f"{app_size / 1e6:.1f} MB vs {hello_size / 1e6:.1f} MB: {size_ratio:.3f}×"),
        Result(name=f"start to main window and exit (fastest of {starts}, --smoke-test)",
               measured=app_start, baseline=hello_start, target="≤ 1.2×",
               passed=start_ratio <= 1.2,
               note=(f"{app_start * 1000:.0f} ms vs {hello_start * 1000:.0f} ms: {start_ratio:.2f}×; "
                     f"medians {sorted(app_times)[starts // 2] * 1000:.0f} vs "
                     f"{sorted(hello_times)[starts // 2] * 1000:.0f} ms; "
                     f"first start (new database) {first_app * 1000:.0f} ms")),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.note} — target {result.target} — "
              f"{'PASS' if result.passed else 'MISS'}")
    sys.exit(0)
