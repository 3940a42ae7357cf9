"""Licenses: add, edit, find, and what their deadlines are. Each operation validates, then writes once."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.domain.deadlines import LicenseDeadlines, annual_reports, compute_deadlines
from app.domain.errors import FieldError, ValidationError
from app.domain.license import LABELS, License, parse_license
from app.domain.license_number import normalise
from app.domain.status import LicenseOverview, overview
from app.domain.workdays import WorkdayCalendar
from app.operations.holidays import load_calendar
from app.storage import events, licenses
from app.storage.database import Store
from app.storage.events import Event


def add_license(store: Store, raw: Mapping[str, object], *, allow_legacy_number: bool = False,
                is_example: bool = False) -> License:
    """Validate and save a new license; ValidationError (nothing written) when anything is wrong."""
    license = parse_license(raw, allow_legacy_number=allow_legacy_number, is_example=is_example)
    existing = licenses.find_by_number(store, license.number)
    if existing is not None:
        raise ValidationError(FieldError("number", LABELS["number"],
                                         f"编号 {license.number} 已登记（{existing.company}），不能重复添加"))
    with store.atomic():
        saved = licenses.insert_license(store, license)
        events.add_event(store, license_id=saved.id, kind="license_added", event_date=date.today(),
                         summary=f"登记许可证 {saved.number}")
    return saved


def update_license(store: Store, license_id: int, raw: Mapping[str, object], *,
                   allow_legacy_number: bool = False) -> License:
    current = licenses.get_license(store, license_id)
    if current is None:
        raise ValidationError(FieldError("number", LABELS["number"], "这张许可证已不存在（可能已被删除）"))
    license = parse_license(raw, allow_legacy_number=allow_legacy_number, is_example=current.is_example)
    other = licenses.find_by_number(store, license.number)
    if other is not None and other.id != license_id:
        raise ValidationError(FieldError("number", LABELS["number"],
                                         f"编号 {license.number} 已属于另一张许可证（{other.company}）"))
    changed = [LABELS[name] for name in LABELS
               if getattr(current, name) != getattr(license, name)]
    with store.atomic():
        saved = licenses.update_license(store, license_id, license)
        if changed:
            events.add_event(store, license_id=license_id, kind="license_edited", event_date=date.today(),
                             summary="修改了：" + "、".join(changed))
    return saved


def get_license(store: Store, license_id: int) -> License | None:
    return licenses.get_license(store, license_id)


def find_license(store: Store, number: str) -> License | None:
    return licenses.find_by_number(store, normalise(number))


def deadlines_for(license: License, calendar: WorkdayCalendar) -> LicenseDeadlines:
    return compute_deadlines(expiry=license.expiry, issued=license.issued, calendar=calendar)


def overviews(store: Store, *, today: date, calendar: WorkdayCalendar | None = None) -> list[LicenseOverview]:
    calendar = calendar or load_calendar(store)
    filed = events.filed_years_by_license(store)
    return [overview(lic, calendar=calendar, today=today, filed_years=filed.get(lic.id, ()))
            for lic in licenses.all_licenses(store)]


def filed_years_for(store: Store, license_id: int) -> set[int]:
    return events.filed_years_by_license(store).get(license_id, set())


def record_annual_report(store: Store, license_id: int, *, year: int, filed_on: date,
                         today: date | None = None) -> int:
    """Record the annual report filed in ``year``; ValidationError (nothing written) if it cannot be."""
    today = today or date.today()
    license = licenses.get_license(store, license_id)
    label = "年报报送日期"
    if license is None:
        raise ValidationError(FieldError("filed_on", label, "这张许可证已不存在（可能已被删除）"))
    years = [report.year for report in annual_reports(issued=license.issued, expiry=license.expiry)]
    if year not in years:
        raise ValidationError(FieldError("year", "年报年份", f"这张许可证没有 {year} 年的年报（应在 "
                                         f"{years[0] if years else '—'}–{years[-1] if years else '—'} 年之间）"))
    if year in filed_years_for(store, license_id):
        raise ValidationError(FieldError("year", "年报年份", f"{year} 年年报已记录为已报送"))
    if filed_on > today:
        raise ValidationError(FieldError("filed_on", label, f"{filed_on.isoformat()} 还没到，不能晚于今天"))
    if filed_on.year != year:
        raise ValidationError(FieldError("filed_on", label,
                                         f"{year} 年年报在 {year} 年内报送，日期应在 {year} 年内"))
    return events.add_event(store, license_id=license_id, kind=events.ANNUAL_REPORT_FILED,
                            event_date=filed_on, summary=f"{year}年年报已报送（{filed_on.isoformat()}）",
                            detail={"year": year})


def history(store: Store, license_id: int) -> list[Event]:
    """The license's events, newest first."""
    return events.events_for(store, license_id)


def license_count(store: Store) -> int:
    return store.query("SELECT count(*) FROM licenses")[0][0]

