"""Recording a change's approval: the new values of what changed (a new name, legal
representative, capital, address ...), shown against the old ones before the license is updated.
The old values stay in the license's history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
)

from app.domain.approvals import CHANGE_FIELDS
from app.domain.errors import ValidationError
from app.domain.license import CAPITAL_KINDS, capital_text
from app.operations import cases as case_ops
from app.operations import steps
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.license.license_form import capital_kind_labels, field_labels
from app.ui.widgets.form_widgets import (
    DateField,
    FieldMessage,
    FormLineEdit,
    heading_label,
    hint_label,
    ok_cancel_buttons,
    with_message,
)
from app.ui.widgets.obligation_titles import change_kind_labels
from app.ui.widgets.typed_work import AsksBeforeDiscarding


class ChangeApprovalDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, store: Store, case_id: int, parent=None, *, today: date):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.today = today
        case = case_ops.get_case(store, case_id)
        self.license = case_ops.license_of(store, case)
        kind = case.context.get("change_kind")
        self.fields = CHANGE_FIELDS.get(kind, ())
        self.setWindowTitle(self.tr("登记变更批准"))
        self.resize(600, 300)
        heading = heading_label(f"{change_kind_labels()[kind]} — {self.license.number}　{self.license.company}", self)
        explain = hint_label(self.tr("填写变更后的信息（以批准文件和新营业执照为准）。登记后许可证随之更新，"
                                     "原来的信息留在历史记录中。") if self.fields else
                             self.tr("这类变更不改动许可证上登记的信息，登记批准日期即可。"), self)
        self.approved_on = DateField(today, self)
        self.approved_message = FieldMessage(self)
        self.editors: dict[str, object] = {}
        self.messages: dict[str, FieldMessage] = {}
        labels = field_labels()
        form = QFormLayout()
        form.addRow(self.tr("批准日期"), with_message(self.approved_on, self.approved_message))
        for name in self.fields:
            current = getattr(self.license, name)
            if name == "capital_kind":
                editor = QComboBox(self)
                kinds = capital_kind_labels()
                editor.addItem(self.tr("（不变）"), "")
                for value in CAPITAL_KINDS:
                    editor.addItem(kinds.get(value, value), value)
                editor.currentIndexChanged.connect(self.update_preview)
            else:
                editor = FormLineEdit(self)
                shown = capital_text(current) if name == "capital_wan" and current is not None else (current or "")
                editor.setPlaceholderText(self.tr("现在：{value}").format(value=shown or self.tr("（未填）")))
                editor.textChanged.connect(self.update_preview)
            self.editors[name] = editor
            self.messages[name] = FieldMessage(self)
            form.addRow(labels.get(name, name), with_message(editor, self.messages[name]))
        self.preview = hint_label("", self)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("登记批准并更新许可证") if self.fields else self.tr("登记批准"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.update_preview()

    def values(self) -> dict[str, str]:
        result = {}
        for name, editor in self.editors.items():
            value = editor.currentData() if isinstance(editor, QComboBox) else editor.text().strip()
            if value:
                result[name] = value
        return result

    def update_preview(self) -> None:
        for message in self.messages.values():
            message.show_message(None)
        if not self.fields:
            self.preview.setText("")
            return
        try:
            preview = steps.preview_change_approval(self.store, self.case_id, values=self.values())
        except ValidationError:
            self.preview.setText(self.tr("填好后，这里显示许可证将怎样更新。"))
            return
        lines = [self.tr("登记后，许可证将改为：")]
        labels = field_labels()
        lines += [self.tr("{label}：{old} → {new}").format(label=labels.get(c.field, c.label), old=c.old or self.tr("（空）"),
                                                          new=c.new)
                  for c in preview.changes]
        self.preview.setText("\n".join(lines))

    def accept(self) -> None:
        self.approved_message.show_message(None)
        try:
            steps.approve_change(self.store, self.case_id, approved_on=self.approved_on.text(), values=self.values(),
                                 today=self.today)
        except ValidationError as error:
            for problem in error.errors:
                self.messages.get(problem.field, self.approved_message).show_message(str(problem))
            return
        except StorageError as error:
            QMessageBox.critical(self, self.tr("未保存"), str(error))
            return
        super().accept()
