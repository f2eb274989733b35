"""kg/extract/enumerations.py: the items of “A、B等项目” and of counted lists, pinned
with real sentences of the bundled reports and hard negatives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import HAILAR_2013, NATIONAL, SHAHEKOU, extract_lines, names_of, surface_forms  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402

HAILAR_2014 = "海拉尔区2014年政府工作报告"


@pytest.mark.parametrize("sentence, name", [
    # 等项目 followed by a noun or adverb (全面, 进展) still closes the list
    ("古纳河酒业二期、麦福劳公司综合技改、蒙西商品砼等项目全面完工。", "蒙西商品砼"),
    ("大唐700万吨露天煤矿、400万吨褐煤提质、5万千瓦风电等项目进展顺利。", "大唐700万吨露天煤矿"),
    ("确保雪花、亘富、万家惠等在建项目尽早建成投产，维多利、时代广场、中网科技云计算等拟建项目尽快开工建设。",
     "中网科技云计算"),
])
def test_items_of_a_project_list_without_a_head_noun(sentence, name):
    x = extract_lines(HAILAR_2013, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x))


def test_an_item_between_two_commas_is_whole():
    """The chunker stops at 综合 (a verbal noun); the commas say where the item is."""
    x = extract_lines(HAILAR_2013, "古纳河酒业二期、麦福劳公司综合技改、蒙西商品砼等项目全面完工。")
    assert names_of(x).get("麦福劳公司综合技改") == "Project"
    assert "技改" not in surface_forms(x)


def test_a_counted_class_noun_types_its_items_whatever_follows():
    x = extract_lines(HAILAR_2013, "解决芳园、天润等8个社区办公用房问题。")
    assert (names_of(x).get("芳园"), names_of(x).get("天润")) == ("Place", "Place")


def test_an_action_after_a_named_building_is_cut():
    x = extract_lines(HAILAR_2013, "投资4.5亿元实施了标准化幼儿园、呼伦小学新建、南开路中学等14个项目。")
    assert names_of(x).get("呼伦小学") == "Project"
    assert not surface_forms(x) & {"呼伦小学新建", "幼儿园", "标准化幼儿园"}


@pytest.mark.parametrize("title, sentence, not_names", [
    # the count must be followed by the class noun: 3处遗址…国家级 names no country
    (HAILAR_2014, "哈克、团结等3处遗址被列为国家级重点文物保护单位。", {"哈克", "团结"}),
    # unnamed facilities in a list of public projects
    (HAILAR_2014, "重点实施自治区冬季项目体育场馆、社区卫生服务中心、第三中学分校及标准化中学、幼儿园等公共公益项目。",
     {"社区卫生服务中心", "标准化中学", "幼儿园"}),
    # descriptive items before 等项目建设 need a proper noun
    ("海拉尔区2012年政府工作报告", "重点实施无公害、反季节蔬菜基地等项目建设。", {"反季节蔬菜基地", "无公害"}),
])
def test_enumeration_hard_negatives(title, sentence, not_names):
    assert not surface_forms(extract_lines(title, sentence)) & not_names


def test_national_projects_listed_before_dengxiangmu():
    x = extract_lines(NATIONAL, "载人航天、探月工程、深海探测等项目达到世界先进水平。")
    assert names_of(x).get("探月工程") == "Project"


def test_items_of_areas_are_places():
    x = extract_lines(HAILAR_2013, "完成工人新村、幸福村等条件较差区域的供水、垃圾中转、路灯等基础设施工程。")
    assert (names_of(x).get("工人新村"), names_of(x).get("幸福村")) == ("Place", "Place")


def test_common_words_for_roads_are_no_area():
    x = extract_lines(HAILAR_2014, "集中力量在主干道路和出口道路等区域开展环境整治。")
    assert not surface_forms(x) & {"主干道路", "出口道路"}


@pytest.mark.parametrize("sentence, name", [
    ("加快世纪天伦、嘉世豪等酒店星级创评工作，提高旅游接待能力。", "嘉世豪"),
    ("加快万家惠农贸市场、奋斗镇地产蔬菜等大型蔬菜批发市场建设。", "万家惠农贸市场"),
])
def test_a_class_of_built_things_types_its_items_whatever_follows(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) == "Project"


def test_a_class_of_built_things_needs_named_items():
    x = extract_lines(HAILAR_2013, "加快星级、快捷等酒店星级创评工作。")
    assert not surface_forms(x) & {"星级", "快捷"}


def test_a_list_of_works_holding_one_called_engineering_is_a_list_of_projects():
    sentence = "量子通信等基础研究取得一批原创性成果，载人航天、探月工程、深海探测等项目达到世界先进水平。"
    x = extract_lines(NATIONAL, sentence)
    assert names_of(x).get("载人航天") == "Project", sorted(names_of(x))
    from kg.extract.pipeline import components_without
    x = extract_lines(NATIONAL, sentence, components=components_without(["listed_works", "enumerations", "closed_list_siblings"]))
    assert names_of(x).get("载人航天") != "Project"


@pytest.mark.parametrize("sentence, name", [
    # the first item opens the clause though its words hold a verb (创新, 包装)
    ("。青禾所协同创新研究院、江屿航电系统共性技术中心等一批重大科创项目成功落地。", "青禾所协同创新研究院"),
    # an item set off by list marks in a list of mostly named projects
    ("。青禾所协同创新研究院、江屿航电系统共性技术中心等一批重大科创项目成功落地。", "江屿航电系统共性技术中心"),
    # a bracketed phase after an item is a note, not its end
    ("。松溪包装、鹿鸣山泉石湾工厂(一期)等项目建成投产。", "鹿鸣山泉石湾工厂"),
    # town + industry closed by a zone class noun are zones, not firms
    ("。柳岗纺织、石湾陶瓷等工业集中区逐渐迈向集约化。", "柳岗纺织"),
])
def test_items_of_closed_project_lists(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) == "Project"


@pytest.mark.parametrize("sentence, not_name", [
    ("。新入驻青禾保险、江屿人寿等企业30余家。", "新入驻青禾保险"),  # a verb opens the clause
    ("。餐饮、文化等项目加快建设。", "餐饮"),  # field words
])
def test_closed_list_negatives(sentence, not_name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(not_name) != "Project"


def test_a_list_of_fields_before_projects_is_no_list_of_works():
    x = extract_lines(NATIONAL, "加强水利、能源、交通等重大项目建设。")
    assert not {"水利", "能源", "交通"} & set(names_of(x))


def test_what_follows_the_last_place_of_a_list_is_no_part_of_it():
    names = names_of(extract_lines(SHAHEKOU, "开通市区至金州、旅顺、普兰店、长海县班车,方便群众出行。"))
    assert "长海县班车" not in names, sorted(names.items())


# --- roads, lines and reservoirs listed as works (invented sentences) -------------------------

CITY = "青川市2023年政府工作报告"


@pytest.mark.parametrize("sentence, name", [
    ("先后建成松岭大道、临河快线、云台大道二期等项目。", "松岭大道"),
    ("先后建成松岭大道、临河快线、云台大道二期等项目。", "临河快线"),
    ("白鹭湾水库、青石岭水库等工程竣工或开工。", "白鹭湾水库"),
    ("白鹭湾水库、青石岭水库等工程竣工或开工。", "青石岭水库"),
    ("柳溪大道、金盘大道开工建设。", "金盘大道"),
    ("松原至海林高速公路全线贯通。", "松原至海林高速公路"),
])
def test_a_road_line_or_reservoir_listed_as_works_is_a_project(sentence, name):
    x = extract_lines(CITY, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("优化柳溪大道、金盘大道交通组织。", "金盘大道"),       # no works, no building verb: streets
    ("新建城市快速路、高速公路等项目。", "高速公路"),         # kinds of road, no name
    ("3条公路等工程完工。", "3条公路"),
    ("白鹭湾水库水质保持稳定。", "白鹭湾水库"),            # a reservoir as a place
])
def test_a_road_not_listed_as_works_is_no_project(sentence, wrong):
    x = extract_lines(CITY, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


def test_built_works_can_be_switched_off():
    from kg.extract.pipeline import components_without
    x = extract_lines(CITY, "柳溪大道、金盘大道开工建设。", components=components_without(["kg_built_works"]))
    assert names_of(x).get("金盘大道") != "Project"


# --- items between list marks named as projects or works (invented sentences) -------------------

@pytest.mark.parametrize("sentence, name", [
    ("华泰化工年产10万吨聚氨酯项目、云川新材料锂电池正极材料项目竣工投产。", "云川新材料锂电池正极材料项目"),
    ("实施东湖片区棚户区改造、西关老旧小区改造提升、滨河路提升改造等工程。", "滨河路提升改造"),
    ("开工建设松岭路、云台山隧道、柳河大桥等项目。", "松岭路"),
])
def test_an_item_between_list_marks_named_as_works_is_a_project(sentence, name):
    x = extract_lines(CITY, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("柏溪制袜、青松食品等99个项目建成投用。", "青松食品等99个项目"),   # the class noun closes the list
    ("完成松岭学校改造、柳河卫生院扩建等工程。", "松岭学校改造"),        # the school is the name
    ("推进产业项目、民生工程竣工投产。", "民生工程"),                    # kinds of works
    ("加快建设青川高铁站综合枢纽、青川港二期、临港产业园。", "枢纽"),      # a common noun is no item
])
def test_no_project_from_a_class_noun_a_building_works_or_a_kind(sentence, wrong):
    x = extract_lines(CITY, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


def test_listed_projects_can_be_switched_off():
    from kg.extract.pipeline import components_without
    x = extract_lines(CITY, "华泰化工年产10万吨聚氨酯项目、云川新材料锂电池正极材料项目竣工投产。",
                      components=components_without(["kg_listed_projects"]))
    assert names_of(x).get("云川新材料锂电池正极材料项目") != "Project"


def test_a_size_character_opening_a_longer_word_opens_a_name():
    x = extract_lines(CITY, "白鹭湾水库、大兴岭水库等工程竣工或开工。")
    assert names_of(x).get("大兴岭水库") == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("开工建设松原至海林一级公路、柳溪至白沙二级公路。", "柳溪至白沙二级公路"),
    ("建成金盘大道、临河快线。", "金盘大道"),
])
def test_roads_listed_after_a_verb_of_building_are_projects(sentence, name):
    x = extract_lines(CITY, sentence)
    assert names_of(x).get(name) == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, wrong", [
    ("新建城市快速路、高速公路。", "高速公路"),          # kinds
    ("建成3条公路、5座桥梁。", "3条公路"),
    ("优化金盘大道、临河快线交通组织。", "金盘大道"),    # no verb of building
])
def test_no_opened_works_for_kinds_counts_or_other_verbs(sentence, wrong):
    x = extract_lines(CITY, sentence)
    assert names_of(x).get(wrong) != "Project", sorted(names_of(x).items())


def test_opened_works_can_be_switched_off():
    from kg.extract.pipeline import components_without
    x = extract_lines(CITY, "开工建设柳溪至白沙二级公路。",
                      components=components_without(["kg_opened_works", "kg_built_works"]))
    assert names_of(x).get("柳溪至白沙二级公路") != "Project"


# --- lists of fields before 等…项目; lists closed by a verb of siting (invented sentences) ------

@pytest.mark.parametrize("sentence, not_name", [
    ("谋划储备交通、能源、水利、城市更新等重大基础设施项目。", "城市更新"),
    ("，做好乡村振兴、城市更新等项目。", "城市更新"),
])
def test_a_policy_word_among_fields_is_no_project(sentence, not_name):
    assert names_of(extract_lines(CITY, sentence)).get(not_name) != "Project"


def test_the_field_list_veto_can_be_switched_off():
    components = components_without(["kg_project_field_lists"])
    x = extract_lines(CITY, "谋划储备交通、能源、水利、城市更新等重大基础设施项目。", components=components)
    assert names_of(x).get("城市更新") == "Project"


def test_firm_short_names_among_works_stay_projects():
    """A field word (粮食) among firms' short names does not make the list one of fields."""
    x = extract_lines(CITY, "，推进青禾、松鹤、粮食、鹿鸣等物流项目扩建升级。")
    assert names_of(x).get("松鹤") == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, name", [
    ("。鹭旭光伏电池、越芯半导体、青禾光电智能制造产业园落地临江工业园。", "鹭旭光伏电池"),
    ("。鹭旭光伏电池、越芯半导体、青禾光电智能制造产业园落地临江工业园。", "越芯半导体"),
])
def test_items_of_a_list_closed_by_a_verb_of_siting(sentence, name):
    assert names_of(extract_lines(CITY, sentence)).get(name) == "Project", sorted(names_of(extract_lines(CITY, sentence)).items())


@pytest.mark.parametrize("sentence, not_name", [
    ("。青禾银行、松鹤保险集团、鹭洲光电智能制造产业园落地临江。", "青禾银行"),  # firms
    ("。新能源汽车、生物医药、鹭洲光电智能制造产业园落地临江。", "新能源汽车"),  # fields
    ("。推动鹭旭光伏电池、鹭洲光电智能制造产业园落地临江。", "推动鹭旭光伏电池"),  # the clause's verb
])
def test_sited_list_negatives(sentence, not_name):
    assert names_of(extract_lines(CITY, sentence)).get(not_name) != "Project"


def test_closed_list_siblings_are_their_own_switch():
    """智能网联汽车测试场 holds only common words: it is a project as a sibling of named items."""
    sentence = "。青禾所协同创新研究院、江屿航电系统共性技术中心、智能网联汽车测试场等一批重大科创项目成功落地。"
    assert names_of(extract_lines(HAILAR_2013, sentence)).get("智能网联汽车测试场") == "Project"
    off = extract_lines(HAILAR_2013, sentence, components=components_without(["kg_closed_list_siblings"]))
    assert names_of(off).get("智能网联汽车测试场") != "Project"


def test_a_list_whose_works_go_on_gives_its_set_off_items():
    x = extract_lines("某州2018年政府工作报告", "松湖、青河甘松仁托、白塔松柯河流域国家级湿地公园项目建设推进顺利。")
    assert names_of(x).get("青河甘松仁托") == "Project", sorted(names_of(x).items())


def test_works_going_on_without_a_found_last_item_give_nothing():
    x = extract_lines("某州2018年政府工作报告", "交通、能源、水利项目建设推进顺利。")
    assert not {"交通", "能源"} & set(names_of(x))


def test_a_list_of_mostly_found_projects_gives_its_other_items_late():
    """kg_project_lists: the facility rules found three items of the list; the fourth and fifth
    (a firm's product line) are projects too. Switched off, they are not."""
    sentence = "青丰电厂、华坪三期、白沙江航电枢纽、龙岗新能源商用车、金瑞智能装备等投运投产。"
    assert names_of(extract_lines(HAILAR_2013, sentence)).get("龙岗新能源商用车") == "Project"
    off = extract_lines(HAILAR_2013, sentence, components=components_without(["project_lists"]))
    assert "龙岗新能源商用车" not in names_of(off)


def test_one_found_project_among_fields_gives_nothing_late():
    x = extract_lines(HAILAR_2013, "白沙江航电枢纽、交通、水利等投运投产。")
    assert "交通" not in names_of(x) and "水利" not in names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("全年签约云腾通达储能柜组装、瑞珂实业冷链产业园等优势项目45个。", "云腾通达储能柜组装"),
    ("启动迎峰局掺混肥、隆泰管业装备制造等重点项目70个。", "迎峰局掺混肥"),
])
def test_the_first_item_after_the_verb_that_opens_the_clause(sentence, name):
    assert names_of(extract_lines(HAILAR_2013, sentence)).get(name) == "Project"


def test_a_clause_verb_that_opens_no_project_list_keeps_its_object_out():
    x = extract_lines(HAILAR_2013, "推动文化旅游、瑞珂实业冷链产业园等项目落地。")
    assert "文化旅游" not in names_of(x) and "推动文化旅游" not in names_of(x)


def test_the_sum_invested_before_an_item_is_no_part_of_it():
    x = extract_lines(HAILAR_2013, "总投资超百亿元的青禾国际科创园、100亿元的海岚天地度假城、"
                                   "4.6亿美元的敏泰集团西岭总部等一批重大产业项目相继签约或落地。")
    names = names_of(x)
    assert names.get("海岚天地度假城") == "Project" and names.get("敏泰集团西岭总部") == "Project"
    assert not any("亿" in n for n in names)


def test_a_list_ends_at_its_deng_though_more_list_marks_follow():
    """甲、乙、丙等投资的一批大项目、好项目: the last item stops at 等, not at the next list mark."""
    x = extract_lines(HAILAR_2013, "青川集团、华岭建材集团、绿原集团等投资的一批大项目、好项目落地开工。")
    assert not any("等" in name for name in names_of(x)), sorted(names_of(x))


def test_a_count_summing_a_list_up_ends_its_last_item():
    x = extract_lines(CITY, "松涛广场、鹭江大厦、青禾城两个商业综合体建成投用。")
    assert names_of(x).get("青禾城") == "Project", sorted(names_of(x).items())
    assert "青禾城两个商业综合体" not in surface_forms(x)


def test_an_ordinal_or_a_figure_is_no_summing_count():
    x = extract_lines(CITY, "松涛广场、鹭江大厦、青禾第二商城建成投用。")
    assert names_of(x).get("青禾第二商城") == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, names", [
    # a size of investment between 等 and the class noun
    ("鹭江华岚乙二醇、宁乡鼎泰轴承、县经开区钛合金等10亿元以上项目加快建设。",
     ("鹭江华岚乙二醇", "宁乡鼎泰轴承", "县经开区钛合金")),
    # a class described at length after a count
    ("醴陵华诺高温合金、攸县宏科机器人等一批战略性新兴产业项目落地生根。",
     ("醴陵华诺高温合金", "攸县宏科机器人")),
])
def test_a_size_or_a_long_description_between_deng_and_the_class_noun(sentence, names):
    x = extract_lines(CITY, sentence)
    assert all(names_of(x).get(n) == "Project" for n in names), sorted(names_of(x).items())


def test_fields_before_a_size_of_investment_are_no_projects():
    x = extract_lines(CITY, "交通、能源、水利等10亿元以上项目加快建设。")
    assert not {"交通", "能源", "水利"} & set(names_of(x)), sorted(names_of(x).items())


def test_the_works_after_a_phase_close_the_item():
    x = extract_lines(CITY, "重大项目加快建设，鼎华汽车三期扩能等59个项目竣工投产。")
    assert names_of(x).get("鼎华汽车三期扩能") == "Project", sorted(names_of(x).items())
    assert "鼎华汽车三期" not in names_of(x)


def test_a_figure_summing_a_list_up_ends_its_last_item():
    x = extract_lines(CITY, "松涛产业园、鹭江高端装备产业园、青禾中小企业孵化园5大园区同步推进。")
    assert not any("5大" in n for n in surface_forms(x)), sorted(surface_forms(x))


def test_a_class_noun_before_its_progress_closes_the_list():
    """…等项目进展顺利: 进展 is a verbal noun, but the list's works are what goes on."""
    x = extract_lines(CITY, "线上平台建成运营，智能网联汽车试验场、鹭江电子城等项目进展顺利。")
    assert names_of(x).get("智能网联汽车试验场") == "Project", sorted(names_of(x).items())


def test_a_class_noun_running_on_into_a_noun_keeps_plain_items_out():
    x = extract_lines(CITY, "文化旅游、鹭江电子城等项目服务水平提升。")
    assert "文化旅游" not in names_of(x), sorted(names_of(x).items())


def test_a_rank_in_the_class_description_is_no_class_noun():
    """等国家级项目: 国家 before 级 is a rank of the class 项目, not the class noun 国家 (a list of countries)."""
    x = extract_lines(CITY, "抓紧建设细胞图谱大科学研究设施、鹭江生态系统大科学装置等国家级项目，推动大科学装置布局落户。")
    assert names_of(x).get("细胞图谱大科学研究设施") == "Project", sorted(names_of(x).items())


@pytest.mark.parametrize("sentence, names", [
    # the sum invested opens each item: one investment each, though jieba knows every word
    ("总投资12亿元的先锋科技膜材料、总投资2.5亿元的星光食品等项目相继落户。", ["先锋科技膜材料", "星光食品"]),
    # 的 left out, and the sum opening the clause before the first item
    ("推进产业发展，投资8亿元光华电子正极材料、6亿元北方水泥新型建材等20个项目开工建设。",
     ["光华电子正极材料", "北方水泥新型建材"]),
])
def test_an_invested_item_of_a_closed_project_list_is_a_project(sentence, names):
    found = names_of(extract_lines(HAILAR_2013, sentence))
    assert [found.get(n) for n in names] == ["Project"] * len(names), sorted(found)


@pytest.mark.parametrize("sentence, generic", [
    ("投资300万元的背街小巷路面改造、200万元的公交新型车辆更换等项目全面完成。", "公交新型车辆更换"),
    ("总投资2亿元的污水处理厂、总投资1亿元的城区供热管网等项目加快建设。", "污水处理厂"),
])
def test_invested_works_or_kinds_are_no_projects(sentence, generic):
    assert generic not in surface_forms(extract_lines(HAILAR_2013, sentence))
