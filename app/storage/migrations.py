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


MIGRATIONS: list[tuple[int, Callable[[sqlite_utils.Database], None]]] = [
    (1, _v1_initial),
]
LATEST_VERSION = MIGRATIONS[-1][0]
