"""A windowed program (the installed app on Windows) starts with sys.stdout/stderr = None."""

import sys

import pytest

from app.main import main


def no_console(monkeypatch):
    # Inside the test body: pytest's output capture re-sets sys.stdout between set-up and call.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_streams_exist_after_start_without_a_console(monkeypatch, db_path):
    no_console(monkeypatch)
    assert main(["list", "--db", str(db_path)]) == 0
    sys.stdout.write("写入不报错\n")
    sys.stderr.write("写入不报错\n")
    sys.stdout.flush()
    assert not sys.stdout.isatty()


def test_cli_errors_and_version_without_a_console(monkeypatch, db_path):
    no_console(monkeypatch)
    assert main(["add-license", "--db", str(db_path), "--number", "x", "--company", "",
                 "--scope", "national", "--issued", "2022-01-01", "--expiry", "2027-01-01"]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2
