"""Start at login, quietly into the tray: per user, without administrator rights.

- Windows: a value named ``LicenseKeeper`` under the current user's
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: a LaunchAgent ``~/Library/LaunchAgents/cn.licensekeeper.app.tray.plist`` (RunAtLoad).
- Linux: an XDG autostart entry ``$XDG_CONFIG_HOME/autostart/license-keeper.desktop``
  (``~/.config/autostart``).

Turning it on writes that one entry; turning it off removes that one entry, and only when it
is ours (a file of that name someone else wrote is left alone). The entry starts this program
with ``--tray`` (and ``--db`` when this start's database is not the default one, so that the
login start opens the same data).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple, Protocol

from app.paths import override_in_effect

TRAY_ARGUMENT = "--tray"
ENTRY_NAME = "LicenseKeeper"
MAC_LABEL = "cn.licensekeeper.app.tray"
DESKTOP_FILE = "license-keeper.desktop"
DESKTOP_MARK = "X-LicenseKeeper-Autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


class Status(NamedTuple):
    on: bool
    where: str               # the file, or the registry value, that holds the entry
    command: list[str]       # what it starts ([] when off)
    current: bool            # it starts this program as it is now (not an older copy elsewhere)
    foreign: bool = False    # an entry of our name that we did not write (left alone)


def launch_command(db_path: Path | None = None) -> list[str]:
    """This program, started into the tray (and on ``db_path`` when that is not the default)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, TRAY_ARGUMENT]
    else:
        command = [sys.executable, "-m", "app", TRAY_ARGUMENT]
    if db_path is not None and override_in_effect(Path(db_path)):
        command += ["--db", str(Path(db_path).resolve())]
    return command


def working_folder() -> Path | None:
    """Where a start from the source tree must run (``python -m app``); None for a bundle."""
    return None if getattr(sys, "frozen", False) else PROJECT_ROOT


# ------------------------------------------------------------------ Linux: XDG autostart
class DesktopEntry:
    """``<config>/autostart/license-keeper.desktop`` (freedesktop Desktop Entry and Autostart specs)."""

    def __init__(self, config_home: Path | None = None):
        if config_home is None:
            config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = Path(config_home) / "autostart" / DESKTOP_FILE

    def write(self, command: list[str], *, folder: Path | None) -> None:
        lines = ["[Desktop Entry]", "Type=Application", "Name=许可证管家", "Name[en]=License Keeper",
                 "Comment=开机时在托盘中启动，每天检查许可证期限并提醒",
                 f"Exec={exec_line(command)}", "Terminal=false", "X-GNOME-Autostart-enabled=true",
                 f"{DESKTOP_MARK}=true"]
        if folder is not None:
            lines.append(f"Path={_desktop_string(str(folder))}")
        _write_text(self.path, "\n".join(lines) + "\n")

    def remove(self) -> bool:
        if not self._ours():
            return False
        self.path.unlink()
        return True

    def status(self, expected: list[str]) -> Status:
        if not self.path.exists():
            return Status(False, str(self.path), [], False)
        if not self._ours():
            return Status(False, str(self.path), [], False, foreign=True)
        line = next((ln[5:] for ln in self._lines() if ln.startswith("Exec=")), "")
        return Status(True, str(self.path), [line], line == exec_line(expected))

    def _ours(self) -> bool:
        return self.path.exists() and f"{DESKTOP_MARK}=true" in self._lines()

    def _lines(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []


def exec_line(command: list[str]) -> str:
    """The ``Exec`` value: each argument quoted as the Desktop Entry spec says (", `, $ and \\
    escaped inside the quotes, % doubled), then escaped as a string value (\\ doubled)."""
    quoted = []
    for argument in command:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument).replace("%", "%%")
        quoted.append(f'"{inner}"')
    return _desktop_string(" ".join(quoted))


def _desktop_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


# ------------------------------------------------------------------ macOS: a LaunchAgent
class LaunchAgent:
    """``~/Library/LaunchAgents/cn.licensekeeper.app.tray.plist``: launchd runs it at login."""

    def __init__(self, agents_folder: Path | None = None):
        folder = agents_folder if agents_folder is not None else Path.home() / "Library" / "LaunchAgents"
        self.path = Path(folder) / f"{MAC_LABEL}.plist"

    def write(self, command: list[str], *, folder: Path | None) -> None:
        agent = {"Label": MAC_LABEL, "ProgramArguments": command, "RunAtLoad": True,
                 "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"}
        if folder is not None:
            agent["WorkingDirectory"] = str(folder)
        _write_bytes(self.path, plistlib.dumps(agent))

    def remove(self) -> bool:
        if self._read().get("Label") != MAC_LABEL:
            return False
        self.path.unlink()
        return True

    def status(self, expected: list[str]) -> Status:
        if not self.path.exists():
            return Status(False, str(self.path), [], False)
        agent = self._read()
        if agent.get("Label") != MAC_LABEL:
            return Status(False, str(self.path), [], False, foreign=True)
        command = [str(part) for part in agent.get("ProgramArguments") or []]
        return Status(True, str(self.path), command, command == expected)

    def _read(self) -> dict:
        try:
            with self.path.open("rb") as handle:
                found = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return {}
        return found if isinstance(found, dict) else {}


# ------------------------------------------------------------------ Windows: the Run key
class RunKey(Protocol):
    """The current user's Run key, as far as autostart needs it (a fake one in tests)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run, through winreg."""

    def get(self, name: str) -> str | None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, name)


class RunValue:
    """The ``LicenseKeeper`` value of the Run key: the command line, quoted as Windows parses it."""

    def __init__(self, key: RunKey | None = None):
        self.key = key if key is not None else WindowsRunKey()
        self.path = f"HKCU\\{RUN_KEY}\\{ENTRY_NAME}"

    def write(self, command: list[str], *, folder: Path | None) -> None:
        self.key.set(ENTRY_NAME, subprocess.list2cmdline(command))

    def remove(self) -> bool:
        if self.key.get(ENTRY_NAME) is None:
            return False
        self.key.delete(ENTRY_NAME)
        return True

    def status(self, expected: list[str]) -> Status:
        value = self.key.get(ENTRY_NAME)
        if value is None:
            return Status(False, self.path, [], False)
        return Status(True, self.path, [value], value == subprocess.list2cmdline(expected))


# ------------------------------------------------------------------ this system
def entry_for_this_system():
    if sys.platform == "win32":
        return RunValue()
    if sys.platform == "darwin":
        return LaunchAgent()
    return DesktopEntry()


def enable(db_path: Path | None = None, *, entry=None) -> Status:
    """Write the entry (replacing ours if there is one); OSError when it cannot be written."""
    entry = entry or entry_for_this_system()
    command = launch_command(db_path)
    entry.write(command, folder=working_folder())
    return entry.status(command)


def disable(*, entry=None) -> bool:
    """Remove our entry; False when there was none (or the one there is not ours)."""
    entry = entry or entry_for_this_system()
    return entry.remove()


def status(db_path: Path | None = None, *, entry=None) -> Status:
    entry = entry or entry_for_this_system()
    return entry.status(launch_command(db_path))


def _write_text(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    """Whole or not at all: a temporary file beside it, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".partial")
    temporary.write_bytes(data)
    os.replace(temporary, path)
