"""A stand-in for the three robots' webhooks on 127.0.0.1, checking what each platform checks.

Written from the platforms' documentation, apart from the app's code: the path and token of
the address, the JSON body of a markdown message, and the signature (钉钉: ``timestamp`` in
milliseconds and ``sign`` in the query, sign = urlEncode(Base64(HmacSHA256(secret,
timestamp + "\\n" + secret))); 飞书: ``timestamp`` in seconds and ``sign`` in the body, sign =
Base64(HmacSHA256 keyed with timestamp + "\\n" + secret over nothing)), within an hour of now.
It answers as the platforms do: ``errcode`` (企业微信, 钉钉) or ``code`` (飞书), 0 when accepted.

    with RobotServer(secret="SEC…") as server:
        url = server.url("dingtalk")
        ...
        server.received  # the accepted messages: (kind, body as a dict)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TOKEN = "t0k3n-abcdef-123456"
RATE_LIMIT = {"wecom": ("errcode", 45009), "dingtalk": ("errcode", 130101), "feishu": ("code", 11232)}
BAD_SIGN = {"wecom": ("errcode", 93000), "dingtalk": ("errcode", 310000), "feishu": ("code", 19021)}


class RobotServer:
    def __init__(self, *, secret: str = "", answer: str = "ok"):
        self.secret = secret
        self.answer = answer          # "ok", "rate_limit"
        self.received: list[tuple[str, dict]] = []
        self.refused: list[tuple[str, str]] = []
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                server.requests += 1
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                kind, field, code, why = server.judge(self.path, self.headers.get("Content-Type", ""), raw)
                if code == 0:
                    server.received.append((kind, json.loads(raw)))
                else:
                    server.refused.append((kind, why))
                answer = {field: code, ("errmsg" if field == "errcode" else "msg"): why or "ok"}
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._http.server_address[1]
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def __enter__(self) -> RobotServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._http.shutdown()
        self._http.server_close()

    def url(self, kind: str) -> str:
        base = f"http://127.0.0.1:{self.port}"
        return {"wecom": f"{base}/cgi-bin/webhook/send?key={TOKEN}",
                "dingtalk": f"{base}/robot/send?access_token={TOKEN}",
                "feishu": f"{base}/open-apis/bot/v2/hook/{TOKEN}"}[kind]

    # ------------------------------------------------------------------ the checks
    def judge(self, path: str, content_type: str, raw: bytes) -> tuple[str, str, int, str]:
        parts = urlsplit(path)
        query = parse_qs(parts.query)
        if parts.path == "/cgi-bin/webhook/send":
            kind, field = "wecom", "errcode"
        elif parts.path == "/robot/send":
            kind, field = "dingtalk", "errcode"
        elif parts.path.startswith("/open-apis/bot/v2/hook/"):
            kind, field = "feishu", "code"
        else:
            return "?", "errcode", 404, "no such path"
        if "application/json" not in content_type:
            return kind, field, 40001, "not json"
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return kind, field, 40002, "bad json"
        token_ok = {"wecom": query.get("key") == [TOKEN], "dingtalk": query.get("access_token") == [TOKEN],
                    "feishu": parts.path.endswith("/" + TOKEN)}[kind]
        if not token_ok:
            return kind, *BAD_SIGN[kind], "bad token"
        why = self._body_problem(kind, body) or self._signature_problem(kind, query, body)
        if why:
            return kind, *(BAD_SIGN[kind] if "sign" in why else (field, 40003)), why
        if self.answer == "rate_limit":
            return kind, *RATE_LIMIT[kind], "send too fast"
        return kind, field, 0, ""

    @staticmethod
    def _body_problem(kind: str, body: dict) -> str:
        if kind == "wecom":
            content = body.get("markdown", {}).get("content")
            if body.get("msgtype") != "markdown" or not isinstance(content, str) or not content:
                return "not a markdown message"
            if len(content.encode("utf-8")) > 4096:
                return "markdown.content exceed max length 4096"
        elif kind == "dingtalk":
            markdown = body.get("markdown", {})
            if body.get("msgtype") != "markdown" or not markdown.get("title") or not markdown.get("text"):
                return "not a markdown message"
        else:
            card = body.get("card", {})
            elements = card.get("elements") or []
            if body.get("msg_type") != "interactive" or not elements or elements[0].get("tag") != "markdown":
                return "not an interactive card with markdown"
            if len(json.dumps(body, ensure_ascii=False).encode()) > 20 * 1024:
                return "body over 20 KB"
        return ""

    def _signature_problem(self, kind: str, query: dict, body: dict) -> str:
        if not self.secret or kind == "wecom":
            return ""
        if kind == "dingtalk":
            stamp, sign = (query.get("timestamp") or [""])[0], (query.get("sign") or [""])[0]
            if not stamp.isdigit() or abs(int(stamp) / 1000 - time.time()) > 3600:
                return "sign: timestamp missing or not within an hour"
            expected = base64.b64encode(hmac.new(self.secret.encode(), f"{stamp}\n{self.secret}".encode(),
                                                 hashlib.sha256).digest()).decode()
            # parse_qs decodes the query once: a sign URL-encoded once (as documented) reads back
            # as the Base64 itself; one not encoded loses its "+", one encoded twice keeps "%"
            return "" if sign == expected else "sign not match"
        stamp, sign = body.get("timestamp"), body.get("sign")
        if not isinstance(stamp, str) or not stamp.isdigit() or abs(int(stamp) - time.time()) > 3600:
            return "sign: timestamp missing or not within an hour"
        key = f"{stamp}\n{self.secret}".encode()
        expected = base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()
        return "" if sign == expected else "sign match fail"
