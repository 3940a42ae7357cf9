"""One dated deadline of a license, with its source.

On its own, without the rules and the working-day calendar that compute deadlines: reading the
dashboard lines kept from the last session (app.storage.dashboard_cache) needs only this type,
so a start that finds them good loads none of the rest.

The value types a start defines are NamedTuples rather than frozen dataclasses: as immutable,
and a fraction of the cost to define (about 0.1 ms against 0.7 ms, each, before the first paint)
and to make.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Deadline(NamedTuple):
    key: str
    label: str
    date: date
    source: str
    estimated: bool = False
    hard: bool = True          # missing it has consequences; a soft one is a planning date
    annual_year: int | None = None
    state: str = "pending"     # an obligation's state (app.domain.obligations); a planning date's is pending
    # What the label says, for the interface to say it in its language (app.domain.titles): a
    # plain tuple (key, ((name, value), ...)), with ``legal_day`` among the values when the label
    # adds that the legal day is not the day to act by; None for a label that has none.
    wording: tuple | None = None

    def days_left(self, today: date) -> int:
        return (self.date - today).days
