"""Files kept with a license: the new certificate's scan or 电子证照 (a PDF or image with its QR
code), copied into the data folder with its SHA-256 as checklist attachments are."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import FieldError, ValidationError
from app.paths import attachments_folder
from app.storage import license_files as rows
from app.storage.database import Store
from app.storage.files import copy_with_hash
from app.storage.license_files import LicenseFile

CERTIFICATE = "certificate"
KIND_LABELS = {CERTIFICATE: "许可证证书（扫描件或电子证照）"}
__all__ = ["CERTIFICATE", "KIND_LABELS", "LicenseFile", "files_of", "keep", "path_of"]


def keep(store: Store, license_id: int, source: Path, *, kind: str, case_id: int | None = None) -> LicenseFile:
    """Copy ``source`` in and record it; the original is never moved. ValidationError when the
    file cannot be read (nothing recorded)."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(FieldError("certificate", "证书文件", f"找不到文件 {source}"))
    folder = attachments_folder(store.path) / f"license-{license_id}"
    partial = folder / f"{source.name}.partial"          # backups skip *.partial files
    try:
        size, sha = copy_with_hash(source, partial)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(FieldError("certificate", "证书文件",
                                         f"无法复制 {source.name}：{error.strerror or error}")) from None
    stored_name = f"license-{license_id}/{sha[:16]}_{source.name}"
    target = attachments_folder(store.path) / stored_name
    if target.exists():
        partial.unlink()
    else:
        partial.replace(target)
    file_id = rows.insert_license_file(store, license_id=license_id, case_id=case_id, kind=kind,
                                       original_name=source.name, stored_name=stored_name, sha256=sha, size=size)
    return next(f for f in rows.files_of_license(store, license_id) if f.id == file_id)


def files_of(store: Store, license_id: int) -> list[LicenseFile]:
    return rows.files_of_license(store, license_id)


def path_of(store: Store, kept: LicenseFile) -> Path:
    return attachments_folder(store.path) / kept.stored_name
