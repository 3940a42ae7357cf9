"""What each license owes (app.domain.obligations), for every screen, reminder, export and command.

The licenses' histories are read in one query each for events and cases, whatever the number of
licenses, and the working-day calendar once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date

from app.domain.license import License
from app.domain.obligations import History, LicenseObligations, obligations_of
from app.domain.rules import default_rules
from app.domain.status import LicenseOverview, overview
from app.domain.workdays import WorkdayCalendar
from app.operations.holidays import load_calendar
from app.storage import cases as case_rows
from app.storage import events, licenses
from app.storage.database import Store


def histories(store: Store, license_ids: Collection[int] | None = None) -> dict[int, History]:
    """Every license's history (or those of ``license_ids``), keyed by license id."""
    found = events.lifecycle_events(store, license_ids)
    cases = case_rows.case_facts_by_license(store, license_ids)
    return {owner: History(tuple(found.get(owner, ())), tuple(cases.get(owner, ())))
            for owner in set(found) | set(cases)}


def of_license(store: Store, license: License, *, today: date,
               calendar: WorkdayCalendar | None = None) -> LicenseObligations:
    history = histories(store, (license.id,)).get(license.id, History())
    return obligations_of(issued=license.issued, expiry=license.expiry, events=history.events,
                          cases=history.cases, calendar=calendar or load_calendar(store), today=today)


def of_all(store: Store, *, today: date, calendar: WorkdayCalendar | None = None, archived: bool | None = False
           ) -> list[tuple[License, LicenseObligations]]:
    """Every license in use with what it owes, in the order of ``licenses.all_licenses``: the
    archived ones are left out (``archived=True``: those only; ``None``: both), those in the
    回收站 always."""
    return list(each(store, today=today, calendar=calendar, archived=archived))


def each(store: Store, *, today: date, calendar: WorkdayCalendar | None = None, archived: bool | None = False
         ) -> Iterator[tuple[License, LicenseObligations]]:
    """``of_all`` one license at a time, for a reader that keeps only part of it (the reminders):
    what a license owes is computed when the reader asks for it and can be let go of after."""
    calendar = calendar or load_calendar(store)
    rules = default_rules()
    chosen = licenses.all_licenses(store, archived=archived)
    # The licenses in use are most of them: their histories are read whole, in one query each;
    # the archived ones are few (a search among them): only theirs are read.
    found = histories(store, None if archived is False else [license.id for license in chosen])
    empty = History()
    for license in chosen:
        history = found.get(license.id, empty)
        yield license, obligations_of(issued=license.issued, expiry=license.expiry, events=history.events,
                                      cases=history.cases, calendar=calendar, today=today, rules=rules)


def overviews(store: Store, *, today: date, calendar: WorkdayCalendar | None = None) -> list[LicenseOverview]:
    """Every license with what it owes and its next thing to do on ``today``."""
    return [overview(license, owed, today=today) for license, owed in of_all(store, today=today, calendar=calendar)]
