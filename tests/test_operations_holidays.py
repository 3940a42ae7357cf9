from datetime import date

from app.domain.holiday_text import parse_schedule_text
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.operations.holidays import delete_holiday_schedule, holiday_years


def test_years_shown_with_their_source(store, valid_license_input):
    license_ops.add_license(store, valid_license_input)       # 2022 … 2027
    rows = {row.year: row for row in holiday_years(store, today=date(2026, 11, 22))}
    assert set(rows) == set(range(2022, 2033))
    assert rows[2026].source == "chinese-calendar"
    assert rows[2027].source == "estimated" and rows[2027].licenses == 1
    assert rows[2030].licenses == 0


def test_an_entered_year_replaces_the_estimate_everywhere(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    def safe_date():
        owed = obligations.of_license(store, saved, today=date(2026, 11, 22))
        return next(m for m in owed.milestones if m.key == "renewal_safe_date")

    assert safe_date().estimated
    schedule = parse_schedule_text("2027-01-01 休\n2027-02-10 至 2027-02-17 休\n2027-02-06 班")
    holiday_ops.save_holiday_schedule(store, schedule)
    rows = {row.year: row for row in holiday_years(store, today=date(2026, 11, 22))}
    assert rows[2027].source == "user" and rows[2027].schedule == schedule
    assert not safe_date().estimated
    delete_holiday_schedule(store, 2027)
    rows = {row.year: row for row in holiday_years(store, today=date(2026, 11, 22))}
    assert rows[2027].source == "estimated" and rows[2027].schedule is None
