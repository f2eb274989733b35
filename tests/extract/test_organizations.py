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
from kg.extract.organizations import KIND_TYPES  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402


def the(extraction, name):
    entity = extraction.entity(name)
    assert entity is not None, f"{name} not in {sorted(names_of(extraction))}"
    return entity


# --- the general list (data/organizations/named_bodies.tsv) ------------------------------------

def test_the_list_has_full_names_short_forms_and_kinds():
    bodies = {b.name: b for b in named_bodies()}
    assert bodies["中华全国妇女联合会"].short_forms == ("全国妇联", "妇联")
    assert {b.kind for b in bodies.values()} == {"mass", "party", "armed", "international", "soe", "state", "media"}
    assert {b.kind for b in bodies.values()} == set(KIND_TYPES)
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


def test_short_names_listed_before_universities_or_banks_are_organizations():
    x = extract_lines(SHAHEKOU, "与清华、北大等高校开展合作,依托工行、农行等金融机构扩大信贷投放。")
    assert {n: t for n, t in names_of(x).items() if t == "Organization"} == {
        "清华": "Organization", "北大": "Organization", "工行": "Organization", "农行": "Organization"}


def test_a_verb_or_adjective_before_the_first_item_is_cut():
    x = extract_lines(HAILAR_2013, "二要不断提高产业化水平。扶持壮大三元、麦福劳等生产加工企业。")
    assert names_of(x).get("三元") == "Organization"
    assert "壮大三元" not in names_of(x)


@pytest.mark.parametrize("sentence", [
    "引导石油、化工等传统企业转型升级。",       # sectors
    "培育科技型、外向型等企业。",              # categories
    "支持国有、民营等各类企业公平竞争。",       # ownership kinds
    "推动餐饮、住宿等服务企业复苏。",
    "与国内外知名高校、科研院所等机构合作。",
])
def test_lists_of_sectors_and_categories_name_no_firm(sentence):
    found = names_of(extract_lines(SHAHEKOU, sentence,
                                   components=components_without(["enumerations", "lists"])))
    assert not [n for n, t in found.items() if t == "Organization"], found


def test_enterprise_lists_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "引导扶持蒙西、国安等现有物流企业提档升级。",
                      components=components_without(["enterprise_lists"]))
    assert "国安" not in names_of(x)


def test_the_armed_forces_are_departments():
    x = extract_lines(NATIONAL, "提高军队建设法治化水平。建设现代化武装警察部队。加强全民国防教育和国防动员建设。")
    assert (the(x, "武装警察部队").type, the(x, "武装警察部队").also) == ("Department", "Organization")
    assert "军队" not in names_of(x)


# --- schools and hospitals that act ------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("加快发展现代职业教育，扩大海拉尔现代产业技术学校办学规模。", "海拉尔现代产业技术学校"),
    ("不断提高医疗水平和服务质量，加强与中日友好医院等先进医疗机构合作。", "中日友好医院"),
])
def test_a_school_or_hospital_that_acts_is_an_organization(sentence, name):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get(name) == "Organization"


@pytest.mark.parametrize("sentence, name", [
    ("启动呼伦小学、南开路中学等项目，完成沿山路小学等8所风雨馆建设。", "南开路中学"),
    ("新建文华路中学，确保年内开工。", "文华路中学"),
])
def test_a_school_being_built_stays_a_project(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) != "Organization"


def test_a_weak_school_is_no_name():
    x = extract_lines(NATIONAL, "加快改善贫困地区义务教育薄弱学校办学条件。")
    assert not [n for n in names_of(x) if n.endswith("学校")]


# --- headquarters ----------------------------------------------------------------------------

def test_a_named_firms_regional_headquarters_is_an_organization():
    x = extract_lines(HAILAR_2013, "支持大唐区域总部入驻，鼓励蒙西、银亿等国内知名企业参与城市建设。")
    assert (the(x, "大唐区域总部").type, the(x, "大唐区域总部").rules) == ("Organization", ["organization:headquarters"])


@pytest.mark.parametrize("sentence", [
    "五是提速发展总部经济，发展楼宇经济。",
    "引导周边大企业地区总部入驻新城区。",
    "重点引进央企、国企的区域性总部,全面提升服务业层次。",
])
def test_headquarters_without_a_firm_name_nothing(sentence):
    assert not [n for n in names_of(extract_lines(SHAHEKOU, sentence)) if "总部" in n]


# --- hard negatives seen on the un-annotated hailar-2012 / hailar-2014 reports -------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("推进新城区土地收储，充分利用城投公司这一融资平台。", "充分利用城投公司"),
    ("培育农畜产品加工的龙头企业，不断壮大专业经合组织，重点推进小城镇建设。", "专业经合组织"),
    ("培育农畜产品加工的龙头企业，不断壮大专业经合组织，重点推进小城镇建设。", "经合组织"),
    ("政府工作人员要敬畏组织、敬畏法律、敬畏人民。", "敬畏组织"),
])
def test_verbs_and_kinds_of_organisation_are_no_names(sentence, wrong):
    assert wrong not in names_of(extract_lines(HAILAR_2013, sentence))


def test_central_state_owned_enterprises_by_their_short_names():
    x = extract_lines(SHAHEKOU, "与中石化、国家电网等央企深化合作,推动工行、农行加大信贷投放。")
    for name in ("中石化", "国家电网", "工行", "农行"):
        assert (the(x, name).type, the(x, name).rules) == ("Organization", ["organization:list:soe"]), name


@pytest.mark.parametrize("sentence, wrong", [
    ("支持大唐、华能等发电企业扩大投资。", "organization:list:soe"),   # bare 大唐 / 华能 are not listed
    ("县招商局组织开展招商推介。", "organization:list:soe"),           # a local bureau, not 招商局集团
])
def test_ambiguous_short_names_are_not_in_the_list(sentence, wrong):
    x = extract_lines(SHAHEKOU, sentence)
    assert not [e.name for e in x.entities if wrong in e.rules]


# --- international bodies by the grammar of their names ---------------------------------------------

def test_an_unlisted_international_body_by_its_name():
    x = extract_lines(SHAHEKOU, "加入国际友好城市联盟,深化国际交流合作。")
    assert (the(x, "国际友好城市联盟").type, the(x, "国际友好城市联盟").rules) == \
        ("Organization", ["organization:international"])


@pytest.mark.parametrize("sentence", [
    "同国际组织和国际机制的关系全面加强。",
    "与国际知名企业组织开展合作。",
    "积极参与国际经济合作组织活动。",
])
def test_a_kind_of_international_body_is_no_name(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not [e.name for e in x.entities if "organization:international" in e.rules]


# --- central Party and state organs ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("城乡义务教育均衡发展，被教育部确定为“家庭教育试验区”。", "教育部"),
    ("国家发展改革委会同财政部印发实施方案。", "国家发展改革委"),   # jieba glues 委会
    ("中国人民银行下调存款准备金率。", "中国人民银行"),          # the central bank is a public body
    ("国务院国资委推动中央企业重组整合。", "国务院国资委"),
])
def test_central_organs_are_departments(sentence, name):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get(name) == "Department", sorted(names_of(x))


def test_a_party_member_is_no_party():
    x = extract_lines(NATIONAL, "发挥中国共产党员先锋模范作用。")
    assert "中国共产党" not in names_of(x)


# --- firms named by a trade name and a trade word ------------------------------------------------

def test_a_trade_name_and_a_trade_word_is_a_firm():
    x = extract_lines(SHAHEKOU, "全面排查中泰加油站、大唐商贸等重大安全隐患。")
    assert names_of(x).get("大唐商贸") == "Organization"


@pytest.mark.parametrize("sentence, wrong", [
    ("大力发展现代物流、清洁能源和精细化工。", "现代物流"),
    ("大力发展现代物流、清洁能源和精细化工。", "清洁能源"),
    ("打造西安路商贸商业区和星海湾金融商务区。", "西安路商贸"),   # an area of a road
    ("加快时利物流园建设。", "时利物流"),                        # the front of a park
])
def test_a_kind_of_trade_or_the_front_of_a_park_is_no_firm(sentence, wrong):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(wrong) != "Organization"


def test_the_trade_firm_rule_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "全面排查中泰加油站、大唐商贸等重大安全隐患。",
                      components=components_without(["trade_named_firms"]))
    assert names_of(x).get("大唐商贸") != "Organization"


def test_a_named_oil_field_is_a_firm_and_a_kind_of_field_is_not():
    x = extract_lines("江城市2030年政府工作报告", "支持江汉油田稳产增产，建设海上油田，发展老油田。")
    found = names_of(x)
    assert found.get("江汉油田") == "Organization"
    assert not {"海上油田", "老油田"} & set(found)


def test_a_place_then_a_trade_word_is_a_firm():
    x = extract_lines("江城市2030年政府工作报告", "支持青岛啤酒、金禾股份扩大产能。")
    assert names_of(x).get("青岛啤酒") == "Organization" and names_of(x).get("金禾股份") == "Organization"


@pytest.mark.parametrize("sentence, not_name", [
    ("剥离平台公司政府融资职能,推动平台公司市场化转型。", "平台公司"),
    ("全省首家数据交易所投入运营。", "数据交易所"),
])
def test_kinds_of_firm_are_no_organization(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not_name not in names, sorted(names.items())


# --- partners listed with a named firm ----------------------------------------------------------

def test_items_listed_with_a_firm_before_a_partnership_verb_are_firms():
    x = extract_lines(SHAHEKOU, "与江州恒远、河州禾丰、北方云海通信集团建立战略合作伙伴关系。")
    for name in ("江州恒远", "河州禾丰", "北方云海通信集团"):
        assert names_of(x).get(name) == "Organization", (name, names_of(x))


@pytest.mark.parametrize("sentence", [
    "与北京、上海等地企业集团建立合作关系。",          # 等 closes a list of places, no firm
    "推动煤炭、电力、化工集团建立联合机制。",          # no 与 opens the list
    "与高校、科研院所、龙头企业集团开展合作。",        # kinds, not names
])
def test_lists_without_a_named_partner_name_no_firm(sentence):
    x = extract_lines(SHAHEKOU, sentence, components=components_without(["enumerations", "lists"]))
    assert not any("partner-list" in r for e in x.entities for r in e.rules), names_of(x)


def test_partner_lists_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "与江州恒远、北方云海通信集团建立战略合作伙伴关系。",
                      components=components_without(["partner_lists", "enumerations", "lists"]))
    assert "江州恒远" not in names_of(x)


# --- companies by their legal form -------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("组建云溪资产管理有限公司，实施国企改革。", "云溪资产管理有限公司"),
    ("增资北湖建设有限公司，壮大国有资本。", "北湖建设有限公司"),
])
def test_a_company_with_its_legal_form_runs_back_to_its_verb(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)
    assert "有限公司" not in names_of(x)


@pytest.mark.parametrize("sentence", [
    "规范有限公司的法人治理结构。",           # the legal form alone
    "引导企业改制为有限责任公司。",
    "支持民营企业和有限公司发展。",           # 和 joins two kinds
])
def test_a_legal_form_alone_is_no_company(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not [n for n, t in names_of(x).items() if t == "Organization"], names_of(x)


# --- firms before a count of banks, without 等 (off by default) ---------------------------------

def test_firms_before_a_count_of_banks():
    x = extract_lines(SHAHEKOU, "江州、浦东、广南3家银行进驻。")
    assert names_of(x).get("浦东") == "Organization"
    assert names_of(x).get("广南") == "Organization", names_of(x)  # the count is no part of the last
    assert "广南3家银行" not in names_of(x)


def test_sectors_before_a_count_name_no_firm():
    x = extract_lines(SHAHEKOU, "煤炭、电力2家企业完成改制。")
    assert not [n for n, t in names_of(x).items() if t == "Organization"], names_of(x)


def test_counted_firm_lists_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "江州、浦东、广南3家银行进驻。", components=components_without(["counted_firm_lists"]))
    assert names_of(x).get("浦东") != "Organization"


# --- the holder of an enterprise title ---------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("全年新增规上企业12家，云岭科技被评为国家高新技术企业。", "云岭科技"),
    ("园区建设加快，禾丰源获评省“专精特新企业”，产值增长8%。", "禾丰源"),
    # a ranking of enterprises is a title of one firm
    ("全年新增规上企业5家。奋进科技荣获“2020中国建材企业500强”、“中国最具成长性企业100强”。", "奋进科技"),
    # a firm becomes the first or only one of a kind of enterprise
    ("全年新增规上企业5家。飞鸿帘子布成为我县第一家“瞪羚”企业，产值增长8%。", "飞鸿帘子布"),
    ("全年新增规上企业5家。云岭精工成为全县首家税收过亿元工业企业。", "云岭精工"),
])
def test_the_holder_of_an_enterprise_title_is_a_firm(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)


@pytest.mark.parametrize("sentence", [
    "创业园被评为国家级企业孵化器。",              # the title goes on past 企业
    "3家企业获评省“瞪羚企业”。",                   # a count of firms
    "全区获评省“民营经济示范企业”。",              # the territory
    "北湖街道被评为省级文明单位。",                # no enterprise title
    "甲、乙等企业获评省“科技小巨人企业”。",         # a list with 等: enterprise_lists' job
    "园区成为全省首家国家级示范企业。",              # a park becomes one: no firm
    "我县成为全省第一家“无废”企业示范县。",          # the title goes on past 企业
    "云岭精工成为全县纳税最多的工业企业。",          # 成为 without first/only: no title cue
    "北湖街道成为全市首家企业服务站。",              # the title goes on past 企业
])
def test_no_firm_holds_these_titles(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("honoured-firm" in r for e in x.entities for r in e.rules), names_of(x)


def test_honoured_firms_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "云岭科技被评为国家高新技术企业。",
                      components=components_without(["honoured_firms", "trade_named_firms"]))
    assert "云岭科技" not in names_of(x)


def test_a_body_then_a_verb_inside_a_name_is_a_clause():
    x = extract_lines(SHAHEKOU, "与江南农业大学共建研究院。")
    assert names_of(x).get("江南农业大学") == "Organization"
    assert "江南农业大学共建研究院" not in names_of(x)


# --- a firm's branch in a place ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("中国建设银行杭州分行投放贷款10亿元。", "中国建设银行杭州分行"),
    ("云岭保险杭州分公司完成理赔。", "云岭保险杭州分公司"),
    ("云岭大学杭州研究院新引进项目团队10个。", "云岭大学杭州研究院"),
    ("推进青峰理工学院宁波分院建设。", "青峰理工学院宁波分院"),
])
def test_a_firm_a_place_and_branch_is_the_branch(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)


@pytest.mark.parametrize("sentence", [
    "引导银行杭州分行加大信贷投放。",       # a kind of bank, no name
    "设立杭州分公司。",                     # no firm before the place
    "支持高等学院杭州研究院建设。",         # a kind of school, no name
    "建设大学城杭州研究院。",               # 大学城 is no school
])
def test_a_branch_of_no_named_firm_is_no_name(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("branch" in r for e in x.entities for r in e.rules), names_of(x)


def test_branches_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "中国建设银行杭州分行投放贷款。", components=components_without(["branches"]))
    assert "中国建设银行杭州分行" not in names_of(x)


# --- classes of firm, a division before 大学, firms listed as honour holders ---------------------

@pytest.mark.parametrize("sentence, not_name", [
    ("新落户世界500强及跨国公司项目12个。", "世界500强及跨国公司"),
    ("培育中国民营企业100强公司。", "中国民营企业100强公司"),
    ("依托江苏省大学科技园建设孵化器。", "江苏省大学"),
])
def test_a_class_of_firm_or_a_division_before_a_school_head_is_no_firm(sentence, not_name):
    x = extract_lines(SHAHEKOU, sentence)
    assert not_name not in names_of(x), names_of(x)


def test_a_university_named_without_a_level_word_stays():
    x = extract_lines(SHAHEKOU, "与江城大学、江城市职业大学签约合作。")
    assert names_of(x).get("江城大学") == "Organization", names_of(x)
    assert names_of(x).get("江城市职业大学") == "Organization", names_of(x)


def test_a_plastics_firm_is_a_trade_named_firm():
    x = extract_lines(SHAHEKOU, "中鼎集团、华辰塑业跨入全国同行业领先地位。")
    assert names_of(x).get("华辰塑业") == "Organization", names_of(x)


def test_items_listed_with_a_firm_as_holders_of_enterprise_titles_are_firms():
    x = extract_lines(SHAHEKOU, "共青生物、宏泰药业分别被评为省级示范企业和科技小巨人企业。")
    assert names_of(x).get("共青生物") == "Organization", names_of(x)


@pytest.mark.parametrize("sentence", [
    "科技、金融分别被评为省重点企业。",            # no firm among the items
    "3家企业、宏泰药业分别被评为省级示范企业。",   # a count is no firm
])
def test_honoured_lists_without_a_firm_or_with_a_count_name_no_new_firm(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("honoured-list" in r for e in x.entities for r in e.rules), names_of(x)


def test_honoured_firm_lists_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "共青生物、宏泰药业分别被评为省级示范企业。",
                      components=components_without(["honoured_firm_lists"]))
    assert "共青生物" not in names_of(x)


# --- round 3: rankings in a list's tail, a foreign home country, producers before a capacity ----

def test_a_ranking_in_the_tail_of_a_firm_list_keeps_its_items():
    x = extract_lines(SHAHEKOU, "新加坡甲益国际等世界500强企业入驻园区。")
    orgs = {n for n, t in names_of(x).items() if t == "Organization"}
    assert "甲益国际" in orgs and "新加坡甲益国际" not in orgs, names_of(x)


def test_the_own_country_stays_in_a_firm_name_of_a_list():
    x = extract_lines(SHAHEKOU, "中国甲化、乙通集团等中国500强企业落户。")
    orgs = {n for n, t in names_of(x).items() if t == "Organization"}
    assert "甲化" not in orgs, names_of(x)


def test_a_ranking_tail_after_sectors_names_no_firm():
    x = extract_lines(SHAHEKOU, "引进石油、化工等世界500强企业。")
    assert not any(t == "Organization" for t in names_of(x).values()), names_of(x)


@pytest.mark.parametrize("sentence, firms", [
    ("完成投资32亿元;华瑞2万千瓦、华泓20万千瓦风电成功并网。", {"华瑞", "华泓"}),
    ("全力推进东辉2×35万千瓦热电联产项目前期工作。", {"东辉"}),
])
def test_a_producer_before_a_plants_capacity_is_a_firm(sentence, firms):
    x = extract_lines(SHAHEKOU, sentence)
    orgs = {n for n, t in names_of(x).items() if t == "Organization"}
    assert firms <= orgs, names_of(x)


@pytest.mark.parametrize("sentence", [
    "新增光伏50万千瓦、风电30万千瓦。",
    "全区装机容量达到115万千瓦。",
    "江城发电厂2×35万千瓦热电联产项目开工。",
    "华瑞2万千瓦储罐改造完成。",
])
def test_no_producer_before_a_capacity_of_kinds_places_or_no_power(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("capacity-producer" in r for e in x.entities for r in e.rules), names_of(x)


def test_capacity_producers_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "华瑞2万千瓦、华泓20万千瓦风电成功并网。",
                      components=components_without(["capacity_producers"]))
    assert not any("capacity-producer" in r for e in x.entities for r in e.rules), names_of(x)


@pytest.mark.parametrize("sentence, firms", [
    ("与中海油、华瑞等央企深化合作。", {"华瑞"}),
    ("引进甲瑞化学、华泓股份等民企落户。", {"华泓股份"}),
])
def test_a_list_closed_by_a_short_kind_of_firm_names_its_items(sentence, firms):
    x = extract_lines(SHAHEKOU, sentence)
    orgs = {n for n, t in names_of(x).items() if t == "Organization"}
    assert firms <= orgs, names_of(x)


def test_sectors_before_a_short_kind_of_firm_name_none():
    x = extract_lines(SHAHEKOU, "推动能源、化工等央企项目落地。")
    assert not any(t == "Organization" for t in names_of(x).values()), names_of(x)


# --- a listed body opening the name of its numbered congress -----------------------------------

@pytest.mark.parametrize("sentence", [
    "胜利召开了中国共产党第二十次全国代表大会。",
    "深入学习中国共产党第十九届中央委员会第五次全体会议精神。",
])
def test_a_body_opening_its_numbered_congress_names_the_event(sentence):
    x = extract_lines(NATIONAL, sentence)
    assert "中国共产党" not in names_of(x), names_of(x)


def test_the_party_named_on_its_own_stays():
    x = extract_lines(NATIONAL, "我们有中国共产党的坚强领导，召开第二十次全国代表大会。")
    assert names_of(x).get("中国共产党") == "Organization", names_of(x)


# --- a numbered unit of a central firm, a central firm's branch ----------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("与中建三局签订战略合作协议。", "中建三局"),
    ("中交二航局承建跨江大桥。", "中交二航局"),
    ("引入中铁十四局参与城市建设。", "中铁十四局"),
    ("中国电信杭州分公司建成基站200个。", "中国电信杭州分公司"),
])
def test_a_central_firm_and_a_numbered_unit_or_branch_is_one_firm(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)


@pytest.mark.parametrize("sentence", [
    "集中建设一批学校，推进集中交易。",   # 中建/中交 inside other words
    "其中建成道路10公里。",
    "国家三局联合发文。",                 # no central firm before the numeral
])
def test_no_numbered_unit_without_a_listed_firm(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any(t == "Organization" for t in names_of(x).values()), names_of(x)


def test_numbered_units_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "与中建三局签订合作协议。", components=components_without(["numbered_units"]))
    assert "中建三局" not in names_of(x)


# --- the kind after 等 closing a list of firms --------------------------------------------------

def test_the_kind_of_firm_after_a_list_is_no_name():
    x = extract_lines(SHAHEKOU, "重点支持云帆科技、北斗智联等信息服务公司加快发展。")
    assert "信息服务公司" not in names_of(x), names_of(x)


def test_a_named_firm_after_deng_and_a_count_stays():
    x = extract_lines(SHAHEKOU, "新增企业12家，其中引进北斗智联等，云帆信息服务公司落户。")
    assert names_of(x).get("云帆信息服务公司") == "Organization", names_of(x)


# --- round 5: a trade word opening an event or a project name --------------------------------

@pytest.mark.parametrize("sentence, firm", [
    ("办好创交会、金穗科技大会等创新创业活动。", "金穗科技"),       # an event named after a trade
    ("举办金穗科技论坛。", "金穗科技"),
    ("投资5亿元金穗科技高端颜料项目落户工业园区。", "金穗科技"),     # the front of a project's name
    ("禾丰啤酒迁址新建等项目前期工作扎实推进。", "禾丰啤酒"),
])
def test_a_trade_word_opening_an_event_or_a_longer_name_is_no_firm(sentence, firm):
    assert firm not in names_of(extract_lines(SHAHEKOU, sentence))


@pytest.mark.parametrize("sentence, wrong", [
    ("新增高新技术企业12家，获省科技进步奖、专利奖20项。", "获省科技"),  # a prize named after a trade
    ("获得江城市科技进步奖15项。", "江城市科技"),
    ("召开青松县科技奖励表彰大会。", "青松县科技"),
])
def test_a_trade_word_opening_a_prize_is_no_firm(sentence, wrong):
    assert wrong not in names_of(extract_lines(SHAHEKOU, sentence))


def test_a_trade_named_firm_receiving_a_subsidy_stays():
    x = extract_lines(SHAHEKOU, "兑现禾丰科技奖金200万元。")
    assert names_of(x).get("禾丰科技") == "Organization", names_of(x)


def test_a_trade_named_firm_before_a_verb_stays():
    x = extract_lines(SHAHEKOU, "支持金穗科技扩大产能，禾丰啤酒认定省数字化车间。")
    assert names_of(x).get("金穗科技") == "Organization", names_of(x)
    assert names_of(x).get("禾丰啤酒") == "Organization", names_of(x)


# --- round 5: the central news media of the general list ----------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("央视《新闻联播》对江城进行了深度推介。", "央视"),
    ("南剧亮相央视二套新年晚会。", "央视二套"),              # a numbered channel is named with it
    ("新华社、人民日报多次报道江城经验。", "新华社"),
])
def test_central_news_media_are_organizations(sentence, name):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(name) == "Organization"


@pytest.mark.parametrize("sentence, wrong", [
    ("新华社区完成老旧小区改造。", "新华社"),                 # a community's name holds the form
    ("央视二套房源改造完成。", "央视二套房"),
])
def test_a_media_form_inside_a_longer_word_is_no_mention(sentence, wrong):
    assert wrong not in names_of(extract_lines(SHAHEKOU, sentence))


# --- round 5: a forum or summit the report holds is an event -----------------------------------

@pytest.mark.parametrize("sentence, forum", [
    ("成功举办江海文化论坛，纪录片荣获年度大奖。", "江海文化论坛"),
    ("办好创投会、金穗论坛等创新创业活动。", "金穗论坛"),
])
def test_a_held_forum_is_no_organization(sentence, forum):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(forum) != "Organization"


def test_a_forum_named_as_a_partner_stays_and_the_veto_switches_off():
    sentence = "与江海经济论坛签署合作协议。"
    assert names_of(extract_lines(SHAHEKOU, sentence)).get("江海经济论坛") == "Organization"
    x = extract_lines(SHAHEKOU, "成功举办江海文化论坛。", components=components_without(["held_gatherings"]))
    assert names_of(x).get("江海文化论坛") == "Organization", names_of(x)


def test_a_ranking_before_a_firm_is_its_class_not_its_name():
    names = names_of(extract_lines("成功引进世界500强企业甲乙集团、中国民营企业100强丙丁集团等20户企业入驻园区。"))
    assert names.get("甲乙集团") == "Organization" and names.get("丙丁集团") == "Organization", sorted(names)
    assert not any("强" in name for name in names)


def test_the_forces_stationed_somewhere_are_a_class_not_the_armed_forces():
    sentence = "向驻甲人民解放军、武警官兵表示衷心的感谢。"
    assert "人民解放军" not in names_of(extract_lines(sentence))
    assert "人民解放军" in names_of(extract_lines(sentence, components=components_without(["stationed_forces"])))
    assert "人民解放军" in names_of(extract_lines("人民解放军官兵支援抢险救灾。"))


def test_a_listed_body_opening_a_document_title_is_part_of_the_title():
    sentence = "认真贯彻《中国共产党甲乙工作条例》,严格执行各项规定。"
    assert "中国共产党" not in names_of(extract_lines(sentence))
    assert "中国共产党" in names_of(extract_lines(sentence, components=components_without(["titled_bodies"])))


# --- round 6: trade words that also name an industry; common-word items in a firm list ------

def test_a_proper_name_before_an_industry_word_is_a_firm():
    x = extract_lines(SHAHEKOU, "支持禾瑞医药、康岭医疗、金穗食品扩大产能。")
    for name in ("禾瑞医药", "康岭医疗", "金穗食品"):
        assert names_of(x).get(name) == "Organization", names_of(x)


def test_a_place_before_an_industry_word_is_the_places_industry():
    found = names_of(extract_lines(SHAHEKOU, "推动营口医药、营口食品产业集群发展。"))
    assert not {"营口医药", "营口食品"} & set(found), found


def test_industry_words_go_with_the_trade_firm_rule():
    x = extract_lines(SHAHEKOU, "支持禾瑞医药扩大产能。", components=components_without(["trade_named_firms"]))
    assert names_of(x).get("禾瑞医药") != "Organization"


def test_a_rare_common_word_listed_with_a_firm_is_a_firm():
    sentence = "支持禾穗、联运等骨干企业规模扩张。"
    assert names_of(extract_lines(SHAHEKOU, sentence)).get("联运") == "Organization"
    off = extract_lines(SHAHEKOU, sentence, components=components_without(["enterprise_lists"]))
    assert names_of(off).get("联运") != "Organization"


@pytest.mark.parametrize("sentence, wrong", [
    ("培育禾穗、煤炭等企业。", "煤炭"),             # an everyday word: a sector
    ("引导禾穗、东方商厦等企业升级。", "东方商厦"),   # a building: a Project
    ("引导禾穗、集团等企业升级。", "集团"),           # a bare head
])
def test_a_sector_a_building_or_a_bare_head_listed_with_a_firm_is_no_firm(sentence, wrong):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(wrong) != "Organization"


def test_an_industry_word_ending_a_longer_word_names_no_firm():
    found = names_of(extract_lines(SHAHEKOU, "全力推进国家中医药综合改革示范区建设。"))
    assert "国家中医药" not in found and "国家中" not in found, found


# --- round 7: more central firms of the SASAC list, by their own short forms --------------------

@pytest.mark.parametrize("sentence, name", [
    ("与中国宝武签署战略合作协议。", "中国宝武"),
    ("引进国药集团区域配送中心。", "国药集团"),
    ("深化与鞍钢合作。", "鞍钢"),
    ("中国电建光伏电站并网发电。", "中国电建"),
])
def test_central_firms_by_their_short_forms(sentence, name):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(name) == "Organization"


@pytest.mark.parametrize("sentence, not_name", [
    ("推动中国节能环保产业发展。", "中国节能"),   # the country's industry, no firm
    ("建成鞍钢路至滨河路段。", "鞍钢"),           # a road named like the firm
])
def test_central_firm_forms_inside_other_phrases_are_no_firm(sentence, not_name):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(not_name) != "Organization"


# --- round 8: class phrases, the 户 counter, store names, a school's hospital -------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("培育壮大企业大集团,推动产业链延伸。", "企业大集团"),
    ("实施工业大企业大集团培育计划,骨干龙头集团加快发展。", "工业大企业大集团"),
])
def test_a_group_named_only_by_class_words_is_no_firm(sentence, wrong):
    assert wrong not in names_of(extract_lines(SHAHEKOU, sentence))


def test_a_group_with_a_proper_name_stays():
    x = extract_lines(SHAHEKOU, "金穗大集团投资建设新基地。")
    assert names_of(x).get("金穗大集团") == "Organization", names_of(x)


@pytest.mark.parametrize("sentence, firms", [
    ("培育金穗纺织、禾丰地产2户省级“专精特新”企业。", {"金穗纺织", "禾丰地产"}),
    ("北斗智联、青岚信息等3户企业落户园区。", {"北斗智联", "青岚信息"}),
])
def test_firms_counted_by_hu_are_named(sentence, firms):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert firms <= {n for n, t in names.items() if t == "Organization"}, names


def test_sectors_counted_by_hu_name_no_firm():
    names = names_of(extract_lines(SHAHEKOU, "新增煤炭、电力2户规上企业。"))
    assert not {"煤炭", "电力"} & set(names), names


@pytest.mark.parametrize("sentence", [
    "金穗电器北原店建成营运。",
    "金穗建材家居旗舰店如期开业。",
])
def test_a_trade_named_firm_opening_a_store_name_is_no_firm(sentence):
    assert "金穗电器" not in names_of(extract_lines(SHAHEKOU, sentence))
    assert "金穗建材" not in names_of(extract_lines(SHAHEKOU, sentence))


def test_a_trade_named_firm_before_a_verb_and_a_store_stays():
    x = extract_lines(SHAHEKOU, "金穗电器在新区商场开业。")
    assert names_of(x).get("金穗电器") == "Organization", names_of(x)


def test_a_university_hospital_that_partners_is_an_organization():
    x = extract_lines(SHAHEKOU, "深化与江城大学附属医院战略合作。")
    assert names_of(x).get("江城大学附属医院") == "Organization", names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("与湖北旅投建立战略合作关系。", "湖北旅投"),
    ("江城与河南交投签订合作协议。", "河南交投"),
])
def test_a_province_s_investment_firm_by_its_short_form(sentence, name):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(name) == "Organization"


@pytest.mark.parametrize("sentence, wrong", [
    ("湖北城投资金全部到位。", "湖北城投"),       # 城|投资: the verb, no firm
    ("河南交投集团签订合作协议。", "河南交投"),      # the full name is the head rule's
])
def test_no_short_form_before_an_investment_verb_or_the_full_name(sentence, wrong):
    assert wrong not in names_of(extract_lines(SHAHEKOU, sentence))


def test_investment_short_forms_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "与湖北旅投建立战略合作关系。",
                      components=components_without(["kg_investment_short_forms"]))
    assert "湖北旅投" not in names_of(x)


# --- a research station named after its host or field -------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("全年新增规上企业5家。飞鸿铝业院士工作站、博士后工作站挂牌成立。", "飞鸿铝业院士工作站"),
    ("全年新增规上企业5家。全省首家中医药领域院士工作站落户江城。", "中医药领域院士工作站"),
])
def test_a_named_research_station_is_an_organization(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)


@pytest.mark.parametrize("sentence", [
    "全年新建院士工作站3个、省级博士后工作站2个。",   # bare stations, counted
    "支持企业建立院士工作站和博士后科研工作站。",     # kinds, no name before
    "依托高校院士工作站开展攻关。",                   # a class word before it
    "园区专家工作站建成。",                           # a park before it
])
def test_no_named_research_station(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("research-station" in r for e in x.entities for r in e.rules), names_of(x)


def test_research_stations_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "全年新增规上企业5家。飞鸿铝业院士工作站挂牌成立。",
                      components=components_without(["research_stations"]))
    assert "飞鸿铝业院士工作站" not in names_of(x)


# --- a flagship store named after its brand or goods --------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("进入全国甲省绿色食品旗舰店的本地产品136种。", "甲省绿色食品旗舰店"),   # the scope 全国 is no part
    ("江城陶瓷官方旗舰店线上线下同步启动。", "江城陶瓷官方旗舰店"),
])
def test_a_named_flagship_store_is_an_organization(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)


@pytest.mark.parametrize("sentence", [
    "支持建设一批品牌旗舰店。",      # a kind
    "开设天猫旗舰店3家。",            # a platform alone, counted
    "引导企业开设线上旗舰店。",      # a kind
    "在营口开设旗舰店。",            # a bare store
])
def test_no_named_flagship_store(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("flagship-store" in r for e in x.entities for r in e.rules), names_of(x)


def test_flagship_stores_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "江城陶瓷官方旗舰店线上线下同步启动。",
                      components=components_without(["flagship_stores"]))
    assert names_of(x).get("江城陶瓷官方旗舰店") != "Organization"


# --- a determiner character that opens a proper word is no determiner ---------------------------

@pytest.mark.parametrize("sentence, name", [
    ("聚集了新乡恒达银行等3家金融总部。", "新乡恒达银行"),      # a place opening with 新
    ("驻马店华兴集团投资10亿元。", "驻马店华兴集团"),           # a place opening with 驻
    ("全泓制药与域内企业互补,委托加工上市。", "全泓制药"),     # a word the dictionary lacks
])
def test_a_place_or_unknown_word_opening_with_a_determiner_is_a_name(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Organization", names_of(x)


@pytest.mark.parametrize("sentence, wrong", [
    ("全年新建公司3家。", "新建公司"),
    ("引导各类银行加大信贷投放。", "各类银行"),
    ("全省制药企业稳步增长。", "全省制药"),
    ("慰问驻溪部队官兵。", "驻溪部队"),                          # the forces stationed there
])
def test_a_determiner_still_opens_a_class(sentence, wrong):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(wrong) != "Organization", names_of(x)



# --- a count of a class of firms (四大|银行) -----------------------------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("四大国有银行在江城设立分支机构。", "四大国有银行"),
    ("两大航空公司开通直飞航线。", "两大航空公司"),
    ("五大发电集团加快布局风电。", "五大发电集团"),
])
def test_a_counted_class_of_firms_is_no_firm(sentence, wrong):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(wrong) != "Organization", names_of(x)


def test_a_place_opening_with_a_count_still_names_a_firm():
    x = extract_lines(SHAHEKOU, "五大连池矿泉集团扩建生产线。")
    assert names_of(x).get("五大连池矿泉集团") == "Organization", names_of(x)
