"""Source ids inside a rule's source text are told in words beside it."""

from app.domain.catalogue import default_catalogue
from app.domain.rules import default_rules
from app.domain.source_codes import source_ids, source_legend


def test_each_id_named_once_with_its_title():
    sources = default_catalogue().sources
    text = "《电信业务经营许可管理办法》第二十七条（S0 §三、S1）；S0 两处写作…；B24 不是来源"
    assert source_ids(text, sources) == ["S0", "S1"]
    legend = source_legend(text)
    assert legend.splitlines() == [f"S0: {sources['S0'].title}", f"S1: {sources['S1'].title}"]
    assert source_legend("《电信条例》第十四条") == ""


def test_every_id_in_the_deadline_rules_is_a_known_source():
    sources = default_catalogue().sources
    for text in default_rules().sources.values():
        for key in ("S0", "S1", "S2", "S3", "S4"):
            if key in text:
                assert key in source_ids(text, sources), text
