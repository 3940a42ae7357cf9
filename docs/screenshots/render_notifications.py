"""Renders 设置 → 通知 and a day's group digest as it reads in a 企业微信 group, on throw-away data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_notifications.py

The digest is the markdown the app sends (app.notify.formats), turned into HTML by the small
subset of markdown 企业微信 renders (headings, bold, quotes, its three font colours).
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="lk-shots-"))
os.environ["HOME"] = str(SCRATCH / "home" / "zhang")
os.environ["XDG_CONFIG_HOME"] = str(SCRATCH / "home" / "zhang" / ".config")
os.environ["LICENSE_KEEPER_CONFIG"] = str(SCRATCH / "config.json")
os.environ["LICENSE_KEEPER_HOME"] = str(SCRATCH / "home" / "zhang" / ".local" / "share" / "LicenseKeeper")
os.environ.pop("LICENSE_KEEPER_DB", None)

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

OUT = Path(__file__).resolve().parent
SHOWN_DAY = date(2026, 12, 12)
COLOURS = {"warning": "#f37b1d", "info": "#1aad19", "comment": "#8c8c8c"}


class ShownKeyring(KeyringBackend):
    """As on a Windows or macOS computer: the secrets go to the credential store."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.entries = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


def save(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def wecom_html(markdown: str) -> str:
    """企业微信's markdown subset as HTML: ###, **bold**, > quotes, <font color="…">."""
    blocks = []
    for block in markdown.split("\n\n"):
        lines = block.split("\n")
        quoted = all(line.startswith("> ") for line in lines[1:]) and len(lines) > 1
        rendered = [_inline(line[2:] if line.startswith("> ") else line) for line in lines]
        if block.startswith("### "):
            blocks.append(f"<p style='font-size:15px; font-weight:600; margin:0 0 6px 0'>{_inline(block[4:])}</p>")
        elif quoted:
            blocks.append(f"<p style='margin:0 0 2px 0'>{rendered[0]}</p><table width='100%' cellspacing='0' "
                          f"style='margin:0 0 8px 0'><tr><td width='3' style='background:#d8d8d8'></td>"
                          f"<td style='padding-left:8px; color:#555'>{'<br>'.join(rendered[1:])}</td></tr></table>")
        else:
            blocks.append(f"<p style='margin:0 0 8px 0'>{'<br>'.join(rendered)}</p>")
    return "".join(blocks)


def _inline(text: str) -> str:
    fonts = []

    def keep_font(match):
        fonts.append((match.group(1), match.group(2)))
        return f"\0{len(fonts) - 1}\0"

    text = re.sub(r'<font color="(\w+)">(.*?)</font>', keep_font, text)
    text = html.escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\0(\d+)\0", lambda m: "<span style='color:{}'>{}</span>".format(
        COLOURS.get(fonts[int(m.group(1))][0], "#333"), html.escape(fonts[int(m.group(1))][1])), text)


def digest_bubble(markdown: str) -> QWidget:
    page = QWidget()
    page.setStyleSheet("background: #f2f3f5;")
    page.setFixedWidth(620)
    avatar = QLabel("证")
    avatar.setFixedSize(40, 40)
    avatar.setStyleSheet("background: #3975c6; color: white; border-radius: 6px; font-size: 20px;")
    avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    name = QLabel("许可证提醒（群机器人）  09:00")
    name.setStyleSheet("color: #8c8c8c; font-size: 12px;")
    bubble = QFrame()
    bubble.setStyleSheet("QFrame { background: white; border-radius: 6px; }")
    text = QTextBrowser()
    text.setStyleSheet("background: white; border: none; color: #222; font-size: 13px;")
    text.setHtml(wecom_html(markdown))
    text.document().setTextWidth(520)
    text.setFixedSize(540, int(text.document().size().height()) + 12)
    inner = QVBoxLayout(bubble)
    inner.setContentsMargins(12, 10, 12, 10)
    inner.addWidget(text)
    column = QVBoxLayout()
    column.addWidget(name)
    column.addWidget(bubble)
    row = QHBoxLayout(page)
    row.setContentsMargins(16, 16, 16, 16)
    row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
    row.addLayout(column, 1)
    page.adjustSize()
    return page


def main() -> None:
    keyring.set_keyring(ShownKeyring())
    from app.domain.digest import sent_key
    from app.notify.formats import digest_messages
    from app.operations import autostart, examples, notifications, open_store
    from app.operations.reminders import due_reminders
    from app.paths import default_db_path
    from app.storage import notices
    from app.ui.settings.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication([])
    store = open_store(default_db_path())
    examples.load_example_data(store, today=date(2026, 11, 22))
    ids = {lic.number: lic.id for lic in notifications.licenses(store)}
    office = notifications.add_robot(store, kind="wecom", name="行政群",
                                     url="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7b2c-4bc4-97a0-0ec2a1fa5aaa")
    legal = notifications.add_robot(store, kind="dingtalk", name="法务与证照群",
                                    url="https://oapi.dingtalk.com/robot/send?access_token=566cc69da782ec33e42541b09b08551f",
                                    secret="SEC19dd84be8c7f3cf71761974f1ed3ef77", license_ids=[ids["京B2-20190350"]])
    # What the robots were told before the day shown, day by day, as the app would have sent it.
    channel = notices.robot_channel(office.id)
    day = date(2026, 11, 22)
    while day < SHOWN_DAY:
        fresh = notifications.pending_digests(store, day)[0][1]
        notices.record_told(store, channel, fresh.keys, on=day)
        day += timedelta(days=1)
    told_legal = [sent_key(r) for r in due_reminders(store, SHOWN_DAY - timedelta(days=1))
                  if r.license.id == ids["京B2-20190350"]]
    notices.record_told(store, notices.robot_channel(legal.id), told_legal, on=SHOWN_DAY - timedelta(days=1))
    digest = notifications.pending_digests(store, SHOWN_DAY)[0][1]
    notices.record_attempt(store, office.id, on=SHOWN_DAY, ok=True, message=f"已发送 {len(digest.keys)} 项",
                           sent_count=len(digest.keys))
    notices.record_attempt(store, legal.id, on=SHOWN_DAY, ok=False, sent_count=0,
                           message="发送太频繁，机器人限流了（钉钉：每分钟最多 20 条，超过后限流 10 分钟）")
    autostart.enable(store.path)

    dialog = SettingsDialog(store)
    dialog.show_tab("notifications")
    dialog.resize(900, 640)
    where = dialog.notifications_tab.autostart_where     # the scratch folder stands for the user's home
    where.setText(where.text().replace(str(SCRATCH), ""))
    save(dialog, "settings-notifications.png")
    markdown = digest_messages("wecom", digest)[0].message.markdown
    save(digest_bubble(markdown), "digest-wecom.png")
    print(markdown)
    store.close()
    app.quit()


if __name__ == "__main__":
    main()
