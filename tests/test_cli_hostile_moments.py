"""The command line at hostile moments: a pipe closed early, a read-only data folder, a full
disk, undecodable arguments, huge values: a message and a fitting exit status, never a
traceback; reading works wherever the database can be read."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import main
from app.operations import cases as cases_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.operations import open_store
from tests.conftest import VALID_LICENSE
from tests.excel_helpers import first_item_row, reseal, staff_edit
from tests.full_disk import fill, mounted_tmpfs
from tests.readonly import run_in_read_only_folder

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and permissions")


def prepare(db_path: Path) -> Path:
    """A license with an open renewal, exported once (so the database has its identity)."""
    store = open_store(db_path)
    try:
        license = license_ops.add_license(store, VALID_LICENSE)
        case = cases_ops.start_case(store, license.id, "renewal")
        return excel_ops.export_case(store, case.id, db_path.parent / "清单.xlsx")
    finally:
        store.close()


def app_command(*args, stdout=subprocess.PIPE, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], stdout=stdout, stderr=subprocess.PIPE,
                          env=env, timeout=120)


def history_rows(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT count(*) FROM item_history").fetchone()[0]
    finally:
        conn.close()


# --- a pipe closed before everything was read ---------------------------------------------

@posix_only
@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry-run"])
def test_an_import_into_a_closed_pipe_ends_quietly_with_its_work_done(db_path, tmp_path, dry_run):
    checklist = prepare(db_path)
    first = first_item_row(checklist)
    edited = staff_edit(checklist, {(first + i, "owner"): f"员工{i}" for i in range(14)}, save_to=tmp_path / "改.xlsx")
    read_end, write_end = os.pipe()
    os.close(read_end)                       # as `| head -c 10` does once it has its bytes
    try:
        done = app_command("import", "--db", str(db_path), str(edited), *(["--dry-run"] if dry_run else []),
                           stdout=write_end)
    finally:
        os.close(write_end)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr and stderr == ""
    assert history_rows(db_path) == (0 if dry_run else 14)


@posix_only
def test_a_listing_piped_into_head_ends_quietly(db_path):
    prepare(db_path)
    done = subprocess.run(f"{sys.executable} -m app list --db '{db_path}' | head -c 10; exit ${{PIPESTATUS[0]}}",
                          shell=True, executable="/bin/bash", capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0 and done.stderr == b"" and len(done.stdout) == 10


# --- text that is not Unicode, and values too big to echo --------------------------------

@posix_only
@pytest.mark.parametrize("option", ["--company", "--legal-rep", "--authority"])
def test_undecodable_bytes_in_an_argument_are_a_message(db_path, option):
    value = "北京示例".encode() + b"\xff\xfe" + "有限公司".encode()
    args = ["add-license", "--db", str(db_path), "--number", "京B2-20190350", "--company", "北京示例呼叫服务有限公司",
            "--scope", "provincial", "--issued", "2022-03-15", "--expiry", "2027-03-14"]
    if option == "--company":
        args[args.index("--company") + 1] = value
    else:
        args += [option, value]
    done = app_command(*args)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert "无法识别的字符" in stderr and "Traceback" not in stderr
    assert not db_path.exists() or sqlite3.connect(db_path).execute("SELECT count(*) FROM licenses").fetchone()[0] == 0


def test_a_huge_refused_cell_is_quoted_short(capsys, db_path, tmp_path):
    checklist = prepare(db_path)
    staff_edit(checklist, {(first_item_row(checklist), "state"): "x" * 32_767})      # what a cell holds
    status = main(["import", "--db", str(db_path), str(checklist)])
    captured = capsys.readouterr()
    assert status == 2
    assert len(captured.out) + len(captured.err) < 1_000
    assert "共 32767 个字符" in captured.out


def test_a_huge_value_in_the_hidden_rows_is_quoted_short(capsys, db_path):
    """10 MB as the exported name of a row: the message quotes forty characters of it."""
    import json

    from openpyxl import load_workbook

    from app.exports.checklist_layout import META_SHEET

    checklist = prepare(db_path)
    workbook = load_workbook(checklist)
    sheet = workbook[META_SHEET]
    start = next(row[0].row for row in sheet.iter_rows() if row[0].value == "rows") + 1
    text = "".join(row[0].value for row in sheet.iter_rows(min_row=start) if row[0].value)
    rows = json.loads(text)
    rows[0][2] = "x" * 10_485_760
    text = json.dumps(rows, ensure_ascii=False)
    for row in sheet.iter_rows(min_row=start):
        row[0].value = None
    for index in range(0, len(text), 30_000):
        sheet.cell(row=start + index // 30_000, column=1).value = text[index:index + 30_000]
    reseal(workbook)                    # its checksum made to match: the length check is what stops it
    workbook.save(checklist)
    status = main(["import", "--db", str(db_path), str(checklist)])
    captured = capsys.readouterr()
    assert status == 2
    assert len(captured.out) + len(captured.err) < 1_000
    assert "共 10485760 个字符" in captured.out


def test_a_huge_case_id_is_a_message(capsys, db_path):
    from openpyxl import load_workbook

    from app.exports.checklist_layout import META_SHEET

    checklist = prepare(db_path)
    workbook = load_workbook(checklist)
    for row in workbook[META_SHEET].iter_rows():
        if row[0].value == "case_id":
            row[1].value = 10**30
    reseal(workbook)
    workbook.save(checklist)
    status = main(["import", "--db", str(db_path), str(checklist)])
    captured = capsys.readouterr()
    # Excel keeps the number as a float: the id sheet no longer reads as written.
    assert status == 2 and "被改动过" in captured.err
    assert history_rows(db_path) == 0


# --- a data folder that cannot be written ---------------------------------------------------

@posix_only
@pytest.mark.parametrize(("args", "made"), [
    (["list"], None),
    (["reminders"], None),
    (["ics", "--out", "{OUT}/期限.ics"], "期限.ics"),
    (["export", "--license", VALID_LICENSE["number"], "--procedure", "renewal", "--out", "{OUT}/清单.xlsx"], "清单.xlsx"),
    (["export-dashboard", "--out", "{OUT}/一览.xlsx"], "一览.xlsx"),
], ids=["list", "reminders", "ics", "export", "export-dashboard"])
def test_reading_commands_work_in_a_read_only_data_folder(args, made):
    result, folder = run_in_read_only_folder("", with_database=True, args=[*args], prepare=prepare)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["license-keeper.sqlite3", "清单.xlsx"]   # nothing new
    if made:
        assert (folder.parent / "out" / made).stat().st_size > 0


@posix_only
def test_writing_in_a_read_only_data_folder_says_so():
    result, folder = run_in_read_only_folder("", with_database=True, prepare=prepare, args=[
        "export", "--license", VALID_LICENSE["number"], "--procedure", "cancellation", "--out", "{OUT}/x.xlsx"])
    assert result.returncode == 1 and "不可写" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["license-keeper.sqlite3", "清单.xlsx"]


# --- a full disk -------------------------------------------------------------------------------

@pytest.fixture
def full_data_folder(tmp_path):
    with mounted_tmpfs(tmp_path / "disk") as folder:
        prepare(folder / "license-keeper.sqlite3")
        fill(folder)
        yield folder / "license-keeper.sqlite3"


@pytest.mark.parametrize(("args", "made"), [
    (["list", "--json"], None),
    (["ics", "--out", "{OUT}/期限.ics"], "期限.ics"),
    (["export", "--license", VALID_LICENSE["number"], "--procedure", "renewal", "--out", "{OUT}/清单.xlsx"], "清单.xlsx"),
], ids=["list", "ics", "export"])
def test_reading_commands_work_on_a_full_disk(full_data_folder, tmp_path, args, made):
    args = [a.replace("{OUT}", str(tmp_path)) for a in args]
    done = app_command(*args, "--db", str(full_data_folder))
    assert done.returncode == 0, done.stderr.decode()
    if made:
        assert (tmp_path / made).stat().st_size > 0
    else:
        assert VALID_LICENSE["number"] in done.stdout.decode()


def test_a_write_on_a_full_disk_says_the_disk_is_full(full_data_folder):
    done = app_command("add-license", "--db", str(full_data_folder), "--number", "京B2-20110196", "--company",
                       "北京另一家呼叫服务有限公司", "--scope", "provincial", "--issued", "2022-03-15",
                       "--expiry", "2027-03-14")
    stderr = done.stderr.decode()
    assert done.returncode == 1
    assert "磁盘已满" in stderr and "disk I/O error" not in stderr and "Traceback" not in stderr


def test_a_save_that_meets_a_full_disk_in_the_app_says_so(full_data_folder, valid_license_input):
    """Opened while there was room, the app's store then meets the full disk at a save."""
    from app.storage.errors import DiskFull

    (full_data_folder.parent / "filler").unlink()
    store = open_store(full_data_folder)
    try:
        fill(full_data_folder.parent)
        with pytest.raises(DiskFull, match="磁盘已满"):
            for index in range(200):
                license_ops.add_license(store, {**valid_license_input, "number": f"京B2-2011{index:04d}",
                                                "special_terms": "很长的特别规定" * 250})
    finally:
        store.close()


# --- numbers out of range, and a fault of the program itself ------------------------------

@pytest.mark.parametrize("year", ["99999999999999999999", "-5", "3000"])
def test_a_report_year_out_of_range_is_a_message_and_opens_nothing(capsys, db_path, year):
    prepare(db_path)
    status = main(["export", "--db", str(db_path), "--license", VALID_LICENSE["number"], "--procedure",
                   "annual-report", "--year", year, "--out", str(db_path.parent / "年报.xlsx")])
    captured = capsys.readouterr()
    assert status == 2 and "年报年份" in captured.err and "不合理" in captured.err
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    conn.close()


def test_an_unforeseen_fault_is_one_line_not_a_traceback(capsys, db_path, monkeypatch):
    from app.cli import licenses as license_commands

    def broken(args, out):
        raise RuntimeError("x" * 10_000)

    monkeypatch.setattr(license_commands, "cmd_list", broken)
    status = main(["list", "--db", str(db_path)])
    captured = capsys.readouterr()
    assert status == 1 and "出现意外错误" in captured.err and "RuntimeError" in captured.err
    assert "Traceback" not in captured.err and len(captured.err) < 600
