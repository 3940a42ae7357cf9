"""One license: its fields (editable), what it owes (the timeline), its history, its cases (under
way, and finished ones to look at), and putting mistakes right: withdraw or delete a case,
archive or delete the license.

The same page, without the right-hand side, adds a new license.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import OPEN_STATUSES, progress
from app.domain.errors import ValidationError
from app.domain.license import License
from app.domain.obligations import Obligation
from app.operations import archive as archive_ops
from app.operations import cases as ops_cases
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations import obligations as obligation_ops
from app.operations import steps
from app.operations import trash as trash_ops
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.license import license_actions
from app.ui.license.deadline_timeline import DeadlineTimeline
from app.ui.license.license_form import LicenseForm
from app.ui.license.situation import situation
from app.ui.widgets import confirmations
from app.ui.widgets.case_labels import case_status_label, case_title, procedure_name
from app.ui.widgets.event_texts import event_texts
from app.ui.widgets.form_widgets import NoteLine
from app.ui.widgets.obligation_titles import title_of

NOTE_STYLE = "color: #5b6068;"
SAVED_STYLE = "color: #1d6432;"
ERROR_STYLE = "color: #b3261e;"


class CaseProgress(NamedTuple):
    """An open case (a renewal, change or cancellation under way) as the page shows it."""

    title: str
    done: int
    total: int
    obligation: Obligation | None = None
    procedure: str = ""
    case_id: int | None = None


class FinishedCase(NamedTuple):
    """A finished case (approved, done, withdrawn) as the page lists it under 已办结."""

    title: str
    status: str
    day: str
    case_id: int
    deletable: bool         # a withdrawn one may go to the 回收站; the others are history


# The procedures offered besides the renewal, in the order a user meets them.
OTHER_PROCEDURES = ("annual_report", "change", "cancellation", "replacement", "new_application")


class LicensePage(QWidget):
    renewal_requested = Signal(int)
    procedure_requested = Signal(int, str)     # license id, procedure id (see app.domain.catalogue)
    back_requested = Signal()
    saved = Signal(int)
    delete_requested = Signal(int)              # license id: the window asks, deletes and goes back

    def __init__(self, store: Store, parent=None, *, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.store = store
        self._today = today
        self._license: License | None = None

        self.back_button = QPushButton(self.tr("← 返回总览"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.title = QLabel()
        self.title.setObjectName("licenseTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example_tag = QLabel(self.tr("示例"))
        self.example_tag.setToolTip(self.tr("示例数据：可在“许可证 → 移除示例数据”中一步移除"))
        self.example_tag.setStyleSheet(
            "background: #eef3fb; color: #1f4f8f; border: 1px solid #c9d7ee; border-radius: 3px;"
            " padding: 1px 6px;")
        self.renewal_button = QPushButton(self.tr("开始续期"))
        self.renewal_button.setToolTip(self.tr("为这张许可证开始续期办理，逐项准备材料"))
        # A push button with a menu: its arrow gets room of its own (a tool button's overlaps the text).
        self.procedures_button = QPushButton(self.tr("其他办理事项"))
        self.procedures_button.setToolTip(self.tr("年报、变更、注销、补办或新申请：逐项准备材料"))
        procedures_menu = QMenu(self.procedures_button)
        for procedure in OTHER_PROCEDURES:
            action = procedures_menu.addAction(procedure_name(procedure))
            action.triggered.connect(lambda _checked=False, p=procedure: self._request_procedure(p))
        procedures_menu.addSeparator()
        self.not_renewing_action = procedures_menu.addAction(self.tr("决定不再续期…"))
        self.not_renewing_action.setToolTip(self.tr("不再续期的，到期前 90 日报告注销并做好用户善后"))
        self.not_renewing_action.triggered.connect(self.decide_not_renewing)
        self.renewing_again_action = procedures_menu.addAction(self.tr("撤回“不再续期”的决定"))
        self.renewing_again_action.triggered.connect(self.decide_renewing)
        self.procedures_button.setMenu(procedures_menu)
        self.more_button = QPushButton(self.tr("更多"))
        self.more_button.setToolTip(self.tr("归档或删除这张许可证"))
        more_menu = QMenu(self.more_button)
        self.archive_action = more_menu.addAction(self.tr("归档…"))
        self.archive_action.setToolTip(self.tr("已注销或已过期的许可证：不再显示在总览、提醒和日历中，仍可搜索"))
        self.archive_action.triggered.connect(self.archive)
        self.unarchive_action = more_menu.addAction(self.tr("取消归档"))
        self.unarchive_action.triggered.connect(self.unarchive)
        more_menu.addSeparator()
        self.delete_action = more_menu.addAction(self.tr("删除许可证…"))
        self.delete_action.triggered.connect(self._request_delete)
        self.more_button.setMenu(more_menu)
        self.revert_button = QPushButton(self.tr("撤销修改"))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.example_tag)
        top.addStretch()
        top.addWidget(self.renewal_button)
        top.addWidget(self.procedures_button)
        top.addWidget(self.more_button)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)

        self.message = NoteLine()            # a line kept for it: the form below never moves
        self.message.setObjectName("pageMessage")
        self._counting_problems = False      # the message counts the form's problems, as they are put right
        self.situation = QLabel()
        self.situation.setObjectName("licenseSituation")
        self.situation.setWordWrap(True)
        self.situation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.situation.hide()

        self.form = LicenseForm()
        scroll = self.form_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.timeline = DeadlineTimeline()
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("日期"), self.tr("记录")])
        self.history.setAccessibleName(self.tr("历史记录"))
        self.history.header().resizeSection(0, self.fontMetrics().averageCharWidth() * 12 + 12)
        self.history.setToolTip(self.tr("双击一条办理事项的记录，打开那项办理"))
        self.history.itemDoubleClicked.connect(self._history_opened)
        self.cases = QWidget()
        self._cases_layout = QVBoxLayout(self.cases)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("期限"))
        self.tabs.addTab(self.cases, self.tr("办理事项"))
        self.tabs.addTab(self.history, self.tr("历史记录"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # The form's side is as wide as the form wants (its labels are longer in some languages).
        form_width = self.form.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        self.splitter.setSizes([max(440, form_width), 700])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.situation)
        layout.addWidget(self.splitter, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.renewal_button.clicked.connect(self._request_renewal)
        self.form.edited.connect(self._update_buttons)
        self.form.edited.connect(self._count_problems)
        self.timeline.report_filed.connect(self._record_report)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        QWidget.setTabOrder(self.back_button, self.renewal_button)
        QWidget.setTabOrder(self.renewal_button, self.procedures_button)
        QWidget.setTabOrder(self.procedures_button, self.more_button)
        QWidget.setTabOrder(self.more_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.form.editors["number"])

    # ------------------------------------------------------------------ what is shown
    @property
    def license_id(self) -> int | None:
        return self._license.id if self._license else None

    def open_license(self, license_id: int) -> bool:
        """Show a stored license; False when it no longer exists."""
        license = license_ops.get_license(self.store, license_id)
        if license is None:
            return False
        self._show(license)
        self._say("", NOTE_STYLE)
        return True

    def new_license(self) -> None:
        self._show(None)
        self._say(self.tr("按证书填写；带 * 的信息必填：经营许可证编号、公司名称、许可范围、发证日期、有效期至。"),
                  NOTE_STYLE)
        self.form.editors["number"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_form(self, license: License | None) -> None:
        renewed = license_ops.renewed_from(self.store, license) if license is not None else None
        self.form.set_license(license, renewed_from=renewed)

    def _show(self, license: License | None) -> None:
        self._license = license
        self._fill_form(license)
        self.form_scroll.verticalScrollBar().setValue(0)      # another license: from its number down
        adding = license is None
        self.tabs.setVisible(not adding)
        self.renewal_button.setVisible(not adding)
        self.more_button.setVisible(not adding)
        self.procedures_button.setVisible(not adding)
        self.example_tag.setVisible(bool(license and license.is_example))
        self.title.setText(self.tr("添加许可证") if adding else f"{license.number}　{license.company}")
        if not adding:
            self._show_details(license)
        self._update_buttons()

    def _show_details(self, license: License) -> None:
        today = self._today()
        calendar = holiday_ops.load_calendar(self.store)
        events = license_ops.history(self.store, license.id)
        owed = obligation_ops.of_license(self.store, license, today=today, calendar=calendar)

        def estimated_years(start: date, end: date) -> list[int]:
            first, last = sorted((start.year, end.year))
            return [y for y in range(first, last + 1) if calendar.is_estimated_year(y)]

        self.timeline.show_obligations(owed, today=today, next_key=owed.next_action(today).key,
                                       estimated_years=estimated_years)
        renewal = ops_cases.open_case(self.store, license.id, "renewal")
        told = situation(owed, expiry=license.expiry, submitted_on=renewal.submitted_on if renewal else None,
                         today=today, calendar=calendar)
        archived = archive_ops.is_archived(self.store, license.id)
        if archived:
            text = self.tr("已归档：这张许可证不在总览、提醒和日历中（在总览中搜索编号或公司名称仍能找到）。"
                           "要重新提醒，点“更多 → 取消归档”。")
            self.situation.setText(text + ("\n" + told.text if told is not None else ""))
            self.situation.setStyleSheet(NOTE_STYLE)
        elif told is not None:
            self.situation.setText(told.text)
            self.situation.setStyleSheet(told.style)
        self.situation.setVisible(archived or told is not None)
        self.example_tag.setText(self.tr("已归档") if archived else self.tr("示例"))
        self.example_tag.setToolTip(self.tr("已归档：不在总览、提醒和日历中") if archived
                                    else self.tr("示例数据：可在“许可证 → 移除示例数据”中一步移除"))
        self.example_tag.setVisible(license.is_example or archived)
        self.archive_action.setVisible(not archived)
        self.unarchive_action.setVisible(archived)
        self.not_renewing_action.setVisible(not owed.not_renewing and owed.ended_on is None)
        self.renewing_again_action.setVisible(owed.not_renewing and owed.ended_on is None)
        self._show_cases(self.open_cases(today=today), self.finished_cases())
        self.history.clear()
        for event, text in zip(events, event_texts(events), strict=True):
            item = QTreeWidgetItem([event.event_date.isoformat(), text])
            item.setToolTip(1, self.tr("记录于 %1").replace("%1", event.created_at.replace("T", " ")))
            case_id = event.detail.get("case_id")
            if isinstance(case_id, int):
                item.setData(0, Qt.ItemDataRole.UserRole, case_id)
                item.setToolTip(0, self.tr("双击打开这项办理"))
            self.history.addTopLevelItem(item)

    def open_cases(self, *, today: date | None = None) -> list[CaseProgress]:
        """The license's open cases (renewal, annual report, change ... under way) with their progress."""
        if self._license is None or self._license.id is None:
            return []
        today = today or self._today()
        found = []
        for case in ops_cases.open_cases(self.store, self._license.id):
            counted = progress(ops_cases.case_items(self.store, case.id))
            title = self.tr("{procedure}：{status}").format(
                procedure=procedure_name(case.procedure), status=case_status_label(case.status))
            found.append(CaseProgress(title, counted.ready, counted.applicable,
                                      ops_cases.case_obligation(self.store, case, today=today), case.procedure,
                                      case.id))
        return found

    def finished_cases(self) -> list[FinishedCase]:
        """The license's finished cases, the latest first, to look at (read-only)."""
        if self._license is None or self._license.id is None:
            return []
        found = []
        for case in ops_cases.finished_cases(self.store, self._license.id):
            day = (case.outcome.get("withdrawn_on") or case.outcome.get("approved_on") or case.outcome.get("closed_on")
                   or (case.closed_at or "")[:10])
            found.append(FinishedCase(case_title(case), case_status_label(case.status), day, case.id,
                                      case.status not in trash_ops.KEPT_CASES))
        return found

    def refresh_details(self) -> None:
        """Reread after a dialog changed things: the whole page, or only the side when the form has edits."""
        if self._license is None or self._license.id is None:
            return
        if self.form.is_dirty():
            current = license_ops.get_license(self.store, self._license.id)
            if current is not None:
                self._show_details(current)
        else:
            self.open_license(self._license.id)

    def _show_cases(self, cases: list[CaseProgress], finished: list[FinishedCase] = ()) -> None:
        while self._cases_layout.count():
            child = self._cases_layout.takeAt(0).widget()
            if child is not None:
                child.hide()                # at once: deleteLater waits for the event loop
                child.deleteLater()
        if not cases:
            empty = QLabel(self.tr("这张许可证目前没有进行中的办理事项。\n"
                                   "到了要办的时候（“期限”中写着何时），点上方的“开始续期”或“其他办理事项”。"))
            empty.setObjectName("noCases")
            empty.setStyleSheet(NOTE_STYLE)
            empty.setWordWrap(True)
            self._cases_layout.addWidget(empty)
        else:
            self._cases_layout.addWidget(self._section(self.tr("进行中")))
        for case in cases:
            row = QWidget()
            row.setObjectName(f"case-{case.case_id}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(QLabel(case.title), 1)
            bar = QProgressBar()
            bar.setRange(0, max(case.total, 1))
            bar.setValue(case.done)
            bar.setFormat(self.tr("%v / %m 项"))
            line.addWidget(bar, 1)
            if case.obligation:
                due = QLabel(self.tr("最后可办理日 %1").replace("%1", case.obligation.act_by.isoformat()))
                due.setToolTip(title_of(case.obligation))
                line.addWidget(due)
            if case.procedure:
                resume = QPushButton(self.tr("继续办理"))
                resume.setObjectName(f"resume-{case.procedure}-{case.case_id}")
                resume.clicked.connect(lambda _checked=False, p=case.procedure: self._request_procedure(p))
                line.addWidget(resume)
            if case.case_id is not None:
                line.addWidget(self._case_menu_button(row, case.case_id, withdraw=True, delete=True))
            self._cases_layout.addWidget(row)
        if finished:
            self._cases_layout.addSpacing(8)
            self._cases_layout.addWidget(self._section(self.tr("已办结")))
        for done in finished:
            row = QWidget()
            row.setObjectName(f"finished-{done.case_id}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(QLabel(done.title), 1)
            line.addWidget(QLabel(self.tr("{status}（{date}）").format(status=done.status, date=done.day)))
            view = QPushButton(self.tr("查看"))
            view.setObjectName(f"view-{done.case_id}")
            view.setToolTip(self.tr("只读：清单、附件和办理经过"))
            view.clicked.connect(lambda _checked=False, c=done.case_id: self.view_case(c))
            line.addWidget(view)
            line.addWidget(self._case_menu_button(row, done.case_id, withdraw=False, delete=done.deletable))
            self._cases_layout.addWidget(row)
        self._cases_layout.addStretch()
        self.tabs.setTabText(1, self.tr("办理事项（%1）").replace("%1", str(len(cases)))
                             if cases else self.tr("办理事项"))

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; color: #3c4043;")
        return label

    def _case_menu_button(self, row: QWidget, case_id: int, *, withdraw: bool, delete: bool) -> QPushButton:
        """The ⋯ of a case's row (also its right-click menu): 撤回…, 删除…"""
        button = QPushButton(self.tr("⋯"))
        button.setObjectName(f"case-menu-{case_id}")
        button.setAccessibleName(self.tr("更多操作"))
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("⋯⋯") + 16)
        menu = QMenu(button)
        if withdraw:
            menu.addAction(self.tr("撤回办理…"), lambda: self.withdraw_case(case_id))
        else:
            menu.addAction(self.tr("查看"), lambda: self.view_case(case_id))
        remove = menu.addAction(self.tr("删除…"), lambda: self.delete_case(case_id))
        remove.setEnabled(delete)
        if not delete:
            remove.setToolTip(self.tr("已办结的办理事项是许可证历史的一部分，不能删除"))
        button.setMenu(menu)
        row.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        row.customContextMenuRequested.connect(lambda position: menu.popup(row.mapToGlobal(position)))
        return button

    # ------------------------------------------------------------------ saving and leaving
    def save(self) -> bool:
        """Validate and write once; on bad input show each problem by its field, write nothing."""
        values, legacy = self.form.values(), self.form.allow_legacy()
        try:
            if self._license is None:
                saved = license_ops.add_license(self.store, values, allow_legacy_number=legacy)
            else:
                saved = license_ops.update_license(self.store, self._license.id, values,
                                                  allow_legacy_number=legacy)
        except ValidationError as error:
            self.form.show_errors(error)
            self._counting_problems = True
            self._count_problems()
            return False
        except StorageError as error:
            QMessageBox.critical(self, self.tr("未保存"), str(error))
            return False
        adding = self._license is None
        self._show(saved)
        self._say(self.tr("已保存。"), SAVED_STYLE)
        if adding:
            self._ask_about_past_reports(saved)
        self.saved.emit(saved.id)
        return True

    def _ask_about_past_reports(self, license: License) -> None:
        """Once, when a license is recorded: were the annual reports of the years before filed?
        (Their filing periods are over, so unrecorded they would all show as missed.)"""
        today = self._today()
        years = license_ops.past_report_years(self.store, license, today=today)
        if not years:
            return
        filed = ask_past_reports(self, years)
        if filed is None:
            return
        try:
            license_ops.confirm_past_reports(self.store, license.id, filed=filed, today=today)
        except (ValidationError, StorageError) as error:
            QMessageBox.critical(self, self.tr("未保存"), str(error))
            return
        self._show_details(license)
        self._say(self.tr("已保存；往年年报已记录为已报送。") if filed else
                  self.tr("已保存。未报送的年报在“期限”中标为“未记录报送”；已补报的，选中后标记为已报送。"),
                  SAVED_STYLE)

    def decide_not_renewing(self) -> None:
        if self._license is None or self._license.id is None:
            return
        from app.ui.license.not_renewing_dialog import NotRenewingDialog

        dialog = NotRenewingDialog(self.store, self._license, self, today=self._today())
        if dialog.exec():
            self._show_details(self._license)
            self._say(self.tr("已记录：不再续期。应报告注销并做好用户善后，见“期限”。"), SAVED_STYLE)
            self.saved.emit(self._license.id)

    def decide_renewing(self) -> None:
        if self._license is None or self._license.id is None:
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("撤回“不再续期”的决定"),
            self.tr("撤回后，续期申请重新列为待办（到期前 90 日提交）。要撤回吗？"),
            buttons.Yes | buttons.Cancel, buttons.Cancel)
        if answer != buttons.Yes:
            return
        try:
            steps.decide_renewing(self.store, self._license.id, on=self._today(), today=self._today())
        except (ValidationError, StorageError) as error:
            self._say(str(error), ERROR_STYLE)
            return
        self._show_details(self._license)
        self._say(self.tr("已撤回“不再续期”的决定：续期重新列为待办。"), SAVED_STYLE)
        self.saved.emit(self._license.id)

    # ------------------------------------------------------------------ putting mistakes right
    def view_case(self, case_id: int):
        from app.ui.procedures.procedure_dialog import open_case_view

        return open_case_view(self.store, case_id, self, today=self._today())

    def withdraw_case(self, case_id: int) -> bool:
        from app.ui.procedures.withdraw_dialog import WithdrawDialog

        if not WithdrawDialog(self.store, case_id, self, today=self._today()).exec():
            return False
        self._changed(self.tr("已撤回：原因已记入历史记录；这项办理列在“已办结”中，需要时可以重新开始。"))
        return True

    def delete_case(self, case_id: int) -> bool:
        case = ops_cases.get_case(self.store, case_id)
        if case is None:
            return False
        contents = trash_ops.case_contents(self.store, case_id)
        goes = self.tr("{items} 项材料的清单、{attachments} 个附件").format(
            items=contents.items, attachments=contents.attachments)
        what = self.tr("删除办理事项“{title}”？").format(title=case_title(case))
        if not confirmations.confirm_deletion(self, title=self.tr("删除办理事项"), what=what, goes_with=goes):
            return False
        try:
            trash_ops.delete_case(self.store, case_id)
        except (ValidationError, StorageError) as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self._changed(self.tr("已把“{title}”移到回收站（许可证 → 回收站 可以恢复）。").format(title=case_title(case)))
        return True

    def archive(self) -> bool:
        if self._license is None or self._license.id is None:
            return False
        told = license_actions.archive_license(self, self.store, self._license.id, today=self._today())
        if told:
            self._changed(told)
        return bool(told)

    def unarchive(self) -> bool:
        if self._license is None or self._license.id is None:
            return False
        told = license_actions.unarchive_license(self, self.store, self._license.id, today=self._today())
        if told:
            self._changed(told)
        return bool(told)

    def _request_delete(self) -> None:
        if self._license is not None and self._license.id is not None:
            self.delete_requested.emit(self._license.id)

    def _history_opened(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id is None:
            return
        case = ops_cases.get_case(self.store, case_id)
        if case is None:
            self._say(self.tr("这项办理已删除（可能在回收站中）。"), NOTE_STYLE)
        elif case.status in OPEN_STATUSES:
            self._request_procedure(case.procedure)
        else:
            self.view_case(case_id)

    def _changed(self, message: str) -> None:
        if self._license is None:
            return
        current = license_ops.get_license(self.store, self._license.id)
        if current is not None:
            self._show_details(current)
        self._say(message, SAVED_STYLE)
        self.saved.emit(self._license.id)

    def revert(self) -> None:
        self._fill_form(self._license)
        self._say(self.tr("已撤销未保存的修改。"), NOTE_STYLE)
        self._update_buttons()

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost (asking the user when something would)."""
        if not self.form.is_dirty():
            return True
        answer = confirmations.ask_unsaved_license(self)
        if answer == confirmations.SAVE:
            return self.save()
        if answer == confirmations.DISCARD:
            self._fill_form(self._license)
            return True
        return False

    # ------------------------------------------------------------------ actions
    def _request_procedure(self, procedure: str) -> None:
        if self._license is None or self._license.id is None:
            return
        if procedure == "renewal":
            self._request_renewal()
        else:
            self.procedure_requested.emit(self._license.id, procedure)

    def _request_renewal(self) -> None:
        if self._license is not None:
            self.renewal_requested.emit(self._license.id)

    def _record_report(self, year: int, filed_on: date) -> None:
        if self._license is None:
            return
        try:
            license_ops.record_annual_report(self.store, self._license.id, year=year, filed_on=filed_on,
                                            today=self._today())
        except ValidationError as error:
            self._say(str(error), ERROR_STYLE)
            return
        except StorageError as error:
            QMessageBox.critical(self, self.tr("未保存"), str(error))
            return
        self._show_details(self._license)
        self._say(self.tr("已记录 %1 年年报于 %2 报送。").replace("%1", str(year))
                  .replace("%2", filed_on.isoformat()), SAVED_STYLE)
        self.saved.emit(self._license.id)

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty()
        self.revert_button.setEnabled(dirty and self._license is not None)
        self.save_button.setEnabled(dirty or self._license is None)

    def _count_problems(self) -> None:
        """After a refused save, the message follows the form: how many problems are left."""
        if not self._counting_problems:
            return
        left = self.form.problem_count()
        if left:
            self.message.show_note(self.tr("未保存：有 %n 处需要修改，见各栏下方的红字。", "", left), ERROR_STYLE)
        else:
            self.message.show_note(self.tr("都已改好：点“保存”（Ctrl+S）保存。"), NOTE_STYLE)

    def _say(self, text: str, style: str) -> None:
        self._counting_problems = False
        self.message.show_note(text, style)


def ask_past_reports(parent: QWidget, years: list[int]) -> bool | None:
    """Whether the annual reports of ``years`` were filed: True, False, or None when dismissed."""
    from PySide6.QtCore import QCoreApplication

    shown = QCoreApplication.translate("LicensePage", "、").join(map(str, years))
    question = QCoreApplication.translate(
        "LicensePage", "这张许可证 {years} 年的年报（每年第一季度报送上一年度情况）报送期都已过。"
                       "这些年报都已报送了吗？").format(years=shown)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("LicensePage", "往年的年报"),
                      question, parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "LicensePage", "选“都已报送”就不再提示；选“有未报送的”，这些年份会标为未记录报送，以后可在“期限”中逐年标记。"))
    filed = box.addButton(QCoreApplication.translate("LicensePage", "都已报送"), QMessageBox.ButtonRole.YesRole)
    unfiled = box.addButton(QCoreApplication.translate("LicensePage", "有未报送的"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(filed)
    box.exec()
    clicked = box.clickedButton()
    if clicked is filed:
        return True
    if clicked is unfiled:
        return False
    return None
