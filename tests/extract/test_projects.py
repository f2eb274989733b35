"""kg/extract/projects.py: the rules and vetoes of Project candidates, pinned with
real sentences of the bundled reports and hard negatives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import HAILAR_2013, NATIONAL, SHAHEKOU, extract_lines, names_of, surface_forms  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402


@pytest.mark.parametrize("sentence, wrong", [
    ("放开24项商品和服务价格，中央政府定价项目减少80%，地方政府定价项目减少50%以上。", "中央政府定价项目"),
    ("放开24项商品和服务价格，中央政府定价项目减少80%，地方政府定价项目减少50%以上。", "地方政府定价项目"),
])
def test_the_items_of_an_administrative_act_are_no_project(sentence, wrong):
    x = extract_lines(NATIONAL, sentence)
    assert wrong not in surface_forms(x)
    assert "中央政府" in names_of(x)  # the body itself stays


def test_a_named_project_with_a_body_in_its_name_stays():
    x = extract_lines("海拉尔区2013年政府工作报告", "实施区人民医院远程医疗项目，提高基层医疗服务水平。")
    assert names_of(x).get("区人民医院远程医疗项目") == "Project"


def test_the_veto_can_be_switched_off():
    sentence = "放开24项商品和服务价格，中央政府定价项目减少80%。"
    x = extract_lines(NATIONAL, sentence, components=components_without(["project_act_items"]))
    assert names_of(x).get("中央政府定价项目") == "Project"


def test_a_building_on_a_strict_head_is_still_found():
    x = extract_lines(SHAHEKOU, "证券信托大厦、恒大帝景等6个新项目开工建设,君悦酒店、城堡酒店投入运营。")
    assert names_of(x).get("君悦酒店") == "Project"


# --- vetoes on the shape of a name --------------------------------------------------------------

HAILAR_2014 = "海拉尔区2014年政府工作报告"


def test_a_head_after_deng_is_the_class_noun_of_a_list():
    x = extract_lines(HAILAR_2014, "确保时代广场、维多利等商贸综合体开工建设。")
    assert "商贸综合体" not in surface_forms(x)
    off = extract_lines(HAILAR_2014, "确保时代广场、维多利等商贸综合体开工建设。",
                        components=components_without(["project_class_nouns"]))
    assert "商贸综合体" in surface_forms(off)


def test_a_verb_of_becoming_makes_a_clause_not_a_name():
    x = extract_lines(HAILAR_2014, "中俄蒙国际物流园区晋升为自治区级物流园区。")
    assert not {n for n in surface_forms(x) if "晋升为" in n}
    assert names_of(x).get("中俄蒙国际物流园区") == "Project"


# --- a place's works being opened or built -------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("抓住大连地铁投入运营的有利时机,加强地铁口和枢纽站商业设施建设。", "大连地铁"),
    ("大连文化产业创新园区建设取得实质性进展,中央大道旅游文化购物中心主体完工。", "大连文化产业创新园区"),
])
def test_a_places_works_being_opened_are_a_project(sentence, name):
    """Found by the head rule once a name may open with 大 (大连|地铁)."""
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(name) == "Project"


@pytest.mark.parametrize("sentence", [
    "大连的地铁投入运营。",                 # a clause, not a name
    "大连和沈阳的项目投入使用。",
])
def test_a_place_in_a_clause_makes_no_works(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not [n for n, t in names_of(x).items() if t == "Project"]


# --- works on a named river, road or square ------------------------------------------------------

@pytest.mark.parametrize("title, sentence, name", [
    (SHAHEKOU, "积极推进春柳河综合改造,发展春柳河沿岸经济。", "春柳河综合改造"),
    ("海拉尔区2013年政府工作报告", "实施626小河改造，完成城区绿化补植。", "626小河改造"),
])
def test_works_on_a_named_river_are_a_project(title, sentence, name):
    assert names_of(extract_lines(title, sentence)).get(name) == "Project"


def test_the_renovation_of_a_business_district_is_no_project():
    x = extract_lines("海拉尔区2013年政府工作报告", "加快三角地核心商圈改造，确保华融二期、天润商厦等项目投入运营。")
    assert "三角地核心商圈改造" not in surface_forms(x)
    assert names_of(x).get("三角地核心商圈") == "Place"


# --- a size or age character opening a longer word opens a proper name -----------------------------

@pytest.mark.parametrize("title, sentence, name", [
    ("海拉尔区2012年政府工作报告", "加快推进大唐5万千瓦风电建设。", "大唐5万千瓦风电"),
    ("海拉尔区2014年政府工作报告", "年内完成大兴安岭棚户区项目建设。", "大兴安岭棚户区项目"),
])
def test_a_name_opening_with_da_or_xin_is_proper(title, sentence, name):
    assert names_of(extract_lines(title, sentence)).get(name) == "Project"


@pytest.mark.parametrize("sentence, wrong", [
    ("谋划好大型商贸综合体的布局。", "大型商贸综合体"),
    ("新建2所学校食堂,接收1所公办幼儿园。", "学校食堂"),
    ("推进新大楼建设。", "新大楼"),
])
def test_generic_size_words_still_name_nothing(sentence, wrong):
    assert wrong not in surface_forms(extract_lines(SHAHEKOU, sentence))


def test_a_model_code_and_a_machine_kind_before_a_milestone_is_a_project():
    x = extract_lines(NATIONAL, "第三代核电技术取得重大进展，国产C919大型客机总装下线，科技创新成果丰硕。")
    assert names_of(x).get("C919大型客机") == "Project"
    x = extract_lines(NATIONAL, "第三代核电技术取得重大进展，国产C919大型客机总装下线。",
                      components=components_without(["model_projects"]))
    assert "C919大型客机" not in names_of(x)


def test_a_model_code_without_a_milestone_is_no_project():
    x = extract_lines(NATIONAL, "采购C919大型客机需要大量资金。")
    assert "C919大型客机" not in names_of(x)


def test_works_split_into_routes_are_one_project_named_before_the_routes():
    x = extract_lines(NATIONAL, "高速公路通车里程超过12万公里。南水北调东、中线工程通水。")
    assert names_of(x).get("南水北调") == "Project"
    assert "南水北调东、中线工程" in surface_forms(x)
    x = extract_lines(NATIONAL, "高速公路通车里程超过12万公里。南水北调东、中线工程通水。",
                      components=components_without(["route_works"]))
    assert "南水北调" not in names_of(x)


@pytest.mark.parametrize("sentence, name, not_name", [
    ("建成滨江大道青松长江大桥至建设三路的示范段。", "青松长江大桥", "滨江大道青松长江大桥"),
    ("大连至丹东铁路项目实现开工,年内完成投资3亿元。", "大连至丹东铁路项目", "丹东铁路项目"),
])
def test_a_road_before_a_bridge_is_no_part_of_it_and_a_line_is_named_by_both_ends(sentence, name, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert name in names and not_name not in names, sorted(names.items())


# --- facility heads and counted housing (invented sentences) -----------------------------------

TOWN = "青川县2023年政府工作报告"


@pytest.mark.parametrize("sentence, name", [
    ("推进松岭泵站建设，保障城区排水。", "松岭泵站"),
    ("启动柳河湾高中迁建，新建青川县人民医院滨湖院区。", "青川县人民医院滨湖院区"),
    ("白鹭科技创业园建成投用，入驻企业30家。", "白鹭科技创业园"),
])
def test_a_named_facility_is_a_project(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("普及普通高中教育，支持民办初中发展。", "普通高中"),
    ("普及普通高中教育，支持民办初中发展。", "民办初中"),
    ("新建3座泵站和2座变电站。", "3座泵站"),
    ("新建乡镇污水处理厂5座。", "乡镇污水处理厂"),
    ("启动800套人才公寓建设。", "800套人才公寓"),
])
def test_a_kind_or_count_of_facilities_is_no_project(sentence, wrong):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


def test_a_bare_school_stage_in_a_list_is_no_item():
    x = extract_lines(TOWN, "完成实验高中、松岭三中、鸡鸣山中学等6所学校改造。")
    assert "高中" not in names_of(x)


def test_facility_heads_can_be_switched_off():
    x = extract_lines(TOWN, "推进松岭泵站建设，保障城区排水。", components=components_without(["kg_facility_heads"]))
    assert names_of(x).get("松岭泵站") != "Project"


def test_a_power_plant_and_a_clinic_block_are_facilities():
    x = extract_lines(TOWN, "柳河垃圾焚烧发电厂建成投运，推进县中医院门诊楼建设。")
    assert names_of(x).get("柳河垃圾焚烧发电厂") == "Project"
    assert names_of(x).get("县中医院门诊楼") == "Project"


def test_a_civil_or_general_airport_is_a_kind():
    x = extract_lines(TOWN, "新建通用机场4个，民用机场达到33个。")
    assert names_of(x).get("民用机场") != "Project"
    assert names_of(x).get("通用机场") != "Project"


@pytest.mark.parametrize("sentence, name", [
    ("推进滨河路西段升级改造，完成柳河大道提升改造工程。", "滨河路西段升级改造"),
    ("推进滨河路西段升级改造，完成柳河大道提升改造工程。", "柳河大道提升改造工程"),
    ("实施青云街综合整治、松岭路拓宽改造等工程。", "松岭路拓宽改造"),
    ("一是白沙堤防江滩综合改造一期初见雏形，二期建设稳步实施。", "白沙堤防江滩综合改造一期"),
])
def test_works_on_a_named_road_or_a_renovation_phase_are_a_project(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("滨河路西段升级改造后通行能力提高。", "滨河路西段升级改造"),  # the clause goes on: no name closed
    ("全区道路综合改造一期完成。", "全区道路综合改造一期"),        # no proper name
])
def test_no_works_project_without_a_closed_name(sentence, wrong):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("宁远光伏电站、柳河风电场并网发电。", "柳河风电场"),
    ("推进云溪河生态修复、白鹭湖湿地公园建设。", "白鹭湖湿地公园"),
    ("加快青川东站综合交通枢纽建设。", "青川东站综合交通枢纽"),
])
def test_plants_parks_and_hubs_are_facilities(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


# --- round 10: resorts and tourist zones developed as one site (invented sentences) ------------

@pytest.mark.parametrize("sentence, name", [
    ("白鹭湖旅游度假区入选省级重大项目库。", "白鹭湖旅游度假区"),
    ("松岭国际生态旅游区、柳河湾片区加快开发。", "松岭国际生态旅游区"),
])
def test_a_named_resort_or_tourist_zone_is_a_facility(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("争创省级旅游度假区，培育乡村旅游区3个。", "省级旅游度假区"),
    ("争创省级旅游度假区，培育乡村旅游区3个。", "乡村旅游区"),
])
def test_a_kind_of_resort_is_no_facility(sentence, wrong):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


def test_a_kind_of_plant_is_no_facility():
    x = extract_lines(TOWN, "新建分布式光伏电站12个，建设乡镇综合交通枢纽。")
    assert "分布式光伏电站" not in names_of(x) and "乡镇综合交通枢纽" not in names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("引进总投资30亿元的云帆动力电池项目。", "云帆动力电池项目"),
    ("投资5.2亿元的柳岸光电显示模组二期顺利投产。", "柳岸光电显示模组二期"),
])
def test_a_sum_invested_names_a_capital_project(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("完成投资30亿元的重点项目。", "重点项目"),
    ("争取投资2亿元的政府投资项目。", "政府投资项目"),
    ("实施投资1亿元的10个民生工程。", "10个民生工程"),
])
def test_a_sum_before_a_kind_of_project_names_none(sentence, wrong):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("。青石关山工业园、柳溪临港产业园建成区分别达到10平方公里。", "青石关山工业园"),
    ("。环江广西水资源配置工程、鹿岭灌区加快建设。", "鹿岭灌区"),
])
def test_park_and_irrigation_heads(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) == "Project"


@pytest.mark.parametrize("sentence, not_name", [
    ("。鹿岭临港产业园产值首次突破300亿元，成为鹿岭首个300亿元园区。", "鹿岭首个300亿元园区"),
    ("。第二批小微企业创业创新基地城市示范绩效评价全国第一。", "第二批小微企业创业创新基地"),
    ("。完成大型灌区续建配套。", "大型灌区"),
])
def test_descriptions_are_no_names(sentence, not_name):
    assert not_name not in names_of(extract_lines(HAILAR_2013, sentence))


def test_a_zone_before_a_facility_is_where_it_stands():
    x = names_of(extract_lines(HAILAR_2013, "。工业园区青钢中央公园、第二热力站等功能设施投入使用。"))
    assert x.get("青钢中央公园") == "Project" and "工业园区青钢中央公园" not in x


def test_a_zone_before_an_unnamed_facility_stays():
    x = names_of(extract_lines(HAILAR_2013, "。高新区创业服务中心投入使用。"))
    assert "创业服务中心" not in x


def test_a_major_base_of_a_field_is_a_description():
    assert "新兴产业重大基地" not in names_of(extract_lines(HAILAR_2013, "。建成一批新兴产业重大基地。"))


# --- a route of places joined by dashes (invented sentences) ---------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("长春—吉林—延吉500千伏输变电工程竣工投运。", "长春—吉林—延吉500千伏输变电工程"),
    ("加快建设南宁—柳州高速公路。", "南宁—柳州高速公路"),
])
def test_places_joined_by_dashes_name_the_whole_route(sentence, name):
    names = names_of(extract_lines("某市2023年政府工作报告", sentence))
    assert names.get(name) == "Project", sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("长春—吉林一体化发展取得新进展。", "长春—吉林一体化发展"),  # no works head
    ("开通长春—吉林班车，开工延吉500千伏输变电工程。", "长春—吉林班车，开工延吉500千伏输变电工程"),
    ("《江城志(1991—2010)》通过终审。", "1991—2010"),  # years, not places
])
def test_dash_route_negatives(sentence, not_name):
    assert not_name not in names_of(extract_lines("某市2023年政府工作报告", sentence))


def test_a_description_is_vetoed_and_the_veto_can_be_switched_off():
    sentence = "松川工业园成为全市首个百亿元产业园。"
    assert "全市首个百亿元产业园" not in names_of(extract_lines("某市2023年政府工作报告", sentence))
    off = extract_lines("某市2023年政府工作报告", sentence, components=components_without(["kg_project_descriptions", "kg_project_class_scopes"]))
    assert any("首个" in n for n in names_of(off)), sorted(names_of(off).items())


def test_a_named_inland_port_is_a_facility():
    names = names_of(extract_lines("某市2023年政府工作报告", "松原国际陆港至临海港集装箱班列开行。"))
    assert names.get("松原国际陆港") == "Project", sorted(names.items())
    assert "国际陆港" not in names_of(extract_lines("某市2023年政府工作报告", "加快建设国际陆港。"))


# --- round 4: segments, numbered and ranked facilities, named zones (invented sentences) ------

CITY = "某市2023年政府工作报告"


@pytest.mark.parametrize("sentence, name", [
    ("时速350公里的松江高铁松岭段建成通车。", "松江高铁松岭段"),
    ("青松大道北段、白塔路等项目加快建设。", "青松大道北段"),
    ("松江高速青石至白桥段全线通车。", "松江高速青石至白桥段"),
])
def test_a_segment_of_a_named_line_is_a_project(sentence, name):
    names = names_of(extract_lines(CITY, sentence))
    assert names.get(name) == "Project", sorted(names.items())


@pytest.mark.parametrize("sentence, wrong", [
    ("松江高铁沿线段加强巡查。", "松江高铁沿线段"),
    ("青松大道路段拥堵得到缓解。", "青松大道路段"),
    ("整治青松大道一标段扬尘问题。", "青松大道一标段"),
])
def test_a_stretch_of_road_is_no_segment_project(sentence, wrong):
    assert wrong not in names_of(extract_lines(CITY, sentence))


def test_segments_can_be_switched_off():
    sentence = "松江高铁松岭段建成通车。"
    off = extract_lines(CITY, sentence, components=components_without(["kg_line_segments"]))
    assert "松江高铁松岭段" not in names_of(off)


@pytest.mark.parametrize("sentence, name", [
    ("青钢公园、第三水厂、松湖污水处理厂等设施投入使用。", "第三水厂"),
    ("区第一分园、第四幼儿园、松湖小学全部建成投入使用。", "第四幼儿园"),
])
def test_a_numbered_facility_is_a_project(sentence, name):
    names = names_of(extract_lines(CITY, sentence))
    assert names.get(name) == "Project", sorted(names.items())


@pytest.mark.parametrize("sentence, wrong", [
    ("第二批水厂改造项目启动。", "第二批水厂"),
    ("第三产业增加值增长7%。", "第三产业"),
    ("全市第一中学生人数最多的学校。", "第一中学"),
])
def test_an_ordinal_that_is_no_facility(sentence, wrong):
    assert wrong not in names_of(extract_lines(CITY, sentence))


@pytest.mark.parametrize("sentence, name", [
    ("松岭二级水电站首批机组并网发电。", "松岭二级水电站"),
    ("青松河流域国家级湿地公园项目建设推进顺利。", "青松河流域国家级湿地公园"),
])
def test_a_rank_word_inside_a_facility_name(sentence, name):
    names = names_of(extract_lines(CITY, sentence))
    assert names.get(name) == "Project", sorted(names.items())


@pytest.mark.parametrize("sentence, wrong", [
    ("新建国家级湿地公园2个。", "国家级湿地公园"),
    ("建成省级森林公园3处。", "省级森林公园"),
])
def test_a_rank_and_a_head_alone_are_a_kind(sentence, wrong):
    assert wrong not in names_of(extract_lines(CITY, sentence))


def test_a_named_zone_before_a_facility_with_a_plain_name():
    x = names_of(extract_lines(CITY, "青松河工业区团结学校、松湖酒店等工程加快推进。"))
    assert x.get("团结学校") == "Project" and "青松河工业区团结学校" not in x, sorted(x.items())


@pytest.mark.parametrize("sentence, wrong", [
    ("推动松湖新区获批国家新型工业化产业示范基地。", "获批国家新型工业化产业示范基地"),
    ("加快建设中部地区中心城市。", "中部地区中心"),
])
def test_a_clause_or_a_longer_word_is_no_project(sentence, wrong):
    assert wrong not in names_of(extract_lines(CITY, sentence))


def test_works_on_a_named_bridge():
    x = names_of(extract_lines(CITY, "实施了松岭桥和青石江大桥加宽改造、白塔路等工程。"))
    assert x.get("青石江大桥加宽改造") == "Project", sorted(x.items())


def test_a_named_botanical_garden_is_a_facility():
    x = names_of(extract_lines(CITY, "推动松山森林公园纳入江南国家植物园体系。"))
    assert x.get("江南国家植物园") == "Project", sorted(x.items())


@pytest.mark.parametrize("sentence, name", [
    ("金龙山抽水蓄能电站、申华湖高速西延等重大项目全速推进。", "金龙山抽水蓄能电站"),
    ("鄱湖水利枢纽环评正式受理。", "鄱湖水利枢纽"),
    ("白沙江航电枢纽建成投运。", "白沙江航电枢纽"),
])
def test_pumped_storage_and_river_hubs_are_facilities(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) == "Project"


@pytest.mark.parametrize("sentence", ["规划建设抽水蓄能电站。", "加快建设水利枢纽。", "金龙山抽水蓄能电站全速推进。"])
def test_a_kind_of_power_station_or_hub_is_no_project(sentence):
    assert "蓄能电站" not in names_of(extract_lines(HAILAR_2013, sentence))
    assert "水利枢纽" not in names_of(extract_lines(HAILAR_2013, sentence))


@pytest.mark.parametrize("sentence, name", [
    ("青岚电器(赣州)智能制造基地等投运投产。", "青岚电器(赣州)智能制造基地"),
    ("加快建设华东(杭州)技术转移中心。", "华东(杭州)技术转移中心"),
    ("星驰(永州)云计算数据中心正式上线。", "星驰(永州)云计算数据中心"),
])
def test_a_place_in_brackets_inside_a_project_name(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) == "Project"


@pytest.mark.parametrize("sentence", [
    "成功举办首届中国(甘肃)中医药产业博览会。",  # no project head
    "东深线改建（南外环）、西郊货场专用线。",  # no place in the brackets
    "全市实现地区生产总值(下同)增长。",
])
def test_brackets_without_a_place_and_a_project_head_make_no_project(sentence):
    assert not any(("(" in n or "（" in n) and t == "Project" for n, t in names_of(extract_lines(HAILAR_2013, sentence)).items())


def test_bracketed_projects_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "加快建设华东(杭州)技术转移中心。", components=components_without(["bracketed_projects"]))
    assert "华东(杭州)技术转移中心" not in names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("柳湾粮食储备库建成投用，仓容5万吨。", "柳湾粮食储备库"),
    ("松岭会议旧址得到有效保护。", "松岭会议旧址"),
    ("鹭江冷原子大科学装置开工建设。", "鹭江冷原子大科学装置"),
    ("青川河干流120公里生态廊道基本形成。", "青川河干流120公里生态廊道"),
    ("柳溪卫生院综合门诊部投入使用。", "柳溪卫生院综合门诊部"),
])
def test_general_facility_types_are_facility_heads(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("新建乡镇卫生院3所，改造村卫生室20个。", "乡镇卫生院"),
    ("新建4座加油站和2座粮食储备库。", "4座加油站"),
    ("加强革命旧址保护利用。", "革命旧址"),
])
def test_a_kind_or_count_of_general_facilities_is_no_project(sentence, wrong):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("项目建设加快，中航材冷链项目进展顺利。", "中航材冷链项目"),
    ("中建材光伏项目通过国家重大科技专项验收。", "中建材光伏项目"),
])
def test_a_central_firm_short_name_opening_a_clause_names_its_project(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("中高端消费项目加快建设。", "中高端消费项目"),
    ("中长期贷款项目加快落地。", "中长期贷款项目"),
    ("中小学校舍改造项目全面完成。", "中小学校舍改造项目"),
    ("在建设中项目进展顺利。", "中项目"),
])
def test_a_locality_or_range_zhong_opens_no_firm_name(sentence, wrong):
    assert names_of(extract_lines(TOWN, sentence)).get(wrong) != "Project"


def test_central_firm_projects_can_be_switched_off():
    x = extract_lines(TOWN, "项目建设加快，中航材冷链项目进展顺利。",
                      components=components_without(["kg_central_firm_projects"]))
    assert names_of(x).get("中航材冷链项目") != "Project"


@pytest.mark.parametrize("sentence, wrong", [
    ("新建柳溪路两处市民公园，方便群众休闲。", "柳溪路两处市民公园"),
    ("鹭江路三座人行天桥建成通行。", "鹭江路三座人行天桥"),
])
def test_a_count_inside_a_name_makes_several_things(sentence, wrong):
    assert wrong not in surface_forms(extract_lines(TOWN, sentence))


def test_an_ordinal_inside_a_name_is_no_count():
    x = extract_lines(TOWN, "青川县第二中学新校区建成投用。")
    assert "青川县第二中学新校区" in names_of(x) or "青川县第二中学" in names_of(x), sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("青川电厂、安顺至铜仁高速公路、鹭江码头等投运投产。", "安顺至铜仁高速公路"),
    ("改造凯里至都匀段、松岭至柳湾段等公路。", "凯里至都匀段"),
])
def test_a_line_between_two_known_places_is_a_project(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence", [
    "长江干流凯里至都匀段水质稳定。",  # a stretch of river after its name, no works
    "开通安顺至铜仁公交线路。",  # no line head
])
def test_no_ranged_line_without_a_line_head_after_a_mark_or_verb(sentence):
    names = names_of(extract_lines(TOWN, sentence))
    assert "凯里至都匀段" not in names and "安顺至铜仁公交线路" not in names


def test_ranged_lines_can_be_switched_off():
    x = extract_lines(TOWN, "改造凯里至都匀段、松岭至柳湾段等公路。", components=components_without(["kg_ranged_lines"]))
    assert "凯里至都匀段" not in names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("华鼎风电、鼎泰新能(二期)光伏项目建成投产。", "鼎泰新能(二期)光伏项目"),
    ("青禾电器(一期)智能制造基地正式投产。", "青禾电器(一期)智能制造基地"),
])
def test_a_phase_in_brackets_inside_a_project_name(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence", [
    "完成华岭10万吨锌冶炼(二期)项目竣工生产。",  # a count opens the words before the bracket
    "松涛食品、鹭江工厂(一期)等项目建成投产。",  # 等项目 is the list's class noun
])
def test_a_phase_in_brackets_without_a_name_before_it(sentence):
    x = extract_lines(TOWN, sentence)
    assert not any("期)" in n and ("万吨" in n or "等" in n) for n in surface_forms(x)), sorted(surface_forms(x))


@pytest.mark.parametrize("sentence, name", [
    ("推进六安科技城、铜仁科技城全面跃升。", "六安科技城"),
    ("宁乡高新区科技城建设进一步提速。", "宁乡高新区科技城"),
])
def test_a_named_science_city_is_a_facility(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("规划建设3个科技城。", "3个科技城"),
    ("加快建设科技城。", "科技城"),
])
def test_a_kind_or_count_of_science_cities_is_no_project(sentence, wrong):
    assert names_of(extract_lines(TOWN, sentence)).get(wrong) != "Project"


def test_a_figure_count_inside_a_name_makes_several_things():
    x = extract_lines(TOWN, "鹭江中小企业孵化园5大园区同步推进。")
    assert "鹭江中小企业孵化园5大园区" not in surface_forms(x), sorted(surface_forms(x))


@pytest.mark.parametrize("sentence, name", [
    ("宏远新材料产业园一期、青禾电子商务园等建成投运。", "宏远新材料产业园一期"),
    ("宏远新材料产业园一期竣工投产。", "宏远新材料产业园一期"),
])
def test_a_phase_after_a_named_park_is_a_phase_of_it(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


def test_a_phase_after_a_generic_building_names_nothing():
    x = extract_lines(TOWN, "商业广场一期建成投用。")
    assert names_of(x).get("商业广场一期") != "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("鹭青高速改扩建、松岭铁路等开工建设。", "鹭青高速改扩建"),
    ("推进鹭青铁路扩容、松岭机场改扩建等重大交通项目。", "鹭青铁路扩容"),
])
def test_works_on_a_named_line_are_a_project(sentence, name):
    x = extract_lines(TOWN, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


def test_a_kind_of_line_being_widened_is_no_project():
    x = extract_lines(TOWN, "推进高速公路扩容，加快国省道改造。")
    assert not any(n.endswith(("扩容", "改造")) for n in names_of(x)), sorted(names_of(x).items())


# Round 8: a passenger-dedicated line (客专, 客运专线) is a line head; a head followed by 群
# is a group of works; a count after 等 closes a list (甲园等五大园区 is several parks).
@pytest.mark.parametrize("sentence, name", [
    ("全市人民关注的松江客专青石段隧道群全部贯通，柳溪客专、桂溪铁路开工建设。", "柳溪客专"),
    ("全市人民关注的松江客专青石段隧道群全部贯通，柳溪客专、桂溪铁路开工建设。", "松江客专"),
])
def test_a_passenger_line_is_a_line_head(sentence, name):
    x = extract_lines(NATIONAL, sentence)
    assert names_of(x).get(name) == "Project"


def test_a_group_of_tunnels_is_no_one_tunnel():
    x = extract_lines(NATIONAL, "全市人民关注的松江客专青石段隧道群全部贯通。")
    assert not any(n.endswith("隧道") for n in surface_forms(x))


def test_a_count_after_deng_closes_the_list_of_parks():
    x = extract_lines(NATIONAL, "建成国家现代渔业产业园等三大产业园区，特色农业稳步发展。")
    forms = surface_forms(x)
    assert not any("等五大" in n for n in forms)
    assert names_of(x).get("国家现代渔业产业园") == "Project"


# A park whose 园 is a word of its own after its trade, opened by a place word (甲乙木业加工园);
# a place word that opens with a count character (两江) is still a name.
@pytest.mark.parametrize("sentence, name", [
    ("青河食品加工园建成投产，园区雏形初现。", "青河食品加工园"),
    ("两江生物医药园初具规模，产业基地加快建设。", "两江生物医药园"),
])
def test_a_trade_park_with_a_bound_head_is_a_project(sentence, name):
    x = extract_lines(NATIONAL, sentence)
    assert names_of(x).get(name) == "Project"


@pytest.mark.parametrize("sentence, wrong", [
    ("两个公园建成开放，城市绿地不断增加。", "两个公园"),
    ("建设幸福家园，打造美丽乡村。", "幸福家园"),
    ("推进木业加工园建设。", "木业加工园"),
])
def test_a_bound_head_without_a_name_or_inside_a_word_is_no_park(sentence, wrong):
    x = extract_lines(NATIONAL, sentence)
    assert names_of(x).get(wrong) != "Project"


def test_a_numbered_line_is_not_cut_to_the_network():
    x = extract_lines(NATIONAL, "机场专线、松江地铁1号线二期建成运行。")
    forms = surface_forms(x)
    assert "松江地铁" not in forms


# A size opening a facility's words describes a kind (11万亩田园综合体) unless a proper name follows it.
@pytest.mark.parametrize("sentence", ["带动5万亩农业综合体建设。", "建成2000平方米商业综合体。"])
def test_a_size_and_a_kind_is_no_project(sentence):
    x = extract_lines(NATIONAL, sentence)
    assert not any(n.endswith("综合体") for n in surface_forms(x))


def test_a_size_before_a_named_greenway_is_cut_off():
    x = extract_lines("青河县2021年政府工作报告", "建成80公里青河绿道，城市品质持续提升。")
    forms = surface_forms(x)
    assert "80公里青河绿道" not in forms


# A ski resort is a sports venue of the general facility lists: named, it is a Project; unnamed, a kind.
def test_a_named_ski_resort_is_a_project():
    x = extract_lines("青河县2024年政府工作报告", "户外规模最大的青河国际滑雪场建成运营，冰雪旅游持续升温。")
    assert names_of(x).get("青河国际滑雪场") == "Project"


def test_an_unnamed_ski_resort_is_no_project():
    x = extract_lines("青河县2024年政府工作报告", "联合建成滑雪场2个，冰雪旅游持续升温。")
    assert not any(n.endswith("滑雪场") for n in surface_forms(x))


# Round 9: a class after a scope, rank, batch or superlative; a head that runs on into an era or a
# zone class; an official's name in the byline; a motorway named by 高速公路.
@pytest.mark.parametrize("sentence, wrong", [
    ("松江机场旅客吞吐量在全省支线机场中名列前茅。", "支线机场"),
    ("建成青松公园、柳溪公园等一批精品公园，城市更加宜居。", "精品公园"),
    ("高标准建设国家级人才服务产业园，打造人才高地。", "人才服务产业园"),
])
def test_a_class_after_a_scope_rank_or_batch_is_no_project(sentence, wrong):
    assert wrong not in surface_forms(extract_lines("江城市2020年政府工作报告", sentence))


def test_the_class_scope_veto_can_be_switched_off():
    x = extract_lines("江城市2020年政府工作报告", "松江机场旅客吞吐量在全省支线机场中名列前茅。",
                      components=components_without(["project_class_scopes"]))
    assert "支线机场" in surface_forms(x)


def test_a_named_park_after_a_rank_stays():
    x = extract_lines("江城市2020年政府工作报告", "建成柳溪公园、青松公园等一批精品公园。")
    assert names_of(x).get("柳溪公园") == "Project"


@pytest.mark.parametrize("sentence, wrong", [
    ("江城高铁建成通车，江城迈入高铁时代。", "江城迈入高铁"),
    ("推进青山科技城和高新技术产业园区建设。", "高新技术产业园"),
])
def test_a_head_running_on_into_an_era_or_a_zone_class_is_no_project(sentence, wrong):
    assert wrong not in surface_forms(extract_lines("江城市2020年政府工作报告", sentence))


def test_an_officials_name_in_the_byline_is_no_project():
    x = extract_lines("江城市2018年政府工作报告", "江城市人民政府市长 张小桥\n各位代表：")
    assert not any(n.endswith("张小桥") for n in surface_forms(x))


def test_a_motorway_named_by_its_ends_is_a_project():
    x = extract_lines("江城市2018年政府工作报告", "青松大桥、江柳高速公路建设加快推进。")
    assert names_of(x).get("江柳高速公路") == "Project"


def test_a_firms_numbered_plant_is_a_project():
    x = extract_lines("江城市2020年政府工作报告", "华鼎汽车三厂建成投产，新增产能20万辆。")
    assert names_of(x).get("华鼎汽车三厂") == "Project"


def test_one_plant_one_policy_is_no_project():
    x = extract_lines("江城市2020年政府工作报告", "对重点企业实行一厂一策，推动技术改造。")
    assert not any(n.endswith("一厂") for n in surface_forms(x))


@pytest.mark.parametrize("sentence, wrong", [
    ("积极开拓香港市场和东盟市场，外贸出口增长8%。", "香港市场"),
    ("抢抓国内汽车市场回暖机遇，整车产量增长10%。", "国内汽车市场"),
    ("大力开拓海外市场，外贸企业新增20家。", "海外市场"),
])
def test_a_market_one_sells_into_is_no_project(sentence, wrong):
    assert wrong not in surface_forms(extract_lines(HAILAR_2013, sentence))


def test_a_market_hall_on_a_road_stays_a_project():
    x = extract_lines(HAILAR_2013, "启动青松路市场、白桦路市场改造，改善经营环境。")
    assert "青松路市场" in surface_forms(x)


@pytest.mark.parametrize("sentence, wrong", [
    ("推进三大公立医院建设，医疗服务能力明显提升。", "三大公立医院"),
    ("完成高级中学建设，新增学位2000个。", "高级中学"),
    ("建成大规模蓝狐养殖基地，带动农牧民增收。", "大规模蓝狐养殖基地"),
])
def test_a_count_scale_or_class_word_before_a_head_names_a_kind(sentence, wrong):
    assert wrong not in surface_forms(extract_lines(HAILAR_2013, sentence))


def test_a_place_opening_with_a_count_still_names_a_facility():
    x = extract_lines(HAILAR_2013, "五大连池青松医院建成投用，服务周边群众。")
    assert "五大连池青松医院" in surface_forms(x)


def test_a_scale_of_output_before_a_park_is_no_part_of_its_name():
    x = extract_lines(HAILAR_2013, "打造千亿级江城新材料产业园，签约项目12个。")
    forms = surface_forms(x)
    assert "千亿级江城新材料产业园" not in forms
    assert "江城新材料产业园" in forms


@pytest.mark.parametrize("sentence, name", [
    ("四个月建成江城北客站，开通城际列车。", "江城北客站"),
    ("青松镇高铁站建设启动实施，交通更加便捷。", "青松镇高铁站"),
])
def test_a_named_railway_station_is_a_project(sentence, name):
    assert name in surface_forms(extract_lines(HAILAR_2013, sentence))


def test_a_bare_railway_station_is_no_project():
    assert "县城高铁站" not in surface_forms(extract_lines(HAILAR_2013, "推进县城高铁站建设，方便群众出行。"))


@pytest.mark.parametrize("sentence, name", [
    ("岚峪公路完成升级改造，白桦大桥即将通车。", "岚峪公路"),
    ("岚峪城际轨道加快建设，新增站点3个。", "岚峪城际轨道"),
])
def test_a_named_road_or_intercity_line_is_a_project(sentence, name):
    assert name in surface_forms(extract_lines(HAILAR_2013, sentence))


def test_a_kind_of_road_is_no_project():
    assert "农村公路" not in surface_forms(extract_lines(HAILAR_2013, "新建农村公路120公里，改造危桥5座。"))


def test_a_named_eco_park_is_a_project():
    x = extract_lines(HAILAR_2013, "中法江城生态园完成道路建设，新引进企业12家。")
    assert "中法江城生态园" in surface_forms(x)


def test_a_kind_of_eco_park_is_no_project():
    assert "农业生态园" not in surface_forms(extract_lines(HAILAR_2013, "建成农业生态园3个，带动农民增收。"))
