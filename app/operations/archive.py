"""Archiving: a license that has ended (注销 done, or expired) is put away, off the dashboard,
the reminders and the calendar, with its history; it stays searchable and can come back."""

from __future__ import annotations

from datetime import date

from app.domain.archiving import archive_refusal
from app.domain.errors import FieldError, ValidationError
from app.domain.event_wording import said
from app.domain.license import License
from app.domain.status import LicenseOverview, overview
from app.operations import obligations
from app.storage import events, licenses
from app.storage.database import Store
from app.storage.licenses import now_text

ARCHIVED, UNARCHIVED = "license_archived", "license_unarchived"


def _license(store: Store, license_id: int) -> License:
    license = licenses.get_license(store, license_id)
    if license is None:
        raise ValidationError(FieldError("license", "许可证", "这张许可证已不存在（可能已被删除）"))
    return license


def is_archived(store: Store, license_id: int) -> bool:
    return licenses.archived_on(store, license_id) is not None


def refusal(store: Store, license: License, *, today: date) -> str | None:
    """Why ``license`` cannot be archived today (None: it can)."""
    owed = obligations.of_license(store, license, today=today)
    return archive_refusal(owed, expiry=license.expiry, today=today)


def archive_license(store: Store, license_id: int, *, today: date | None = None) -> License:
    today = today or date.today()
    license = _license(store, license_id)
    if is_archived(store, license_id):
        raise ValidationError(FieldError("license", "许可证", f"{license.number} 已归档"))
    refused = refusal(store, license, today=today)
    if refused:
        raise ValidationError(FieldError("license", "许可证", refused))
    with store.atomic():
        licenses.set_archived(store, license_id, now_text())
        events.add_event(store, license_id=license_id, kind=ARCHIVED, event_date=today,
                         summary=said(("archived", {})))
    return license


def unarchive_license(store: Store, license_id: int, *, today: date | None = None) -> License:
    today = today or date.today()
    license = _license(store, license_id)
    if not is_archived(store, license_id):
        raise ValidationError(FieldError("license", "许可证", f"{license.number} 没有归档"))
    with store.atomic():
        licenses.set_archived(store, license_id, None)
        events.add_event(store, license_id=license_id, kind=UNARCHIVED, event_date=today,
                         summary=said(("unarchived", {})))
    return license


def archived_overviews(store: Store, *, today: date) -> list[LicenseOverview]:
    """The archived licenses with what they owe on ``today`` (for a search among them)."""
    return [overview(license, owed, today=today)
            for license, owed in obligations.of_all(store, today=today, archived=True)]


def archived_count(store: Store) -> int:
    return licenses.archived_count(store)
