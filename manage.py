#!/usr/bin/env python3
"""The two developer commands of License Keeper, with all of their setup.

    python3 manage.py start [app arguments]   # set up, then open the app
    python3 manage.py test  [pytest arguments]  # set up, then run every test

Setup means: a virtual environment in ``.venv`` with the project and its test extras
installed. It is redone only when ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".license-keeper-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {sys.version_info[:2]}"


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on any python3
        sys.exit("License Keeper needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != wanted_stamp():
        print("Installing License Keeper and its dependencies ...", flush=True)
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-e", f"{ROOT}[test]"],
        )
        STAMP.write_text(wanted_stamp())
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment()
    if command == "start":
        args = [str(python), "-m", "app", *rest]
    else:
        args = [str(python), "-m", "pytest", *rest]
    # The app runs in the caller's folder, so relative --db paths mean what they say.
    return subprocess.call(args, cwd=ROOT if command == "test" else None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
