"""经营许可证编号: the modern forms strictly, the legacy form only when the caller allows it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

PROVINCES: dict[str, str] = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区",
    "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
    "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区",
    "琼": "海南省", "渝": "重庆市", "川": "四川省", "黔": "贵州省", "滇": "云南省",
    "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}
# Well-meant but wrong abbreviations users type; the message names the right one.
_WRONG_PREFIX = {"蜀": "川", "陇": "甘", "贵": "黔", "云": "滇", "秦": "陕"}

_P = "".join(PROVINCES)
MODERN = re.compile(rf"^(?P<prov>[{_P}])?(?P<classes>[AB][12](?:\.[AB][12])*)-(?P<year>\d{{4}})(?P<serial>\d{{4}})$")
LEGACY = re.compile(rf"^(?P<prov>[{_P}])?[AB]-?[12](?:-\d{{1,2}})+-(?P<year>\d{{4}})(?P<serial>\d{{4}})$")
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹣"), "-")
EXAMPLES = "B2-20110196（全网）或 京B2-20190350（地网）"
# The first year the modern form was issued in, and the legacy form's (whose numbers carry the
# year as well); a year before it, or after this year, cannot be a first-issue year.
FIRST_MODERN_YEAR = 2000
FIRST_LEGACY_YEAR = 1990
_LAYOUT = "短横线后 8 位数字是 4 位首次发证年份加 4 位序号"
# What can be wrong with a number, by key; the values (a list's items joined with 、) fill it in.
# The interface words the same key and values in its language (app/ui/license/license_form.py,
# ``number_problem_text``), in Chinese exactly as here (a test checks).
NUMBER_PROBLEMS = {
    "missing": "必须填写",                      # (app.domain.license.MISSING)
    "too_long": "过长：许可证编号不超过 {limit} 个字符，现在 {length} 个",
    "no_b2": f"编号中没有 B2：呼叫中心业务属于第二类增值电信业务，编号应含 B2，如 {EXAMPLES}",
    "repeated_classes": "业务类别 {classes} 重复：每个类别只写一次，如 B2 或 A2.B1.B2",
    "legacy": "这是旧式编号格式（如 辽B-2-4-20080039），请确认证书上确实如此印制后再保存",
    "year_after_this_year": f"编号中的首次发证年份 {{year}} 在今年（{{this_year}}）之后，不可能是首次发证年份：{_LAYOUT}，请核对",
    "year_too_early": f"编号中的首次发证年份 {{year}} 不合理：应在 {{first}}–{{this_year}} 之间（{_LAYOUT}），请核对",
    "wrong_province": "省份简称“{given}”不用于许可证编号，应为“{right}”",
    "not_a_province": "“{given}”不是省级行政区简称（可用：{provinces}）",
    "no_dash": f"缺少短横线“-”，格式应如 {EXAMPLES}",
    "digits": "短横线后应为 8 位数字（4 位首次发证年份 + 4 位序号），现在是“{digits}”",
    "classes": f"业务类别“{{classes}}”格式不正确，应如 B2 或 A2.B1.B2；完整格式如 {EXAMPLES}",
    "format": f"格式不正确，应如 {EXAMPLES}",
    # checks across fields (app.domain.license), and the numbers already taken (app.operations.licenses)
    "year_after_issued": "编号中的首次发证年份 {year} 晚于发证日期 {issued}，请核对",
    "provincial_number": "编号以“{province}”开头，是{province_name}的地网（省内）许可证，许可范围应为 地网",
    "national_number": "编号没有省份简称，是工业和信息化部发的全网（跨地区）许可证，许可范围应为 全网",
    "in_trash": "编号 {number} 的许可证（{company}）在回收站中：到“许可证 → 回收站”恢复它；或在回收站中彻底删除后再用这个编号",
    "taken": "编号 {number} 已登记（{company}），不能重复添加",
    "taken_by_another": "编号 {number} 已属于另一张许可证（{company}）",
}


@dataclass(frozen=True)
class LicenseNumber:
    text: str                 # normalised, without a trailing 号
    province: str | None      # the abbreviation, or None for a nationwide license
    year_first_issued: int
    legacy: bool

    @property
    def scope(self) -> str:
        return "provincial" if self.province else "national"


def number_message(key: str, values: Mapping[str, object]) -> str:
    """A problem of NUMBER_PROBLEMS in Chinese."""
    return NUMBER_PROBLEMS[key].format(**{name: "、".join(map(str, value)) if isinstance(value, (list, tuple))
                                          else value for name, value in values.items()})


def number_wording(key: str, **values: object) -> tuple[str, dict[str, object]]:
    """A problem's wording (its key and values), for a FieldError to carry."""
    return key, values


class LicenseNumberProblem(ValueError):
    """What is wrong with a number: ``wording`` (a key of NUMBER_PROBLEMS and its values), said
    in Chinese by str(); ``legacy`` when only confirmation is missing."""

    def __init__(self, key: str, *, legacy: bool = False, **values: object):
        super().__init__(number_message(key, values))
        self.wording = number_wording(key, **values)
        self.legacy = legacy


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = re.sub(r"\s+", "", text).upper()
    return text[:-1] if text.endswith("号") else text


def parse_license_number(text: str, *, allow_legacy: bool = False, today: date | None = None) -> LicenseNumber:
    """``today`` (default: the real today) bounds the first-issue year the number carries."""
    number = normalise(text)
    if not number:
        raise LicenseNumberProblem("missing")
    this_year = (today or date.today()).year
    if match := MODERN.match(number):
        classes = match["classes"].split(".")
        if "B2" not in classes:
            raise LicenseNumberProblem("no_b2")
        if repeated := sorted({c for c in classes if classes.count(c) > 1}):
            raise LicenseNumberProblem("repeated_classes", classes=tuple(repeated))
        year = int(match["year"])
        _check_year(year, first=FIRST_MODERN_YEAR, this_year=this_year)
        return LicenseNumber(number, match["prov"], year, legacy=False)
    if match := LEGACY.match(number):
        year = int(match["year"])
        _check_year(year, first=FIRST_LEGACY_YEAR, this_year=this_year)
        if not allow_legacy:
            raise LicenseNumberProblem("legacy", legacy=True)
        return LicenseNumber(number, match["prov"], year, legacy=True)
    raise _explain(number)


def _check_year(year: int, *, first: int, this_year: int) -> None:
    """The 4 digits after the dash are the year the license was first issued."""
    if year > this_year:
        raise LicenseNumberProblem("year_after_this_year", year=year, this_year=this_year)
    if year < first:
        raise LicenseNumberProblem("year_too_early", year=year, first=first, this_year=this_year)


def _explain(number: str) -> LicenseNumberProblem:
    first = number[0]
    if "\u4e00" <= first <= "\u9fff" and first not in PROVINCES:
        if first in _WRONG_PREFIX:
            return LicenseNumberProblem("wrong_province", given=first, right=_WRONG_PREFIX[first])
        return LicenseNumberProblem("not_a_province", given=first, provinces=" ".join(PROVINCES))
    if "-" not in number:
        return LicenseNumberProblem("no_dash")
    head, _, digits = number.rpartition("-")
    if not digits.isdigit() or len(digits) != 8:
        return LicenseNumberProblem("digits", digits=digits)
    classes = head.lstrip(_P)
    if not re.fullmatch(r"[AB][12](?:\.[AB][12])*", classes):
        return LicenseNumberProblem("classes", classes=classes)
    return LicenseNumberProblem("format")
