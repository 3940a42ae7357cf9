"""The checklist as a user works through it: the editor's controls stay where they are whatever
the item, a due date after the case's day to act by is named, the 补正 dialog and step 5 use
their room."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWizard

from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.operations import steps
from app.ui.checklist.checklist_view import ChecklistView
from app.ui.procedures.correction_dialog import CorrectionDialog
from app.ui.wizard.renewal_wizard import CHECKLIST, SUMMARY, RenewalWizard
from tests.typing_helpers import type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def license_id(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input).id      # 有效期至 2027-03-14


@pytest.fixture
def view(qtbot, store, license_id):
    case_id = ops.start_case(store, license_id, "renewal").id
    view = ChecklistView(store, case_id, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    qtbot.waitExposed(view)
    return view


def controls(view):
    editor = view.editor
    return {"state": editor.state, "undo": editor.undo_button, "reason": editor.reason, "owner": editor.owner,
            "due": editor.due, "note": editor.note, "attachments": editor.attachments,
            "attach": editor.attach_button}


def places(view) -> dict[str, QRect]:
    return {name: QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()) for name, widget in controls(view).items()}


def test_the_editors_controls_stay_put_whatever_the_item(qtbot, store, view):
    descriptions = [len(entry.item.description) for entry in (view.model.entry(r) for r in range(view.model.rowCount()))]
    longest, shortest = descriptions.index(max(descriptions)), descriptions.index(min(descriptions))
    assert max(descriptions) > 2 * min(descriptions)
    view.table.selectRow(longest)
    before = places(view)
    view.table.selectRow(shortest)
    assert places(view) == before
    view.editor.state.setCurrentIndex(view.editor.state.findData("not_applicable"))     # no reason yet
    assert view.editor.reason_message.isVisible() and view.editor.reason.isEnabled()
    assert places(view) == before
    type_text(view.editor.due, "下周五")
    qtbot.keyClick(view.editor.due, Qt.Key.Key_Return)
    assert view.editor.due_message.isVisible()
    assert places(view) == before


def test_a_due_date_after_the_cases_day_to_act_by_is_named(qtbot, store, view):
    editor = view.editor
    act_by = ops.case_obligation(store, ops.get_case(store, view.case_id), today=TODAY).act_by
    assert act_by == date(2026, 12, 14)
    type_text(editor.due, "2026-12-10")
    qtbot.keyClick(editor.due, Qt.Key.Key_Return)
    assert not editor.due_hint.isVisible()
    editor.due.clear()
    type_text(editor.due, "2027-01-15")
    qtbot.keyClick(editor.due, Qt.Key.Key_Return)
    assert ops.case_items(store, view.case_id)[0].due_date == date(2027, 1, 15)       # said, not refused
    assert editor.due_hint.isVisible()
    assert editor.due_hint.message() == "晚于本事项最后可办理日 2026-12-14"


def test_the_correction_dialog_has_no_gaps(qtbot, store, license_id):
    case_id = ops.start_case(store, license_id, "renewal").id
    steps.submit(store, case_id, on=TODAY, today=TODAY)
    dialog = CorrectionDialog(store, case_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def top(widget):
        return widget.mapTo(dialog, QPoint(0, 0)).y()

    def bottom(widget):
        return top(widget) + widget.height()

    assert top(dialog.reply_by) - bottom(dialog.notice_date) < 40
    assert top(dialog.requested) - bottom(dialog.reply_by) < 40
    assert top(dialog.items) - bottom(dialog.requested) < 60
    assert dialog.items.height() > dialog.height() / 3                          # the list takes the rest
    assert top(dialog.ok_button) - bottom(dialog.items) < 60


def test_step_5_lists_what_is_missing_in_the_room_it_has(qtbot, store, license_id):
    wizard = RenewalWizard(store, license_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    ops.set_wizard_step(store, wizard.case_id, SUMMARY)
    for _ in range(4):
        for tick in getattr(wizard.currentPage(), "ticks", {}).values():
            tick.setChecked(True)
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary_page
    assert summary.missing_title.text() == "还缺 14 项材料："
    assert summary.missing.topLevelItemCount() == 14
    assert summary.missing.height() > summary.height() / 2
    assert summary.missing.verticalScrollBar().maximum() == 0                   # all 14 in sight
    tenth = summary.missing.topLevelItem(9)
    rect = summary.missing.visualItemRect(tenth)
    qtbot.mouseClick(summary.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(summary.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == CHECKLIST
    assert wizard.checklist.current_item_id() == ops.case_items(store, wizard.case_id)[9].id
