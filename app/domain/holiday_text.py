"""A year's holiday schedule as plain text, both ways.

Two forms are read, line by line, and may be mixed:

- the simple form, one date or range per line with 休 (放假) or 班 (调休上班)::

      2027-01-01 休
      2027-02-10 至 2027-02-17 休   春节
      2027-02-07 班

- the State Council notice style, given the year (or a heading naming it)::

      二、春节：2月10日（星期三）至17日（星期三）放假调休，共8天。2月7日（星期日）、2月20日（星期六）上班。

Full-width digits and Chinese punctuation are accepted (NFKC). In the notice style, text in
parentheses (weekdays, lunar dates, "除夕（2月9日）") is left out, a clause with dates must say
放假 or 上班, and "共N天" / "放假N天" must match the days given. Anything not understood is a
ValidationError naming the line and what is wrong; nothing else is ever raised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.chinese_dates import weekday
from app.domain.errors import FieldError, ValidationError
from app.domain.workdays import KNOWN_YEARS, YearSchedule

FIELD = "holiday_text"
LABEL = "节假日安排文本"
MAX_CHARS = 20_000
MAX_ERRORS = 8
YEARS = range(1990, 2101)
HOLIDAY, WORKDAY = "休", "班"

_RANGE = r"\s*(?:至|到|~|—|–|--?)\s*"
_FULL = r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?"
_END = r"(?:([0-9]{4})\s*[-/.年]\s*)?(?:([0-9]{1,2})\s*[-/.月]\s*)?([0-9]{1,2})\s*日?"
_SIMPLE = re.compile(rf"^{_FULL}(?:{_RANGE}{_END})?\s*[:,]?\s*(.*)$")
_MARKER = re.compile(r"^(调休上班|补班|上班|班|放假|休息|休|假|workday|work|holiday|off)(?![a-z])(.*)$",
                     re.IGNORECASE)
_CN_DATE = re.compile(r"(?:([0-9]{4})\s*年\s*)?(?:([0-9]{1,2})\s*月\s*)?([0-9]{1,2})\s*日")
_RANGE_ONLY = re.compile(rf"^{_RANGE}$")
_COUNT = re.compile(r"(?:共|放假)\s*([0-9]{1,3})\s*天")
_PARENS = re.compile(r"\([^()]*\)|【[^【】]*】")
_YEAR_HEADING = re.compile(r"([0-9]{4})\s*年\s*(?:部分)?(?:节假日|放假)")
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]+\s*、|\(?[一二三四五六七八九十]+\)|[0-9]{1,2}\s*[.、)]\s*(?![0-9]))")


class _LineProblem(Exception):
    pass


@dataclass
class _Collected:
    holidays: dict[date, int]
    workdays: dict[date, int]
    year: int | None


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _make_date(year: int, month: int, day: int) -> date:
    if year not in YEARS:
        raise _LineProblem(f"年份 {year} 不合理（应在 {YEARS.start}–{YEARS.stop - 1} 之间）")
    try:
        return date(year, month, day)
    except ValueError:
        raise _LineProblem(f"没有这一天：{year}-{month:02d}-{day:02d}") from None


def _expand(first: date, last: date) -> list[date]:
    if last < first:
        raise _LineProblem(f"区间的结束日 {last.isoformat()} 早于开始日 {first.isoformat()}")
    if (last - first).days > 366:
        raise _LineProblem(f"区间 {first.isoformat()} 至 {last.isoformat()} 超过一年")
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# ------------------------------------------------------------------ the simple form
def _simple_line(line: str) -> tuple[list[date], str] | None:
    """(days, kind) for a line of the simple form, None when the line is not of that form."""
    match = _SIMPLE.match(line)
    if not match:
        return None
    y1, m1, d1, y2, m2, d2, rest = match.groups()
    marker = _MARKER.match(rest.strip())
    if not marker:
        if _clause_kind(rest):
            return None      # a notice sentence that starts with a full date
        raise _LineProblem("看不出是放假还是上班：日期后应写“休”（放假）或“班”（调休上班）")
    first = _make_date(int(y1), int(m1), int(d1))
    if d2 is None:
        days = [first]
    else:
        if y2 is not None and m2 is None:
            raise _LineProblem("区间的结束日应写成 YYYY-MM-DD、MM-DD 或 DD")
        last = _make_date(int(y2 or y1), int(m2 or m1), int(d2))
        days = _expand(first, last)
    note = marker.group(2)
    if re.search(r"[0-9]", note):
        raise _LineProblem("每行只写一个日期或一个区间，再写“休”或“班”")
    word = marker.group(1).lower()
    kind = WORKDAY if word in ("调休上班", "补班", "上班", "班", "workday", "work") else HOLIDAY
    return days, kind


# ------------------------------------------------------------------ the notice style
def _clause_dates(clause: str, *, year: int | None, month: int | None) -> tuple[list[date], int | None]:
    """The dates of one clause (ranges expanded), and the month the clause ends in."""
    found = list(_CN_DATE.finditer(clause))
    days: list[date] = []
    previous: date | None = None
    previous_explicit = False
    pending_range = False
    for index, match in enumerate(found):
        y, m, d = match.groups()
        if m is None and month is None:
            raise _LineProblem(f"“{match.group(0)}”没有写月份")
        if y is None and year is None and previous is None:
            raise _LineProblem("通知中的日期没有写年份：请先选择年份")
        current = _make_date(int(y) if y else (previous.year if previous else year),
                             int(m) if m else month, int(d))
        if pending_range and y is None and current < previous:
            # "12月30日至1月1日" runs over New Year: in a notice for a year, the end lies in
            # that year and the start in the year before (unless the start named its year)
            if previous_explicit:
                current = _make_date(previous.year + 1, current.month, current.day)
            else:
                previous = _make_date(previous.year - 1, previous.month, previous.day)
                days[-1] = previous
        month = current.month
        if pending_range:
            days.extend(_expand(previous, current)[1:])
        else:
            days.append(current)
        following = found[index + 1].start() if index + 1 < len(found) else None
        pending_range = following is not None and bool(_RANGE_ONLY.match(clause[match.end():following]))
        previous, previous_explicit = current, y is not None
    return days, month


def _clause_kind(clause: str) -> str | None:
    if "上班" in clause or "补班" in clause:
        return WORKDAY
    if "放假" in clause:
        return HOLIDAY
    return None


def _notice_line(line: str, *, year: int | None) -> list[tuple[list[date], str]]:
    line = _PARENS.sub("", _PARENS.sub("", line))
    result = []
    for sentence in re.split(r"[。;]", line):
        clauses = [c for c in re.split(r"[,，]", sentence) if c.strip()]
        sentence_kinds = {k for k in map(_clause_kind, clauses) if k}
        month: int | None = None
        holiday_count = 0
        for clause in clauses:
            days, month = _clause_dates(clause, year=year, month=month)
            if not days:
                continue
            kind = _clause_kind(clause) or (next(iter(sentence_kinds)) if len(sentence_kinds) == 1 else None)
            if kind is None:
                raise _LineProblem(f"“{clause.strip()}”看不出是放假还是上班（应含“放假”或“上班”）")
            if kind == HOLIDAY:
                holiday_count += len(days)
            result.append((days, kind))
        count = _COUNT.search(sentence)
        if count and holiday_count and int(count.group(1)) != holiday_count:
            raise _LineProblem(f"放假日期共 {holiday_count} 天，与“{count.group(0)}”不符")
    return result


# ------------------------------------------------------------------ both
def _add(collected: _Collected, days: list[date], kind: str, line_no: int, *,
         notice: bool) -> None:
    for day in days:
        if collected.year is None:
            collected.year = day.year
        if day.year != collected.year:
            if notice and kind == HOLIDAY and day.weekday() >= 5:
                continue   # the weekend end of a New Year's Day spanning two years: rests anyway
            raise _LineProblem(f"{day.isoformat()} 不在 {collected.year} 年内")
        if kind == WORKDAY and day.weekday() < 5:
            raise _LineProblem(f"{day.isoformat()} 是{weekday(day)}，本来就是工作日，"
                               "不能标为调休上班日")
        mine, other = ((collected.holidays, collected.workdays) if kind == HOLIDAY
                       else (collected.workdays, collected.holidays))
        if day in other:
            was = "放假日" if kind == WORKDAY else "调休上班日"
            raise _LineProblem(f"{day.isoformat()} 在第 {other[day]} 行已标为{was}，不能又标为"
                               f"{'放假日' if kind == HOLIDAY else '调休上班日'}")
        mine.setdefault(day, line_no)


def _heading_year(text: str) -> int | None:
    match = _YEAR_HEADING.search(text)
    return int(match.group(1)) if match else None


def _excerpt(line: str) -> str:
    line = line.strip()
    return line if len(line) <= 40 else line[:39] + "…"


def parse_schedule_text(text: str, *, year: int | None = None, note: str = "") -> YearSchedule:
    """A YearSchedule from pasted text, or ValidationError naming each bad line."""
    if not isinstance(text, str):
        raise ValidationError(FieldError(FIELD, LABEL, "应为文本"))
    if len(text) > MAX_CHARS:
        raise ValidationError(FieldError(FIELD, LABEL, f"过长：最多 {MAX_CHARS} 个字，现在 {len(text)} 个"))
    normalised = _normalise(text)
    if year is not None and year not in YEARS:
        raise ValidationError(FieldError(FIELD, LABEL, f"年份 {year} 不合理"))
    heading_year = _heading_year(normalised)
    if year is not None and heading_year is not None and heading_year != year:
        raise ValidationError(FieldError(FIELD, LABEL, f"文本是 {heading_year} 年的安排，而选择的年份是 {year} 年"))
    collected = _Collected({}, {}, year)
    notice_year = year or heading_year
    errors: list[FieldError] = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = _normalise(raw).strip()
        if not line or line.startswith("#"):
            continue
        try:
            line = _LIST_MARK.sub("", line).strip()
            simple = _simple_line(line)
            if simple is not None:
                _add(collected, *simple, line_no, notice=False)
                continue
            for days, kind in _notice_line(line, year=notice_year or collected.year):
                _add(collected, days, kind, line_no, notice=True)
        except _LineProblem as problem:
            errors.append(FieldError(FIELD, LABEL, f"第 {line_no} 行“{_excerpt(raw)}”：{problem}"))
            if len(errors) >= MAX_ERRORS:
                break
    if errors:
        raise ValidationError(errors)
    if not collected.holidays and not collected.workdays:
        raise ValidationError(FieldError(FIELD, LABEL, "没有找到任何日期：每行写一个日期或区间，再写“休”或“班”，"
                                                       "如 2027-02-10 至 2027-02-17 休"))
    return YearSchedule(year=collected.year, holidays=frozenset(collected.holidays),
                        workdays=frozenset(collected.workdays), note=note.strip())


def day_ranges(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive runs of days, as (first, last) pairs in date order."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def format_schedule_text(schedule: YearSchedule) -> str:
    """The schedule in the simple form, one range per line, in date order."""
    lines = [f"# {schedule.year} 年节假日安排（休 = 放假，班 = 调休上班）"]
    if schedule.note:
        lines.append(f"# {' '.join(schedule.note.split())}")
    items = [(first, last, HOLIDAY) for first, last in day_ranges(schedule.holidays)]
    items += [(first, last, WORKDAY) for first, last in day_ranges(schedule.workdays)]
    for first, last, kind in sorted(items):
        span = first.isoformat() if first == last else f"{first.isoformat()} 至 {last.isoformat()}"
        lines.append(f"{span} {kind}")
    return "\n".join(lines) + "\n"


def builtin_schedule(year: int) -> YearSchedule | None:
    """The schedule chinese-calendar ships for ``year`` (holidays and make-up days), if any."""
    from chinese_calendar import constants

    if year not in KNOWN_YEARS:
        return None
    return YearSchedule(year=year,
                        holidays=frozenset(d for d in constants.holidays if d.year == year),
                        workdays=frozenset(d for d in constants.workdays if d.year == year),
                        note="chinese-calendar")
