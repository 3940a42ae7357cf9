"""The dashboard's table model, without a window: rows, real-value sorting, filtering."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.deadlines import Deadline
from app.domain.status import LicenseStatus, status_for
from app.ui.dashboard import license_table_model as cols
from app.ui.dashboard.license_table_model import NEEDS_ACTION, LicenseTableModel

TODAY = date(2026, 11, 22)


def line(license_id, company, number, *, days, expiry=date(2028, 1, 1), estimated=False, example=False):
    deadline = Deadline("renewal_legal_deadline", "续期法定最后一日（到期前 90 日）",
                        date.fromordinal(TODAY.toordinal() + days), "办法 第二十七条", estimated=estimated)
    return LicenseStatus(license_id, number, company, "provincial", expiry, example, deadline, days,
                         status_for(days))


ROWS = [
    line(1, "北京甲公司", "京B2-20190001", days=100, expiry=date(2027, 12, 1)),
    line(2, "上海乙公司", "沪B2-20190002", days=-5, expiry=date(2027, 3, 1)),
    line(3, "广州丙公司", "粤B2-20190003", days=20, expiry=date(2030, 1, 1), estimated=True),
    line(4, "北京丁公司", "京B2-20190004", days=9, expiry=date(2026, 12, 31), example=True),
    line(5, "深圳戊公司", "粤B2-20190005", days=60, expiry=date(2029, 6, 1)),
]


@pytest.fixture
def model(qapp):
    model = LicenseTableModel()
    model.set_rows(ROWS)
    return model


def shown(model, column=cols.NUMBER):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_rows_start_sorted_by_days_left(model):
    assert model.rowCount() == 5 and model.columnCount() == 8
    assert [model.row(r).license_id for r in range(5)] == [2, 4, 3, 5, 1]


def test_days_left_sort_by_the_number_not_the_text(model):
    model.sort(cols.DAYS_LEFT, Qt.SortOrder.DescendingOrder)
    assert [model.row(r).days_left for r in range(5)] == [100, 60, 20, 9, -5]


def test_dates_sort_as_dates(model):
    model.sort(cols.EXPIRY, Qt.SortOrder.AscendingOrder)
    assert shown(model, cols.EXPIRY) == ["2026-12-31", "2027-03-01", "2027-12-01", "2029-06-01", "2030-01-01"]


def test_status_sorts_by_urgency(model):
    model.sort(cols.STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.row(r).status for r in range(5)] == ["overdue", "due30", "due30", "due90", "ok"]


def test_filter_by_company_or_number_and_by_status(model):
    model.set_filter("北京")
    assert sorted(shown(model)) == ["京B2-20190001", "京B2-20190004"]
    model.set_filter("粤b2")                 # case does not matter
    assert sorted(shown(model)) == ["粤B2-20190003", "粤B2-20190005"]
    model.set_filter("粤", "due30")
    assert shown(model) == ["粤B2-20190003"]
    model.set_filter("", NEEDS_ACTION)
    assert len(shown(model)) == 4
    model.set_filter("没有这家")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 5


def test_filter_survives_sorting_and_new_rows(model):
    model.set_filter("北京")
    model.sort(cols.COMPANY, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 2
    model.set_rows([*ROWS, line(6, "北京己公司", "京B2-20190006", days=1)])
    assert model.rowCount() == 3 and model.total_count() == 6


def test_display_marks_examples_estimates_and_status(model):
    by_id = {model.row(r).license_id: r for r in range(model.rowCount())}
    example = by_id[4]
    assert model.index(example, cols.COMPANY).data().startswith("〔示例〕")
    assert model.example_count() == 1
    estimated = by_id[3]
    assert model.index(estimated, cols.NEXT_DATE).data().endswith("（估算）")
    tip = model.index(estimated, cols.NEXT_DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "估算" in tip and "2026" in tip and "办法 第二十七条" in tip
    overdue = by_id[2]
    assert model.index(overdue, cols.DAYS_LEFT).data() == "已过 5 天"
    assert model.index(overdue, cols.STATUS).data() == "已逾期"
    assert model.index(overdue, cols.STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(by_id[1], cols.NEXT).data() == "续期法定最后一日"
    assert model.row_of_license(5) == by_id[5]
