"""Databases full of valid licenses, made quickly, for benchmarks and screenshots.

``make_licenses_db(path, count)`` writes ``count`` licenses that pass the domain's validation,
with a filed annual report for most past years, through the storage layer in one transaction.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from app.domain.credit_code import check_character
from app.domain.license import DEFAULT_LEAD_TIMES, License, suggested_authority
from app.domain.license_number import PROVINCES
from app.storage import events, licenses
from app.storage.database import Store, open_store

_CITIES = ("北京", "上海", "广州", "深圳", "成都", "杭州", "南京", "武汉", "西安", "重庆",
           "天津", "苏州", "长沙", "郑州", "合肥", "济南", "青岛", "厦门", "昆明", "沈阳")
_WORDS = ("华信", "众联", "远景", "汇通", "博达", "恒声", "优音", "云帆", "启明", "佳讯",
          "正源", "鸿图", "安和", "同创", "金桥", "新语", "智汇", "嘉禾", "融通", "卓越")
_KINDS = ("呼叫服务", "客户服务", "信息技术", "网络科技", "通信技术", "数据服务")


def _credit_code(rng: random.Random) -> str:
    body = "91" + f"{rng.randint(110000, 659000):06d}" + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + check_character(body)


def sample_licenses(count: int, *, today: date | None = None, seed: int = 2024) -> list[License]:
    """``count`` (at most 10,000) distinct, valid licenses, expiring from last year to five years on."""
    if count > 10_000:
        raise ValueError("at most 10,000 licenses: the serial part of the number is 4 digits")
    rng = random.Random(seed)
    today = today or date.today()
    provinces = list(PROVINCES)
    result = []
    for i in range(count):
        expiry = today + timedelta(days=rng.randint(-120, 5 * 365))
        try:
            issued = expiry.replace(year=expiry.year - 5) + timedelta(days=1)
        except ValueError:
            issued = expiry.replace(year=expiry.year - 5, day=28)
        province = rng.choice(provinces) if rng.random() < 0.85 else ""
        first_year = issued.year - rng.choice((0, 0, 0, 5, 10))
        number = f"{province}B2-{first_year}{i % 10000:04d}"
        company = f"{rng.choice(_CITIES)}{rng.choice(_WORDS)}{rng.choice(_KINDS)}有限公司{i}"
        result.append(License(
            number=number, company=company, scope="provincial" if province else "national",
            issued=issued, expiry=expiry, credit_code=_credit_code(rng),
            legal_rep=rng.choice("张王李赵刘陈杨黄周吴") + rng.choice(("伟", "芳", "敏", "强", "磊", "洋")),
            capital_wan=Decimal(rng.choice((100, 200, 500, 1000, 2000)) if province else 1000 + rng.randint(0, 9000)),
            capital_kind=rng.choice(("认缴", "实缴")),
            authority=suggested_authority(province or None), lead_times=DEFAULT_LEAD_TIMES,
        ))
    return result


def make_licenses_db(path: Path, count: int, *, today: date | None = None, seed: int = 2024) -> Path:
    """A new database at ``path`` holding ``count`` valid licenses and their filed reports."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    today = today or date.today()
    store = open_store(path)
    try:
        fill(store, sample_licenses(count, today=today, seed=seed), today=today, seed=seed)
    finally:
        store.close()
    return path


def fill(store: Store, items: list[License], *, today: date, seed: int = 2024) -> None:
    """Insert licenses, and annual reports filed for nine in ten of their past years."""
    rng = random.Random(seed)
    stamp = licenses.now_text()
    with store.atomic() as db:
        rows = []
        for item in items:
            row = licenses.to_row(item)
            row["created_at"] = row["updated_at"] = stamp
            rows.append(row)
        db["licenses"].insert_all(rows, batch_size=1000)
        ids = {r["number"]: r["id"] for r in store.query("SELECT id, number FROM licenses")}
        filed = []
        for item in items:
            for year in range(item.issued.year + 1, min(item.expiry.year, today.year) + 1):
                if date(year, 3, 31) < today and rng.random() < 0.9:
                    filed.append({
                        "license_id": ids[item.number], "kind": events.ANNUAL_REPORT_FILED,
                        "event_date": date(year, 3, rng.randint(1, 28)).isoformat(),
                        "summary": f"{year}年年报已报送", "detail": f'{{"year": {year}}}',
                        "created_at": stamp,
                    })
        db["events"].insert_all(filed, batch_size=1000)


def add_checklist_items(path: Path, count: int, *, seed: int = 2024) -> int:
    """Open cases on the licenses of ``path`` until they hold ``count`` checklist items in all.

    Each case is a real procedure's applicable materials, from the catalogue, in assorted
    states; inserted in one transaction. Returns the number of cases made.
    """
    import json

    from app.domain.cases import ITEM_STATES
    from app.domain.catalogue import CaseContext, default_catalogue

    rng = random.Random(seed)
    catalogue = default_catalogue()
    store = open_store(Path(path))
    try:
        license_ids = [r[0] for r in store.query("SELECT id FROM licenses ORDER BY id")]
        procedures = ("renewal", "new_application", "annual_report", "cancellation", "replacement")
        stamp = licenses.now_text()
        made = items_made = 0
        with store.atomic() as db:
            while items_made < count:
                license_id = license_ids[made % len(license_ids)]
                procedure = procedures[(made // len(license_ids)) % len(procedures)]
                materials = catalogue.procedure(procedure).materials_for(CaseContext())
                materials = materials[: count - items_made]
                cases = db["cases"]
                cases.insert({"license_id": license_id, "procedure": procedure, "status": "open",
                                    "context": "{}", "wizard_step": 3, "outcome": "{}", "acknowledged": "[]",
                                    "created_at": stamp, "updated_at": stamp})
                case_id = cases.last_pk
                db["case_items"].insert_all([{
                    "case_id": case_id, "material_id": m.id, "position": position, "name": m.name,
                    "description": m.description, "forms": json.dumps(m.forms, ensure_ascii=False),
                    "sources": json.dumps(m.sources), "state": rng.choice(list(ITEM_STATES)),
                    "na_reason": "不适用：示例", "owner": rng.choice(("王五", "赵六", "")), "note": "",
                    "updated_at": stamp,
                } for position, m in enumerate(materials, start=1)], batch_size=1000)
                made += 1
                items_made += len(materials)
    finally:
        store.close()
    return made


def keep_dashboard_rows(path: Path, *, today: date | None = None) -> Path:
    """Leave the database as a session of the app leaves it: its dashboard rows kept."""
    from app.operations.dashboard import dashboard_rows, keep_dashboard

    today = today or date.today()
    store = open_store(path)
    try:
        keep_dashboard(store, dashboard_rows(store, today=today), today=today)
    finally:
        store.close()
    return path


def without_kept_rows(path: Path, copy: Path) -> Path:
    """A copy of the database whose kept dashboard rows are set aside (every row is computed)."""
    import shutil

    shutil.copy(path, copy)
    store = open_store(copy)
    try:
        store.conn.execute("UPDATE dashboard_cache SET content = NULL")
    finally:
        store.close()
    return copy
