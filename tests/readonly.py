"""Running code against a data folder it may not write to.

Permission bits do not stop root, so when the tests run as root the code runs in a child
process as the unprivileged user ``nobody``; otherwise the folder is made read-only with chmod.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

NOBODY = 65534
ROOT = Path(__file__).resolve().parent.parent


def make_database(path: Path) -> None:
    from app.storage.database import open_store

    open_store(path).close()


def run_in_read_only_folder(code: str, *, with_database: bool, args: list[str] | None = None,
                            timeout: float = 60, prepare: Callable[[Path], None] | None = None,
                            ) -> tuple[subprocess.CompletedProcess, Path]:
    """Run ``code`` (with FOLDER bound to the read-only folder) or ``python -m app ARGS``.

    ``prepare`` gets the database's path to fill it before the folder is made read-only;
    ``{OUT}`` in ARGS stands for a folder the code may write to (beside the data folder).
    Returns the finished process and the folder, which is removed at interpreter exit.
    """
    base = Path(tempfile.mkdtemp(prefix="lk-readonly-"))
    os.chmod(base, 0o755)
    folder = base / "data"
    folder.mkdir()
    outbox = base / "out"
    outbox.mkdir()
    os.chmod(outbox, 0o777)
    if with_database:
        make_database(folder / "license-keeper.sqlite3")
        if prepare is not None:
            prepare(folder / "license-keeper.sqlite3")
            os.chmod(folder / "license-keeper.sqlite3", 0o644)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    os.chmod(folder, 0o755 if as_root else 0o555)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(base),
           "LICENSE_KEEPER_HOME": str(folder), "PYTHONPATH": str(ROOT),
           "LICENSE_KEEPER_CONFIG": str(base / "config.json")}
    if args is None:
        command = [sys.executable, "-c", f"from pathlib import Path\nFOLDER = Path({str(folder)!r})\n{code}"]
    else:
        command = [sys.executable, "-m", "app", *(arg.replace("{OUT}", str(outbox)) for arg in args)]
    try:
        result = subprocess.run(command, env=env, cwd=base, capture_output=True, text=True,
                                timeout=timeout, user=NOBODY if as_root else None)
    finally:
        os.chmod(folder, 0o755)
    atexit.register(shutil.rmtree, base, True)
    return result, folder
