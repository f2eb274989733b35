"""Program rules of kg/extract/programs.py: generators and vetoes, pinned with
real sentences from the bundled reports and hard negatives from the gold notes.

Each veto is also checked switched off (``components_without``), so a test fails
if the veto stops doing its job.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import HAILAR_2013, NATIONAL, SHAHEKOU, extract_lines, names_of  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402


def programs(*lines: str, without: tuple[str, ...] = ()) -> set[str]:
    """Names of the Programs extracted from ``lines``."""
    components = components_without(list(without)) if without else None
    return {n for n, t in names_of(extract_lines(*lines, components=components)).items() if t == "Program"}


# --- vetoes -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("狠抓节能减排和环境保护，各项约束性指标超额完成。公布自主减排行动目标，推动国际气候变化谈判取得积极成果。",
     "自主减排行动"),
    ("推进中美、中欧投资协定谈判，加强亚太自贸区联合战略研究。", "亚太自贸区联合战略"),
])
def test_a_head_that_modifies_the_next_noun_names_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)
    assert wrong in programs(NATIONAL, sentence, without=("program_modifiers",))


def test_a_scheme_followed_by_other_nouns_stays():
    assert "科技强区战略" in programs(HAILAR_2013, "深入实施科技强区战略，加快科技成果转化。")


@pytest.mark.parametrize("sentence, wrong", [
    ("五是紧扣增进民生福祉，推动社会事业改革发展。", "社会事业改革"),
    ("深化国有商业银行和开发性、政策性金融机构改革，发展民营银行。", "政策性金融机构改革"),
    ("推进股票、债券市场改革和法治化建设，促进多层次资本市场健康发展。", "债券市场改革"),
])
def test_a_reform_of_a_sector_is_a_policy_area(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)
    assert wrong in programs(NATIONAL, sentence, without=("program_domains",))


@pytest.mark.parametrize("sentence, name", [
    ("深化户籍制度改革，推进居住证制度。", "户籍制度改革"),
    ("推进行业协会商会与行政机关脱钩改革。", "行业协会商会与行政机关脱钩改革"),
])
def test_a_reform_of_one_system_or_act_stays_a_scheme(sentence, name):
    assert name in programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, wrong", [
    ("特别是我们有中国共产党的坚强领导和中国特色社会主义制度，中国人民勤劳智慧。", "中国特色社会主义制度"),
    ("必须全面深化改革，坚持和完善基本经济制度，建立现代产权制度，基本建成法治政府。", "现代产权制度"),
])
def test_ideologies_and_kinds_of_system_are_not_schemes(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)
    assert wrong in programs(NATIONAL, sentence, without=("program_ideologies",))


def test_an_unquoted_brand_is_a_kind_of_brand():
    sentence = "推动装备、技术、标准、服务走出去，打造中国制造金字品牌。"
    assert "中国制造金字品牌" not in programs(NATIONAL, sentence)
    assert "中国制造金字品牌" in programs(NATIONAL, sentence, without=("program_brands",))


def test_a_quoted_brand_stays():
    found = programs(SHAHEKOU, "在社区教育方面,打造“惠民学堂”品牌,开设社区课程及讲座。")
    assert "惠民学堂" in found


# --- launched schemes: the object of 实施/开展/出台… closed by a scheme head -----------------

@pytest.mark.parametrize("sentence, name", [
    ("农村稳定可靠供电服务全覆盖。实施饮水安全巩固提升工程。推动电子商务进农村。", "饮水安全巩固提升工程"),
    ("要落实好就业促进计划和创业引领计划，促进多渠道就业创业。", "就业促进计划"),
    ("停止天然林商业性采伐，实行新一轮草原生态保护补助奖励政策。", "草原生态保护补助奖励政策"),
    ("出台促进中部地区崛起新十年规划，支持东部地区率先发展。", "促进中部地区崛起新十年规划"),
])
def test_the_object_of_a_launch_verb_is_one_name(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("launched_schemes", "next_round_schemes"))


@pytest.mark.parametrize("sentence, wrong", [
    ("实施重大技术改造升级工程。", "重大技术改造升级工程"),          # a generic modifier
    ("实施更加积极的就业政策。", "更加积极的就业政策"),              # a description (的)
    ("启动西山生态景观区规划，完成景观区一期绿化工程。", "西山生态景观区规划"),  # the plan of an area
    ("实施成德公故居修缮工程。", "成德公故居修缮工程"),              # building works
])
def test_launched_descriptions_and_works_are_not_schemes(sentence, wrong):
    assert wrong not in programs(HAILAR_2013, sentence)


def test_the_layout_plan_of_an_area_is_no_scheme():
    sentence = "启动西山生态景观区规划，完成景观区一期绿化工程。"
    assert "西山生态景观区规划" not in programs(HAILAR_2013, sentence)
    assert "西山生态景观区规划" in programs(HAILAR_2013, sentence, without=("program_area_plans",))


# --- glossary (名词解释) entries ---------------------------------------------------------------

GLOSSARY = (SHAHEKOU, "推进体育与艺术“2+1”项目,在小学实行校内课后免费托管。", "名词解释",
            "体育艺术“2+1”项目:是指落实德智体美全面发展的教育方针,通过学校组织的课内外体育教育和艺术教育活动,"
            "让每个学生都能够掌握两项体育运动技能和一项艺术特长。",
            "“三期叠加”:是指我国经济发展面临的形势,即经济增长的换挡期、调整结构的阵痛期和刺激政策消化期。")


def test_a_glossary_term_defined_as_a_scheme_is_named_whole():
    assert "体育艺术2+1项目" in programs(*GLOSSARY)
    found = programs(*GLOSSARY, without=("glossary_schemes",))
    assert "体育艺术2+1项目" not in found and "艺术2+1项目" in found


def test_a_glossary_term_defined_as_a_situation_is_no_scheme():
    assert not {"三期叠加", "三期叠加:是指我国经济发展面临的形势"} & programs(*GLOSSARY)


# --- signed treaties, coordinated reforms, shared heads ------------------------------------

def test_the_object_of_a_signing_verb_is_the_whole_treaty_name():
    sentence = "加快实施自由贸易区战略。积极商签区域全面经济伙伴关系协定，加快中日韩自贸区等谈判。"
    assert "区域全面经济伙伴关系协定" in programs(NATIONAL, sentence)
    without = programs(NATIONAL, sentence, without=("signed_agreements",))
    assert "区域全面经济伙伴关系协定" not in without and "经济伙伴关系协定" in without


def test_a_signed_contract_is_no_scheme():
    assert not any(n.endswith("协议") for n in programs(NATIONAL, "与多家央企签订战略合作协议。"))


def test_three_acts_under_one_reform_name_one_reform():
    sentence = "推进简政放权、放管结合、优化服务改革，激发市场活力。"
    assert "简政放权、放管结合、优化服务改革" in programs(NATIONAL, sentence)
    assert "简政放权、放管结合、优化服务改革" not in programs(NATIONAL, sentence, without=("coordinated_reforms",))


def test_two_four_character_schemes_share_one_head():
    sentence = "科技投入进一步加大，科教兴区、科技富民战略深入实施。"
    assert {"科教兴区", "科技富民战略"} <= programs(HAILAR_2013, sentence)
    assert "科教兴区" not in programs(HAILAR_2013, sentence, without=("shared_head_conjuncts",))


def test_two_short_policy_words_do_not_share_a_head():
    assert "财政" not in programs(NATIONAL, "实施积极的财政、货币政策。")


# --- 新一轮 (a new round of) ----------------------------------------------------------------

@pytest.mark.parametrize("lines, name", [
    ((NATIONAL, "实施新一轮农村电网改造升级，两年内实现农村稳定可靠供电服务全覆盖。"), "农村电网改造升级"),
    ((SHAHEKOU, "积极抢抓国家“一带一路”和新一轮东北振兴战略机遇,切实发挥市场在资源配置中的决定性作用。"), "东北振兴战略"),
])
def test_a_new_round_of_names_a_recurring_scheme(lines, name):
    assert name in programs(*lines)
    assert name not in programs(*lines, without=("next_round_schemes",))


@pytest.mark.parametrize("sentence", [
    "推进新一轮高水平对外开放，着力实现合作共赢。",       # a generic aim
    "开展新一轮国家服务业综合改革试点，实施高技术服务业创新工程。",  # a pilot
])
def test_a_new_round_of_a_generic_aim_or_a_pilot_is_no_scheme(sentence):
    found = programs(NATIONAL, sentence)
    assert not any(n.startswith(("高水平", "国家服务业综合改革")) for n in found)


# --- works, meetings -------------------------------------------------------------------------

HAILAR_2014 = "海拉尔区2014年政府工作报告"


@pytest.mark.parametrize("sentence, wrong", [
    ("实施中心城区管网综合改造一期工程，完成供水主管网扩建工程。", "中心城区管网综合改造一期工程"),
    ("启动2.5万亩蔬菜基地建设工程，建设标准化蔬菜大棚。", "2.5万亩蔬菜基地建设工程"),
    ("实施中网科技“云计算”基地一期项目，实现数字中心开工建设。", "云计算"),
])
def test_a_phase_or_a_size_makes_works_not_a_scheme(sentence, wrong):
    assert wrong not in programs(HAILAR_2014, sentence)
    assert any(wrong in n for n in programs(HAILAR_2014, sentence,
                                            without=("program_works", "works_as_projects")))


def test_a_scheme_without_phase_or_size_stays():
    assert "平安创建工程" in programs(HAILAR_2014, "深入实施平安创建工程，社会治安持续好转。")


def test_a_congress_is_an_event():
    sentence = "保障社会安全稳定，为“十八大”召开营造良好环境。"
    assert "十八大" not in programs(HAILAR_2013, sentence)
    assert "十八大" in programs(HAILAR_2013, sentence, without=("program_meetings",))


def test_an_aim_word_and_a_place_built_as_a_whole_is_a_strategy():
    sentence = "推进健康中国建设，深化医药卫生体制改革。"
    assert "健康中国" in programs(NATIONAL, sentence)
    assert "健康中国" not in programs(NATIONAL, sentence, without=("place_aims", "place_visions"))


def test_building_a_place_itself_is_no_strategy():
    found = programs(NATIONAL, "加快推进中国建设世界一流大学。")
    assert not any("中国" in n for n in found)


def test_an_unquoted_plan_document_is_no_scheme():
    sentence = "大力发展“夜经济”。引导大型商家制定夜经济促销方案,通过延长营业时间、实施促销联动。"
    assert "夜经济促销方案" not in programs(SHAHEKOU, sentence)
    assert "夜经济促销方案" in programs(SHAHEKOU, sentence, without=("program_plan_documents",))


def test_a_new_round_plan_stays():
    """It stays a name of the scheme (an alias once the bare scheme is named too)."""
    x = extract_lines(NATIONAL, "制定新一轮退耕还林还草方案，今年退耕还林还草1500万亩以上。")
    assert "退耕还林还草方案" in {n for e in x.entities if e.type == "Program" for n in e.names}


# --- fairs and games -------------------------------------------------------------------------

FAIR = ("成功举办了第八届中俄蒙经贸洽谈会。", "进一步提升中俄蒙经贸洽谈会的规模和档次，促进会展业水平整体提升。")


def test_a_fair_with_a_proper_word_is_one_series():
    x = extract_lines(HAILAR_2013, *FAIR)
    fairs = [e.name for e in x.entities if e.type == "Program" and e.name.endswith("洽谈会")]
    assert fairs == ["中俄蒙经贸洽谈会"]
    assert "中俄蒙经贸洽谈会" not in programs(HAILAR_2013, *FAIR, without=("event_series", "session_events"))


def test_a_generic_fair_is_no_series():
    assert not programs(HAILAR_2013, "组织企业参加各类经贸洽谈会。")


def test_a_campaign_about_a_doctrine_stays():
    sentence = "深入开展学习贯彻新时代社会主义思想主题教育，推动作风持续好转。"
    assert "学习贯彻新时代社会主义思想主题教育" in programs(NATIONAL, sentence) or \
        "新时代社会主义思想主题教育" in programs(NATIONAL, sentence)


def test_phased_works_are_retyped_as_projects_with_their_whole_name():
    x = extract_lines(HAILAR_2014, "实施中心城区管网综合改造一期工程，完成供水主管网扩建工程。")
    assert names_of(x).get("中心城区管网综合改造一期工程") == "Project"
    without = extract_lines(HAILAR_2014, "实施中心城区管网综合改造一期工程，完成供水主管网扩建工程。",
                            components=components_without(["works_as_projects"]))
    assert names_of(without).get("中心城区管网综合改造一期工程") != "Project"


# --- second round: unquoted scheme names by their own grammar --------------------------------

@pytest.mark.parametrize("sentence, name, component", [
    ("加强农业科技创新与推广，深入开展粮食绿色高产高效创建，实施化肥农药零增长行动。",
     "粮食绿色高产高效创建", "creation_drives"),
    ("严格执行党的民族政策，深入开展民族团结进步创建活动，推动建立各民族相互嵌入式的社会结构。",
     "民族团结进步创建活动", "creation_drives"),
    ("推动文化产业创新发展，繁荣文化市场。推进数字广播电视户户通。", "数字广播电视户户通", "access_schemes"),
    ("营改增稳步实施，资源税从价计征范围扩大。", "营改增", "swap_abbreviations"),
    ("一是全面实施营改增，从5月1日起，将试点范围扩大到建筑业。", "营改增", "swap_abbreviations"),
    ("工商登记前置审批精简85%，全面实施三证合一、一照一码。", "三证合一、一照一码", "numeral_slogans"),
    ("棚户区住房改造开工601万套，农村危房改造432万户，一大批住房困难家庭圆了安居梦。",
     "农村危房改造", "counted_housing"),
])
def test_unquoted_scheme_names_by_their_grammar(sentence, name, component):
    assert programs(NATIONAL, sentence).__contains__(name), sorted(programs(NATIONAL, sentence))
    assert name not in programs(NATIONAL, sentence, without=(component,))


@pytest.mark.parametrize("sentence, wrong", [
    ("推进国家级生态县创建，开展全国文明城市创建，巩固成果。", "全国文明城市创建"),  # a title worked for
    ("开展平安小区、平安校园等创建活动。", "平安校园等创建活动"),
    ("排查整改各类隐患，修改和废止规章。", "整改各"),  # 整改 is a verb, not a swap
    ("提高棚改货币化安置比例。", "棚改货"),
    ("实施棚户区改造19.5万平方米，改善群众居住条件。", "棚户区改造"),  # an area renovated, not homes
    ("老旧小区改造1200户，完成供热管网改造。", "老旧小区改造"),
    ("坚持一心一意谋发展。", "一心一意"),  # no launch verb
])
def test_lookalikes_of_those_names_are_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


@pytest.mark.parametrize("title, sentence, name", [
    (NATIONAL, "健康是幸福之基。今年要实现大病保险全覆盖，政府加大投入。", "大病保险"),
    (HAILAR_2013, "社会保障覆盖面进一步扩大，城乡居民社会养老保险全面实施，新增参保人员。", "城乡居民社会养老保险"),
])
def test_an_insurance_rolled_out_is_a_scheme(title, sentence, name):
    assert name in programs(title, sentence)
    assert name not in programs(title, sentence, without=("insurance_schemes",))


def test_an_insurance_as_a_business_line_is_no_scheme():
    assert not {n for n in programs(HAILAR_2013, "大力发展银行、保险、证券、期货等金融产业。") if "保险" in n}


@pytest.mark.parametrize("sentence, name", [
    ("小河流治理、8.4万亩退耕还林验收和养护等工程全面完成。", "退耕还林"),
    ("制定新一轮退耕还林还草方案，今年退耕还林还草1500万亩以上。", "退耕还林还草"),
])
def test_giving_land_back_to_nature_is_a_scheme(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("restoration_schemes", "next_round_schemes"))


def test_a_return_without_nature_is_no_scheme():
    assert not {n for n in programs(NATIONAL, "退还多缴税款，还款期限延长。") if n.startswith("退")}


@pytest.mark.parametrize("sentence, wrong, veto", [
    ("完成了6条城市道路、10处公园绿地、60个小区等城区绿化工程；栽植树木。", "城区绿化工程", "program_class_nouns"),
    ("成功举办海拉尔-赤塔缔结友好城市20周年纪念活动。", "海拉尔-赤塔缔结友好城市20周年纪念活动", "program_anniversaries"),
    ("重点实施“一横两纵”的主路网和给排水管网工程。", "给排水管网工程", "program_network_works"),
    ("加快推进组团基础设施建设，启动变电站和开闭所主供电工程，完成9条道路建设。", "变电站和开闭所主供电工程",
     "program_network_works"),
])
def test_second_round_vetoes(sentence, wrong, veto):
    assert wrong not in programs(HAILAR_2013, sentence)
    assert wrong in programs(HAILAR_2013, sentence, without=(veto,))


def test_a_quoted_scheme_before_a_class_noun_and_a_water_scheme_stay():
    got = programs(HAILAR_2013, "实施了“三山绿化”等工程。全面实施农村饮水安全工程，解决群众饮水问题。")
    assert {"三山绿化", "农村饮水安全工程"} <= got, sorted(got)


def test_a_new_round_of_a_regional_class_strategy_is_one_name():
    sentence = "制定实施西部大开发规划，实施新一轮东北地区等老工业基地振兴战略，出台新规划。"
    assert "东北地区等老工业基地振兴战略" in programs(NATIONAL, sentence)


def test_a_new_round_with_other_clause_words_stays_out():
    assert not {n for n in programs(NATIONAL, "启动新一轮城市和农村等改造。") if "等" in n}


def test_integrating_a_system_names_the_scheme():
    sentence = "中央财政安排城乡医疗救助补助资金160亿元。整合城乡居民基本医保制度，财政补助提高到420元。"
    assert "城乡居民基本医保制度" in programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, not_name", [
    ("制定了2019年行动计划,明确了任务书和时间表。", "2019年行动计划"),
    ("取得了疫情防控和高质量发展重大战略成果。", "发展重大战略"),
    ("上级充分肯定青溪疫情防控工作行动早、措施实。", "青溪疫情防控工作行动"),
])
def test_a_year_plan_a_modifier_head_and_the_verb_act_are_no_scheme(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not_name not in names, sorted(names.items())


def test_shantytown_renovation_before_a_verb_is_no_swap_reform():
    names = names_of(extract_lines(SHAHEKOU, "全年完成棚改征拆3200户,土地出让12宗。"))
    assert "棚改征" not in names, sorted(names.items())


def test_the_reform_commission_is_no_swap_reform():
    names = names_of(extract_lines(SHAHEKOU, "项目被国家发改委列为示范,省发改委给予支持。"))
    assert "发改委" not in names or names["发改委"] != "Program", sorted(names.items())


# --- third round ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("出台扶持个体工商户发展18条措施，组织银企对接活动5场。", "扶持个体工商户发展18条措施"),
    ("出台降低物流成本26条政策措施。", "降低物流成本26条政策措施"),
])
def test_a_package_issued_with_a_count_in_figures_is_named_by_topic_and_count(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("issued_packages",))


@pytest.mark.parametrize("sentence", [
    "落实上述12条措施，确保政策落地。",      # a determiner: a description
    "出台了关于促进消费的15条措施。",        # a clause word inside: no compact name
    "今年出台措施12条，惠及企业300家。",     # the count after the noun
])
def test_counted_measures_without_a_compact_topic_are_no_package(sentence):
    assert not {n for n in programs(NATIONAL, sentence) if "条" in n}


@pytest.mark.parametrize("sentence, name, wrong", [
    ("成功举办首届江湾荷花文化节，吸引游客10万人次。", "江湾荷花文化节", "首届江湾荷花文化节"),
    ("高质量完成第七轮水务三年行动，整治河道30公里。", "水务三年行动", "第七轮水务三年行动"),
    ("成功举办首届青川山货博览会。", "青川山货博览会", "首届青川山货博览会"),
])
def test_a_leading_session_ordinal_is_no_part_of_a_recurring_scheme(sentence, name, wrong):
    found = programs(NATIONAL, sentence)
    assert name in found and wrong not in found


def test_a_longer_word_that_begins_with_a_generic_modifier_is_specific():
    assert "基础教育扩容提质行动" in programs(NATIONAL, "开展基础教育扩容提质行动，新建学校5所。")
    # the generic word standing alone still makes a description
    assert "重点工程" not in programs(NATIONAL, "开展重点工程，推进项目建设。")
    assert "专项基金" not in programs(NATIONAL, "设立专项基金，支持企业发展。")


def test_ways_of_relieving_poverty_run_as_a_whole_are_schemes():
    sentence = "深入开展定向扶贫、山海协作扶贫，动员社会力量参与。"
    found = programs(NATIONAL, sentence)
    assert {"定向扶贫", "山海协作扶贫"} <= found
    assert not {"定向扶贫", "山海协作扶贫"} & programs(NATIONAL, sentence, without=("poverty_schemes",))


@pytest.mark.parametrize("sentence", [
    "统筹各类扶贫资金2亿元。",             # a fund, no launch verb
    "开展各类扶贫，成效明显。",             # a generic modifier
    "抓产业扶贫，立足资源禀赋。",           # no launch verb
])
def test_poverty_words_without_a_launched_name_are_no_scheme(sentence):
    assert not {n for n in programs(NATIONAL, sentence) if n.endswith("扶贫")}


def test_two_launch_verbs_in_a_row_are_no_part_of_the_name():
    found = programs(NATIONAL, "制定实施城区绿化品质提升三年行动计划，新建口袋公园12个。")
    assert "城区绿化品质提升三年行动计划" in found
    assert not {n for n in found if n.startswith("实施")}


@pytest.mark.parametrize("sentence, name", [
    ("深入实施长江流域生态保护和高质量发展重大国家战略，加快建设示范区。", "长江流域生态保护和高质量发展"),
    ("抢抓京沪协同发展重大国家战略机遇，谋划项目50个。", "京沪协同发展"),
])
def test_the_topic_before_a_major_state_strategy_is_its_name(sentence, name):
    found = programs(NATIONAL, sentence)
    assert name in found and not {n for n in found if n.endswith("国家战略")}
    assert name not in programs(NATIONAL, sentence, without=("state_strategies",))


@pytest.mark.parametrize("sentence", [
    "主动服务和融入区域协调发展等重大国家战略。",   # a class closed by 等
    "对接各项重大国家战略，争取政策支持。",          # a generic topic
])
def test_no_state_strategy_from_a_class_or_a_generic_topic(sentence):
    assert not programs(NATIONAL, sentence)


def test_a_duration_alone_is_no_topic():
    assert not programs(NATIONAL, "制定三年行动计划，明确任务分工。")
    assert "数字赋能三年行动计划" in programs(NATIONAL, "实施数字赋能三年行动计划。")


def test_a_new_round_reads_on_to_the_whole_head():
    from kg.extract.programs import NEXT_ROUND
    found = [m.group(1) for m in NEXT_ROUND.finditer("实施新一轮园区提升三年行动计划。")]
    assert found == ["园区提升三年行动计划"]


def test_a_thing_in_the_charge_of_a_named_chief_is_a_responsibility_system():
    sentence = "全面推行塘长制、渠长制，落实网格长制。"
    found = programs(NATIONAL, sentence)
    assert {"塘长制", "渠长制", "网格长制"} <= found
    assert not {"塘长制", "渠长制", "网格长制"} & programs(NATIONAL, sentence, without=("chief_systems",))


@pytest.mark.parametrize("sentence", ["经济增长制约因素增多。", "延长制度执行期限。", "加快成长制造企业培育。"])
def test_growth_or_a_longer_word_is_no_chief_system(sentence):
    assert not {n for n in programs(NATIONAL, sentence) if n.endswith("长制")}


def test_a_special_struggle_is_a_launched_scheme():
    assert "打击欺诈专项斗争" in programs(NATIONAL, "深入开展打击欺诈专项斗争，破获案件30起。")


def test_a_launch_verb_glued_to_its_adverb_still_cues_a_new_scheme():
    # jieba reads 全面落实 as one word; the cue is its verb
    assert "减租让利政策" in programs(NATIONAL, "全面落实减租让利政策，惠及商户300户。")


def test_a_one_character_aim_verb_opens_a_strategy_name():
    assert "强港口战略" in programs(NATIONAL, "落实强港口战略，建设枢纽。")
    assert "强港口战略" not in programs(NATIONAL, "进一步增强港口战略地位。")


@pytest.mark.parametrize("sentence, wrong", [
    ("进一步增强发展战略定力。", "发展战略"),
    ("与央企签订产业战略合作协议。", "产业战略"),
])
def test_a_strategy_word_before_a_quality_noun_is_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


# --- round 2: recurring events, short fair names, plans named by their duration ------------

@pytest.mark.parametrize("sentence, name", [
    ("市长出席第三届江海国际投资贸易洽谈会。", "江海国际投资贸易洽谈会"),
    ("成功承办首届云端数字中国产业峰会。", "云端数字中国产业峰会"),
])
def test_a_session_ordinal_opens_a_recurring_event_name(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("session_events",))


@pytest.mark.parametrize("sentence", ["举办第三届全市运动会。", "举办首届高峰论坛。"])
def test_a_session_of_an_event_without_a_proper_word_is_no_platform(sentence):
    assert not programs(NATIONAL, sentence)


def test_a_fair_short_name_is_its_topic_and_bo_hui():
    found = programs(NATIONAL, "茶博会、灯博会亮点纷呈，举办农博会和投洽会。")
    assert {"茶博会", "灯博会", "农博会", "投洽会"} <= found
    assert not {"和投洽会"} & found
    assert "茶博会" not in programs(NATIONAL, "茶博会、灯博会亮点纷呈。", without=("expo_abbreviations",))


def test_a_vision_word_and_a_place_standing_as_an_item_is_the_territory_vision():
    sentence = "全面落实数字苏州、美丽苏州、平安苏州等部署要求。"
    assert {"数字苏州", "美丽苏州", "平安苏州"} <= programs(NATIONAL, sentence)
    assert not {"数字苏州", "美丽苏州"} & programs(NATIONAL, sentence, without=("place_visions",))


@pytest.mark.parametrize("sentence, wrong", [("建设美丽乡村，改善人居环境。", "美丽乡村"),
                                             ("苏州平安、稳定，群众满意。", "苏州平安"),
                                             ("推进智慧苏州大脑平台上线。", "智慧苏州")])
def test_a_vision_word_without_a_place_item_is_no_vision(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_short_fair_name_with_jiao_hui_or_a_glued_function_character():
    found = programs(NATIONAL, "办好农交会、文交会等平台，总书记向茶博会发来贺信。")
    assert {"农交会", "文交会", "茶博会"} <= found


@pytest.mark.parametrize("sentence", ["本届博会成交额创新高。", "两条铁路在此交会，客流增加。",
                                      "三条干线相交会于城东。"])
def test_a_determiner_or_a_verb_is_no_fair_short_name(sentence):
    assert not programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, name", [
    ("产业加快发展，完成滨江片区集聚区建设三年行动计划，税收增长。", "滨江片区集聚区建设三年行动计划"),
    ("工业提质，启动新一轮技改提升三年行动计划，企业增效。", "技改提升三年行动计划"),
])
def test_a_duration_plan_is_named_by_its_whole_topic(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("duration_plans",))


@pytest.mark.parametrize("sentence", ["，全面完成三年行动计划，", "，启动全市各类园区三年行动计划，"])
def test_a_duration_plan_without_a_topic_or_with_a_generic_one_names_nothing_new(sentence):
    assert not any(n.endswith("三年行动计划") and len(n) > 9 for n in programs(NATIONAL, sentence))
    assert "三年行动计划" not in programs(NATIONAL, sentence)


def test_works_sized_in_kilovolts_are_a_project():
    sentence = "加快建设江岭500千伏输变电工程。"
    assert names_of(extract_lines(NATIONAL, sentence)).get("江岭500千伏输变电工程") == "Project"
    assert "江岭500千伏输变电工程" in programs(NATIONAL, sentence, without=("program_works", "works_as_projects"))


# --- round 3 ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("依托我省独特战略位势和广阔市场，扩大有效投资。", "独特战略"),
    ("奋力打造湾区合作区战略拓展区，服务大局。", "湾区合作区战略"),
])
def test_a_strategy_word_before_a_position_noun_names_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_clause_with_a_work_verb_is_no_reform():
    heading = "（一）突出主线抓改革，发展活力持续增强。"
    assert "突出主线抓改革" not in programs(NATIONAL, heading)
    assert "财税体制配套改革" in programs(NATIONAL, "出台财税体制配套改革。")


def test_a_place_before_a_short_fair_name_is_part_of_it():
    sentence = "青州文博会荣获大奖，茶博会亮点纷呈。"
    found = programs(NATIONAL, sentence)
    assert "青州文博会" in found and "文博会" not in found


def test_a_national_fair_with_its_host_province_in_brackets():
    sentence = "成功举办首届中国（江南）茶叶产业博览会，提升了知名度。"
    assert "中国(江南)茶叶产业博览会" in programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, name", [
    ("加快青山渠引水工程前期工作。", "青山渠引水工程"),
    ("环湾江南水资源配置工程加快建设。", "环湾江南水资源配置工程"),
])
def test_works_that_carry_water_are_projects(sentence, name):
    assert names_of(extract_lines(NATIONAL, sentence)).get(name) == "Project"


def test_a_drinking_water_scheme_stays_a_program():
    assert "农村饮水安全工程" in programs(NATIONAL, "实施农村饮水安全工程。")


# --- round 4: kind adjectives, bare topics, zones, 定位, framed theme years -------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("五年来，我们谋划了一批前瞻性布局、基础性举措、支撑性工程，发展基础更加牢固。", "支撑性工程"),
    ("全县在国家发展战略中的地位进一步提升。", "国家发展战略"),
    ("把握机遇，主动融入省级战略，加快发展。", "省级战略"),
])
def test_a_kind_adjective_or_a_bare_topic_names_no_scheme(sentence, wrong):
    assert not any(wrong in name for name in programs(NATIONAL, sentence))


def test_a_specific_topic_before_the_head_stays():
    assert "科技强区战略" in programs(HAILAR_2013, "深入实施科技强区战略，加快科技成果转化。")


def test_a_scheme_before_a_kind_of_zone_names_the_zone():
    sentence = "国家批准设立江城统筹城乡综合配套改革试验区，改革红利逐步释放。"
    assert not any(n.endswith("改革") for n in programs(NATIONAL, sentence))
    assert "城乡综合配套改革" in programs(NATIONAL, sentence, without=("program_zone_modifiers",))


def test_a_strategy_with_its_positioning_names_no_scheme():
    sentence = "认真落实江城门户战略定位，加快对外开放。"
    assert not any(n.startswith("江城门户战略") for n in programs(NATIONAL, sentence))
    assert "江城门户战略" in programs(NATIONAL, sentence, without=("program_modifiers",))


@pytest.mark.parametrize("sentence, name", [
    ("以青松湖流域环境综合治理提升年为抓手，实施湿地保护工程。", "青松湖流域环境综合治理提升年"),
    ("以干部作风建设年活动为载体，改进工作作风。", "干部作风建设年"),
])
def test_a_theme_year_framed_by_yi_wei_is_read_whole(sentence, name):
    assert name in programs(NATIONAL, sentence)


def test_a_year_of_a_date_is_no_theme_year():
    assert not any(n.endswith("年") for n in programs(NATIONAL, "以2023年为基期，全市能耗强度下降。"))


@pytest.mark.parametrize("sentence, name", [
    ("中某货运、中泰铁海联运班列常态化运营。", "中泰铁海联运班列"),
    ("新开通苏州至华沙公铁联运国际货运班列，物流成本下降。", "苏州至华沙公铁联运国际货运班列"),
    ("“苏新欧”班列开行20列，外贸增长。", "苏新欧班列"),
])
def test_a_named_train_service_is_a_service_brand(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("train_services",))


@pytest.mark.parametrize("sentence", ["开行货运班列、旅游班列，增开班列5列。", "全年开行国际货运班列120列。"])
def test_a_kind_of_train_service_is_no_brand(sentence):
    assert not any(n.endswith("班列") for n in programs(NATIONAL, sentence))


@pytest.mark.parametrize("lines, wrong", [
    (("（四）坚持不懈狠抓五大工程，着力改善生态环境",), "狠抓五大工程"),
    (("（一）致力深改革促开放，活力不断激发",), "致力深改革"),
])
def test_a_chunk_opening_with_a_word_of_effort_is_a_clause(lines, wrong):
    assert wrong not in programs(NATIONAL, *lines)
    assert wrong in programs(NATIONAL, *lines, without=("program_effort_clauses",))


def test_a_scheme_after_a_word_of_effort_written_apart_stays():
    assert "科技强区战略" in programs(HAILAR_2013, "狠抓落实，深入实施科技强区战略。")


@pytest.mark.parametrize("sentence, name", [
    ("深入推动东部陆海新通道、长江经济带高质量发展等国家战略落地实施。", "东部陆海新通道"),
    ("国际铁海贸易新通道加快推进，货运增长。", "国际铁海贸易新通道"),
])
def test_a_trade_corridor_named_by_its_modes_is_an_initiative(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("corridor_schemes",))


@pytest.mark.parametrize("sentence", ["打造对外开放新通道，拓展市场。", "开辟人才引进新通道。"])
def test_a_figurative_new_channel_is_no_corridor(sentence):
    assert not any(n.endswith("新通道") for n in programs(NATIONAL, sentence))


# --- aims for the territory listed side by side ------------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("深入推进商贸强市、绿色立市、城乡统筹四大战略，攻坚克难。", {"商贸强市", "绿色立市"}),
    ("突出旅游兴县、现代农业强县建设，各项事业取得新进展。", {"旅游兴县", "现代农业强县"}),
    ("深入实施生态强县、科技立县，办成了一批大事。", {"生态强县", "科技立县"}),
])
def test_aims_for_the_territory_listed_together_are_strategies(sentence, names):
    assert names <= programs(NATIONAL, sentence)
    assert not names & programs(NATIONAL, sentence, without=("aim_enumerations",))


@pytest.mark.parametrize("sentence, wrong", [
    ("加快建设科技强市，坚持创新驱动。", "科技强市"),  # one aim alone is a goal
    ("跻身全国百强县、中部百强县行列。", "全国百强县"),  # a ranking, not an aim
    ("深入推进商贸强市、绿色立市。", "推进商贸强市"),  # the verb is no part of the item
])
def test_an_aim_alone_a_ranking_or_the_verb_is_no_listed_strategy(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, wrong", [
    ("以大思路引领发展、以大战略支撑发展、以大布局优化发展。", "以大战略"),
    ("经济增长由主要依靠传统产业，转为战略新兴产业和现代服务业共同驱动。", "转为战略"),
])
def test_a_preposition_or_a_verb_of_becoming_glued_before_a_head_is_no_name(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_verb_and_its_object_before_a_head_stay_a_name():
    assert "脱贫攻坚战" in programs(NATIONAL, "坚决打赢脱贫攻坚战，贫困人口全部脱贫。")


# --- round 8 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("出台了稳外贸促消费36项举措，惠及企业500家。", "稳外贸促消费36项举措"),
    ("公布了为群众办实事20项清单，全部完成。", "为群众办实事20项清单"),
    ("制定出台支持个体工商户发展12条措施，保持经济平稳。", "支持个体工商户发展12条措施"),  # stacked issuing verbs
])
def test_a_package_counted_in_items_or_after_stacked_verbs_is_named_by_topic_and_count(sentence, name):
    found = programs(NATIONAL, sentence)
    assert name in found and not any(n.startswith(("出台", "制定")) for n in found), sorted(found)


@pytest.mark.parametrize("sentence", [
    "完成了36项举措中的30项。",          # no issuing verb
    "出台了上述12项措施，确保落地。",     # a determiner: a description
])
def test_counted_items_without_an_issued_topic_are_no_package(sentence):
    assert not {n for n in programs(NATIONAL, sentence) if "项" in n}


@pytest.mark.parametrize("sentence, name", [
    ("——大力实施产业提质年活动，全力推动产业升级。", "产业提质年"),
    ("开展招商引资突破年活动，新签项目30个。", "招商引资突破年"),
    ("开展民营企业培育年活动，新增市场主体2000户。", "民营企业培育年"),
])
def test_a_theme_year_of_raising_quality_breaking_through_or_fostering_is_a_campaign(sentence, name):
    assert name in programs(NATIONAL, sentence)


def test_a_year_of_breakthrough_as_a_description_is_no_campaign():
    assert not {n for n in programs(NATIONAL, "这一年是实现突破的一年，全年经济增长8%。") if n.endswith("年")}


# --- round 10: party education campaigns -----------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("全县一手抓党的干群同心教育实践活动，一手抓经济发展。", "党的干群同心教育实践活动"),
    ("认真开展干群同心教育实践活动，着力改进作风。", "干群同心教育实践活动"),
    ("学习贯彻新时代基层社会治理现代化重要论述精神主题教育深入开展。",
     "学习贯彻新时代基层社会治理现代化重要论述精神主题教育"),
])
def test_a_topic_before_a_party_education_head_names_the_campaign(sentence, name):
    assert name in programs(HAILAR_2013, sentence)
    assert name not in programs(HAILAR_2013, sentence, without=("education_campaigns",))


@pytest.mark.parametrize("sentence", [
    "扎实推进主题教育见行见效。",
    "突出抓好重大任务保障、教育实践活动和全面深化改革三件大事。",
    "开展各项教育实践活动。",
])
def test_a_bare_or_generic_education_head_names_nothing(sentence):
    found = programs(HAILAR_2013, sentence)
    assert not any(n.endswith(("主题教育", "教育实践活动")) for n in found), found


@pytest.mark.parametrize("sentence, plan", [
    ("新一轮城市总体规划获批实施，城市框架拉开。", "城市总体规划"),
    ("启动新一轮土地利用总体规划修编。", "土地利用总体规划"),
])
def test_a_master_plan_is_a_document_not_a_scheme(sentence, plan):
    assert plan not in programs(HAILAR_2013, sentence)
    assert plan in programs(HAILAR_2013, sentence, without=("program_area_plans",))


# --- round 11: unquoted packages of articles ------------------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("出台应对风险惠企20条、助力企业复产8项服务措施，设立服务专员。",
     {"应对风险惠企20条", "助力企业复产8项服务措施"}),
    ("配套制定稳就业30条、推进外贸高质量发展15条，细化工作任务。",
     {"稳就业30条", "推进外贸高质量发展15条"}),
    ("打出组合拳，纺织产业16条、物流业9条、汽车消费11条等政策直达快享。",
     {"纺织产业16条", "物流业9条", "汽车消费11条"}),
])
def test_an_unquoted_package_of_articles_is_named_by_topic_and_count(sentence, names):
    found = programs(NATIONAL, sentence)
    assert names <= found, sorted(found)
    assert not names & programs(NATIONAL, sentence, without=("issued_packages",))


@pytest.mark.parametrize("sentence", [
    "今年新建道路12条、桥梁3座，改造管网40公里。",        # works counted by 条: no issuing verb
    "实施背街小巷改造30条，群众出行更加便利。",            # 实施 carries works counted by 条
    "出台措施12条，惠及企业300家。",                    # the count after the noun
    "落实上述12条，确保政策落地。",                      # a determiner: no topic
    "开通公交线路5条、新增站点20个等，方便群众出行。",      # not closed by a kind of policy
])
def test_counts_of_works_or_bare_counts_are_no_package(sentence):
    found = programs(NATIONAL, sentence)
    assert not any(name.endswith("条") for name in found), sorted(found)


@pytest.mark.parametrize("sentence, name", [
    ("全面落实稳就业一揽子措施和接续政策，市场主体稳定增长。", "稳就业一揽子措施"),
    ("我们狠抓促消费一揽子政策落地见效。", "促消费一揽子政策"),
])
def test_a_bundle_of_measures_is_named_by_its_aim(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("bundled_packages",))


@pytest.mark.parametrize("sentence", [
    "及时出台一揽子政策，帮助企业渡过难关。",         # no aim: no name
    "研究制定支持企业发展一揽子措施。",               # no aim verb before the object
])
def test_a_bundle_without_an_aim_names_nothing(sentence):
    assert programs(NATIONAL, sentence) == programs(NATIONAL, sentence, without=("bundled_packages",))


@pytest.mark.parametrize("sentence, wrong", [
    ("编制青溪融湾发展五年行动规划,明确今后发展路径。", "青溪融湾发展五年行动"),
    ("制定碧水全域振兴行动方案,统筹推进乡村建设。", "碧水全域振兴行动"),
])
def test_a_head_glued_to_a_plan_document_is_no_name_of_its_own(sentence, wrong):
    assert wrong not in programs(sentence)


def test_a_plan_drawn_up_is_named_by_the_longer_head():
    assert "青溪融湾发展五年行动规划" in programs("编制青溪融湾发展五年行动规划,明确今后发展路径。")


@pytest.mark.parametrize("sentence, wrong", [
    ("加快建设三大平台,提升承载能力。", "三大平台"),
    ("着力打造四大品牌,扩大影响力。", "四大品牌"),
])
def test_a_count_of_a_weak_head_with_no_topic_names_a_class(sentence, wrong):
    assert wrong not in programs(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("深入实施十大工程,补齐短板。", "十大工程"),
    ("大力推进三大战略,推动发展。", "三大战略"),
])
def test_a_count_of_a_strong_head_stays(sentence, name):
    assert name in programs(sentence)
