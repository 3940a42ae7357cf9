import icalendar

from tests.test_cli import add, run


def test_reminders_command_lists_what_is_due(capsys, db_path):
    add(capsys, db_path)
    status, out, _ = run(capsys, "reminders", "--db", str(db_path), "--today", "2026-10-01")
    assert status == 0
    assert "3 件事已进入提醒范围或已逾期" in out
    assert "2026-10-29（周四）（估算）  还有 28 天（提前 30 天提醒）" in out


def test_reminders_command_with_nothing_due(capsys, db_path):
    add(capsys, db_path)
    status, out, _ = run(capsys, "reminders", "--db", str(db_path), "--today", "2023-06-01")
    assert status == 0 and "没有进入提醒范围的期限" in out


def test_ics_command_writes_a_calendar(capsys, db_path, tmp_path):
    add(capsys, db_path)
    target = tmp_path / "期限.ics"
    status, out, err = run(capsys, "ics", "--db", str(db_path), "--out", str(target),
                           "--today", "2026-10-01")
    assert status == 0, err
    assert "已导出 4 个期限" in out
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = sorted(str(e["SUMMARY"]).split("｜")[0] for e in events)
    assert summaries == ["2027年年报截止（估算）", "续期安全日期（估算）", "续期申请最后可办理日", "许可证到期"]


def test_ics_command_refuses_a_wrong_suffix_and_a_missing_folder(capsys, db_path, tmp_path):
    add(capsys, db_path)
    status, _, err = run(capsys, "ics", "--db", str(db_path), "--out", str(tmp_path / "x.txt"))
    assert status == 2 and ".ics" in err
    status, _, err = run(capsys, "ics", "--db", str(db_path), "--out", str(tmp_path / "no" / "x.ics"))
    assert status == 1 and "不存在" in err
    assert not (tmp_path / "x.txt").exists()


def test_ics_command_rejects_a_bad_date(capsys, db_path, tmp_path):
    status, _, err = run(capsys, "ics", "--db", str(db_path), "--out", str(tmp_path / "x.ics"),
                         "--today", "2026-02-30")
    assert status == 2 and "没有这一天" in err
