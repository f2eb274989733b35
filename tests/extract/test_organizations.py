"""kg/extract/organizations.py: bodies of the general lists, short firm names in
enterprise lists, and the hard negatives next to them.

Positive sentences are real ones from the bundled reports; negatives are invented
phrasings of the same grammar that must name nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import HAILAR_2013, NATIONAL, SHAHEKOU, extract_lines, names_of  # noqa: E402
from kg.extract.lexicon import named_bodies  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402


def the(extraction, name):
    entity = extraction.entity(name)
    assert entity is not None, f"{name} not in {sorted(names_of(extraction))}"
    return entity


# --- the general list (data/organizations/named_bodies.tsv) ------------------------------------

def test_the_list_has_full_names_short_forms_and_kinds():
    bodies = {b.name: b for b in named_bodies()}
    assert bodies["中华全国妇女联合会"].short_forms == ("全国妇联", "妇联")
    assert {b.kind for b in bodies.values()} == {"mass", "party", "international"}
    forms = [f for b in bodies.values() for f in (b.name,) + b.short_forms]
    assert len(forms) == len(set(forms)), "a form names two bodies"
    assert "工会" not in forms  # 工会 alone is any trade union, no body


def test_mass_organisations_by_their_short_forms():
    x = extract_lines(NATIONAL, "支持工会、共青团、妇联等群团组织参与社会治理。")
    for name in ("共青团", "妇联"):
        assert (the(x, name).type, the(x, name).also) == ("Organization", "Department"), name
        assert "organization:list:mass" in the(x, name).rules


def test_the_federation_of_industry_and_commerce():
    x = extract_lines(SHAHEKOU, "向各民主党派、工商联和人民团体,向驻区部队,向所有参与、支持沙河口建设的同志们表示感谢!")
    assert names_of(x)["工商联"] == "Organization"
    assert "人民团体" not in names_of(x)


def test_the_party_is_an_organization_that_is_also_a_department():
    x = extract_lines(NATIONAL, "特别是我们有中国共产党的坚强领导和中国特色社会主义制度。")
    assert (the(x, "中国共产党").type, the(x, "中国共产党").also) == ("Organization", "Department")


@pytest.mark.parametrize("sentence, name", [
    ("人民币加入国际货币基金组织特别提款权货币篮子。", "国际货币基金组织"),
    ("同联合国等国际组织和国际机制的关系全面加强。", "联合国"),
    ("出席气候变化大会、东亚合作领导人系列会议、世界经济论坛等重大活动。", "世界经济论坛"),
    ("签署中韩、中澳自贸协定和中国－东盟自贸区升级议定书。", "东盟"),
])
def test_international_organisations(sentence, name):
    x = extract_lines(NATIONAL, sentence)
    assert (the(x, name).type, the(x, name).also) == ("Organization", None)


@pytest.mark.parametrize("sentence, not_name", [
    ("社区妇联主任和共青团员参加培训。", "共青团"),   # a member is no body
    ("县妇联开展巾帼建功活动。", "妇联"),            # the local body is the Department 县妇联
    ("企业工会组织职工开展技能竞赛。", "工会"),
])
def test_list_forms_inside_other_words_or_after_a_level_are_not_the_national_body(sentence, not_name):
    assert not_name not in names_of(extract_lines(SHAHEKOU, sentence))


def test_organise_after_a_body_is_a_verb_not_a_head():
    x = extract_lines(SHAHEKOU, "大连市妇联组织开展家庭教育培训。")
    assert "大连市妇联组织" not in names_of(x)
    assert names_of(x)["大连市妇联"] == "Department"


def test_the_list_can_be_switched_off():
    x = extract_lines(NATIONAL, "支持工会、共青团、妇联等群团组织参与社会治理。",
                      components=components_without(["named_bodies"]))
    assert "妇联" not in names_of(x)


# --- short firm names in enterprise lists --------------------------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("坚持规模化经营、产业化带动，扶持三元、麦福劳等农牧业龙头企业和专业合作社做大做强。", ("三元", "麦福劳")),
    ("引导扶持蒙西、国安等现有物流企业提档升级，积极引进广东来裕等知名物流企业入驻。", ("蒙西", "国安")),
])
def test_short_names_listed_before_enterprises_are_organizations(sentence, names):
    x = extract_lines(HAILAR_2013, sentence)
    for name in names:
        assert names_of(x).get(name) == "Organization", name


def test_a_verb_or_adjective_before_the_first_item_is_cut():
    x = extract_lines(HAILAR_2013, "二要不断提高产业化水平。扶持壮大三元、麦福劳等生产加工企业。")
    assert names_of(x).get("三元") == "Organization"
    assert "壮大三元" not in names_of(x)


@pytest.mark.parametrize("sentence", [
    "引导石油、化工等传统企业转型升级。",       # sectors
    "培育科技型、外向型等企业。",              # categories
    "支持国有、民营等各类企业公平竞争。",       # ownership kinds
    "推动餐饮、住宿等服务企业复苏。",
])
def test_lists_of_sectors_and_categories_name_no_firm(sentence):
    found = names_of(extract_lines(SHAHEKOU, sentence,
                                   components=components_without(["enumerations", "lists"])))
    assert not [n for n, t in found.items() if t == "Organization"], found


def test_enterprise_lists_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "引导扶持蒙西、国安等现有物流企业提档升级。",
                      components=components_without(["enterprise_lists"]))
    assert "国安" not in names_of(x)
