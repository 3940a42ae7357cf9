"""Loose and hostile text: invisible characters, bidi controls, text that is not Unicode, huge
values quoted back, and the narrow words that mean a scope or a credit code."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.cases import CaseItem, apply_item_changes, parse_state
from app.domain.credit_code import check_character, credit_code_problem
from app.domain.errors import ValidationError
from app.domain.license import check_field, parse_date, parse_license, parse_scope
from app.domain.text import NOT_UNICODE, ONLY_INVISIBLE, clean_text, shown
from app.operations import licenses as license_ops
from tests.conftest import VALID_LICENSE

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff", "\u00ad", "\u3164", "\u2800"]
BIDI = ["\u202e", "\u202d", "\u2067", "\u2066", "\u200f", "\u061c"]
NAMED_FIELDS = ("company", "legal_rep", "authority")
ITEM = CaseItem(id=1, case_id=1, material_id="m", position=1, name="营业执照副本", description="", forms=(),
                sources=())

invisible_only = st.lists(st.sampled_from([*INVISIBLE, " ", "\u3000", "\t"]), min_size=1, max_size=12).map(
    "".join).filter(lambda text: text.strip() != "")
lone_surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


def counts(store) -> tuple[int, int]:
    return (store.query("SELECT count(*) FROM licenses")[0][0], store.query("SELECT count(*) FROM events")[0][0])


@settings(max_examples=300)
@given(field=st.sampled_from(NAMED_FIELDS), text=invisible_only)
def test_a_value_of_invisible_characters_only_is_refused(field, text):
    assert check_field(field, text) == ONLY_INVISIBLE


@settings(max_examples=300)
@given(field=st.sampled_from((*NAMED_FIELDS, "address", "special_terms", "contact_person", "number", "scope")),
       before=st.text(max_size=10), bad=lone_surrogate, after=st.text(max_size=10))
def test_text_that_is_not_unicode_is_a_message_not_a_crash(field, before, bad, after):
    assert check_field(field, before + bad + after) == NOT_UNICODE


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(NAMED_FIELDS), bad=lone_surrogate)
def test_adding_a_license_with_undecodable_text_writes_nothing(store, field, bad):
    before = counts(store)
    with pytest.raises(ValidationError) as refused:
        license_ops.add_license(store, {**VALID_LICENSE, field: f"北京{bad}示例公司"})
    assert refused.value.for_field(field).message == NOT_UNICODE
    assert counts(store) == before


@settings(max_examples=200)
@given(control=st.sampled_from(BIDI + ["\u200b", "\ufeff"]), at=st.integers(0, 10))
def test_bidi_controls_and_zero_width_characters_inside_names_are_removed(control, at):
    company = "北京示例呼叫服务有限公司"
    license = parse_license({**VALID_LICENSE, "company": company[:at] + control + company[at:],
                             "legal_rep": "张" + control + "三", "authority": control + "北京市通信管理局"})
    assert (license.company, license.legal_rep, license.authority) == (company, "张三", "北京市通信管理局")


def test_checklist_texts_lose_their_bidi_controls_and_refuse_invisible_ones():
    item = apply_item_changes(ITEM, {"owner": "王\u202e五", "note": "\ufeff已联系\u200b财务"})
    assert (item.owner, item.note) == ("王五", "已联系财务")
    with pytest.raises(ValidationError, match="看不见"):
        apply_item_changes(ITEM, {"owner": "\u200b\u200f"})
    with pytest.raises(ValidationError, match="无法识别"):
        apply_item_changes(ITEM, {"note": "abc\udcff"})
    assert parse_state("已准备\u200b") == "ready"


@pytest.mark.parametrize("text", ["全网x", "全网（跨地区）x", "地网省内", "nationalx", "全", "全网 全网"])
def test_a_scope_is_a_whole_word_not_its_first_two_characters(text):
    with pytest.raises(ValueError):
        parse_scope(text)


@pytest.mark.parametrize(("text", "scope"), [("全网", "national"), ("全网（跨地区）", "national"),
                                             ("全网(跨地区)", "national"), ("National", "national"),
                                             ("地网（省内）", "provincial"), (" 省内 ", "provincial")])
def test_the_words_for_a_scope(text, scope):
    assert parse_scope(text) == scope


def test_a_credit_code_of_zeros_is_refused():
    assert credit_code_problem("0" * 18) is not None
    assert "第 1 位" in credit_code_problem("0" * 18)
    assert check_field("credit_code", "0" * 18)


@settings(max_examples=300)
@given(first=st.sampled_from("0BCDEFGHJKLMPQRTUWX"), rest=st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_a_credit_code_from_no_registering_authority_is_refused(first, rest):
    body = first + rest
    assert credit_code_problem(body + check_character(body)) is not None


@pytest.mark.parametrize("code", ["91110108MA01ABCD1E", "91440300MA5F6G7H8" + check_character("91440300MA5F6G7H8"),
                                  "52100000500000000" + check_character("52100000500000000"),
                                  "12100000400000000" + check_character("12100000400000000")])
def test_real_shapes_of_credit_codes_pass(code):
    assert credit_code_problem(code) is None


@pytest.mark.parametrize("value", [date(9999, 12, 31), datetime(1899, 12, 25), date(1, 1, 1), date(2101, 1, 1)])
def test_a_date_as_a_date_meets_the_same_range_as_typed_text(value):
    with pytest.raises(ValueError, match="不合理"):
        parse_date(value)
    with pytest.raises(ValueError, match="不合理"):
        parse_date(value.isoformat()[:10] if value.year >= 1000 else "0001-01-01")
    with pytest.raises(ValidationError, match="截止日期"):
        apply_item_changes(ITEM, {"due_date": value})


@settings(max_examples=200)
@given(text=st.text(min_size=100, max_size=5000))
def test_a_value_quoted_back_is_cut_and_its_length_said(text):
    quoted = shown(text)
    assert len(quoted) < 300 and f"共 {len(text)} 个字符" in quoted


def test_a_huge_refused_value_is_not_echoed_whole():
    huge = "x" * 10_485_760
    for field in ("issued", "scope", "capital_wan", "number"):
        message = check_field(field, huge)
        assert message and len(message) < 300, field
    with pytest.raises(ValidationError) as refused:
        apply_item_changes(ITEM, {"state": huge})
    assert len(str(refused.value)) < 300 and "10485760" in str(refused.value)


def test_what_a_quote_shows_of_invisible_characters():
    assert shown("a\u202eb\udcffc\n") == "a\\u202eb\\udcffc\\u000a"
    assert shown("营业执照") == "营业执照"


def test_clean_text_keeps_ordinary_text_as_it_is():
    assert clean_text("  北京 示例  ") == "北京 示例"
    assert clean_text(None) == ""
    assert clean_text("   ") == ""
