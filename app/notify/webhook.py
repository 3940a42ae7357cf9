"""Delivering one message to a group robot: a POST to its address, and what came back.

The only place the app opens a network connection, and only to the robot's own address: a
redirect elsewhere is not followed. (A proxy set for the system or in HTTPS_PROXY is used, as
a browser would.) Imported only when something is sent: a session without robots loads no
HTTP module at all.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import NamedTuple

from app.notify.formats import Request

TIMEOUT_SECONDS = 15
MAX_ANSWER = 64 * 1024
OK, NETWORK, REJECTED, RATE_LIMITED = "ok", "network", "rejected", "rate_limited"
RATE_LIMIT_CODES = frozenset({45009, 130101, 11232})     # 企业微信, 钉钉, 飞书
KNOWN_CODES = {
    93000: "机器人地址无效：key 不对，或机器人已被移出群",
    310000: "钉钉拒绝了消息：加签密钥不对，或消息不含安全设置的关键词，或本机 IP 不在白名单",
    19021: "签名不对：签名校验密钥不对，或这台电脑的时间不准",
    19022: "本机 IP 不在机器人的 IP 白名单中",
    19024: "消息不含机器人安全设置的关键词（关键词可设为“许可证”）",
    45009: "发送太频繁，机器人限流了",
    130101: "发送太频繁，机器人限流了（钉钉：每分钟最多 20 条，超过后限流 10 分钟）",
    11232: "发送太频繁，机器人限流了",
}


class Delivery(NamedTuple):
    outcome: str         # ok / network / rejected / rate_limited
    problem: str = ""    # for the user, in Chinese; "" when delivered

    @property
    def ok(self) -> bool:
        return self.outcome == OK


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A robot's address does not move: a redirect would take the message elsewhere."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def deliver(request: Request, *, timeout: float = TIMEOUT_SECONDS) -> Delivery:
    opener = urllib.request.build_opener(_NoRedirect)
    http_request = urllib.request.Request(request.url, data=request.body, method="POST",
                                          headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with opener.open(http_request, timeout=timeout) as response:
            return answer_of(response.status, response.read(MAX_ANSWER))
    except urllib.error.HTTPError as error:
        body = error.read(MAX_ANSWER) if error.fp is not None else b""
        return answer_of(error.code, body)
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Delivery(NETWORK, f"连不上 {request.host}（{_reason_text(reason)}）：请检查网络，明天会再试")


def answer_of(status: int, body: bytes) -> Delivery:
    """What the robot answered: 企业微信 and 钉钉 say ``errcode``, 飞书 ``code`` (0: delivered)."""
    try:
        answer = json.loads(body.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        answer = {}
    if not isinstance(answer, dict):
        answer = {}
    code = next((answer[name] for name in ("errcode", "code", "StatusCode") if isinstance(answer.get(name), int)), None)
    message = str(answer.get("errmsg") or answer.get("msg") or answer.get("StatusMessage") or "")[:200]
    if status == 429 or code in RATE_LIMIT_CODES:
        return Delivery(RATE_LIMITED, KNOWN_CODES.get(code, "发送太频繁，机器人限流了") + "：明天会再试")
    if 200 <= status < 300 and code == 0:
        return Delivery(OK)
    if code is not None:
        known = KNOWN_CODES.get(code, "机器人拒绝了消息")
        return Delivery(REJECTED, f"{known}（错误码 {code}{'：' + message if message else ''}）")
    if 300 <= status < 400:
        return Delivery(REJECTED, f"机器人地址把消息转到了别处（HTTP {status}），没有跟过去：请核对地址")
    return Delivery(REJECTED, f"机器人的回答看不懂（HTTP {status}）：请核对地址")


def _reason_text(reason: object) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{TIMEOUT_SECONDS} 秒内没有回应"
    if isinstance(reason, socket.gaierror):
        return "找不到这个地址，可能没有联网"
    if isinstance(reason, ConnectionRefusedError):
        return "连接被拒绝"
    text = str(reason)
    return text[:120] if text else type(reason).__name__
