"""Starting a procedure other than renewal: the questions that decide its materials and deadline."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.catalogue import default_catalogue
from app.domain.deadlines import (
    CHANGE_KINDS,
    annual_report_of,
    cancellation_deadline,
    change_deadline,
)
from app.domain.errors import ValidationError
from app.domain.license import parse_date
from app.operations import cases as ops
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations.cases import CaseRecord
from app.storage.database import Store
from app.ui.widgets.case_labels import procedure_name
from app.ui.widgets.form_widgets import (
    DateField,
    FieldMessage,
    heading_label,
    hint_label,
    ok_cancel_buttons,
    weekday_name,
    with_message,
)
from app.ui.widgets.obligation_titles import (
    annual_report_title,
    change_kind_labels,
    deadline_label,
)
from app.ui.widgets.typed_work import AsksBeforeDiscarding


class StartProcedureDialog(AsksBeforeDiscarding, QDialog):
    """Asks what the procedure needs, then starts its case (``self.case``) on 开始办理."""

    def __init__(self, store: Store, license_id: int, procedure: str, parent=None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.license_id = license_id
        self.procedure = procedure
        self.today = today or date.today()
        self.case: CaseRecord | None = None
        self.license = license_ops.get_license(store, license_id)
        info = default_catalogue().procedure(procedure)
        self.setWindowTitle(self.tr("开始办理：{name}").format(name=procedure_name(procedure)))
        self.resize(560, 300)
        self.form = QFormLayout()
        self.outlook = hint_label("", self)
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        heading = heading_label(f"{procedure_name(procedure)} — {self.license.number} {self.license.company}", self)
        layout.addWidget(heading)
        layout.addWidget(hint_label(info.summary, self))
        layout.addLayout(self.form)
        layout.addWidget(self.outlook)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("开始办理"))
        layout.addWidget(buttons)
        self._ask()
        self.update_outlook()

    # ------------------------------------------------------------------ questions
    def _ask(self) -> None:
        self.year = self.kind = self.trigger = self.trigger_label = None
        self.trigger_message = FieldMessage(self)
        self.younger = self.foreign = None
        if self.procedure == "annual_report":
            self.year = QSpinBox(self)
            self.year.setRange(2000, 2100)
            self.year.setValue(self._default_report_year())
            self.year.valueChanged.connect(self.update_outlook)
            self.form.addRow(self.tr("报送年份"), self.year)
        elif self.procedure == "change":
            self.kind = QComboBox(self)
            for key, label in change_kind_labels().items():
                self.kind.addItem(label, key)
            self.kind.currentIndexChanged.connect(self.update_outlook)
            self.trigger = DateField(parent=self)
            self.trigger.textChanged.connect(self.update_outlook)
            self.trigger_label = QLabel(self)
            self.form.addRow(self.tr("变更事项"), self.kind)
            self.form.addRow(self.trigger_label, with_message(self.trigger, self.trigger_message))
        elif self.procedure == "cancellation":
            self.trigger = DateField(parent=self)
            self.trigger.setPlaceholderText(self.tr("YYYY-MM-DD，不填则按有效期至"))
            self.trigger.textChanged.connect(self.update_outlook)
            self.form.addRow(self.tr("计划停止经营日期"), with_message(self.trigger, self.trigger_message))
        elif self.procedure == "new_application":
            self.younger = QCheckBox(self.tr("公司成立不满一年（提交验资报告，而不是近一年的审计报告）"), self)
            self.foreign = QCheckBox(self.tr("公司有外资股东（需要外商投资审核意见书）"), self)
            self.form.addRow(self.younger)
            self.form.addRow(self.foreign)
        elif self.procedure == "replacement":
            self.form.addRow(hint_label(self.tr("许可证须仍在有效期内（有效期至 {expiry}）。").format(
                expiry=self.license.expiry.isoformat()), self))

    def _default_report_year(self) -> int:
        this_year = annual_report_of(self.today.year)
        return self.today.year if self.today <= this_year.grace_until else self.today.year + 1

    def _trigger_date(self) -> date | None:
        """The typed date, None when empty; ValueError with the problem when malformed."""
        text = self.trigger.text().strip()
        return parse_date(text) if text else None

    def update_outlook(self) -> None:
        text = ""
        self.trigger_message.show_message(None)
        if self.procedure == "annual_report":
            report = annual_report_of(self.year.value())
            text = self.tr("{label}：{start} 开放，{due} 截止；{grace} 前为限期补报。").format(
                label=annual_report_title(report.year), start=report.window_start.isoformat(), due=report.due.isoformat(),
                grace=report.grace_until.isoformat())
        elif self.procedure == "change":
            kind = self.kind.currentData()
            self.trigger_label.setText({"decision": self.tr("公司作出变更决定之日"),        # a field's name here
                                        "registration": self.tr("工商变更登记之日")}[CHANGE_KINDS[kind][1]])
            try:
                trigger = self._trigger_date()
            except ValueError as problem:
                self.trigger_message.show_message(str(problem))
                trigger = None
            if trigger:
                calendar = holiday_ops.load_calendar(self.store)
                deadline = change_deadline(kind=kind, trigger=trigger, calendar=calendar)
                text = self.tr("{label}：最迟 {date}（{weekday}）{estimated}。").format(
                    label=deadline_label(deadline), date=deadline.date.isoformat(), weekday=weekday_name(deadline.date),
                    estimated=self.tr("（估算）") if deadline.estimated else "")
                text += self._act_by_text(deadline.date, calendar)
        elif self.procedure == "cancellation":
            try:
                stop = self._trigger_date() or self.license.expiry
            except ValueError as problem:
                self.trigger_message.show_message(str(problem))
                stop = self.license.expiry
            deadline = cancellation_deadline(stop_date=stop)
            text = self.tr("应在 {date}（{weekday}）前报告注销（停止经营日 {stop} 前 90 日），并做好用户善后。").format(
                date=deadline.date.isoformat(), weekday=weekday_name(deadline.date), stop=stop.isoformat())
            text += self._act_by_text(deadline.date, holiday_ops.load_calendar(self.store))
        self.outlook.setText(text)
        self.outlook.setVisible(bool(text))

    def _act_by_text(self, legal: date, calendar) -> str:
        """When the legal day is not a working day: the last working day before it."""
        act_by = calendar.last_workday_on_or_before(legal).date
        if act_by == legal:
            return ""
        return self.tr("这一天不是工作日，最后可办理日为 {date}（{weekday}）。").format(
            date=act_by.isoformat(), weekday=weekday_name(act_by))

    # ------------------------------------------------------------------ start
    def accept(self) -> None:
        options: dict = {}
        try:
            if self.procedure == "annual_report":
                options["report_year"] = self.year.value()
            elif self.procedure == "change":
                options["change_kind"] = self.kind.currentData()
                options["trigger_date"] = self._trigger_date()
            elif self.procedure == "cancellation":
                options["trigger_date"] = self._trigger_date()
            elif self.procedure == "new_application":
                options["company_younger_than_year"] = self.younger.isChecked()
                options["foreign_capital"] = self.foreign.isChecked()
        except ValueError as problem:
            self.trigger_message.show_message(str(problem))
            return
        try:
            self.case = ops.start_case(self.store, self.license_id, self.procedure, **options)
        except ValidationError as error:
            target = self.trigger_message if error.for_field("trigger_date") else self.message
            target.show_message(str(error))
            return
        super().accept()
