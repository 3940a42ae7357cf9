import hashlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cases import ITEM_LABELS, CaseItem, apply_item_changes, progress
from app.domain.errors import ValidationError
from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.operations import obligations, steps
from app.storage import cases as case_rows
from app.storage.events import events_for


@pytest.fixture
def license_id(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input).id


def test_starting_a_renewal_creates_one_item_per_material(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    items = case_rows.items_for_case(store, case.id)
    assert len(items) == 14
    assert str(progress(items)) == "0/14 已准备"
    with pytest.raises(ValidationError, match="未办结"):
        ops.start_case(store, license_id, "renewal")


def test_item_changes_are_saved_with_history(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    first, second = case_rows.items_for_case(store, case.id)[:2]
    ops.update_item(store, first.id, state="ready", owner="王五", due_date="2026-12-01", note="已盖章")
    ops.update_item(store, second.id, state="不适用", na_reason="公司只有一个股东")
    items = case_rows.items_for_case(store, case.id)
    assert items[0].state == "ready" and items[0].due_date == date(2026, 12, 1)
    assert str(progress(items)) == "1/13 已准备"
    history = case_rows.item_history(store, first.id)
    assert {h.field for h in history} == {"state", "owner", "due_date", "note"}
    assert next(h for h in history if h.field == "state").old_value == "missing"


def test_not_applicable_needs_a_reason_and_nothing_is_saved(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    item = case_rows.items_for_case(store, case.id)[0]
    with pytest.raises(ValidationError) as info:
        ops.update_item(store, item.id, state="not_applicable", owner="赵六")
    assert info.value.errors[0].label == "不适用原因"
    assert case_rows.get_item(store, item.id) == item
    assert case_rows.item_history(store, item.id) == []


def test_bad_due_date_is_named(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    item = case_rows.items_for_case(store, case.id)[0]
    with pytest.raises(ValidationError, match="截止日期"):
        ops.update_item(store, item.id, due_date="下周")


def test_attachment_is_copied_with_its_hash_and_the_original_untouched(store, license_id, tmp_path):
    case = ops.start_case(store, license_id, "renewal")
    item = case_rows.items_for_case(store, case.id)[3]
    original = tmp_path / "营业执照.pdf"
    original.write_bytes(b"%PDF-1.4 scan" * 100)
    stat_before = original.stat()
    attachment = ops.attach_file(store, item.id, original)
    copy = ops.attachment_path(store, attachment)
    assert copy.read_bytes() == original.read_bytes()
    assert attachment.sha256 == hashlib.sha256(original.read_bytes()).hexdigest()
    assert original.exists() and original.stat().st_mtime == stat_before.st_mtime
    assert copy.parent.parent == store.path.parent / "attachments"


def test_whole_renewal_updates_the_license_and_history(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    items = case_rows.items_for_case(store, case.id)
    for item in items:
        ops.update_item(store, item.id, state="ready")
    today = date(2027, 1, 10)
    steps.submit(store, case.id, on="2026-11-20", today=today)
    steps.record_correction(store, case.id, notice_date="2026-11-25", requested="补充业务开展情况报告的呼叫量数据",
                            item_ids=[items[9].id], today=today)
    assert case_rows.get_item(store, items[9].id).state == "in_progress"
    assert case_rows.get_case(store, case.id).status == "correction"
    ops.update_item(store, items[9].id, state="ready")
    steps.submit(store, case.id, on="2026-11-28", today=today)
    with pytest.raises(ValidationError, match="应晚于原有效期至"):
        steps.approve_renewal(store, case.id, approved_on="2027-01-10", new_issued="2027-01-10",
                              new_expiry="2027-03-14", today=today)
    steps.approve_renewal(store, case.id, approved_on="2027-01-10", new_issued="2027-01-10",
                          new_expiry="2032-03-14", today=today)
    license = license_ops.find_license(store, "京B2-20190350")
    assert (license.issued, license.expiry) == (date(2027, 1, 10), date(2032, 3, 14))
    kinds = [e.kind for e in events_for(store, license_id)]
    assert "renewal_approved" in kinds and "correction_notice" in kinds
    assert ops.open_case(store, license_id, "renewal") is None


def test_annual_report_case_records_the_filing(store, license_id):
    case = ops.start_case(store, license_id, "annual_report", report_year=2026)
    steps.close_case(store, case.id, closed_on="2026-03-02")
    owed = obligations.of_license(store, license_ops.get_license(store, license_id), today=date(2026, 3, 2))
    assert [o.year for o in owed.annual_reports() if o.state == "done"] == [2026]


def test_change_needs_kind_and_trigger(store, license_id):
    with pytest.raises(ValidationError, match="变更类型"):
        ops.start_case(store, license_id, "change")
    case = ops.start_case(store, license_id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 1))
    names = [i.material_id for i in case_rows.items_for_case(store, case.id)]
    assert "new_legal_rep_docs" in names and "capital_proof" not in names
    case = ops.start_case(store, license_id, "change", change_kind="address", trigger_date=date(2026, 11, 20))
    names = [i.material_id for i in case_rows.items_for_case(store, case.id)]
    assert {"new_address_proof", "articles_old_new", "registration_notice", "new_business_license"} <= set(names)
    assert "new_legal_rep_docs" not in names


def test_renewal_checks(store, license_id):
    results = {r.id: r for r in ops.check_renewal(store, license_id, today=date(2026, 11, 22))}
    assert results["license_valid"].state == "passed"
    assert results["capital"].state == "passed"                  # 150 万 ≥ 100 万 for 地网
    assert results["annual_reports"].state == "failed"           # none recorded as filed
    assert results["services_opened"].state == "confirm"
    assert "cross_region" not in results                         # only for 全网
    assert all(r.source for r in results.values())
    # S0: the legal representative and natural-person shareholders hold Chinese ID
    assert results["chinese_id"].state == "confirm" and "S0" in results["chinese_id"].source
    assert results["chinese_id"].needs_acknowledgement
    # RULES.md §7: foreign ownership is a note, never a check to tick
    note = results["foreign_ownership"]
    assert note.state == "info" and not note.needs_acknowledgement
    assert "50%" in note.detail and "负面清单" in note.source
    ops.start_case(store, license_id, "change", change_kind="capital", trigger_date=date(2026, 11, 1))
    results = {r.id: r for r in ops.check_renewal(store, license_id, today=date(2027, 1, 20))}
    assert results["no_open_change"].state == "failed"
    assert results["before_deadline"].state in ("warning", "failed")


ITEM = CaseItem(id=1, case_id=1, material_id="m", position=1, name="材料", description="", forms=(), sources=())


@settings(max_examples=400)
@given(changes=st.dictionaries(st.sampled_from(sorted(ITEM_LABELS)), st.one_of(st.text(max_size=80), st.none())))
def test_free_text_item_changes_are_applied_or_refused_cleanly(changes):
    try:
        result = apply_item_changes(ITEM, changes)
    except ValidationError as error:
        assert all(e.label in ITEM_LABELS.values() and e.message for e in error.errors)
    else:
        assert result.state in ("missing", "in_progress", "ready", "not_applicable")
        assert result.state != "not_applicable" or result.na_reason
