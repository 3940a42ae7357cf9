"""A database of the released schema (version 3, made by that version: tests/fixtures/databases)
opens, migrates with a backup first, and owes afterwards what its history says."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops
from app.operations import obligations, open_store
from app.operations.backups import list_backups
from app.storage.migrations import LATEST_VERSION

FIXTURE = Path(__file__).parent / "fixtures" / "databases" / "v3.sqlite3"
TODAY = date(2026, 12, 5)


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "license-keeper.sqlite3"
    shutil.copy(FIXTURE, path)
    store = open_store(path)
    yield store
    store.close()


def owed(store, number):
    return obligations.of_license(store, license_ops.find_license(store, number), today=TODAY)


def states(found, kind):
    return {o.key: o.state for o in found.items if o.kind == kind}


def test_it_migrates_after_a_backup(migrated):
    assert migrated.user_version == LATEST_VERSION
    backups = list_backups(migrated.path)
    assert len(backups) == 1 and backups[0].reason == "migration"


def test_a_renewal_approved_before_the_lifecycle_keeps_that_years_report(migrated):
    """The old version overwrote 发证日期 with the approval date (2026-02-10): the 2026 report,
    owed for a license in force on 31 December 2025, must not vanish."""
    found = owed(migrated, "沪B2-20200712")
    reports = states(found, "annual_report")
    assert reports["annual_report:2026"] == "missed"          # never recorded as filed
    assert [reports[f"annual_report:{y}"] for y in (2022, 2023, 2024, 2025)] == ["done"] * 4
    assert reports["annual_report:2027"] == "pending"
    assert states(found, "renewal")["renewal:2026-05-31"] == "done"
    approval = next(e for e in license_ops.history(migrated, license_ops.find_license(migrated, "沪B2-20200712").id)
                    if e.kind == "renewal_approved")
    assert approval.detail["old_issued"] == "2021-06-01" and approval.detail["new_issued"] == "2026-02-10"


def test_a_renewal_submitted_in_time_is_met(migrated):
    found = owed(migrated, "京B2-20190350")
    assert states(found, "renewal") == {"renewal:2027-03-14": "submitted"}
    assert found.next_action(TODAY).key == "annual_report:2027"


def test_an_open_change_is_owed_and_an_expired_license_says_so(migrated):
    change = next(o for o in owed(migrated, "B2-20110196").items if o.kind == "change")
    assert (change.due, change.state) == (date(2026, 12, 2), "overdue")
    expired = owed(migrated, "粤B2-20120564")
    assert states(expired, "expiry") == {"expiry:2026-10-01": "missed"}
    assert expired.next_action(TODAY).key == "expiry:2026-10-01"


def test_the_rows_the_old_version_kept_are_not_shown(migrated):
    rows = dashboard_ops.dashboard_rows(migrated, today=TODAY)
    assert rows.computed == len(rows.lines) == 4
    by_number = {r.number: r for r in rows.lines}
    assert by_number["京B2-20190350"].status != "overdue"
    assert by_number["粤B2-20120564"].next_deadline.key == "expiry:2026-10-01"
