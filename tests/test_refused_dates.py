"""Dates that cannot be are refused, naming the field, and nothing is written: something that
happened dated after today, a notice before the submission, a resubmission before the notice,
an approval before the submission, a withdrawal before the submission."""

import sqlite3
from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.operations import steps

TODAY = date(2026, 12, 5)


def snapshot(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("licenses", "events", "cases", "case_items", "item_history")}
    finally:
        conn.close()


@pytest.fixture
def cases(store, valid_license_input):
    license = license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    renewal = case_ops.start_case(store, license.id, "renewal")
    change = case_ops.start_case(store, license.id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 2))
    report = case_ops.start_case(store, license.id, "annual_report", report_year=2027)
    return {"license": license.id, "renewal": renewal.id, "change": change.id, "report": report.id}


def submitted(store, cases, name="renewal", on="2026-11-20"):
    steps.submit(store, cases[name], on=on, today=TODAY)


def noticed(store, cases):
    submitted(store, cases)
    steps.record_correction(store, cases["renewal"], notice_date="2026-11-25", requested="补充", today=TODAY)


REFUSALS = [
    # (what to set up first, the step with its date, the field named, words of the message)
    (None, lambda s, c: steps.submit(s, c["renewal"], on="2026-12-06", today=TODAY), "submitted_on", "还没到"),
    (submitted, lambda s, c: steps.record_correction(s, c["renewal"], notice_date="2026-12-06", requested="x",
                                                     today=TODAY), "notice_date", "还没到"),
    (submitted, lambda s, c: steps.record_correction(s, c["renewal"], notice_date="2026-11-19", requested="x",
                                                     today=TODAY), "notice_date", "不能早于提交日期"),
    (submitted, lambda s, c: steps.record_correction(s, c["renewal"], notice_date="2026-11-25", requested="x",
                                                     reply_by="2026-11-24", today=TODAY), "reply_by", "不能早于"),
    (noticed, lambda s, c: steps.resubmit(s, c["renewal"], on="2026-11-24", today=TODAY), "resubmitted_on",
     "不能早于补正通知日期"),
    (noticed, lambda s, c: steps.resubmit(s, c["renewal"], on="2026-12-07", today=TODAY), "resubmitted_on", "还没到"),
    (submitted, lambda s, c: steps.approve_renewal(s, c["renewal"], approved_on="2026-12-06", new_issued="2026-12-01",
                                                   new_expiry="2032-03-14", today=TODAY), "approved_on", "还没到"),
    (submitted, lambda s, c: steps.approve_renewal(s, c["renewal"], approved_on="2026-11-19", new_issued="2026-11-19",
                                                   new_expiry="2032-03-14", today=TODAY), "approved_on",
     "不能早于提交日期"),
    (submitted, lambda s, c: steps.approve_renewal(s, c["renewal"], approved_on="2026-12-01", new_issued="2026-12-09",
                                                   new_expiry="2032-03-14", today=TODAY), "new_issued", "不能晚于今天"),
    (lambda s, c: submitted(s, c, "change", "2026-11-10"),
     lambda s, c: steps.approve_change(s, c["change"], approved_on="2026-11-09", values={"legal_rep": "李四"},
                                       today=TODAY), "approved_on", "不能早于提交日期"),
    (None, lambda s, c: steps.close_case(s, c["report"], closed_on="2027-01-04", today=TODAY), "closed_on", "还没到"),
    (submitted, lambda s, c: steps.withdraw_case(s, c["renewal"], reason="放弃", on="2026-11-19", today=TODAY),
     "withdrawn_on", "不能早于提交日期"),
    (None, lambda s, c: steps.withdraw_case(s, c["renewal"], reason="放弃", on="2026-12-08", today=TODAY),
     "withdrawn_on", "还没到"),
    (None, lambda s, c: steps.decide_not_renewing(s, c["license"], on="2026-12-06", today=TODAY), "decided_on",
     "还没到"),
]


@pytest.mark.parametrize(("setup", "step", "field", "words"), REFUSALS,
                         ids=[f"{r[2]}-{i}" for i, r in enumerate(REFUSALS)])
def test_a_date_that_cannot_be_is_refused_and_nothing_is_written(store, cases, setup, step, field, words):
    if setup is not None:
        setup(store, cases)
    before = snapshot(store.path)
    with pytest.raises(ValidationError) as info:
        step(store, cases)
    assert info.value.errors[0].field == field
    assert words in str(info.value)
    assert snapshot(store.path) == before
