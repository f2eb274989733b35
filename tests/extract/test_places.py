"""kg/extract/places.py: squares and markets used as locations, pinned with real
sentences of the bundled reports and hard negatives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import HAILAR_2013, NATIONAL, SHAHEKOU, extract_lines, names_of  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("充分整合西安路——和平广场商圈和星海广场——黑石礁观光带的商贸旅游资源。", "和平广场"),
    ("充分整合西安路——和平广场商圈和星海广场——黑石礁观光带的商贸旅游资源。", "星海广场"),
    ("积极推进星海广场地下商业体建设,实现地上经济与地下经济互补合拢。", "星海广场"),
    ("扎实开展“城市管理年”活动,华北路市场等区域的占道经营问题得到有效整治。", "华北路市场"),
])
def test_a_square_or_market_followed_by_a_location_word_is_a_place(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Place", sorted(names_of(x).items())


def test_the_project_built_on_the_square_stays_a_project():
    x = extract_lines(SHAHEKOU, "积极推进星海广场地下商业体建设,实现地上经济与地下经济互补合拢。")
    assert names_of(x).get("星海广场地下商业体") == "Project"


def test_the_road_in_a_market_name_stays_a_place():
    x = extract_lines(SHAHEKOU, "扎实开展“城市管理年”活动,华北路市场等区域的占道经营问题得到有效整治。")
    assert names_of(x).get("华北路") == "Place"


@pytest.mark.parametrize("sentence, name", [
    # squares and markets being built or opened are projects
    ("发达广场、世纪天伦酒店、尚品国际建材城等项目正式投入运营。", "发达广场"),
    ("力争时代广场、伊士丹购物广场等改扩建项目开工建设。", "伊士丹购物广场"),
    ("加快万家惠农贸市场、奋斗镇地产蔬菜等大型蔬菜批发市场建设。", "万家惠农贸市场"),
])
def test_squares_and_markets_being_built_stay_projects(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) != "Place"


def test_the_rule_can_be_switched_off():
    sentence = "积极推进星海广场地下商业体建设,实现地上经济与地下经济互补合拢。"
    x = extract_lines(SHAHEKOU, sentence, components=components_without(["square_places"]))
    assert names_of(x).get("星海广场") != "Place"


# --- veto: a river or wetland at the front of a company or project name ----------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("古纳河酒业二期、麦福劳公司综合技改、蒙西商品砼等项目全面完工。", "古纳河"),
    ("配合做好城北海拉尔河湿地项目，启动西山生态景观区规划。", "城北海拉尔河湿地"),
])
def test_a_river_or_wetland_in_front_of_a_name_is_no_place(sentence, wrong):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get(wrong) != "Place"
    assert wrong in names_of(extract_lines(HAILAR_2013, sentence,
                                           components=components_without(["place_modifiers"])))


@pytest.mark.parametrize("sentence, name", [
    ("加快伊敏河沿河公园建设，改善伊敏河水质。", "伊敏河"),          # a river of the sentence
    ("完善马栏河沿岸徒步、商业、停车场等基础设施。", "马栏河"),
])
def test_a_river_of_the_sentence_stays_a_place(sentence, name):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get(name) == "Place"


# --- a project head around a place head ------------------------------------------------------

def test_a_commercial_street_being_built_is_a_project():
    x = extract_lines(HAILAR_2013, "华汇地下商业街、众和地壹街、华融购物广场全面竣工。")
    assert names_of(x).get("华汇地下商业街") == "Project"


@pytest.mark.parametrize("name", ["西出口路", "东外环路"])
def test_a_road_named_by_one_direction_stays_a_place(name):
    x = extract_lines(HAILAR_2013, "完成西出口路建设，确保东外环路按期开工，推进西外环路前期工作。")
    assert names_of(x).get(name) in ("Place", "Project")
    assert name in names_of(x)


# --- development zones -----------------------------------------------------------------------

def test_a_development_zone_after_a_place_is_a_place():
    x = extract_lines(HAILAR_2013, "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区。")
    assert names_of(x).get("呼伦贝尔经济技术开发区") == "Place"
    assert "全力支持呼伦贝尔经济技术开发区" not in names_of(x)
    off = extract_lines(HAILAR_2013, "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区。",
                        components=components_without(["zone_places"]))
    assert "呼伦贝尔经济技术开发区" not in names_of(off)


@pytest.mark.parametrize("sentence", [
    "开通中心城新区河东部分、经济技术开发区等公交线路。",   # no name before the head
    "积极申报综合保税区，发展保税物流。",
])
def test_an_unnamed_zone_is_no_place(sentence):
    x = extract_lines(HAILAR_2013, sentence)
    assert not {n for n in names_of(x) if n.endswith(("开发区", "保税区"))}


# --- a province glued to the word for its people -----------------------------------------------

def test_a_province_before_tongbao_is_a_place():
    from helpers import NATIONAL
    x = extract_lines(NATIONAL, "我们愿同台湾同胞共担民族大义。")
    assert names_of(x).get("台湾") == "Place"
    off = extract_lines(NATIONAL, "我们愿同台湾同胞共担民族大义。", components=components_without(["compatriot_places"]))
    assert "台湾" not in names_of(off)


def test_a_word_before_tongbao_that_is_no_province_is_nothing():
    from helpers import NATIONAL
    x = extract_lines(NATIONAL, "广大海外侨胞和港澳同胞共襄盛举。")
    assert not [n for n, t in names_of(x).items() if t == "Place"]


# --- the second name of a dash-joined area --------------------------------------------------------

def test_the_name_after_the_dash_of_an_area_is_a_place():
    sentence = "充分整合西安路——和平广场商圈和星海广场——黑石礁观光带的商贸旅游资源。"
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get("黑石礁") == "Place"
    assert names_of(x).get("星海广场——黑石礁观光带") == "Place"  # the area stays whole
    assert "黑石礁" not in names_of(extract_lines(SHAHEKOU, sentence, components=components_without(["dash_places"])))


def test_a_dash_before_a_sentence_is_no_area():
    x = extract_lines(NATIONAL_TITLE, "——推动形成绿色生产生活方式，加快改善生态环境。")
    assert not [n for n, t in names_of(x).items() if t == "Place"]


NATIONAL_TITLE = "现在，我代表国务院，向大会报告政府工作。"


# --- natural features of the general list and one-character rivers named by their basin ----------

CITY = "江城市2030年政府工作报告"  # an invented city report: the sample reports name few rivers


@pytest.mark.parametrize("sentence, name", [
    ("深入推进黄河流域生态保护和高质量发展。", "黄河"),
    ("加快黄河三角洲生态保护，推进渤海湾沿岸生态修复。", "渤海湾"),
    ("加强秦岭北麓生态保护。", "秦岭"),
    ("积极融入长三角一体化发展。", "长三角"),
])
def test_a_feature_of_the_general_list_is_a_place(sentence, name):
    assert names_of(extract_lines(CITY, sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence, wrong", [
    ("与华山医院开展远程会诊合作。", "华山"),        # the front of a hospital's name
    ("支持黄河啤酒扩大产能。", "黄河"),              # the front of a brand
    ("西湖区、上城区联动发展。", "西湖"),            # inside a division's name
])
def test_a_feature_inside_a_longer_name_is_no_place(sentence, wrong):
    assert names_of(extract_lines(CITY, sentence)).get(wrong) != "Place"


@pytest.mark.parametrize("sentence, name", [
    ("加强沭河流域综合治理。", "沭河"),
    ("建设汶河两岸生态景观。", "汶河"),
])
def test_a_one_character_river_named_by_its_basin_is_a_place(sentence, name):
    assert names_of(extract_lines(CITY, sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence, wrong", [
    ("推进大运河两岸文化带建设。", "运河"),
    ("完善内河流域航运体系。", "内河"),
    ("规划沿江两岸产业。", "沿江"),
])
def test_common_words_before_a_basin_are_no_river(sentence, wrong):
    assert names_of(extract_lines(CITY, sentence)).get(wrong) != "Place"


def test_the_feature_rules_can_be_switched_off():
    sentence = "深入推进黄河流域生态保护，加强沭河流域综合治理。"
    x = extract_lines(CITY, sentence, components=components_without(["natural_features", "basin_rivers"]))
    assert names_of(x).get("黄河") != "Place" and names_of(x).get("沭河") != "Place"


# --- regions named by a place and a region head ------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("全力融入鲁南经济圈和山东半岛城市群。", "鲁南经济圈"),
    ("全力融入鲁南经济圈和山东半岛城市群。", "山东半岛城市群"),
    ("加快黄河三角洲高效生态经济区建设。", "黄河三角洲"),
])
def test_a_place_and_a_region_head_is_a_region(sentence, name):
    assert names_of(extract_lines(CITY, sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence, wrong", [
    ("建设一批辐射带动力强的城市群。", "辐射带动力强的城市群"),
    ("打造现代化大都市圈。", "现代化大都市圈"),
    ("加快黄河三角洲高效生态经济区建设。", "黄河三角洲高效生态经济区"),  # a scheme's name, not the region
])
def test_a_region_head_without_a_place_close_before_it_is_no_region(sentence, wrong):
    assert names_of(extract_lines(CITY, sentence)).get(wrong) != "Place"


# --- townships of the issuer in their short form ---------------------------------------------

def test_a_home_township_in_its_short_form_is_a_place():
    x = extract_lines(HAILAR_2013, "启动正阳和建设2个办事处文体活动中心建设。")
    assert names_of(x).get("正阳") == "Place"
    assert names_of(x).get("建设") != "Place"  # a common word, though a 街道 is called so


@pytest.mark.parametrize("sentence, wrong", [
    ("大力推进哈克生态奶源基地项目，新建现代化牧场。", "哈克"),   # the front of a project's name
    ("推进奋斗镇新镇区和哈克镇滨河新区建设。", "奋斗"),
])
def test_a_township_stem_that_begins_a_longer_name_is_no_place(sentence, wrong):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(wrong) != "Place"


def test_the_township_short_form_rule_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "启动正阳和建设2个办事处文体活动中心建设。",
                      components=components_without(["township_short_forms"]))
    assert names_of(x).get("正阳") != "Place"


def test_the_region_rule_can_be_switched_off():
    x = extract_lines(CITY, "全力融入鲁南经济圈和山东半岛城市群。", components=components_without(["region_places"]))
    assert names_of(x).get("鲁南经济圈") != "Place"


def test_a_home_jiedao_written_as_an_office_is_a_place():
    x = extract_lines(HAILAR_2013, "完成奋斗镇1万亩节水灌溉、建设办事处1万亩设施农业。")
    assert names_of(x).get("建设办事处") == "Place"


def test_the_office_rule_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "完成建设办事处1万亩设施农业。", components=components_without(["township_offices"]))
    assert names_of(x).get("建设办事处") != "Place"


# --- a part of a province: one-character province name and a direction ----------------------------

def test_a_province_part_in_a_phrase_closed_by_a_region_word_is_a_place():
    x = extract_lines(HAILAR_2013, "围绕打造蒙东和中俄蒙毗邻地区重要的旅游文化名城这一目标。")
    assert names_of(x).get("蒙东") == "Place"


def test_a_province_part_in_a_list_of_firms_is_no_place():
    x = extract_lines(HAILAR_2013, "鼓励蒙西、银亿等国内知名企业尽快实施项目。")
    assert names_of(x).get("蒙西") != "Place"


def test_the_province_part_rule_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "围绕打造蒙东和中俄蒙毗邻地区重要的旅游文化名城这一目标。",
                      components=components_without(["province_parts"]))
    assert names_of(x).get("蒙东") != "Place"


def test_a_new_town_area_keeps_the_town_its_word_cuts_through():
    # jieba reads 奋斗|镇新|镇区; the name still starts at the town 奋斗镇
    x = extract_lines(HAILAR_2013, "推进奋斗镇新镇区和哈克镇滨河新区建设。")
    assert names_of(x).get("奋斗镇新镇区") == "Place"


# --- divisions of a foreign country after its name ----------------------------------------------

def test_the_divisions_after_a_foreign_country_are_places():
    x = extract_lines(HAILAR_2013, "与蒙古国乌兰巴托市松根海尔汗区正式缔结国际友城关系。")
    assert names_of(x).get("松根海尔汗区") == "Place"


@pytest.mark.parametrize("sentence, wrong", [
    ("扩大对俄罗斯市场出口。", "市场"),
    ("学习德国工业区建设经验。", "工业区"),
])
def test_a_common_word_after_a_country_is_no_division(sentence, wrong):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(wrong) != "Place"


def test_the_foreign_division_rule_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "与蒙古国乌兰巴托市松根海尔汗区正式缔结国际友城关系。",
                      components=components_without(["foreign_divisions"]))
    assert names_of(x).get("松根海尔汗区") != "Place"


def test_the_mouth_of_a_listed_river_is_a_place():
    x = extract_lines(CITY, "建设淮河口生态保护区。")
    assert names_of(x).get("淮河口") == "Place"


@pytest.mark.parametrize("sentence, not_name", [
    ("建制镇污水处理设施实现全覆盖,信用乡增加到9个。", "建制镇"),
    ("建制镇污水处理设施实现全覆盖,信用乡增加到9个。", "信用乡"),
    ("新建通组公路80公里、产业路120公里,建成旅游路两条。", "产业路"),
    ("成功创建省级文明城市,喜获省森林城市称号。", "文明城市"),
])
def test_classes_of_town_road_and_city_titles_are_no_place(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not_name not in names, sorted(names.items())


def test_a_city_in_a_list_closed_by_a_count_of_banks_is_no_place():
    names = names_of(extract_lines(SHAHEKOU, "大连、招商、民生3家银行进驻,协议引资20亿元。"))
    assert "大连" not in names, sorted(names.items())


def test_a_city_opening_a_trade_name_in_a_list_of_firms_is_no_place():
    names = names_of(extract_lines(SHAHEKOU, "与苏州瑞达、杭州恒信、上海远航物流集团建立战略合作关系。"))
    assert "苏州" not in names and "杭州" not in names, sorted(names.items())


@pytest.mark.parametrize("sentence", ["坚持以习近平新时代中国特色社会主义思想为指导。", "以中国式现代化全面推进强国建设。"])
def test_a_country_as_the_adjective_of_a_doctrine_is_no_place(sentence):
    assert "中国" not in names_of(extract_lines(SHAHEKOU, sentence))


def test_a_country_on_its_own_is_a_place():
    assert names_of(extract_lines(NATIONAL, "中国经济发展进入新常态。")).get("中国") == "Place"


# --- the issuer's division written with its city ------------------------------------------

def test_a_district_issuer_written_with_its_city_makes_its_own_name_a_place():
    names = names_of(extract_lines("苏州市姑苏区2023年政府工作报告", "姑苏区地区生产总值增长6%。"))
    assert names.get("姑苏区") == "Place", sorted(names.items())


def test_a_generic_sounding_home_division_is_a_place_in_its_own_report():
    names = names_of(extract_lines("济南市市中区2023年政府工作报告", "我代表市中区人民政府报告工作,市中区经济平稳增长。"))
    assert names.get("市中区") == "Place", sorted(names.items())


def test_a_generic_sounding_division_of_another_report_stays_unread():
    names = names_of(extract_lines(SHAHEKOU, "城市中区域发展不平衡。"))
    assert "市中区" not in names, sorted(names.items())


# --- numbered roads ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("完成人民一路、工业三路改造,打通断头路5条。", "人民一路"),
    ("完成人民一路、工业三路改造,打通断头路5条。", "工业三路"),
    ("完成堤防至建设二路段绿化。", "建设二路"),
])
def test_a_noun_an_ordinal_and_a_road_head_is_a_numbered_road(sentence, name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(name) == "Place", sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("我们兵分三路推进项目建设。", "兵分三路"),
    ("一路走来,我们攻坚克难。", "一路"),
    ("开辟第二路径,拓展融资渠道。", "第二路"),
])
def test_an_ordinal_and_road_head_after_no_noun_is_no_road(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not any(not_name in n for n in names), sorted(names.items())


# --- short forms in a counted list ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("推动白塔、柳溪、石门三个乡镇污水处理设施全覆盖。", "柳溪"),
    ("推动白塔、柳溪、石门三个乡镇污水处理设施全覆盖。", "白塔"),
    ("完成青岗、红星和前锋等5个村人居环境整治。", "青岗"),
])
def test_items_of_a_list_closed_by_a_count_of_townships_are_places(sentence, name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(name) == "Place", sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("大湾、青岗等蔬菜基地产出率不断提高。", "青岗"),        # no count of divisions
    ("推动白塔、柳溪、石门两个乡镇污水处理。", "白塔"),        # count does not fit the list
    ("完成改造、提升等5个村的工作。", "改造"),                  # verbs, not names
])
def test_a_list_without_a_fitting_count_of_divisions_names_no_place(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(not_name) != "Place", sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("青松镇获批2018年全国农业产业强镇。", "年全国农业产业强镇"),
    ("创新实施城镇社区“四长联防”。", "城镇社区"),
])
def test_a_title_class_or_a_class_of_community_is_no_place(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not_name not in names, sorted(names.items())


# --- a title that puts the year before 人民政府 ---------------------------------------------------

def test_a_county_of_a_title_with_the_year_before_its_government_is_its_home():
    names = names_of(extract_lines("淳安县2016年人民政府工作报告", "淳安县生产总值增长8%。"))
    assert names.get("淳安县") == "Place", sorted(names.items())


# --- the other items of a list of places sharing a head -----------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("完成红旗村、新民村和东风村人居环境整治。", "新民村"),
    ("完成青岗社区、幸福社区改造。", "幸福社区"),
    ("推进云栖路、文化路、新华路升级改造。", "新华路"),
])
def test_an_item_beside_a_headed_place_in_a_list_is_a_place_alike(sentence, name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(name) == "Place", sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("建设示范村、红旗村和贫困村。", "示范村"),
    ("建设示范村、红旗村和贫困村。", "贫困村"),
    ("开展各村、红旗村环境整治。", "各村"),
    ("新民村建设稳步推进。", "新民村"),   # alone, a stem that reads as a word names no place
])
def test_class_words_in_a_list_of_places_stay_classes(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(not_name) != "Place", sorted(names.items())


# --- a place word right after its city -------------------------------------------------------------

def test_a_place_word_after_its_city_before_an_action_is_a_place():
    names = names_of(extract_lines(SHAHEKOU, "完成株洲清水塘和本区园区污染治理。"))
    assert names.get("清水塘") == "Place", sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("包商银行培训中心、呼伦贝尔大饭店等酒店主体完工。", "大饭店"),   # a built thing
    ("实施呼伦贝尔古城、某某遗址公园提升工程。", "古城"),
])
def test_a_built_thing_after_a_city_is_no_place_of_its_own(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(not_name) != "Place", sorted(names.items())


def test_a_mountain_before_its_slope_is_a_place():
    names = names_of(extract_lines(SHAHEKOU, "重点推动天山北坡绿色发展。"))
    assert names.get("天山") == "Place", sorted(names.items())


# --- veto: the own country as the scope of a name (invented sentences) ------------------------

@pytest.mark.parametrize("sentence", [
    "首届中国国际青瓷博览会在我市成功举办。",
    "成功举办首届中国青溪稻香节等活动。",
    "成功举办2023中国(江南)国际茶叶交易会。",
    "我县成功创建中国青梅之乡,获评中国县域经济百强县。",
    "全力推进美丽中国建设,为建设美丽中国贡献力量。",
    "热烈庆祝新中国成立70周年。",
    "园区企业入围中国民营企业500强。",
])
def test_the_own_country_as_the_scope_of_a_name_is_no_place(sentence):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get("中国") != "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence", [
    "中国经济长期向好的基本面没有改变。",
    "我们隆重纪念中国人民抗日战争胜利70周年。",
    "中国愿与各国一道,共同应对气候变化。",
    "中国节能环保产业规模持续扩大。",
    "向关心和支持中国现代化建设的各国朋友表示感谢。",
])
def test_the_country_standing_alone_stays_a_place(sentence):
    assert names_of(extract_lines(NATIONAL, sentence)).get("中国") == "Place"


@pytest.mark.parametrize("sentence", [
    "全力打造“中国木雕城”这一品牌。",             # the country opens a quoted name
    "新入驻中国太保、中国人保等企业20余家。",       # items of a list of firms
])
def test_the_country_scope_veto_reads_quoted_names_and_firm_lists(sentence):
    from helpers import document
    from kg.extract import places
    from kg.extract.components import context
    from kg.extract.pipeline import run

    doc = run(document(HAILAR_2013, sentence), components=components_without(["country_scopes"]))
    ctx = context(doc)
    countries = [c for c in doc._.candidates if c.rule == "place:gazetteer:country"]
    assert countries and all(places.country_scope(ctx, c) for c in countries)


def test_the_country_scope_veto_can_be_switched_off():
    sentence = "首届中国国际青瓷博览会在我市成功举办。"
    x = extract_lines(HAILAR_2013, sentence, components=components_without(["country_scopes"]))
    assert names_of(x).get("中国") == "Place"


def test_a_country_name_ending_in_guo_takes_no_second_guo():
    x = extract_lines(HAILAR_2013, "首届中国国际青瓷博览会在我市成功举办。",
                      components=components_without(["country_scopes"]))
    assert "中国国" not in names_of(x)
    assert names_of(extract_lines(HAILAR_2013, "与蒙古国开展经贸合作。")).get("蒙古国") == "Place"


# --- the issuer's own district that the gazetteer does not list ---------------------------------

def test_an_unlisted_district_of_a_known_city_in_the_title_is_a_place():
    x = extract_lines("苏州市青苇区2013年政府工作报告", "青苇区人民政府区长", "过去一年,青苇区经济平稳增长。")
    assert names_of(x).get("青苇区") == "Place", sorted(names_of(x).items())


def test_an_unlisted_county_whose_name_opens_with_a_size_word_is_a_place():
    x = extract_lines("大苇县2013年政府工作报告", "——在大苇县第十届人民代表大会上", "过去一年,大苇县经济平稳增长。")
    assert names_of(x).get("大苇县") == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("title", ["新城区2013年政府工作报告", "老城区2013年政府工作报告", "新区2013年政府工作报告"])
def test_an_unlisted_issuer_made_of_generic_words_is_no_place(title):
    x = extract_lines(title, "过去一年,全区经济平稳增长。")
    rules = {r for e in x.entities for r in e.rules}
    assert "place:home:unknown" not in rules, sorted(names_of(x).items())


@pytest.mark.parametrize("title", [
    "苏州市姑苏区2013年政府工作报告",   # a listed district: the gazetteer's own match
    "江城市青苇区2013年政府工作报告",   # no known parent: not read as one name
])
def test_the_unlisted_district_rule_reads_only_an_unknown_part_under_a_known_parent(title):
    x = extract_lines(title, "过去一年,全区经济平稳增长。")
    rules = {r for e in x.entities for r in e.rules}
    assert "place:home:unknown" not in rules, sorted(names_of(x).items())


# --- a named cooperation zone (合作区) is a zone ---------------------------------------------------

def test_a_named_cooperation_zone_is_a_place():
    x = extract_lines(HAILAR_2013, "全力支持服务青溪甬港深度合作区建设,加快推进两地规则衔接。")
    assert names_of(x).get("青溪甬港深度合作区") == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("推进边境经济合作区、境外经贸合作区建设。", "边境经济合作区"),
    ("推进边境经济合作区、境外经贸合作区建设。", "境外经贸合作区"),
])
def test_a_kind_of_cooperation_zone_is_no_place(sentence, wrong):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(wrong) != "Place"


def test_a_rare_character_opening_a_name_stays_in_it():
    # jieba tags a rare character 'g' (a morpheme): it is no word boundary of the name
    x = extract_lines(HAILAR_2013, "涔青河水库、白石水库等工程竣工。")
    assert "青河水库" not in names_of(x), sorted(names_of(x).items())


# --- a township's short form before its institution or works (county-level home only) --------------

GUSU = "苏州市姑苏区2020年政府工作报告"


@pytest.mark.parametrize("sentence, place", [
    ("双塔司法所获评全国先进司法所。", "双塔"),
    ("白洋湾污水处理厂建成投用,金阊卫生院完成改造。", "白洋湾"),
    ("白洋湾污水处理厂建成投用,金阊卫生院完成改造。", "金阊"),
])
def test_a_township_short_form_before_its_institution_is_a_place(sentence, place):
    x = extract_lines(GUSU, sentence)
    assert names_of(x).get(place) == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("title, sentence, wrong", [
    (GUSU, "双塔小学新校区投入使用。", "双塔"),                  # schools are named after many things
    (GUSU, "双塔的司法所获评先进。", "双塔"),                    # no name: the institution is not named by it
    ("苏州市2020年政府工作报告", "双塔司法所获评全国先进司法所。", "双塔"),  # a city's many townships: no
])
def test_no_township_short_form_without_its_institution_under_its_own_county(title, sentence, wrong):
    x = extract_lines(title, sentence)
    rules = {r for e in x.entities for r in e.rules}
    assert "place:township-modifier" not in rules, sorted(names_of(x).items())


def test_the_township_modifier_rule_can_be_switched_off():
    x = extract_lines(GUSU, "双塔司法所获评全国先进司法所。",
                      components=components_without(["township_modifiers"]))
    assert names_of(x).get("双塔") != "Place"


# --- named industrial zones, scope words and compass roads ---------------------------------------

def test_a_named_industrial_zone_is_a_place():
    x = extract_lines(HAILAR_2013, "青苇河工业区幸福学校建成投用。")
    names = names_of(x)
    assert names.get("青苇河工业区") == "Place", sorted(names.items())


def test_a_kind_of_industrial_zone_is_no_place():
    assert names_of(extract_lines(HAILAR_2013, "推动化工工业区转型升级。")).get("化工工业区") != "Place"


def test_a_scope_word_before_a_road_is_no_part_of_its_name():
    x = extract_lines(HAILAR_2013, "市区青松大道改造全面完成。")
    names = names_of(x)
    assert names.get("青松大道") == "Place" and "市区青松大道" not in names, sorted(names.items())


def test_a_road_whose_compass_part_jieba_reads_as_a_word_keeps_its_whole_name():
    # jieba reads 东路 as one place word: 金穗|东路
    x = extract_lines(HAILAR_2013, "金穗东路改造完成。")
    names = names_of(x)
    assert names.get("金穗东路") == "Place" and "东路" not in names, sorted(names.items())


@pytest.mark.parametrize("sentence", [
    "上榜2019中国最美县域榜单。",
    "荣登中国百强县榜单。",
])
def test_the_country_after_a_ranking_verb_and_its_year_is_the_titles_scope(sentence):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get("中国") != "Place"


def test_the_country_after_a_ranking_verb_far_before_stays():
    x = extract_lines(HAILAR_2013, "上榜名单公布后,中国经济持续回升。")
    assert names_of(x).get("中国") == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("加大对深度贫困地区的投入。", "深度贫困地区"),
    ("向边远地区倾斜。", "边远地区"),
    ("青苇铁海联运班列常态化运营。", "青苇铁海"),
])
def test_an_area_named_by_its_condition_or_a_mode_of_carriage_is_no_place(sentence, wrong):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(wrong) != "Place"


def test_a_named_sea_area_stays_a_place():
    x = extract_lines(HAILAR_2013, "推进青苇湾和碧波海开发。")
    assert names_of(x).get("青苇湾") == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, place", [
    ("开通海拉尔至乌兰巴托的跨境公路运输。", "乌兰巴托"),
    ("新开通兰州至伊尔库茨克公铁联运国际货运班列。", "伊尔库茨克"),
])
def test_the_far_end_of_a_route_from_a_known_place_is_a_place(sentence, place):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get(place) == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("海拉尔至张伟同志的慰问信。", "张伟"),          # no route word after it
    ("兰州至今已建成公路网。", "今已"),
])
def test_no_route_end_without_a_route_word_or_a_name_word(sentence, wrong):
    x = extract_lines(HAILAR_2013, sentence)
    assert "place:route-end" not in {r for e in x.entities for r in e.rules}, sorted(names_of(x).items())


def test_the_route_end_rule_can_be_switched_off():
    x = extract_lines(HAILAR_2013, "开通海拉尔至乌兰巴托的跨境公路运输。", components=components_without(["route_ends"]))
    assert "place:route-end" not in {r for e in x.entities for r in e.rules}


# --- round 4: classes, kinds of road, source regions, zone short forms ------------------------

COUNTY = "青溪县2020年政府工作报告"


@pytest.mark.parametrize("sentence, wrong", [
    ("2019年全旗地区生产总值增长5.2%。", "全旗地区"),
    ("白塔镇是江南百强镇之一。", "百强镇"),
    ("开通夜间步行街,繁荣夜间经济。", "夜间步行街"),
    ("走好新的奋斗路,不断夺取新胜利。", "奋斗路"),
    ("走好新的创业路,不断夺取新胜利。", "创业路"),
    ("白塔苏木通了柏油路,铺设沥青路5公里。", "柏油路"),
    ("白塔苏木通了柏油路,铺设沥青路5公里。", "沥青路"),
])
def test_a_class_a_kind_of_street_or_a_figure_is_no_place(sentence, wrong):
    places = [n for n, t in names_of(extract_lines(COUNTY, sentence)).items() if t == "Place"]
    assert not any(wrong in n for n in places), places


@pytest.mark.parametrize("sentence, name", [
    ("完成东环城路、青松街改造,打通断头路。", "东环城路"),
    ("白塔镇是江南百强镇之一。", "白塔镇"),
    ("新建的环城路小学投入使用。", "环城路"),
])
def test_a_named_road_or_town_beside_those_stays(sentence, name):
    assert names_of(extract_lines(COUNTY, sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence, name", [
    ("推进淮河源、白塔湖生态保护,完成植树造林。", "淮河源"),
    ("实施四江源生态保护和建设工程。", "四江源"),
    ("青溪经开区、白塔综保区获评全省先进园区。", "青溪经开区"),
    ("青溪经开区、白塔综保区获评全省先进园区。", "白塔综保区"),
    ("主动融入宜昌城市圈建设。", "宜昌城市圈"),
])
def test_a_source_region_a_zone_short_form_and_a_city_ring_are_places(sentence, name):
    assert names_of(extract_lines(COUNTY, sentence)).get(name) == "Place"


def test_a_river_before_a_longer_word_keeps_its_name():
    names = names_of(extract_lines(COUNTY, "开展淮河源头水质监测。"))
    assert "淮河源" not in names


@pytest.mark.parametrize("sentence, name", [
    ("完成国道101线青溪段路面改造。", "国道101线"),
    ("完成省道88线南京段路面改造。", "省道88线南京段"),
    ("完成省道88线南京段路面改造。", "南京"),
    ("江城南站、宜昌东站周边改造全面完成。", "宜昌东站"),
    ("桥头村入选全国乡村旅游重点村,青松社区获评省级文明社区。", "桥头村"),
    ("大渤海石化工业区全面启动。", "大渤海石化工业区"),
])
def test_highways_stations_honoured_villages_and_a_zone_after_da_are_places(sentence, name):
    assert names_of(extract_lines(COUNTY, sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence, wrong", [
    ("示范村入选省级名单,文明社区获评先进单位。", "示范村"),
    ("示范村入选省级名单,文明社区获评先进单位。", "文明社区"),
    ("推进美丽村、重点村建设。", "美丽村"),
    ("大渤海石化工业区全面启动。", "渤海"),
    ("我们站在新的起点上,2个村入选名单。", "我们站"),
])
def test_class_villages_and_a_sea_inside_a_zone_are_no_places(sentence, wrong):
    assert wrong not in names_of(extract_lines(COUNTY, sentence))


def test_the_new_place_rules_can_be_switched_off():
    off = components_without(["numbered_highways", "stations", "honoured_villages"])
    x = names_of(extract_lines(COUNTY, "完成国道101线改造,宜昌东站建成。", components=off))
    assert "国道101线" not in x and "宜昌东站" not in x, x
    x = names_of(extract_lines(COUNTY, "桥头村入选全国乡村旅游重点村。", components=off))
    assert "桥头村" not in x, x


def test_the_count_closing_a_list_of_villages_stays_out_of_the_last_one():
    names = names_of(extract_lines(COUNTY, "东岳村、西岭村、南坪村3个村纳入试点。"))
    assert names.get("南坪村") == "Place" and not any("个村" in n for n in names), names
    off = components_without(["counted_places"])
    assert "南坪村3个村" in names_of(extract_lines(COUNTY, "东岳村、西岭村、南坪村3个村纳入试点。", components=off))


@pytest.mark.parametrize("sentence, name, kind", [
    ("中国(湖南)自由贸易试验区挂牌运行。", "中国(湖南)自由贸易试验区", "Place"),
    ("白塔、石门、柳溪等镇特色园区加快建设。", "白塔", "Place"),
    ("白塔、石门、柳溪等镇特色园区加快建设。", "柳溪", "Place"),
    ("完成208国道改造。", "208国道", "Place"),
    ("温泉新城建设顺利推进。", "温泉新城", "Project"),
])
def test_bracketed_zones_listed_towns_number_first_roads_and_new_towns(sentence, name, kind):
    assert names_of(extract_lines(COUNTY, sentence)).get(name) == kind


@pytest.mark.parametrize("sentence, wrong", [
    ("中国(湖南)自由贸易试验区挂牌运行。", "中国"),
    ("引导社会组织参与居家养老、文化活动等社区事务。", "文化活动"),
    ("推动示范、重点等乡镇加快发展。", "重点"),
    ("启动新城区建设,创新城建管理机制。", "新城区"),
    ("全力建设新城。", "新城"),
    ("白鹭湖湿地公园对公众开放。", "白鹭湖湿地"),
    ("实施青江流域水库群联合调度。", "青江流域水库"),
    ("白沙江医药生产许可证由B转A。", "白沙江"),
    ("中国最美县城建设扎实推进。", "中国"),
])
def test_no_place_in_a_ranking_a_park_a_basin_a_firm_or_a_bare_new_town(sentence, wrong):
    assert wrong not in names_of(extract_lines(COUNTY, sentence))


def test_a_bracketed_place_in_an_event_name_makes_no_zone():
    names = names_of(extract_lines(COUNTY, "举办首届中国(湖南)茶业博览会。"))
    assert names.get("中国(湖南)茶业博览会") != "Place" and "中国" not in names, names


def test_the_zone_list_and_new_town_rules_can_be_switched_off():
    off = components_without(["bracketed_zones", "listed_town_short_places", "new_towns"])
    for sentence, name in (("中国(湖南)自由贸易试验区挂牌运行。", "中国(湖南)自由贸易试验区"),
                           ("白塔、石门、柳溪等镇特色园区加快建设。", "白塔"), ("温泉新城建设顺利推进。", "温泉新城")):
        assert name not in names_of(extract_lines(COUNTY, sentence, components=off))


def test_a_theme_town_is_a_project_that_is_also_a_place():
    names = names_of(extract_lines(COUNTY, "总投资50亿元的青松科创小镇开工建设,白塔镇获评卫生镇。"))
    assert names.get("青松科创小镇") == "Project" and names.get("白塔镇") == "Place", names


def test_an_expressway_named_by_city_initials_names_no_lake():
    names = names_of(extract_lines(COUNTY, "杭青湖高速西延加快推进,加强白鹭湖保护。"))
    assert "杭青湖" not in names and names.get("白鹭湖") == "Place", names


@pytest.mark.parametrize("sentence, wrong", [
    ("完成3000亩青山绿化工程。", "3000亩青山"),
    ("建成12公里滨河湿地绿廊。", "12公里滨河湿地"),
])
def test_a_measure_inside_makes_no_place_name(sentence, wrong):
    assert wrong not in names_of(extract_lines(COUNTY, sentence))
    off = components_without(["counted_places"])
    assert wrong in names_of(extract_lines(COUNTY, sentence, components=off))


# --- veto: below the national level the own country glued to a name is its scope (invented) ---

@pytest.mark.parametrize("sentence", [
    "中国青溪信息中心正式启用。",                 # a body
    "位列中国县级市青溪指数第四位。",              # a ranking
    "以建设中国五个青溪大县为目标。",              # a goal
])
def test_a_local_report_names_its_country_only_as_a_scope(sentence):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get("中国") != "Place", sorted(names_of(x).items())


def test_a_national_report_keeps_its_country_glued_to_a_noun():
    assert names_of(extract_lines(NATIONAL, "中国装备走出去取得突破。")).get("中国") == "Place"


# --- 地区 opening an indicator, a city's full name opening a district (invented) -------------

def test_the_area_of_the_regional_gdp_is_no_place_head():
    names = names_of(extract_lines(HAILAR_2013, "预计青溪区地区生产总值增长8%。"))
    assert "青溪区地区" not in names, sorted(names.items())


def test_a_city_full_name_before_a_new_district_is_its_own_place():
    names = names_of(extract_lines(HAILAR_2013, "杭州市青溪新区开发建设全面提速。"))
    assert "杭州市青溪新区" not in names and names.get("青溪新区") == "Place", sorted(names.items())


# --- a verb of flow glued to a water head (入湖, 入河) ends no name -------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("减少面源污染,实现清水入湖1200万方。", "清水入湖"),
    ("确保松溪河入河排污口整治率达到100%。", "松溪河入河"),  # jieba: 松溪|河入|河
    ("确保青岚河入河排污口整治率达到100%。", "青岚河入河"),  # jieba: 青岚河|入河
    ("推进污水入江排查,实现清水入江。", "清水入江"),
])
def test_water_flowing_into_a_lake_or_river_is_no_place(sentence, wrong):
    assert wrong not in names_of(extract_lines(HAILAR_2013, sentence))


def test_the_river_before_its_inflow_stays_a_place():
    assert names_of(extract_lines(HAILAR_2013, "确保青岚河入河排污口整治率达到100%。")).get("青岚河") == "Place"


@pytest.mark.parametrize("name", ["青汇河", "松溪入海河"])
def test_a_water_name_with_a_flow_character_inside_stays_a_place(name):
    x = extract_lines(HAILAR_2013, f"实施{name}综合治理,改善{name}水质。")
    assert names_of(x).get(name) == "Place", sorted(names_of(x).items())


# --- a sector word and an epithet before 镇/村 make a class in a slogan (产业强镇) ------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("全力打造更高质量的产业强镇。", "产业强镇"),
    ("青苇镇是人口大镇、农业重镇和文旅名镇。", "人口大镇"),
    ("青苇镇是人口大镇、农业重镇和文旅名镇。", "农业重镇和文旅名镇"),
    ("建设经济强村,壮大集体经济。", "经济强村"),
])
def test_an_epithet_of_rank_after_a_sector_word_is_no_town(sentence, wrong):
    x = extract_lines(HAILAR_2013, sentence)
    assert wrong not in names_of(x), sorted(names_of(x).items())


def test_a_town_whose_one_character_stem_precedes_the_epithet_stays_a_place():
    x = extract_lines(HAILAR_2013, "青强镇完成污水管网改造。")
    assert names_of(x).get("青强镇") == "Place", sorted(names_of(x).items())


def test_the_town_itself_stays_a_place_beside_its_epithets():
    x = extract_lines(HAILAR_2013, "青苇镇是人口大镇、农业重镇和文旅名镇。")
    assert names_of(x).get("青苇镇") == "Place", sorted(names_of(x).items())


# --- an area's unit glued into a name measures works (2.4平方公里|某片区) ---------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("启动2.4平方公里青苇片区综合改造。", "2.4平方公里青苇片区"),
    ("改造1.2万平方米青苇社区。", "1.2万平方米青苇社区"),
    ("建成300公顷青苇湿地。", "300公顷青苇湿地"),
])
def test_an_area_inside_a_place_name_measures_works(sentence, wrong):
    x = extract_lines(HAILAR_2013, sentence)
    assert wrong not in names_of(x), sorted(names_of(x).items())


def test_a_span_opened_by_the_unit_of_a_figure_before_it_is_no_place():
    from kg.extract.pipeline import Candidate
    from kg.extract.places import counted_place

    class Ctx:
        text = "城市更新取得突破,2.4平方公里卫青苇片区综合改造全面启动。"
    start = Ctx.text.index("平方公里")
    assert counted_place(Ctx, Candidate(start, Ctx.text.index("综合"), "Place", "place:head:片区", 0.7))
    name = Ctx.text.index("卫青苇")
    assert not counted_place(Ctx, Candidate(name, Ctx.text.index("综合"), "Place", "place:head:片区", 0.7))


# --- a county of the issuer's prefecture written short before a firm's project -------------------

SHIJIAZHUANG = "石家庄市2021年政府工作报告"


@pytest.mark.parametrize("sentence, name", [
    ("平山青松新材料、赞皇白塔机械等项目竣工投产。", "平山"),       # no short form in the gazetteer
    ("平山青松新材料、赞皇白塔机械等项目竣工投产。", "赞皇"),
    ("重点项目加快建设;行唐青松食品等京津转移项目落地。", "行唐"),   # item closed by 等
])
def test_a_county_of_the_own_prefecture_opening_a_list_item_is_a_place(sentence, name):
    x = extract_lines(SHIJIAZHUANG, sentence)
    assert names_of(x).get(name) == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("title, sentence, wrong", [
    ("苏州市2020年政府工作报告", "平山青松新材料、赞皇白塔机械等项目竣工投产。", "平山"),  # another prefecture's county
    (SHIJIAZHUANG, "推进平山青松新材料等项目建设。", "平山"),          # inside a clause, not opening an item
    (SHIJIAZHUANG, "完成新华路改造、裕华路拓宽等工程。", "新华"),      # a road named after the district
    (SHIJIAZHUANG, "平山青松新材料项目竣工投产。", "平山"),            # no list: the item is not closed
])
def test_no_county_short_form_outside_an_item_of_its_prefectures_list(title, sentence, wrong):
    x = extract_lines(title, sentence)
    assert not any(e.name == wrong and "place:county-modifier" in e.rules for e in x.entities), \
        sorted(names_of(x).items())


def test_the_county_modifier_rule_can_be_switched_off():
    x = extract_lines(SHIJIAZHUANG, "平山青松新材料、赞皇白塔机械等项目竣工投产。",
                      components=components_without(["county_modifiers"]))
    assert names_of(x).get("平山") != "Place"


# --- a township of the issuer's own county written short at the start of a list item -------------

def test_a_township_of_the_own_county_opening_a_list_item_is_a_place():
    x = extract_lines(GUSU, "年内建成12个产业项目：金阊青松旅游、双塔产业孵化基地等。")
    names = names_of(x)
    assert names.get("金阊") == "Place" and names.get("双塔") == "Place", sorted(names.items())


@pytest.mark.parametrize("title, sentence, wrong", [
    ("苏州市2020年政府工作报告", "实施白洋湾青松旅游、双塔产业孵化基地等项目。", "双塔"),  # a city's many townships
    (GUSU, "白洋湾药业、双塔产业孵化基地等企业扩产。", "白洋湾"),        # a firm named after the township
    (GUSU, "推进双塔产业孵化基地等项目。", "双塔"),                    # inside a clause, not opening an item
    (GUSU, "实施了标准化幼儿园、双塔小学新建、南门中学等14个项目。", "双塔"),  # a school named after it
])
def test_no_township_item_outside_its_own_countys_list(title, sentence, wrong):
    x = extract_lines(title, sentence)
    assert not any(e.name == wrong and "place:township-item" in e.rules for e in x.entities), \
        sorted(names_of(x).items())


def test_an_everyday_word_names_no_township_item():
    from kg.extract.words import everyday_word as _everyday_word

    assert _everyday_word("健康") and not _everyday_word("白洋湾")


def test_the_township_item_rule_can_be_switched_off():
    x = extract_lines(GUSU, "实施白洋湾青松旅游、双塔产业孵化基地等12个产业扶贫项目。",
                      components=components_without(["township_items"]))
    assert names_of(x).get("双塔") != "Place"


@pytest.mark.parametrize("text, item, vetoed", [
    # two towns joined by 和, a designation between them: two places, not one
    ("重点突出青松镇省定示范镇和白石镇、红岩乡建设。", "青松镇省定示范镇和白石镇", True),
    ("支持青松镇与白石镇联动发展。", "青松镇与白石镇", True),
    # 和 opening a word is no conjunction; a division inside another is one name
    ("和平路改造完成。", "和平路", False),
    ("江城市松溪区加快发展。", "江城市松溪区", False),
])
def test_a_place_read_over_a_conjunction_is_no_place(text, item, vetoed):
    from kg.extract.pipeline import Candidate
    from kg.extract.places import joined_places
    from kg.extract.words import Words

    class Ctx:
        pass
    Ctx.text, Ctx.words = text, Words.from_text(text)
    start = text.index(item)
    assert joined_places(Ctx, Candidate(start, start + len(item), "Place", "enumeration:list", 0.6)) is vetoed
    assert not joined_places(Ctx, Candidate(start, start + len(item), "Project", "x", 0.6))


# --- a division written with the division it lies in ---------------------------------------------

def _place(extraction, name):
    return next((e for e in extraction.entities if e.name == name and e.type == "Place"), None)


@pytest.mark.parametrize("title, sentence, name, written", [
    ("绍兴市越城区2021年政府工作报告", "越城区生产总值增长8%。", "越城区", "绍兴市越城区"),
    ("绍兴市越城区2021年政府工作报告", "与绍兴市柯桥区签订合作协议。", "柯桥区", "绍兴市柯桥区"),
    (SHAHEKOU, "赴江西省九江市考察。", "九江市", "江西省九江市"),
])
def test_a_division_written_with_its_upper_division_has_the_joined_form_as_alias(title, sentence, name, written):
    x = extract_lines(title, sentence)
    place = _place(x, name)
    assert place is not None and written in place.aliases, sorted(names_of(x).items())
    assert written not in names_of(x)  # no entity of its own


def test_the_upper_division_of_a_joined_form_stays_a_place():
    x = extract_lines("绍兴市越城区2021年政府工作报告", "越城区生产总值增长8%。")
    assert _place(x, "绍兴市") is not None, sorted(names_of(x).items())


@pytest.mark.parametrize("title, sentence, name, not_alias", [
    (SHAHEKOU, "与宜昌市越城区签订合作协议。", "越城区", "宜昌市越城区"),  # not its city
    (SHAHEKOU, "改造绍兴市越城路。", "越城路", "绍兴市越城路"),        # a road named after it
])
def test_a_division_next_to_a_division_it_is_not_in_gets_no_joined_alias(title, sentence, name, not_alias):
    x = extract_lines(title, sentence)
    assert not any(not_alias in e.aliases for e in x.entities), [(e.name, e.aliases) for e in x.entities]


def test_division_paths_can_be_switched_off():
    x = extract_lines("绍兴市越城区2021年政府工作报告", "越城区生产总值增长8%。",
                      components=components_without(["division_paths"]))
    place = _place(x, "越城区")
    assert place is None or "绍兴市越城区" not in place.aliases


# --- a place opening an oil or petrochemical firm's name --------------------------------------------

@pytest.mark.parametrize("sentence, not_place", [
    ("九江石化炼油项目调整优化方案获批。", "九江"),
    ("宜昌炼化总厂、青松电厂检修停产。", "宜昌"),
    ("绍兴油田新区块投产。", "绍兴"),
])
def test_a_place_opening_an_oil_firm_is_no_place(sentence, not_place):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(not_place) != "Place", sorted(names.items())


@pytest.mark.parametrize("sentence, place", [
    ("九江石化产业增加值增长12%。", "九江"),     # the place's industry
    ("推进九江石化工业区建设。", "九江石化工业区"),  # a zone of the trade
    ("九江石化行业稳步发展。", "九江"),          # the place's trade
])
def test_a_place_before_its_oil_industry_stays_a_place(sentence, place):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(place) == "Place", sorted(names.items())


def test_the_oil_firm_veto_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "九江石化炼油项目调整优化方案获批。", components=components_without(["oil_firm_places"]))
    assert names_of(x).get("九江") == "Place", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("加快建设金桥中心商贸集聚区。", "金桥中心商贸集聚区"),
    ("建成柳湾电子商务集聚区,引进电商企业20家。", "柳湾电子商务集聚区"),
])
def test_a_named_cluster_zone_is_a_place(sentence, name):
    assert names_of(extract_lines("江城县2020年政府工作报告", sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence", [
    "完成现代服务业集聚区建设三年行动。",
    "入选首批国家级夜间文旅消费集聚区。",
])
def test_a_cluster_zone_class_is_no_place(sentence):
    assert not any(n.endswith("集聚区") for n in names_of(extract_lines("江城县2020年政府工作报告", sentence)))


@pytest.mark.parametrize("sentence, name", [
    ("完成柳湾新河堤防加固。", "柳湾新河"),
    ("打赢了金桥新河、江柳河防汛战。", "金桥新河"),
])
def test_a_new_river_after_a_proper_word_is_one_name(sentence, name):
    assert names_of(extract_lines("江城县2020年政府工作报告", sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence", ["实施城区新河综合整治。", "推进新河综合治理。"])
def test_a_new_river_after_a_scope_or_alone_is_no_name(sentence):
    assert not any(n.endswith("新河") for n in names_of(extract_lines("江城县2020年政府工作报告", sentence)))


@pytest.mark.parametrize("sentence, name", [
    ("充分把握甲南自贸港建设重大机遇。", "甲南自贸港"),
    ("加快建设甲南自由贸易港。", "甲南自由贸易港"),
])
def test_a_named_free_trade_port_is_a_place(sentence, name):
    assert names_of(extract_lines("江城市2020年政府工作报告", sentence)).get(name) == "Place"


def test_a_bare_free_trade_port_is_no_place():
    assert "自由贸易港" not in names_of(extract_lines("江城市2020年政府工作报告", "以自由贸易港建设引领高质量发展。"))


# --- a place's own word glued before a water name: two names ------------------------------------

@pytest.mark.parametrize("sentence, place, wrong", [
    ("总投资80亿元的麟游碧河抽水蓄能电站获得核准。", "麟游", "麟游碧河"),       # a county and its river
    ("青松洲湘江大桥建成通车。", "湘江", "青松洲湘江"),                     # a place word before a listed river
    ("推进洱源县碧波湖保护治理。", "碧波湖", "洱源县碧波湖"),                # a county's full name before a lake
])
def test_a_place_word_before_a_water_name_is_a_place_of_its_own(sentence, place, wrong):
    found = names_of(extract_lines("宝鸡市2023年政府工作报告", sentence))
    assert found.get(place) == "Place" and wrong not in found


@pytest.mark.parametrize("sentence, name", [
    ("加强嘉陵江水生态保护。", "嘉陵江"),            # the district names the river
    ("完成永定河综合治理。", "永定河"),
    ("保护雅鲁藏布江生态环境。", "雅鲁藏布江"),          # one dictionary word
])
def test_a_river_named_by_a_place_stays_whole(sentence, name):
    assert names_of(extract_lines("江城市2023年政府工作报告", sentence)).get(name) == "Place"


@pytest.mark.parametrize("sentence, kept, wrong", [
    ("完成青松路、白杨路和农村公路安全防护工程。", "白杨路", "农村公路"),     # a class of road after the list
    ("打通产业路、青松路断头路。", "青松路", "产业路"),                     # a class of road before it
])
def test_a_class_of_road_beside_a_named_road_is_no_sibling(sentence, kept, wrong):
    found = names_of(extract_lines("江城市2023年政府工作报告", sentence))
    assert found.get(kept) == "Place" and found.get(wrong) != "Place"


@pytest.mark.parametrize("sentence", [
    "我市成为全国地级市中首个海洋经济先行示范区,",
    "我县成为全省县域中首个绿色发展先行示范区。",
])
def test_an_ordinal_of_being_first_makes_a_title_not_a_place(sentence):
    found = names_of(extract_lines("江城市2023年政府工作报告", sentence))
    assert not any(("首个" in n or "唯一" in n) and t == "Place" for n, t in found.items()), found
