"""Reminders and the calendar export: what the GUI and the CLI both do."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from app.domain.deadlines import compute_deadlines
from app.domain.reminders import Reminder, collect_reminders
from app.domain.status import LicenseOverview
from app.domain.workdays import WorkdayCalendar
from app.exports.ics import export_ics
from app.operations.holidays import load_calendar
from app.storage import events, licenses, settings
from app.storage.database import Store

QUIET_SETTING = "reminders_quiet_on"   # ISO date on which the start-up reminders were silenced


def _entries(store: Store, calendar: WorkdayCalendar):
    filed = events.filed_years_by_license(store)
    for license in licenses.all_licenses(store):
        deadlines = compute_deadlines(expiry=license.expiry, issued=license.issued, calendar=calendar)
        yield license, deadlines, filed.get(license.id, set())


def due_reminders(store: Store, today: date, *, calendar: WorkdayCalendar | None = None,
                  overviews: Iterable[LicenseOverview] | None = None) -> list[Reminder]:
    """Every deadline that falls within its license's lead times on ``today``.

    Pass the dashboard's ``overviews`` (computed for the same day) to reuse their deadlines
    instead of computing them again.
    """
    if overviews is not None:
        filed = events.filed_years_by_license(store)
        entries = ((row.license, row.deadlines, filed.get(row.license.id, set())) for row in overviews)
        return collect_reminders(entries, today=today)
    calendar = calendar or load_calendar(store)
    return collect_reminders(_entries(store, calendar), today=today)


def calendar_entries(store: Store) -> list[tuple]:
    """(license, deadlines, filed years) of every license: what the .ics export is made of."""
    return list(_entries(store, load_calendar(store)))


def export_calendar(store: Store, path: Path, *, today: date | None = None,
                    stamp: datetime | None = None) -> int:
    """Write every deadline ahead of ``today`` to an .ics file; returns the number of events.

    Raises app.exports.errors.ExportError when the file cannot be written (nothing replaced).
    """
    return export_ics(Path(path), calendar_entries(store), today=today, stamp=stamp)


def reminders_quiet_on(store: Store, today: date) -> bool:
    """Whether the user asked not to be reminded again on ``today``."""
    return settings.get_setting(store, QUIET_SETTING) == today.isoformat()


def set_reminders_quiet(store: Store, today: date, quiet: bool) -> None:
    settings.set_setting(store, QUIET_SETTING, today.isoformat() if quiet else "")
