"""Withdrawing a case (撤回): why, and when. The reason goes into the license's history; what the
case was for is owed again, and a new case of the same procedure can be started."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.errors import ValidationError
from app.operations import cases as case_ops
from app.operations import steps
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.widgets.case_labels import case_title
from app.ui.widgets.form_widgets import (
    DateField,
    FieldMessage,
    heading_label,
    hint_label,
    ok_cancel_buttons,
    with_message,
)
from app.ui.widgets.typed_work import AsksBeforeDiscarding


class WithdrawDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, store: Store, case_id: int, parent=None, *, today: date):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.today = today
        case = case_ops.get_case(store, case_id)
        license = case_ops.license_of(store, case)
        self.setWindowTitle(self.tr("撤回办理事项"))
        self.resize(520, 320)
        heading = heading_label(f"{case_title(case)} — {license.number}　{license.company}", self)
        explain = hint_label(self.tr(
            "撤回后，这项办理结束（清单和附件留作记录，可在“办理事项 → 已办结”中查看），原因记入历史记录；"
            "它要办的事重新列为待办，可以重新开始。已经向发证机关提交的，请同时向发证机关撤回申请。"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("为什么撤回（必填），如：材料有误，撤回后重新申请"))
        self.reason.setFixedHeight(72)
        self.reason_message = FieldMessage(self)
        self.withdrawn_on = DateField(today, self)
        self.withdrawn_on.setFixedWidth(130)
        self.date_message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("撤回原因"), with_message(self.reason, self.reason_message))
        form.addRow(self.tr("撤回日期"), with_message(self.withdrawn_on, self.date_message))
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("撤回"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        messages = {"reason": self.reason_message, "withdrawn_on": self.date_message}
        for message in messages.values():
            message.show_message(None)
        try:
            steps.withdraw_case(self.store, self.case_id, reason=self.reason.toPlainText(),
                                on=self.withdrawn_on.text(), today=self.today)
        except ValidationError as error:
            for problem in error.errors:
                messages.get(problem.field, self.reason_message).show_message(str(problem))
            return
        except StorageError as error:
            self.reason_message.show_message(str(error))
            return
        super().accept()
