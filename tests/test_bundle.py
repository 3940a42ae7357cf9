"""The double-click bundle: what goes in, and (slow) that the built program really starts."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sysconfig
from importlib import metadata
from pathlib import Path

import pytest

from app.ui.smoke import finish_smoke_test
from installer import build
from installer.bundle_options import (
    EXCLUDED_MODULES,
    HIDDEN_IMPORTS,
    LAZY_PACKAGES,
    WINDOWS_ONLY_MODULES,
    excluded_modules,
    keep_file,
    minimum_macos_of_tags,
)

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(folder: Path) -> set[str]:
    """Every absolute module name imported anywhere under ``folder`` (top level or lazily)."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_the_app_imports_is_left_out_of_the_bundle():
    imported = imported_modules(ROOT / "app")
    clashes = sorted(name for name in imported for excluded in EXCLUDED_MODULES
                     if name == excluded or name.startswith(excluded + "."))
    assert not clashes, f"the app imports modules installer/bundle_options.py excludes: {clashes}"
    for qt_module in sorted(n.split(".")[1] for n in imported if n.startswith("PySide6.Qt")):
        short = qt_module.removeprefix("Qt")
        for dest in (f"PySide6/Qt/lib/libQt6{short}.so.6", f"PySide6/Qt6{short}.dll",
                     f"PySide6/Qt/lib/Qt{short}.framework/Versions/A/Qt{short}"):
            assert keep_file(dest), f"{qt_module} is imported but its library {dest} is dropped"


# Files of the app's dependencies that import ctypes: they run on Windows, or on macOS (keyring's
# Keychain), or on a Linux desktop's Secret Service path (cffi, through cryptography), which a
# Linux bundle does without (its secrets go to the database).
WINDOWS_ONLY_CTYPES_USERS = {"platformdirs/windows.py", "click/_winconsole.py", "dateutil/tz/win.py"}
MACOS_CTYPES_USERS = {"keyring/backends/macOS/api.py"}
LINUX_DESKTOP_CTYPES_USERS = {"cffi/api.py", "cffi/backend_ctypes.py"}
IMPORTS_CTYPES = re.compile(r"^\s*(import|from)\s+_?ctypes\b", re.MULTILINE)


def _distributions_of_the_app() -> set[str]:
    """The app's dependencies from pyproject.toml, and theirs, as installed here."""
    pending = [re.split(r"[ ;<>=!~\[]", line, maxsplit=1)[0] for line in build.project()["dependencies"]]
    seen: set[str] = set()
    while pending:
        name = pending.pop().lower().replace("_", "-")
        if name in seen:
            continue
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        pending += [re.split(r"[ ;<>=!~\[(]", req, maxsplit=1)[0] for req in requires
                    if "extra ==" not in req]
    return seen


def _ctypes_users(paths: list[tuple[str, Path]]) -> set[str]:
    return {name for name, path in paths
            if IMPORTS_CTYPES.search(path.read_text(encoding="utf-8", errors="replace"))}


def test_ctypes_is_left_out_only_where_nothing_imports_it():
    assert not set(WINDOWS_ONLY_MODULES) & set(excluded_modules("win32"))
    assert not set(WINDOWS_ONLY_MODULES) & set(excluded_modules("darwin"))      # keyring's Keychain
    assert set(WINDOWS_ONLY_MODULES) <= set(excluded_modules("linux"))
    assert not _ctypes_users([(str(p), p) for p in (ROOT / "app").rglob("*.py")])
    dependency_files = [(str(f), Path(f.locate())) for dist in sorted(_distributions_of_the_app())
                        for f in metadata.distribution(dist).files or ()
                        if f.suffix == ".py" and f.parts[0] not in EXCLUDED_MODULES]  # (pip)
    users = _ctypes_users(dependency_files)
    assert "platformdirs/windows.py" in users      # the scan sees what it looks for
    assert users <= WINDOWS_ONLY_CTYPES_USERS | MACOS_CTYPES_USERS | LINUX_DESKTOP_CTYPES_USERS, \
        "a dependency imports ctypes: does it run off Windows and macOS?"
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    left_out = tuple(EXCLUDED_MODULES) + ("ctypes", "test", "site-packages")
    stdlib_files = [(str(p.relative_to(stdlib)), p) for p in stdlib.rglob("*.py")
                    if p.relative_to(stdlib).parts[0].removesuffix(".py") not in left_out]
    assert not _ctypes_users(stdlib_files)


def test_lazily_imported_packages_are_named_for_the_bundle():
    for package in ("sqlite_utils", "openpyxl", "chinese_calendar", "tyme4py", "platformdirs", "keyring"):
        assert package in HIDDEN_IMPORTS


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt6Network.dll", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),                  # SVG icons keep working
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/translations/qtbase_de.qm", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/opengl32sw.dll", False),
    ("resources/translations/license-keeper_en.qm", True),
    ("resources/catalogue/deadlines.toml", True),
])
def test_keep_file(dest, kept):
    assert keep_file(dest) is kept


def test_minimum_macos_comes_from_the_wheel_tags():
    wheel = "Wheel-Version: 1.0\nTag: cp310-abi3-macosx_14_0_universal2\n"
    assert minimum_macos_of_tags(wheel) == "14.0"
    assert minimum_macos_of_tags("Tag: cp310-abi3-macosx_13_0_x86_64\n"
                                 "Tag: cp310-abi3-macosx_11_0_arm64\n") == "11.0"
    assert minimum_macos_of_tags("Tag: cp310-abi3-manylinux_2_34_x86_64\n") is None


class _App:
    def __init__(self):
        self.status = None

    def exit(self, status):
        self.status = status


def test_smoke_test_passes_only_with_the_window_on_screen(qtbot, capsys):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    app = _App()
    finish_smoke_test(app, window)
    assert app.status == 1
    assert "NOT shown" in capsys.readouterr().out
    window.show()
    qtbot.waitExposed(window)
    finish_smoke_test(app, window)
    assert app.status == 0
    assert "smoke-test: main window shown: QMainWindow" in capsys.readouterr().out


def test_the_smoke_test_answers_once_the_window_has_painted(qtbot, store, capsys):
    from app.ui.main_window import MainWindow
    from app.ui.smoke import finish_smoke_test_once_painted

    window = MainWindow(store)
    qtbot.addWidget(window)
    app = _App()
    finish_smoke_test_once_painted(app, window)
    window.show()
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        pass
    assert app.status == 0
    assert capsys.readouterr().out == "smoke-test: main window shown: MainWindow\n"
    window.update()                                   # later paints say nothing more
    qtbot.wait(50)
    assert capsys.readouterr().out == ""


def test_the_smoke_test_fails_when_no_paint_comes(qtbot, store, capsys, monkeypatch):
    from app.ui import smoke
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(smoke, "NO_PAINT_TIMEOUT_MS", 50)
    window = MainWindow(store)                        # never shown: never painted
    qtbot.addWidget(window)
    app = _App()
    smoke.finish_smoke_test_once_painted(app, window)
    qtbot.waitUntil(lambda: app.status is not None)
    assert app.status == 1 and "NOT shown" in capsys.readouterr().out


def test_the_hello_window_of_the_benchmark_has_the_main_windows_size():
    from app.ui.main_window import DEFAULT_SIZE
    from benchmarks.hello_window import WINDOW_SIZE

    assert WINDOW_SIZE == DEFAULT_SIZE


def test_bundle_inputs_fingerprint_follows_the_sources(tmp_path, monkeypatch):
    for name in ("app/main.py", "resources/catalogue/deadlines.toml", "installer/x.spec",
                 "pyproject.toml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    before = build.inputs_fingerprint()
    assert before == build.inputs_fingerprint()
    (tmp_path / "app" / "__pycache__").mkdir()
    (tmp_path / "app" / "__pycache__" / "main.cpython-311.pyc").write_bytes(b"ignored")
    assert build.inputs_fingerprint() == before
    (tmp_path / "resources" / "catalogue" / "materials.toml").write_text("new", encoding="utf-8")
    added = build.inputs_fingerprint()
    assert added != before
    (tmp_path / "app" / "main.py").write_text("changed", encoding="utf-8")
    assert build.inputs_fingerprint() not in (before, added)


# ----------------------------------------------------------------------------- slow

def _run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LICENSE_KEEPER_HOME": str(home)}
    env.pop("LICENSE_KEEPER_DB", None)
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=home.parent)


@pytest.fixture(scope="module")
def built_program() -> Path:
    """The one-folder bundle, built by installer/build.py (reused from build/ when current)."""
    return build.build_bundle()


@pytest.mark.slow
def test_built_program_shows_the_main_window_and_exits_cleanly(built_program, tmp_path):
    home = tmp_path / "data"
    result = _run(built_program, "--smoke-test", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke-test: main window shown: MainWindow" in result.stdout
    assert "Traceback" not in result.stderr
    # The default database was created in the data folder that the environment names.
    assert (home / "license-keeper.sqlite3").exists()
    again = _run(built_program, "--smoke-test", home=home)
    assert again.returncode == 0, again.stderr


@pytest.mark.slow
def test_built_program_writes_and_reads_through_its_command_line(built_program, tmp_path):
    home = tmp_path / "data"
    added = _run(built_program, "add-license", "--number", "京B2-20190350",
                 "--company", "北京示例呼叫服务有限公司", "--scope", "provincial",
                 "--issued", "2022-03-15", "--expiry", "2027-03-14", home=home)
    assert added.returncode == 0, added.stderr           # writes load sqlite-utils lazily
    listed = _run(built_program, "list", "--json", "--today", "2026-11-22", home=home)
    assert listed.returncode == 0, listed.stderr
    assert [row["number"] for row in json.loads(listed.stdout)] == ["京B2-20190350"]
    refused = _run(built_program, "add-license", "--number", "蜀B2-20100073", "--company", "x",
                   "--scope", "national", "--issued", "2021-05-01", "--expiry", "2026-04-30",
                   home=home)
    assert refused.returncode == 2
    assert "经营许可证编号" in refused.stderr or "编号" in refused.stderr
    # Packages collected beside the program (bundle_options.LAZY_PACKAGES) load when used.
    sheet = _run(built_program, "export-dashboard", "--out", str(tmp_path / "d.xlsx"),
                 "--today", "2026-11-22", home=home)
    assert sheet.returncode == 0, sheet.stderr           # openpyxl
    assert (tmp_path / "d.xlsx").read_bytes()[:2] == b"PK"
    calendar = _run(built_program, "ics", "--out", str(tmp_path / "d.ics"), "--today", "2026-11-22",
                    home=home)
    assert calendar.returncode == 0, calendar.stderr     # icalendar, dateutil
    assert (tmp_path / "d.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


@pytest.mark.slow
def test_built_bundle_holds_the_resources_and_leaves_out_unused_qt(built_program):
    from PyInstaller.archive.readers import ZlibArchiveReader

    internal = built_program.parent / "_internal"
    shipped = {p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts" and not p.name.startswith(".")}
    assert shipped, "resources/ is empty"
    missing = sorted(str(p) for p in shipped if not (internal / p).is_file())
    assert not missing, f"resources missing from the bundle: {missing}"

    bundled = {str(p.relative_to(internal)).replace(os.sep, "/") for p in internal.rglob("*")
               if p.is_file()}
    dropped = sorted(p for p in bundled if not keep_file(p))
    assert not dropped, f"files the filter should have left out: {dropped[:10]}"
    qms = {p.rsplit("/", 1)[-1] for p in bundled if p.startswith("PySide6/") and p.endswith(".qm")}
    assert "qtbase_zh_CN.qm" in qms
    assert all(q.endswith(("_zh_CN.qm", "_en.qm")) for q in qms), qms

    pyz = build.WORK / "license-keeper" / "PYZ-00.pyz"
    modules = set(ZlibArchiveReader(str(pyz)).toc)
    for package in ("platformdirs", "app.cli", "app.ui.main_window"):
        assert package in modules, f"{package} is not in the bundle"
    for package in LAZY_PACKAGES:                     # beside the program, not in the archive
        assert (internal / package / "__init__.pyc").is_file(), f"{package} is not in the bundle"
        assert package not in modules
    assert not any(m == "PIL" or m.startswith("PIL.") for m in modules)
