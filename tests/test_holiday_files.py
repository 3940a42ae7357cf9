"""A year's schedule from a holiday-cn JSON file or an .ics calendar: read, checked, imported."""

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.holiday_files import MAX_BYTES, ScheduleFile, read_schedule_file
from app.main import main
from app.operations import holidays as holiday_ops
from app.operations import open_store

# The shape of holiday-cn's files, for a year no published data covers.
DAYS_2030 = [
    ("元旦", "2030-01-01", True),
    *[("春节", f"2030-02-{d:02d}", True) for d in range(2, 10)],
    ("春节", "2030-01-26", False),
    ("清明节", "2030-04-05", True), ("清明节", "2030-04-06", True), ("清明节", "2030-04-07", True),
    *[("劳动节", f"2030-05-{d:02d}", True) for d in range(1, 6)],
    ("劳动节", "2030-05-11", False),
    ("端午节", "2030-06-05", True),
    ("中秋节", "2030-09-12", True), ("中秋节", "2030-09-13", True),
    *[("国庆节", f"2030-10-{d:02d}", True) for d in range(1, 8)],
    ("国庆节", "2030-09-29", False),
]


def holiday_cn(year=2030, days=DAYS_2030, **extra) -> bytes:
    document = {"$schema": "https://example.invalid/schema.json", "year": year, "papers": [],
                "days": [{"name": n, "date": d, "isOffDay": off} for n, d, off in days], **extra}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def ics(*events: tuple[str, str, str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//holidays//CN"]
    for index, (summary, start, end) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:{index}@test", f"SUMMARY:{summary}", f"DTSTART;VALUE=DATE:{start}",
                  f"DTEND;VALUE=DATE:{end}", "DTSTAMP:20261101T000000Z", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines).encode("utf-8")


# ------------------------------------------------------------------ holiday-cn JSON
def test_a_holiday_cn_file_gives_the_years_schedule():
    found = read_schedule_file(holiday_cn(), name="2030.json")
    (schedule,) = found.schedules
    assert schedule.year == 2030 and schedule.origin == "imported"
    assert date(2030, 2, 2) in schedule.holidays and date(2030, 10, 7) in schedule.holidays
    assert schedule.workdays == {date(2030, 1, 26), date(2030, 5, 11), date(2030, 9, 29)}
    assert found.not_published == () and found.notes == ()


def test_a_file_of_no_known_format_is_named():
    with pytest.raises(ValidationError, match="看不出文件格式"):
        read_schedule_file(b"hello", name="holidays.txt")


def test_an_empty_days_list_means_not_published_yet():
    found = read_schedule_file(holiday_cn(year=2031, days=[]), name="2031.json")
    assert found == ScheduleFile("json", (), (2031,), ())


def test_a_day_just_across_new_year_belongs_to_the_other_year_and_is_said_so():
    days = [("元旦", "2029-12-29", False), ("元旦", "2029-12-30", True), *DAYS_2030]
    found = read_schedule_file(holiday_cn(days=days))
    (schedule,) = found.schedules
    assert date(2029, 12, 30) not in schedule.holidays
    assert any("2029-12-29" in note and "属于 2029 年" in note for note in found.notes)


@pytest.mark.parametrize("data, fragment", [
    (b"\xff\xfe\x00", "UTF-8"),
    (b"hello", "不是有效的 JSON"),
    (b"{\"year\": 2030, ", "不是有效的 JSON：第 1 行"),
    (b"[1, 2]", None),                                       # read as JSON by name, refused by shape
    (b"{\"year\": \"2030\", \"days\": []}", "缺少 year"),
    (b"{\"year\": true, \"days\": []}", "缺少 year"),
    (b"{\"year\": 1e400, \"days\": []}", "year"),
    (b"{\"year\": NaN, \"days\": []}", "不允许的值 NaN"),
    (b"{\"year\": 1" + b"0" * 5000 + b", \"days\": []}", "含有无法读取的值"),
    (b"{\"year\": 3027, \"days\": []}", "不是合理的年份"),
    (b"{\"year\": 2030}", "缺少 days"),
    (b"{\"year\": 2030, \"days\": {}}", "缺少 days"),
    (b"{\"year\": 2030, \"days\": [1]}", "days 第 1 项应为对象"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2030/10/01\", \"isOffDay\": true}]}", "YYYY-MM-DD"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2030-02-30\", \"isOffDay\": true}]}", "YYYY-MM-DD"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2030-10-01\", \"isOffDay\": \"yes\"}]}", "isOffDay"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2031-06-01\", \"isOffDay\": true}]}", "不在 2030 年内"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2030-10-08\", \"isOffDay\": false}]}", "本来就是工作日"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2030-10-05\", \"isOffDay\": false}, "
     b"{\"date\": \"2030-10-05\", \"isOffDay\": true}]}", "既标为放假又标为调休上班"),
    (b"[" * 100_000 + b"]" * 100_000, None),
    (b"{\"year\": 2030, \"days\": [" + b",".join([b"{}"] * 6000) + b"]}", "过多"),
    (b" " * (MAX_BYTES + 1), "文件过大"),
])
def test_a_bad_file_is_named_and_gives_nothing(data, fragment):
    with pytest.raises(ValidationError) as info:
        read_schedule_file(data, name="x.json")
    assert all(e.field == "holiday_file" for e in info.value.errors)
    if fragment:
        assert fragment in str(info.value)


# ------------------------------------------------------------------ .ics
def test_an_ics_calendar_in_holiday_cns_style():
    found = read_schedule_file(ics(
        ("元旦假期", "20291230", "20300102"),             # the 30th and 31st belong to 2029
        ("上班(补春节假期)", "20300126", "20300127"),
        ("春节假期", "20300202", "20300210"),
        ("清明节假期", "20300405", "20300408"),
        ("劳动节假期", "20300501", "20300506"),
        ("端午节假期", "20300605", "20300606"),
        ("中秋节 休", "20300912", "20300914"),
        ("国庆节（班）", "20300929", "20300930"),
        ("国庆节假期", "20301001", "20301008"),
        ("情人节", "20300214", "20300215"),
    ), name="holidays.ics")
    (schedule,) = found.schedules
    assert schedule.year == 2030
    assert date(2030, 1, 1) in schedule.holidays and date(2030, 10, 7) in schedule.holidays
    assert schedule.workdays == {date(2030, 1, 26), date(2030, 9, 29)}
    assert any("情人节" in note for note in found.notes)
    assert any("2029-12-30" in note for note in found.notes)
    assert holiday_ops.missing_festivals(schedule) == []


def test_an_ics_with_several_years_gives_each():
    found = read_schedule_file(ics(("国庆节假期", "20301001", "20301008"), ("国庆节假期", "20311001", "20311008")))
    assert [s.year for s in found.schedules] == [2030, 2031]


def test_an_ics_without_events_means_not_published_yet():
    found = read_schedule_file(ics())
    assert found.empty and "尚未公布" in found.notes[0]


@pytest.mark.parametrize("data, fragment", [
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", None),
    (b"BEGIN:VCALENDAR\r\nFOO\r\nEND:VCALENDAR\r\n", "不是有效的 iCalendar"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "不是有效的 iCalendar"),
    (ics(("春节假期", "20300202", "20310210")), "超过一年"),
    (ics(("情人节", "20300214", "20300215")), "没有可识别"),
    (ics(("国庆节假期", "20301001", "20301008"), ("国庆节 上班", "20301005", "20301006")), "既标为放假"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\xe5\x81\x87\r\nRRULE:FREQ=YEARLY\r\n"
     b"DTSTART;VALUE=DATE:20301001\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "RRULE"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\xe5\x81\x87\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "DTSTART"),
])
def test_a_bad_ics_is_named_and_gives_nothing(data, fragment):
    with pytest.raises(ValidationError) as info:
        read_schedule_file(data, name="x.ics")
    if fragment:
        assert fragment in str(info.value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: ("{\"year\": 2030, \"days\": [" + t + "]}").encode("utf-8")),
    st.text(max_size=200).map(lambda t: ("BEGIN:VCALENDAR\r\n" + t + "\r\nEND:VCALENDAR").encode("utf-8")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                     st.sampled_from(["year", "days", "date", "isOffDay", "name", "papers"]), inner, max_size=4),
                 max_leaves=20).map(lambda v: json.dumps(v).encode("utf-8")),
), name=st.sampled_from(["2030.json", "x.ics", "holidays", ""]))
def test_any_file_content_gives_a_schedule_or_a_named_problem(data, name):
    try:
        found = read_schedule_file(data, name=name)
    except ValidationError as error:
        assert error.errors and all(e.message for e in error.errors)
        return
    assert isinstance(found, ScheduleFile)


# ------------------------------------------------------------------ import and the command line
def run(capsys, *args):
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_import_replaces_the_estimate_and_list_says_imported(capsys, db_path, tmp_path):
    path = tmp_path / "2030.json"
    path.write_bytes(holiday_cn())
    status, out, err = run(capsys, "holidays", "import", "--db", db_path, path)
    assert status == 0, err
    assert "2030 年：放假 27 天，调休上班 3 天（取代估算）" in out and "已导入 2030 年" in out
    status, out, _ = run(capsys, "holidays", "list", "--db", db_path, "--today", "2026-12-05", "--json")
    rows = {row["year"]: row for row in json.loads(out)}
    assert rows[2030]["source"] == "imported" and rows[2030]["note"] == "导入自 2030.json"
    assert rows[2026]["source"] == "built-in" and rows[2027]["source"] == "estimated"
    status, out, _ = run(capsys, "holidays", "list", "--db", db_path, "--today", "2026-12-05")
    assert "2030 年  已导入  放假 27 天，调休上班 3 天  导入自 2030.json" in out


def test_a_deadline_in_an_imported_year_is_no_longer_estimated(capsys, db_path, tmp_path):
    run(capsys, "add-license", "--db", db_path, "--number", "京B2-20250350", "--company", "北京示例呼叫服务有限公司",
        "--scope", "provincial", "--issued", "2025-12-01", "--expiry", "2030-11-30", "--capital", "150")
    _, out, _ = run(capsys, "deadlines", "--db", db_path, "--license", "京B2-20250350", "--json")
    assert json.loads(out)["estimated"] is True
    path = tmp_path / "2030.json"
    path.write_bytes(holiday_cn())
    run(capsys, "holidays", "import", "--db", db_path, path)
    _, out, _ = run(capsys, "deadlines", "--db", db_path, "--license", "京B2-20250350", "--json")
    assert json.loads(out)["estimated"] is False


def test_a_year_missing_a_festival_is_refused_unless_accepted(capsys, db_path, tmp_path):
    path = tmp_path / "2030.json"
    path.write_bytes(holiday_cn(days=[d for d in DAYS_2030 if d[0] != "端午节"]))
    status, _, err = run(capsys, "holidays", "import", "--db", db_path, path)
    assert status == 2 and "没有端午节的放假日" in err and "--accept-incomplete" in err
    _, out, _ = run(capsys, "holidays", "list", "--db", db_path, "--today", "2026-12-05", "--json")
    assert {r["year"]: r["source"] for r in json.loads(out)}[2030] == "estimated"     # nothing saved
    status, out, _ = run(capsys, "holidays", "import", "--db", db_path, path, "--accept-incomplete")
    assert status == 0 and "已导入 2030 年" in out


def test_a_file_not_published_yet_saves_nothing(capsys, db_path, tmp_path):
    path = tmp_path / "2031.json"
    path.write_bytes(holiday_cn(year=2031, days=[]))
    status, out, _ = run(capsys, "holidays", "import", "--db", db_path, path)
    assert status == 0 and "国务院尚未公布" in out and "未保存任何内容" in out
    store = open_store(db_path)
    try:
        assert holiday_ops.load_calendar(store).year_source(2031) == "estimated"
    finally:
        store.close()


def test_a_built_in_year_is_left_alone(capsys, db_path, tmp_path):
    path = tmp_path / "2025.json"
    path.write_bytes(holiday_cn(year=2025, days=[("元旦", "2025-01-01", True)]))
    status, out, _ = run(capsys, "holidays", "import", "--db", db_path, path)
    assert status == 0 and "内置安排（chinese-calendar）已有，不导入" in out and "未保存任何内容" in out


@pytest.mark.parametrize("content, fragment", [
    (b"not json", "看不出文件格式"),
    (b"{\"year\": 2030, \"days\": [{\"date\": \"2031-06-01\", \"isOffDay\": true}]}", "不在 2030 年内"),
])
def test_a_bad_file_exits_2_names_the_problem_and_writes_nothing(capsys, db_path, tmp_path, content, fragment):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    status, out, err = run(capsys, "holidays", "import", "--db", db_path, path)
    assert status == 2 and fragment in err and "Traceback" not in err
    _, out, _ = run(capsys, "holidays", "list", "--db", db_path, "--json")
    assert all(r["source"] in ("built-in", "estimated") for r in json.loads(out))


def test_a_missing_file_is_a_message(capsys, db_path, tmp_path):
    status, _, err = run(capsys, "holidays", "import", "--db", db_path, tmp_path / "nowhere.json")
    assert status == 2 and "无法读取文件 nowhere.json" in err


def test_holidays_without_an_action_says_what_to_do(capsys, db_path):
    status, _, err = run(capsys, "holidays", "--db", db_path)
    assert status == 2 and "holidays import" in err
