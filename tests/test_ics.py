from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from app.exports.files import ExportError
from app.operations import licenses as license_ops
from app.operations.reminders import export_calendar

STAMP = datetime(2026, 10, 1, 8, 30, tzinfo=UTC)
TODAY = date(2026, 10, 1)


def _parse(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(path):
    return {str(e["UID"]): e for e in _parse(path).walk("VEVENT")}


@pytest.fixture
def two_licenses(store, valid_license_input):
    first = license_ops.add_license(store, valid_license_input)
    license_ops.add_license(store, {**valid_license_input, "number": "B2-20110196",
                                   "company": "全网示例科技有限公司", "scope": "national",
                                   "issued": "2024-06-01", "expiry": "2029-05-31",
                                   "credit_code": "", "capital_wan": "1000"})
    license_ops.record_annual_report(store, first.id, year=2026, filed_on=date(2026, 3, 1))
    return store


def test_calendar_header_for_outlook_dingtalk_and_wecom(two_licenses, tmp_path):
    out = tmp_path / "期限.ics"
    export_calendar(two_licenses, out, today=TODAY, stamp=STAMP)
    raw = out.read_bytes()
    raw.decode("utf-8")                      # UTF-8 throughout
    lines = raw.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b""
    assert b"\n" not in raw.replace(b"\r\n", b"")          # CRLF only
    assert max(len(line) for line in lines) <= 75           # folded at 75 octets
    calendar = _parse(out)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert "许可证" in str(calendar["X-WR-CALNAME"])


def test_every_deadline_ahead_is_an_all_day_event(two_licenses, tmp_path):
    out = tmp_path / "deadlines.ics"
    count = export_calendar(two_licenses, out, today=TODAY, stamp=STAMP)
    events = _events(out)
    assert len(events) == count
    jing = {uid.split(".")[0]: e for uid, e in events.items() if "京B2-20190350" in str(e["SUMMARY"])}
    # 2026-09-15 (prepare_from) is past; the 2026 report is filed and past anyway
    assert set(jing) == {"renewal_safe_date", "renewal_last_working_day", "expiry", "annual_report_2027"}
    renewal = jing["renewal_last_working_day"]
    assert renewal.decoded("DTSTART") == date(2026, 12, 14)
    assert "续期申请最后可办理日" in str(renewal["SUMMARY"]) and "不再续期" in str(renewal["DESCRIPTION"])
    national = [e for e in events.values() if "B2-20110196 " in str(e["SUMMARY"])]
    assert {str(e["UID"]).split(".")[0] for e in national} >= {
        "prepare_from", "expiry", "annual_report_2027", "annual_report_2028", "annual_report_2029"}
    for event in events.values():
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and end == start + timedelta(days=1)
        assert start >= TODAY
        assert event.decoded("DTSTAMP") == STAMP
        assert str(event["TRANSP"]) == "TRANSPARENT"
    expiry = jing["expiry"]
    assert expiry.decoded("DTSTART") == date(2027, 3, 14)
    assert str(expiry["SUMMARY"]).startswith("许可证到期｜")
    assert "依据：" in str(expiry["DESCRIPTION"])
    safe = jing["renewal_safe_date"]
    assert "（估算）" in str(safe["SUMMARY"])
    assert "估算" in str(safe["DESCRIPTION"]) and "节假日安排" in str(safe["DESCRIPTION"])
    assert "估算" not in str(expiry["DESCRIPTION"])


def test_alarms_at_the_lead_times_still_ahead(two_licenses, tmp_path):
    out = tmp_path / "alarms.ics"
    export_calendar(two_licenses, out, today=TODAY, stamp=STAMP)
    events = _events(out)
    expiry = next(e for uid, e in events.items()
                  if uid.startswith("expiry.") and "京B2" in str(e["SUMMARY"]))
    triggers = [a.decoded("TRIGGER") for a in expiry.walk("VALARM")]
    # 164 days ahead: the 180-day alarm would be in the past
    assert triggers == [-(timedelta(days=lead) - timedelta(hours=9)) for lead in (90, 30, 7)]
    assert all(str(a["ACTION"]) == "DISPLAY" and a["DESCRIPTION"] for a in expiry.walk("VALARM"))
    far = next(e for uid, e in events.items() if uid.startswith("annual_report_2029."))
    assert len(far.walk("VALARM")) == 4


def test_custom_lead_times_become_the_alarms(store, valid_license_input, tmp_path):
    license_ops.add_license(store, {**valid_license_input, "lead_times": "60, 14"})
    out = tmp_path / "custom.ics"
    export_calendar(store, out, today=TODAY, stamp=STAMP)
    expiry = next(e for uid, e in _events(out).items() if uid.startswith("expiry."))
    assert [a.decoded("TRIGGER") for a in expiry.walk("VALARM")] == [
        -(timedelta(days=60) - timedelta(hours=9)), -(timedelta(days=14) - timedelta(hours=9))]


def test_a_re_export_is_stable(two_licenses, tmp_path):
    first, second, later = tmp_path / "a.ics", tmp_path / "b.ics", tmp_path / "c.ics"
    export_calendar(two_licenses, first, today=TODAY, stamp=STAMP)
    export_calendar(two_licenses, second, today=TODAY, stamp=STAMP)
    assert first.read_bytes() == second.read_bytes()
    export_calendar(two_licenses, later, today=TODAY, stamp=STAMP + timedelta(days=3))
    a, c = _events(first), _events(later)
    assert set(a) == set(c)                              # same UIDs: a re-import updates
    assert all(a[uid].decoded("DTSTART") == c[uid].decoded("DTSTART") for uid in a)


def test_uids_are_unique_and_survive_an_edit_of_the_expiry(store, valid_license_input, tmp_path):
    saved = license_ops.add_license(store, valid_license_input)
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    export_calendar(store, before, today=TODAY, stamp=STAMP)
    raw = _parse(before)
    uids = [str(e["UID"]) for e in raw.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    license_ops.update_license(store, saved.id, {**valid_license_input, "expiry": "2027-03-20"})
    export_calendar(store, after, today=TODAY, stamp=STAMP)
    moved = _events(after)
    expiry_uid = next(uid for uid in uids if uid.startswith("expiry."))
    assert moved[expiry_uid].decoded("DTSTART") == date(2027, 3, 20)


def test_an_unfiled_report_in_april_becomes_the_last_day_of_grace(store, valid_license_input, tmp_path):
    license_ops.add_license(store, valid_license_input)
    out = tmp_path / "april.ics"
    export_calendar(store, out, today=date(2026, 4, 10), stamp=STAMP)
    grace = next(e for uid, e in _events(out).items() if uid.startswith("annual_report_2026_grace."))
    assert grace.decoded("DTSTART") == date(2026, 4, 30)
    assert "限期补报" in str(grace["SUMMARY"])


def test_special_characters_survive_escaping(store, valid_license_input, tmp_path):
    license_ops.add_license(store, {**valid_license_input, "company": "示例;呼叫,服务\\有限公司"})
    out = tmp_path / "escaped.ics"
    export_calendar(store, out, today=TODAY, stamp=STAMP)
    summaries = [str(e["SUMMARY"]) for e in _events(out).values()]
    assert all("示例;呼叫,服务\\有限公司" in s for s in summaries)


def test_writing_is_atomic_and_failures_replace_nothing(two_licenses, tmp_path, monkeypatch):
    out = tmp_path / "keep.ics"
    out.write_bytes(b"old calendar")
    import app.exports.files as files

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(ExportError, match="原文件未改动"):
        export_calendar(two_licenses, out, today=TODAY, stamp=STAMP)
    assert out.read_bytes() == b"old calendar"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_missing_folder_is_named(two_licenses, tmp_path):
    with pytest.raises(ExportError, match="不存在"):
        export_calendar(two_licenses, tmp_path / "nowhere" / "x.ics", today=TODAY)
