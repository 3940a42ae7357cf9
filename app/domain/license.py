"""The license certificate: its fields, and validation with a message per field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from app.domain.credit_code import credit_code_problem
from app.domain.errors import FieldError, ValidationError
from app.domain.license_number import (
    PROVINCES,
    LicenseNumberProblem,
    normalise,
    number_message,
    number_wording,
    parse_license_number,
)
from app.domain.text import clean_text, shown

SCOPES = {"national": "全网（跨地区）", "provincial": "地网（省内）"}
SCOPE_ALIASES = {
    "national": "national", "全网": "national", "跨地区": "national", "全国": "national",
    "provincial": "provincial", "地网": "provincial", "省内": "provincial", "省网": "provincial",
    **{label: key for key, label in SCOPES.items()},
}
MIN_CAPITAL_WAN = {"national": Decimal(1000), "provincial": Decimal(100)}
CAPITAL_KINDS = ("认缴", "实缴")
DEFAULT_SERVICES = "B24-1 国内呼叫中心业务"
DEFAULT_LEAD_TIMES = (180, 90, 30, 7)

LABELS: dict[str, str] = {
    "number": "经营许可证编号",
    "company": "公司名称",
    "credit_code": "统一社会信用代码",
    "legal_rep": "法定代表人",
    "address": "注册住所",
    "capital_wan": "注册资本（万元）",
    "capital_kind": "出资方式",
    "services": "业务种类",
    "coverage": "业务覆盖范围",
    "scope": "许可范围",
    "authority": "发证机关",
    "issued": "发证日期",
    "expiry": "有效期至",
    "special_terms": "特别规定事项",
    "contact_person": "联系人",
    "contact_phone": "联系电话",
    "lead_times": "提醒提前天数",
}
REQUIRED = ("number", "company", "scope", "issued", "expiry")
# The two problems a form meets most, before anything is typed (the interface says them in its
# language: app/ui/license/license_form.py); every other message is Chinese data.
MISSING = "必须填写"
MISSING_SCOPE = "必须选择 全网（national）或 地网（provincial）"
_MAX_LEN = {"company": 100, "legal_rep": 50, "address": 200, "services": 300, "coverage": 300,
            "authority": 60, "special_terms": 2000, "contact_person": 50}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_PHONE = re.compile(r"^[0-9+\-()（） ]{7,24}$")
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_NUMBER_LENGTH = 40
_SCOPE_WORDS = {unicodedata.normalize("NFKC", word).lower(): key for word, key in SCOPE_ALIASES.items()}


@dataclass(frozen=True)
class License:
    number: str
    company: str
    scope: str
    issued: date
    expiry: date
    credit_code: str = ""
    legal_rep: str = ""
    address: str = ""
    capital_wan: Decimal | None = None
    capital_kind: str = ""
    services: str = DEFAULT_SERVICES
    coverage: str = ""
    authority: str = ""
    special_terms: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    lead_times: tuple[int, ...] = DEFAULT_LEAD_TIMES
    legacy_number: bool = False
    is_example: bool = False
    id: int | None = field(default=None, compare=False)

    @property
    def province(self) -> str | None:
        first = self.number[:1]
        return first if first in PROVINCES else None

    def with_id(self, license_id: int) -> License:
        return replace(self, id=license_id)

    def as_dict(self) -> dict:
        return asdict(self)


# ------------------------------------------------------------------ single fields
def parse_date(text: object) -> date:
    """A date from YYYY-MM-DD (also YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日), or a date as it is;
    either way within the years 1990–2100."""
    if isinstance(text, date):
        return _in_range(text.date() if isinstance(text, datetime) else text)
    raw = str(text or "").strip()
    if not raw:
        raise ValueError(MISSING)
    match = _DATE.match(raw)
    if not match:
        raise ValueError(f"日期格式应为 YYYY-MM-DD，收到“{shown(raw)}”")
    year, month, day = (int(g) for g in match.groups())
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise ValueError(f"没有这一天：{year}-{month:02d}-{day:02d}") from None
    return _in_range(parsed)


def _in_range(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"年份 {day.year} 不合理（应在 {MIN_YEAR}–{MAX_YEAR} 之间）")
    return day


def parse_scope(text: object) -> str:
    """national or provincial, from either key, a Chinese name (全网, 地网, ...) or the label as
    shown (全网（跨地区）); nothing else, not even a known word with more after it."""
    raw = clean_text(text)
    if not raw:
        raise ValueError(MISSING_SCOPE)
    scope = _SCOPE_WORDS.get(unicodedata.normalize("NFKC", raw).lower())
    if not scope:
        raise ValueError(f"应为 全网（national）或 地网（provincial），收到“{shown(raw)}”")
    return scope


def parse_capital(text: object) -> Decimal | None:
    if isinstance(text, Decimal | int | float) and not isinstance(text, bool):
        raw = str(text)
    else:
        raw = str(text or "").strip().replace(",", "").replace("，", "")
    raw = raw.removesuffix("万元").removesuffix("万").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"应为以万元计的数字，如 1000，收到“{shown(raw)}”") from None
    if not value.is_finite() or value <= 0:
        raise ValueError("应为大于 0 的金额（万元）")
    if value >= Decimal(10) ** 8:
        raise ValueError("金额过大，请以万元为单位填写（1000 万元填 1000）")
    if value != value.quantize(Decimal("0.0001")):
        raise ValueError("最多保留 4 位小数（0.0001 万元即 1 元）")
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def capital_text(value: Decimal) -> str:
    """万元 as people write it: 150, not 1.5E+2 (which str() gives for some stored values)."""
    return format(value, "f")


def parse_lead_times(text: object) -> tuple[int, ...]:
    if isinstance(text, list | tuple):
        parts = [str(x) for x in text]
    else:
        raw = str(text or "").strip()
        if not raw:
            return DEFAULT_LEAD_TIMES
        parts = [p for p in re.split(r"[,，、\s]+", raw) if p]
    try:
        values = sorted({int(p) for p in parts}, reverse=True)
    except ValueError:
        raise ValueError("应为以逗号分隔的天数，如 180,90,30,7") from None
    if not values or any(not 0 < v <= 730 for v in values):
        raise ValueError("每个天数应在 1 到 730 之间")
    return tuple(values)


def _text(name: str, value: object) -> str:
    raw = clean_text(value)
    if _CONTROL.search(raw if name == "special_terms" else raw.replace("\n", "\x0b")):
        raise ValueError("含有不可见的控制字符")
    limit = _MAX_LEN.get(name)
    if limit and len(raw) > limit:
        raise ValueError(f"过长：最多 {limit} 个字，现在 {len(raw)} 个")
    return raw


def _parse_field(name: str, value: object, *, allow_legacy_number: bool):
    if name == "number":
        text = clean_text(value)
        if len(text) > MAX_NUMBER_LENGTH:
            raise LicenseNumberProblem("too_long", limit=MAX_NUMBER_LENGTH, length=len(text))
        return parse_license_number(text, allow_legacy=allow_legacy_number)     # LicenseNumberProblem: a ValueError
    if name in ("issued", "expiry"):
        return parse_date(value)
    if name == "scope":
        return parse_scope(value)
    if name == "capital_wan":
        return parse_capital(value)
    if name == "lead_times":
        return parse_lead_times(value)
    text = _text(name, value)
    if name in REQUIRED and not text:
        raise ValueError(MISSING)
    if name == "company" and text and len(text) < 2:
        raise ValueError("过短：请填写营业执照上的完整名称")
    if name == "credit_code" and text:
        text = normalise(text)
        if problem := credit_code_problem(text):
            raise ValueError(problem)
    if name == "capital_kind" and text and text not in CAPITAL_KINDS:
        raise ValueError("应为“认缴”或“实缴”")
    if name == "contact_phone" and text and (
            not _PHONE.match(text) or sum(ch.isdigit() for ch in text) < 7):
        raise ValueError("应为电话号码，如 010-12345678 或 13800138000")
    return text


def check_field(name: str, value: object, *, allow_legacy_number: bool = False) -> str | None:
    """The problem with one field on its own, for showing next to it as the user types."""
    problem = field_problem(name, value, allow_legacy_number=allow_legacy_number)
    return None if problem is None else problem.message


def field_problem(name: str, value: object, *, allow_legacy_number: bool = False) -> FieldError | None:
    """``check_field``'s problem as a FieldError: with its wording where it has one (the number's)."""
    try:
        _parse_field(name, value, allow_legacy_number=allow_legacy_number)
    except ValueError as problem:
        return _field_error(name, problem)
    return None


def _field_error(name: str, problem: ValueError) -> FieldError:
    return FieldError(name, LABELS[name], str(problem), getattr(problem, "wording", None))


def _number_error(field: str, key: str, **values: object) -> FieldError:
    """A problem of NUMBER_PROBLEMS at ``field``, with its wording."""
    return FieldError(field, LABELS[field], number_message(key, values), number_wording(key, **values))


def number_is_legacy(text: str) -> bool:
    try:
        parse_license_number(text, allow_legacy=False)
    except LicenseNumberProblem as problem:
        return problem.legacy
    return False


# ------------------------------------------------------------------ whole license
def parse_license(raw: Mapping[str, object], *, allow_legacy_number: bool = False,
                  is_example: bool = False) -> License:
    """A validated License from user input, or ValidationError naming every bad field."""
    errors: list[FieldError] = []
    values: dict[str, object] = {}
    for name in LABELS:
        try:
            values[name] = _parse_field(name, raw.get(name), allow_legacy_number=allow_legacy_number)
        except ValueError as problem:
            errors.append(_field_error(name, problem))
    if not errors:
        errors.extend(_cross_checks(values))
    if errors:
        raise ValidationError(errors)
    number = values.pop("number")
    return License(
        number=number.text, legacy_number=number.legacy, is_example=is_example,
        services=values.pop("services") or DEFAULT_SERVICES,
        authority=values.pop("authority") or suggested_authority(number.province),
        **values,
    )


# What each check across fields compares, by the field its problem is shown at.
CROSS_CHECKED = {"expiry": ("issued", "expiry"), "number": ("number", "issued"), "scope": ("number", "scope")}


def _cross_checks(values: Mapping[str, object]) -> list[FieldError]:
    """The checks across fields whose fields are all in ``values`` (parsed)."""
    errors = []
    number, issued, expiry, scope = (values.get(name) for name in ("number", "issued", "expiry", "scope"))
    if issued is not None and expiry is not None and expiry <= issued:
        errors.append(FieldError("expiry", LABELS["expiry"],
                                 f"应晚于发证日期 {issued.isoformat()}"))
    if number is not None and issued is not None and number.year_first_issued > issued.year:
        errors.append(_number_error("number", "year_after_issued", year=number.year_first_issued,
                                    issued=issued.isoformat()))
    if number is not None and scope is not None and number.scope != scope:
        if number.province:
            errors.append(_number_error("scope", "provincial_number", province=number.province,
                                        province_name=PROVINCES[number.province]))
        else:
            errors.append(_number_error("scope", "national_number"))
    return errors


def _parsed(raw: Mapping[str, object], names, *, allow_legacy_number: bool) -> dict[str, object]:
    """The fields of ``names`` that parse on their own (the others left out)."""
    values = {}
    for name in names:
        try:
            value = _parse_field(name, raw.get(name), allow_legacy_number=allow_legacy_number)
        except ValueError:
            continue
        if value is not None:
            values[name] = value
    return values


def cross_field_problems(raw: Mapping[str, object], *, allow_legacy_number: bool = False) -> list[FieldError]:
    """The problems across fields among those filled in well, for showing as the user types
    (the same checks ``parse_license`` makes once every field is right)."""
    return _cross_checks(_parsed(raw, ("number", "issued", "expiry", "scope"),
                                 allow_legacy_number=allow_legacy_number))


def suggested_authority(province: str | None) -> str:
    if province:
        return f"{PROVINCES[province]}通信管理局"
    return "工业和信息化部"


class LicenseWarning(NamedTuple):
    """Something worth a second look that does not stop saving, at the field it is about.
    ``kind`` names it (the interface words it in its language from ``values``); ``text`` says it
    in Chinese."""

    field: str
    kind: str               # low_capital | long_term
    text: str
    values: Mapping[str, str]


def _warnings(*, scope: str | None, capital: Decimal | None, issued: date | None,
              expiry: date | None, renewed_from: date | None = None) -> list[LicenseWarning]:
    warnings = []
    if scope is not None and capital is not None and capital < MIN_CAPITAL_WAN[scope]:
        minimum = MIN_CAPITAL_WAN[scope]
        warnings.append(LicenseWarning(
            "capital_wan", "low_capital",
            f"注册资本 {capital_text(capital)} 万元低于{SCOPES[scope]}要求的 {minimum} 万元，续期时会被审查",
            {"capital": capital_text(capital), "scope": scope, "minimum": str(minimum)}))
    if issued is not None and expiry is not None and _years(issued, expiry) > 5.1 and (
            renewed_from is None or _years(renewed_from, expiry) > 5.1):
        warnings.append(LicenseWarning("expiry", "long_term", "有效期超过 5 年，请核对“有效期至”是否抄错", {}))
    return warnings


def _years(start: date, end: date) -> float:
    return (end - start).days / 365.25


def warnings_of(license: License, *, renewed_from: date | None = None) -> list[LicenseWarning]:
    """Things worth a second look that do not stop saving, each at its field.

    ``renewed_from``: the old expiry, when the term on the certificate came from a renewal. A
    renewed term may run five years on from there (RULES.md: sources disagree), so the new
    certificate can span more than five years from its own date of issue without a slip of the pen.
    """
    return _warnings(scope=license.scope, capital=license.capital_wan, issued=license.issued, expiry=license.expiry,
                     renewed_from=renewed_from)


def warnings_while_typing(raw: Mapping[str, object], *, renewed_from: date | None = None) -> list[LicenseWarning]:
    """The warnings of the fields filled in well so far (as ``warnings_of`` once all are)."""
    values = _parsed(raw, ("scope", "capital_wan", "issued", "expiry"), allow_legacy_number=True)
    return _warnings(scope=values.get("scope"), capital=values.get("capital_wan"), issued=values.get("issued"),
                     expiry=values.get("expiry"), renewed_from=renewed_from)


def license_warnings(license: License) -> list[str]:
    """Things worth a second look that do not stop saving, in words."""
    return [warning.text for warning in warnings_of(license)]
