"""Start at login: the Linux entry written and removed in a temporary config folder; the macOS
LaunchAgent and the Windows Run value written in their formats (a folder, a fake registry)."""

import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

from app.operations import autostart
from app.operations.autostart import DesktopEntry, LaunchAgent, RunValue, exec_line

ROOT = Path(__file__).resolve().parent.parent


def test_linux_on_writes_one_desktop_file_and_off_removes_exactly_it(tmp_path, db_path):
    config = tmp_path / "config"
    (config / "autostart").mkdir(parents=True)
    (config / "autostart" / "other-app.desktop").write_text("[Desktop Entry]\nName=other\n", encoding="utf-8")
    entry = DesktopEntry(config)
    state = autostart.enable(db_path, entry=entry)
    assert state.on and state.current and state.where == str(config / "autostart" / "license-keeper.desktop")
    text = entry.path.read_text(encoding="utf-8")
    assert "Type=Application" in text and "Name=许可证管家" in text and "X-GNOME-Autostart-enabled=true" in text
    exec_value = next(line[5:] for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_value)[-3:] == ["--tray", "--db", str(db_path.resolve())]
    assert sorted(p.name for p in (config / "autostart").iterdir()) == ["license-keeper.desktop", "other-app.desktop"]
    assert autostart.disable(entry=entry)
    assert sorted(p.name for p in (config / "autostart").iterdir()) == ["other-app.desktop"]
    assert not autostart.status(db_path, entry=entry).on
    assert not autostart.disable(entry=entry)          # off again: nothing to remove


def test_a_desktop_file_of_our_name_that_we_did_not_write_is_left_alone(tmp_path, db_path):
    entry = DesktopEntry(tmp_path)
    entry.path.parent.mkdir(parents=True)
    entry.path.write_text("[Desktop Entry]\nExec=something-else\n", encoding="utf-8")
    state = autostart.status(db_path, entry=entry)
    assert not state.on and state.foreign
    assert not autostart.disable(entry=entry) and entry.path.exists()


def test_exec_quotes_as_the_desktop_entry_spec_says():
    assert exec_line(["/opt/my app/python", "-m", "app"]) == '"/opt/my app/python" "-m" "app"'
    assert exec_line(['/a"b', "$HOME", "50%"]) == '"/a\\\\"b" "\\\\$HOME" "50%%"'


def test_the_default_linux_folder_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert DesktopEntry().path == tmp_path / "xdg" / "autostart" / "license-keeper.desktop"


def test_macos_writes_a_launch_agent_that_runs_at_load(tmp_path, db_path):
    agent = LaunchAgent(tmp_path / "LaunchAgents")
    state = autostart.enable(db_path, entry=agent)
    assert state.on and state.current and agent.path.name == "cn.licensekeeper.app.tray.plist"
    with agent.path.open("rb") as handle:
        written = plistlib.load(handle)
    assert written["Label"] == "cn.licensekeeper.app.tray" and written["RunAtLoad"] is True
    assert written["ProgramArguments"] == autostart.launch_command(db_path)
    assert written["ProgramArguments"][0] == sys.executable and "--tray" in written["ProgramArguments"]
    assert autostart.disable(entry=agent) and list((tmp_path / "LaunchAgents").iterdir()) == []


class FakeRunKey:
    def __init__(self):
        self.values = {"OneDrive": '"C:\\Program Files\\OneDrive.exe" /background'}

    def get(self, name):
        return self.values.get(name)

    def set(self, name, value):
        self.values[name] = value

    def delete(self, name):
        del self.values[name]


def test_windows_writes_one_run_value_and_removes_only_it(db_path):
    key = FakeRunKey()
    value = RunValue(key)
    state = autostart.enable(db_path, entry=value)
    assert state.on and state.current and state.where.endswith(r"CurrentVersion\Run\LicenseKeeper")
    assert key.values["LicenseKeeper"] == subprocess.list2cmdline(autostart.launch_command(db_path))
    assert autostart.disable(entry=value)
    assert key.values == {"OneDrive": '"C:\\Program Files\\OneDrive.exe" /background'}


def test_a_moved_program_shows_as_not_current(tmp_path, db_path):
    entry = DesktopEntry(tmp_path)
    entry.write(["/old/place/python", "-m", "app", "--tray"], folder=None)
    state = autostart.status(db_path, entry=entry)
    assert state.on and not state.current


def test_the_command_line_turns_it_on_and_off_in_the_users_config_folder(tmp_path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}
    run = lambda *args: subprocess.run([sys.executable, "-m", "app", "autostart", *args], cwd=ROOT, env=env,  # noqa: E731
                                       capture_output=True, text=True, timeout=60)
    assert "未开启" in run("status").stdout
    on = run("on")
    assert on.returncode == 0 and "已开启" in on.stdout
    assert (tmp_path / "xdg" / "autostart" / "license-keeper.desktop").exists()
    assert "已开启" in run("status").stdout
    off = run("off")
    assert off.returncode == 0 and "已关闭" in off.stdout
    assert list((tmp_path / "xdg" / "autostart").iterdir()) == []
    assert "本来就没有开启" in run("off").stdout
    wrong = run("maybe")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
