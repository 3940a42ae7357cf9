"""A plain start (--db, --smoke-test, --tray) skips the command-line parser; anything else uses it."""

import pytest

from app.main import plain_gui_arguments


@pytest.mark.parametrize("argv, expected", [
    ([], {"db": None, "smoke_test": False, "tray": False}),
    (["--db", "x.sqlite3"], {"db": "x.sqlite3", "smoke_test": False, "tray": False}),
    (["--db=x.sqlite3", "--smoke-test"], {"db": "x.sqlite3", "smoke_test": True, "tray": False}),
    (["--smoke-test", "--db", "数据.sqlite3"], {"db": "数据.sqlite3", "smoke_test": True, "tray": False}),
    (["--tray"], {"db": None, "smoke_test": False, "tray": True}),
    (["--tray", "--db", "x.sqlite3"], {"db": "x.sqlite3", "smoke_test": False, "tray": True}),
])
def test_plain_starts(argv, expected):
    assert plain_gui_arguments(argv) == expected


@pytest.mark.parametrize("argv", [["list"], ["--db", "x", "list"], ["--db"], ["--db", "--smoke-test"],
                                  ["--help"], ["--version"], ["--unknown"], ["--db="]])
def test_everything_else_goes_to_the_parser(argv):
    assert plain_gui_arguments(argv) is None


def test_a_plain_start_imports_neither_argparse_nor_the_commands():
    import subprocess
    import sys

    code = ("import sys, app.main\n"
            "app.main.plain_gui_arguments(['--db', 'x'])\n"
            "print('argparse' in sys.modules, 'app.cli' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
