"""The app never opens a socket: a whole GUI session in a process where every socket fails."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_whole_session_opens_no_socket(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "tests.sessions.no_network_session", str(tmp_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(report["done"]) == 3, report
    assert {"清单.xlsx", "一览.xlsx", "期限.ics"} <= set(report["files"])
    assert not [line for line in report["said"] if not line.startswith(("information", "question"))], report["said"]
    assert report["socket_events"] == []
    assert report["network_modules"] == []


def test_the_hook_would_catch_a_socket(tmp_path):
    """The guard itself works: a socket made under it is refused and recorded."""
    code = ("import socket, sys\n"
            "from tests.sessions.no_network_session import refuse_sockets, SOCKET_EVENTS\n"
            "sys.addaudithook(refuse_sockets)\n"
            "try:\n    socket.socket()\nexcept OSError:\n    pass\n"
            "print(SOCKET_EVENTS)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "socket.__new__" in result.stdout


def test_with_a_robot_set_up_the_app_connects_to_its_address_only(tmp_path):
    from tests.robot_server import RobotServer

    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with RobotServer() as server:
        result = subprocess.run([sys.executable, "-m", "tests.sessions.robot_session", str(tmp_path),
                                 server.url("wecom")], cwd=ROOT, env=env, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout.strip().splitlines()[-1])
        assert report["problems"] == [""] and report["sent"][0] > 0
        assert len(server.received) == 1
    assert report["connects"] and all(address == ["127.0.0.1", server.port] for address in report["connects"])
    assert set(report["lookups"]) <= {"127.0.0.1"}
