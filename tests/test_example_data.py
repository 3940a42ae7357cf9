"""Example data and recording annual reports: operations shared by the GUI (and the CLI)."""

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.operations import dashboard as dashboard_ops
from app.operations import examples as example_ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.storage import licenses

TODAY = date(2026, 11, 22)


def filed_years(store, license) -> set[int]:
    owed = obligations.of_license(store, license, today=TODAY)
    return {o.year for o in owed.annual_reports() if o.state == "done"}


def test_examples_load_marked_and_show_every_status(store):
    added = example_ops.load_example_data(store, today=TODAY)
    assert len(added) >= 2 and all(lic.is_example for lic in added)
    assert "京B2-20190350" in {lic.number for lic in added}
    statuses = {row.status for row in dashboard_ops.dashboard(store, today=TODAY)}
    assert statuses == {"overdue", "due30", "due90", "ok"}
    assert example_ops.has_example_data(store)


def test_examples_load_once(store):
    first = example_ops.load_example_data(store, today=TODAY)
    again = example_ops.load_example_data(store, today=TODAY)
    assert again == [] and license_ops.license_count(store) == len(first)


def test_examples_are_removed_in_one_step_with_their_history(store, valid_license_input):
    valid_license_input["number"] = "B2-20150001"
    valid_license_input["scope"] = "national"
    real = license_ops.add_license(store, valid_license_input)
    added = example_ops.load_example_data(store, today=TODAY)
    assert example_ops.remove_example_data(store) == len(added)
    assert licenses.example_license_ids(store) == []
    assert [lic.id for lic in licenses.all_licenses(store)] == [real.id]
    remaining = store.query("SELECT DISTINCT license_id FROM events")
    assert [r[0] for r in remaining] == [real.id]
    assert not example_ops.has_example_data(store)


def test_an_example_whose_number_is_taken_is_left_out(store, valid_license_input):
    license_ops.add_license(store, valid_license_input)          # 京B2-20190350, a real license
    added = example_ops.load_example_data(store, today=TODAY)
    assert "京B2-20190350" not in {lic.number for lic in added}
    assert license_ops.find_license(store, "京B2-20190350").is_example is False


def test_examples_are_valid_on_any_day(store):
    for today in (date(2021, 1, 1), date(2026, 4, 15), date(2031, 12, 31)):
        example_ops.remove_example_data(store)
        assert example_ops.load_example_data(store, today=today)


def test_record_annual_report(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)   # reports 2023–2027
    license_ops.record_annual_report(store, saved.id, year=2026, filed_on=date(2026, 3, 20), today=TODAY)
    assert filed_years(store, saved) == {2026}
    filed = [e for e in license_ops.history(store, saved.id) if e.kind == "annual_report_filed"]
    assert [(e.event_date, e.detail) for e in filed] == [(date(2026, 3, 20), {"year": 2026})]


@pytest.mark.parametrize("year, filed_on, fragment", [
    (2022, date(2022, 3, 1), "没有 2022 年的年报"),
    (2026, date(2025, 12, 1), "应在 2026 年内"),
    (2027, date(2027, 1, 5), "不能晚于今天"),
])
def test_record_annual_report_refuses_bad_input(store, valid_license_input, year, filed_on, fragment):
    saved = license_ops.add_license(store, valid_license_input)
    with pytest.raises(ValidationError, match=fragment):
        license_ops.record_annual_report(store, saved.id, year=year, filed_on=filed_on, today=TODAY)
    assert filed_years(store, saved) == set()


def test_record_annual_report_twice_is_refused(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    license_ops.record_annual_report(store, saved.id, year=2025, filed_on=date(2025, 3, 2), today=TODAY)
    with pytest.raises(ValidationError, match="已记录"):
        license_ops.record_annual_report(store, saved.id, year=2025, filed_on=date(2025, 3, 3), today=TODAY)
    assert len([e for e in license_ops.history(store, saved.id) if e.kind == "annual_report_filed"]) == 1
