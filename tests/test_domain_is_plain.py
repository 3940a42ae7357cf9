import subprocess
import sys


def test_importing_the_domain_loads_no_qt_and_no_sqlite():
    code = ("import sys, pkgutil, importlib, app.domain\n"
            "for m in pkgutil.walk_packages(app.domain.__path__, 'app.domain.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlite3', 'sqlite_utils')]\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
