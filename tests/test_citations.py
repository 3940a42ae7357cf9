"""Every citation of a seed (S0–S4) in the catalogue says something the seed really says.

A material, a check or a deadline rule shows its sources to the user, so a wrong citation is a
wrong fact on screen. Each cited item has its key words below; the seed it cites, read as
simplified characters, must contain them. The seeds are the project's source documents,
kept beside the repository (../shared/seeds/, or the folder LICENSE_KEEPER_SEEDS names).
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from app.domain.catalogue import default_catalogue
from app.domain.rules import default_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("LICENSE_KEEPER_SEEDS") or ROOT.parent / "shared" / "seeds")
SEED_MENTION = re.compile(r"(?<![A-Za-z0-9])S[0-9](?![0-9])")
# Some seeds carry the pinyin of a character after it, as in 個(gè): left out before matching.
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")

# (where, item): the key words (regular expressions, simplified characters) every cited seed
# must contain; or, per seed, its own key words.
KEY_WORDS: dict[tuple[str, str], tuple[str, ...] | dict[str, tuple[str, ...]]] = {
    ("cancellation", ""): ("不再继续经营", "善后"),
    ("cancellation", "aftercare_pledge"): ("善后",),
    ("change", ""): ("变更",),
    ("change", "foreign_investment_opinion"): ("外商投资审核意见书",),
    ("new_application", ""): ("办理",),
    ("new_application", "application"): ("申请表|提出经营呼叫中心许可证申请",),
    ("new_application", "business_license"): ("营业执照副本",),
    ("new_application", "articles"): ("公司章程", "档案查询章"),
    ("new_application", "ownership_chart"): ("股权结构图",),
    ("new_application", "shareholder_docs"): ("股东", "身份证"),
    ("new_application", "branch_licenses"): ("分公司",),
    ("new_application", "capital_verification"): ("验资报告",),
    ("new_application", "audit_report"): ("审计报告",),
    ("new_application", "staff_list"): ("主要管理、技术人员",),
    ("new_application", "premises"): ("场地|场所",),
    ("new_application", "social_insurance"): {"S0": ("社保证明", "社保机构红章"),
                                              "S2": ("社保证明", "3名以上", "近三个月")},
    ("new_application", "labour_contracts"): ("劳动合同",),
    ("new_application", "no_unlicensed_pledge"): ("声讯",),
    ("new_application", "business_plan"): ("业务发展计划及技术方案",),
    ("new_application", "security_measures"): ("网络与信息安全保障措施",),
    ("new_application", "quality_measures"): ("服务质量保障措施",),
    ("new_application", "long_term_service_pledge"): ("长期服务承诺书",),
    ("new_application", "equipment_list"): ("设备清单",),
    ("new_application", "network_topology"): ("网络拓",),      # the seed garbles 扑图
    ("new_application", "emergency_plan"): ("应急通信保障预案",),
    ("new_application", "harassment_pledge"): ("骚扰",),
    ("new_application", "foreign_investment_opinion"): ("外商投资审核意见书",),
    ("renewal", ""): ("续期",),
    ("renewal", "company_profile"): ("公司基本情况表",),
    ("renewal", "shareholder_info"): ("股东信息表",),
    ("renewal", "business_license"): ("营业执照",),
    ("renewal", "original_license"): ("许可证(扫描件|原件|正、副本|正本)",),
    ("renewal", "shareholder_resolution"): ("续期的股东会?决议",),
    ("renewal", "annual_report_pledge"): ("年检承诺书及接入",),
    ("renewal", "service_info_form"): ("呼叫中心服务业务信息表",),
    ("renewal", "legal_rep_id"): ("法定代表人身份证明",),
    ("renewal", "operations_report"): ("业务开展情况报告",),
    ("renewal", "technical_plan"): ("技术方案和业务流程说明",),
    ("renewal", "license_valid"): ("有效期内",),
    ("renewal", "before_deadline"): ("提前90日",),
    ("renewal", "capital"): ("1000万", "100万"),
    ("renewal", "annual_reports"): ("年检",),
    ("renewal", "cross_region"): ("跨地区",),
    ("renewal", "chinese_id"): ("身份证", "外籍"),
    ("renewal", "foreign_ownership"): {"S0": ("外籍",), "S2": ("纯内资",), "S3": ("外资股比.{0,6}50%",)},
    ("deadlines", "renewal_legal"): ("提前90日",),
    ("deadlines", "renewal_safe"): ("到期日之前的90个工作日",),
    ("deadlines", "renewal_prepare"): {"S1": ("提前大约90天",), "S2": ("90-180天", "低于到期日期30天")},
    ("deadlines", "annual_report"): ("3-6月",),
    ("deadlines", "change_decision"): ("作出决定之日起30日内",),
    ("deadlines", "change_address"): {"S0": ("注册地址", "作出决定之日起30日内"), "S2": ("注册地址",),
                                      "S3": ("注册地址",)},
    ("deadlines", "cancellation"): ("不再继续经营", "提前90日", "善后"),
    ("deadlines", "authority"): ("5个工作日", "60日"),
}


def seed_citations() -> dict[tuple[str, str], set[str]]:
    """Every item of the catalogue that cites a seed, in its sources or by name in its text."""
    catalogue = default_catalogue()
    seeds = {i for i, source in catalogue.sources.items() if source.kind == "seed"}
    found: dict[tuple[str, str], set[str]] = {}

    def cite(where: tuple[str, str], sources, *texts: str) -> None:
        ids = set(sources) & seeds
        for text in texts:
            ids |= set(SEED_MENTION.findall(text))
        if ids:
            found.setdefault(where, set()).update(ids)

    for procedure in catalogue.procedures.values():
        cite((procedure.id, ""), procedure.sources, procedure.summary)
        for material in procedure.materials:
            cite((procedure.id, material.id), material.sources, material.name, material.description)
        for check in procedure.preconditions:
            cite((procedure.id, check.id), check.sources, check.name, check.detail)
    for key, text in default_rules().sources.items():
        cite(("deadlines", key), (), text)
    return found


@cache
def seed_text(seed_id: str) -> str:
    opencc = pytest.importorskip("opencc")
    source = default_catalogue().sources[seed_id]
    path = SEEDS / source.file
    if not path.is_file():
        pytest.skip(f"the seeds are not beside the repository ({SEEDS})")
    text = PINYIN.sub("", unicodedata.normalize("NFKC", path.read_text(encoding="utf-8")))
    return opencc.OpenCC("t2s").convert(text)


def missing_key_words(where: tuple[str, str], seed_id: str) -> list[str]:
    wanted = KEY_WORDS[where]
    if isinstance(wanted, dict):
        wanted = wanted.get(seed_id, ("(no key words for this seed)",))
    return [word for word in wanted if not re.search(word, seed_text(seed_id))]


CITATIONS = sorted((where, seed) for where, seeds in seed_citations().items() for seed in seeds)


@pytest.mark.parametrize("where, seed_id", CITATIONS, ids=[f"{w[0]}.{w[1] or 'procedure'}-{s}"
                                                          for w, s in CITATIONS])
def test_the_cited_seed_says_it(where, seed_id):
    assert where in KEY_WORDS, f"{where} cites {seed_id}: add its key words to KEY_WORDS"
    assert missing_key_words(where, seed_id) == [], f"{seed_id} does not say what {where} cites it for"


def test_every_entry_of_the_key_words_is_a_citation():
    assert set(KEY_WORDS) <= set(seed_citations()), set(KEY_WORDS) - set(seed_citations())


@pytest.mark.parametrize("where, wrong_seed", [
    (("new_application", "business_plan"), "S0"),
    (("new_application", "business_plan"), "S2"),
    (("new_application", "network_topology"), "S0"),
    (("new_application", "capital_verification"), "S2"),
    (("new_application", "labour_contracts"), "S2"),
    (("new_application", "application"), "S0"),
    (("new_application", "foreign_investment_opinion"), "S3"),
    (("renewal", "before_deadline"), "S2"),
    (("deadlines", "renewal_legal"), "S2"),
    (("deadlines", "change_decision"), "S2"),
])
def test_the_citations_once_wrong_would_be_caught(where, wrong_seed):
    assert missing_key_words(where, wrong_seed)
