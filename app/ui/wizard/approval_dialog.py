"""Recording a renewal's approval: the new certificate's 发证日期 and 有效期至 as printed, the file
of the new certificate, and what the license will look like, before anything is changed.

Sources disagree on how a renewed term runs ("从原证到期日起顺延5年" / "有效期重新计算5年"), so
both readings are one-click fills and the certificate decides (RULES.md §4).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.approvals import term_readings
from app.domain.errors import ValidationError
from app.domain.license import parse_date
from app.operations import cases as case_ops
from app.operations import steps
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.license.license_form import field_labels
from app.ui.widgets import file_places
from app.ui.widgets.form_widgets import (
    WARNING_STYLE,
    DateField,
    FieldMessage,
    heading_label,
    hint_label,
    ok_cancel_buttons,
    with_message,
)
from app.ui.widgets.typed_work import AsksBeforeDiscarding


class RenewalApprovalDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, store: Store, case_id: int, parent=None, *, today: date):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.today = today
        self.certificate: Path | None = None
        case = case_ops.get_case(store, case_id)
        self.license = case_ops.license_of(store, case)
        self.setWindowTitle(self.tr("登记续期批准"))
        self.resize(640, 420)

        heading = heading_label(f"{self.license.number}　{self.license.company}", self)
        explain = hint_label(self.tr(
            "按新证书上印的日期填写。新证的有效期怎样计算，各地说法不一（从原证到期日起顺延 5 年，或自新发证日期起"
            "重新计算 5 年），以证书为准；下面两个按钮可一键填入其中一种。原来的日期留在历史记录中，年报不受影响。"), self)
        self.approved_on = DateField(today, self)
        self.approved_message = FieldMessage(self)
        self.new_issued = DateField(parent=self)
        self.issued_message = FieldMessage(self)
        self.new_expiry = DateField(parent=self)
        self.expiry_message = FieldMessage(self)
        self.fill_from_old = QPushButton(self)
        self.fill_from_issue = QPushButton(self)
        fills = QHBoxLayout()
        fills.setContentsMargins(0, 0, 0, 0)
        fills.addWidget(self.fill_from_old)
        fills.addWidget(self.fill_from_issue)
        fills.addStretch(1)
        fill_row = QWidget(self)
        fill_row.setLayout(fills)
        self.file_label = QLabel(self.tr("（可不选）"), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("选择文件…"), self)
        choose.clicked.connect(self.choose_certificate)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(choose)
        file_row.addWidget(self.file_label, 1)
        file_holder = QWidget(self)
        file_holder.setLayout(file_row)

        form = QFormLayout()
        form.addRow(self.tr("批准日期"), with_message(self.approved_on, self.approved_message))
        form.addRow(self.tr("新证书上的发证日期"), with_message(self.new_issued, self.issued_message))
        form.addRow(self.tr("新证书上的有效期至"), with_message(self.new_expiry, self.expiry_message))
        form.addRow(self.tr("一键填入"), fill_row)
        form.addRow(self.tr("新证书文件"), file_holder)
        self.preview = hint_label("", self)
        self.warnings = hint_label("", self, style=WARNING_STYLE)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("登记批准并更新许可证"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.fill_from_old.clicked.connect(lambda: self._fill("from_old_expiry"))
        self.fill_from_issue.clicked.connect(lambda: self._fill("from_new_issue"))
        for field in (self.new_issued, self.new_expiry):
            field.textChanged.connect(self.update_preview)
        self.update_preview()

    # ------------------------------------------------------------------ showing
    def _issued(self) -> date | None:
        try:
            return parse_date(self.new_issued.text())
        except ValueError:
            return None

    def _readings(self) -> dict:
        return {r.key: r for r in term_readings(old_expiry=self.license.expiry, new_issued=self._issued())}

    def update_preview(self) -> None:
        readings = self._readings()
        old = readings["from_old_expiry"]
        self.fill_from_old.setText(self.tr("顺延 5 年：{date}").format(date=old.expiry.isoformat()))
        self.fill_from_old.setToolTip(self.tr("从原证到期日起顺延 5 年"))
        fresh = readings.get("from_new_issue")
        self.fill_from_issue.setEnabled(fresh is not None)
        self.fill_from_issue.setText(self.tr("重新计算 5 年：{date}").format(date=fresh.expiry.isoformat()) if fresh
                                     else self.tr("重新计算 5 年（先填新的发证日期）"))
        self.issued_message.show_message(None)
        self.expiry_message.show_message(None)
        try:
            preview = steps.preview_renewal_approval(self.store, self.case_id, new_issued=self.new_issued.text(),
                                                     new_expiry=self.new_expiry.text())
        except ValidationError as error:
            self.preview.setText(self.tr("填好两个日期后，这里显示许可证将怎样更新。"))
            self.warnings.setText("")
            if self.new_issued.text().strip() and self.new_expiry.text().strip():
                self._show_errors(error)
            return
        lines = [self.tr("登记后，许可证将改为：")]
        labels = field_labels()
        lines += [self.tr("{label}：{old} → {new}").format(label=labels.get(c.field, c.label), old=c.old, new=c.new)
                  for c in preview.changes]
        self.preview.setText("\n".join(lines))
        self.warnings.setText("\n".join(preview.warnings))

    def _fill(self, key: str) -> None:
        reading = self._readings().get(key)
        if reading is not None:
            self.new_expiry.setText(reading.expiry.isoformat())

    def other_entries(self) -> tuple:
        return (self.certificate,)

    def choose_certificate(self) -> None:
        chosen = file_places.ask_open_path(
            self, file_places.CERTIFICATE, caption=self.tr("选择新证书的扫描件或电子证照"),
            filter_text=self.tr("证书文件 (*.pdf *.ofd *.png *.jpg *.jpeg);;所有文件 (*)"))
        if chosen:
            self.certificate = chosen
            self.file_label.setText(self.certificate.name)

    def _show_errors(self, error: ValidationError) -> None:
        targets = {"approved_on": self.approved_message, "new_issued": self.issued_message,
                   "new_expiry": self.expiry_message}
        for problem in error.errors:
            targets.get(problem.field, self.approved_message).show_message(str(problem))

    # ------------------------------------------------------------------ recording
    def accept(self) -> None:
        self.approved_message.show_message(None)
        try:
            preview = steps.preview_renewal_approval(self.store, self.case_id, new_issued=self.new_issued.text(),
                                                     new_expiry=self.new_expiry.text())
        except ValidationError as error:
            self._show_errors(error)
            return
        if preview.warnings:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.warning(
                self, self.tr("请核对新证书"), "\n".join(preview.warnings) + "\n\n" + self.tr("仍按这两个日期登记吗？"),
                buttons.Yes | buttons.Cancel, buttons.Cancel)
            if answer != buttons.Yes:
                return
        try:
            steps.approve_renewal(self.store, self.case_id, approved_on=self.approved_on.text(),
                                  new_issued=self.new_issued.text(), new_expiry=self.new_expiry.text(),
                                  certificate=self.certificate, today=self.today)
        except ValidationError as error:
            self._show_errors(error)
            return
        except StorageError as error:
            QMessageBox.critical(self, self.tr("未保存"), str(error))
            return
        super().accept()
