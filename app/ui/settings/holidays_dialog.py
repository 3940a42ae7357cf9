"""Holiday schedules: which years are built in, entered, imported or estimated; enter or paste a
year, or import the official schedule from a file (holiday-cn JSON or an .ics calendar).

Entry point for the main window: ``HolidaysDialog(store, parent=window)``; its signal
``schedules_changed(year)`` fires after a schedule is saved or deleted, so the dashboard can
recompute (the estimate marks of that year then disappear).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.holiday_text import (
    HOLIDAY,
    WORKDAY,
    builtin_schedule,
    day_ranges,
    format_schedule_text,
    parse_schedule_text,
)
from app.domain.workdays import YearSchedule
from app.operations import holidays as holiday_ops
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.widgets import file_places
from app.ui.widgets.form_widgets import weekday_name
from app.ui.widgets.typed_work import AsksBeforeDiscarding

YEAR_ROLE = Qt.ItemDataRole.UserRole + 1
RANGE_ROLE = Qt.ItemDataRole.UserRole + 2
SOURCE_COLOURS = {"estimated": "#8a5a00", "user": "#1d6b2f", "chinese-calendar": "#555555"}
FILE_FILTER_SUFFIXES = "*.json *.ics"
ERROR_STYLE = "color: #b3261e;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PasteScheduleDialog(AsksBeforeDiscarding, QDialog):
    """Paste a year's schedule as text; a live preview shows what will be taken, or what is wrong."""

    def __init__(self, year: int, parent=None):
        super().__init__(parent)
        self.year = year
        self.schedule: YearSchedule | None = None
        self.setWindowTitle(self.tr("粘贴 {year} 年节假日安排").format(year=year))
        self.resize(760, 520)

        hint = QLabel(self.tr(
            "每行一个日期或区间，后写“休”（放假）或“班”（调休上班），如：\n"
            "2027-02-10 至 2027-02-17 休\n2027-02-07 班\n"
            "也可以直接粘贴国务院通知的原文，如“春节：2月10日至17日放假调休，共8天。2月7日（星期日）上班。”"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("在这里粘贴……"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview_label = QLabel(self.tr("预览"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(self.tr("采用（替换当前列表）"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self.text_edit.textChanged.connect(self._timer.start)

        panes = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("文本")))
        left.addWidget(self.text_edit, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        panes.addLayout(left, 3)
        panes.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(panes, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def update_preview(self) -> None:
        self._timer.stop()
        text = self.text_edit.toPlainText()
        self.schedule = None
        if not text.strip():
            self.preview.clear()
            self.error_label.clear()
            self.preview_label.setText(self.tr("预览"))
            self.use_button.setEnabled(False)
            return
        try:
            schedule = parse_schedule_text(text, year=self.year)
        except ValidationError as error:
            self.preview.clear()
            self.error_label.setText("\n".join(item.message for item in error.errors))
            self.preview_label.setText(self.tr("预览"))
            self.use_button.setEnabled(False)
            return
        self.schedule = schedule
        self.error_label.clear()
        self.preview_label.setText(self.tr("预览：放假 {holidays} 天，调休上班 {workdays} 天").format(
            holidays=len(schedule.holidays), workdays=len(schedule.workdays)))
        lines = format_schedule_text(schedule).splitlines()[1:]
        self.preview.setPlainText("\n".join(lines))
        self.use_button.setEnabled(True)

    def accept(self) -> None:
        self.update_preview()
        if self.schedule is not None:
            super().accept()


class HolidaysDialog(QDialog):
    schedules_changed = Signal(int)

    def __init__(self, store: Store, *, today: date | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("holidaysDialog")
        self.store = store
        self.today = today or date.today()
        self.year: int | None = None
        self.source = ""
        self._holidays: set[date] = set()
        self._workdays: set[date] = set()
        self._dirty = False
        self.setWindowTitle(self.tr("节假日安排"))
        self.resize(980, 600)

        intro = QLabel(self.tr(
            "期限按中国工作日（含调休）计算。内置安排来自 chinese-calendar；没有收录的年份按周末和法定节假日"
            "（含春节、劳动节、国庆节的惯常长假）估算，宁早勿晚，相关日期标为“估算”。"
            "国务院公布新一年的安排后，在这里录入或从文件导入，估算标记随即消失。"))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #444;")

        self.year_table = QTableWidget(0, 3)
        self.year_table.setHorizontalHeaderLabels([self.tr("年份"), self.tr("来源"), self.tr("涉及许可证")])
        self.year_table.verticalHeader().hide()
        self.year_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.year_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.year_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.year_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.year_table.setMinimumWidth(330)
        self.year_table.itemSelectionChanged.connect(self._year_selection_changed)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)

        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self._last_from = QDate()
        self.from_edit.dateChanged.connect(self._from_changed)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("放假"), HOLIDAY)
        self.kind_box.addItem(self.tr("调休上班"), WORKDAY)
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.clicked.connect(self.add_range)
        self.entry_error = QLabel()
        self.entry_error.setWordWrap(True)
        self.entry_error.setStyleSheet(ERROR_STYLE)

        self.entries = QListWidget()
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button = QPushButton(self.tr("粘贴通知文本…"))
        self.paste_button.clicked.connect(self.open_paste_dialog)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("备注，如通知的文号"))
        self.note_edit.textEdited.connect(self._mark_dirty)
        self.summary_label = QLabel()

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("删除录入的安排"))
        self.delete_button.clicked.connect(self.delete_schedule)
        self.import_button = QPushButton(self.tr("从文件导入…"))
        self.import_button.setToolTip(self.tr("导入国务院公布的安排：holiday-cn 数据集的 JSON 文件（如 2027.json）"
                                              "或 .ics 节假日日历"))
        self.import_button.clicked.connect(self.import_file)
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #1d6b2f;")
        close_button = QPushButton(self.tr("关闭"))
        close_button.clicked.connect(self.reject)

        add_row = QGridLayout()
        add_row.addWidget(QLabel(self.tr("从")), 0, 0)
        add_row.addWidget(self.from_edit, 0, 1)
        add_row.addWidget(QLabel(self.tr("到")), 0, 2)
        add_row.addWidget(self.to_edit, 0, 3)
        add_row.addWidget(self.kind_box, 0, 4)
        add_row.addWidget(self.add_button, 0, 5)
        add_row.setColumnStretch(6, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.paste_button)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("备注")))
        note_row.addWidget(self.note_edit, 1)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(add_row)
        editor_layout.addWidget(self.entry_error)
        editor_layout.addWidget(self.entries, 1)
        editor_layout.addLayout(list_buttons)
        editor_layout.addLayout(note_row)
        editor_layout.addWidget(self.summary_label)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.source_label)
        right.addWidget(self.editor, 1)
        panes = QHBoxLayout()
        panes.addWidget(self.year_table, 0)
        panes.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(panes, 1)
        layout.addLayout(bottom)

        self.rows = self.refresh_years()
        first_estimated = next((r.year for r in self.rows if r.source == "estimated"), self.today.year)
        self.select_year(first_estimated)

    # ------------------------------------------------------------------ years
    def refresh_years(self) -> list[holiday_ops.HolidayYear]:
        self.rows = holiday_ops.holiday_years(self.store, today=self.today)
        source_names = {
            "built-in": self.tr("内置（chinese-calendar）"),
            "entered": self.tr("已录入"),
            "imported": self.tr("已导入"),
            "estimated": self.tr("估算（未收录）"),
        }
        self.year_table.blockSignals(True)
        self.year_table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (self.tr("{year} 年").format(year=row.year), source_names[row.kind],
                     self.tr("{count} 张").format(count=row.licenses) if row.licenses else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(YEAR_ROLE, row.year)
                if column == 1:
                    item.setForeground(QColor(SOURCE_COLOURS[row.source]))
                self.year_table.setItem(index, column, item)
        self.year_table.blockSignals(False)
        if self.year is not None:
            self._highlight(self.year)
        return self.rows

    def _row_of(self, year: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.year == year), None)

    def _highlight(self, year: int) -> None:
        index = self._row_of(year)
        if index is not None:
            self.year_table.blockSignals(True)
            self.year_table.selectRow(index)
            self.year_table.blockSignals(False)

    def _year_selection_changed(self) -> None:
        items = self.year_table.selectedItems()
        if not items:
            return
        year = items[0].data(YEAR_ROLE)
        if year == self.year:
            return
        if self._dirty and not self._confirm_discard():
            self._highlight(self.year)
            return
        self.select_year(year)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("放弃修改？"),
            self.tr("{year} 年的修改还没有保存。放弃这些修改吗？").format(year=self.year),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def select_year(self, year: int) -> None:
        row = next((r for r in self.rows if r.year == year), None)
        if row is None:
            return
        self.year = year
        self.source = row.source
        self._highlight(year)
        schedule = row.schedule if row.source == "user" else builtin_schedule(year)
        self._holidays = set(schedule.holidays) if schedule else set()
        self._workdays = set(schedule.workdays) if schedule else set()
        self.note_edit.setText(row.schedule.note if row.schedule else "")
        self._dirty = False
        editable = row.source != "chinese-calendar"
        first, last = QDate(year, 1, 1), QDate(year, 12, 31)
        for edit in (self.from_edit, self.to_edit):
            edit.setDateRange(first, last)
        self.from_edit.setDate(first)
        self.to_edit.setDate(first)
        self.editor.setEnabled(editable)
        self.entry_error.clear()
        self.status_label.clear()
        self.title.setText(self.tr("{year} 年").format(year=year))
        uses = self.tr("有 {count} 张许可证的期限用到这一年。").format(count=row.licenses) if row.licenses else ""
        explanations = {
            "built-in": self.tr("内置安排，来自 chinese-calendar，无需录入。"),
            "entered": self.tr("已录入这一年的安排，期限按它计算。"),
            "imported": self.tr("这一年的安排已从文件导入，期限按它计算；在下面修改并保存后记为已录入。"),
            "estimated": self.tr("尚未收录：按周末和法定节假日（含春节、劳动节、国庆节的惯常长假）估算，"
                                 "调休上班日未计；用到这一年的日期标为“估算”。国务院公布安排后，请在下面录入、粘贴或从文件导入。"),
        }
        self.source_label.setText(explanations[row.kind] + uses)
        self.source_label.setStyleSheet(f"color: {SOURCE_COLOURS[row.source]};")
        self.save_button.setText(self.tr("保存 {year} 年安排").format(year=year))
        self.save_button.setVisible(editable)
        self.delete_button.setVisible(row.source == "user")
        self.delete_button.setText(self.tr("删除导入的安排") if row.kind == "imported" else self.tr("删除录入的安排"))
        self._show_entries()

    # ------------------------------------------------------------------ editing
    def _from_changed(self, day: QDate) -> None:
        """'To' follows 'from' while it is before it or was a single day with it."""
        if self.to_edit.date() < day or self.to_edit.date() == self._last_from:
            self.to_edit.setDate(day)
        self._last_from = day

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._update_summary()

    def _show_entries(self) -> None:
        self.entries.clear()
        items = [(first, last, HOLIDAY) for first, last in day_ranges(self._holidays)]
        items += [(first, last, WORKDAY) for first, last in day_ranges(self._workdays)]
        for first, last, kind in sorted(items):
            kind_text = self.tr("放假") if kind == HOLIDAY else self.tr("调休上班")
            if first == last:
                text = self.tr("{day}（{weekday}）  {kind}").format(
                    day=first.isoformat(), weekday=weekday_name(first), kind=kind_text)
            else:
                text = self.tr("{first} 至 {last}（{days} 天）  {kind}").format(
                    first=first.isoformat(), last=last.isoformat(), days=(last - first).days + 1,
                    kind=kind_text)
            item = QListWidgetItem(text)
            item.setData(RANGE_ROLE, (first.isoformat(), last.isoformat(), kind))
            if kind == WORKDAY:
                item.setForeground(QColor("#1f4e9c"))
            self.entries.addItem(item)
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary_label.setText(self.tr("共 放假 {holidays} 天，调休上班 {workdays} 天{unsaved}").format(
            holidays=len(self._holidays), workdays=len(self._workdays),
            unsaved=self.tr("（未保存）") if self._dirty else ""))

    def _candidate(self, holidays: set[date], workdays: set[date]) -> YearSchedule:
        return YearSchedule(year=self.year, holidays=frozenset(holidays), workdays=frozenset(workdays),
                            note=self.note_edit.text().strip())

    def add_range(self) -> None:
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if last < first:
            self.entry_error.setText(self.tr("结束日期早于开始日期"))
            return
        days = {date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)}
        kind = self.kind_box.currentData()
        holidays, workdays = set(self._holidays), set(self._workdays)
        if kind == HOLIDAY:
            holidays |= days
        else:
            workdays |= days
        try:
            self._candidate(holidays, workdays)
        except ValidationError as error:
            self.entry_error.setText(error.errors[0].message)
            return
        self.entry_error.clear()
        self._holidays, self._workdays = holidays, workdays
        self._dirty = True
        self.status_label.clear()
        self.to_edit.setDate(self.from_edit.date())
        self._show_entries()

    def remove_selected(self) -> None:
        chosen = [item.data(RANGE_ROLE) for item in self.entries.selectedItems()]
        if not chosen:
            return
        for first_text, last_text, kind in chosen:
            first, last = date.fromisoformat(first_text), date.fromisoformat(last_text)
            days = {date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)}
            (self._holidays if kind == HOLIDAY else self._workdays).difference_update(days)
        self._dirty = True
        self._show_entries()

    def open_paste_dialog(self) -> PasteScheduleDialog:
        dialog = PasteScheduleDialog(self.year, self)
        dialog.accepted.connect(lambda: self.take_pasted(dialog.schedule))
        dialog.open()
        return dialog

    def take_pasted(self, schedule: YearSchedule | None) -> None:
        if schedule is None or schedule.year != self.year:
            return
        self._holidays, self._workdays = set(schedule.holidays), set(schedule.workdays)
        self.entry_error.clear()
        self._dirty = True
        self._show_entries()

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        if self.source == "chinese-calendar" or self.year is None:
            return False
        if not self._holidays and not self._workdays:
            self.entry_error.setText(self.tr("还没有录入任何放假日或调休上班日"))
            return False
        try:
            schedule = self._candidate(self._holidays, self._workdays)
            missing = holiday_ops.missing_festivals(schedule)
            if missing and not self._confirm_incomplete([self._missing_text(schedule.year, missing)]):
                return False
            holiday_ops.save_holiday_schedule(self.store, schedule)
        except ValidationError as error:
            self.entry_error.setText(error.errors[0].message)
            return False
        except StorageError as error:
            QMessageBox.critical(self, self.tr("保存失败"), str(error))
            return False
        year = self.year
        self._dirty = False
        self.refresh_years()
        self.select_year(year)
        self.status_label.setText(self.tr("{year} 年安排已保存：用到这一年的期限不再是估算。").format(year=year))
        self.schedules_changed.emit(year)
        return True

    def _missing_text(self, year: int, missing: list[str] | tuple[str, ...]) -> str:
        return self.tr("{year} 年的安排没有{festivals}的放假日。").format(
            year=year, festivals=self.tr("、").join(missing))

    def _confirm_incomplete(self, lines: list[str]) -> bool:
        """A schedule that gives no day off for one of the seven festivals is saved only when
        the user, having checked the notice, says so."""
        text = "\n".join(lines) + "\n\n" + self.tr(
            "七个法定节日是元旦、春节、清明节、劳动节、端午节、中秋节、国庆节。安排可能不完整："
            "请对照国务院通知核对。仍然保存吗？")
        answer = QMessageBox.warning(
            self, self.tr("安排可能不完整"), text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    # ------------------------------------------------------------------ importing a file
    def import_file(self) -> bool:
        """Import the years a holiday-cn JSON or .ics file holds, after showing what changes."""
        if self._dirty and not self._confirm_discard():
            return False
        path = file_places.ask_open_path(
            self, file_places.HOLIDAYS, caption=self.tr("导入节假日安排"),
            filter_text=self.tr("节假日安排（{suffixes}）").format(suffixes=FILE_FILTER_SUFFIXES) + ";;"
            + self.tr("所有文件（*）"))
        if not path:
            return False
        try:
            plan = holiday_ops.read_holiday_file(self.store, path)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("不能导入"), self.tr("未导入任何内容：") + "\n"
                                + "\n".join(item.message for item in error.errors))
            return False
        except StorageError as error:
            QMessageBox.critical(self, self.tr("导入失败"), str(error))
            return False
        lines = self._plan_lines(plan)
        if not plan.years:
            QMessageBox.information(self, self.tr("没有可导入的年份"),
                                    "\n".join([*lines, self.tr("未保存任何内容。")]))
            return False
        if plan.incomplete:
            confirmed = self._confirm_incomplete(
                [*lines, "", *(self._missing_text(y.schedule.year, y.missing) for y in plan.incomplete)])
        else:
            confirmed = QMessageBox.question(
                self, self.tr("导入节假日安排"), "\n".join([*lines, "", self.tr("导入这些安排吗？")]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes) == QMessageBox.StandardButton.Yes
        if not confirmed:
            return False
        try:
            years = holiday_ops.import_holiday_file(self.store, plan, accept_incomplete=True)
        except StorageError as error:
            QMessageBox.critical(self, self.tr("导入失败"), str(error))
            return False
        self._dirty = False
        self.refresh_years()
        self.select_year(years[0])
        self.status_label.setText(self.tr("已导入 {years} 年的安排：用到这些年份的期限不再是估算。").format(
            years=self.tr("、").join(str(y) for y in years)))
        for year in years:
            self.schedules_changed.emit(year)
        return True

    def _plan_lines(self, plan: holiday_ops.ImportPlan) -> list[str]:
        lines = [self.tr("文件：{name}").format(name=plan.file_name)]
        replaces = {"estimated": self.tr("取代估算"), "entered": self.tr("取代已录入的安排"),
                    "imported": self.tr("取代先前导入的安排")}
        for year in plan.years:
            lines.append(self.tr("{year} 年：放假 {holidays} 天，调休上班 {workdays} 天（{replaces}）").format(
                year=year.schedule.year, holidays=len(year.schedule.holidays),
                workdays=len(year.schedule.workdays), replaces=replaces[year.replaces]))
        for year in plan.built_in:
            lines.append(self.tr("{year} 年：已有内置安排（chinese-calendar），不导入").format(year=year))
        for year in plan.not_published:
            lines.append(self.tr("{year} 年：文件中的安排为空，国务院尚未公布").format(year=year))
        lines.extend(plan.notes)
        return lines

    def delete_schedule(self) -> bool:
        if self.source != "user" or self.year is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("删除录入的安排？"),
            self.tr("删除 {year} 年录入的节假日安排吗？这一年将恢复为内置安排或估算。").format(year=self.year),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        year = self.year
        try:
            holiday_ops.delete_holiday_schedule(self.store, year)
        except StorageError as error:
            QMessageBox.critical(self, self.tr("删除失败"), str(error))
            return False
        self._dirty = False
        self.refresh_years()
        self.select_year(year)
        self.status_label.setText(self.tr("已删除 {year} 年录入的安排。").format(year=year))
        self.schedules_changed.emit(year)
        return True

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._dirty and not self._confirm_discard():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        self._dirty = False
        super().reject()
