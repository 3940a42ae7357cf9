"""Deleting and restoring (the 回收站): a license, a case or an attachment goes after a backup
and comes back byte for byte, its files included; emptying removes it for good."""

import hashlib
import sqlite3
from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.operations import archive, license_files, obligations, steps
from app.operations import cases as case_ops
from app.operations import dashboard as dashboard_ops
from app.operations import examples as example_ops
from app.operations import licenses as license_ops
from app.operations import reminders as reminder_ops
from app.operations import trash as trash_ops
from app.operations.backups import BEFORE_DELETE, BEFORE_EMPTYING, list_backups
from app.paths import attachments_folder
from app.storage.errors import StorageError

TODAY = date(2026, 12, 5)
KEPT_APART = ("trash", "dashboard_cache")        # the deletion's own record, and computed rows


def dump(db_path):
    """Every row of every table (but the 回收站's own and the computed ones), exactly as stored."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables if t not in KEPT_APART}
    finally:
        conn.close()


def files(db_path):
    folder = attachments_folder(db_path)
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def full_license(store, valid_license_input, tmp_path):
    """A license with a history, a renewal under way (items edited, two attachments, a 补正
    round), an approved change, and its certificate's file."""
    license = license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    renewal = case_ops.start_case(store, license.id, "renewal")
    items = case_ops.case_items(store, renewal.id)
    case_ops.update_item(store, items[0].id, state="ready", owner="王五", note="已盖章")
    case_ops.update_item(store, items[1].id, state="not_applicable", na_reason="无外资")
    scan = tmp_path / "营业执照.pdf"
    scan.write_bytes(b"%PDF-1.4 scan" * 100)
    other = tmp_path / "章程.pdf"
    other.write_bytes(b"%PDF-1.4 articles" * 50)
    case_ops.attach_file(store, items[0].id, scan)
    case_ops.attach_file(store, items[2].id, other)
    steps.submit(store, renewal.id, on="2026-11-20", today=TODAY)
    steps.record_correction(store, renewal.id, notice_date="2026-11-25", requested="补充报告",
                            item_ids=[items[3].id], today=TODAY)
    change = case_ops.start_case(store, license.id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 2))
    steps.submit(store, change.id, on="2026-11-10", today=TODAY)
    steps.approve_change(store, change.id, approved_on="2026-11-30", values={"legal_rep": "李四"}, today=TODAY)
    certificate = tmp_path / "电子证照.pdf"
    certificate.write_bytes(b"%PDF-1.4 e-license")
    license_files.keep(store, license.id, certificate, kind=license_files.CERTIFICATE)
    return license_ops.get_license(store, license.id), renewal


def test_a_license_deleted_and_restored_comes_back_byte_for_byte(store, full_license):
    license, renewal = full_license
    before, files_before = dump(store.path), files(store.path)
    assert len(files_before) == 3

    entry = trash_ops.delete_license(store, license.id)

    assert license_ops.get_license(store, license.id) is None
    assert license_ops.find_license(store, license.number) is None
    assert case_ops.get_case(store, renewal.id) is None
    assert obligations.of_all(store, today=TODAY) == []
    assert dashboard_ops.dashboard(store, today=TODAY) == []
    assert files(store.path) == files_before                  # the files stay until emptied
    backup = list_backups(store.path)[0]
    assert backup.reason == BEFORE_DELETE and entry.backup == backup.folder.name
    assert backup.license_count == 1                          # taken before: it holds the license
    listed = trash_ops.entries(store)
    assert [(e.kind, e.label) for e in listed] == [("license", f"{license.number}　{license.company}")]
    assert listed[0].contents.cases == 2 and listed[0].contents.attachments == 2
    assert listed[0].contents.license_files == 1

    trash_ops.restore(store, entry.id)

    assert dump(store.path) == before
    assert files(store.path) == files_before
    assert trash_ops.entries(store) == []


def test_a_case_deleted_and_restored_comes_back_with_its_history(store, full_license):
    license, renewal = full_license
    steps.withdraw_case(store, renewal.id, reason="申请材料有误，重新准备", today=TODAY)
    before, files_before = dump(store.path), files(store.path)
    history = license_ops.history(store, license.id)
    assert any(e.detail.get("case_id") == renewal.id for e in history)

    entry = trash_ops.delete_case(store, renewal.id)

    assert case_ops.get_case(store, renewal.id) is None
    assert renewal.id not in [c.id for c in case_ops.all_cases(store, license.id)]
    assert all(e.detail.get("case_id") != renewal.id for e in license_ops.history(store, license.id))
    trash_ops.restore(store, entry.id)
    assert dump(store.path) == before and files(store.path) == files_before
    assert license_ops.history(store, license.id) == history


def test_an_attachment_deleted_and_restored_keeps_its_file(store, full_license):
    _license, renewal = full_license
    attachment = case_ops.item_attachments(store, case_ops.case_items(store, renewal.id)[0].id)[0]
    before, files_before = dump(store.path), files(store.path)

    entry = trash_ops.delete_attachment(store, attachment.id)

    assert case_ops.item_attachments(store, attachment.item_id) == []
    assert files(store.path) == files_before
    assert "营业执照.pdf" in entry.label
    trash_ops.restore(store, entry.id)
    assert dump(store.path) == before


def test_emptying_removes_rows_and_files_after_a_backup(store, full_license):
    license, renewal = full_license
    attachment = case_ops.item_attachments(store, case_ops.case_items(store, renewal.id)[2].id)[0]
    trash_ops.delete_attachment(store, attachment.id)
    trash_ops.delete_license(store, license.id)
    kept = files(store.path)

    emptied = trash_ops.empty_trash(store)

    assert emptied.entries == 2 and emptied.files == len(kept) == 3
    assert files(store.path) == {}
    assert list_backups(store.path)[0].reason == BEFORE_EMPTYING
    assert all(rows == [] for table, rows in dump(store.path).items()
               if table in ("licenses", "cases", "case_items", "attachments", "events", "license_files"))
    assert trash_ops.entries(store) == []
    assert license_ops.add_license(store, {**license_ops_input(license)}).number == license.number


def license_ops_input(license):
    return {"number": license.number, "company": license.company, "scope": license.scope,
            "issued": license.issued, "expiry": license.expiry}


def test_a_file_attached_twice_stays_while_the_other_attachment_uses_it(store, full_license, tmp_path):
    _license, renewal = full_license
    items = case_ops.case_items(store, renewal.id)
    scan = tmp_path / "营业执照.pdf"
    twin = case_ops.attach_file(store, items[4].id, scan)            # the same content: one file
    first = case_ops.item_attachments(store, items[0].id)[0]
    assert twin.stored_name == first.stored_name
    trash_ops.delete_attachment(store, first.id)
    trash_ops.empty_trash(store)
    assert (attachments_folder(store.path) / twin.stored_name).is_file()


def test_no_backup_no_deletion(store, full_license, monkeypatch):
    license, _renewal = full_license
    before = dump(store.path)

    def full_disk(*_args, **_kwargs):
        raise StorageError("磁盘已满")

    monkeypatch.setattr("app.storage.backup.backup_now", full_disk)
    with pytest.raises(StorageError, match="因此没有删除"):
        trash_ops.delete_license(store, license.id)
    assert dump(store.path) == before


def test_what_cannot_come_back_yet_says_what_to_restore_first(store, full_license):
    license, renewal = full_license
    attachment = case_ops.item_attachments(store, case_ops.case_items(store, renewal.id)[0].id)[0]
    attachment_entry = trash_ops.delete_attachment(store, attachment.id, backup=False)
    case_entry = trash_ops.delete_case(store, renewal.id, backup=False)
    listed = {e.id: e for e in trash_ops.entries(store)}
    assert "先恢复办理事项" in listed[attachment_entry.id].blocked
    with pytest.raises(ValidationError, match="先恢复办理事项"):
        trash_ops.restore(store, attachment_entry.id)
    trash_ops.delete_license(store, license.id, backup=False)
    assert "先恢复许可证" in {e.id: e for e in trash_ops.entries(store)}[case_entry.id].blocked
    trash_ops.restore_license(store, license.number)
    trash_ops.restore(store, case_entry.id)
    trash_ops.restore(store, attachment_entry.id)
    assert case_ops.item_attachments(store, attachment.item_id) == [attachment]


def test_a_case_deleted_while_a_new_one_was_started_waits(store, full_license):
    license, renewal = full_license
    entry = trash_ops.delete_case(store, renewal.id, backup=False)
    case_ops.start_case(store, license.id, "renewal")                # the deletion freed the license
    with pytest.raises(ValidationError, match="未办结的“续期"):
        trash_ops.restore(store, entry.id)


def test_a_finished_case_is_part_of_the_history_and_stays(store, full_license):
    license, _renewal = full_license
    approved = next(c for c in case_ops.all_cases(store, license.id) if c.status == "approved")
    with pytest.raises(ValidationError, match="已办结"):
        trash_ops.delete_case(store, approved.id)


def test_a_number_in_the_trash_is_not_taken_again(store, full_license):
    license, _renewal = full_license
    trash_ops.delete_license(store, license.id, backup=False)
    with pytest.raises(ValidationError, match="在回收站中") as info:
        license_ops.add_license(store, license_ops_input(license))
    assert info.value.errors[0].field == "number"
    with pytest.raises(ValidationError, match="不在回收站中|没有这个编号"):
        trash_ops.restore_license(store, "京B2-20190351")


def test_a_deleted_license_leaves_reminders_and_the_calendar(store, full_license, tmp_path):
    license, _renewal = full_license
    trash_ops.delete_license(store, license.id, backup=False)
    assert reminder_ops.due_reminders(store, TODAY) == []
    assert reminder_ops.export_calendar(store, tmp_path / "deadlines.ics", today=TODAY) == 0


def test_kept_dashboard_rows_never_show_a_deleted_or_archived_license(store, valid_license_input):
    example_ops.load_example_data(store, today=TODAY)
    gone = license_ops.add_license(store, {**valid_license_input, "number": "沪B2-20180123"})
    ended = license_ops.add_license(store, {**valid_license_input, "number": "苏B2-20170456", "company": "苏州旧公司",
                                            "issued": "2017-06-01", "expiry": "2022-05-31"})
    rows = dashboard_ops.dashboard_rows(store, today=TODAY)
    dashboard_ops.keep_dashboard(store, rows, today=TODAY)
    assert gone.id in {line.license_id for line in dashboard_ops.dashboard(store, today=TODAY)}

    # another program (the command line) deletes it: the kept rows must not show it
    other = sqlite3.connect(store.path)
    other.execute("UPDATE licenses SET deleted_at = '2026-12-05T10:00:00' WHERE id = ?", (gone.id,))
    other.commit()
    other.close()
    assert gone.id not in {line.license_id for line in dashboard_ops.dashboard(store, today=TODAY)}

    rows = dashboard_ops.dashboard_rows(store, today=TODAY)
    dashboard_ops.keep_dashboard(store, rows, today=TODAY)
    assert ended.id in {line.license_id for line in rows.lines}
    archive.archive_license(store, ended.id, today=TODAY)
    shown = dashboard_ops.dashboard_rows(store, today=TODAY)
    assert shown.computed and ended.id not in {line.license_id for line in shown.lines}


def test_removing_the_examples_removes_those_in_the_trash_too(store, valid_license_input):
    added = example_ops.load_example_data(store, today=TODAY)
    trash_ops.delete_license(store, added[0].id, backup=False)
    assert example_ops.has_example_data(store)
    assert example_ops.remove_example_data(store) == len(added)
    assert trash_ops.entries(store) == [] and not example_ops.has_example_data(store)
    assert len(example_ops.load_example_data(store, today=TODAY)) == len(added)
