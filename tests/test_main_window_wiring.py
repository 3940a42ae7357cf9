"""The main window opens every dialog built elsewhere: procedures, tools, Excel."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.operations import cases as ops
from app.operations import examples as example_ops
from app.operations import licenses as license_ops
from app.ui.main_window import MainWindow
from app.ui.procedures.procedure_dialog import ProcedureDialog
from app.ui.procedures.start_dialog import StartProcedureDialog
from app.ui.reminders.reminders_dialog import RemindersDialog
from app.ui.settings.holidays_dialog import HolidaysDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.wizard.renewal_wizard import RenewalWizard

TODAY = date(2026, 11, 22)


@pytest.fixture
def window(qtbot, store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    shown = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def open_first_license(qtbot, window):
    window.dashboard.table.selectRow(0)
    window.open_license(window.model.row(0).license_id)
    return window.license_page()


def test_every_tool_is_enabled_and_opens_its_dialog(qtbot, window):
    assert all(action.isEnabled() for action in window.tool_actions.values())
    window.tool_actions["reminders"].trigger()
    qtbot.waitUntil(lambda: window.findChild(RemindersDialog) is not None)
    window.tool_actions["holidays"].trigger()
    qtbot.waitUntil(lambda: window.findChild(HolidaysDialog) is not None)
    window.tool_actions["settings"].trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    for dialog in window.findChildren(QDialog):
        dialog.close()


def test_start_renewal_opens_the_wizard(qtbot, window):
    page = open_first_license(qtbot, window)
    with qtbot.waitSignal(window.renewal_requested):
        qtbot.mouseClick(page.renewal_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(RenewalWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "办理事项（1）")   # the open renewal is listed
    assert page.open_cases()[0].procedure == "renewal" and page.open_cases()[0].total == 14


def test_other_procedures_start_from_the_license_page(qtbot, window, monkeypatch):
    def accept(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(StartProcedureDialog, "exec", accept)
    page = open_first_license(qtbot, window)
    annual = next(a for a in page.procedures_button.menu().actions() if a.text() == "年报")
    annual.trigger()
    dialog = window.findChild(ProcedureDialog)
    assert dialog is not None and "年报" in dialog.windowTitle()
    dialog.reject()
    qtbot.waitUntil(lambda: any(c.procedure == "annual_report" for c in page.open_cases()))
    resume = page.findChild(type(page.save_button), f"resume-annual_report-{page.open_cases()[0].case_id}")
    assert resume is not None
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert len([d for d in window.findChildren(ProcedureDialog) if d.isVisible()]) == 1


def test_examples_with_cases_and_attachments_are_removed_in_one_step(qtbot, store, tmp_path):
    added = example_ops.load_example_data(store, today=TODAY)
    case = ops.start_case(store, added[0].id, "renewal")
    item = ops.case_items(store, case.id)[0]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF example")
    copy = ops.attachment_path(store, ops.attach_file(store, item.id, scan))
    assert copy.exists()
    assert example_ops.remove_example_data(store) == len(added)
    assert not copy.exists() and scan.exists()
    assert store.query("SELECT count(*) FROM cases")[0][0] == 0
