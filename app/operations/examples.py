"""Example data: a few licenses of made-up companies, loaded and removed in one step each.

The dates are set relative to the day they are loaded, so that the dashboard shows every
kind of status: a renewal missed, one due within 30 days, one whose preparation starts within
90 days, and one fine.
Every example is stored with ``is_example`` and shown marked 示例.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.credit_code import check_character
from app.domain.event_wording import said
from app.domain.license import License, parse_license
from app.paths import attachments_folder
from app.storage import events, licenses, trash
from app.storage.database import Store


@dataclass(frozen=True)
class _Example:
    province: str            # "" for a nationwide license
    serial: str
    first_issued: int        # the year in the number, when the license was first granted
    company: str
    credit_body: str         # 17 characters; the check character is computed
    legal_rep: str
    address: str
    capital_wan: str
    capital_kind: str
    expires_in_days: int
    contact_person: str
    contact_phone: str
    unfiled_last_report: bool = False


EXAMPLES = (
    _Example("京", "0350", 2019, "北京示例呼叫服务有限公司", "91110108MA01AB3C4", "张三",
             "北京市海淀区示例路 1 号", "150", "实缴", 110, "王敏", "010-12345678"),
    _Example("沪", "0712", 2020, "上海示例客户服务有限公司", "91310115MA1K4B5D6", "李四",
             "上海市浦东新区示例大道 88 号", "500", "认缴", 240, "陈芳", "021-87654321"),
    _Example("", "0196", 2011, "示例全网通信科技股份有限公司", "91440300MA5F6G7H8", "王五",
             "广东省深圳市南山区示例街 6 号", "1200", "实缴", 3 * 365 + 40, "赵强", "0755-23456789",
             unfiled_last_report=True),
    _Example("粤", "0564", 2012, "广州示例信息服务有限公司", "91440101MA9J8K7L6", "赵六",
             "广州市天河区示例路 20 号", "100", "认缴", 45, "刘洋", "13800138000"),
)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def example_licenses(today: date) -> list[License]:
    """The example licenses as they would be on ``today`` (each valid by the domain's rules)."""
    result = []
    for ex in EXAMPLES:
        expiry = today + timedelta(days=ex.expires_in_days)
        issued = _years_before(expiry, 5) + timedelta(days=1)
        prefix = ex.province
        number = f"{prefix}B2-{min(ex.first_issued, issued.year)}{ex.serial}"
        result.append(parse_license({
            "number": number, "company": ex.company, "scope": "provincial" if prefix else "national",
            "issued": issued, "expiry": expiry,
            "credit_code": ex.credit_body + check_character(ex.credit_body),
            "legal_rep": ex.legal_rep, "address": ex.address, "capital_wan": ex.capital_wan,
            "capital_kind": ex.capital_kind, "coverage": "全国" if not prefix else "",
            "contact_person": ex.contact_person, "contact_phone": ex.contact_phone,
            "special_terms": "示例数据，仅供试用本软件。",
        }, is_example=True))
    return result


def load_example_data(store: Store, *, today: date | None = None) -> list[License]:
    """Add the example licenses and their filed annual reports, in one transaction.

    Examples already loaded are not added twice; an example whose number a real license
    already holds is left out. Returns the licenses added.
    """
    today = today or date.today()
    added = []
    with store.atomic():
        for ex, license in zip(EXAMPLES, example_licenses(today), strict=True):
            if licenses.holder_of_number(store, license.number) is not None:
                continue
            saved = licenses.insert_license(store, license)
            events.add_event(store, license_id=saved.id, kind="license_added", event_date=today,
                             summary=said(("example_added", {"number": saved.number})))
            last_year = min(today.year if today > date(today.year, 3, 31) else today.year - 1,
                            saved.expiry.year)
            for year in range(saved.issued.year + 1, last_year + 1):
                if ex.unfiled_last_report and year == last_year:
                    continue
                events.add_event(store, license_id=saved.id, kind=events.ANNUAL_REPORT_FILED,
                                 event_date=date(year, 3, 10), summary=said(("report_filed", {"year": year})),
                                 detail={"year": year})
            added.append(saved)
    return added


def remove_example_data(store: Store) -> int:
    """Delete every example license with its history and cases, in one transaction, for good
    (those in the 回收站 too: examples are not the user's data).

    Attachment files copied in for example cases are removed after the commit. Returns how
    many licenses went.
    """
    ids = licenses.example_license_ids(store)
    stored: list[str] = []
    with store.atomic():
        for license_id in ids:
            stored += trash.erase_license(store, license_id)
    attachments = attachments_folder(store.path)
    for name in stored:
        (attachments / name).unlink(missing_ok=True)
    return len(ids)


def has_example_data(store: Store) -> bool:
    return any(license.is_example for license in licenses.all_licenses(store, archived=None))
