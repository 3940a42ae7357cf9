from datetime import date, timedelta

import chinese_calendar
import pytest
from chinese_calendar import constants as cc
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.holiday_text import day_ranges, format_schedule_text, parse_schedule_text
from app.domain.workdays import YearSchedule

NOTICE_2026 = """国务院办公厅关于2026年部分节假日安排的通知
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
"""


def _days(first, last):
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def test_simple_lines_with_ranges_and_make_up_days():
    text = "2027-01-01 休\n2027-02-06 班\n2027-02-10 至 2027-02-17 休  春节\n\n# 备注\n2027/2/20 上班\n"
    schedule = parse_schedule_text(text)
    assert schedule.year == 2027
    assert schedule.holidays == {date(2027, 1, 1)} | _days(date(2027, 2, 10), date(2027, 2, 17))
    assert schedule.workdays == {date(2027, 2, 6), date(2027, 2, 20)}


def test_full_width_digits_and_chinese_punctuation():
    text = "２０２７年２月１０日～２月１７日：休\n２０２７－０２－０６，班\n2027年10月1日到2027年10月7日 放假"
    schedule = parse_schedule_text(text)
    assert schedule.holidays == _days(date(2027, 2, 10), date(2027, 2, 17)) | _days(date(2027, 10, 1), date(2027, 10, 7))
    assert schedule.workdays == {date(2027, 2, 6)}


def test_the_state_council_sentence_given_the_year():
    text = "春节：2月10日至17日放假调休，共8天。2月7日（星期日）、2月20日（星期六）上班。"
    schedule = parse_schedule_text(text, year=2027)
    assert schedule.holidays == _days(date(2027, 2, 10), date(2027, 2, 17))
    assert schedule.workdays == {date(2027, 2, 7), date(2027, 2, 20)}


def test_a_whole_notice_gives_exactly_what_chinese_calendar_knows():
    schedule = parse_schedule_text(NOTICE_2026)          # the year comes from the heading
    assert schedule.year == 2026
    assert schedule.workdays == {d for d in cc.workdays if d.year == 2026}
    assert schedule.holidays == {d for d in cc.holidays if d.year == 2026}
    for day in _days(date(2026, 1, 1), date(2026, 12, 31)):
        assert schedule.is_workday(day) == chinese_calendar.is_workday(day)


def test_a_new_year_holiday_spanning_two_years_keeps_only_this_year():
    text = "元旦：2022年12月31日至2023年1月2日放假调休，共3天。"
    schedule = parse_schedule_text(text, year=2023)
    assert schedule.holidays == {date(2023, 1, 1), date(2023, 1, 2)}


def test_a_range_into_the_next_year_without_its_year():
    text = "元旦：12月30日（星期六）至1月1日（星期一）放假调休，共3天。"
    assert parse_schedule_text(text, year=2024).holidays == {date(2024, 1, 1)}
    text = "元旦：2023年12月30日至1月1日放假调休，共3天。"
    assert parse_schedule_text(text, year=2024).holidays == {date(2024, 1, 1)}


def test_a_parenthesised_eve_is_not_a_holiday():
    text = "春节：2月10日至17日放假调休，共8天。鼓励各单位安排职工在除夕（2月9日）休息。"
    assert date(2027, 2, 9) not in parse_schedule_text(text, year=2027).holidays


def test_format_then_parse_gives_the_same_schedule():
    schedule = parse_schedule_text(NOTICE_2026, note="国办发明电〔2025〕7号")
    text = format_schedule_text(schedule)
    assert "2026-02-15 至 2026-02-23 休" in text and "2026-02-14 班" in text
    assert "国办发明电" in text
    again = parse_schedule_text(text)
    assert (again.year, again.holidays, again.workdays) == (2026, schedule.holidays, schedule.workdays)


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("2027-02-08 班", None, "第 1 行“2027-02-08 班”：2027-02-08 是周一，本来就是工作日"),
    ("2027-02-30 休", None, "第 1 行“2027-02-30 休”：没有这一天：2027-02-30"),
    ("2027-01-01 休\n2027-02-17 至 2027-02-10 休", None, "第 2 行“2027-02-17 至 2027-02-10 休”：区间的结束日 2027-02-10 早于开始日"),
    ("2027-01-01 休\n2028-01-01 休", None, "第 2 行“2028-01-01 休”：2028-01-01 不在 2027 年内"),
    ("2027-02-06 休\n2027-02-06 班", None, "第 2 行“2027-02-06 班”：2027-02-06 在第 1 行已标为放假日"),
    ("2027-01-01 元旦", None, "第 1 行“2027-01-01 元旦”：看不出是放假还是上班"),
    ("2027-01-01 休 2027-01-02 休", None, "第 1 行“2027-01-01 休 2027-01-02 休”：每行只写一个日期或一个区间"),
    ("春节：2月10日至17日放假调休，共9天。", 2027, "放假日期共 8 天，与“共9天”不符"),
    ("春节：2月10日至17日放假调休。", None, "没有写年份：请先选择年份"),
    ("2月10日、11日", 2027, "看不出是放假还是上班"),
    ("国务院办公厅关于2028年部分节假日安排的通知\n1月1日放假", 2027, "文本是 2028 年的安排，而选择的年份是 2027 年"),
    ("", None, "没有找到任何日期"),
    ("这里没有日期", None, "没有找到任何日期"),
    ("9999-01-01 休", None, "年份 9999 不合理"),
])
def test_mistakes_name_the_line_and_the_problem(text, year, expected):
    with pytest.raises(ValidationError) as error:
        parse_schedule_text(text, year=year)
    assert expected in str(error.value)
    assert error.value.errors[0].label == "节假日安排文本"


def test_every_bad_line_is_named():
    with pytest.raises(ValidationError) as error:
        parse_schedule_text("2027-02-08 班\n2027-01-01 休\n2027-13-01 休")
    assert [e.message.split("”")[0] for e in error.value.errors] == ["第 1 行“2027-02-08 班", "第 3 行“2027-13-01 休"]


def test_day_ranges_groups_consecutive_days():
    days = [date(2027, 1, 3), date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 5)]
    assert day_ranges(days) == [(date(2027, 1, 1), date(2027, 1, 3)), (date(2027, 1, 5), date(2027, 1, 5))]
    assert day_ranges([]) == []


# ------------------------------------------------------------------ properties
def _parse_or_reject(text, year=None):
    try:
        return parse_schedule_text(text, year=year)
    except ValidationError as error:
        assert str(error)
        return None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(min_value=1900, max_value=2200)))
def test_any_text_is_a_schedule_or_a_validation_error(text, year):
    _parse_or_reject(text, year)


PIECES = st.sampled_from([
    "2027", "-", "02", "10", "至", "到", "~", "—", "年", "月", "日", "休", "班", "放假", "上班", "调休",
    "共", "8", "天", "，", "。", "、", "（", "）", "(", ")", "星期日", "：", " ", "\n", "１", "０", "#",
    "元旦", "春节", "29", "31", "00", "13", "2100", "1989", "2月", "17日", "9", "12月31日",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.one_of(st.none(), st.just(2027)))
def test_date_like_free_text_is_a_schedule_or_a_validation_error(text, year):
    schedule = _parse_or_reject(text, year)
    if schedule is not None:
        assert schedule.holidays or schedule.workdays
        assert all(d.year == schedule.year for d in schedule.holidays | schedule.workdays)


@st.composite
def schedules(draw):
    year = draw(st.integers(min_value=2027, max_value=2040))
    days = sorted(_days(date(year, 1, 1), date(year, 12, 31)))
    weekends = [d for d in days if d.weekday() >= 5]
    workdays = frozenset(draw(st.lists(st.sampled_from(weekends), max_size=6)))
    holidays = frozenset(draw(st.lists(st.sampled_from(days), min_size=1, max_size=40))) - workdays
    return YearSchedule(year=year, holidays=holidays, workdays=workdays)


@settings(max_examples=150, deadline=None)
@given(schedules())
def test_formatted_text_parses_back_to_the_same_schedule(schedule):
    again = parse_schedule_text(format_schedule_text(schedule))
    if schedule.holidays or schedule.workdays:
        assert (again.year, again.holidays, again.workdays) == (schedule.year, schedule.holidays, schedule.workdays)


def test_builtin_schedule_comes_from_chinese_calendar():
    from app.domain.holiday_text import builtin_schedule

    schedule = builtin_schedule(2026)
    assert date(2026, 10, 1) in schedule.holidays and date(2026, 10, 10) in schedule.workdays
    assert builtin_schedule(2040) is None
