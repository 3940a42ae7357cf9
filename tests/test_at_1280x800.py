"""On a 1280×800 screen, in Chinese and in English, nothing is cut off: the main window, a
license page (a new one too) and every page of the renewal wizard. A button, a choice, a box
to tick or a one-line label is at least as wide as its text asks; a deadline's name in the
timeline takes the lines it needs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QWidget,
    QWizard,
)

from app.operations import examples as example_ops
from app.operations import licenses as license_ops
from app.ui import i18n
from app.ui.license import deadline_timeline as tl
from app.ui.widgets.form_widgets import FieldMessage, NoteLine

TODAY = date(2026, 11, 22)
SCREEN = (1280, 800)
WIZARD = (1280, 760)            # the wizard's own size: a title bar above it still fits


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    assert i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def cut_off(root: QWidget) -> list[str]:
    """The widgets under ``root`` narrower than their text: which, and their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, NoteLine | FieldMessage):
            continue                            # (a message line ends in … by design, whole in its tip)
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text() or widget.pixmap()):
            continue
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue                            # an icon's button (a date field's calendar)
        if not isinstance(widget, QAbstractButton | QComboBox | QLabel):
            continue
        needed = combo_width(widget) if isinstance(widget, QComboBox) else (
            widget.minimumSizeHint().width() if isinstance(widget, QLabel) else widget.sizeHint().width() - 2)
        if widget.width() < needed:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed}")
    return found


def combo_width(combo: QComboBox) -> int:
    """How wide the combo box must be to show its current choice whole (its arrow and frame
    take some 22 pixels beside the text)."""
    return combo.fontMetrics().horizontalAdvance(combo.currentText() or combo.placeholderText()) + 22


def names_cut_in_the_timeline(timeline: tl.DeadlineTimeline) -> list[str]:
    tree = timeline.tree
    width = tree.columnWidth(tl.WHAT) - tl.WrappingDelegate.MARGIN
    found = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        needed = QFontMetrics(item.font(tl.WHAT)).boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text(tl.WHAT)).height()
        if tree.visualItemRect(item).height() < needed:
            found.append(item.text(tl.WHAT))
    return found


@pytest.fixture
def window(qtbot, store, language):
    from app.ui.main_window import MainWindow

    example_ops.load_example_data(store, today=TODAY)
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: w.license_page().form.mark_clean())
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_dashboard_and_every_license_page(qtbot, store, window, valid_license_input):
    license_ops.add_license(store, {**valid_license_input, "number": "京B2-20190351"})    # no 出资方式
    window.refresh()
    assert cut_off(window) == []
    for license in license_ops.all_licenses(store):
        window.open_license(license.id)
        page = window.license_page()
        qtbot.wait(10)                         # the timeline's rows measured at their width
        assert cut_off(window) == [], license.number
        assert names_cut_in_the_timeline(page.timeline) == [], license.number


def test_a_new_license(qtbot, window):
    window.new_license()
    page = window.license_page()
    page.form.editors["issued"].setText("2023-06-01")
    page.save()
    assert page.form.editors["capital_kind"].currentIndex() == 0           # “(出资方式未填)”, whole
    qtbot.wait(10)                             # laid out again
    assert cut_off(window) == []


def test_every_page_of_the_wizard(qtbot, store, language):
    from app.ui.wizard.renewal_wizard import RenewalWizard

    example_ops.load_example_data(store, today=TODAY)
    wizard = RenewalWizard(store, license_ops.find_license(store, "京B2-20190350").id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(*WIZARD)
    wizard.show()
    qtbot.waitExposed(wizard)
    while True:
        assert cut_off(wizard) == [], wizard.currentId()
        for tick in getattr(wizard.currentPage(), "ticks", {}).values():
            tick.setChecked(True)
        if wizard.nextId() < 0:
            break
        wizard.button(QWizard.WizardButton.NextButton).click()


def test_the_checklists_refusal_to_move_on_is_read_whole(qtbot, store, language):
    """不适用 chosen without a reason, another row clicked: the message under the reason says
    what to do whole, not ended with … (its line is kept for it: nothing moves)."""
    from app.ui.wizard.renewal_wizard import CHECKLIST, RenewalWizard

    example_ops.load_example_data(store, today=TODAY)
    wizard = RenewalWizard(store, license_ops.find_license(store, "京B2-20190350").id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(*WIZARD)
    wizard.show()
    qtbot.waitExposed(wizard)
    while wizard.currentId() != CHECKLIST:
        for tick in getattr(wizard.currentPage(), "ticks", {}).values():
            tick.setChecked(True)
        wizard.button(QWizard.WizardButton.NextButton).click()
    view = wizard.checklist
    row = next(r for r in range(view.model.rowCount()) if view.model.entry(r).item.state != "not_applicable")
    view.select_item(view.model.entry(row).item.id)
    editor = view.editor
    editor.state.setCurrentIndex(editor.state.findData("not_applicable"))
    assert not view.can_leave()
    message = editor.reason_message
    qtbot.waitUntil(lambda: message.isVisible() and message.width() > 1)
    assert message.message()
    assert message.text() == message.message(), (message.width(), message.message())
    editor.state.setCurrentIndex(editor.state.findData(view.model.entry(row).item.state))   # closes as it was
