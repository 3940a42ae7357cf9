"""The history of a license: renewals, annual reports filed, changes, edits."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from app.storage.database import Store
from app.storage.licenses import now_text

ANNUAL_REPORT_FILED = "annual_report_filed"


@dataclass(frozen=True)
class Event:
    id: int
    license_id: int
    kind: str
    event_date: date
    summary: str
    detail: dict
    created_at: str


def add_event(store: Store, *, license_id: int, kind: str, event_date: date, summary: str,
              detail: dict | None = None) -> int:
    with store.atomic() as db:
        table = db["events"]
        table.insert({
            "license_id": license_id, "kind": kind, "event_date": event_date.isoformat(),
            "summary": summary, "detail": json.dumps(detail or {}, ensure_ascii=False),
            "created_at": now_text(),
        })
        return table.last_pk


def events_for(store: Store, license_id: int) -> list[Event]:
    rows = store.query(
        "SELECT * FROM events WHERE license_id = ? ORDER BY event_date DESC, id DESC", (license_id,))
    return [Event(r["id"], r["license_id"], r["kind"], date.fromisoformat(r["event_date"]),
                  r["summary"] or "", json.loads(r["detail"] or "{}"), r["created_at"]) for r in rows]


def filed_years_by_license(store: Store, *, since_year: int | None = None) -> dict[int, set[int]]:
    """For every license, the filing years whose annual report is recorded as filed.

    ``since_year`` leaves out the years before it (the dashboard needs only this year on).
    """
    result: dict[int, set[int]] = {}
    sql = ("SELECT license_id, json_extract(detail, '$.year') AS year FROM events "
           "WHERE kind = ? AND json_valid(detail)")
    params: tuple = (ANNUAL_REPORT_FILED,)
    if since_year is not None:
        sql += " AND year >= ?"
        params += (since_year,)
    cursor = store.conn.cursor()
    cursor.row_factory = None
    for license_id, year in cursor.execute(sql, params):
        if isinstance(year, int):
            result.setdefault(license_id, set()).add(year)
    return result
