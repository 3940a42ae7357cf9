"""The dashboard's lines, shared by the GUI and the CLI: those kept from the last session when
still good (app.storage.dashboard_cache), the others computed.

This is what a start needs before its first paint, so the module imports only what reading kept
lines takes. The rules, the working-day calendar and the holiday data load when a line must be
computed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from app.storage import dashboard_cache
from app.storage.database import Store

if TYPE_CHECKING:
    from app.domain.status import LicenseStatus
    from app.domain.workdays import WorkdayCalendar


class DashboardRows(NamedTuple):
    """The dashboard's lines, with what keeping them for the next start needs (``keep_dashboard``)."""

    lines: list[LicenseStatus]
    summaries: list[dashboard_cache.Summary]    # of ``lines`` when some were computed, else empty
    through: list[date]
    generation: int | None      # the change count the data was read at (None: nothing to keep)
    computed: int               # how many lines were computed (the others were kept ones)


def dashboard(store: Store, *, today: date, calendar: WorkdayCalendar | None = None) -> list[LicenseStatus]:
    """Every license with its next thing to do (see ``dashboard_rows``)."""
    return dashboard_rows(store, today=today, calendar=calendar).lines


def dashboard_rows(store: Store, *, today: date, calendar: WorkdayCalendar | None = None) -> DashboardRows:
    """Every license with its next thing to do (app.domain.obligations), computed only for the
    licenses whose kept line (app.storage.dashboard_cache) is not good today.

    With a ``calendar`` given, every line is computed with it. The working-day index starts
    with the years around today (it grows when a date needs more).
    """
    kept = dashboard_cache.read(store, today=today) if calendar is None else None
    # The change count is read before the licenses are (a later change then only makes the
    # rows kept from this computation unusable, never wrong).
    generation = kept.generation if kept is not None else dashboard_cache.generation(store)
    if kept is not None:
        if not kept.stale:
            return DashboardRows(kept.lines, [], kept.through, generation, 0)
        summaries = kept.stale
    else:
        summaries = dashboard_cache.license_summaries(store)
        if not summaries:           # a first start: no working-day calendar to build
            return DashboardRows([], [], [], generation, 0)
    from app.domain.status import license_statuses_through
    from app.domain.workdays import WorkdayCalendar
    from app.operations.obligations import histories
    from app.storage import holidays

    calendar = calendar or WorkdayCalendar(holidays.load_schedules(store), first_year=today.year - 2,
                                           last_year=today.year + 7)
    # The lines kept from the last session leave only a few to compute on most days: only their
    # histories are read then.
    owners = [summary[0] for summary in summaries] if kept is not None else None
    lines, through = license_statuses_through(summaries, histories=histories(store, owners), calendar=calendar,
                                              today=today)
    computed = len(lines)
    if kept is not None:
        summaries, lines, through = kept.summaries() + summaries, kept.lines + lines, kept.through + through
    return DashboardRows(lines, summaries, through, generation, computed)


def has_archived(store: Store) -> bool:
    """Whether archived licenses exist (off the dashboard, found by a search)."""
    return dashboard_cache.has_archived(store)


def archived_lines(store: Store, *, today: date) -> list[LicenseStatus]:
    """The archived licenses as dashboard lines (for a search among them; never kept)."""
    if not has_archived(store):         # most databases: the first search need not load the lifecycle
        return []
    from app.domain.status import LicenseStatus
    from app.operations.archive import archived_overviews

    return [LicenseStatus(row.license.id, row.license.number, row.license.company, row.license.scope,
                          row.license.expiry, row.license.is_example, row.next_deadline, row.days_left, row.status)
            for row in archived_overviews(store, today=today)]


def keep_dashboard(store: Store, rows: DashboardRows, *, today: date) -> None:
    """Keep computed dashboard lines for the next start (nothing to do when none were computed)."""
    if rows.generation is not None and rows.computed:
        dashboard_cache.write(store, today=today, generation=rows.generation, summaries=rows.summaries,
                              lines=rows.lines, through=rows.through)
