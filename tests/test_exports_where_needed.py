"""The checklist export where the checklist is (step 4, the Excel menu, a procedure's window,
with Ctrl+E and Ctrl+I), what each export offers afterwards (打开文件 / 打开所在文件夹), and where
every file dialog starts and what it proposes."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app import config
from app.domain.file_names import proposed_name
from app.operations import cases as ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.storage import cases as case_rows
from app.ui import excel_actions
from app.ui.main_window import MainWindow
from app.ui.procedures.procedure_dialog import ProcedureDialog
from app.ui.reminders import ics_export
from app.ui.widgets import export_done, file_places
from app.ui.wizard.renewal_wizard import CHECKLIST, RenewalWizard
from tests.excel_helpers import first_item_row, staff_edit

TODAY = date(2026, 12, 5)
COMPANY = "北京示例呼叫服务有限公司"


class SaveDialog:
    """QFileDialog.getSaveFileName answered with a file in ``folder`` (the proposed name when
    ``name`` is None); every question asked is kept."""

    def __init__(self, monkeypatch, folder: Path | None, name: str | None = None):
        self.asked: list[tuple[str, str]] = []
        self.folder, self.name = folder, name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, parent, caption, proposed, filter_text):
        self.asked.append((caption, proposed))
        if self.folder is None:
            return "", filter_text
        return str(self.folder / (self.name or Path(proposed).name)), filter_text


@pytest.fixture
def license_id(store, valid_license_input):
    license_id = license_ops.add_license(store, valid_license_input).id
    for year in (2023, 2024, 2025, 2026):
        license_ops.record_annual_report(store, license_id, year=year, filed_on=date(year, 3, 1))
    return license_id


@pytest.fixture
def window(qtbot, store, license_id):
    shown = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.finish_setup()
    return shown


def wizard_at_step_4(qtbot, window, license_id) -> RenewalWizard:
    wizard = window.open_procedure(license_id, "renewal")
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    for box in wizard.checks_page.ticks.values():
        box.setChecked(True)
    while wizard.currentId() < CHECKLIST:
        wizard.next()
    return wizard


def press_in(qtbot, window, key) -> None:
    """Ctrl+key in ``window``, once it is the active window (a shortcut belongs to its window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


# ------------------------------------------------------------------ file names
def test_a_proposed_name_is_company_procedure_and_date_made_safe_for_windows():
    assert proposed_name(COMPANY, "续期材料清单", "2026-12-05", suffix=".xlsx") == \
        "北京示例呼叫服务有限公司-续期材料清单-2026-12-05.xlsx"
    assert proposed_name('A/B:"C"*?<>|', "", "x. ", suffix=".ics") == "A_B__C______-x.ics"
    assert proposed_name("con", suffix=".zip") == "_con.zip"                     # a device name
    assert proposed_name("\u202e公司\u0007", "清单", suffix=".xlsx") == "公司-清单.xlsx"  # invisible, control
    long = proposed_name("公司" * 200, "续期材料清单", "2026-12-05", suffix=".xlsx")
    assert long.endswith("-续期材料清单-2026-12-05.xlsx") and len(long.encode()) <= 150


def test_a_company_with_two_licenses_gets_the_number_in_the_name(store, license_id, valid_license_input):
    case = ops.start_case(store, license_id, "renewal")
    assert excel_actions.checklist_file_name(store, case, today=TODAY) == f"{COMPANY}-续期材料清单-2026-12-05.xlsx"
    license_ops.add_license(store, {**valid_license_input, "number": "B2-20190351", "scope": "national"})
    assert excel_actions.checklist_file_name(store, case, today=TODAY) == \
        f"{COMPANY}-京B2-20190350-续期材料清单-2026-12-05.xlsx"


def test_a_case_gives_its_short_title(store, license_id):
    renewal = ops.start_case(store, license_id, "renewal")
    report = ops.start_case(store, license_id, "annual_report", report_year=2027)
    change = ops.start_case(store, license_id, "change", change_kind="entity", trigger_date=date(2026, 11, 2))
    assert [excel_ops.short_title(c) for c in (renewal, report, change)] == ["续期", "2027年年报", "经营主体变更"]


# ------------------------------------------------------------------ where dialogs start
def test_the_checklist_export_starts_in_documents_then_in_the_folder_last_used(
        qtbot, store, license_id, monkeypatch, tmp_path, documents_folder, export_question):
    case = ops.start_case(store, license_id, "renewal")
    usb = tmp_path / "U盘"
    usb.mkdir()
    dialog = SaveDialog(monkeypatch, usb)
    written = excel_actions.export_case_dialog(None, store, case.id, today=TODAY)
    assert dialog.asked[0][1] == str(documents_folder / f"{COMPANY}-续期材料清单-2026-12-05.xlsx")
    assert written == usb / f"{COMPANY}-续期材料清单-2026-12-05.xlsx" and written.exists()
    assert config.remembered_folder(file_places.CHECKLIST) == usb
    excel_actions.export_case_dialog(None, store, case.id, today=TODAY)
    assert Path(dialog.asked[1][1]).parent == usb                            # remembered
    excel_actions.export_dashboard_dialog(None, store, today=TODAY)
    assert dialog.asked[2][1] == str(documents_folder / "许可证一览-2026-12-05.xlsx")   # its own kind
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, caption, folder, f: opened.append(folder) or ("", ""))
    assert excel_actions.import_checklist_dialog(None, store) is None
    assert opened == [str(usb)]                      # staff's file comes back where it went
    assert len(export_question.asked) == 3


def test_a_remembered_folder_that_is_gone_starts_in_documents(documents_folder, tmp_path):
    config.remember_folder(file_places.BACKUP, tmp_path / "拔掉的U盘")
    assert file_places.start_folder(file_places.BACKUP) == documents_folder
    (tmp_path / "拔掉的U盘").mkdir()
    assert file_places.start_folder(file_places.BACKUP) == tmp_path / "拔掉的U盘"


def test_the_folders_are_kept_in_the_config_file_not_in_the_database(store, tmp_path):
    file_places.remember(file_places.ATTACHMENTS, tmp_path / "扫描件" / "营业执照.pdf")
    file_places.remember(file_places.CALENDAR, tmp_path)                      # a folder itself
    assert config.load_config()["folders"] == {"attachments": str(tmp_path / "扫描件"),
                                               "calendar": str(tmp_path)}
    assert store.query("SELECT count(*) FROM settings WHERE value LIKE ?", (f"%{tmp_path}%",))[0][0] == 0


def test_a_name_typed_without_its_suffix_gets_it(qtbot, monkeypatch, tmp_path):
    SaveDialog(monkeypatch, tmp_path, "清单")
    chosen = file_places.ask_save_path(None, file_places.CHECKLIST, caption="x", file_name="a.xlsx",
                                       filter_text="*.xlsx")
    assert chosen == tmp_path / "清单.xlsx"


def test_attachments_start_where_the_last_ones_came_from(qtbot, monkeypatch, tmp_path, documents_folder):
    scans = tmp_path / "扫描件"
    scans.mkdir()
    asked = []

    def files(parent, caption, folder, filter_text):
        asked.append(folder)
        return [str(scans / "营业执照.pdf")], filter_text

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)
    for _ in range(2):
        file_places.ask_open_paths(None, file_places.ATTACHMENTS, caption="x", filter_text="*")
    assert asked == [str(documents_folder), str(scans)]


# ------------------------------------------------------------------ after an export
@pytest.mark.parametrize(("answer", "opened"), [(export_done.OPEN_FILE, "file"), (export_done.OPEN_FOLDER, "folder"),
                                                 (None, None)])
def test_after_an_export_the_file_or_its_folder_can_be_opened(qtbot, store, license_id, monkeypatch, tmp_path,
                                                              export_question, answer, opened):
    case = ops.start_case(store, license_id, "renewal")
    SaveDialog(monkeypatch, tmp_path)
    export_question.answer = answer
    written = excel_actions.export_case_dialog(None, store, case.id, today=TODAY)
    title, text = export_question.asked[0]
    assert title == "已导出" and str(written) in text
    expected = {"file": [str(written)], "folder": [str(tmp_path)], None: []}[opened]
    assert export_question.opened == expected


def test_the_message_after_an_export_has_both_buttons(qtbot):
    box, choices = export_done.exported_box(None, title="已导出", text="材料清单已保存到：x")
    qtbot.addWidget(box)
    assert sorted(button.text() for button in box.buttons()) == sorted(["打开文件", "打开所在文件夹", "关闭"])
    assert sorted(choices.values()) == [export_done.OPEN_FILE, export_done.OPEN_FOLDER]
    assert box.defaultButton().text() == "关闭"


def test_a_file_nothing_can_open_is_told(qtbot, monkeypatch, tmp_path):
    told = []
    monkeypatch.setattr(export_done.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: told.append(text)))
    assert not export_done.open_path(None, tmp_path / "x.ics")
    assert "文件已保存" in told[0]


def test_the_dashboard_and_calendar_exports_offer_the_same(qtbot, store, license_id, monkeypatch, tmp_path,
                                                          documents_folder, export_question):
    dialog = SaveDialog(monkeypatch, tmp_path)
    export_question.answer = export_done.OPEN_FOLDER
    excel_actions.export_dashboard_dialog(None, store, today=TODAY)
    job = ics_export.export_calendar_interactively(None, store, today=TODAY)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: len(export_question.asked) == 2)
    assert dialog.asked[1][1] == str(documents_folder / "许可证期限-2026-12-05.ics")
    assert (tmp_path / "许可证期限-2026-12-05.ics").exists()
    assert export_question.opened == [str(tmp_path), str(tmp_path)]


# ------------------------------------------------------------------ step 4 of the wizard
def test_step_4_exports_the_checklist_with_a_click_and_with_ctrl_e(qtbot, window, license_id, monkeypatch,
                                                                   tmp_path, export_question):
    wizard = wizard_at_step_4(qtbot, window, license_id)
    page = wizard.checklist_page
    assert page.export_button.isVisible() and page.export_button.isEnabled()
    assert page.import_button.isEnabled()
    assert "Ctrl+E" in page.export_button.toolTip()
    dialog = SaveDialog(monkeypatch, tmp_path)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / f"{COMPANY}-续期材料清单-2026-12-05.xlsx"
    assert written.exists() and len(export_question.asked) == 1
    written.unlink()
    with qtbot.waitSignal(wizard.export_requested):             # the step's own key, not the menu's
        press_in(qtbot, wizard, Qt.Key.Key_E)
    qtbot.waitUntil(written.exists)
    assert len(dialog.asked) == 2
    wizard.reject()


def test_step_4_imports_the_staff_file_and_shows_it_at_once(qtbot, store, window, license_id, monkeypatch, tmp_path):
    wizard = wizard_at_step_4(qtbot, window, license_id)
    case_id = wizard.case_id
    path = excel_ops.export_case(store, case_id, tmp_path / "清单.xlsx")
    staff_edit(path, {(first_item_row(path), "owner"): "王五"})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    monkeypatch.setattr(excel_actions.ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: None))
    with qtbot.waitSignal(wizard.import_requested):
        press_in(qtbot, wizard, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: wizard.checklist.model.entry(0).item.owner == "王五")   # the table read again
    assert case_rows.items_for_case(store, case_id)[0].owner == "王五"
    wizard.reject()


def test_step_4_without_an_exporter_says_so(qtbot, store, license_id):
    wizard = RenewalWizard(store, license_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    for box in wizard.checks_page.ticks.values():
        box.setChecked(True)
    while wizard.currentId() < CHECKLIST:
        wizard.next()
    page = wizard.checklist_page
    assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
    assert "尚未接入" in page.excel_note.text()


# ------------------------------------------------------------------ the Excel menu
def test_the_excel_menu_has_export_and_import_with_their_keys(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Excel(&X)")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["导出材料清单…", "导入员工填写的清单…", "导出许可证一览…"]
    assert window.export_checklist_action.shortcut().toString() == "Ctrl+E"
    assert window.import_checklist_action.shortcut().toString() == "Ctrl+I"


def test_the_menu_exports_the_case_of_the_license_on_screen(qtbot, store, window, license_id, monkeypatch,
                                                            tmp_path):
    ops.start_case(store, license_id, "renewal")
    window.open_license(license_id)
    SaveDialog(monkeypatch, tmp_path)
    window.export_checklist_action.trigger()
    assert (tmp_path / f"{COMPANY}-续期材料清单-2026-12-05.xlsx").exists()


def test_the_menu_asks_which_case_when_several_are_under_way(qtbot, store, window, license_id, monkeypatch,
                                                             tmp_path):
    ops.start_case(store, license_id, "renewal")
    ops.start_case(store, license_id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 2))
    window.dashboard.table.selectRow(0)                       # on the dashboard: the selected license
    offered = []

    def choose(parent, cases):
        offered.extend(excel_actions.case_choice_label(c) for c in cases)
        return next(c for c in cases if c.procedure == "change")

    monkeypatch.setattr(excel_actions, "choose_case", choose)
    SaveDialog(monkeypatch, tmp_path)
    window.export_checklist()
    assert sorted(offered) == sorted(["续期（准备中）", "法定代表人变更（2026-11-02 起算，准备中）"])
    assert (tmp_path / f"{COMPANY}-法定代表人变更材料清单-2026-12-05.xlsx").exists()


def test_the_menu_without_a_case_or_a_license_explains(qtbot, window, license_id, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    window.dashboard.table.clearSelection()
    window.dashboard.table.setCurrentIndex(window.dashboard.model.index(-1, -1))
    assert window.export_checklist() is None
    assert "先在总览中选中一张许可证" in window.statusBar().currentMessage()
    window.open_license(license_id)
    assert window.export_checklist() is None
    assert "没有正在办理的事项" in told[0]


# ------------------------------------------------------------------ a procedure's window
def test_a_procedures_window_imports_with_ctrl_i(qtbot, store, window, license_id, monkeypatch, tmp_path):
    case = ops.start_case(store, license_id, "replacement")
    dialog = window.open_procedure(license_id, "replacement")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ProcedureDialog) and dialog.import_button.isEnabled()
    path = excel_ops.export_case(store, case.id, tmp_path / "补办.xlsx")
    staff_edit(path, {(first_item_row(path), "state"): "已准备"})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    monkeypatch.setattr(excel_actions.ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: None))
    press_in(qtbot, dialog, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: dialog.checklist.model.entry(0).item.state == "ready")
    dialog.reject()


def test_documents_that_do_not_exist_start_in_the_home_folder(monkeypatch, tmp_path):
    """Qt names ~/Documents even where there is none; a file dialog given a missing folder opens
    in the program's working folder, so the home folder is used instead."""
    import importlib

    from PySide6.QtCore import QStandardPaths

    from app.ui.widgets import file_places

    real = importlib.reload(file_places).documents_folder       # the conftest stands in for it
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    missing = home / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(missing))
    assert real() == home
    missing.mkdir()
    assert real() == missing
