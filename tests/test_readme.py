"""Every command-line example in the README runs as printed."""

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
PREFIX = "python3 manage.py start "


def examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines()
            if line.strip().startswith(PREFIX) and len(shlex.split(line, comments=True)) > 3]


def test_readme_has_cli_examples():
    assert len(examples()) >= 5


def test_every_cli_example_runs_as_printed(tmp_path):
    # the examples run from the repository's folder, where the sample files are
    shutil.copytree(README.parent / "docs" / "examples", tmp_path / "docs" / "examples")
    for line in examples():
        args = shlex.split(line, comments=True)[3:]
        result = subprocess.run([sys.executable, "-m", "app", *args], cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        expected = 2 if "蜀B2" in line else 0      # the README shows this one being refused
        assert result.returncode == expected, f"{line}\n{result.stdout}\n{result.stderr}"
        assert "Traceback" not in result.stderr
