"""The dashboard's rows as last computed, kept in the database so that a start can show them
without computing every license's next deadline again.

Each row is kept with the last day its next thing to do stays the answer (see
``LicenseObligations.through``): a start reuses the rows still good today and computes only the
others. What the rows are computed from is covered two ways:

- the licenses, their events, their cases and the holiday schedules entered: triggers (schema
  steps 3 and 4) count every change to them, whoever writes (this app, the command line, an
  older copy);
  kept rows carry the count they were computed at and are used only while it is unchanged;
- the deadline rules and the holiday data shipped with the app: the fingerprint below, which
  kept rows must match.

Anything unexpected in what is kept means it is not used, never an error: the rows are then
computed as without a cache.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import zlib
from collections.abc import Sequence
from datetime import date
from importlib.machinery import PathFinder
from itertools import compress, repeat
from typing import TYPE_CHECKING, NamedTuple

from app import __version__
from app.resources import catalogue_dir
from app.storage.database import Store

if TYPE_CHECKING:
    from app.domain.deadline_item import Deadline
    from app.domain.status import LicenseStatus

Summary = tuple[int, str, str, str, date, date, bool]   # id, number, company, scope, issued, expiry, example
# Rows are kept column by column (a column of ids, one of numbers, ...), which reads faster
# than a list per row: the summary's columns (dates as ordinals), the index of each row's next
# deadline in the list of distinct deadlines, and each row's last good day (an ordinal).
COLUMN_TYPES = (int, str, str, str, int, int, bool, int, int)
NEXT_DEADLINE, LAST_DAY = 7, 8
CACHE_FORMAT = 3        # what a kept row holds; another format is never read (3: deadlines' wordings)


class KeptRows(NamedTuple):
    """What a read gives: the lines good today with their last good days, the summaries of the
    licenses to compute again, and the change count they were read at."""

    lines: list[LicenseStatus]
    through: list[date]
    stale: list[Summary]
    generation: int
    columns: Sequence[Sequence]     # the kept columns of ``lines``

    def summaries(self) -> list[Summary]:
        """The summaries of ``lines`` (needed only to keep them again)."""
        return summaries_of(self.columns)


def summaries_of(columns: Sequence[Sequence]) -> list[Summary]:
    ids, numbers, companies, scopes, issued, expiries, examples = columns[:7]
    fromordinal = date.fromordinal
    return list(zip(ids, numbers, companies, scopes, map(fromordinal, issued), map(fromordinal, expiries),
                    examples, strict=True))


def license_summaries(store: Store) -> list[Summary]:
    """What a dashboard line is computed from, for every license in use (neither archived nor in the
    回收站: archiving or deleting one is a change to the licenses, which the kept rows follow)."""
    fromiso = date.fromisoformat
    cursor = store.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute("SELECT id, number, company, scope, issued, expiry, is_example FROM licenses "
                          "WHERE archived_at IS NULL AND deleted_at IS NULL")
    return [(i, number, company, scope, fromiso(issued), fromiso(expiry), bool(example))
            for i, number, company, scope, issued, expiry, example in rows]


def has_archived(store: Store) -> bool:
    """Whether licenses are archived: off the dashboard's lines, but a search finds them."""
    try:
        return store.conn.execute("SELECT EXISTS (SELECT 1 FROM licenses WHERE archived_at IS NOT NULL "
                                  "AND deleted_at IS NULL)").fetchone()[0] == 1
    except sqlite3.Error:
        return False


def fingerprint() -> str:
    """The app version, the kept rows' format, the rules files (deadlines, and the festivals the estimate of an unknown
    year rests on) and the holiday data the app ships with."""
    stamps = []
    for name in ("deadlines.toml", "holidays.toml"):
        try:
            stamps.append(f"{zlib.crc32((catalogue_dir() / name).read_bytes()):08x}")
        except OSError:
            stamps.append("-")
    return f"{__version__}|{CACHE_FORMAT}|{'|'.join(stamps)}|{_holiday_data_stamp()}"


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
    import json  # here: a first start, with nothing kept, does without it

    try:
        if date.fromisoformat(computed_on) > today or kept_fingerprint != fingerprint():
            return None
        return _decode(json.loads(content), today=today, generation=current)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError):
        return None


def _decode(data: dict, *, today: date, generation: int) -> KeptRows:
    """The kept rows, checked column by column: thousands of rows are read in a few
    milliseconds, and any value of another type means nothing kept is used."""
    # Imported here: a first start, with nothing kept, does without them (see app/ui/__init__.py).
    from app.domain.deadline_item import Deadline
    from app.domain.status import LicenseStatus, status_of

    fromordinal = date.fromordinal
    deadlines = [Deadline(key, label, fromordinal(day), source, estimated, hard, year, state, _wording(said))
                 for key, label, day, source, estimated, hard, year, state, said in data["deadlines"]]
    if not all(type(d.key) is str and type(d.label) is str and type(d.source) is str   # noqa: E721
               and type(d.estimated) is bool and type(d.hard) is bool                  # noqa: E721
               and type(d.state) is str                                                # noqa: E721
               and (d.annual_year is None or type(d.annual_year) is int) for d in deadlines):  # noqa: E721
        raise TypeError("a kept deadline of another shape")
    columns = data["columns"]
    if (type(columns) is not list or len(columns) != len(COLUMN_TYPES)                 # noqa: E721
            or not _only(columns, list) or len(set(map(len, columns))) != 1
            or not all(_only(column, kind) for column, kind in zip(columns, COLUMN_TYPES, strict=True))):
        raise TypeError("kept rows of another shape")
    indexes = columns[NEXT_DEADLINE]
    if indexes and (min(indexes) < 0 or max(indexes) >= len(deadlines)):
        raise IndexError("a kept row without its deadline")
    today_ordinal = today.toordinal()
    stale: list[Summary] = []
    if indexes and min(columns[LAST_DAY]) < today_ordinal:
        good = [day >= today_ordinal for day in columns[LAST_DAY]]
        past = [not g for g in good]
        stale = summaries_of([list(compress(column, past)) for column in columns])
        columns = [list(compress(column, good)) for column in columns]
    ids, numbers, companies, scopes, _issued, expiries, examples, indexes, last_days = columns
    days_left = [(d.date - today).days for d in deadlines]
    statuses = [status_of(d, days) for d, days in zip(deadlines, days_left, strict=True)]
    # tuple.__new__ makes each line as LicenseStatus._make would, without a Python call per line.
    lines = list(map(tuple.__new__, repeat(LicenseStatus), zip(
        ids, numbers, companies, scopes, map(fromordinal, expiries), examples,
        map(deadlines.__getitem__, indexes), map(days_left.__getitem__, indexes),
        map(statuses.__getitem__, indexes), strict=True)))
    return KeptRows(lines, list(map(fromordinal, last_days)), stale, generation, columns)


def _wording(kept) -> tuple | None:
    """A deadline's wording as kept (a list of its key and its [name, value] pairs), or None."""
    if kept is None:
        return None
    key, values = kept
    pairs = tuple((name, value) for name, value in values)
    if type(key) is not str or not all(type(n) is str and type(v) is str for n, v in pairs):  # noqa: E721
        raise TypeError("a kept wording of another shape")
    return key, pairs


def _only(values, kind: type) -> bool:
    """Whether every value is exactly of ``kind`` (a bool is no int here)."""
    return set(map(type, values)) <= {kind}


def write(store: Store, *, today: date, generation: int, summaries: Sequence[Summary],
          lines: Sequence[LicenseStatus], through: Sequence[date]) -> None:
    """Keep rows computed (from data read at change count ``generation``) for later starts.

    Rows computed from data that has changed since are kept too, harmlessly: their count is
    then behind and they are never used.
    """
    import json

    deadlines: dict[Deadline, int] = {}
    rows = []
    # In the dashboard's first order (days left, then number): its sort then finds them sorted.
    in_order = sorted(zip(summaries, lines, through, strict=True),
                      key=lambda kept: (kept[1].next_deadline.date, kept[1].number))
    for (license_id, number, company, scope, issued, expiry, example), line, last_day in in_order:
        upcoming = line.next_deadline
        index = deadlines.setdefault(upcoming, len(deadlines))
        rows.append((license_id, number, company, scope, issued.toordinal(), expiry.toordinal(), example,
                     index, last_day.toordinal()))
    content = json.dumps({
        "deadlines": [(d.key, d.label, d.date.toordinal(), d.source, d.estimated, d.hard, d.annual_year,
                       d.state, d.wording) for d in deadlines],
        "columns": [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in COLUMN_TYPES],
    }, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(sqlite3.Error):      # only a quicker next start would be lost
        store.conn.execute(
            "UPDATE dashboard_cache SET content_generation = ?, fingerprint = ?, computed_on = ?, "
            "content = ? WHERE id = 1", (generation, fingerprint(), today.isoformat(), content))
