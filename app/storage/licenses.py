"""License rows: to and from the domain's License."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from decimal import Decimal

from app.domain.license import License
from app.storage.database import Store

_COLUMNS = ("number", "company", "credit_code", "legal_rep", "address", "capital_wan",
            "capital_kind", "services", "coverage", "scope", "authority", "issued", "expiry",
            "special_terms", "contact_person", "contact_phone", "lead_times", "legacy_number",
            "is_example")


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")


def to_row(license: License) -> dict:
    row = {name: getattr(license, name) for name in _COLUMNS}
    row["issued"] = license.issued.isoformat()
    row["expiry"] = license.expiry.isoformat()
    row["capital_wan"] = None if license.capital_wan is None else str(license.capital_wan)
    row["lead_times"] = json.dumps(list(license.lead_times))
    row["legacy_number"] = int(license.legacy_number)
    row["is_example"] = int(license.is_example)
    return row


def from_row(row: sqlite3.Row | dict) -> License:
    data = dict(row)
    return License(
        id=data["id"],
        number=data["number"], company=data["company"], scope=data["scope"],
        issued=date.fromisoformat(data["issued"]), expiry=date.fromisoformat(data["expiry"]),
        credit_code=data["credit_code"] or "", legal_rep=data["legal_rep"] or "",
        address=data["address"] or "",
        capital_wan=Decimal(data["capital_wan"]) if data["capital_wan"] else None,
        capital_kind=data["capital_kind"] or "", services=data["services"] or "",
        coverage=data["coverage"] or "", authority=data["authority"] or "",
        special_terms=data["special_terms"] or "", contact_person=data["contact_person"] or "",
        contact_phone=data["contact_phone"] or "",
        lead_times=tuple(json.loads(data["lead_times"] or "[]")),
        legacy_number=bool(data["legacy_number"]), is_example=bool(data["is_example"]),
    )


def insert_license(store: Store, license: License) -> License:
    row = to_row(license)
    row["created_at"] = row["updated_at"] = now_text()
    with store.atomic() as db:
        table = db["licenses"]
        table.insert(row)
        return license.with_id(table.last_pk)


def update_license(store: Store, license_id: int, license: License) -> License:
    row = to_row(license)
    row["updated_at"] = now_text()
    with store.atomic() as db:
        db["licenses"].update(license_id, row)
    return license.with_id(license_id)


# A license in the 回收站 (``deleted_at`` set, app.storage.trash) is read by none of these but
# ``get_deleted_license`` and ``holder_of_number``: for everything else it is gone.
LIVE = "deleted_at IS NULL"


def get_license(store: Store, license_id: int) -> License | None:
    rows = store.query(f"SELECT * FROM licenses WHERE id = ? AND {LIVE}", (license_id,))
    return from_row(rows[0]) if rows else None


def get_deleted_license(store: Store, license_id: int) -> License | None:
    rows = store.query("SELECT * FROM licenses WHERE id = ? AND deleted_at IS NOT NULL", (license_id,))
    return from_row(rows[0]) if rows else None


def find_by_number(store: Store, number: str) -> License | None:
    rows = store.query(f"SELECT * FROM licenses WHERE number = ? AND {LIVE}", (number,))
    return from_row(rows[0]) if rows else None


def holder_of_number(store: Store, number: str) -> tuple[License, bool] | None:
    """The license holding ``number`` (numbers are unique, the 回收站 included), and whether it is
    in the 回收站."""
    rows = store.query("SELECT * FROM licenses WHERE number = ?", (number,))
    return (from_row(rows[0]), rows[0]["deleted_at"] is not None) if rows else None


def all_licenses(store: Store, *, archived: bool | None = False) -> list[License]:
    """The licenses not in the 回收站: those in use (``archived=False``), the archived ones
    (``True``) or both (``None``)."""
    where = {False: " AND archived_at IS NULL", True: " AND archived_at IS NOT NULL", None: ""}[archived]
    return [from_row(r) for r in store.query(f"SELECT * FROM licenses WHERE {LIVE}{where} ORDER BY expiry, id")]


def deleted_licenses(store: Store) -> list[License]:
    return [from_row(r) for r in store.query(
        "SELECT * FROM licenses WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC")]


def archived_on(store: Store, license_id: int) -> str | None:
    """When the license was archived (a time stamp), None when it is in use."""
    rows = store.query("SELECT archived_at FROM licenses WHERE id = ?", (license_id,))
    return rows[0][0] if rows else None


def set_archived(store: Store, license_id: int, stamp: str | None) -> None:
    """Archive (a time stamp) or bring back (None); the row is otherwise left as it was."""
    with store.atomic():
        store.conn.execute("UPDATE licenses SET archived_at = ? WHERE id = ?", (stamp, license_id))


def archived_count(store: Store) -> int:
    return store.query(f"SELECT count(*) FROM licenses WHERE archived_at IS NOT NULL AND {LIVE}")[0][0]


def example_license_ids(store: Store) -> list[int]:
    """Every example license, those in the 回收站 too (removing the examples removes them all)."""
    return [r[0] for r in store.query("SELECT id FROM licenses WHERE is_example = 1")]
