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


def delete_license(store: Store, license_id: int) -> list[str]:
    """Delete a license with its history and cases; returns the attachment files it referred to.

    The files themselves are left to the caller (after the commit), so that a failed delete
    never loses one.
    """
    cases = "SELECT id FROM cases WHERE license_id = ?"
    with store.atomic():
        stored = [r[0] for r in store.query(
            f"SELECT stored_name FROM attachments WHERE case_id IN ({cases})", (license_id,))]
        for table in ("attachments", "item_history", "case_items"):
            store.conn.execute(f"DELETE FROM {table} WHERE case_id IN ({cases})", (license_id,))
        store.conn.execute("DELETE FROM cases WHERE license_id = ?", (license_id,))
        store.conn.execute("DELETE FROM events WHERE license_id = ?", (license_id,))
        store.conn.execute("DELETE FROM licenses WHERE id = ?", (license_id,))
    return stored


def get_license(store: Store, license_id: int) -> License | None:
    rows = store.query("SELECT * FROM licenses WHERE id = ?", (license_id,))
    return from_row(rows[0]) if rows else None


def find_by_number(store: Store, number: str) -> License | None:
    rows = store.query("SELECT * FROM licenses WHERE number = ?", (number,))
    return from_row(rows[0]) if rows else None


def all_licenses(store: Store) -> list[License]:
    return [from_row(r) for r in store.query("SELECT * FROM licenses ORDER BY expiry, id")]


def example_license_ids(store: Store) -> list[int]:
    return [r[0] for r in store.query("SELECT id FROM licenses WHERE is_example = 1")]
