"""经营许可证编号: the modern forms strictly, the legacy form only when the caller allows it."""

from __future__ import annotations

import re
import unicodedata
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


@dataclass(frozen=True)
class LicenseNumber:
    text: str                 # normalised, without a trailing 号
    province: str | None      # the abbreviation, or None for a nationwide license
    year_first_issued: int
    legacy: bool

    @property
    def scope(self) -> str:
        return "provincial" if self.province else "national"


class LicenseNumberProblem(ValueError):
    """What is wrong with a number, in Chinese; ``legacy`` when only confirmation is missing."""

    def __init__(self, message: str, *, legacy: bool = False):
        super().__init__(message)
        self.legacy = legacy


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = re.sub(r"\s+", "", text).upper()
    return text[:-1] if text.endswith("号") else text


def parse_license_number(text: str, *, allow_legacy: bool = False, today: date | None = None) -> LicenseNumber:
    """``today`` (default: the real today) bounds the first-issue year the number carries."""
    number = normalise(text)
    if not number:
        raise LicenseNumberProblem("必须填写")      # (app.domain.license.MISSING)
    this_year = (today or date.today()).year
    if match := MODERN.match(number):
        classes = match["classes"].split(".")
        if "B2" not in classes:
            raise LicenseNumberProblem(
                f"编号中没有 B2：呼叫中心业务属于第二类增值电信业务，编号应含 B2，如 {EXAMPLES}")
        if repeated := sorted({c for c in classes if classes.count(c) > 1}):
            raise LicenseNumberProblem(
                f"业务类别 {'、'.join(repeated)} 重复：每个类别只写一次，如 B2 或 A2.B1.B2")
        year = int(match["year"])
        _check_year(year, first=FIRST_MODERN_YEAR, this_year=this_year)
        return LicenseNumber(number, match["prov"], year, legacy=False)
    if match := LEGACY.match(number):
        year = int(match["year"])
        _check_year(year, first=FIRST_LEGACY_YEAR, this_year=this_year)
        if not allow_legacy:
            raise LicenseNumberProblem(
                "这是旧式编号格式（如 辽B-2-4-20080039），请确认证书上确实如此印制后再保存", legacy=True)
        return LicenseNumber(number, match["prov"], year, legacy=True)
    raise LicenseNumberProblem(_explain(number))


def _check_year(year: int, *, first: int, this_year: int) -> None:
    """The 4 digits after the dash are the year the license was first issued."""
    layout = "短横线后 8 位数字是 4 位首次发证年份加 4 位序号"
    if year > this_year:
        raise LicenseNumberProblem(
            f"编号中的首次发证年份 {year} 在今年（{this_year}）之后，不可能是首次发证年份：{layout}，请核对")
    if year < first:
        raise LicenseNumberProblem(
            f"编号中的首次发证年份 {year} 不合理：应在 {first}–{this_year} 之间（{layout}），请核对")


def _explain(number: str) -> str:
    first = number[0]
    if "\u4e00" <= first <= "\u9fff" and first not in PROVINCES:
        if first in _WRONG_PREFIX:
            return f"省份简称“{first}”不用于许可证编号，应为“{_WRONG_PREFIX[first]}”"
        return f"“{first}”不是省级行政区简称（可用：{' '.join(PROVINCES)}）"
    if "-" not in number:
        return f"缺少短横线“-”，格式应如 {EXAMPLES}"
    head, _, digits = number.rpartition("-")
    if not digits.isdigit() or len(digits) != 8:
        return f"短横线后应为 8 位数字（4 位首次发证年份 + 4 位序号），现在是“{digits}”"
    classes = head.lstrip(_P)
    if not re.fullmatch(r"[AB][12](?:\.[AB][12])*", classes):
        return f"业务类别“{classes}”格式不正确，应如 B2 或 A2.B1.B2；完整格式如 {EXAMPLES}"
    return f"格式不正确，应如 {EXAMPLES}"
