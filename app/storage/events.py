"""The history of a license: annual reports filed, submissions, decisions, approvals, edits.

Every step that changes what a license owes is an event here; app.domain.obligations derives
what is owed from these (``lifecycle_events``) and the license's cases.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from app.domain.obligations import (
    ANNUAL_REPORT_FILED,
    PAST_REPORTS_CONFIRMED,
    RENEWAL_APPROVED,
    RENEWAL_DECIDED,
    HistoryEvent,
)
from app.storage.database import Store, owners_clause
from app.storage.licenses import now_text

# The kinds that change what is owed (the others only tell the story).
LIFECYCLE_KINDS = (ANNUAL_REPORT_FILED, PAST_REPORTS_CONFIRMED, RENEWAL_DECIDED, RENEWAL_APPROVED)
__all__ = ["ANNUAL_REPORT_FILED", "Event", "add_event", "events_for", "lifecycle_events"]


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
    """The license's history, newest first; without the lines of a case in the 回收站 (they come
    back with it)."""
    rows = store.query(
        "SELECT * FROM events WHERE license_id = ? ORDER BY event_date DESC, id DESC", (license_id,))
    found = [Event(r["id"], r["license_id"], r["kind"], date.fromisoformat(r["event_date"]),
                   r["summary"] or "", _detail(r["detail"]), r["created_at"]) for r in rows]
    deleted = {r[0] for r in store.query("SELECT id FROM cases WHERE license_id = ? AND deleted_at IS NOT NULL",
                                         (license_id,))}
    return [e for e in found if e.detail.get("case_id") not in deleted] if deleted else found


def lifecycle_events(store: Store, license_ids: Collection[int] | None = None) -> dict[int, list[HistoryEvent]]:
    """For every license (or those of ``license_ids``), the events that change what it owes, oldest first."""
    marks = ",".join("?" * len(LIFECYCLE_KINDS))
    sql = f"SELECT license_id, kind, event_date, detail FROM events WHERE kind IN ({marks})"
    cursor = store.conn.cursor()
    cursor.row_factory = None
    result: dict[int, list[HistoryEvent]] = {}
    for owners_sql, owners in owners_clause(license_ids):
        for owner, kind, day, detail in cursor.execute(f"{sql}{owners_sql} ORDER BY event_date, id",
                                                       (*LIFECYCLE_KINDS, *owners)):
            result.setdefault(owner, []).append(HistoryEvent(kind, date.fromisoformat(day), _detail(detail)))
    return result


def _detail(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
