"""A case withdrawn with its reason frees the license for a new one; a step recorded by mistake
is taken back while the authority has not answered."""

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.operations import obligations, steps

TODAY = date(2026, 12, 5)


@pytest.fixture
def license(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)


def renewal_state(store, license):
    return next(o for o in obligations.of_license(store, license, today=TODAY).items if o.kind == "renewal").state


def test_a_withdrawn_case_frees_the_license_for_a_new_one(store, license):
    case = case_ops.start_case(store, license.id, "renewal")
    steps.submit(store, case.id, on="2026-11-20", today=TODAY)
    assert renewal_state(store, license) == "submitted"

    withdrawn = steps.withdraw_case(store, case.id, reason="材料有误，撤回后重新申请", on="2026-12-01", today=TODAY)

    assert withdrawn.status == "withdrawn" and withdrawn.outcome["withdrawn_reason"] == "材料有误，撤回后重新申请"
    assert renewal_state(store, license) == "pending"            # owed again (legal day 2026-12-14)
    assert case_ops.open_case(store, license.id, "renewal") is None
    assert [c.id for c in case_ops.finished_cases(store, license.id)] == [case.id]
    told = next(e for e in license_ops.history(store, license.id) if e.kind == steps.WITHDRAWN)
    assert "材料有误，撤回后重新申请" in told.summary and told.event_date == date(2026, 12, 1)
    again = case_ops.start_case(store, license.id, "renewal")
    assert again.id != case.id and again.status == "open"


@pytest.mark.parametrize(("reason", "message"), [("", "请写明"), ("\u200b", "看不见"), ("理" * 501, "过长")])
def test_a_withdrawal_needs_a_reason(store, license, reason, message):
    case = case_ops.start_case(store, license.id, "renewal")
    with pytest.raises(ValidationError, match=message) as info:
        steps.withdraw_case(store, case.id, reason=reason, today=TODAY)
    assert info.value.errors[0].field == "reason"
    assert case_ops.get_case(store, case.id).status == "open"


def test_a_finished_case_is_not_withdrawn(store, license):
    case = case_ops.start_case(store, license.id, "replacement")
    steps.submit(store, case.id, on="2026-11-20", today=TODAY)
    steps.close_case(store, case.id, closed_on="2026-12-01", today=TODAY)
    with pytest.raises(ValidationError, match="不能进行这一步"):
        steps.withdraw_case(store, case.id, reason="记错了", today=TODAY)


def test_a_submission_recorded_by_mistake_is_taken_back(store, license):
    case = case_ops.start_case(store, license.id, "renewal")
    steps.submit(store, case.id, on="2026-11-20", today=TODAY)
    assert steps.last_step(store, case.id).kind == "submitted"

    back = steps.take_back(store, case.id, today=TODAY)

    assert back.status == "open" and back.submitted_on is None
    assert renewal_state(store, license) == "pending"
    assert steps.last_step(store, case.id) is None
    assert any("2026-11-20 的提交" in e.summary for e in license_ops.history(store, license.id)
               if e.kind == steps.TAKEN_BACK)
    with pytest.raises(ValidationError, match="不能进行这一步"):
        steps.take_back(store, case.id, today=TODAY)


def test_a_notice_and_a_resubmission_are_taken_back_in_turn(store, license):
    case = case_ops.start_case(store, license.id, "renewal")
    items = case_ops.case_items(store, case.id)
    for item in items:
        case_ops.update_item(store, item.id, state="ready")
    ready = case_ops.case_items(store, case.id)
    steps.submit(store, case.id, on="2026-11-20", today=TODAY)
    steps.record_correction(store, case.id, notice_date="2026-11-25", requested="补充报告",
                            item_ids=[items[2].id, items[5].id], today=TODAY)
    case_ops.update_item(store, items[5].id, owner="王五")          # edited since: left as it is
    steps.resubmit(store, case.id, on="2026-11-28", today=TODAY)

    assert steps.take_back(store, case.id, today=TODAY).status == "correction"
    assert steps.last_step(store, case.id).kind == "correction"
    back = steps.take_back(store, case.id, today=TODAY)

    assert back.status == "submitted" and back.outcome["corrections"] == []
    now = case_ops.case_items(store, case.id)
    assert now[2] == ready[2]                                      # exactly as before the notice
    assert now[5].state == "in_progress" and now[5].owner == "王五"
    assert not [o for o in obligations.of_license(store, license, today=TODAY).items if o.kind == "correction"]
