"""The robots' addresses, signatures, bodies and messages (app.notify.formats): pure, no network."""

import base64
import hashlib
import hmac
import json
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from app.domain.digest import digest_of
from app.domain.errors import ValidationError
from app.notify import formats
from app.notify.formats import Message, RobotAddress, check_robot, digest_messages, request_for
from tests.test_digest import license_, reminders_on

WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"
DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=566cc69da782ec33e42541b09b08551f"
FEISHU = "https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd"
DING_SECRET = "SEC19dd84be8c7f3cf71761974f1ed3ef77c1451906ae8ba18acf56103ee"


def problem(kind, url, secret="", field="url"):
    with pytest.raises(ValidationError) as caught:
        check_robot(kind, url, secret)
    found = caught.value.for_field(field)
    assert found is not None, caught.value.errors
    return found.message


def test_the_official_addresses_are_taken():
    assert check_robot("wecom", WECOM).host == "qyapi.weixin.qq.com"
    assert check_robot("钉钉", DINGTALK, DING_SECRET).kind == "dingtalk"
    assert check_robot("lark", FEISHU.replace("open.feishu.cn", "open.larksuite.com"), "abcdEFGH1234").kind == "feishu"


def test_a_wrong_address_is_named_with_what_it_should_be():
    assert "类型请选“钉钉”" in problem("wecom", DINGTALK)
    assert "不是企业微信机器人的地址" in problem("wecom", "https://example.com/cgi-bin/webhook/send?key=1")
    assert "https://" in problem("dingtalk", DINGTALK.replace("https", "http"))
    assert "缺少机器人的 key" in problem("wecom", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send")
    assert "缺少 access_token" in problem("dingtalk", "https://oapi.dingtalk.com/robot/send")
    assert "缺少机器人的编号" in problem("feishu", "https://open.feishu.cn/open-apis/bot/v2/hook/")
    assert "不含 timestamp 和 sign" in problem("dingtalk", DINGTALK + "&timestamp=1&sign=x")
    assert "必须填写" in problem("feishu", "  ")
    assert "不是一个网址" in problem("wecom", "https://qyapi.weixin.qq.com/cgi-bin/web hook")
    with pytest.raises(ValidationError) as caught:
        check_robot("slack", WECOM)
    assert caught.value.for_field("kind")


def test_secrets_are_checked_for_their_kind():
    assert "没有密钥" in problem("wecom", WECOM, "abc", field="secret")
    assert "SEC 开头" in problem("dingtalk", DINGTALK, "abc123456789", field="secret")
    assert "太短" in problem("feishu", FEISHU, "abc", field="secret")
    assert "字母和数字" in problem("feishu", FEISHU, "有中文的密钥abc", field="secret")


def test_a_robot_on_this_computer_may_use_plain_http():
    assert check_robot("wecom", "http://127.0.0.1:8080/cgi-bin/webhook/send?key=k").host == "127.0.0.1"


def test_the_shown_address_cuts_the_token():
    assert formats.shown_address(WECOM) == "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…5aaa"
    assert formats.shown_address(FEISHU) == "https://open.feishu.cn/open-apis/bot/v2/hook/5e3d…86fd"
    assert "566c…551f" in formats.shown_address(DINGTALK)


def test_dingtalk_signs_timestamp_newline_secret_with_the_secret_and_puts_both_in_the_url():
    stamp_ms = 1_700_000_000_123
    expected = base64.b64encode(hmac.new(DING_SECRET.encode(), f"{stamp_ms}\n{DING_SECRET}".encode(),
                                         hashlib.sha256).digest()).decode()
    assert formats.dingtalk_sign(DING_SECRET, stamp_ms) == expected
    request = request_for(RobotAddress("dingtalk", DINGTALK, DING_SECRET, "oapi.dingtalk.com"),
                          Message("标题", "### 正文"), now=stamp_ms / 1000)
    query = parse_qs(urlsplit(request.url).query)
    assert query["timestamp"] == [str(stamp_ms)] and query["sign"] == [expected]      # decoded once
    assert "+" not in request.url.split("sign=")[1] or "%2B" in request.url        # URL-encoded
    body = json.loads(request.body)
    assert body == {"msgtype": "markdown", "markdown": {"title": "标题", "text": "### 正文"}}


def test_feishu_keys_the_hmac_with_timestamp_newline_secret_and_signs_in_the_body():
    secret, stamp = "nIMtb7r3N9pkXyXdtAbx6e", 1_599_360_473
    expected = base64.b64encode(hmac.new(f"{stamp}\n{secret}".encode(), b"", hashlib.sha256).digest()).decode()
    assert formats.feishu_sign(secret, stamp) == expected
    body = json.loads(request_for(RobotAddress("feishu", FEISHU, secret, "open.feishu.cn"),
                                  Message("标题", "正文"), now=stamp + 0.9).body)
    assert body["timestamp"] == str(stamp) and body["sign"] == expected
    assert body["msg_type"] == "interactive"
    assert body["card"]["elements"] == [{"tag": "markdown", "content": "正文"}]
    assert body["card"]["header"]["title"] == {"tag": "plain_text", "content": "标题"}
    unsigned = json.loads(request_for(RobotAddress("feishu", FEISHU, "", "open.feishu.cn"),
                                      Message("标题", "正文"), now=stamp).body)
    assert "sign" not in unsigned and "timestamp" not in unsigned


def test_wecom_sends_markdown_content_as_utf8_json():
    request = request_for(RobotAddress("wecom", WECOM, "", "qyapi.weixin.qq.com"), Message("t", "许可证"), now=0)
    assert request.url == WECOM
    assert request.body == '{"msgtype": "markdown", "markdown": {"content": "许可证"}}'.encode()


@pytest.mark.parametrize("kind", formats.KINDS)
def test_a_digest_is_split_into_messages_each_within_the_limit_and_all_items_told(kind):
    today = date(2026, 12, 20)
    licenses = [license_(f"京B2-2019{n:04d}", license_id=n) for n in range(1, 60)]
    digest = digest_of(reminders_on(today, *licenses), today=today)
    parts = digest_messages(kind, digest)
    assert len(parts) > 1
    assert all(len(part.message.markdown.encode()) <= formats.CONTENT_LIMIT[kind] for part in parts)
    assert [key for part in parts for key in part.keys] == digest.keys
    assert parts[0].message.title.endswith(f"（1/{len(parts)}）")
    assert all("许可证" in part.message.markdown for part in parts)     # a keyword robot takes them


def test_user_text_cannot_turn_into_markdown():
    assert formats.plain("*示例* <font>公司</font> [链接](x)") == "＊示例＊ ＜font＞公司＜/font＞ ［链接］(x)"


def test_the_digest_reads_as_the_issue_asks():
    today = date(2026, 12, 1)
    digest = digest_of(reminders_on(today, license_()), today=today)
    text = digest_messages("wecom", digest)[0].message.markdown
    for words in ("京B2-20190350", "北京示例呼叫服务有限公司", "要做：申请续期", "办理截止：", "还有 ", "提前 30 天提醒"):
        assert words in text
