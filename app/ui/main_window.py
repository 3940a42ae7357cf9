"""The main window on one database: the first-run page, the dashboard, a license's page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget

from app.operations import dashboard as dashboard_ops
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.widgets import shortcuts

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from app.ui.dashboard.dashboard_page import DashboardPage

KEEP_ROWS_DELAY_MS = 1000       # computed dashboard rows are kept this long after a refresh
SETUP_AFTER_PAINT_MS = 50       # the menus' shortcuts: once the window is on screen
DEFAULT_SIZE = (1180, 720)      # room for the dashboard's columns


class MainWindow(QMainWindow):
    """Pages in a stack, each built when first needed: a first start shows the first-run page
    without building the dashboard, a later one the dashboard without the first-run page.

    ``renewal_requested(license_id)`` is emitted when the user asks to start a renewal; the
    window then opens the renewal wizard. Dialogs are imported when first opened, so that the
    start does not pay for them.
    """

    renewal_requested = Signal(int)
    first_painted = Signal()        # once, just after the window's first paint (all of it)

    def __init__(self, store: Store, parent=None, *, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.setWindowTitle(self.tr("许可证管家"))
        self.resize(*DEFAULT_SIZE)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._dashboard = None
        self._empty_page = None
        self._license_page = None
        self._rows_to_keep = None
        self._painted = False
        self.setup_finished = False
        self._shortcuts: list[tuple[QAction, str]] = []     # set by finish_setup
        self._build_menus()
        self.stack.currentChanged.connect(self._page_changed)
        self.statusBar().showMessage(self.tr("数据库：%1").replace("%1", str(store.path)))
        self.refresh()

    @property
    def dashboard(self) -> DashboardPage:
        if self._dashboard is None:
            from app.ui.dashboard.dashboard_page import DashboardPage

            self._dashboard = DashboardPage(archived_source=self._archived_lines)
            self._dashboard.open_requested.connect(self.open_license)
            self._dashboard.add_requested.connect(self.new_license)
            self._dashboard.remove_examples_requested.connect(self.remove_examples)
            self._dashboard.delete_requested.connect(self.delete_license)
            self._dashboard.archive_requested.connect(self.archive_license)
            self._dashboard.unarchive_requested.connect(self.unarchive_license)
            self.stack.addWidget(self._dashboard)
        return self._dashboard

    @property
    def model(self):
        return self.dashboard.model

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        licenses = self.menuBar().addMenu(self.tr("许可证(&L)"))
        self.add_action = self._action(licenses, self.tr("添加许可证…"), self.new_license, "New")
        self.delete_action = self._action(licenses, self.tr("删除许可证…"), self.delete_current_license)
        self.trash_action = self._action(licenses, self.tr("回收站…"), self.show_trash)
        licenses.addSeparator()
        self.load_examples_action = self._action(licenses, self.tr("载入示例数据"), self.load_examples)
        self.remove_examples_action = self._action(licenses, self.tr("移除示例数据"), self.remove_examples)
        licenses.addSeparator()
        self._action(licenses, self.tr("退出"), self.close, "Quit")

        view = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.overview_action = self._action(view, self.tr("返回总览"), self.show_dashboard, "Esc")
        self.overview_action.setEnabled(False)   # only on a license page: Esc means more elsewhere
        self.filter_action = self._action(view, self.tr("筛选…"), self.focus_filter, "Find")
        self._action(view, self.tr("刷新"), self.refresh, "Refresh")

        tools = self.menuBar().addMenu(self.tr("工具(&T)"))
        self.tools_menu = tools
        self.tool_actions: dict[str, QAction] = {}
        for key, text in (("reminders", self.tr("到期提醒…")),
                          ("export_ics", self.tr("导出日历（.ics）…")),
                          ("holidays", self.tr("节假日安排…")),
                          ("settings", self.tr("设置…"))):
            action = tools.addAction(text)
            self.tool_actions[key] = action
        self.tool_actions["reminders"].triggered.connect(self.show_reminders)
        self.tool_actions["export_ics"].triggered.connect(self.export_calendar)
        self.tool_actions["holidays"].triggered.connect(self.edit_holidays)
        self.tool_actions["settings"].triggered.connect(self.open_settings)

        excel = self.menuBar().addMenu(self.tr("Excel(&X)"))
        self.export_checklist_action = self._action(excel, self.tr("导出材料清单…"), self.export_checklist,
                                                    shortcuts.EXPORT_CHECKLIST)
        self.export_checklist_action.setStatusTip(self.tr("所选许可证（或打开的许可证页面）正在办理的事项的材料清单"))
        self.import_checklist_action = self._action(excel, self.tr("导入员工填写的清单…"), self.import_checklist,
                                                    shortcuts.IMPORT_CHECKLIST)
        excel.addSeparator()
        self.export_dashboard_action = self._action(excel, self.tr("导出许可证一览…"), self.export_dashboard)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.help_action = self._action(help_menu, self.tr("使用指南…"), self.show_help, "HelpContents")
        self.about_action = self._action(help_menu, self.tr("关于许可证管家…"), self.show_about)

    def _action(self, menu, text: str, slot, shortcut: str | None = None) -> QAction:
        """A menu entry; ``shortcut`` names a standard key ("New": every binding the platform
        has for it) or a key ("Esc"), set by ``finish_setup``."""
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        self.addAction(action)
        return action

    def finish_setup(self) -> None:
        """The menus' shortcuts, once the window is on screen: QKeySequence's Python class (with
        its 70 standard keys as a Python enum) takes a few ms to build, which the first paint
        need not wait for."""
        if self.setup_finished:
            return
        self.setup_finished = True
        from PySide6.QtGui import QKeySequence

        standard = QKeySequence.StandardKey.__members__
        for action, shortcut in self._shortcuts:
            # setShortcuts, not setShortcut: the latter's overloads build the Python enums of the
            # whole Qt namespace (see DashboardPage).
            action.setShortcuts(standard[shortcut] if shortcut in standard else [QKeySequence(shortcut)])

    # ------------------------------------------------------------------ pages
    def refresh(self) -> None:
        """Reread the licenses; show the first-run page when there are none."""
        today = self.today()
        result = dashboard_ops.dashboard_rows(self.store, today=today)
        rows = result.lines
        if rows or self._dashboard is not None:
            self.dashboard.set_rows(rows)
        if result.computed:
            # Kept for the next start, once this one has painted (see app.storage.dashboard_cache).
            self._rows_to_keep = (result, today)
            QTimer.singleShot(KEEP_ROWS_DELAY_MS, self._keep_rows)
        has_examples = any(row.is_example for row in rows)
        self.remove_examples_action.setEnabled(has_examples)
        self.load_examples_action.setEnabled(not has_examples)
        if self._on_license_page():
            return
        # Only archived licenses left: the dashboard, where a search or 已归档 finds them.
        shown = rows or dashboard_ops.has_archived(self.store)
        self.stack.setCurrentWidget(self.dashboard if shown else self.empty_page())

    def _keep_rows(self) -> None:
        if self._rows_to_keep is not None:
            result, today = self._rows_to_keep
            self._rows_to_keep = None
            dashboard_ops.keep_dashboard(self.store, result, today=today)

    def empty_page(self):
        if self._empty_page is None:
            from app.ui.dashboard.empty_state_page import EmptyStatePage

            self._empty_page = EmptyStatePage()
            self._empty_page.add_requested.connect(self.new_license)
            self._empty_page.examples_requested.connect(self.load_examples)
            self.stack.addWidget(self._empty_page)
        return self._empty_page

    def license_page(self):
        if self._license_page is None:
            from app.ui.license.license_page import LicensePage

            self._license_page = LicensePage(self.store, today=self.today)
            self._license_page.back_requested.connect(self.show_dashboard)
            self._license_page.saved.connect(self._license_saved)
            self._license_page.renewal_requested.connect(self.renewal_requested)
            self._license_page.renewal_requested.connect(
                lambda license_id: self.open_procedure(license_id, "renewal"))
            self._license_page.procedure_requested.connect(self.open_procedure)
            self._license_page.delete_requested.connect(self.delete_license)
            self.stack.addWidget(self._license_page)
        return self._license_page

    def _on_license_page(self) -> bool:
        return self._license_page is not None and self.stack.currentWidget() is self._license_page

    def _leave_license_page(self) -> bool:
        return not self._on_license_page() or self._license_page.can_leave()

    def open_license(self, license_id: int) -> None:
        if not self._leave_license_page():
            return
        page = self.license_page()
        if page.open_license(license_id):
            self.stack.setCurrentWidget(page)
        else:
            self.refresh()
            self.statusBar().showMessage(self.tr("这张许可证已不存在（可能已被删除）。"), 8000)

    def new_license(self) -> None:
        if not self._leave_license_page():
            return
        page = self.license_page()
        self.stack.setCurrentWidget(page)
        page.new_license()

    def show_dashboard(self) -> None:
        if not self._on_license_page():
            return
        if not self._license_page.can_leave():
            return
        shown = self._license_page.license_id
        self.stack.setCurrentWidget(self.dashboard)
        self.refresh()
        if shown is not None:
            self.dashboard.select_license(shown)
            QTimer.singleShot(0, self.offer_autostart)
        self.dashboard.table.setFocus()

    def _page_changed(self, _index: int) -> None:
        self.overview_action.setEnabled(self._on_license_page())

    def focus_filter(self) -> None:
        if not self._leave_license_page():
            return
        if self.stack.currentWidget() is not self.dashboard:
            self.stack.setCurrentWidget(self.dashboard)
            self.refresh()
        self.dashboard.focus_filter()

    def _license_saved(self, license_id: int) -> None:
        self.refresh()
        self.dashboard.select_license(license_id)

    def offer_autostart(self) -> None:
        """Once, back on the overview after the first license was saved: start at login, into
        the tray? (Not at the save itself: the past annual reports are asked about then.)"""
        from app.ui.settings.autostart_question import offer_once

        said = offer_once(self, self.store)
        if said:
            self.statusBar().showMessage(said, 10_000)

    def refresh_all(self) -> None:
        """After a change made in a dialog: the dashboard, and the license page if it shows."""
        self.refresh()
        if self._on_license_page():
            self._license_page.refresh_details()

    # ------------------------------------------------------------------ procedures
    def open_procedure(self, license_id: int, procedure: str):
        """The renewal wizard or another procedure's checklist, resumed or started."""
        from app.ui.procedures.procedure_dialog import open_procedure

        dialog = open_procedure(self.store, license_id, procedure, self, today=self.today(),
                                on_export=self.export_case, on_import=self.import_into_case)
        if dialog is not None:
            dialog.finished.connect(lambda _result: self.refresh_all())
        return dialog

    def _dialog_parent(self):
        """The window the user is in: a wizard or procedure window open over this one, else this."""
        from PySide6.QtWidgets import QApplication

        return QApplication.activeModalWidget() or self

    def export_case(self, case_id: int):
        from app.ui.excel_actions import export_case_dialog

        return export_case_dialog(self._dialog_parent(), self.store, case_id, today=self.today())

    def import_into_case(self, case_id: int):
        """A staff-edited checklist of ``case_id`` (another case's file is refused)."""
        from app.ui.excel_actions import import_checklist_dialog

        changed = import_checklist_dialog(self._dialog_parent(), self.store, case_id=case_id)
        if changed:
            self.refresh_all()
        return changed

    # ------------------------------------------------------------------ tools
    def show_reminders(self):
        from app.ui.reminders.reminders_dialog import open_reminders

        dialog = open_reminders(self, self.store, today=self.today())
        dialog.license_requested.connect(self.open_license)
        return dialog

    def show_start_reminders(self) -> bool:
        """At start, what falls due within the lead times (and a tray notice where there is one);
        nothing once the window is closed (its database may be closed too)."""
        if not self.isVisible():
            return False
        from app.ui.reminders.reminders_dialog import show_start_reminders

        return show_start_reminders(self, self.store, today=self.today(), on_license=self.open_license)

    def export_calendar(self):
        from app.ui.reminders.ics_export import export_calendar_interactively

        return export_calendar_interactively(self, self.store, today=self.today())

    def edit_holidays(self):
        from PySide6.QtCore import Qt

        from app.ui.settings.holidays_dialog import HolidaysDialog

        dialog = HolidaysDialog(self.store, parent=self)
        dialog.schedules_changed.connect(self.refresh_all)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self, tab: str | None = None):
        """Settings, on its ``tab`` ("general", "notifications") if given."""
        from PySide6.QtCore import Qt

        from app.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if tab is not None:
            dialog.show_tab(tab)
        dialog.open()
        return dialog

    def show_help(self, section: str = ""):
        """The built-in guide (F1), at the section whose title contains ``section``."""
        from PySide6.QtCore import Qt

        from app.ui.help.help_dialog import HelpDialog

        dialog = HelpDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if section:
            dialog.show_titled(section)
        dialog.show()
        return dialog

    def show_about(self):
        from PySide6.QtCore import Qt

        from app.ui.help.about_dialog import AboutDialog

        dialog = AboutDialog(self.store.path.parent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_checklist(self):
        """The checklist of the case on screen: the license shown (or selected on the dashboard),
        its case under way, or the one picked when several are."""
        license_id = self.current_license_id()
        if license_id is None:
            self.statusBar().showMessage(self.tr("先在总览中选中一张许可证，或打开它的页面，再导出它的材料清单。"), 8000)
            return None
        from app.ui.excel_actions import export_license_checklist_dialog

        return export_license_checklist_dialog(self, self.store, license_id, today=self.today())

    def export_dashboard(self):
        from app.ui.excel_actions import export_dashboard_dialog

        return export_dashboard_dialog(self, self.store, today=self.today())

    def import_checklist(self):
        from app.ui.excel_actions import import_checklist_dialog

        changed = import_checklist_dialog(self, self.store)
        if changed:
            self.refresh_all()
        return changed

    # ------------------------------------------------------------------ putting mistakes right
    def _archived_lines(self):
        return dashboard_ops.archived_lines(self.store, today=self.today())

    def current_license_id(self) -> int | None:
        """The license shown (on its page) or selected (on the dashboard)."""
        if self._on_license_page():
            return self._license_page.license_id
        if self._dashboard is not None and self.stack.currentWidget() is self._dashboard:
            index = self._dashboard.table.currentIndex()
            if index.isValid():
                return self._dashboard.model.row(index.row()).license_id
        return None

    def delete_current_license(self) -> None:
        license_id = self.current_license_id()
        if license_id is None:
            self.statusBar().showMessage(self.tr("先在总览中选中一张许可证，或打开它的页面。"), 8000)
            return
        self.delete_license(license_id)

    def delete_license(self, license_id: int) -> bool:
        from app.ui.license import license_actions

        told = license_actions.delete_license(self, self.store, license_id)
        if not told:
            return False
        if self._on_license_page() and self._license_page.license_id == license_id:
            self._license_page.form.mark_clean()
            self.stack.setCurrentWidget(self.dashboard)
        self.refresh()
        self.statusBar().showMessage(told, 15000)
        return True

    def archive_license(self, license_id: int) -> bool:
        from app.ui.license import license_actions

        told = license_actions.archive_license(self, self.store, license_id, today=self.today())
        if told:
            self.refresh_all()
            self.statusBar().showMessage(told, 15000)
        return bool(told)

    def unarchive_license(self, license_id: int) -> bool:
        from app.ui.license import license_actions

        told = license_actions.unarchive_license(self, self.store, license_id, today=self.today())
        if told:
            self.refresh_all()
            self.statusBar().showMessage(told, 15000)
        return bool(told)

    def show_trash(self):
        from PySide6.QtCore import Qt

        from app.ui.trash.trash_dialog import TrashDialog

        dialog = TrashDialog(self.store, self)
        dialog.trash_changed.connect(self.refresh_all)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ example data
    def load_examples(self) -> None:
        from app.operations import examples as example_ops

        try:
            added = example_ops.load_example_data(self.store, today=self.today())
        except StorageError as error:
            self._storage_error(self.tr("无法载入示例数据"), error)
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("已载入 %n 张示例许可证。", "", len(added)), 8000)

    def remove_examples(self) -> None:
        from app.operations import examples as example_ops

        if self._on_license_page():
            from app.operations import licenses as license_ops

            current = license_ops.get_license(self.store, self._license_page.license_id or -1)
            if current is not None and current.is_example:
                self._license_page.form.mark_clean()
                self.stack.setCurrentWidget(self.dashboard)
        try:
            removed = example_ops.remove_example_data(self.store)
        except StorageError as error:
            self._storage_error(self.tr("无法移除示例数据"), error)
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("已移除 %n 张示例许可证及其记录。", "", removed), 8000)

    def _storage_error(self, title: str, error: StorageError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, title, str(error))

    def paintEvent(self, event):  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            # The window paints before its children, all in this turn of the event loop.
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(SETUP_AFTER_PAINT_MS, self.finish_setup)

    def closeEvent(self, event):  # noqa: N802
        if self._close_dialogs() and self._leave_license_page():
            event.accept()
        else:
            event.ignore()

    def _close_dialogs(self) -> bool:
        """Close each window still open over this one (a wizard, a procedure) as its own close
        button would, asking about anything typed; False when one stays open."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
                if dialog.isVisible():
                    return False
        return True
