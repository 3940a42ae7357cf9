"""The group robots' addresses, messages and signatures, as each platform documents them.

Pure functions: from a robot's address and secret, a message and a timestamp, the URL and the
JSON body to POST. Nothing here opens a connection (app.notify.webhook does).

- 企业微信 群机器人: ``https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…``, body
  ``{"msgtype": "markdown", "markdown": {"content": …}}``, content at most 4096 bytes (UTF-8).
  No signature: the key in the address is the secret.
- 钉钉 自定义机器人: ``https://oapi.dingtalk.com/robot/send?access_token=…``, body
  ``{"msgtype": "markdown", "markdown": {"title": …, "text": …}}``. With 加签, ``timestamp``
  (milliseconds) and ``sign`` go in the URL: sign = urlEncode(Base64(HmacSHA256(key=secret,
  message=timestamp + "\\n" + secret))).
- 飞书 自定义机器人: ``https://open.feishu.cn/open-apis/bot/v2/hook/…`` (Lark:
  open.larksuite.com), body ``{"msg_type": "interactive", "card": …}`` (a card with a markdown
  element: custom robots have no markdown message of their own), at most 20 KB. With 签名校验,
  ``timestamp`` (seconds, a string) and ``sign`` go in the body: sign = Base64(HmacSHA256(key=
  timestamp + "\\n" + secret, message=empty)).
Each platform allows a robot about 20 messages a minute (飞书 100): a day's digest is one message,
or a few when it is long.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import parse_qs, quote_plus, urlsplit

from app.domain.chinese_dates import day_text
from app.domain.digest import (
    ENTERED_TITLE,
    FOOTER,
    LATE_TITLE,
    Digest,
    DigestLine,
    SentKey,
    day_label,
    heading,
    when_text,
)
from app.domain.errors import FieldError, ValidationError

WECOM, DINGTALK, FEISHU = "wecom", "dingtalk", "feishu"
KINDS = (WECOM, DINGTALK, FEISHU)
KIND_LABELS = {WECOM: "企业微信", DINGTALK: "钉钉", FEISHU: "飞书"}
KIND_WORDS = {"wecom": WECOM, "企业微信": WECOM, "weixin": WECOM, "wework": WECOM,
              "dingtalk": DINGTALK, "钉钉": DINGTALK, "dingding": DINGTALK,
              "feishu": FEISHU, "飞书": FEISHU, "lark": FEISHU}
OFFICIAL_HOSTS = {WECOM: ("qyapi.weixin.qq.com",), DINGTALK: ("oapi.dingtalk.com",),
                  FEISHU: ("open.feishu.cn", "open.larksuite.com")}
# A robot on this computer (a relay, or a test's server) may be reached over plain http.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
EXAMPLES = {WECOM: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…",
            DINGTALK: "https://oapi.dingtalk.com/robot/send?access_token=…",
            FEISHU: "https://open.feishu.cn/open-apis/bot/v2/hook/…"}
WHERE_TO_FIND = {WECOM: "企业微信群 → 群机器人 → 复制 Webhook 地址",
                 DINGTALK: "钉钉群 → 群设置 → 机器人 → 自定义机器人 → 复制 Webhook",
                 FEISHU: "飞书群 → 设置 → 群机器人 → 自定义机器人 → 复制 webhook 地址"}
SECRET_LABELS = {WECOM: "密钥", DINGTALK: "加签密钥", FEISHU: "签名校验密钥"}
CONTENT_LIMIT = {WECOM: 4096, DINGTALK: 4096, FEISHU: 12000}    # bytes of markdown in one message
MAX_URL = 500
MAX_SECRET = 200


class RobotAddress(NamedTuple):
    kind: str
    url: str
    secret: str          # "" when the robot signs nothing
    host: str


class Message(NamedTuple):
    title: str           # 钉钉's notification line, 飞书's card header
    markdown: str


class Part(NamedTuple):
    """One message of a digest, with the stages it tells of (recorded once it is delivered)."""

    message: Message
    keys: tuple[SentKey, ...]


class Request(NamedTuple):
    url: str
    body: bytes
    host: str


# ------------------------------------------------------------------ input
def kind_of(text: str) -> str:
    kind = KIND_WORDS.get(str(text or "").strip().lower())
    if kind is None:
        raise ValidationError(FieldError("kind", "类型", f"应为 wecom（企业微信）、dingtalk（钉钉）或 feishu（飞书），"
                                                        f"收到“{str(text)[:40]}”"))
    return kind


def check_robot(kind: str, url: str, secret: str = "") -> RobotAddress:
    """The robot's address as entered, checked; ValidationError names each problem."""
    kind = kind_of(kind)
    url, secret = str(url or "").strip(), str(secret or "").strip()
    problems = []
    host = ""
    url_problem = _url_problem(kind, url)
    if url_problem:
        problems.append(FieldError("url", "Webhook 地址", url_problem))
    else:
        host = urlsplit(url).hostname or ""
    secret_problem = _secret_problem(kind, secret)
    if secret_problem:
        problems.append(FieldError("secret", SECRET_LABELS[kind], secret_problem))
    if problems:
        raise ValidationError(problems)
    return RobotAddress(kind, url, secret, host)


def _url_problem(kind: str, url: str) -> str:
    label = KIND_LABELS[kind]
    if not url:
        return f"必须填写（{WHERE_TO_FIND[kind]}）"
    if len(url) > MAX_URL or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return "不是一个网址（含空白或过长）"
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return "不是一个网址"
    if parts.scheme not in ("https", "http") or not host:
        return f"应以 https:// 开头，形如 {EXAMPLES[kind]}"
    if host not in OFFICIAL_HOSTS[kind] and host not in LOOPBACK_HOSTS:
        other = next((k for k, hosts in OFFICIAL_HOSTS.items() if host in hosts), None)
        if other is not None:
            return f"这是{KIND_LABELS[other]}机器人的地址：类型请选“{KIND_LABELS[other]}”"
        return f"不是{label}机器人的地址（应为 {EXAMPLES[kind]}）"
    if parts.scheme != "https" and host not in LOOPBACK_HOSTS:
        return f"应以 https:// 开头，形如 {EXAMPLES[kind]}"
    if parts.username or parts.password:
        return "地址中不应有用户名或密码"
    query = parse_qs(parts.query)
    if kind == WECOM and (parts.path != "/cgi-bin/webhook/send" or not query.get("key")):
        return f"缺少机器人的 key，应为 {EXAMPLES[kind]}（{WHERE_TO_FIND[kind]}）"
    if kind == DINGTALK and (parts.path != "/robot/send" or not query.get("access_token")):
        return f"缺少 access_token，应为 {EXAMPLES[kind]}（{WHERE_TO_FIND[kind]}）"
    if kind == DINGTALK and ("timestamp" in query or "sign" in query):
        return "只填机器人的 Webhook 地址（不含 timestamp 和 sign，它们在每次发送时算出）"
    if kind == FEISHU and (not parts.path.startswith("/open-apis/bot/v2/hook/")
                           or len(parts.path.rstrip("/")) <= len("/open-apis/bot/v2/hook/")):
        return f"缺少机器人的编号，应为 {EXAMPLES[kind]}（{WHERE_TO_FIND[kind]}）"
    return ""


def _secret_problem(kind: str, secret: str) -> str:
    if not secret:
        return ""
    if kind == WECOM:
        return "企业微信群机器人没有密钥（地址中的 key 就是密钥），这里不用填写"
    if len(secret) > MAX_SECRET or not secret.isascii() or not secret.isprintable() or " " in secret:
        return "只能是字母和数字（从机器人的安全设置中复制）"
    if kind == DINGTALK and not (secret.startswith("SEC") and secret.isalnum() and len(secret) > 10):
        return "钉钉的加签密钥以 SEC 开头（机器人安全设置 → 加签 → 复制）"
    if kind == FEISHU and len(secret) < 8:
        return "太短了（从机器人的安全设置 → 签名校验 中复制）"
    return ""


def shown_address(url: str) -> str:
    """The address with its token cut to its ends (the token lets anyone post to the group)."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    if parts.path.startswith("/open-apis/bot/v2/hook/"):
        token = parts.path.rsplit("/", 1)[-1]
        return f"{base}/open-apis/bot/v2/hook/{_cut(token)}"
    query = "&".join(f"{name}={_cut(values[0])}" for name, values in parse_qs(parts.query).items())
    return f"{base}{parts.path}?{query}" if query else f"{base}{parts.path}"


def _cut(token: str) -> str:
    return token if len(token) <= 8 else f"{token[:4]}…{token[-4:]}"


# ------------------------------------------------------------------ signatures and requests
def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """Base64 of HmacSHA256(key=secret, message=timestamp + "\\n" + secret); URL-encoded by the caller."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def feishu_sign(secret: str, timestamp_s: int) -> str:
    """Base64 of HmacSHA256 with timestamp + "\\n" + secret as its key, over an empty message."""
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def request_for(address: RobotAddress, message: Message, *, now: float) -> Request:
    """The URL and JSON body of one message, signed at ``now`` (seconds since the epoch)."""
    url = address.url
    if address.kind == WECOM:
        body: dict = {"msgtype": "markdown", "markdown": {"content": message.markdown}}
    elif address.kind == DINGTALK:
        body = {"msgtype": "markdown", "markdown": {"title": message.title, "text": message.markdown}}
        if address.secret:
            stamp = int(now * 1000)
            url += f"&timestamp={stamp}&sign={quote_plus(dingtalk_sign(address.secret, stamp))}"
    else:
        body = {}
        if address.secret:
            stamp = int(now)
            body = {"timestamp": str(stamp), "sign": feishu_sign(address.secret, stamp)}
        body |= {"msg_type": "interactive", "card": {
            "config": {"wide_screen_mode": True},
            "header": {"title": {"tag": "plain_text", "content": message.title}, "template": "orange"},
            "elements": [{"tag": "markdown", "content": message.markdown}]}}
    return Request(url, json.dumps(body, ensure_ascii=False).encode("utf-8"), address.host)


# ------------------------------------------------------------------ messages
class _Style(NamedTuple):
    line_break: str      # inside an item
    indent: str          # before an item's second and later lines
    late: str            # how the "overdue" words are marked
    quiet: str           # how the footer is marked


_STYLES = {
    WECOM: _Style("\n", "> ", '<font color="warning">{}</font>', '<font color="comment">{}</font>'),
    DINGTALK: _Style("  \n", "", "**{}**", "{}"),
    FEISHU: _Style("\n", "", "<font color='red'>{}</font>", "<font color='grey'>{}</font>"),
}
_PLAIN = str.maketrans({"*": "＊", "_": "＿", "<": "＜", ">": "＞", "[": "［", "]": "］", "`": "｀",
                        "#": "＃", "~": "～", "\\": "＼", "|": "｜"})


def plain(text: str) -> str:
    """A user's text as it reads, not as markdown (a company named with * or < stays as typed)."""
    return " ".join(str(text).split()).translate(_PLAIN)


def digest_messages(kind: str, digest: Digest) -> list[Part]:
    """The digest as one message, or as several when it is longer than one may be."""
    style = _STYLES[kind]
    items = [(LATE_TITLE, line) for line in digest.late] + [(ENTERED_TITLE, line) for line in digest.entered]
    groups: list[list[tuple[str, DigestLine]]] = [[]]
    limit = CONTENT_LIMIT[kind]
    for item in items:
        trial = [*groups[-1], item]
        if groups[-1] and len(_markdown(style, digest, trial, part=(99, 99)).encode()) > limit:
            groups.append([item])
        else:
            groups[-1] = trial
    total = len(groups)
    parts = []
    for number, group in enumerate(groups, start=1):
        which = (number, total) if total > 1 else None
        text = _fit(_markdown(style, digest, group, part=which), limit)
        title = heading(digest) + (f"（{number}/{total}）" if which else "")
        parts.append(Part(Message(title, text), tuple(line.key for _, line in group)))
    return parts


def _markdown(style: _Style, digest: Digest, items: Sequence[tuple[str, DigestLine]], *,
              part: tuple[int, int] | None) -> str:
    title = heading(digest) + (f"（{part[0]}/{part[1]}）" if part else "")
    blocks = [f"### {title}"]
    section = None
    for name, line in items:
        if name != section:
            section = name
            count = len(digest.late if name == LATE_TITLE else digest.entered)
            blocks.append(f"**{name}（{count}）**")
        blocks.append(_item(style, line))
    blocks.append(style.quiet.format(FOOTER))
    return "\n\n".join(blocks)


def _item(style: _Style, line: DigestLine) -> str:
    estimate = "（估算）" if line.estimated else ""
    when = when_text(line)
    rows = [f"**{plain(line.number)}**　{plain(line.company)}",
            f"要做：{plain(line.what)}",
            f"{day_label(line)}：{day_text(line.act_by)}{estimate}",
            style.late.format(when) if line.late else when]
    if line.note:
        rows.append(f"说明：{plain(line.note)}")
    first, *rest = rows
    return style.line_break.join([first, *(style.indent + row for row in rest)])


def _fit(text: str, limit: int) -> str:
    """Cut a message that one very long item makes longer than the platform takes."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit - 3].decode("utf-8", "ignore") + "…"


def trial_message(kind: str, *, sent_at: str) -> Message:
    style = _STYLES[kind]
    title = "许可证管家测试消息"
    text = style.line_break.join([
        f"### {title}",
        "这个群已接入许可证管家：许可证的续期、年报、变更等期限进入提醒期，或已逾期、已错过时，"
        "每天最多发来一份摘要，每项在每个提醒阶段只发一次。",
        style.quiet.format(f"发送时间：{sent_at}"),
    ])
    return Message(title, text)
