"""The command line puts mistakes right: delete-license (asks, refuses without a terminal),
restore-license, list --deleted / --archived, archive-license / unarchive-license, empty-trash,
case withdraw and case take-back; refused input exits 2 and writes nothing."""

import json
import sqlite3

import pytest

from app.main import main


def run(capsys, *args):
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def dump(db):
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("licenses", "events", "cases", "case_items", "trash")}
    finally:
        conn.close()


@pytest.fixture
def db(capsys, db_path):
    for number, company, issued, expiry in (("京B2-20190350", "北京示例呼叫服务有限公司", "2026-01-10", "2031-01-09"),
                                            ("苏B2-20170456", "苏州旧呼叫有限公司", "2017-06-01", "2022-05-31")):
        status, _, _ = run(capsys, "add-license", "--db", str(db_path), "--number", number, "--company", company,
                           "--scope", "provincial", "--issued", issued, "--expiry", expiry, "--past-reports", "filed")
        assert status == 0
    return str(db_path)


def numbers(capsys, db, *extra):
    status, out, _ = run(capsys, "list", "--db", db, "--json", *extra)
    assert status == 0
    return [row["number"] for row in json.loads(out)]


def test_delete_asks_and_without_a_terminal_does_nothing(capsys, db):
    before = dump(db)
    status, out, err = run(capsys, "delete-license", "--db", db, "--license", "京B2-20190350")
    assert status == 2 and out == ""
    assert "删除许可证 京B2-20190350" in err and "--yes" in err
    assert dump(db) == before


def test_delete_then_restore(capsys, db):
    status, out, _ = run(capsys, "delete-license", "--db", db, "--license", "京B2-20190350", "--yes")
    assert status == 0 and "已移到回收站" in out and "restore-license" in out
    assert numbers(capsys, db) == ["苏B2-20170456"]
    assert numbers(capsys, db, "--deleted") == ["京B2-20190350"]
    status, _, err = run(capsys, "show", "--db", db, "--license", "京B2-20190350")
    assert status == 2 and "在回收站中" in err and "restore-license" in err
    status, out, _ = run(capsys, "list", "--db", db, "--deleted")
    assert "京B2-20190350" in out and "删除于" in out

    status, out, _ = run(capsys, "restore-license", "--db", db, "--license", "京B2-20190350")
    assert status == 0 and "已恢复 京B2-20190350" in out
    assert sorted(numbers(capsys, db)) == ["京B2-20190350", "苏B2-20170456"]
    assert numbers(capsys, db, "--deleted") == []


def test_restoring_what_is_not_in_the_trash_is_refused(capsys, db):
    before = dump(db)
    for number in ("京B2-20190350", "京B2-20190351"):
        status, _, err = run(capsys, "restore-license", "--db", db, "--license", number)
        assert status == 2 and "未写入任何内容" in err
    assert dump(db) == before


def test_empty_trash(capsys, db):
    run(capsys, "delete-license", "--db", db, "--license", "京B2-20190350", "--yes")
    before = dump(db)
    status, _, err = run(capsys, "empty-trash", "--db", db)
    assert status == 2 and "彻底删除" in err and dump(db) == before
    status, out, _ = run(capsys, "empty-trash", "--db", db, "--yes")
    assert status == 0 and "已彻底删除 1 项" in out
    assert numbers(capsys, db, "--deleted") == []
    status, out, _ = run(capsys, "empty-trash", "--db", db, "--yes")
    assert status == 0 and "回收站是空的" in out


def test_archive_an_ended_license_and_bring_it_back(capsys, db):
    before = dump(db)
    status, _, err = run(capsys, "archive-license", "--db", db, "--license", "京B2-20190350")
    assert status == 2 and "仍在有效期内" in err and dump(db) == before

    status, out, _ = run(capsys, "archive-license", "--db", db, "--license", "苏B2-20170456")
    assert status == 0 and "已归档" in out
    assert numbers(capsys, db) == ["京B2-20190350"]
    assert numbers(capsys, db, "--archived") == ["苏B2-20170456"]
    _, out, _ = run(capsys, "list", "--db", db)
    assert "另有 1 张已归档" in out
    status, _, _ = run(capsys, "unarchive-license", "--db", db, "--license", "苏B2-20170456")
    assert status == 0 and sorted(numbers(capsys, db)) == ["京B2-20190350", "苏B2-20170456"]


def test_withdraw_a_case_with_its_reason(capsys, db):
    _, out, _ = run(capsys, "case", "start", "--db", db, "--license", "京B2-20190350", "--procedure", "renewal")
    case = out.strip()
    status, _, err = run(capsys, "case", "submit", "--db", db, "--case", case, "--on", "2026-11-20")
    assert status == 0 and "还有 14 项材料" in err and "照常登记" in err
    before = dump(db)
    status, _, err = run(capsys, "case", "withdraw", "--db", db, "--case", case, "--reason", " ")
    assert status == 2 and "撤回原因" in err and dump(db) == before

    status, out, _ = run(capsys, "case", "withdraw", "--db", db, "--case", case, "--reason", "材料有误")
    assert status == 0 and "撤回，原因已记入历史记录" in out
    _, out, _ = run(capsys, "show", "--db", db, "--license", "京B2-20190350")
    assert "撤回续期（延续）：材料有误" in out
    status, out, _ = run(capsys, "case", "start", "--db", db, "--license", "京B2-20190350", "--procedure", "renewal")
    assert status == 0 and out.strip() != case


def test_take_back_a_submission_recorded_by_mistake(capsys, db):
    _, out, _ = run(capsys, "case", "start", "--db", db, "--license", "京B2-20190350", "--procedure", "renewal")
    case = out.strip()
    run(capsys, "case", "submit", "--db", db, "--case", case, "--on", "2026-11-20", "--yes")
    status, out, _ = run(capsys, "case", "take-back", "--db", db, "--case", case)
    assert status == 0 and "2026-11-20 的提交" in out and "准备中" in out
    status, _, err = run(capsys, "case", "take-back", "--db", db, "--case", case)
    assert status == 2 and "不能进行这一步" in err
