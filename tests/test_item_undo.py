"""Undo in the checklist: each undo takes back one save, through the item's history, and the
item is again exactly what it was."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.item_undo import change_to_undo, describe
from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.storage import cases as case_rows
from app.storage.cases import HistoryEntry


@pytest.fixture
def item(store, valid_license_input):
    license = license_ops.add_license(store, valid_license_input)
    case = case_ops.start_case(store, license.id, "renewal")
    return case_ops.case_items(store, case.id)[0]


def test_undo_restores_the_exact_previous_item(store, item):
    case_ops.update_item(store, item.id, state="ready", owner="王五", due_date="2026-12-01")
    after_first = case_rows.get_item(store, item.id)
    case_ops.update_item(store, item.id, state="not_applicable", na_reason="公司没有外资股东", note="见章程")

    assert case_ops.undo_item_change(store, item.id) == after_first
    assert case_rows.get_item(store, item.id) == after_first
    assert case_ops.undo_item_change(store, item.id) == item
    assert case_rows.get_item(store, item.id) == item
    with pytest.raises(ValidationError, match="没有可以撤销的修改"):
        case_ops.undo_item_change(store, item.id)
    assert [h.origin for h in case_rows.item_history(store, item.id)][-1] == "undo"   # kept in the history


def test_two_saves_in_the_same_second_are_undone_one_at_a_time(store, item):
    case_ops.update_item(store, item.id, owner="王五")
    case_ops.update_item(store, item.id, owner="赵六")
    case_ops.undo_item_change(store, item.id)
    assert case_rows.get_item(store, item.id).owner == "王五"


def test_rows_from_before_the_save_numbers_are_grouped_by_time():
    old = [HistoryEntry(1, "2026-01-01T10:00:00", "state", "missing", "ready", "app"),
           HistoryEntry(1, "2026-01-01T10:00:00", "owner", "", "王五", "app"),
           HistoryEntry(1, "2026-01-02T09:00:00", "note", "", "已盖章", "excel")]
    assert change_to_undo(old) == old[2:]
    assert "（Excel 导入）" in describe(old[2:], state_labels={})
    assert change_to_undo([*old, HistoryEntry(1, "2026-01-03T09:00:00", "note", "已盖章", "", "undo")]) == old[:2]


EDITS = st.lists(st.fixed_dictionaries({}, optional={
    "state": st.sampled_from(["missing", "in_progress", "ready"]),
    "owner": st.sampled_from(["", "王五", "赵六"]),
    "due_date": st.one_of(st.none(), st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))),
    "note": st.text(alphabet="备注补正 a", max_size=8),
}).filter(bool), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(edits=EDITS)
def test_undoing_every_save_walks_back_through_every_state(tmp_path_factory, edits):
    from app.operations import open_store

    store = open_store(tmp_path_factory.mktemp("undo") / "undo.sqlite3")
    try:
        license = license_ops.add_license(store, {"number": "京B2-20190350", "company": "北京示例", "scope": "provincial",
                                                  "issued": "2022-03-15", "expiry": "2027-03-14"})
        first = case_ops.case_items(store, case_ops.start_case(store, license.id, "renewal").id)[0]
        seen = [first]
        for edit in edits:
            case_ops.update_item(store, first.id, **edit)
            now = case_rows.get_item(store, first.id)
            if now != seen[-1]:
                seen.append(now)
        for expected in reversed(seen[:-1]):
            assert case_ops.undo_item_change(store, first.id) == expected
        assert case_ops.last_item_change(store, first.id) == []
    finally:
        store.close()
