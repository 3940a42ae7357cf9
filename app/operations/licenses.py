"""Licenses: add, edit, find; and the steps of their history that are not a procedure (a 年报
filed, the past reports confirmed at registration). Each operation validates, then writes once."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.domain.errors import FieldError, ValidationError
from app.domain.event_wording import said
from app.domain.license import LABELS, License, parse_license
from app.domain.license_number import normalise, number_message, number_wording
from app.domain.obligations import ANNUAL_REPORT_FILED, DONE, MISSED, PAST_REPORTS_CONFIRMED
from app.operations import obligations
from app.storage import events, licenses
from app.storage.database import Store
from app.storage.events import Event

PAST_REPORTS = ("filed", "unfiled")     # the answers to "were the past annual reports filed?"


def add_license(store: Store, raw: Mapping[str, object], *, allow_legacy_number: bool = False,
                is_example: bool = False, past_reports: str | None = None, today: date | None = None) -> License:
    """Validate and save a new license; ValidationError (nothing written) when anything is wrong.

    ``past_reports``: the answer, when asked, to whether the annual reports of the years before
    the license was recorded were filed ("filed" / "unfiled"); see ``past_report_years``.
    """
    today = today or date.today()
    license = parse_license(raw, allow_legacy_number=allow_legacy_number, is_example=is_example)
    if past_reports is not None and past_reports not in PAST_REPORTS:
        raise ValidationError(FieldError("past_reports", "往年年报", "应为 filed（都已报送）或 unfiled（有未报送的）"))
    _refuse_taken_number(store, license.number)
    with store.atomic():
        saved = licenses.insert_license(store, license)
        events.add_event(store, license_id=saved.id, kind="license_added", event_date=today,
                         summary=said(("license_added", {"number": saved.number})))
        if past_reports is not None:
            _confirm_past_reports(store, saved, filed=past_reports == "filed", today=today)
    return saved


def _refuse_taken_number(store: Store, number: str, *, allowed: int | None = None) -> None:
    """Numbers are unique, those of the licenses in the 回收站 too (so that one can come back)."""
    held = licenses.holder_of_number(store, number)
    if held is None or held[0].id == allowed:
        return
    other, deleted = held
    key = "in_trash" if deleted else "taken" if allowed is None else "taken_by_another"
    values = {"number": number, "company": other.company}
    raise ValidationError(FieldError("number", LABELS["number"], number_message(key, values),
                                     number_wording(key, **values)))


def past_report_years(store: Store, license: License, *, today: date) -> list[int]:
    """The filing years whose reports can no longer be filed and are not recorded as filed:
    what to ask about once when a license is recorded (RULES.md §4)."""
    owed = obligations.of_license(store, license, today=today)
    return [o.year for o in owed.annual_reports() if o.state == MISSED]


def confirm_past_reports(store: Store, license_id: int, *, filed: bool, today: date | None = None) -> list[int]:
    """Record the answer about the past annual reports; returns the years it covers."""
    license = licenses.get_license(store, license_id)
    if license is None:
        raise ValidationError(FieldError("license", "许可证", "这张许可证已不存在（可能已被删除）"))
    with store.atomic():
        return _confirm_past_reports(store, license, filed=filed, today=today or date.today())


def _confirm_past_reports(store: Store, license: License, *, filed: bool, today: date) -> list[int]:
    years = past_report_years(store, license, today=today)
    if years:
        events.add_event(store, license_id=license.id, kind=PAST_REPORTS_CONFIRMED, event_date=today,
                         summary=said(("past_reports_filed" if filed else "past_reports_unfiled",
                                       {"years": tuple(years)})),
                         detail={"filed": filed, "years": years})
    return years


def update_license(store: Store, license_id: int, raw: Mapping[str, object], *,
                   allow_legacy_number: bool = False) -> License:
    current = licenses.get_license(store, license_id)
    if current is None:
        raise ValidationError(FieldError("number", LABELS["number"], "这张许可证已不存在（可能已被删除）"))
    license = parse_license(raw, allow_legacy_number=allow_legacy_number, is_example=current.is_example)
    _refuse_taken_number(store, license.number, allowed=license_id)
    changed = [name for name in LABELS if getattr(current, name) != getattr(license, name)]
    with store.atomic():
        saved = licenses.update_license(store, license_id, license)
        if changed:
            events.add_event(store, license_id=license_id, kind="license_edited", event_date=date.today(),
                             summary=said(("license_edited", {"fields": tuple(changed)})))
    return saved


def all_licenses(store: Store) -> list[License]:
    """Every license not in the 回收站, archived ones too."""
    return licenses.all_licenses(store, archived=None)


def get_license(store: Store, license_id: int) -> License | None:
    return licenses.get_license(store, license_id)


def in_trash(store: Store, number: str) -> bool:
    """Whether the license of ``number`` is in the 回收站."""
    held = licenses.holder_of_number(store, normalise(number))
    return held is not None and held[1]


def deleted_license(store: Store, license_id: int) -> License | None:
    """A license in the 回收站."""
    return licenses.get_deleted_license(store, license_id)


def find_license(store: Store, number: str) -> License | None:
    return licenses.find_by_number(store, normalise(number))


def record_annual_report(store: Store, license_id: int, *, year: int, filed_on: date,
                         today: date | None = None) -> int:
    """Record the annual report filed in ``year``; ValidationError (nothing written) if it cannot be."""
    today = today or date.today()
    license = licenses.get_license(store, license_id)
    label = "年报报送日期"
    if license is None:
        raise ValidationError(FieldError("filed_on", label, "这张许可证已不存在（可能已被删除）"))
    reports = {o.year: o for o in obligations.of_license(store, license, today=today).annual_reports()}
    if year not in reports:
        years = sorted(reports)
        raise ValidationError(FieldError("year", "年报年份", f"这张许可证没有 {year} 年的年报（应在 "
                                         f"{years[0] if years else '—'}–{years[-1] if years else '—'} 年之间）"))
    if reports[year].state == DONE:
        raise ValidationError(FieldError("year", "年报年份", f"{year} 年年报已记录为已报送"))
    if filed_on > today:
        raise ValidationError(FieldError("filed_on", label, f"{filed_on.isoformat()} 还没到，不能晚于今天"))
    if filed_on.year != year:
        raise ValidationError(FieldError("filed_on", label,
                                         f"{year} 年年报在 {year} 年内报送，日期应在 {year} 年内"))
    return events.add_event(store, license_id=license_id, kind=ANNUAL_REPORT_FILED,
                            event_date=filed_on, summary=said(("report_filed_on", {"year": year, "day": filed_on.isoformat()})),
                            detail={"year": year})


def history(store: Store, license_id: int) -> list[Event]:
    """The license's events, newest first."""
    return events.events_for(store, license_id)


def license_count(store: Store) -> int:
    """The licenses in use: neither archived nor in the 回收站."""
    return store.query("SELECT count(*) FROM licenses WHERE archived_at IS NULL AND deleted_at IS NULL")[0][0]


def renewed_from(store: Store, license: License) -> date | None:
    """The old expiry the license's current term was renewed from, if an approved renewal gave
    it its present expiry (app.domain.license.warnings_of)."""
    approved = [event for event in events.lifecycle_events(store, [license.id]).get(license.id, [])
                if event.kind == events.RENEWAL_APPROVED and event.detail.get("new_expiry") == license.expiry.isoformat()]
    if not approved:
        return None
    try:
        return date.fromisoformat(str(approved[-1].detail.get("old_expiry")))
    except ValueError:
        return None
