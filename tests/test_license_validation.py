from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.credit_code import ALPHABET, AUTHORITIES, check_character, credit_code_problem
from app.domain.errors import ValidationError
from app.domain.license import LABELS, check_field, license_warnings, parse_license
from app.domain.license_number import LicenseNumberProblem, parse_license_number
from tests.conftest import VALID_LICENSE


@pytest.mark.parametrize("text, province, year", [
    ("B2-20110196", None, 2011),
    ("京B2-20190350", "京", 2019),
    ("粤B2-20120564号", "粤", 2012),
    ("川B2-20100073", "川", 2010),
    ("A2.B1.B2-20202637", None, 2020),
    ("皖B1.B2-20070020", "皖", 2007),
    (" 京Ｂ２－２０１９０３５０ ", "京", 2019),     # full-width, as typed with a Chinese IME
    ("京b2—20190350", "京", 2019),
])
def test_modern_numbers(text, province, year):
    number = parse_license_number(text)
    assert number.province == province
    assert number.year_first_issued == year
    assert not number.text.endswith("号")


@pytest.mark.parametrize("text, fragment", [
    ("", "必须填写"),
    ("蜀B2-20100073", "应为“川”"),
    ("港B2-20100073", "不是省级行政区简称"),
    ("B1-20110196", "没有 B2"),
    ("B220110196", "缺少短横线"),
    ("B2-2011019", "8 位数字"),
    ("C3-20110196", "业务类别"),
    ("B2-00000000", "首次发证年份 0 不合理"),
    ("京B2-19990350", "应在 2000–2026 之间"),
    ("京B2-20270350", "在今年（2026）之后"),
    ("B2.B2-20110196", "业务类别 B2 重复"),
    ("A2.B2.A2-20110196", "业务类别 A2 重复"),
    ("辽B-2-4-19850039", "应在 1990–2026 之间"),
    ("辽B-2-4-20300039", "在今年（2026）之后"),
])
def test_bad_numbers_say_what_is_wrong(text, fragment):
    with pytest.raises(LicenseNumberProblem) as info:
        parse_license_number(text, allow_legacy=True, today=date(2026, 12, 5))
    assert fragment in str(info.value)
    assert not info.value.legacy


def test_the_first_issue_year_may_be_this_year_or_2000():
    assert parse_license_number("京B2-20260001", today=date(2026, 12, 5)).year_first_issued == 2026
    assert parse_license_number("B2-20000001", today=date(2026, 12, 5)).year_first_issued == 2000
    assert parse_license_number("京B2-20270001", today=date(2027, 1, 1)).year_first_issued == 2027


def test_a_number_from_a_later_year_is_named_in_the_form(valid_license_input):
    this_year = date.today().year
    raw = {**valid_license_input, "number": f"京B2-{this_year + 1}0350"}
    with pytest.raises(ValidationError) as info:
        parse_license(raw)
    assert [e.field for e in info.value.errors] == ["number"]
    assert "不可能是首次发证年份" in check_field("number", raw["number"])


def test_legacy_number_needs_confirmation():
    with pytest.raises(LicenseNumberProblem) as info:
        parse_license_number("辽B-2-4-20080039")
    assert info.value.legacy
    assert parse_license_number("辽B-2-4-20080039", allow_legacy=True).legacy


def test_credit_code_check_character():
    assert credit_code_problem("91110108MA01ABCD1E") is None
    assert "校验位" in credit_code_problem("91110108MA01ABCD1X")
    assert "18 位" in credit_code_problem("9111010")
    assert "不允许的字符" in credit_code_problem("91110108MA01ABCDIO")


@settings(max_examples=300)
@given(st.builds(lambda authority, kind, area, rest: authority + kind + area + rest,
                 st.sampled_from(AUTHORITIES), st.sampled_from("123456789"),
                 st.integers(100000, 999999).map(str), st.text(alphabet=ALPHABET, min_size=9, max_size=9)))
def test_generated_credit_codes_round_trip(first17):
    code = first17 + check_character(first17)
    assert credit_code_problem(code) is None
    wrong = next(ch for ch in ALPHABET if ch != code[-1])
    assert credit_code_problem(code[:-1] + wrong) is not None


def test_valid_license(valid_license_input):
    lic = parse_license(valid_license_input)
    assert lic.number == "京B2-20190350"
    assert lic.capital_wan == Decimal(150)
    assert lic.authority == "北京市通信管理局"
    assert lic.expiry == date(2027, 3, 14)


@pytest.mark.parametrize("field, value, fragment", [
    ("expiry", "2021-01-01", "应晚于发证日期"),
    ("issued", "2022/02/30", "没有这一天"),
    ("issued", "next week", "YYYY-MM-DD"),
    ("capital_wan", "-5", "大于 0"),
    ("capital_wan", "abc", "万元"),
    ("capital_wan", "1.123456", "4 位小数"),
    ("scope", "national", "地网"),          # 京 prefix means provincial
    ("company", "", "必须填写"),
    ("credit_code", "91110108MA01ABCD1X", "校验位"),
    ("contact_phone", "call me", "电话号码"),
    ("number", "京B2-20250350", "晚于发证日期"),
])
def test_each_bad_field_is_named(valid_license_input, field, value, fragment):
    valid_license_input[field] = value
    with pytest.raises(ValidationError) as info:
        parse_license(valid_license_input)
    named = {e.field for e in info.value.errors}
    assert field in named or (field == "number" and "number" in named)
    assert any(fragment in e.message for e in info.value.errors), info.value.errors
    assert any(LABELS[e.field] in str(info.value) for e in info.value.errors)


def test_national_number_must_be_national(valid_license_input):
    valid_license_input["number"] = "B2-20110196"
    with pytest.raises(ValidationError) as info:
        parse_license(valid_license_input)
    assert info.value.for_field("scope").message.startswith("编号没有省份简称")


def test_dates_in_chinese_form(valid_license_input):
    valid_license_input["issued"] = "2022年3月15日"
    assert parse_license(valid_license_input).issued == date(2022, 3, 15)


def test_warnings_do_not_block(valid_license_input):
    valid_license_input["capital_wan"] = "50"
    lic = parse_license(valid_license_input)
    assert any("低于" in w for w in license_warnings(lic))


@settings(max_examples=500)
@given(field=st.sampled_from(sorted(LABELS)), text=st.text(max_size=60))
def test_free_text_never_crashes_a_field_check(field, text):
    result = check_field(field, text)
    assert result is None or (isinstance(result, str) and result)


@settings(max_examples=300)
@given(values=st.dictionaries(st.sampled_from(sorted(LABELS)), st.text(max_size=40)))
def test_free_text_license_is_valid_or_a_validation_error(values):
    merged = {**VALID_LICENSE, **values}
    try:
        parse_license(merged)
    except ValidationError as error:
        assert error.errors and all(e.field in LABELS and e.message for e in error.errors)


def test_the_checks_across_fields_need_only_their_own_fields():
    from app.domain.license import cross_field_problems

    assert cross_field_problems({}) == []
    assert cross_field_problems({"issued": "2023-06-01", "expiry": "2023-05"}) == []          # half typed
    [problem] = cross_field_problems({"issued": "2023-06-01", "expiry": "2023年5月1日", "company": ""})
    assert (problem.field, problem.message) == ("expiry", "应晚于发证日期 2023-06-01")
    fields = {p.field for p in cross_field_problems({"number": "京B2-20250350", "issued": "2023-06-01",
                                                      "scope": "national"})}
    assert fields == {"number", "scope"}


def test_warnings_while_typing_are_those_of_the_whole_license(valid_license_input):
    from app.domain.license import warnings_of, warnings_while_typing

    raw = {**valid_license_input, "capital_wan": "50", "expiry": "2028-03-14"}
    assert warnings_while_typing(raw) == warnings_of(parse_license(raw))
    assert [w.field for w in warnings_while_typing({"scope": "national", "capital_wan": "500"})] == ["capital_wan"]
    assert warnings_while_typing({"capital_wan": "50"}) == []                    # no scope yet
