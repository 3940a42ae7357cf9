"""Recording a 补正 notice: its date, the date it asks the reply by, what is asked, and the items it
concerns (they reopen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.errors import ValidationError
from app.operations import cases as ops
from app.operations import steps
from app.storage.database import Store
from app.ui.widgets.form_widgets import (
    DateField,
    FieldMessage,
    hint_label,
    ok_cancel_buttons,
    with_message,
)
from app.ui.widgets.typed_work import AsksBeforeDiscarding


class CorrectionDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, store: Store, case_id: int, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.setWindowTitle(self.tr("登记补正通知"))
        self.resize(600, 560)
        self.today = today or date.today()
        self.notice_date = DateField(self.today, self)
        self.date_message = FieldMessage(self, reserve=True)
        self.reply_by = DateField(parent=self)
        self.reply_by.setPlaceholderText(self.tr("YYYY-MM-DD，通知没写就不填"))
        self.reply_message = FieldMessage(self, reserve=True)
        self.requested = QPlainTextEdit(self)
        self.requested.setPlaceholderText(self.tr("照抄补正通知书上的要求"))
        self.requested.setTabChangesFocus(True)
        self.requested.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.requested_message = FieldMessage(self, reserve=True)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("涉及的材料"))
        for item in ops.case_items(store, case_id):
            row = QListWidgetItem(f"{item.position}. {item.name}", self.items)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        self.items_message = FieldMessage(self, reserve=True)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("登记"))

        # The fields keep their height; the list of materials takes the rest of the dialog.
        form = QFormLayout()
        form.setVerticalSpacing(2)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("通知日期"), with_message(self.notice_date, self.date_message))
        form.addRow(self.tr("补正期限"), with_message(self.reply_by, self.reply_message))
        form.addRow(self.tr("补正要求"), with_message(self.requested, self.requested_message))
        items_label = QLabel(self.tr("涉及的材料（勾选的材料回到“准备中”）："), self)
        items_label.setBuddy(self.items)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("登记后，勾选的材料回到“准备中”，备注写上补正要求；补齐后重新标记为已提交。"), self))
        layout.addLayout(form)
        layout.addWidget(items_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.items_message)
        layout.addWidget(buttons)

    def check_item(self, item_id: int) -> None:
        for row in range(self.items.count()):
            entry = self.items.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == item_id:
                entry.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [self.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.items.count())
                if self.items.item(r).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        messages = {"notice_date": self.date_message, "reply_by": self.reply_message,
                    "requested": self.requested_message, "items": self.items_message}
        for message in messages.values():
            message.show_message(None)
        if not self.requested.toPlainText().strip() and not self.checked_ids():
            self.items_message.show_message(self.tr("请写明补正要求，或勾选涉及的材料"))
            return
        try:
            steps.record_correction(self.store, self.case_id, notice_date=self.notice_date.text(),
                                    requested=self.requested.toPlainText(), item_ids=self.checked_ids(),
                                    reply_by=self.reply_by.text(), today=self.today)
        except ValidationError as error:
            for problem in error.errors:
                if problem.field in messages:       # under its field: its name goes without saying
                    messages[problem.field].show_message(problem.message)
                else:
                    self.items_message.show_message(str(problem))
            return
        super().accept()
