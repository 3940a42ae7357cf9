"""Holiday schedules the user entered for years chinese-calendar does not know."""

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
        ))
    return schedules


def save_schedule(store: Store, schedule: YearSchedule) -> None:
    with store.atomic() as db:
        db["holiday_schedules"].upsert({
            "year": schedule.year,
            "holidays": json.dumps(sorted(d.isoformat() for d in schedule.holidays)),
            "workdays": json.dumps(sorted(d.isoformat() for d in schedule.workdays)),
            "note": schedule.note,
            "updated_at": now_text(),
        }, pk="year")


def delete_schedule(store: Store, year: int) -> None:
    with store.atomic():
        store.conn.execute("DELETE FROM holiday_schedules WHERE year = ?", (year,))
