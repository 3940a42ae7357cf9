"""Archiving an ended license: off the dashboard, the reminders and the calendar, still searchable,
with its history; un-archiving brings it back."""

from datetime import date, timedelta

import pytest

from app.domain.archiving import archive_refusal, has_ended
from app.domain.errors import ValidationError
from app.domain.obligations import CaseFacts, obligations_of
from app.domain.workdays import WorkdayCalendar
from app.operations import archive, obligations, steps
from app.operations import cases as case_ops
from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops
from app.operations import reminders as reminder_ops

TODAY = date(2026, 12, 5)
CAL = WorkdayCalendar()
EXPIRED = {"number": "苏B2-20170456", "company": "苏州旧呼叫有限公司", "scope": "provincial",
           "issued": "2017-06-01", "expiry": "2022-05-31"}


def owed(expiry, today, cases=()):
    return obligations_of(issued=expiry - timedelta(days=5 * 365), expiry=expiry, cases=cases, calendar=CAL,
                          today=today)


def test_a_license_ends_when_it_expires_or_its_cancellation_is_done():
    expiry = date(2026, 3, 14)
    assert not has_ended(owed(expiry, date(2026, 3, 14)), expiry=expiry, today=date(2026, 3, 14))
    assert has_ended(owed(expiry, date(2026, 3, 15)), expiry=expiry, today=date(2026, 3, 15))
    cancelled = [CaseFacts(1, "cancellation", "closed", closed_on=date(2025, 6, 30))]
    assert has_ended(owed(expiry, date(2025, 7, 1), cancelled), expiry=expiry, today=date(2025, 7, 1))
    assert "仍在有效期内" in archive_refusal(owed(expiry, date(2025, 7, 1)), expiry=expiry, today=date(2025, 7, 1))


def test_a_renewal_submitted_in_time_and_undecided_keeps_it_in_force():
    expiry = date(2026, 3, 14)
    renewal = [CaseFacts(1, "renewal", "submitted", submitted_on=date(2025, 11, 1))]
    found = owed(expiry, date(2026, 4, 1), renewal)
    assert not has_ended(found, expiry=expiry, today=date(2026, 4, 1))
    assert "视为延续" in archive_refusal(found, expiry=expiry, today=date(2026, 4, 1))


@pytest.fixture
def ended(store, valid_license_input):
    license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    return license_ops.add_license(store, EXPIRED, past_reports="filed", today=TODAY)


def test_an_archived_license_leaves_the_dashboard_reminders_and_calendar(store, ended, tmp_path):
    assert ended.id in {r.license.id for r in obligations.overviews(store, today=TODAY)}
    assert any(r.license.id == ended.id for r in reminder_ops.due_reminders(store, TODAY))   # expired: reminded

    archive.archive_license(store, ended.id, today=TODAY)

    assert archive.is_archived(store, ended.id)
    assert ended.id not in {r.license_id for r in dashboard_ops.dashboard(store, today=TODAY)}
    assert ended.id not in {r.license.id for r in obligations.overviews(store, today=TODAY)}
    assert all(r.license.id != ended.id for r in reminder_ops.due_reminders(store, TODAY))
    # still searchable, with its history
    assert [r.license.id for r in archive.archived_overviews(store, today=TODAY)] == [ended.id]
    assert archive.archived_count(store) == 1 and license_ops.license_count(store) == 1
    assert license_ops.find_license(store, EXPIRED["number"]).id == ended.id
    assert license_ops.history(store, ended.id)[0].kind == archive.ARCHIVED

    archive.unarchive_license(store, ended.id, today=TODAY)

    assert ended.id in {r.license_id for r in dashboard_ops.dashboard(store, today=TODAY)}
    assert any(r.license.id == ended.id for r in reminder_ops.due_reminders(store, TODAY))
    assert license_ops.history(store, ended.id)[0].kind == archive.UNARCHIVED


def test_a_license_in_force_is_not_archived(store, valid_license_input):
    license = license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    with pytest.raises(ValidationError, match="仍在有效期内"):
        archive.archive_license(store, license.id, today=TODAY)
    assert not archive.is_archived(store, license.id)


def test_a_cancelled_license_is_archived_before_its_expiry(store, valid_license_input):
    license = license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    case = case_ops.start_case(store, license.id, "cancellation", trigger_date=date(2026, 12, 31))
    steps.submit(store, case.id, on="2026-09-01", today=TODAY)
    steps.close_case(store, case.id, closed_on="2026-11-30", today=TODAY)
    archive.archive_license(store, license.id, today=TODAY)
    assert archive.is_archived(store, license.id)
    with pytest.raises(ValidationError, match="已归档"):
        archive.archive_license(store, license.id, today=TODAY)


def test_the_calendar_and_reminders_read_only_licenses_in_use(store, valid_license_input, tmp_path):
    """Whatever the rule for archiving, an archived license has no event in the .ics file."""
    from app.storage import licenses

    license = license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    assert reminder_ops.export_calendar(store, tmp_path / "before.ics", today=TODAY) > 0
    assert reminder_ops.due_reminders(store, TODAY)
    licenses.set_archived(store, license.id, "2026-12-05T09:00:00")
    assert reminder_ops.export_calendar(store, tmp_path / "after.ics", today=TODAY) == 0
    assert valid_license_input["company"] not in (tmp_path / "after.ics").read_text(encoding="utf-8")
    assert reminder_ops.due_reminders(store, TODAY) == []


def test_a_search_among_archived_licenses_reads_only_their_histories(store, ended, monkeypatch):
    """The first search of a session loads the archived licenses: what they owe is the same as
    computed with every license's history, and no other license's history is read for it."""
    from app.storage import events

    archive.archive_license(store, ended.id, today=TODAY)
    whole = obligations.histories(store)
    assert obligations.histories(store, [ended.id]) == {ended.id: whole[ended.id]}
    assert obligations.histories(store, []) == {}

    asked = []
    lifecycle_events = events.lifecycle_events
    monkeypatch.setattr(events, "lifecycle_events", lambda s, ids=None: asked.append(ids) or lifecycle_events(s, ids))
    lines = dashboard_ops.archived_lines(store, today=TODAY)
    assert [line.license_id for line in lines] == [ended.id]
    assert asked == [[ended.id]]
    expected = obligations_of(issued=ended.issued, expiry=ended.expiry, events=whole[ended.id].events,
                              cases=whole[ended.id].cases, calendar=CAL, today=TODAY)
    assert archive.archived_overviews(store, today=TODAY)[0].obligations == expected


def test_no_archived_license_no_lifecycle_read_for_a_search(store, ended, monkeypatch):
    monkeypatch.setattr(obligations, "histories", lambda *args: pytest.fail("histories read"))
    assert dashboard_ops.archived_lines(store, today=TODAY) == []
