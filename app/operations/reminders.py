"""Reminders and the calendar export: what the GUI and the CLI both do."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from app.domain.reminders import Reminder, collect_reminders
from app.domain.status import LicenseOverview
from app.domain.workdays import WorkdayCalendar
from app.exports.ics import export_ics
from app.operations import obligations
from app.storage import settings
from app.storage.database import Store

QUIET_SETTING = "reminders_quiet_on"   # ISO date on which the start-up reminders were silenced


def due_reminders(store: Store, today: date, *, calendar: WorkdayCalendar | None = None,
                  overviews: Iterable[LicenseOverview] | None = None) -> list[Reminder]:
    """Every obligation and planning date that falls within its license's lead times on
    ``today``, and what is overdue or missed (see app.domain.reminders).

    Pass ``overviews`` computed for the same day to reuse what they hold instead of computing
    it again.
    """
    if overviews is not None:
        return collect_reminders(((row.license, row.obligations) for row in overviews), today=today)
    return collect_reminders(obligations.each(store, today=today, calendar=calendar), today=today)


def export_calendar(store: Store, path: Path, *, today: date | None = None,
                    stamp: datetime | None = None) -> int:
    """Write every obligation and planning date from ``today`` on to an .ics file; returns the
    number of events. Raises app.exports.errors.ExportError when the file cannot be written
    (nothing replaced)."""
    today = today or date.today()
    return export_ics(Path(path), obligations.of_all(store, today=today), today=today, stamp=stamp)


def reminders_quiet_on(store: Store, today: date) -> bool:
    """Whether the user asked not to be reminded again on ``today``."""
    return settings.get_setting(store, QUIET_SETTING) == today.isoformat()


def set_reminders_quiet(store: Store, today: date, quiet: bool) -> None:
    settings.set_setting(store, QUIET_SETTING, today.isoformat() if quiet else "")
