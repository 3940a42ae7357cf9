"""Thousands of generated inputs through every way bad data comes in (issue: nothing lost).

Each input either passes or is refused with the app's own validation error; nothing else is
raised, and nothing is written when input is refused.
"""

from __future__ import annotations

import random
import string
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.cases import ITEM_LABELS, CaseItem, apply_item_changes
from app.domain.checklist_import import EDITABLE, SheetRow, plan_import
from app.domain.errors import ValidationError
from app.domain.holiday_text import parse_schedule_text
from app.domain.license import LABELS, check_field
from app.exports.errors import ImportRefused
from app.operations import cases as cases_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.storage import trash
from app.storage.database import open_store
from tests.conftest import VALID_LICENSE

MANY = settings(max_examples=2000, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text that looks like what users type or paste, mixed with anything at all.
TYPED = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789-/.年月日号 京粤川蜀B2ABO，、：:（）()至到休班上班放假\t\n\r=+@", max_size=40),
    st.sampled_from(["2027-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "B2-2011019", "京B2-20190350号",
                     "-5", "1e400", "NaN", "Infinity", "１０００", "=1+1", "@SUM(A1)", "\x00", "𠀀" * 5]),
)


@pytest.fixture(scope="module")
def shared_store():
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "fuzz.sqlite3")
        yield store
        store.close()


def counts(store) -> tuple[int, ...]:
    return tuple(store.query(f"SELECT count(*) FROM {t}")[0][0]
                 for t in ("licenses", "events", "cases", "case_items", "item_history"))


@MANY
@given(field=st.sampled_from(sorted(LABELS)), text=TYPED)
def test_every_license_field_check(field, text):
    message = check_field(field, text)
    assert message is None or (isinstance(message, str) and message.strip())


@MANY
@given(values=st.dictionaries(st.sampled_from(sorted(LABELS)), TYPED, max_size=6))
def test_adding_a_license_writes_all_or_nothing(shared_store, values):
    before = counts(shared_store)
    raw = {**VALID_LICENSE, **values}
    try:
        saved = license_ops.add_license(shared_store, raw)
    except ValidationError as error:
        assert error.errors and all(e.field and e.message for e in error.errors)
        assert counts(shared_store) == before
    else:
        assert counts(shared_store)[:2] == (before[0] + 1, before[1] + 1)
        trash.erase_license(shared_store, saved.id)


@MANY
@given(text=st.one_of(
    TYPED,
    st.lists(st.tuples(st.dates(min_value=date(2026, 6, 1), max_value=date(2028, 6, 1)),
                       st.sampled_from(["休", "班", "假", "上班", "放假", "?"]),
                       st.sampled_from([" ", "\t", "，", "：", ""])), max_size=12).map(
        lambda rows: "\n".join(f"{d.isoformat()}{sep}{kind}" for d, kind, sep in rows)),
    st.builds(lambda m, a, b, w1, w2: f"春节：{m}月{a}日至{b}日放假调休，共8天。{m}月{w1}日（星期日）、{m}月{w2}日（星期六）上班。",
              st.integers(0, 14), st.integers(0, 33), st.integers(0, 33), st.integers(0, 33), st.integers(0, 33)),
))
def test_holiday_schedule_text(text):
    try:
        schedule = parse_schedule_text(text, year=2027)
    except ValidationError as error:
        assert error.errors and all(e.message for e in error.errors)
    else:
        assert schedule.year == 2027


ITEM = CaseItem(id=7, case_id=1, material_id="m", position=1, name="营业执照副本", description="",
                forms=(), sources=())
CELL = st.one_of(st.none(), TYPED, st.dates(), st.integers(-10**6, 10**6), st.floats(allow_nan=True))


@MANY
@given(changes=st.dictionaries(st.sampled_from(sorted(ITEM_LABELS)), CELL, max_size=5))
def test_checklist_item_changes(changes):
    try:
        apply_item_changes(ITEM, {k: v if isinstance(v, str | date) or v is None else str(v) for k, v in changes.items()})
    except ValidationError as error:
        assert all(e.label in ITEM_LABELS.values() and e.message for e in error.errors)


@MANY
@given(rows=st.lists(st.builds(
    SheetRow,
    row=st.integers(1, 10_000),
    item_id=st.sampled_from([7, 7, 8, -1]),
    exported=st.fixed_dictionaries({"name": st.sampled_from(["营业执照副本", "别的材料"]),
                                    "state": st.sampled_from(["未准备", "已准备", ""])}),
    name=st.sampled_from(["营业执照副本", "营业执照副本 ", ""]),
    cells=st.dictionaries(st.sampled_from(EDITABLE), CELL, max_size=4),
    problems=st.dictionaries(st.sampled_from(EDITABLE), st.just("不是日期"), max_size=1),
), max_size=6))
def test_excel_rows_are_checked_cell_by_cell(rows):
    plan = plan_import(case_id=1, rows=rows, items={7: ITEM}, columns={"name": "B", "state": "E", "owner": "F",
                                                                      "due_date": "G", "note": "H"})
    for error in plan.errors:
        assert error.message and (error.row is None or error.row in {r.row for r in rows})
    assert plan.rows_read == len(rows)


@pytest.fixture(scope="module")
def exported_checklist(shared_store, tmp_path_factory):
    license = license_ops.add_license(shared_store, {**VALID_LICENSE, "number": "粤B2-20120564"})
    case = cases_ops.start_case(shared_store, license.id, "renewal")
    path = tmp_path_factory.mktemp("fuzz") / "checklist.xlsx"
    return excel_ops.export_case(shared_store, case.id, path).read_bytes()


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 10**6), flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
       junk=st.binary(max_size=64), mode=st.sampled_from(["truncate", "flip", "junk", "prefix"]))
def test_damaged_workbooks_are_refused_and_change_nothing(shared_store, exported_checklist, tmp_path_factory,
                                                          cut, flips, junk, mode):
    data = bytearray(exported_checklist)
    if mode == "truncate":
        data = data[: cut % len(data)]
    elif mode == "flip":
        for offset, value in flips:
            data[offset % len(data)] = value
    elif mode == "junk":
        data = bytearray(junk)
    else:
        data = bytearray(junk) + data
    path = tmp_path_factory.mktemp("damaged") / "staff.xlsx"
    path.write_bytes(bytes(data))
    before = counts(shared_store)
    try:
        plan = excel_ops.preview_import(shared_store, path)
        if plan.ok:
            excel_ops.apply_import(shared_store, plan)
    except (ImportRefused, ValidationError) as refusal:
        assert str(refusal)
        assert counts(shared_store) == before
    else:
        if not plan.ok:
            assert counts(shared_store) == before


def test_random_text_files_named_xlsx_are_refused(shared_store, tmp_path):
    rng = random.Random(5)
    for index in range(200):
        path = tmp_path / f"{index}.xlsx"
        path.write_text("".join(rng.choice(string.printable + "中文") for _ in range(rng.randint(0, 400))),
                        encoding="utf-8")
        before = counts(shared_store)
        with pytest.raises(ImportRefused):
            excel_ops.preview_import(shared_store, path)
        assert counts(shared_store) == before
