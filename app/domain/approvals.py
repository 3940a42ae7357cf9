"""What an approval changes on the license, and the checks before it does (RULES.md §4).

A renewal approval: the new certificate's 发证日期 and 有效期至, entered as printed. Sources
disagree on how the new term runs (agency pages say both "从原证到期日起顺延5年" and
"有效期重新计算5年"; no official text found), so both readings are offered as fills and the
certificate decides. A change approval: the new values of what the change is about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from app.domain.deadlines import CHANGE_KINDS, suggested_expiry
from app.domain.errors import FieldError, ValidationError
from app.domain.license import LABELS, License, capital_text, parse_license
from app.domain.rules import DeadlineRules, default_rules

# The license fields each kind of change sets when it is approved (the first one is required).
CHANGE_FIELDS: dict[str, tuple[str, ...]] = {
    "shareholders": (),
    "entity": ("company", "credit_code"),
    "business": ("services",),
    "coverage": ("coverage",),
    "company_name": ("company",),
    "legal_rep": ("legal_rep",),
    "capital": ("capital_wan", "capital_kind"),
    "address": ("address",),
}
FIELD_ALIASES = {"capital": "capital_wan", "name": "company", "company_name": "company",
                 "representative": "legal_rep"}
TERM_TOLERANCE_DAYS = 183      # half a year either side of the usual term is not questioned


class TermReading(NamedTuple):
    key: str          # from_old_expiry | from_new_issue
    label: str
    expiry: date


def term_readings(*, old_expiry: date, new_issued: date | None,
                  rules: DeadlineRules | None = None) -> list[TermReading]:
    """The new 有效期至 under each reading of how a renewed term runs."""
    rules = rules or default_rules()
    years = rules.expiry_years
    readings = [TermReading("from_old_expiry", f"从原证到期日起顺延 {years} 年", suggested_expiry(old_expiry, rules))]
    if new_issued is not None:
        readings.append(TermReading("from_new_issue", f"自新发证日期起重新计算 {years} 年",
                                    suggested_expiry(new_issued, rules) - timedelta(days=1)))
    return readings


class Change(NamedTuple):
    field: str
    label: str
    old: str
    new: str


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "as_tuple"):       # Decimal
        return capital_text(value)
    return str(value)


def changes_between(before: License, after: License) -> list[Change]:
    return [Change(name, label, _shown(getattr(before, name)), _shown(getattr(after, name)))
            for name, label in LABELS.items() if getattr(before, name) != getattr(after, name)]


def renewed_license(license: License, *, new_issued: date, new_expiry: date,
                    rules: DeadlineRules | None = None) -> tuple[License, list[str]]:
    """The license with the new certificate's dates, and warnings worth a second look;
    ValidationError naming the field when the dates cannot be."""
    rules = rules or default_rules()
    errors = []
    if new_expiry <= license.expiry:
        errors.append(FieldError("new_expiry", "新的有效期至",
                                 f"应晚于原有效期至 {license.expiry.isoformat()}（续期后的有效期不会更早）"))
    if new_issued >= new_expiry:
        errors.append(FieldError("new_issued", "新的发证日期", f"应早于新的有效期至 {new_expiry.isoformat()}"))
    if errors:
        raise ValidationError(errors)
    warnings = []
    usual = suggested_expiry(new_issued, rules)
    if abs((new_expiry - usual).days) > TERM_TOLERANCE_DAYS:
        years = (new_expiry - new_issued).days / 365.25
        warnings.append(f"新证的有效期约 {years:.1f} 年，与通常的 {rules.expiry_years} 年相差较多：请按新证书核对两个日期")
    if new_issued < license.issued:
        warnings.append(f"新的发证日期 {new_issued.isoformat()} 早于原证的发证日期 {license.issued.isoformat()}：请核对")
    return replace(license, issued=new_issued, expiry=new_expiry), warnings


def changed_license(license: License, *, change_kind: str, values: Mapping[str, object]) -> License:
    """The license with the new values of an approved change; ValidationError naming the field
    when one is missing, not part of this change, or not valid."""
    if change_kind not in CHANGE_KINDS:
        raise ValidationError(FieldError("change_kind", "变更类型", f"不认识的变更类型：{change_kind}"))
    fields = CHANGE_FIELDS[change_kind]
    label = CHANGE_KINDS[change_kind][0]
    given = {FIELD_ALIASES.get(str(name), str(name)): value for name, value in values.items()}
    errors = []
    for name in given:
        if name not in fields:
            allowed = "、".join(f"{LABELS[f]}（{f}）" for f in fields) or "无（这类变更不改动许可证上的信息）"
            errors.append(FieldError(name, LABELS.get(name, name), f"{label}只涉及：{allowed}"))
    if fields and not str(given.get(fields[0]) or "").strip():
        errors.append(FieldError(fields[0], LABELS[fields[0]], f"{label}获批后，请填写新的{LABELS[fields[0]]}"))
    if errors:
        raise ValidationError(errors)
    raw = {name: _shown(getattr(license, name)) if name != "lead_times" else list(license.lead_times)
           for name in LABELS}
    raw.update({name: value for name, value in given.items()})
    updated = parse_license(raw, allow_legacy_number=license.legacy_number, is_example=license.is_example)
    if fields and getattr(updated, fields[0]) == getattr(license, fields[0]):
        raise ValidationError(FieldError(fields[0], LABELS[fields[0]],
                                         f"与现在的{LABELS[fields[0]]}相同：请填写变更后的新值"))
    return updated.with_id(license.id) if license.id is not None else updated
