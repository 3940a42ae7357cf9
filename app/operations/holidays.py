"""Holiday schedules: which years are built in, entered, imported or estimated; entering,
importing from a file and deleting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.errors import FieldError, ValidationError
from app.domain.workdays import WorkdayCalendar, YearSchedule, known_years
from app.storage import holidays
from app.storage.database import Store

YEARS_AHEAD = 6
# How a year's working days are known, as the command line and its JSON name it.
SOURCE_KINDS = {"chinese-calendar": "built-in", "estimated": "estimated"}
SOURCE_LABELS = {"built-in": "内置（chinese-calendar）", "entered": "已录入", "imported": "已导入",
                 "estimated": "估算（未收录）"}


def load_calendar(store: Store) -> WorkdayCalendar:
    """The working-day calendar: chinese-calendar's years, with the schedules the user entered."""
    return WorkdayCalendar(holidays.load_schedules(store))


def save_holiday_schedule(store: Store, schedule: YearSchedule) -> None:
    holidays.save_schedule(store, schedule)


def missing_festivals(schedule: YearSchedule) -> list[str]:
    """The statutory festivals the schedule gives no day off for (a warning to confirm)."""
    from app.domain.festivals import missing_festivals as missing

    return missing(schedule.year, schedule.holidays)


@dataclass(frozen=True)
class HolidayYear:
    year: int
    source: str              # 'chinese-calendar', 'user' or 'estimated'
    licenses: int            # how many licenses have a deadline in this year
    schedule: YearSchedule | None

    @property
    def kind(self) -> str:
        """built-in, entered, imported or estimated."""
        if self.schedule is not None and self.source == "user":
            return self.schedule.origin
        return SOURCE_KINDS[self.source]


def license_years(store: Store) -> dict[int, int]:
    """For every year from a license's issue to its expiry, how many licenses touch it."""
    counts: dict[int, int] = {}
    for row in store.query("SELECT issued, expiry FROM licenses WHERE deleted_at IS NULL"):
        first, last = int(row["issued"][:4]), int(row["expiry"][:4])
        for year in range(first, last + 1):
            counts[year] = counts.get(year, 0) + 1
    return counts


def holiday_years(store: Store, *, today: date, calendar: WorkdayCalendar | None = None) -> list[HolidayYear]:
    """The years worth showing: this year and the next six, every year a license touches,
    and every year with an entered schedule; each with where its working days come from."""
    calendar = calendar or load_calendar(store)
    touched = license_years(store)
    schedules = calendar.schedules
    years = set(range(today.year, today.year + YEARS_AHEAD + 1)) | set(touched) | set(schedules)
    return [HolidayYear(year, calendar.year_source(year), touched.get(year, 0), schedules.get(year))
            for year in sorted(years)]


def delete_holiday_schedule(store: Store, year: int) -> None:
    """Forget an entered schedule: the year goes back to chinese-calendar or to the estimate."""
    holidays.delete_schedule(store, year)


# ------------------------------------------------------------------ importing a file
@dataclass(frozen=True)
class YearToImport:
    schedule: YearSchedule
    missing: tuple[str, ...]         # festivals it gives no day off for
    replaces: str                    # the year's source now: entered, imported or estimated


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, shown before anything is saved."""

    file_name: str
    years: tuple[YearToImport, ...]
    built_in: tuple[int, ...]         # years of the file chinese-calendar already has: left alone
    not_published: tuple[int, ...]   # years the file shows as not published yet
    notes: tuple[str, ...]

    @property
    def incomplete(self) -> tuple[YearToImport, ...]:
        return tuple(y for y in self.years if y.missing)


def read_holiday_file(store: Store, path: Path | str, *, calendar: WorkdayCalendar | None = None) -> ImportPlan:
    """Read a holiday-cn JSON or .ics file and say what importing it would do (nothing is saved).

    A year chinese-calendar knows is left alone, as the holidays dialog leaves it."""
    from app.domain.holiday_files import FIELD, LABEL, MAX_BYTES, read_schedule_file

    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise ValidationError(FieldError(FIELD, LABEL, f"无法读取文件 {path.name}：{error.strerror or error}")) from None
    found = read_schedule_file(data, name=path.name)
    calendar = calendar or load_calendar(store)
    note = f"导入自 {path.name}"
    years, built_in = [], []
    for schedule in found.schedules:
        if schedule.year in known_years():
            built_in.append(schedule.year)
            continue
        current = calendar.schedules.get(schedule.year)
        schedule = YearSchedule(schedule.year, schedule.holidays, schedule.workdays, note=note, origin="imported")
        years.append(YearToImport(schedule, tuple(missing_festivals(schedule)),
                                  current.origin if current else "estimated"))
    return ImportPlan(path.name, tuple(years), tuple(built_in), found.not_published, found.notes)


def import_holiday_file(store: Store, plan: ImportPlan, *, accept_incomplete: bool = False) -> list[int]:
    """Save the plan's years, all or none; a year missing a festival only when accepted."""
    from app.domain.holiday_files import FIELD, LABEL

    if plan.incomplete and not accept_incomplete:
        raise ValidationError([FieldError(FIELD, LABEL, incomplete_message(y)) for y in plan.incomplete])
    holidays.save_schedules(store, [y.schedule for y in plan.years])
    return [y.schedule.year for y in plan.years]


def incomplete_message(year: YearToImport) -> str:
    return (f"{year.schedule.year} 年的安排没有{'、'.join(year.missing)}的放假日，可能不完整"
            f"（七个法定节日：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）")


def describe_plan(plan: ImportPlan) -> list[str]:
    """What the plan holds, a line each (shared by the command line and the dialog)."""
    lines = []
    for year in plan.years:
        replaces = {"estimated": "取代估算", "entered": "取代已录入的安排",
                    "imported": "取代先前导入的安排"}[year.replaces]
        lines.append(f"{year.schedule.year} 年：放假 {len(year.schedule.holidays)} 天，"
                     f"调休上班 {len(year.schedule.workdays)} 天（{replaces}）")
    for year in plan.built_in:
        lines.append(f"{year} 年：内置安排（chinese-calendar）已有，不导入")
    for year in plan.not_published:
        lines.append(f"{year} 年：文件中的安排为空，国务院尚未公布")
    lines.extend(plan.notes)
    return lines
