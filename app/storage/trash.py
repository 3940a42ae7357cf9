"""The 回收站: what was deleted, kept whole until it is emptied.

Deleting a license, a case or an attachment only sets its ``deleted_at`` (schema step 6) and
records the deletion here; every reader leaves such rows out (a case or attachment of a deleted
license goes with it), and the files stay where they are in the data folder. Restoring clears the
mark, so that what comes back is byte for byte what went. Only ``erase_*`` removes rows for good,
and hands back the attachment files no row refers to any longer, for the caller to remove once
the transaction is committed (a failed erase then loses no file).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

from app.storage.database import Store

LICENSE, CASE, ATTACHMENT = "license", "case", "attachment"
KINDS = (LICENSE, CASE, ATTACHMENT)
_TABLES = {LICENSE: "licenses", CASE: "cases", ATTACHMENT: "attachments"}


class TrashRow(NamedTuple):
    """One deletion: what went (``kind`` and its id) and when."""

    id: int
    kind: str
    license_id: int
    case_id: int | None
    attachment_id: int | None
    label: str
    deleted_at: str
    backup: str             # the folder name of the backup taken just before ("" when none)

    @property
    def target_id(self) -> int:
        return {LICENSE: self.license_id, CASE: self.case_id, ATTACHMENT: self.attachment_id}[self.kind]


def _row(r) -> TrashRow:
    return TrashRow(r["id"], r["kind"], r["license_id"], r["case_id"], r["attachment_id"], r["label"],
                    r["deleted_at"], r["backup"] or "")


def move_to_trash(store: Store, *, kind: str, license_id: int, case_id: int | None = None,
                  attachment_id: int | None = None, label: str, stamp: str, backup: str = "") -> int:
    """Mark the license, case or attachment deleted and record it; the id of the record."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind: {kind}")
    target = {LICENSE: license_id, CASE: case_id, ATTACHMENT: attachment_id}[kind]
    with store.atomic() as db:
        store.conn.execute(f"UPDATE {_TABLES[kind]} SET deleted_at = ? WHERE id = ?", (stamp, target))
        table = db["trash"]
        table.insert({"kind": kind, "license_id": license_id, "case_id": case_id, "attachment_id": attachment_id,
                      "label": label, "deleted_at": stamp, "backup": backup})
        return table.last_pk


def entries(store: Store) -> list[TrashRow]:
    """Everything in the 回收站, the latest deletion first."""
    return [_row(r) for r in store.query("SELECT * FROM trash ORDER BY deleted_at DESC, id DESC")]


def get_entry(store: Store, entry_id: int) -> TrashRow | None:
    rows = store.query("SELECT * FROM trash WHERE id = ?", (entry_id,))
    return _row(rows[0]) if rows else None


def entry_for_license(store: Store, license_id: int) -> TrashRow | None:
    rows = store.query("SELECT * FROM trash WHERE kind = 'license' AND license_id = ?", (license_id,))
    return _row(rows[0]) if rows else None


def take_out(store: Store, entry: TrashRow) -> None:
    """Restore: clear the mark of what the deletion marked, and forget the deletion."""
    with store.atomic():
        store.conn.execute(f"UPDATE {_TABLES[entry.kind]} SET deleted_at = NULL WHERE id = ?", (entry.target_id,))
        store.conn.execute("DELETE FROM trash WHERE id = ?", (entry.id,))


def deleted_case_ids(store: Store, license_id: int) -> set[int]:
    return {r[0] for r in store.query("SELECT id FROM cases WHERE license_id = ? AND deleted_at IS NOT NULL",
                                      (license_id,))}


# ---------------------------------------------------------------------------- for good
def erase(store: Store, entry: TrashRow) -> list[str]:
    """Remove what a deletion holds, for good; the attachment files no longer referred to."""
    if entry.kind == LICENSE:
        return erase_license(store, entry.license_id)
    if entry.kind == CASE:
        return erase_case(store, entry.case_id)
    return erase_attachment(store, entry.attachment_id)


def erase_license(store: Store, license_id: int) -> list[str]:
    """Remove a license with its history, cases, files and deletions, for good."""
    with store.atomic():
        stored = _file_names(store, "SELECT stored_name FROM attachments WHERE case_id IN "
                                    "(SELECT id FROM cases WHERE license_id = ?)", (license_id,))
        stored += _file_names(store, "SELECT stored_name FROM license_files WHERE license_id = ?", (license_id,))
        store.conn.execute("DELETE FROM trash WHERE license_id = ?", (license_id,))
        store.conn.execute("DELETE FROM license_files WHERE license_id = ?", (license_id,))
        for case_id in [r[0] for r in store.query("SELECT id FROM cases WHERE license_id = ?", (license_id,))]:
            _erase_case_rows(store, case_id)
        store.conn.execute("DELETE FROM events WHERE license_id = ?", (license_id,))
        store.conn.execute("DELETE FROM licenses WHERE id = ?", (license_id,))
        return unreferenced(store, stored)


def erase_case(store: Store, case_id: int) -> list[str]:
    """Remove a case with its checklist, attachments and the history lines that tell of it."""
    with store.atomic():
        stored = _file_names(store, "SELECT stored_name FROM attachments WHERE case_id = ?", (case_id,))
        stored += _file_names(store, "SELECT stored_name FROM license_files WHERE case_id = ?", (case_id,))
        rows = store.query("SELECT license_id FROM cases WHERE id = ?", (case_id,))
        if rows:
            _erase_case_events(store, rows[0][0], case_id)
        store.conn.execute("DELETE FROM trash WHERE case_id = ?", (case_id,))
        store.conn.execute("UPDATE license_files SET case_id = NULL WHERE case_id = ?", (case_id,))
        _erase_case_rows(store, case_id)
        return unreferenced(store, stored)


def erase_attachment(store: Store, attachment_id: int) -> list[str]:
    with store.atomic():
        stored = _file_names(store, "SELECT stored_name FROM attachments WHERE id = ?", (attachment_id,))
        store.conn.execute("DELETE FROM trash WHERE attachment_id = ?", (attachment_id,))
        store.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        return unreferenced(store, stored)


def _erase_case_rows(store: Store, case_id: int) -> None:
    store.conn.execute("DELETE FROM trash WHERE case_id = ?", (case_id,))
    for table in ("attachments", "item_history", "case_items"):
        store.conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    store.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))


def _erase_case_events(store: Store, license_id: int, case_id: int) -> None:
    doomed = [event_id for event_id, detail in store.query(
        "SELECT id, detail FROM events WHERE license_id = ?", (license_id,)) if case_of_event(detail) == case_id]
    store.conn.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in doomed])


def case_of_event(detail: str | None) -> int | None:
    """The case an event tells of (its detail's ``case_id``), if any."""
    try:
        value = json.loads(detail or "{}")
    except ValueError:
        return None
    case_id = value.get("case_id") if isinstance(value, dict) else None
    return case_id if isinstance(case_id, int) else None


def _file_names(store: Store, sql: str, params: tuple) -> list[str]:
    return [r[0] for r in store.query(sql, params)]


def unreferenced(store: Store, names: Iterable[str]) -> list[str]:
    """Those of ``names`` that no attachment or license file refers to (the same content attached
    twice in a case is one file)."""
    result = []
    for name in dict.fromkeys(names):
        used = store.query("SELECT 1 FROM attachments WHERE stored_name = ? UNION ALL "
                           "SELECT 1 FROM license_files WHERE stored_name = ? LIMIT 1", (name, name))
        if not used:
            result.append(name)
    return result
