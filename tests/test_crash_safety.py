"""Saves survive a killed process: 50 children save through app operations and are killed
with SIGKILL at a random moment; the database stays intact and every acknowledged save is there.

Each child is killed after a random number of acknowledged saves plus a random few
milliseconds, so the kill lands at a random point of a save whatever the machine's speed.
Each child prints ``ack <kind> <payload>`` (flushed) after every committed save; a save killed
before its acknowledgement may or may not be there, one acknowledged must be. The kinds of save
live in tests/crash_saves.py: add one there to cover a new kind of save.

WAL with synchronous=FULL: a killed process never loses a commit (it is in the OS's hands once
the commit returns, whatever the synchronous level); FULL also keeps it through a power cut,
which this test cannot simulate.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.storage.database import open_store
from tests.crash_saves import KINDS

ROOT = Path(__file__).resolve().parent.parent
CHILDREN = 50
AT_ONCE = 2                        # children saving into the same file at the same time
ACKS_BEFORE_KILL = (0, 40)         # the kill comes after this many acknowledged saves ...
JITTER = (0.0, 0.004)              # ... plus up to 4 ms: somewhere inside the next save(s)


def run_and_kill(db_path: Path, child: int, rng: random.Random) -> tuple[list[str], str]:
    """Start one child, kill it at a random moment; its acknowledgement lines and stderr."""
    seed = rng.randrange(2**32)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_saves", str(db_path), str(child), str(seed), *KINDS],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines: list[str] = []
    wanted = rng.randint(*ACKS_BEFORE_KILL)
    enough = threading.Event()

    def read() -> None:             # keep the pipe drained so the child never blocks on it
        for line in process.stdout:
            if line != "ready\n":
                lines.append(line)
            if line == "ready\n" and wanted == 0 or len(lines) >= wanted > 0:
                enough.set()
        enough.set()                # the child ended (it should not have: checked below)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        if not enough.wait(120):
            raise AssertionError(f"child {child} made no progress")
        time.sleep(rng.uniform(*JITTER))
        alive = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        reader.join(timeout=30)
    stderr = process.stderr.read()
    process.stderr.close()
    assert alive, f"child {child} ended by itself before the kill:\n{stderr}"
    return lines, stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_saves_never_damage_the_file_nor_lose_an_acknowledged_save(tmp_path):
    db_path = tmp_path / "crash.sqlite3"
    open_store(db_path).close()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    seeds = [random.Random(rng.randrange(2**32)) for _ in range(CHILDREN)]
    with ThreadPoolExecutor(AT_ONCE) as pool:
        results = list(pool.map(lambda c: run_and_kill(db_path, c, seeds[c]), range(CHILDREN)))

    acknowledged: dict[str, list[str]] = defaultdict(list)
    for lines, stderr in results:
        assert "Traceback" not in stderr, f"seed {seed}: a child failed on its own:\n{stderr}"
        for line in lines:
            if line.endswith("\n"):             # a line cut by the kill was never acknowledged
                _, kind, payload = line.rstrip("\n").split(" ", 2)
                acknowledged[kind].append(payload)

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], f"seed {seed}"
        problems = [p for name, kind in KINDS.items()
                    for p in kind.check(conn, acknowledged[name], db_path=db_path)]
    finally:
        conn.close()
    assert problems == [], f"seed {seed}: " + "\n".join(problems[:20])
    # The test did what it says: every kind of save was acknowledged many times over.
    counts = {name: len(acknowledged[name]) for name in KINDS}
    assert all(count >= 5 for count in counts.values()), counts
    print(f"crash test (seed {seed}): acknowledged saves {counts}")
    store = open_store(db_path)              # and the app opens the file as usual
    store.close()
