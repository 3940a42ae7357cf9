import shutil

import pytest

from app.domain.catalogue import FORMS, PROCEDURES, CaseContext, default_catalogue, load_catalogue
from app.domain.rules import CatalogueError
from app.resources import catalogue_dir


def test_every_procedure_loads_with_sourced_materials():
    catalogue = default_catalogue()
    assert set(catalogue.procedures) == set(PROCEDURES)
    for procedure in catalogue.procedures.values():
        assert procedure.materials, procedure.id
        for material in procedure.materials:
            assert material.sources and set(material.forms) <= set(FORMS)
            assert len(material.description) >= 10


def test_renewal_has_the_fourteen_items_of_the_rules():
    renewal = default_catalogue().procedure("renewal")
    assert len(renewal.materials) == 14
    assert {"license_valid", "before_deadline", "capital", "annual_reports", "no_open_change",
            "services_opened"} <= {p.id for p in renewal.preconditions}


def test_conditions_pick_materials():
    new = default_catalogue().procedure("new_application")
    young = {m.id for m in new.materials_for(CaseContext(company_younger_than_year=True))}
    old = {m.id for m in new.materials_for(CaseContext(company_younger_than_year=False, foreign_capital=True))}
    assert "capital_verification" in young and "audit_report" not in young
    assert "audit_report" in old and "foreign_investment_opinion" in old
    change = default_catalogue().procedure("change")
    name_change = {m.id for m in change.materials_for(CaseContext(change_kind="company_name"))}
    assert "registration_notice" in name_change and "new_legal_rep_docs" not in name_change


def test_forms_say_how_each_material_is_handed_in():
    catalogue = default_catalogue()
    annual = catalogue.procedure("annual_report")
    assert all(m.forms == ("在线填报",) for m in annual.materials)        # fields of the online form
    social = next(m for m in catalogue.procedure("new_application").materials if m.id == "social_insurance")
    assert "社保机构红章" in social.forms and "社保机构红章" in social.description   # S0


def test_an_info_precondition_needs_its_text(catalogue_copy):
    path = catalogue_copy / "procedures" / "renewal.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('detail = "各来源说法不一')
    path.write_text(text[:start] + text[text.index("\n", start) + 1:], encoding="utf-8")
    with pytest.raises(CatalogueError, match="缺少键 detail"):
        load_catalogue(catalogue_copy)


def test_freshness_rules():
    new = default_catalogue().procedure("new_application")
    social = next(m for m in new.materials if m.id == "social_insurance")
    assert social.freshness and social.freshness.days >= 90


@pytest.fixture
def catalogue_copy(tmp_path):
    target = tmp_path / "catalogue"
    shutil.copytree(catalogue_dir(), target)
    return target


@pytest.mark.parametrize("file, old, new, fragment", [
    ("procedures/renewal.toml", 'forms = ["原件", "公章"]', 'forms = ["传真"]', "renewal.toml materials[1] (company_profile): 键 forms"),
    ("procedures/renewal.toml", 'sources = ["S1"]', 'sources = ["S9"]', "renewal.toml materials[8] (legal_rep_id): 键 sources"),
    ("procedures/change.toml", '"shareholders", "entity", "company_name", "capital", "address"', '"mood"',
     "applies_when.change_kinds"),
    ("procedures/cancellation.toml", 'name = "注销申请书"', 'title = "x"', "cancellation.toml materials[0] (cancellation_application): 缺少键 name"),
    ("sources.toml", 'kind = "seed"', 'kind = "rumour"', "sources.toml [S0]: 键 kind"),
    ("procedures/replacement.toml", "[procedure]", "[procedure", "replacement.toml: TOML 格式错误"),
])
def test_a_malformed_catalogue_names_the_file_and_the_key(catalogue_copy, file, old, new, fragment):
    path = catalogue_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(catalogue_copy)
    assert fragment in str(info.value)
