"""Files kept with a license rather than a checklist item: the certificate's scan or 电子证照."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.database import Store
from app.storage.licenses import now_text


@dataclass(frozen=True)
class LicenseFile:
    id: int
    license_id: int
    case_id: int | None
    kind: str
    original_name: str
    stored_name: str        # relative to the attachments folder
    sha256: str
    size: int
    added_at: str


def insert_license_file(store: Store, *, license_id: int, case_id: int | None, kind: str, original_name: str,
                        stored_name: str, sha256: str, size: int) -> int:
    with store.atomic() as db:
        table = db["license_files"]
        table.insert({"license_id": license_id, "case_id": case_id, "kind": kind, "original_name": original_name,
                      "stored_name": stored_name, "sha256": sha256, "size": size, "added_at": now_text()})
        return table.last_pk


def files_of_license(store: Store, license_id: int) -> list[LicenseFile]:
    return [LicenseFile(r["id"], r["license_id"], r["case_id"], r["kind"], r["original_name"], r["stored_name"],
                        r["sha256"], r["size"], r["added_at"])
            for r in store.query("SELECT * FROM license_files WHERE license_id = ? ORDER BY id", (license_id,))]
