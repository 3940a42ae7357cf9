"""The queries the checklist and the wizard read: entries, attachments, the renewal case to show."""

from datetime import date

import pytest

from app.domain.cases import outstanding
from app.domain.errors import ValidationError
from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.operations import steps


@pytest.fixture
def license_id(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input).id


def test_checklist_entries_carry_attachments_sources_and_freshness(store, license_id, tmp_path):
    case = ops.start_case(store, license_id, "renewal")
    entries = ops.checklist(store, case.id, today=date(2026, 11, 22))
    assert len(entries) == 14 and all(e.attachments == 0 for e in entries)
    screenshot = next(e for e in entries if e.item.material_id == "credit_screenshot")
    assert "公开的办事指南" in screenshot.sources_text
    scan = tmp_path / "公示系统截图.png"
    scan.write_bytes(b"png")
    ops.attach_file(store, screenshot.item.id, scan)
    ops.attach_file(store, screenshot.item.id, scan)
    fresh = {e.item.id: e for e in ops.checklist(store, case.id, today=date.today())}[screenshot.item.id]
    assert fresh.attachments == 2 and fresh.last_attached == date.today()
    assert fresh.freshness_warning is None
    stale = {e.item.id: e for e in ops.checklist(store, case.id, today=date.today().replace(year=date.today().year + 1))}
    assert "请更新" in stale[screenshot.item.id].freshness_warning
    assert len(ops.item_attachments(store, screenshot.item.id)) == 2


def test_outstanding_leaves_out_ready_and_not_applicable(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    first, second, third = ops.case_items(store, case.id)[:3]
    ops.update_item(store, first.id, state="ready")
    ops.update_item(store, second.id, state="not_applicable", na_reason="只有一个股东")
    ops.update_item(store, third.id, state="in_progress")
    left = outstanding(ops.case_items(store, case.id))
    assert len(left) == 12 and first.id not in {i.id for i in left} and third.id in {i.id for i in left}


def test_renewal_case_for_shows_the_open_case_then_the_approval(store, license_id):
    assert ops.renewal_case_for(store, license_id) is None
    case = ops.start_case(store, license_id, "renewal")
    assert ops.renewal_case_for(store, license_id).id == case.id
    steps.submit(store, case.id, on="2026-11-20", today=date(2027, 1, 10))
    steps.approve_renewal(store, case.id, approved_on="2027-01-10", new_issued="2027-01-10", new_expiry="2032-01-09",
                          today=date(2027, 1, 10))
    shown = ops.renewal_case_for(store, license_id)
    assert shown.id == case.id and shown.status == "approved"
    raw = {**license_ops.get_license(store, license_id).as_dict(), "expiry": "2032-03-14"}
    license_ops.update_license(store, license_id, raw)
    assert ops.renewal_case_for(store, license_id) is None


def test_a_step_out_of_order_names_the_status_in_chinese(store, license_id):
    case = ops.start_case(store, license_id, "renewal")
    with pytest.raises(ValidationError, match="当前状态为“准备中”"):
        steps.approve_renewal(store, case.id, approved_on="2027-01-10", new_issued="2027-01-10",
                              new_expiry="2032-01-09", today=date(2027, 1, 10))


def test_capital_is_shown_as_written_not_in_exponent_form(store, license_id):
    from app.domain.license import capital_text, parse_capital

    assert capital_text(parse_capital("150")) == "150" and capital_text(parse_capital("150.00")) == "150"
    assert capital_text(parse_capital("1,000.5")) == "1000.5"
    capital = next(r for r in ops.check_renewal(store, license_id, today=date(2026, 11, 22)) if r.id == "capital")
    assert "注册资本 150 万元" in capital.detail


def test_each_case_knows_what_it_is_for(store, license_id):
    today = date(2026, 11, 22)
    change = ops.start_case(store, license_id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 10))
    owed = ops.case_obligation(store, change, today=today)
    assert owed.due == date(2026, 12, 10) and "工商变更登记之日" in owed.title
    report = ops.start_case(store, license_id, "annual_report", report_year=2027)
    assert ops.case_obligation(store, report, today=today).due == date(2027, 3, 31)
    renewal = ops.start_case(store, license_id, "renewal")
    assert ops.case_obligation(store, renewal, today=today).due == date(2026, 12, 14)
    assert ops.case_obligation(store, ops.start_case(store, license_id, "replacement"), today=today) is None
    stop = ops.start_case(store, license_id, "cancellation", trigger_date=date(2026, 12, 31))
    assert ops.case_obligation(store, stop, today=today).due == date(2026, 10, 2)
