"""The interface's own words for what the domain names by a key say in Chinese exactly what the
domain says: the full names of obligations and planning dates, the kinds of change, the
procedures, the robots' platforms, the annual reports' states."""

from datetime import date

import pytest

from app.domain.catalogue import default_catalogue
from app.domain.deadlines import CHANGE_KINDS, TRIGGER_LABELS, change_deadline
from app.domain.license import MISSING, MISSING_SCOPE
from app.domain.obligations import (
    ANNUAL_REPORT_FILED,
    RENEWAL_DECIDED,
    REPORT_NOTES,
    CaseFacts,
    Correction,
    HistoryEvent,
    as_deadline,
    obligations_of,
)
from app.domain.workdays import WorkdayCalendar
from app.notify.formats import KIND_LABELS
from app.operations.trash import case_title as domain_case_title
from app.storage.cases import CaseRecord
from app.ui import i18n

SITUATIONS = [
    {"events": [HistoryEvent(ANNUAL_REPORT_FILED, date(2024, 3, 1), {"year": 2024})]},
    {"cases": [CaseFacts(1, "renewal", "correction", submitted_on=date(2026, 11, 1),
                         corrections=(Correction(date(2026, 11, 5)),))]},
    {"cases": [CaseFacts(2, "renewal", "approved", old_expiry=date(2022, 3, 14))]},
    {"events": [HistoryEvent(RENEWAL_DECIDED, date(2026, 6, 1), {"renew": False})]},
    {"cases": [CaseFacts(3 + n, "change", "open", change_kind=kind, trigger_date=date(2026, 5, 2))
               for n, kind in enumerate(CHANGE_KINDS)]},
]


@pytest.fixture(autouse=True)
def in_chinese(qapp):
    assert i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def every_obligation():
    calendar = WorkdayCalendar()
    for situation in SITUATIONS:
        for today in (date(2026, 6, 1), date(2027, 4, 15)):
            owed = obligations_of(issued=date(2022, 3, 15), expiry=date(2027, 3, 14), calendar=calendar,
                                  today=today, **situation)
            yield from owed.items
            yield from owed.milestones


def test_every_title_and_label_is_the_domains_word_for_word():
    from app.ui.widgets.obligation_titles import deadline_label, title_of

    seen = set()
    for item in every_obligation():
        assert item.wording is not None, item.key
        seen.add(item.wording.key)
        assert title_of(item) == item.title
        deadline = as_deadline(item)
        assert deadline_label(deadline) == deadline.label, deadline.key
    from app.domain.titles import TITLES

    assert seen == set(TITLES) - {"change_rule"}
    calendar = WorkdayCalendar()
    for kind in CHANGE_KINDS:
        rule = change_deadline(kind=kind, trigger=date(2026, 5, 2), calendar=calendar)
        assert deadline_label(rule) == rule.label


def test_the_templates_are_the_domains():
    from app.domain.titles import ACT_BY_NOTE, TITLES
    from app.ui.widgets.obligation_titles import templates

    assert templates() == TITLES
    assert ACT_BY_NOTE == "；法定最后一日 {due}（{weekday}）不是工作日，最后可办理日为 {act_by}"


def test_kinds_of_change_procedures_and_cases():
    from app.ui.widgets.case_labels import case_title, procedure_name
    from app.ui.widgets.obligation_titles import change_kind_labels, trigger_labels

    assert change_kind_labels() == {kind: label for kind, (label, _trigger) in CHANGE_KINDS.items()}
    assert trigger_labels() == TRIGGER_LABELS
    catalogue = default_catalogue()
    assert {p: procedure_name(p) for p in catalogue.procedures} == {p: catalogue.procedure(p).name
                                                                     for p in catalogue.procedures}
    for procedure, context in (("change", {"change_kind": "capital"}), ("annual_report", {"report_year": 2027}),
                               ("renewal", {}), ("replacement", {})):
        case = CaseRecord(id=1, license_id=1, procedure=procedure, status="open", context=context, wizard_step=0,
                          submitted_on=None, outcome={}, acknowledged=(), created_at="", updated_at="")
        assert case_title(case) == domain_case_title(case)


def test_robots_reports_and_the_first_problems():
    from app.ui.license.deadline_timeline import DeadlineTimeline
    from app.ui.license.license_form import problem_text
    from app.ui.settings.robot_dialog import kind_label

    assert {kind: kind_label(kind) for kind in KIND_LABELS} == KIND_LABELS
    assert problem_text(MISSING) == MISSING and problem_text(MISSING_SCOPE) == MISSING_SCOPE
    timeline = DeadlineTimeline()
    states = set()
    for item in every_obligation():
        if getattr(item, "kind", "") == "annual_report" and item.note:
            states.add(item.state)
            assert timeline.note_text(item) == REPORT_NOTES[item.state].format(
                until=item.until.isoformat()), item.state
    assert states == set(REPORT_NOTES)


NUMBERS = ["", "X" * 80, "B1-20110196", "B2.B2-20110196", "辽B-2-4-20080039", "B2-20990196", "B2-19800196",
           "蜀B2-20110196", "东B2-20110196", "B220110196", "B2-2011019", "B3-20110196", "B2-2011019X", "京京B2-20110196"]


def test_every_problem_of_a_license_number_is_the_domains_word_for_word():
    from app.domain.errors import ValidationError
    from app.domain.license import cross_field_problems, field_problem, parse_license
    from app.domain.license_number import NUMBER_PROBLEMS, PROVINCES
    from app.ui.license.license_form import field_error_text, number_problems, province_names

    assert province_names() == PROVINCES
    assert set(number_problems()) == set(NUMBER_PROBLEMS)
    problems = [field_problem("number", text) for text in NUMBERS]
    problems.append(field_problem("number", "B2-B2-20110196"))       # 业务类别 written wrong
    problems += cross_field_problems({"number": "京B2-20240350", "issued": "2023-06-01", "scope": "national"})
    problems += cross_field_problems({"number": "B2-20110196", "scope": "provincial"})
    try:
        parse_license({"number": "B220110196"})
    except ValidationError as error:
        problems.append(error.for_field("number"))
    seen = set()
    for problem in problems:
        assert problem is not None and problem.wording is not None
        seen.add(problem.wording[0])
        assert field_error_text(problem) == problem.message, problem.wording
    assert seen >= set(NUMBER_PROBLEMS) - {"in_trash", "taken", "taken_by_another"}


def test_a_number_already_taken_is_worded_too(store):
    from app.domain.errors import ValidationError
    from app.operations import examples, licenses
    from app.ui.license.license_form import field_error_text

    [first, second, *_] = examples.load_example_data(store)
    raw = {**first.as_dict(), "issued": first.issued.isoformat(), "expiry": first.expiry.isoformat()}
    seen = set()
    for attempt in (lambda: licenses.add_license(store, raw),
                    lambda: licenses.update_license(store, second.id, raw)):
        with pytest.raises(ValidationError) as refused:
            attempt()
        problem = refused.value.for_field("number")
        seen.add(problem.wording[0])
        assert field_error_text(problem) == problem.message
    assert seen == {"taken", "taken_by_another"}


DETAIL_VALUES = {"expiry": "2027-03-14", "days": 1, "legal": "2026-12-14", "last": "2026-12-15",
                 "safe": "2026-08-01", "scope": "provincial", "minimum": 100, "capital": "50",
                 "years": (2024, 2025), "count": 2}


def test_what_the_self_check_found_is_the_domains_word_for_word():
    import re

    from app.domain.eligibility import CHECK_DETAILS, CheckResult, detail_text
    from app.ui.wizard.checks_page import check_detail

    for key, template in CHECK_DETAILS.items():
        for days in (1, 1926):
            values = {name: DETAIL_VALUES[name] if name != "days" else days
                      for name in re.findall(r"{(\w+)}", template)}
            result = CheckResult("check", "名称", "passed", detail_text(key, values), "来源", (key, values))
            assert check_detail(result) == result.detail, key
    information = CheckResult("check", "名称", "info", "目录中的说明", "来源")
    assert check_detail(information) == "目录中的说明"


def every_kind_of_event(store):
    """A history with every kind of line the operations write."""
    from datetime import timedelta

    from app.operations import archive, cases, examples, licenses, steps

    today = date(2026, 11, 22)
    beijing, shanghai, guangzhou, *_ = examples.load_example_data(store, today=today)
    raw = {"number": "B2-20150001", "company": "历史测试有限公司", "scope": "national",
           "issued": "2015-06-01", "expiry": "2020-06-01"}
    old = licenses.add_license(store, raw, past_reports="filed", today=today)
    other = licenses.add_license(store, {**raw, "number": "B2-20150002"}, past_reports="unfiled", today=today)
    licenses.update_license(store, other.id, {**raw, "number": "B2-20150002", "legal_rep": "赵六", "address": "某地"})
    archive.archive_license(store, old.id, today=today)
    archive.unarchive_license(store, old.id, today=today)
    licenses.record_annual_report(store, guangzhou.id, year=2026, filed_on=date(2026, 3, 20), today=today)
    renewal = cases.start_case(store, beijing.id, "renewal").id
    steps.submit(store, renewal, on=date(2026, 11, 2), today=today)
    steps.record_correction(store, renewal, notice_date=date(2026, 11, 5), requested="补充说明", today=today)
    steps.resubmit(store, renewal, on=date(2026, 11, 9), today=today)
    old_beijing = licenses.get_license(store, beijing.id)
    steps.approve_renewal(store, renewal, approved_on=date(2026, 11, 20),
                          new_issued=date(2026, 11, 20),
                          new_expiry=old_beijing.expiry + timedelta(days=5 * 365), today=today)
    change = cases.start_case(store, shanghai.id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 2)).id
    steps.submit(store, change, on=date(2026, 11, 10), today=today)
    steps.approve_change(store, change, approved_on=date(2026, 11, 12), values={"legal_rep": "钱七"}, today=today)
    same = cases.start_case(store, shanghai.id, "change", change_kind="shareholders",   # not on the license
                            trigger_date=date(2026, 11, 2)).id
    steps.submit(store, same, on=date(2026, 11, 10), today=today)
    steps.approve_change(store, same, approved_on=date(2026, 11, 12), values={}, today=today)
    for note in ("", "新证已领取"):
        replacement = cases.start_case(store, guangzhou.id, "replacement").id
        steps.submit(store, replacement, on=date(2026, 11, 3), today=today)
        steps.close_case(store, replacement, closed_on=date(2026, 11, 12), outcome_note=note, today=today)
    steps.decide_not_renewing(store, guangzhou.id, on=today, stop_date=date(2027, 1, 1), today=today)
    steps.decide_renewing(store, guangzhou.id, on=today, today=today)
    steps.decide_not_renewing(store, guangzhou.id, on=today, today=today)
    taken = cases.start_case(store, shanghai.id, "annual_report", report_year=2027).id
    steps.submit(store, taken, on=today, today=today)
    steps.record_correction(store, taken, notice_date=today, requested="请补（附件）", today=today)
    steps.take_back(store, taken, today=today)                   # the notice
    steps.record_correction(store, taken, notice_date=today, today=today)
    steps.resubmit(store, taken, on=today, today=today)
    steps.take_back(store, taken, today=today)                   # the resubmission
    steps.take_back(store, taken, today=today)                   # the notice
    steps.take_back(store, taken, today=today)                   # the submission
    steps.withdraw_case(store, taken, reason="不用了", on=today, today=today)
    return [event for license in licenses.all_licenses(store) for event in licenses.history(store, license.id)]


def test_every_history_line_is_worded_as_recorded(store):
    from app.domain.event_wording import EVENT_TEXTS, event_wording
    from app.ui.widgets.event_texts import event_texts, templates

    assert templates() == EVENT_TEXTS
    events = every_kind_of_event(store)
    seen = set()
    for event in events:
        wording = event_wording(event.kind, event.detail, event.summary, event.event_date)
        assert wording is not None, (event.kind, event.summary)
        seen.add(wording[0])
    assert seen == set(EVENT_TEXTS)
    assert event_texts(events) == [event.summary for event in events]


def test_a_line_that_cannot_be_worded_is_shown_as_recorded():
    from app.storage.events import Event
    from app.ui.widgets.event_texts import event_text

    for kind, detail, summary in (("something_new", {}, "将来的新事件"),
                                  ("renewal_submitted", {}, "续期材料已于某日提交"),          # older words
                                  ("annual_report_filed", {}, "2024年年报已报送"),            # no year
                                  ("change_approved", {"change_kind": "?"}, "变更获批")):
        assert event_text(Event(1, 1, kind, date(2026, 1, 1), summary, detail, "")) == summary
