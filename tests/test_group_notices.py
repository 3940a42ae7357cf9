"""Group digests sent to a stand-in of each robot on 127.0.0.1 (tests/robot_server.py), which
checks the address, the body and the signature; once only; failures kept and retried."""

import json
import os
import socket
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.operations import licenses as license_ops
from app.operations import notifications
from app.operations.robot_secrets import DATABASE
from app.storage import notices
from tests.robot_server import RobotServer

ROOT = Path(__file__).resolve().parent.parent
DING_SECRET = "SEC0123456789abcdef0123456789abcdef"
FEISHU_SECRET = "fs3cr3tK3yForTests"
TODAY = date(2026, 12, 1)          # the renewal of the 2027-03-14 license is in its 30 days
SECRETS = {"wecom": "", "dingtalk": DING_SECRET, "feishu": FEISHU_SECRET}


@pytest.fixture
def licensed(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input)


@pytest.mark.parametrize("kind", ["wecom", "dingtalk", "feishu"])
def test_each_robot_gets_its_digest_once(store, licensed, kind):
    with RobotServer(secret=SECRETS[kind]) as server:
        robot = notifications.add_robot(store, kind=kind, url=server.url(kind), secret=SECRETS[kind])
        outcomes = notifications.send_digests(store, TODAY)
        assert [o.ok for o in outcomes] == [True] and outcomes[0].sent > 0
        assert server.refused == [] and len(server.received) == 1
        sent_kind, body = server.received[0]
        assert sent_kind == kind
        text = json.dumps(body, ensure_ascii=False)
        assert "京B2-20190350" in text and "北京示例呼叫服务有限公司" in text and "申请续期" in text
        again = notifications.send_digests(store, TODAY)          # a second run the same day
        assert again[0].sent == 0 and not again[0].digest and len(server.received) == 1
        next_day = notifications.send_digests(store, TODAY + timedelta(days=1))
        assert next_day[0].sent == 0 and len(server.received) == 1      # the same stages: nothing new
    row = notices.get_robot(store, robot.id)
    assert row.last_ok is True and row.secret_place == DATABASE


def test_a_wrong_secret_is_shown_and_the_digest_is_sent_the_next_day(store, licensed):
    with RobotServer(secret=DING_SECRET) as server:
        robot = notifications.add_robot(store, kind="dingtalk", url=server.url("dingtalk"),
                                        secret="SEC" + "f" * 32)
        failed = notifications.send_digests(store, TODAY)[0]
        assert not failed.ok and "加签密钥不对" in failed.problem and "310000" in failed.problem
        assert server.received == [] and notices.told(store, notices.robot_channel(robot.id)) == set()
        row = notices.get_robot(store, robot.id)
        assert row.last_ok is False and row.last_attempt_on == TODAY and "加签密钥不对" in row.last_message
        assert [r.id for r in notifications.failures(store)] == [robot.id]
        # the app's daily check tries a robot once a day: not again today
        assert notifications.send_digests(store, TODAY, automatic=True)[0].skipped
        notifications.update_robot(store, robot.id, url=server.url("dingtalk"), secret=DING_SECRET)
        retried = notifications.send_digests(store, TODAY + timedelta(days=1), automatic=True)[0]
        assert retried.ok and retried.sent == len(failed.digest.keys)     # nothing was lost
        assert len(server.received) == 1


def test_the_rate_limit_is_said_and_retried(store, licensed):
    with RobotServer(answer="rate_limit") as server:
        notifications.add_robot(store, kind="feishu", url=server.url("feishu"))
        outcome = notifications.send_digests(store, TODAY)[0]
    assert not outcome.ok and "限流" in outcome.problem and "明天会再试" in outcome.problem
    assert outcome.sent == 0


def test_no_network_is_said_and_nothing_recorded(store, licensed):
    with socket.socket() as probe:            # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    robot = notifications.add_robot(store, kind="wecom", url=f"http://127.0.0.1:{port}/cgi-bin/webhook/send?key=k")
    outcome = notifications.send_digests(store, TODAY)[0]
    assert not outcome.ok and "连不上 127.0.0.1" in outcome.problem
    assert notices.told(store, notices.robot_channel(robot.id)) == set()


def test_a_long_digest_goes_in_parts_and_a_failed_part_is_sent_later(store, valid_license_input):
    for n in range(40):
        license_ops.add_license(store, {**valid_license_input, "number": f"京B2-2019{n:04d}",
                                        "credit_code": ""})
    calls = []

    def second_part_fails(request):
        from app.notify.webhook import Delivery

        calls.append(request)
        return Delivery("ok") if len(calls) != 2 else Delivery("network", "连不上")

    robot = notifications.add_robot(store, kind="wecom", url="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
    outcome = notifications.send_digests(store, TODAY, deliver=second_part_fails)[0]
    assert len(outcome.parts) > 2 and not outcome.ok
    assert outcome.sent == len(outcome.parts[0].keys) and "明天再试" in outcome.problem
    assert notices.told(store, notices.robot_channel(robot.id)) == set(outcome.parts[0].keys)
    later = notifications.send_digests(store, TODAY + timedelta(days=1), deliver=lambda r: second_part_fails(r))[0]
    assert later.ok and later.sent == len(outcome.digest.keys) - outcome.sent


def test_a_robot_covers_only_its_licenses(store, valid_license_input):
    first = license_ops.add_license(store, valid_license_input)
    license_ops.add_license(store, {**valid_license_input, "number": "沪B2-20200712", "credit_code": ""})
    with RobotServer() as server:
        notifications.add_robot(store, kind="wecom", url=server.url("wecom"), license_ids=[first.id])
        notifications.send_digests(store, TODAY)
        text = server.received[0][1]["markdown"]["content"]
    assert "京B2-20190350" in text and "沪B2-20200712" not in text


def test_a_test_message_reaches_the_robot(store):
    with RobotServer(secret=FEISHU_SECRET) as server:
        robot = notifications.add_robot(store, kind="feishu", url=server.url("feishu"), secret=FEISHU_SECRET)
        assert notifications.send_trial(store, robot.id).ok
        assert "测试消息" in json.dumps(server.received[0][1], ensure_ascii=False)


def test_a_redirect_elsewhere_is_not_followed(store):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Redirect(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.send_response(307)
            self.send_header("Location", "http://127.0.0.2:9/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        robot = notifications.add_robot(
            store, kind="wecom", url=f"http://127.0.0.1:{server.server_address[1]}/cgi-bin/webhook/send?key=k")
        delivery = notifications.send_trial(store, robot.id)
    finally:
        server.shutdown()
        server.server_close()
    assert not delivery.ok and "没有跟过去" in delivery.problem


# ------------------------------------------------------------------ the command line
def cli(*args, db_path):
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run([sys.executable, "-m", "app", *args, "--db", str(db_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_command_line_adds_sends_once_and_lists(store, db_path, licensed):
    store.close()
    with RobotServer(secret=DING_SECRET) as server:
        added = cli("notify", "add", "--kind", "dingtalk", "--url", server.url("dingtalk"), "--secret", DING_SECRET,
                    "--license", "京B2-20190350", db_path=db_path)
        assert added.returncode == 0, added.stderr
        assert "已添加群机器人 1" in added.stdout and "数据库文件中" in added.stdout
        dry = cli("notify", "send", "--today", TODAY.isoformat(), "--dry-run", db_path=db_path)
        assert dry.returncode == 0 and "没有发送" in dry.stdout and "京B2-20190350" in dry.stdout
        assert server.requests == 0
        sent = cli("notify", "send", "--today", TODAY.isoformat(), db_path=db_path)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert "已发送" in sent.stdout and "京B2-20190350" in sent.stdout and len(server.received) == 1
        again = cli("notify", "send", "--today", TODAY.isoformat(), db_path=db_path)
        assert again.returncode == 0 and "没有新的提醒" in again.stdout and len(server.received) == 1
        trial = cli("notify", "test", "--id", "1", db_path=db_path)
        assert trial.returncode == 0 and len(server.received) == 2
    listed = json.loads(cli("notify", "list", "--json", db_path=db_path).stdout)
    assert listed[0]["kind"] == "dingtalk" and listed[0]["licenses"] == ["京B2-20190350"]
    assert listed[0]["last_ok"] is True and "t0k3n" not in json.dumps(listed)    # the token is cut
    failed = cli("notify", "test", "--id", "1", db_path=db_path)                  # the server is gone
    assert failed.returncode == 1 and "连不上" in failed.stdout
    removed = cli("notify", "remove", "--id", "1", db_path=db_path)
    assert removed.returncode == 0 and cli("notify", "list", db_path=db_path).stdout.startswith("还没有群机器人")


@pytest.mark.parametrize("args, words", [
    (["add", "--kind", "slack", "--url", "https://x"], "类型"),
    (["add", "--kind", "wecom", "--url", "https://example.com/x"], "Webhook 地址"),
    (["add", "--kind", "wecom", "--url", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
      "--license", "京B2-00000000"], "找不到编号"),
    (["remove", "--id", "7"], "没有编号为 7 的机器人"),
    (["test", "--id", "7"], "没有编号为 7 的机器人"),
    (["send", "--today", "2026-02-30"], "--today"),
])
def test_invalid_input_exits_2_and_writes_nothing(db_path, store, args, words):
    store.close()
    before = db_path.read_bytes()
    result = cli("notify", *args, db_path=db_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    from app.operations import open_store

    reopened = open_store(db_path)
    try:
        assert notifications.robots(reopened) == []
    finally:
        reopened.close()
    assert len(before) > 0


def test_send_beside_a_running_app_leaves_it_to_the_app(store, db_path, licensed, monkeypatch):
    """The window (or the tray) holds the database: it sends the digests itself."""
    from app.cli import notify as notify_cli

    robot = notifications.add_robot(store, kind="wecom", url="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
    monkeypatch.setattr("app.operations.window_lock.window_holding", lambda path: object())
    import argparse
    import io

    out = io.StringIO()
    status = notify_cli.cmd_send(argparse.Namespace(db=str(db_path), today=TODAY.isoformat(), dry_run=False), out)
    assert status == 0 and "由它每天发送" in out.getvalue()
    assert notices.get_robot(store, robot.id).last_attempt_on is None
