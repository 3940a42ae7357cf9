"""Every screen and dialog built in English shows no Chinese but data.

Data is what the user typed (the example licenses' names, addresses, notes, what a history line
quotes), the catalogue's texts (materials, their descriptions and sources, the self-check's
conditions and its informations), the rules' sources and explanatory notes, and what was
recorded in Chinese at the time (a history line the interface cannot word, a 回收站 entry's name,
the note a 补正 notice wrote on an item). Everything the
app itself writes must come through translation. Two exceptions, on purpose: each language is
named in itself (中文), and the English guide gives some Chinese names beside their English, in
brackets, for the user to recognise them on the certificate and in the group chats.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.event_wording import event_wording
from app.operations import cases as case_ops
from app.operations import examples as example_ops
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations import obligations as obligation_ops
from app.operations import steps
from app.operations import trash as trash_ops
from app.storage.database import Store
from app.ui import i18n
from app.ui.wizard.renewal_wizard import SUMMARY
from tests.english_screens import CJK, catalogue_texts, chinese, interface_texts, not_data

TODAY = date(2026, 11, 22)
NAMED_IN_ITSELF = ("中文",)            # the language choice: each language in its own words
# What the user pastes into the holiday schedule (the State Council's notice, or 休 and 班 lines):
# the paste dialog shows examples of it.
TYPED_SCHEDULE = ("“春节：2月10日至17日放假调休，共8天。2月7日（星期日）上班。”", "2027-02-10 至 2027-02-17 休",
                  "2027-02-07 班", "休 (", "班 (")
BESIDE_ITS_ENGLISH = re.compile(r"\([^()]*\)")


class World:
    """The example licenses, with procedures in each state a screen shows."""

    def __init__(self, store: Store):
        self.store = store
        example_ops.load_example_data(store, today=TODAY)
        licenses = {lic.company[:2]: lic.id for lic in license_ops.all_licenses(store)}
        self.beijing, self.shanghai, self.guangzhou = licenses["北京"], licenses["上海"], licenses["广州"]
        self.national = next(lic.id for lic in license_ops.all_licenses(store) if lic.scope == "national")
        self.renewal = case_ops.start_case(store, self.beijing, "renewal").id
        self.change = case_ops.start_case(store, self.shanghai, "change", change_kind="legal_rep",
                                          trigger_date=date(2026, 11, 2)).id
        steps.submit(store, self.change, on=date(2026, 11, 10), today=TODAY)
        self.report = case_ops.start_case(store, self.shanghai, "annual_report", report_year=2027).id
        self.corrected = case_ops.start_case(store, self.guangzhou, "cancellation").id
        steps.submit(store, self.corrected, on=date(2026, 11, 10), today=TODAY)
        first_item = case_ops.case_items(store, self.corrected)[0].id
        steps.record_correction(store, self.corrected, notice_date=date(2026, 11, 16), requested="补充用户善后方案",
                                item_ids=[first_item], today=TODAY)
        self.finished = case_ops.start_case(store, self.national, "replacement").id
        steps.submit(store, self.finished, on=date(2026, 11, 3), today=TODAY)
        steps.close_case(store, self.finished, closed_on=date(2026, 11, 12), today=TODAY)
        withdrawn = case_ops.start_case(store, self.national, "new_application").id
        steps.withdraw_case(store, withdrawn, reason="示例：不再申请", on=TODAY, today=TODAY)
        trash_ops.delete_case(store, withdrawn, backup=False)
        steps.submit(store, self.report, on=TODAY, today=TODAY)
        steps.take_back(store, self.report, today=TODAY)          # a step recorded by mistake
        guangzhou = license_ops.get_license(store, self.guangzhou)
        license_ops.update_license(store, self.guangzhou, {**guangzhou.as_dict(), "contact_person": "孙八",
                                                           "issued": guangzhou.issued.isoformat(),
                                                           "expiry": guangzhou.expiry.isoformat()})

    def data(self) -> set[str]:
        """Every Chinese text that is data on these screens."""
        store = self.store
        found = set(catalogue_texts()) | {entry.label for entry in trash_ops.entries(store)}
        calendar = holiday_ops.load_calendar(store)
        for license in license_ops.all_licenses(store):
            found.update(str(value) for value in license.as_dict().values() if isinstance(value, str))
            for event in license_ops.history(store, license.id):     # worded, but what the user typed
                wording = event_wording(event.kind, event.detail, event.summary, event.event_date)
                if wording is None:
                    found.add(event.summary)
                    continue
                values = wording[1]
                found.update(str(values[name]) for name in ("number", "requested", "reason", "note") if name in values)
                found.update(value for change in values.get("changes", ()) for value in change[1:])
            owed = obligation_ops.of_license(store, license, today=TODAY, calendar=calendar)
            found.update(o.note for o in owed.items if o.kind != "annual_report")
            found.update(o.source for o in owed.items)
            found.update(m.source for m in owed.milestones)
            for case in case_ops.all_cases(store, license.id):
                for item in case_ops.case_items(store, case.id):
                    found.update((item.name, item.description, item.freshness_note, item.na_reason, item.note,
                                  item.note[:20], item.owner, *item.forms))
                for entry in case_ops.checklist(store, case.id, today=TODAY):
                    found.update((entry.sources_text, entry.freshness_warning or ""))
                step = steps.last_step(store, case.id)
                if step is not None:
                    found.add(step.text)
                for correction in case.outcome.get("corrections", []):
                    found.add(correction["requested"])
                found.add(case.outcome.get("reason", ""))
        for result in case_ops.check_renewal(store, self.beijing, today=TODAY):
            found.update((result.name, result.source))        # the catalogue's; what a check found is worded
            if result.wording is None:
                found.add(result.detail)                      # but an information's, the catalogue's too
        return found


@pytest.fixture
def world(qapp, store):
    """The example world, built in English; Chinese again afterwards, whatever happens."""
    assert i18n.install_translator(qapp, "en")
    try:
        yield World(store)
    finally:
        i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def shown(qtbot, widget: QWidget, size=(1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def chinese_left(world: World, *widgets: QWidget, beside_english: bool = False,
                 typed: tuple[str, ...] = ()) -> list[str]:
    """The texts shown under ``widgets`` that hold Chinese once the data (and the examples of
    what is ``typed``) is cut out of them."""
    texts = [text for widget in widgets for text in interface_texts(widget)]
    left = not_data(texts, world.data() | set(typed))
    if beside_english:
        left = [BESIDE_ITS_ENGLISH.sub("", text) for text in left]
    return sorted({original for original, rest in zip(texts, left, strict=True)
                   if chinese([rest]) and rest.strip() not in NAMED_IN_ITSELF})


# ---------------------------------------------------------------------------- the main window
def _window(qtbot, world: World):
    from app.ui.main_window import MainWindow

    return shown(qtbot, MainWindow(world.store, today=lambda: TODAY))


def test_the_dashboard_and_the_menus(qtbot, world):
    window = _window(qtbot, world)
    window.dashboard.status_filter.setCurrentIndex(window.dashboard.status_filter.count() - 1)   # archived too
    assert chinese_left(world, window) == []


def test_every_license_page(qtbot, world):
    steps.decide_not_renewing(world.store, world.national, on=TODAY, today=TODAY)
    window = _window(qtbot, world)
    found = []
    for license_id in (world.beijing, world.shanghai, world.guangzhou, world.national):
        window.open_license(license_id)
        page = window.license_page()
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            found += chinese_left(world, page)
    assert sorted(set(found)) == []


def test_a_new_license_with_its_messages_and_the_first_run_page(qtbot, world, tmp_path):
    from app.operations import open_store
    from app.ui.main_window import MainWindow

    window = _window(qtbot, world)
    window.new_license()
    page = window.license_page()
    try:
        page.form.editors["capital_wan"].setText("50")
        page.form.editors["issued"].setText("2023-06-01")         # the expiry's suggestion
        page.save()                                               # the count of problems, each field's
        found = chinese_left(world, page)
        page.form.editors["expiry"].setText("2029-06-01")          # over five years
        found += chinese_left(world, page)
        holder = license_ops.get_license(world.store, world.national).company    # named when its number is taken
        cut_short = tuple(holder[:n] + "…" for n in range(1, len(holder)))         # as a line too narrow shows it
        for number, scope, at in (("B220110196", None, "number"),           # each problem of a number
                                  ("京B2-20240350", "national", "number"),  # first issued after the 发证日期
                                  ("京B2-20240350", None, "scope"),          # not 全网
                                  ("B2-20110196", "provincial", "scope"),    # 全网
                                  ("B2-20110196", "national", "number")):    # taken
            page.form.editors["company"].setText("Example Co")
            page.form.editors["number"].setText(number)
            if scope:
                page.form.editors["scope"].setCurrentIndex(page.form.editors["scope"].findData(scope))
            page.save()
            found += chinese_left(world, page, typed=(number, f"“{number[0]}”", *cut_short))
            assert page.form.error_text(at), (number, at)
        assert page.form.error_text("number").startswith("The number B2-20110196 is already recorded")
    finally:
        page.form.mark_clean()                                    # closing asks nothing
    empty = open_store(tmp_path / "empty.sqlite3")
    first = MainWindow(empty, today=lambda: TODAY)
    try:
        found += chinese_left(world, shown(qtbot, first))
    finally:
        first.close()
        empty.close()
    assert sorted(set(found)) == []


# ---------------------------------------------------------------------------- the renewal wizard
def _every_page(qtbot, world: World, wizard) -> list[str]:
    found = []
    while True:
        found += chinese_left(world, wizard)
        page = wizard.currentPage()
        for tick in getattr(page, "ticks", {}).values():
            tick.setChecked(True)
        if wizard.nextId() < 0:
            return found
        wizard.button(QWizard.WizardButton.NextButton).click()


def test_every_page_of_the_renewal_wizard_before_and_after_submitting(qtbot, world):
    from app.ui.wizard.renewal_wizard import RenewalWizard

    wizard = shown(qtbot, RenewalWizard(world.store, world.beijing, today=TODAY))
    first = wizard.currentPage()
    number = first.value("number")
    first.set_value("number", number.replace("-", ""))         # the number's problem, as typed
    first._check("number")
    found = chinese_left(world, wizard)
    assert first.problem_text("number").startswith("The dash")
    first.set_value("number", number)
    first._check("number")
    found += _every_page(qtbot, world, wizard)
    wizard.checklist.editor.state.setCurrentIndex(1)          # an undo to describe
    steps.submit(world.store, world.renewal, on=TODAY, today=TODAY)
    steps.record_correction(world.store, world.renewal, notice_date=TODAY, requested="补充材料",
                            item_ids=[case_ops.case_items(world.store, world.renewal)[1].id], today=TODAY)
    again = shown(qtbot, RenewalWizard(world.store, world.beijing, today=TODAY))
    assert again.currentId() == SUMMARY
    found += chinese_left(world, again)
    assert sorted(set(found)) == []


def test_the_renewal_dialogs(qtbot, world):
    from app.ui.license.not_renewing_dialog import NotRenewingDialog
    from app.ui.wizard.approval_dialog import RenewalApprovalDialog

    steps.submit(world.store, world.renewal, on=TODAY, today=TODAY)
    license = license_ops.get_license(world.store, world.beijing)
    approval = RenewalApprovalDialog(world.store, world.renewal, today=TODAY)
    dialogs = [approval, NotRenewingDialog(world.store, license, today=TODAY)]
    found = chinese_left(world, *(shown(qtbot, d, (760, 600)) for d in dialogs))
    approval.new_issued.setText("2027-03-01")
    approval.fill_from_old.click()
    found += chinese_left(world, approval)
    assert found == []


# ---------------------------------------------------------------------------- other procedures
def test_starting_each_procedure(qtbot, world):
    from app.ui.procedures.start_dialog import StartProcedureDialog

    dialogs = []
    for procedure in ("annual_report", "change", "cancellation", "replacement", "new_application"):
        dialog = shown(qtbot, StartProcedureDialog(world.store, world.national, procedure, today=TODAY), (640, 380))
        if dialog.trigger is not None:
            dialog.trigger.setText("2026-11-01")               # a Sunday: the day to act by is said too
        dialogs.append(dialog)
    assert chinese_left(world, *dialogs) == []


def test_the_procedure_dialogs(qtbot, world):
    from app.ui.procedures.case_view_dialog import CaseViewDialog
    from app.ui.procedures.change_approval_dialog import ChangeApprovalDialog
    from app.ui.procedures.correction_dialog import CorrectionDialog
    from app.ui.procedures.procedure_dialog import ProcedureDialog
    from app.ui.procedures.withdraw_dialog import WithdrawDialog

    dialogs = [ProcedureDialog(world.store, case, today=TODAY)
               for case in (world.change, world.report, world.corrected)]
    dialogs += [CaseViewDialog(world.store, world.finished, today=TODAY),
                ChangeApprovalDialog(world.store, world.change, today=TODAY),
                CorrectionDialog(world.store, world.change, today=TODAY),
                WithdrawDialog(world.store, world.report, today=TODAY)]
    assert chinese_left(world, *(shown(qtbot, d) for d in dialogs)) == []


# ---------------------------------------------------------------------------- tools
def test_reminders_settings_holidays_trash_and_robots(qtbot, world):
    from app.operations import reminders as reminder_ops
    from app.ui.reminders.reminders_dialog import RemindersDialog
    from app.ui.settings.holidays_dialog import HolidaysDialog, PasteScheduleDialog
    from app.ui.settings.robot_dialog import RobotDialog
    from app.ui.settings.settings_dialog import SettingsDialog
    from app.ui.trash.trash_dialog import TrashDialog

    store = world.store
    settings = shown(qtbot, SettingsDialog(store))
    found = []
    for tab in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(tab)
        found += chinese_left(world, settings)
    dialogs = [RemindersDialog(store, reminder_ops.due_reminders(store, TODAY), today=TODAY),
               HolidaysDialog(store, today=TODAY), TrashDialog(store), RobotDialog(store)]
    found += chinese_left(world, *(shown(qtbot, d) for d in dialogs))
    found += chinese_left(world, shown(qtbot, PasteScheduleDialog(2027)), typed=TYPED_SCHEDULE)
    assert sorted(set(found)) == []


def test_help_and_about(qtbot, world):
    from app.ui.help.about_dialog import AboutDialog
    from app.ui.help.help_dialog import HelpDialog

    about = shown(qtbot, AboutDialog(world.store.path.parent))
    assert chinese_left(world, about) == []
    guide = shown(qtbot, HelpDialog(language="en"))
    found = []
    for section in range(guide.contents.count()):
        guide.contents.setCurrentRow(section)
        found += chinese_left(world, guide, beside_english=True)
    assert sorted(set(found)) == []


def test_the_language_switched_is_said_in_the_new_language(qtbot, qapp, store):
    from app.ui import restart
    from app.ui.settings.settings_dialog import SettingsDialog

    settings = SettingsDialog(store)
    qtbot.addWidget(settings)
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("en"))
    settings.apply_language()
    [note] = restart.take_request().done
    assert callable(note) and note() == "已切换语言"
    assert i18n.install_translator(qapp, "en")             # as the window opens again
    try:
        assert note() == "Language switched"
    finally:
        i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def test_the_check_finds_chinese_that_is_not_data(qtbot, world):
    """The test above would see a forgotten string: a label built without translation."""
    from PySide6.QtWidgets import QLabel

    holder = QWidget()
    QLabel("未翻译的文字", holder)
    QLabel(license_ops.all_licenses(world.store)[0].company, holder)
    assert chinese_left(world, shown(qtbot, holder, (300, 100))) == ["未翻译的文字"]
    assert CJK.search("京") and not CJK.search("License")


def test_the_reminders_count_their_deadlines_in_good_english(qtbot, world):
    """One deadline is; two deadlines are (a plural form, not "1 deadlines are")."""
    from app.operations import reminders as reminder_ops
    from app.ui.reminders.reminders_dialog import RemindersDialog

    due = reminder_ops.due_reminders(world.store, TODAY)
    assert len(due) > 1
    one = shown(qtbot, RemindersDialog(world.store, due[:1], today=TODAY))
    two = shown(qtbot, RemindersDialog(world.store, due[:2], today=TODAY))
    assert one.heading.text() == "As of 2026-11-22, 1 deadline is within its reminder period."
    assert two.heading.text() == "As of 2026-11-22, 2 deadlines are within their reminder period."
    from app.ui.reminders.tray import LINES_IN_MESSAGE, ReminderTray

    assert ReminderTray().message(due[:1])[0] == "License Keeper: 1 deadline approaching"
    title, body = ReminderTray().message(due[:1] * (LINES_IN_MESSAGE + 1))
    assert body.splitlines()[-1] == "1 more; click to see it"


def test_history_lines_in_english(world):
    """A line is worded in English from its kind and detail; what the user typed stays as typed."""
    from app.domain.event_wording import SEE_THE_NOTICE
    from app.storage.events import Event
    from app.ui.widgets.event_texts import event_text

    def line(kind, summary, detail=None):
        return event_text(Event(1, 1, kind, date(2026, 11, 2), summary, detail or {}, ""))

    assert line("correction_notice", f"收到补正通知：{SEE_THE_NOTICE}") == \
        "Correction notice received: see the correction notice"
    assert line("correction_notice", "收到补正通知：补充用户善后方案") == "Correction notice received: 补充用户善后方案"
    assert line("renewal_submitted", "续期（延续）材料已提交（2026-11-02）") == \
        "Renewal: materials submitted (2026-11-02)"
    assert line("renewal_submitted", "续期材料已于 11 月 2 日提交") == "续期材料已于 11 月 2 日提交"     # older words
