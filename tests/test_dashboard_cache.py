"""The dashboard rows kept for the next start: used only while they are what a computation
would give, never an error when they cannot be used."""

import json
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.domain.deadline_item import Deadline
from app.domain.status import STATUS_LABELS
from app.domain.workdays import WorkdayCalendar, YearSchedule
from app.operations import dashboard as dashboard_ops
from app.operations import examples as example_ops
from app.operations import licenses as license_ops
from app.storage import dashboard_cache, holidays

TODAY = date(2026, 11, 22)


def computed(store, today=TODAY):
    """Every line computed afresh (a calendar given: nothing kept is read)."""
    return sorted(dashboard_ops.dashboard_rows(store, today=today, calendar=WorkdayCalendar(
        holidays.load_schedules(store), first_year=today.year - 2, last_year=today.year + 7)).lines)


def kept_and_read(store, today=TODAY):
    rows = dashboard_ops.dashboard_rows(store, today=today)
    dashboard_ops.keep_dashboard(store, rows, today=today)
    again = dashboard_ops.dashboard_rows(store, today=today)
    return rows, again


@pytest.fixture
def licensed(store, valid_license_input):
    example_ops.load_example_data(store, today=TODAY)          # one of each status, reports filed
    valid_license_input.update(number="沪B2-20180123", company="上海测试呼叫服务有限公司")
    license_ops.add_license(store, valid_license_input)
    return store


def test_kept_rows_are_used_and_equal_the_computed_ones(licensed):
    rows, again = kept_and_read(licensed)
    assert rows.computed == len(rows.lines) == 5
    assert again.computed == 0
    assert sorted(again.lines) == sorted(rows.lines) == computed(licensed)


def test_kept_rows_come_back_in_the_dashboards_first_order(licensed):
    _rows, again = kept_and_read(licensed)
    order = [(line.days_left, line.number) for line in again.lines]
    assert order == sorted(order) and len(set(order)) == 5
    assert [line.number for line in again.lines] != sorted(line.number for line in again.lines)


def test_nothing_is_kept_for_an_empty_database(store):
    rows, again = kept_and_read(store)
    assert rows.lines == again.lines == [] and again.computed == 0
    assert store.conn.execute("SELECT content FROM dashboard_cache").fetchone()[0] is None


@pytest.mark.parametrize("change", [
    "add", "edit", "remove_examples", "annual_report", "holiday_schedule", "another_connection",
])
def test_every_change_to_what_rows_come_from_sets_the_kept_ones_aside(licensed, valid_license_input,
                                                                      db_path, change):
    kept_and_read(licensed)
    ours = license_ops.find_license(licensed, valid_license_input["number"])
    if change == "add":
        license_ops.add_license(licensed, {**valid_license_input, "number": "B2-20150042", "scope": "national",
                                          "company": "新公司", "expiry": "2026-12-30", "issued": "2021-12-31"})
    elif change == "edit":
        license_ops.update_license(licensed, ours.id, {**valid_license_input, "expiry": "2026-12-30",
                                                      "issued": "2021-12-31"})
    elif change == "remove_examples":
        example_ops.remove_example_data(licensed)
    elif change == "annual_report":
        license_ops.record_annual_report(licensed, ours.id, year=2026, filed_on=date(2026, 3, 2), today=TODAY)
    elif change == "holiday_schedule":
        holidays.save_schedule(licensed, YearSchedule(2027, holidays=frozenset({date(2027, 3, 12)})))
    else:                   # the command line, or another program, writing to the same file
        other = sqlite3.connect(db_path)
        other.execute("UPDATE licenses SET company = '改名公司' WHERE id = ?", (ours.id,))
        other.commit()
        other.close()
    rows = dashboard_ops.dashboard_rows(licensed, today=TODAY)
    assert rows.computed == len(rows.lines)
    assert sorted(rows.lines) == computed(licensed)


def test_on_later_days_only_the_rows_past_their_day_are_computed_again(licensed):
    kept_and_read(licensed)
    for later in (1, 23, 40, 130, 400):
        day = TODAY + timedelta(days=later)
        rows = dashboard_ops.dashboard_rows(licensed, today=day)
        assert sorted(rows.lines) == computed(licensed, day), later
        assert rows.computed < len(rows.lines) or later >= 40      # the year's end: all again


def test_rows_kept_again_after_a_partial_computation_are_right(licensed):
    kept_and_read(licensed)
    day = TODAY + timedelta(days=23)
    rows = dashboard_ops.dashboard_rows(licensed, today=day)
    dashboard_ops.keep_dashboard(licensed, rows, today=day)
    again = dashboard_ops.dashboard_rows(licensed, today=day)
    assert again.computed == 0 and sorted(again.lines) == computed(licensed, day)


def test_rows_kept_on_a_later_day_are_not_used_when_the_clock_goes_back(licensed):
    kept_and_read(licensed, TODAY + timedelta(days=3))
    rows = dashboard_ops.dashboard_rows(licensed, today=TODAY)
    assert rows.computed == len(rows.lines) and sorted(rows.lines) == computed(licensed)


def test_other_rules_or_holiday_data_set_the_kept_rows_aside(licensed, monkeypatch):
    kept_and_read(licensed)
    monkeypatch.setattr(dashboard_cache, "fingerprint", lambda: "another version of the rules")
    rows = dashboard_ops.dashboard_rows(licensed, today=TODAY)
    assert rows.computed == len(rows.lines)


@pytest.mark.parametrize("name", ["deadlines.toml", "holidays.toml"])
def test_the_fingerprint_follows_the_rules_files(tmp_path, monkeypatch, name):
    rules = tmp_path / name
    rules.write_text("a = 1\n", encoding="utf-8")
    monkeypatch.setattr(dashboard_cache, "catalogue_dir", lambda: tmp_path)
    before = dashboard_cache.fingerprint()
    rules.write_text("a = 2\n", encoding="utf-8")
    assert dashboard_cache.fingerprint() != before


DEADLINE = ["k", "l", 739000, "s", False, True, None, "pending", ["expiry", [["day", "2027-03-14"]]]]
COLUMNS = [[1], ["n"], ["c"], ["s"], [738000], [739500], [False], [0], [999999]]


def kept_content(*, deadline=DEADLINE, **changed_columns) -> str:
    """Kept content as written (one row), with a deadline or columns (by index) changed."""
    columns = [changed_columns.get(f"c{i}", column) for i, column in enumerate(COLUMNS)]
    return json.dumps({"deadlines": [deadline], "columns": columns})


def test_kept_content_of_the_shape_written_is_used(licensed):
    kept_and_read(licensed)
    licensed.conn.execute("UPDATE dashboard_cache SET content = ?", (kept_content(),))
    rows = dashboard_ops.dashboard_rows(licensed, today=TODAY)
    assert rows.computed == 0 and [(r.license_id, r.number, r.next_deadline.key) for r in rows.lines] == [(1, "n", "k")]


@pytest.mark.parametrize("content", [
    "not json", "{}", '{"deadlines": [], "columns": [[1]]}', '{"deadlines": [], "columns": "x"}',
    kept_content(c1=[2]),                       # a number that is no text
    kept_content(c0=[True]),                    # an id that is a bool
    kept_content(c0=[1, 2]),                    # columns of different lengths
    kept_content(c7=[5]),                       # a deadline that is not there
    kept_content(c7=[-1]),                      # (a negative index would wrap round)
    kept_content(c5=[10**20]),                  # an expiry no date can have
    kept_content(c8=[2**31]),                   # a last good day no date can have
    kept_content(deadline=["k", "l", 10**20, "s", False, True, None, "pending"]),
    "[" * 100_000 + "]" * 100_000,              # too deep for the JSON reader
    kept_content(deadline=[1, "l", 739000, "s", False, True, None, "pending"]),
    kept_content(deadline=["k", "l", -5, "s", False, True, None, "pending"]),
    kept_content(deadline=["k", "l", 739000, "s", False, True, None, 3]),     # a state that is no text
    kept_content(deadline=["k", "l", 739000, "s", False, True, None]),        # the format before states
    kept_content(deadline=["k", "l", 739000, "s", False, True, None, "pending"]),   # before wordings
    kept_content(deadline=[*DEADLINE[:8], ["expiry", [["day", 3]]]]),        # a value that is no text
    kept_content(deadline=[*DEADLINE[:8], ["expiry"]]),                      # a wording without values
    json.dumps({"deadlines": [DEADLINE], "rows": [[1, "n", "c", "s", 738000, 739500, False, 0, 999999]]}),
])
def test_kept_rows_of_another_shape_are_not_used(licensed, content):
    kept_and_read(licensed)
    licensed.conn.execute("UPDATE dashboard_cache SET content = ?", (content,))
    rows = dashboard_ops.dashboard_rows(licensed, today=TODAY)
    assert rows.computed == len(rows.lines) and sorted(rows.lines) == computed(licensed)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=4))
ANY_JSON = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["deadlines", "columns", "rows", "x"]), inner,
                                                 max_size=3)), max_leaves=25)


@st.composite
def one_value_changed(draw):
    """The shape written, with one value of a column or of the deadline replaced."""
    data = {"deadlines": [list(DEADLINE)], "columns": [list(column) for column in COLUMNS]}
    if draw(st.booleans()):
        data["deadlines"][0][draw(st.integers(0, len(DEADLINE) - 1))] = draw(ANY_JSON)
    else:
        data["columns"][draw(st.integers(0, len(COLUMNS) - 1))][0] = draw(ANY_JSON)
    return json.dumps(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(ANY_JSON.map(json.dumps), one_value_changed()))
def test_whatever_is_kept_the_start_shows_right_rows_and_never_fails(licensed, content):
    kept_and_read(licensed)         # kept by this app, then replaced by the content drawn
    licensed.conn.execute("UPDATE dashboard_cache SET content = ?, content_generation = generation",
                          (content,))
    kept = dashboard_cache.read(licensed, today=TODAY)
    rows = dashboard_ops.dashboard_rows(licensed, today=TODAY)
    if kept is None:
        event("not used")
        assert rows.computed == len(rows.lines) and sorted(rows.lines) == computed(licensed)
    else:
        # The content was of the shape written: its one line is shown, every value typed; a
        # line past its last good day is computed again from the license kept with it.
        event("used" if not kept.stale else "used, its line computed again")
        assert rows.computed == len(kept.stale)
        [line] = rows.lines
        assert [type(value) for value in line] == [int, str, str, str, date, bool, Deadline, int, str]
        assert type(line.next_deadline.date) is date and line.status in STATUS_LABELS
        assert line.number == json.loads(content)["columns"][1][0]


def test_a_database_without_the_cache_table_still_shows_its_rows(licensed):
    licensed.conn.execute("DROP TABLE dashboard_cache")
    rows, again = kept_and_read(licensed)
    assert again.computed == len(again.lines) and sorted(again.lines) == computed(licensed)


def test_the_window_keeps_its_rows_and_the_next_start_uses_them(qtbot, licensed, monkeypatch):
    from app.ui import main_window

    monkeypatch.setattr(main_window, "KEEP_ROWS_DELAY_MS", 0)
    window = main_window.MainWindow(licensed, today=lambda: TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: dashboard_cache.read(licensed, today=TODAY) is not None, timeout=5000)
    shown = [window.model.row(i) for i in range(window.model.rowCount())]
    assert dashboard_ops.dashboard_rows(licensed, today=TODAY).computed == 0
    second = main_window.MainWindow(licensed, today=lambda: TODAY)
    qtbot.addWidget(second)
    assert [second.model.row(i) for i in range(second.model.rowCount())] == shown
