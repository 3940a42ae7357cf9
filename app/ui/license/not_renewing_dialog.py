"""Deciding not to renew: when it was decided and when the business stops; the 注销 report
(90 days before the stop) then replaces the renewal in what the license owes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout

from app.domain.errors import ValidationError
from app.domain.license import License, parse_date
from app.domain.rules import default_rules
from app.operations import steps
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.widgets.form_widgets import (
    DateField,
    FieldMessage,
    heading_label,
    hint_label,
    ok_cancel_buttons,
    weekday_name,
    with_message,
)
from app.ui.widgets.typed_work import AsksBeforeDiscarding


class NotRenewingDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, store: Store, license: License, parent=None, *, today: date):
        super().__init__(parent)
        self.store = store
        self.license = license
        self.today = today
        self.setWindowTitle(self.tr("决定不再续期"))
        self.resize(560, 320)
        heading = heading_label(f"{license.number}　{license.company}", self)
        explain = hint_label(self.tr(
            "不再续期的，应在停止经营前 90 日向原发证机关报告（注销），并做好用户善后：通知用户、妥善处理未完成的服务。"
            "登记后，“期限”中的续期换成注销报告。以后改变主意，可在“其他办理事项”中撤回这个决定。"), self)
        self.decided_on = DateField(today, self)
        self.decided_message = FieldMessage(self)
        self.stop_date = DateField(license.expiry, self)
        self.stop_message = FieldMessage(self)
        self.outlook = hint_label("", self)
        form = QFormLayout()
        form.addRow(self.tr("作出决定的日期"), with_message(self.decided_on, self.decided_message))
        form.addRow(self.tr("计划停止经营的日期"), with_message(self.stop_date, self.stop_message))
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("登记不再续期"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.outlook)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.stop_date.textChanged.connect(self.update_outlook)
        self.update_outlook()

    def update_outlook(self) -> None:
        try:
            stop = parse_date(self.stop_date.text())
        except ValueError:
            self.outlook.setText("")
            return
        report = stop - timedelta(days=default_rules().cancellation_notice_days)
        text = self.tr("应在 {date}（{weekday}）前报告注销（停止经营日 {stop} 前 90 日）。").format(
            date=report.isoformat(), weekday=weekday_name(report), stop=stop.isoformat())
        if report < self.today:
            text += self.tr("这一天已过：请尽快报告，并做好用户善后。")
        self.outlook.setText(text)

    def accept(self) -> None:
        self.decided_message.show_message(None)
        self.stop_message.show_message(None)
        stop = self.stop_date.text().strip()
        try:
            steps.decide_not_renewing(self.store, self.license.id, on=self.decided_on.text(),
                                      stop_date=stop if stop and stop != self.license.expiry.isoformat() else None,
                                      today=self.today)
        except ValidationError as error:
            for problem in error.errors:
                target = self.stop_message if problem.field == "stop_date" else self.decided_message
                target.show_message(str(problem))
            return
        except StorageError as error:
            self.decided_message.show_message(str(error))
            return
        super().accept()
