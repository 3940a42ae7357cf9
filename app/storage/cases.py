"""Cases, their checklist items, item history and attachments."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from app.domain.cases import ITEM_LABELS, CaseItem
from app.domain.obligations import CaseFacts, Correction
from app.storage.database import Store, owners_clause
from app.storage.licenses import now_text


@dataclass(frozen=True)
class CaseRecord:
    id: int
    license_id: int
    procedure: str
    status: str
    context: dict
    wizard_step: int
    submitted_on: date | None
    outcome: dict
    acknowledged: tuple[str, ...]
    created_at: str
    updated_at: str
    closed_at: str | None = field(default=None)


@dataclass(frozen=True)
class Attachment:
    id: int
    item_id: int
    case_id: int
    original_name: str
    stored_name: str
    sha256: str
    size: int
    added_at: str


@dataclass(frozen=True)
class HistoryEntry:
    item_id: int
    changed_at: str
    field: str
    old_value: str
    new_value: str
    origin: str
    change: int | None = None       # the save it was written by (None: written before schema step 6)


def _case(row: sqlite3.Row) -> CaseRecord:
    return CaseRecord(
        id=row["id"], license_id=row["license_id"], procedure=row["procedure"], status=row["status"],
        context=json.loads(row["context"] or "{}"), wizard_step=row["wizard_step"] or 0,
        submitted_on=date.fromisoformat(row["submitted_on"]) if row["submitted_on"] else None,
        outcome=json.loads(row["outcome"] or "{}"), acknowledged=tuple(json.loads(row["acknowledged"] or "[]")),
        created_at=row["created_at"], updated_at=row["updated_at"], closed_at=row["closed_at"])


def _item(row: sqlite3.Row) -> CaseItem:
    return CaseItem(
        id=row["id"], case_id=row["case_id"], material_id=row["material_id"], position=row["position"],
        name=row["name"], description=row["description"] or "", forms=tuple(json.loads(row["forms"] or "[]")),
        sources=tuple(json.loads(row["sources"] or "[]")), state=row["state"], na_reason=row["na_reason"] or "",
        owner=row["owner"] or "", due_date=date.fromisoformat(row["due_date"]) if row["due_date"] else None,
        note=row["note"] or "", freshness_days=row["freshness_days"], freshness_note=row["freshness_note"] or "")


def insert_case(store: Store, *, license_id: int, procedure: str, context: dict,
                items: list[dict]) -> int:
    stamp = now_text()
    with store.atomic() as db:
        cases = db["cases"]
        cases.insert({"license_id": license_id, "procedure": procedure, "status": "open",
                      "context": json.dumps(context, ensure_ascii=False), "wizard_step": 0,
                      "outcome": "{}", "acknowledged": "[]", "created_at": stamp, "updated_at": stamp})
        case_id = cases.last_pk
        db["case_items"].insert_all(
            [{**item, "case_id": case_id, "updated_at": stamp} for item in items])
    return case_id


# A case in the 回收站, or of a license in it (app.storage.trash), is read by none of these but
# ``get_deleted_case``: for everything else it is gone.
_LIVE_CASE = ("cases.deleted_at IS NULL AND "
              "(SELECT deleted_at FROM licenses WHERE licenses.id = cases.license_id) IS NULL")


def get_case(store: Store, case_id: int) -> CaseRecord | None:
    rows = store.query(f"SELECT * FROM cases WHERE id = ? AND {_LIVE_CASE}", (case_id,))
    return _case(rows[0]) if rows else None


def get_deleted_case(store: Store, case_id: int) -> CaseRecord | None:
    """A case in the 回收站 (deleted itself, or with its license)."""
    rows = store.query(f"SELECT * FROM cases WHERE id = ? AND NOT ({_LIVE_CASE})", (case_id,))
    return _case(rows[0]) if rows else None


def cases_for_license(store: Store, license_id: int, *, statuses: tuple[str, ...] | None = None) -> list[CaseRecord]:
    rows = store.query("SELECT * FROM cases WHERE license_id = ? AND deleted_at IS NULL ORDER BY id DESC",
                       (license_id,))
    found = [_case(r) for r in rows]
    return [c for c in found if statuses is None or c.status in statuses]


def update_case(store: Store, case_id: int, **values) -> None:
    for key in ("context", "outcome"):
        if key in values:
            values[key] = json.dumps(values[key], ensure_ascii=False)
    if "acknowledged" in values:
        values["acknowledged"] = json.dumps(list(values["acknowledged"]), ensure_ascii=False)
    if "submitted_on" in values and isinstance(values["submitted_on"], date):
        values["submitted_on"] = values["submitted_on"].isoformat()
    values["updated_at"] = now_text()
    with store.atomic() as db:
        db["cases"].update(case_id, values)


def items_for_case(store: Store, case_id: int) -> list[CaseItem]:
    return [_item(r) for r in store.query(
        "SELECT * FROM case_items WHERE case_id = ? ORDER BY position, id", (case_id,))]


def get_item(store: Store, item_id: int) -> CaseItem | None:
    """An item of a case not in the 回收站."""
    rows = store.query(f"SELECT * FROM case_items WHERE id = ? AND case_id IN (SELECT id FROM cases WHERE {_LIVE_CASE})",
                       (item_id,))
    return _item(rows[0]) if rows else None


def _stored(name: str, item: CaseItem) -> str:
    value = getattr(item, name)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def save_item(store: Store, before: CaseItem, after: CaseItem, *, origin: str = "app") -> list[str]:
    """Write the changed fields of one item with a history row each; returns what changed."""
    changed = [name for name in ITEM_LABELS if _stored(name, before) != _stored(name, after)]
    if not changed:
        return []
    stamp = now_text()
    with store.atomic() as db:
        columns = {name: _stored(name, after) for name in changed}
        if columns.get("due_date") == "":
            columns["due_date"] = None
        db["case_items"].update(after.id, {**columns, "updated_at": stamp})
        # One number per save (the first of its rows' ids): undo takes back one save.
        change = store.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM item_history").fetchone()[0]
        db["item_history"].insert_all([{
            "item_id": after.id, "case_id": after.case_id, "changed_at": stamp, "field": name,
            "old_value": _stored(name, before), "new_value": _stored(name, after), "origin": origin,
            "change": change,
        } for name in changed])
        db["cases"].update(after.case_id, {"updated_at": stamp})
    return changed


def item_history(store: Store, item_id: int) -> list[HistoryEntry]:
    """The item's history, oldest first."""
    return [HistoryEntry(r["item_id"], r["changed_at"], r["field"], r["old_value"] or "", r["new_value"] or "",
                         r["origin"] or "", r["change"]) for r in store.query(
        "SELECT * FROM item_history WHERE item_id = ? ORDER BY id", (item_id,))]


def insert_attachment(store: Store, *, item_id: int, case_id: int, original_name: str, stored_name: str,
                      sha256: str, size: int) -> int:
    with store.atomic() as db:
        table = db["attachments"]
        table.insert({"item_id": item_id, "case_id": case_id, "original_name": original_name,
                      "stored_name": stored_name, "sha256": sha256, "size": size, "added_at": now_text()})
        return table.last_pk


def _attachment(r: sqlite3.Row) -> Attachment:
    return Attachment(r["id"], r["item_id"], r["case_id"], r["original_name"], r["stored_name"], r["sha256"],
                      r["size"], r["added_at"])


def attachments_for(store: Store, *, item_id: int | None = None, case_id: int | None = None) -> list[Attachment]:
    """The attachments of an item or a case, without those in the 回收站."""
    if item_id is not None:
        rows = store.query("SELECT * FROM attachments WHERE item_id = ? AND deleted_at IS NULL ORDER BY id",
                           (item_id,))
    else:
        rows = store.query("SELECT * FROM attachments WHERE case_id = ? AND deleted_at IS NULL ORDER BY id",
                           (case_id,))
    return [_attachment(r) for r in rows]


def get_attachment(store: Store, attachment_id: int, *, deleted: bool = False) -> Attachment | None:
    """An attachment not in the 回收站 (``deleted``: one in it)."""
    mark = "IS NOT NULL" if deleted else "IS NULL"
    rows = store.query(f"SELECT * FROM attachments WHERE id = ? AND deleted_at {mark}", (attachment_id,))
    return _attachment(rows[0]) if rows else None


def attachment_summary(store: Store, case_id: int) -> dict[int, tuple[int, str]]:
    """For each item of a case with attachments: how many, and when the last one was added."""
    rows = store.query("SELECT item_id, count(*) AS n, max(added_at) AS last FROM attachments "
                       "WHERE case_id = ? AND deleted_at IS NULL GROUP BY item_id", (case_id,))
    return {r["item_id"]: (r["n"], r["last"]) for r in rows}


# ---------------------------------------------------------------------------- as obligations see them
def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _facts(case_id: int, procedure: str, status: str, context: dict, submitted_on: str | None,
           closed_at: str | None, outcome: dict) -> CaseFacts:
    corrections = tuple(
        Correction(notice, _day(c.get("reply_by")), _day(c.get("resubmitted_on")))
        for c in outcome.get("corrections", ()) if isinstance(c, dict)
        for notice in [_day(c.get("notice_date"))] if notice is not None)
    return CaseFacts(
        id=case_id, procedure=procedure, status=status, change_kind=context.get("change_kind"),
        trigger_date=_day(context.get("trigger_date")), submitted_on=_day(submitted_on),
        closed_on=_day(outcome.get("closed_on")) or _day(outcome.get("approved_on")) or _day((closed_at or "")[:10]),
        corrections=corrections, old_expiry=_day(outcome.get("old_expiry")))


def facts_of(case: CaseRecord) -> CaseFacts:
    return _facts(case.id, case.procedure, case.status, case.context,
                  case.submitted_on.isoformat() if case.submitted_on else None, case.closed_at, case.outcome)


def case_facts_by_license(store: Store, license_ids: Collection[int] | None = None) -> dict[int, list[CaseFacts]]:
    """For every license (or those of ``license_ids``), its cases as app.domain.obligations takes them."""
    sql = ("SELECT id, license_id, procedure, status, context, submitted_on, closed_at, outcome FROM cases "
           "WHERE deleted_at IS NULL")
    cursor = store.conn.cursor()
    cursor.row_factory = None
    result: dict[int, list[CaseFacts]] = {}
    for owners_sql, owners in owners_clause(license_ids):
        for case_id, owner, procedure, status, context, submitted_on, closed_at, outcome in cursor.execute(
                f"{sql}{owners_sql} ORDER BY id", owners):
            result.setdefault(owner, []).append(_facts(case_id, procedure, status, _json_object(context),
                                                       submitted_on, closed_at, _json_object(outcome)))
    return result


def _json_object(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
