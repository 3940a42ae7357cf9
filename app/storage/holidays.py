"""Holiday schedules the user entered or imported, each with its origin."""

from __future__ import annotations

import json
from datetime import date

from app.domain.workdays import YearSchedule
from app.storage.database import Store
from app.storage.licenses import now_text


def load_schedules(store: Store) -> list[YearSchedule]:
    schedules = []
    for row in store.query("SELECT * FROM holiday_schedules ORDER BY year"):
        schedules.append(YearSchedule(
            year=row["year"],
            holidays=frozenset(date.fromisoformat(d) for d in json.loads(row["holidays"])),
            workdays=frozenset(date.fromisoformat(d) for d in json.loads(row["workdays"])),
            note=row["note"] or "",
            origin=row["origin"] or "entered",
        ))
    return schedules


def save_schedule(store: Store, schedule: YearSchedule) -> None:
    save_schedules(store, [schedule])


def save_schedules(store: Store, schedules: list[YearSchedule]) -> None:
    """Save every schedule, or none of them."""
    stamp = now_text()
    with store.atomic() as db:
        for schedule in schedules:
            db["holiday_schedules"].upsert({
                "year": schedule.year,
                "holidays": json.dumps(sorted(d.isoformat() for d in schedule.holidays)),
                "workdays": json.dumps(sorted(d.isoformat() for d in schedule.workdays)),
                "note": schedule.note,
                "origin": schedule.origin,
                "updated_at": stamp,
            }, pk="year")


def delete_schedule(store: Store, year: int) -> None:
    with store.atomic():
        store.conn.execute("DELETE FROM holiday_schedules WHERE year = ?", (year,))
