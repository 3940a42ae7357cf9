"""Renewal wizard, page 1: the license details as printed on the certificate, editable.

Each field is checked as the user types, on its own and across fields (as the license page's
form does, app.ui.license.license_form.notes_to_show); on 下一步 the whole license is saved
through license_ops.update_license, whose refusals are shown next to the fields. Closing the
wizard with edits not saved asks first (保存 / 丢弃 / 取消), as the license page does. Each field
has a line kept under it for its message or warning: nothing moves when one appears.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import ValidationError
from app.domain.license import (
    CAPITAL_KINDS,
    SCOPES,
    License,
    capital_text,
    number_is_legacy,
)
from app.operations import licenses as license_ops
from app.ui.license.license_form import (
    capital_kind_labels,
    field_error_text,
    field_labels,
    notes_to_show,
    scope_labels,
)
from app.ui.widgets import confirmations
from app.ui.widgets.form_widgets import ERROR_STYLE, WARNING_STYLE, DateField, NoteLine

LEFT = ("number", "company", "credit_code", "legal_rep", "address", "capital_wan", "capital_kind",
        "contact_person", "contact_phone")
RIGHT = ("scope", "services", "coverage", "authority", "issued", "expiry", "special_terms")


def license_as_text(license: License) -> dict[str, object]:
    """The license as the form shows it: one text per field (lead times passed through)."""
    return {
        "number": license.number, "company": license.company, "credit_code": license.credit_code,
        "legal_rep": license.legal_rep, "address": license.address,
        "capital_wan": "" if license.capital_wan is None else capital_text(license.capital_wan),
        "capital_kind": license.capital_kind, "services": license.services, "coverage": license.coverage,
        "scope": license.scope, "authority": license.authority, "issued": license.issued.isoformat(),
        "expiry": license.expiry.isoformat(), "special_terms": license.special_terms,
        "contact_person": license.contact_person, "contact_phone": license.contact_phone,
    }


class LicensePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("第 1 步：核对许可证信息"))
        self.setSubTitle(self.tr("请对照证书核对。修改会在点击“下一步”时保存；有问题的地方会在字段下方说明。"))
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, NoteLine] = {}
        self._original: dict[str, object] = {}
        self._license: License | None = None
        self._touched: set[str] = set()
        self._refused: dict[str, str] = {}      # by the last save, shown until the field is edited
        self._renewed_from: date | None = None  # app.domain.license.warnings_of
        self._problems: dict[str, str] = {}     # the problems shown, by field

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        labels = field_labels()
        line_height = QLineEdit().sizeHint().height()        # labels face the first line of their field
        for column, names in ((0, LEFT), (2, RIGHT)):
            for row, name in enumerate(names):
                field = self._make_input(name)
                message = NoteLine(self)
                message.setObjectName(f"message_{name}")
                holder = QWidget(self)
                box = QVBoxLayout(holder)
                box.setContentsMargins(0, 0, 0, 0)
                box.setSpacing(1)
                box.addWidget(field)
                box.addWidget(message)
                box.addStretch(1)
                label = QLabel(labels[name], self)
                label.setBuddy(field)
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(holder, row, column + 1)
                label.setContentsMargins(0, max(0, (line_height - label.sizeHint().height()) // 2), 0, 0)
                self.inputs[name] = field
                self.messages[name] = message
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _make_input(self, name: str) -> QWidget:
        if name == "scope":
            field = QComboBox(self)
            scopes = scope_labels()
            for key, label in SCOPES.items():
                field.addItem(scopes.get(key, label), key)
            field.currentIndexChanged.connect(lambda _i, n=name: self._check(n))
            return field
        if name == "capital_kind":
            field = QComboBox(self)
            field.addItem(self.tr("（未填）"), "")
            kinds = capital_kind_labels()
            for kind in CAPITAL_KINDS:
                field.addItem(kinds.get(kind, kind), kind)
            field.currentIndexChanged.connect(lambda _i, n=name: self._check(n))
            return field
        if name == "special_terms":
            field = QPlainTextEdit(self)
            field.setFixedHeight(56)
            field.textChanged.connect(lambda n=name: self._check(n))
            return field
        field = DateField(parent=self) if name in ("issued", "expiry") else QLineEdit(self)
        field.textChanged.connect(lambda _t, n=name: self._check(n))
        return field

    # ------------------------------------------------------------------ values
    def value(self, name: str) -> str:
        field = self.inputs[name]
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        return field.text()

    def set_value(self, name: str, value: object) -> None:
        field = self.inputs[name]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        elif isinstance(field, QPlainTextEdit):
            field.setPlainText(str(value))
        else:
            field.setText(str(value))

    def form_values(self) -> dict[str, object]:
        return {name: self.value(name) for name in self.inputs}

    def _check(self, name: str) -> None:
        self._touched.add(name)
        self._refused.pop(name, None)
        self._refresh()

    def _refresh(self) -> None:
        """Each field's problem (its own or across fields, once touched), else its warning."""
        problems, warnings = notes_to_show(self.form_values(), allow_legacy=self._legacy_allowed(),
                                           touched=self._touched, renewed_from=self._renewed_from)
        problems = {**problems, **self._refused}
        self._problems = problems
        for name, message in self.messages.items():
            if name in problems:
                message.show_note(problems[name], ERROR_STYLE)
            else:
                message.show_note(warnings.get(name, ""), WARNING_STYLE)

    def problem_text(self, name: str) -> str:
        """The problem shown at the field ("" when none; a warning is not one)."""
        return self._problems.get(name, "")

    def _legacy_allowed(self) -> bool:
        return bool(self._license and self._license.legacy_number
                    and self.value("number").strip() == self._license.number)

    # ------------------------------------------------------------------ wizard
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self, self._cursor_at_end)      # cancelled with the page

    def _cursor_at_end(self) -> None:
        """The wizard gives the first field the focus as if tabbed to, which selects its text:
        the first key pressed would replace the license number. The cursor goes to its end."""
        field = self.inputs.get("number")
        if isinstance(field, QLineEdit) and field.hasSelectedText():
            field.deselect()
            field.end(False)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self._license = license_ops.get_license(wizard.store, wizard.license_id)
        self._renewed_from = license_ops.renewed_from(wizard.store, self._license)
        self._original = license_as_text(self._license)
        for name, value in self._original.items():
            self.set_value(name, value)
        self._touched.clear()
        self._refused.clear()
        self._refresh()

    def is_changed(self) -> bool:
        values = self.form_values()
        return any(str(values[n]).strip() != str(self._original[n]).strip() for n in values)

    def can_leave(self) -> bool:
        """Whether the wizard may close: asked, as the license page asks, when the fields hold
        edits not saved (保存 saves as 下一步 does, and a refused save keeps the wizard open)."""
        if not self.is_changed():
            return True
        answer = confirmations.ask_unsaved_license(self)
        if answer == confirmations.SAVE:
            return self.validatePage()
        if answer == confirmations.DISCARD:
            for name, value in self._original.items():
                self.set_value(name, value)
            self._touched.clear()
            self._refused.clear()
            self._refresh()
            return True
        return False

    def validatePage(self) -> bool:  # noqa: N802
        if not self.is_changed():
            return True
        wizard = self.wizard()
        raw = {**self.form_values(), "lead_times": list(self._license.lead_times)}
        allow_legacy = self._legacy_allowed()
        if not allow_legacy and number_is_legacy(str(raw["number"])):
            answer = QMessageBox.question(
                self, self.tr("旧式许可证编号"),
                self.tr("“{number}”是旧式编号格式。证书上确实这样印制吗？").format(number=raw["number"]))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            allow_legacy = True
        try:
            saved = license_ops.update_license(wizard.store, wizard.license_id, raw,
                                              allow_legacy_number=allow_legacy)
        except ValidationError as error:
            self._refused = {}
            for problem in error.errors:
                self._refused.setdefault(problem.field if problem.field in self.messages else "number",
                                         field_error_text(problem))
            self._refresh()
            return False
        self._license = saved
        self._original = license_as_text(saved)
        self._touched.clear()
        self._refresh()
        return True
