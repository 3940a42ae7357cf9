"""The dashboard's rows as last computed, kept in the database so that a start can show them
without computing every license's next deadline again.

Each row is kept with the last day its next deadline stays the answer (see
``NextDeadlineFinder.next_deadline_through``): a start reuses the rows still good today and
computes only the others. What the rows are computed from is covered two ways:

- the licenses, their events and the holiday schedules entered: triggers (schema step 3)
  count every change to them, whoever writes (this app, the command line, an older copy);
  kept rows carry the count they were computed at and are used only while it is unchanged;
- the deadline rules and the holiday data shipped with the app: the fingerprint below, which
  kept rows must match.

Anything unexpected in what is kept means it is not used, never an error: the rows are then
computed as without a cache.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import zlib
from collections.abc import Sequence
from datetime import date
from importlib.machinery import PathFinder
from typing import NamedTuple

from app import __version__
from app.domain.deadline_item import Deadline
from app.domain.status import LicenseStatus, status_for
from app.resources import catalogue_dir
from app.storage.database import Store

Summary = tuple[int, str, str, str, date, date, bool]   # id, number, company, scope, issued, expiry, example


class KeptRows(NamedTuple):
    """What a read gives: the lines good today with their last good days, the summaries of the
    licenses to compute again, and the change count they were read at."""

    lines: list[LicenseStatus]
    through: list[date]
    stale: list[Summary]
    generation: int
    kept: list[list]            # the stored rows of ``lines`` (see ``summary_of``)

    def summaries(self) -> list[Summary]:
        """The summaries of ``lines`` (needed only to keep them again)."""
        return [summary_of(row) for row in self.kept]


def summary_of(row: list) -> Summary:
    license_id, number, company, scope, issued, expiry, example = row[:7]
    return license_id, number, company, scope, date.fromordinal(issued), date.fromordinal(expiry), example


def license_summaries(store: Store) -> list[Summary]:
    """What a dashboard line is computed from, for every license."""
    fromiso = date.fromisoformat
    cursor = store.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute("SELECT id, number, company, scope, issued, expiry, is_example FROM licenses")
    return [(i, number, company, scope, fromiso(issued), fromiso(expiry), bool(example))
            for i, number, company, scope, issued, expiry, example in rows]


def fingerprint() -> str:
    """The app version, the deadline rules file and the holiday data the app ships with."""
    rules = catalogue_dir() / "deadlines.toml"
    try:
        rules_stamp = f"{zlib.crc32(rules.read_bytes()):08x}"
    except OSError:
        rules_stamp = "-"
    return f"{__version__}|{rules_stamp}|{_holiday_data_stamp()}"


def _holiday_data_stamp() -> str:
    """chinese-calendar's tables as installed: their file's size and time; in a bundle, where
    they are inside the program, the program file's."""
    spec = PathFinder.find_spec("chinese_calendar")
    folder = spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else None
    candidate = os.path.join(folder, "constants.py") if folder else sys.executable
    try:
        stat = os.stat(candidate)
    except OSError:
        return "-"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def generation(store: Store) -> int | None:
    """The change count now (read before the rows are computed); None without a cache table."""
    try:
        row = store.conn.execute("SELECT generation FROM dashboard_cache WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def read(store: Store, *, today: date) -> KeptRows | None:
    """The rows kept, split into those good today and those to compute again; None if none
    can be used (nothing kept, changed since, another fingerprint, another day before)."""
    try:
        row = store.conn.execute(
            "SELECT generation, content_generation, fingerprint, computed_on, content "
            "FROM dashboard_cache WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[1] is None or row[0] != row[1] or row[4] is None:
        return None
    current, _, kept_fingerprint, computed_on, content = row
    try:
        if date.fromisoformat(computed_on) > today or kept_fingerprint != fingerprint():
            return None
        return _decode(json.loads(content), today=today, generation=current)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _decode(data: dict, *, today: date, generation: int) -> KeptRows:
    fromordinal = date.fromordinal
    deadlines = [Deadline(key, label, fromordinal(day), source, estimated, hard, year)
                 for key, label, day, source, estimated, hard, year in data["deadlines"]]
    if not all(type(d.key) is str and type(d.label) is str and type(d.source) is str   # noqa: E721
               and type(d.estimated) is bool and type(d.hard) is bool                  # noqa: E721
               and (d.annual_year is None or type(d.annual_year) is int) for d in deadlines):  # noqa: E721
        raise TypeError("a kept deadline of another shape")
    today_ordinal = today.toordinal()
    lines, through, stale, kept = [], [], [], []
    for row in data["rows"]:
        license_id, number, company, scope, _issued, expiry, example, deadline, last_day = row
        if not (type(license_id) is int and type(number) is str and type(company) is str    # noqa: E721
                and type(scope) is str and type(example) is bool and type(last_day) is int):  # noqa: E721
            raise TypeError("a kept row of another shape")
        if last_day < today_ordinal:
            stale.append(summary_of(row))
            continue
        upcoming = deadlines[deadline]
        days_left = (upcoming.date - today).days
        lines.append(LicenseStatus(license_id, number, company, scope, fromordinal(expiry), example,
                                   upcoming, days_left, status_for(days_left)))
        through.append(fromordinal(last_day))
        kept.append(row)
    return KeptRows(lines, through, stale, generation, kept)


def write(store: Store, *, today: date, generation: int, summaries: Sequence[Summary],
          lines: Sequence[LicenseStatus], through: Sequence[date]) -> None:
    """Keep rows computed (from data read at change count ``generation``) for later starts.

    Rows computed from data that has changed since are kept too, harmlessly: their count is
    then behind and they are never used.
    """
    deadlines: dict[Deadline, int] = {}
    rows = []
    for (license_id, number, company, scope, issued, expiry, example), line, last_day in zip(
            summaries, lines, through, strict=True):
        upcoming = line.next_deadline
        index = deadlines.setdefault(upcoming, len(deadlines))
        rows.append((license_id, number, company, scope, issued.toordinal(), expiry.toordinal(), example,
                     index, last_day.toordinal()))
    content = json.dumps({
        "deadlines": [(d.key, d.label, d.date.toordinal(), d.source, d.estimated, d.hard, d.annual_year)
                      for d in deadlines],
        "rows": rows,
    }, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(sqlite3.Error):      # only a quicker next start would be lost
        store.conn.execute(
            "UPDATE dashboard_cache SET content_generation = ?, fingerprint = ?, computed_on = ?, "
            "content = ? WHERE id = 1", (generation, fingerprint(), today.isoformat(), content))
