"""A year's holiday schedule read from a file: the JSON of the public holiday-cn data set, or an
iCalendar (.ics) holiday calendar.

holiday-cn's JSON is ``{"year": 2027, "papers": [...], "days": [{"name": "春节", "date":
"2027-02-06", "isOffDay": true}, ...]}``; ``isOffDay: false`` is a make-up working day, and an
empty ``days`` list means the schedule is not published yet. A day just across the new year
(the weekend end of a 元旦 break, a make-up Saturday in late December) belongs to the other
year's schedule: it is left out and said so. In an .ics file each all-day event is a holiday
or a make-up working day by its title (…假期, 休, 放假; 上班, 补班, 班); other events are left
out and named. A file covering several years gives a schedule for each.

Anything wrong is a ValidationError naming the problem; nothing else is ever raised.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import NamedTuple

from app.domain.errors import FieldError, ValidationError
from app.domain.workdays import YearSchedule

FIELD = "holiday_file"
LABEL = "节假日安排文件"
MAX_BYTES = 2_000_000          # holiday-cn's JSON is about 3 KB; a many-year .ics about 100 KB
MAX_ENTRIES = 5_000
MAX_ERRORS = 8
MAX_NOTES = 6
YEARS = range(1990, 2101)
BORDER_DAYS = 7                # how far across the new year a day of a year's schedule may lie
ORIGIN = "imported"

_WORKDAY_TITLE = re.compile(r"上班|补班|调休上班|[(（\[【]\s*班\s*[)）\]】]|(^|\s)班$")
_HOLIDAY_TITLE = re.compile(r"假|放假|[^调]休|^休")


class ScheduleFile(NamedTuple):
    """What a file holds: a schedule per year it covers, the years it shows as not published
    yet (an empty holiday-cn ``days`` list, or an .ics without events), and notes on what was
    left out."""

    kind: str                              # json | ics
    schedules: tuple[YearSchedule, ...]
    not_published: tuple[int, ...]
    notes: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.schedules


class _Problems:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(FieldError(FIELD, LABEL, message))

    def raise_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def _refuse(message: str) -> ValidationError:
    return ValidationError(FieldError(FIELD, LABEL, message))


def _shown(value: object, limit: int = 30) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ------------------------------------------------------------------ reading
def read_schedule_file(data: bytes, *, name: str = "") -> ScheduleFile:
    """The schedules in a file's bytes; ``name`` (the file's name) only helps to tell the format."""
    if len(data) > MAX_BYTES:
        raise _refuse(f"文件过大（{len(data) // 1024} KB）：节假日安排文件通常只有几 KB，最多接受 "
                      f"{MAX_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse("不是 UTF-8 编码的文本文件：应为 holiday-cn 的 JSON 文件或 .ics 日历文件") from None
    head = text.lstrip()[:20].upper()
    lower = name.lower()
    if head.startswith("{") or (lower.endswith(".json") and not head.startswith("BEGIN:")):
        return _read_json(text)
    if head.startswith("BEGIN:VCALENDAR") or lower.endswith(".ics"):
        return _read_ics(text)
    raise _refuse("看不出文件格式：应为 holiday-cn 的 JSON 文件（以 { 开头）或 .ics 日历文件（以 BEGIN:VCALENDAR 开头）")


# ------------------------------------------------------------------ holiday-cn JSON
class _BadValue(ValueError):
    pass


def _no_constant(token: str):
    raise _BadValue(f"不允许的值 {token}")


def _read_json(text: str) -> ScheduleFile:
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise _refuse(f"不是有效的 JSON：第 {error.lineno} 行第 {error.colno} 列格式错误") from None
    except _BadValue as error:
        raise _refuse(f"不是有效的 JSON：{error}") from None
    except ValueError:          # a number too long to read, say
        raise _refuse("不是有效的 JSON：含有无法读取的值") from None
    except RecursionError:
        raise _refuse("不是有效的 JSON：嵌套过深") from None
    if not isinstance(data, dict):
        raise _refuse("JSON 的最外层应为对象 {\"year\": …, \"days\": […]}（holiday-cn 格式）")
    year = data.get("year")
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    if not isinstance(year, int) or isinstance(year, bool):
        raise _refuse(f"缺少 year（年份，整数），或它不是整数：{_shown(year)}")
    if year not in YEARS:
        raise _refuse(f"year 为 {year}，不是合理的年份（应在 {YEARS.start}–{YEARS.stop - 1} 之间）")
    days = data.get("days")
    if not isinstance(days, list):
        raise _refuse("缺少 days（日期列表），或它不是列表")
    if not days:
        return ScheduleFile("json", (), (year,), ())
    if len(days) > MAX_ENTRIES:
        raise _refuse(f"days 有 {len(days)} 项，过多：一年的安排通常只有几十项")
    problems = _Problems()
    holidays: dict[date, str] = {}
    workdays: dict[date, str] = {}
    notes: list[str] = []
    for index, entry in enumerate(days, start=1):
        where = f"days 第 {index} 项"
        if not isinstance(entry, dict):
            problems.add(f"{where}应为对象 {{\"name\", \"date\", \"isOffDay\"}}，收到 {_shown(entry)}")
            continue
        name, raw_date, off = entry.get("name", ""), entry.get("date"), entry.get("isOffDay")
        if not isinstance(name, str):
            problems.add(f"{where}：name 应为文字，收到 {_shown(name)}")
            continue
        if not isinstance(off, bool):
            problems.add(f"{where}：isOffDay 应为 true（放假）或 false（调休上班），收到 {_shown(off)}")
            continue
        day = _iso_date(raw_date)
        if day is None:
            problems.add(f"{where}：date 应为 YYYY-MM-DD 格式的日期，收到 {_shown(raw_date)}")
            continue
        kind = "放假" if off else "调休上班"
        if day.year != year:
            if _across_new_year(day, year):
                notes.append(f"{day.isoformat()}（{name or kind}，{kind}）属于 {day.year} 年的安排，未采用")
            else:
                problems.add(f"{where}：{day.isoformat()} 不在 {year} 年内")
            continue
        mine, other = (holidays, workdays) if off else (workdays, holidays)
        if day in other:
            problems.add(f"{where}：{day.isoformat()} 既标为放假又标为调休上班")
            continue
        mine[day] = name
    problems.raise_any()
    schedule = _schedule(year, holidays, workdays)
    return ScheduleFile("json", (schedule,), (), tuple(_shorten(notes)))


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _across_new_year(day: date, year: int) -> bool:
    """A day of the year before or after ``year``, this close to its first or last day."""
    return (date(year, 1, 1) - timedelta(days=BORDER_DAYS) <= day
            <= date(year, 12, 31) + timedelta(days=BORDER_DAYS))


def _schedule(year: int, holidays, workdays) -> YearSchedule:
    try:
        return YearSchedule(year=year, holidays=frozenset(holidays), workdays=frozenset(workdays),
                            origin=ORIGIN)
    except ValidationError as error:
        raise ValidationError([FieldError(FIELD, LABEL, e.message) for e in error.errors]) from None


def _shorten(notes: list[str]) -> list[str]:
    if len(notes) <= MAX_NOTES:
        return notes
    return [*notes[:MAX_NOTES], f"……另有 {len(notes) - MAX_NOTES} 条未列出"]


# ------------------------------------------------------------------ iCalendar
def _read_ics(text: str) -> ScheduleFile:
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
        events = list(calendar.walk("VEVENT"))
    except Exception as error:  # noqa: BLE001 - any parser failure means "not a calendar file"
        raise _refuse(f"不是有效的 iCalendar（.ics）文件：{_shown(str(error), 60)}") from None
    if not events:
        return ScheduleFile("ics", (), (), ("文件中没有任何日程：当年的安排可能尚未公布",))
    if len(events) > MAX_ENTRIES:
        raise _refuse(f"文件有 {len(events)} 个日程，过多：节假日日历通常每年只有十几个")
    problems = _Problems()
    days: dict[date, tuple[bool, str]] = {}        # day -> (off, title)
    left_out: list[str] = []
    for index, event in enumerate(events, start=1):
        try:
            title = unicodedata.normalize("NFKC", str(event.get("SUMMARY", ""))).strip()
            span = _event_days(event)
        except _EventProblem as problem:
            problems.add(f"第 {index} 个日程{_titled(event)}：{problem}")
            continue
        except Exception:  # noqa: BLE001 - a malformed property of a hostile file
            problems.add(f"第 {index} 个日程{_titled(event)}：日期无法读取")
            continue
        if _WORKDAY_TITLE.search(title):
            off = False
        elif _HOLIDAY_TITLE.search(title):
            off = True
        else:
            left_out.append(f"“{title or '（无标题）'}”（{span[0].isoformat()}）")
            continue
        for day in span:
            seen = days.get(day)
            if seen is not None and seen[0] != off:
                problems.add(f"{day.isoformat()} 既标为放假（{seen[1] if seen[0] else title}）"
                             f"又标为上班（{title if seen[0] else seen[1]}）")
                break
            days[day] = (off, title)
    problems.raise_any()
    if not days:
        raise _refuse("文件中没有可识别的放假或调休上班日程：标题应含“假”“休”（放假）或“上班”“班”（调休上班）")
    years = sorted({day.year for day in days if not (day.month == 12 and day.day > 31 - BORDER_DAYS)})
    notes = []
    if left_out:
        notes.append(f"以下日程看不出是放假还是上班，未采用：{'、'.join(_shorten(left_out))}")
    schedules = []
    for year in years:
        holidays = {day for day, (off, _t) in days.items() if off and day.year == year}
        workdays = {day for day, (off, _t) in days.items() if not off and day.year == year}
        schedules.append(_schedule(year, holidays, workdays))
    outside = sorted(day for day in days if day.year not in years)
    notes.extend(_shorten([f"{day.isoformat()}（{days[day][1]}）属于 {day.year} 年，文件中没有这一年的安排，未采用"
                           for day in outside]))
    return ScheduleFile("ics", tuple(schedules), (), tuple(notes))


class _EventProblem(Exception):
    pass


def _titled(event) -> str:
    try:
        title = str(event.get("SUMMARY", "")).strip()
    except Exception:  # noqa: BLE001
        return ""
    return f"“{title[:20]}”" if title else ""


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise _EventProblem("日期应为 DATE 或 DATE-TIME")


def _event_days(event) -> list[date]:
    if event.get("RRULE") is not None:
        raise _EventProblem("是重复日程（RRULE），节假日日历不用重复规则，无法导入")
    start_prop = event.get("DTSTART")
    if start_prop is None:
        raise _EventProblem("缺少开始日期（DTSTART）")
    start_value = start_prop.dt
    first = _as_date(start_value)
    end_prop, duration = event.get("DTEND"), event.get("DURATION")
    if end_prop is not None:
        end_value = end_prop.dt
        if isinstance(start_value, datetime):
            # a timed event covers the days it touches
            last = _as_date(end_value - timedelta(microseconds=1)) if end_value > start_value else first
        else:
            last = _as_date(end_value) - timedelta(days=1)      # DTEND of an all-day event is the next day
    elif duration is not None:
        last = first + timedelta(days=max(duration.dt.days - 1, 0))
    else:
        last = first
    if last < first:
        last = first
    if first.year not in YEARS:
        raise _EventProblem(f"日期 {first.isoformat()} 不合理")
    if (last - first).days > 366:
        raise _EventProblem(f"从 {first.isoformat()} 到 {last.isoformat()}，超过一年")
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
