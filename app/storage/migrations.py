"""Ordered schema steps. Each runs in one transaction and sets PRAGMA user_version.

Never edit a released step: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.create_table("licenses", {
        "id": int, "number": str, "company": str, "credit_code": str, "legal_rep": str,
        "address": str, "capital_wan": str, "capital_kind": str, "services": str, "coverage": str,
        "scope": str, "authority": str, "issued": str, "expiry": str, "special_terms": str,
        "contact_person": str, "contact_phone": str, "lead_times": str, "legacy_number": int,
        "is_example": int, "created_at": str, "updated_at": str,
    }, pk="id", not_null={"number", "company", "scope", "issued", "expiry"},
        defaults={"legacy_number": 0, "is_example": 0, "lead_times": "[180, 90, 30, 7]"})
    db["licenses"].create_index(["number"], unique=True)
    db.create_table("holiday_schedules", {
        "year": int, "holidays": str, "workdays": str, "note": str, "updated_at": str,
    }, pk="year", not_null={"holidays", "workdays"})
    db.create_table("events", {
        "id": int, "license_id": int, "kind": str, "event_date": str, "summary": str,
        "detail": str, "created_at": str,
    }, pk="id", not_null={"license_id", "kind", "event_date"},
        foreign_keys=[("license_id", "licenses", "id")])
    db["events"].create_index(["license_id", "kind"])
    db.create_table("settings", {"key": str, "value": str}, pk="key")


def _v2_cases(db: sqlite_utils.Database) -> None:
    db.create_table("cases", {
        "id": int, "license_id": int, "procedure": str, "status": str, "context": str,
        "wizard_step": int, "submitted_on": str, "outcome": str, "acknowledged": str,
        "created_at": str, "updated_at": str, "closed_at": str,
    }, pk="id", not_null={"license_id", "procedure", "status"},
        defaults={"status": "open", "wizard_step": 0, "context": "{}", "outcome": "{}", "acknowledged": "[]"},
        foreign_keys=[("license_id", "licenses", "id")])
    db["cases"].create_index(["license_id", "procedure", "status"])
    db.create_table("case_items", {
        "id": int, "case_id": int, "material_id": str, "position": int, "name": str,
        "description": str, "forms": str, "sources": str, "freshness_days": int,
        "freshness_note": str, "state": str, "na_reason": str, "owner": str, "due_date": str,
        "note": str, "updated_at": str,
    }, pk="id", not_null={"case_id", "material_id", "name", "state"},
        defaults={"state": "missing", "na_reason": "", "owner": "", "note": ""},
        foreign_keys=[("case_id", "cases", "id")])
    db["case_items"].create_index(["case_id", "position"])
    db.create_table("item_history", {
        "id": int, "item_id": int, "case_id": int, "changed_at": str, "field": str,
        "old_value": str, "new_value": str, "origin": str,
    }, pk="id", not_null={"item_id", "case_id", "field"},
        foreign_keys=[("item_id", "case_items", "id"), ("case_id", "cases", "id")])
    db["item_history"].create_index(["item_id"])
    db.create_table("attachments", {
        "id": int, "item_id": int, "case_id": int, "original_name": str, "stored_name": str,
        "sha256": str, "size": int, "added_at": str,
    }, pk="id", not_null={"item_id", "case_id", "stored_name", "sha256"},
        foreign_keys=[("item_id", "case_items", "id"), ("case_id", "cases", "id")])
    db["attachments"].create_index(["item_id"])


# The tables whose rows the dashboard is computed from: any change to them empties the cache.
DASHBOARD_SOURCES = ("licenses", "events", "holiday_schedules")    # and "cases" from step 4 on


def _v3_dashboard_cache(db: sqlite_utils.Database) -> None:
    """The dashboard's rows as last computed (app.storage.dashboard_cache). Triggers count every
    change to what they were computed from, whoever writes; the rows kept say which count they
    were computed at, and are used only while the count is still that."""
    db.execute("CREATE TABLE dashboard_cache (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "generation INTEGER NOT NULL DEFAULT 0, content_generation INTEGER, "
               "fingerprint TEXT, computed_on TEXT, content TEXT)")
    db.execute("INSERT INTO dashboard_cache (id, generation) VALUES (1, 0)")
    for table in DASHBOARD_SOURCES:
        for action in ("INSERT", "UPDATE", "DELETE"):
            db.execute(f"CREATE TRIGGER {table}_{action.lower()}_counts_for_dashboard "
                       f"AFTER {action} ON {table} BEGIN "
                       f"UPDATE dashboard_cache SET generation = generation + 1 WHERE id = 1; END")


def _v4_lifecycle(db: sqlite_utils.Database) -> None:
    """What is owed follows the cases too, and approvals keep the dates they replaced.

    - The dashboard's kept rows are computed from the cases as well (a submitted renewal, an
      open change): changes to them count, as changes to the licenses do.
    - A renewal approval recorded before this step overwrote 发证日期 with the approval date
      and kept only the old 有效期至: the old 发证日期 is set back into its event and case as the
      start of the term that ended (有效期至 minus five years, plus a day; not before the first
      issue year in the license number), so that the annual reports of that term stay owed.
    - ``license_files``: files kept with a license rather than a checklist item (the new
      certificate's scan or 电子证照).
    """
    for action in ("INSERT", "UPDATE", "DELETE"):
        db.execute(f"CREATE TRIGGER cases_{action.lower()}_counts_for_dashboard AFTER {action} ON cases BEGIN "
                   "UPDATE dashboard_cache SET generation = generation + 1 WHERE id = 1; END")
    for event_id, license_id, detail in db.execute(
            "SELECT id, license_id, detail FROM events WHERE kind = 'renewal_approved'").fetchall():
        _complete_approval(db, event_id=event_id, license_id=license_id, detail=detail)
    db.execute("CREATE TABLE license_files (id INTEGER PRIMARY KEY, license_id INTEGER NOT NULL "
               "REFERENCES licenses(id), case_id INTEGER REFERENCES cases(id), kind TEXT NOT NULL, "
               "original_name TEXT NOT NULL, stored_name TEXT NOT NULL, sha256 TEXT NOT NULL, "
               "size INTEGER NOT NULL, added_at TEXT NOT NULL)")
    db.execute("CREATE INDEX idx_license_files_license_id ON license_files (license_id)")


def _complete_approval(db: sqlite_utils.Database, *, event_id: int, license_id: int, detail: str) -> None:
    import json
    from datetime import date, timedelta

    from app.domain.license_number import LicenseNumberProblem, parse_license_number

    try:
        values = json.loads(detail or "{}")
        old_expiry = date.fromisoformat(values["old_expiry"])
    except (ValueError, KeyError, TypeError):
        return
    if values.get("old_issued"):
        return
    number = db.execute("SELECT number FROM licenses WHERE id = ?", (license_id,)).fetchone()[0]
    try:
        five_years_before = old_expiry.replace(year=old_expiry.year - 5)
    except ValueError:          # 29 February
        five_years_before = old_expiry.replace(year=old_expiry.year - 5, day=28)
    start = five_years_before + timedelta(days=1)
    try:
        first_year = parse_license_number(number, allow_legacy=True).year_first_issued
        start = max(start, date(first_year, 1, 1))
    except (LicenseNumberProblem, ValueError):
        pass
    values["old_issued"] = start.isoformat()
    values.setdefault("new_issued", values.get("approved_on"))
    db.execute("UPDATE events SET detail = ? WHERE id = ?", (json.dumps(values, ensure_ascii=False), event_id))
    case_id = values.get("case_id")
    if isinstance(case_id, int):
        row = db.execute("SELECT outcome FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is not None:
            outcome = json.loads(row[0] or "{}")
            outcome.update(old_issued=values["old_issued"], new_issued=values["new_issued"])
            db.execute("UPDATE cases SET outcome = ? WHERE id = ?", (json.dumps(outcome, ensure_ascii=False), case_id))


def _v5_holiday_schedule_origin(db: sqlite_utils.Database) -> None:
    """Whether a year's schedule was entered by hand (typed or pasted: 'entered', as every
    schedule before this step) or imported from a file ('imported')."""
    db["holiday_schedules"].add_column("origin", str, not_null_default="entered")


def _v6_trash_and_archive(db: sqlite_utils.Database) -> None:
    """A mistake can be put right, and a license that ended can be put away.

    - ``deleted_at`` on licenses, cases and attachments: set while the row is in the 回收站
      (every reader leaves it out; restoring clears it, so the rows come back as they were);
      ``trash``: one row per deletion, what the 回收站 lists, with the backup taken before it.
    - ``licenses.archived_at``: an ended license put away, off the dashboard and the reminders.
    - ``item_history.change``: the save a history row belongs to (undo takes back one save);
      rows written before this step have none and are grouped by their time.
    """
    db.execute("ALTER TABLE licenses ADD COLUMN archived_at TEXT")
    db.execute("ALTER TABLE licenses ADD COLUMN deleted_at TEXT")
    db.execute("ALTER TABLE cases ADD COLUMN deleted_at TEXT")
    db.execute("ALTER TABLE attachments ADD COLUMN deleted_at TEXT")
    db.execute("ALTER TABLE item_history ADD COLUMN change INTEGER")
    db.execute("CREATE TABLE trash (id INTEGER PRIMARY KEY, "
               "kind TEXT NOT NULL CHECK (kind IN ('license', 'case', 'attachment')), "
               "license_id INTEGER NOT NULL REFERENCES licenses(id), case_id INTEGER REFERENCES cases(id), "
               "attachment_id INTEGER REFERENCES attachments(id), label TEXT NOT NULL, "
               "deleted_at TEXT NOT NULL, backup TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE INDEX idx_trash_license_id ON trash (license_id)")


def _v7_group_notices(db: sqlite_utils.Database) -> None:
    """Group robots (企业微信, 钉钉, 飞书) and the record of what each channel was told.

    - ``robots``: one a row; the webhook address and signing secret live in the system's
      credential store under ``secret_ref`` (``credential`` holds them only where there is
      none: ``secret_place`` says which); ``host`` and ``address_shown`` (the token cut) are
      what may be shown; the last attempt's day and outcome are kept to show and to retry.
    - ``robot_licenses``: the licenses a robot covers, when it does not cover them all.
    - ``notices_sent``: each stage of each obligation told to a channel (a robot, "robot:N",
      or the desktop notice), once (app.domain.digest).
    """
    db.execute("CREATE TABLE robots (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', "
               "host TEXT NOT NULL, address_shown TEXT NOT NULL, all_licenses INTEGER NOT NULL DEFAULT 1, "
               "secret_ref TEXT NOT NULL, secret_place TEXT NOT NULL, credential TEXT, "
               "created_at TEXT NOT NULL, last_attempt_on TEXT, last_attempt_at TEXT, last_ok INTEGER, "
               "last_message TEXT NOT NULL DEFAULT '', last_sent_count INTEGER NOT NULL DEFAULT 0)")
    db.execute("CREATE TABLE robot_licenses (robot_id INTEGER NOT NULL REFERENCES robots(id) ON DELETE CASCADE, "
               "license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE, "
               "PRIMARY KEY (robot_id, license_id))")
    db.execute("CREATE TABLE notices_sent (id INTEGER PRIMARY KEY, channel TEXT NOT NULL, "
               "license_id INTEGER NOT NULL, obligation TEXT NOT NULL, stage TEXT NOT NULL, "
               "sent_on TEXT NOT NULL, sent_at TEXT NOT NULL, UNIQUE (channel, license_id, obligation, stage))")


MIGRATIONS: list[tuple[int, Callable[[sqlite_utils.Database], None]]] = [
    (1, _v1_initial),
    (2, _v2_cases),
    (3, _v3_dashboard_cache),
    (4, _v4_lifecycle),
    (5, _v5_holiday_schedule_origin),
    (6, _v6_trash_and_archive),
    (7, _v7_group_notices),
]
LATEST_VERSION = MIGRATIONS[-1][0]
