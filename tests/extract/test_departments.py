"""kg/extract/departments.py: bodies named by their function (促进会, 服务中心,
指挥中心, 机动队) and local branches of the people's organisations (区妇联).

Positive sentences are real ones from the bundled reports; negatives are invented
phrasings that must name no body.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import SHAHEKOU, extract_lines, names_of  # noqa: E402
from kg.extract.pipeline import DEFAULT_COMPONENTS, components_without  # noqa: E402


def the(extraction, name):
    entity = extraction.entity(name)
    assert entity is not None, f"{name} not in {sorted(names_of(extraction))}"
    return entity


# --- bodies named by their function ----------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("成立了区社会组织发展促进会和街道社会组织联合会,开展社会组织公益创投活动。", "区社会组织发展促进会"),
    ("与市金融发展促进会、中小企业服务中心、贸易促进会等经济组织建立合作关系。", "市金融发展促进会"),
    ("成立了大连主城区首家山林防火指挥中心和专业防火队伍。", "山林防火指挥中心"),
    ("扎实推进规范执法、刑侦科技、天网巡控等基础建设,成立6支蓝鲨机动队。", "蓝鲨机动队"),
])
def test_bodies_named_by_their_function(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", sorted(names_of(x))
    assert any(r.startswith("department:function:") for r in the(x, name).rules)


def test_a_count_before_the_name_is_not_part_of_it():
    x = extract_lines(SHAHEKOU, "组建3支雪豹机动队。")
    assert names_of(x).get("雪豹机动队") == "Department"
    assert "支雪豹机动队" not in names_of(x)


@pytest.mark.parametrize("sentence, not_name", [
    ("成立了区社会组织发展促进会和街道社会组织联合会。", "街道社会组织联合会"),  # one per 街道
    ("新建2个社区养老服务中心。", "社区养老服务中心"),
    ("推动区域协调发展促进会议召开。", "区域协调发展促进会"),
    ("全区社会组织服务中心达到12个。", "全区社会组织服务中心"),
])
def test_class_names_are_no_function_body(sentence, not_name):
    found = names_of(extract_lines(SHAHEKOU, sentence))
    assert found.get(not_name) != "Department", found


def test_function_bodies_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "成立6支蓝鲨机动队。", components=components_without(["function_bodies"]))
    assert "蓝鲨机动队" not in names_of(x)


# --- local branches of the people's organisations ----------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("县妇联、市红十字会联合开展应急救护培训。", "县妇联"),
    ("县妇联、市红十字会联合开展应急救护培训。", "市红十字会"),
    ("杭州市总工会为职工办理互助保障。", "杭州市总工会"),
])
def test_a_level_and_a_mass_organisation_make_a_local_body(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert (the(x, name).type, the(x, name).also) == ("Department", "Organization")


def test_a_community_officer_is_no_local_body():
    found = names_of(extract_lines(SHAHEKOU, "社区妇联主任参加培训。"))
    assert not [n for n, t in found.items() if t == "Department"], found


def test_a_bare_class_of_institution_is_no_department():
    found = names_of(extract_lines(SHAHEKOU, "加快卫生急救中心、哈克卫生院扩建、健康和正阳社区卫生服务中心建设。"))
    assert "卫生院" not in found


# --- standard department names (data/organizations/departments.tsv) -----------------------------

@pytest.mark.parametrize("sentence, name", [
    ("市自然资源和规划局牵头编制国土空间规划。", "市自然资源和规划局"),
    ("市人力资源和社会保障局发放稳岗补贴。", "市人力资源和社会保障局"),
    ("市住房城乡建设局负责老旧小区改造。", "市住房城乡建设局"),
    ("市市场监管局开展食品安全检查。", "市市场监管局"),
    ("县委组织部、县委宣传部联合举办培训。", "县委组织部"),
    ("市委统战部、市委政法委联合开展调研。", "市委政法委"),
    ("区卫健局、区文旅局联合开展活动。", "区文旅局"),
    ("杭州市公安局破获电信诈骗案件。", "杭州市公安局"),
    ("市投资促进局赴深圳招商。", "市投资促进局"),   # jieba glues 局|赴
])
def test_standard_department_names_after_a_level_or_place(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", sorted(names_of(x))
    assert any(r.startswith("department:standard:") for r in the(x, name).rules)


def test_a_verb_inside_a_standard_name_does_not_cut_it():
    found = names_of(extract_lines(SHAHEKOU, "市住房城乡建设局负责老旧小区改造。"))
    assert "建设局" not in found


@pytest.mark.parametrize("sentence", [
    "全市公安局长会议在京召开。",       # 全市 is no level prefix
    "市公安局长带队调研。",              # a person
    "市场监管局长参加会议。",            # 市场… is no level either
    "各县组织部门抓好落实。",
])
def test_no_standard_department_without_a_level_of_its_own(sentence):
    x = extract_lines(SHAHEKOU, sentence, components=components_without(["departments"]))
    assert not [n for n, t in names_of(x).items() if t == "Department"], names_of(x)


def test_standard_departments_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "市自然资源和规划局牵头编制国土空间规划。",
                      components=components_without(["standard_departments"]))
    assert "市自然资源和规划局" not in names_of(x)


# --- a numbered people's congress is the 区人大 of the report -----------------------------------

def test_a_numbered_congress_is_an_alias_of_the_short_name_the_report_uses():
    x = extract_lines("----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上",
                      "2012年，区政府在市委、市政府和区委的正确领导下，在区人大、政协的监督和支持下，经济保持强劲发展。")
    assert "海拉尔区第十四届人民代表大会" in the(x, "区人大").aliases
    assert "海拉尔区第十四届人民代表大会" not in names_of(x)


def test_without_the_short_name_the_congress_keeps_its_own_name():
    x = extract_lines("----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上", "经济保持强劲发展。")
    assert names_of(x).get("海拉尔区第十四届人民代表大会") == "Department"


@pytest.mark.parametrize("sentence, name", [
    ("在市委、市政府和县委的坚强领导下,全县经济平稳运行。", "县委"),
    ("在县人大的法律监督和县政协的民主监督下,各项工作稳步推进。", "县政协"),
])
def test_he_before_a_levelled_body_is_a_conjunction_not_the_county(sentence, name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(name) == "Department", sorted(names.items())
    assert not any(n.startswith("和县") for n in names), sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("全面摸清政府债务底数,将政府性债务纳入预算管理。", "清政府"),
    ("在上级党委政府的坚强领导下,全县经济稳步发展。", "党委政府"),
    ("市委政府坚强领导,各部门履职尽责。", "市委政府"),
])
def test_a_misread_verb_or_two_bodies_named_together_is_no_department(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not_name not in names, sorted(names.items())


# --- a local Party committee under its full name ------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("一年来，我们在中共江城县委的坚强领导下，攻坚克难。", "中共江城县委"),
    ("中共北原自治县委员会作出部署。", "中共北原自治县委员会"),
])
def test_zhonggong_place_and_committee_is_a_department(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "中共江城县委员张三出席会议。",       # a member, not the committee
    "中共党员要发挥先锋模范作用。",       # no place, no committee
])
def test_a_member_or_the_party_alone_is_no_local_committee(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("party-committee" in r for e in x.entities for r in e.rules), names_of(x)


def test_party_committees_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "在中共江城县委的坚强领导下。", components=components_without(["party_committees"]))
    assert "中共江城县委" not in names_of(x)


# --- working bodies of the State Council --------------------------------------------------------

def test_a_state_council_research_body_is_a_department():
    x = extract_lines(SHAHEKOU, "创造了“江城速度”，被国务院产业研究中心列为典型案例。")
    assert names_of(x).get("国务院产业研究中心") == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "认真落实国务院部署，办公室工作有序。",          # the verb of the sentence, then a clause
    "国务院提请全国人大常委会审议法律草案。",
])
def test_the_state_council_acting_is_no_body_of_it(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("state-council" in r for e in x.entities for r in e.rules), names_of(x)


def test_state_council_bodies_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "被国务院产业研究中心列为典型案例。",
                      components=components_without(["state_council_bodies"]))
    assert "国务院产业研究中心" not in names_of(x)


# --- township governments -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("青石乡人民政府组织开展技能培训。", "青石乡人民政府"),
    ("红旗街道党工委牵头实施。", "红旗街道党工委"),
])
def test_a_named_township_and_its_body_is_a_department(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "推动乡镇政府职能转变。",          # a class of governments
    "全镇党委班子团结一致。",          # the township's own, no name
    "支持乡政府改善办公条件。",        # a verb, not a name
])
def test_a_class_or_a_verb_before_a_township_body_is_no_name(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("township" in r for e in x.entities for r in e.rules), names_of(x)


def test_township_bodies_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "青石乡人民政府组织开展技能培训。",
                      components=components_without(["township_bodies"]))
    assert "青石乡人民政府" not in names_of(x)


# --- CPPCC after 市 (jieba's 市政协), members' titles, congress sessions, the Party centre -----

def test_city_cppcc_is_not_municipal_works():
    x = extract_lines("某某市政府工作报告", "并请市政协委员和其他列席人员提出意见。推进市政协调机制建设。")
    assert names_of(x).get("市政协") == "Department", names_of(x)
    assert "市政协调" not in names_of(x)


def test_a_members_title_without_a_level_names_no_body():
    x = extract_lines(SHAHEKOU, "请予审议，并请各位政协委员和列席人员提出意见。")
    assert not any("department:bare" in r for e in x.entities for r in e.rules), names_of(x)


def test_a_levelled_members_title_still_names_the_body():
    x = extract_lines(SHAHEKOU, "并请区政协委员和列席人员提出意见。")
    assert names_of(x).get("区政协") == "Department", names_of(x)


def test_a_numbered_congress_is_the_congress_the_report_names():
    x = extract_lines("某某县政府工作报告", "完成了县十二届人大一次会议确定的任务。在县人大的监督下。")
    assert "县十二届人大" not in names_of(x)
    assert "县十二届人大" in x.entity("县人大").names


def test_a_session_of_an_unnamed_congress_is_no_body():
    x = extract_lines("某某市政府工作报告", "实现市九届人大三次会议确定的各项目标任务。")
    assert not any("人大" in n for n in names_of(x)), names_of(x)


@pytest.mark.parametrize("sentence", [
    "深入落实中央和省委的决策部署。",
    "认真贯彻中央、自治区党委的部署。",
])
def test_the_centre_named_with_a_committee_is_a_department(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get("中央") == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "争取中央和地方资金3亿元。",       # the centre as a purse, with no body
    "用好中央财政转移支付。",
])
def test_the_centre_as_a_purse_is_no_department(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert "中央" not in names_of(x), names_of(x)


def test_party_centre_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "深入落实中央和省委的决策部署。", components=components_without(["party_centre"]))
    assert "中央" not in names_of(x)


# --- chambers of commerce of a place's firms ------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("成立大连台州商会，引进企业12家。", "大连台州商会"),   # home town's chamber in a host city
    ("支持福建商会发挥作用。", "福建商会"),
    ("支持杭州温州商会发挥作用。", "杭州温州商会"),
])
def test_a_place_chamber_is_one_organization(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    found = {n: t for n, t in names_of(x).items() if n.endswith("商会")}
    assert found == {name: "Organization"}, names_of(x)


def test_a_chamber_of_no_place_is_no_place_chamber():
    x = extract_lines(SHAHEKOU, "推进各地驻连商会、协会加强合作。")
    assert not any("place-chamber" in r for e in x.entities for r in e.rules), names_of(x)


def test_place_chambers_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "支持杭州温州商会发挥作用。", components=components_without(["place_chambers"]))
    assert not any("place-chamber" in r for e in x.entities for r in e.rules)
    assert names_of(x).get("杭州温州商会") != "Department"  # no Department double either way


def test_the_dateline_session_of_an_unnamed_congress_is_no_body_when_switched_on():
    # off by default: the sample gold files read the congress of the dateline as the body
    x = extract_lines("杭州市2020年政府工作报告", "——2020年1月8日在杭州市第八届人民代表大会第三次会议上",
                      "各位代表：", components=DEFAULT_COMPONENTS + ("kg_congress_sessions",))
    assert not any("人民代表大会" in n for e in x.entities for n in e.names), names_of(x)


def test_the_congress_without_a_session_stays_a_body():
    x = extract_lines("杭州市2020年政府工作报告", "杭州市第八届人民代表大会审议通过了规划。")
    assert names_of(x).get("杭州市第八届人民代表大会") == "Department", names_of(x)


def test_cppcc_before_its_members_addressed_names_no_body():
    x = extract_lines(SHAHEKOU, "请予审议，并请政协各位委员和其他列席人员提出意见。")
    assert not any("department:bare" in r for e in x.entities for r in e.rules), names_of(x)


# --- round 3: league level, numbered sessions, a verb before a body, the title, the issuer's place --

@pytest.mark.parametrize("sentence", [
    "在盟委和旗委的坚强领导下,全力办好各项民生实事。",
    "认真落实盟委行署工作安排。",
])
def test_a_league_committee_is_a_body(sentence):
    x = extract_lines("某某旗2024年政府工作报告", sentence)
    assert names_of(x).get("盟委") == "Department", names_of(x)


def test_a_league_word_without_a_head_names_no_body():
    x = extract_lines("某某旗2024年政府工作报告", "推进盟市合作和旗县联动。")
    assert "盟委" not in names_of(x) and not any(n.startswith("盟") for n in names_of(x)), names_of(x)


@pytest.mark.parametrize("sentence, session", [
    ("深入贯彻总书记在参加十二届全国人大四次会议江城代表团审议时的重要讲话精神。", "全国人大"),
    ("认真落实九届省人大二次会议确定的任务。", "省人大"),
])
def test_a_congress_between_its_term_and_its_sitting_is_a_session(sentence, session):
    x = extract_lines(SHAHEKOU, sentence)
    assert session not in names_of(x), names_of(x)


def test_a_numbered_standing_committee_stays_a_body():
    x = extract_lines(SHAHEKOU, "第十二届全国人大常委会审议通过了新修订的法律。")
    assert names_of(x).get("全国人大常委会") == "Department", names_of(x)


def test_the_datelines_full_congress_name_stays_a_body():
    x = extract_lines("某年国务院政府工作报告", "——某年3月5日在第九届全国人民代表大会第二次会议上")
    assert names_of(x).get("全国人民代表大会") == "Department", names_of(x)


def test_numbered_sessions_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "贯彻十二届全国人大四次会议精神。", components=components_without(["numbered_sessions"]))
    assert names_of(x).get("全国人大") == "Department", names_of(x)


@pytest.mark.parametrize("sentence, body", [
    ("无锡和苏州城市总体规划获省政府批准实施。", "省政府"),
    ("苏州新区发展规划经市政府同意印发。", "市政府"),
])
def test_a_verb_before_a_levelled_body_ends_the_place_phrase(sentence, body):
    x = extract_lines(SHAHEKOU, sentence)
    found = {n for n, t in names_of(x).items() if t == "Department"}
    assert body in found and not any(n.startswith(("苏州", "无锡")) for n in found), names_of(x)


def test_a_place_and_its_bureau_stay_one_body():
    x = extract_lines(SHAHEKOU, "大连市发展改革委下达投资计划。")
    assert names_of(x).get("大连市发展改革委") == "Department", names_of(x)


def test_the_report_kind_in_the_title_names_no_separate_body():
    x = extract_lines("2020年青溪县政府工作报告", "现在,我代表青溪县人民政府向大会作工作报告。", "县政府认真履职。")
    depts = {n for n, t in names_of(x).items() if t == "Department"}
    assert "青溪县政府" not in depts and depts & {"县政府", "青溪县人民政府"}, names_of(x)


def test_the_peoples_government_in_a_title_still_names_it():
    x = extract_lines("杭州市西湖区人民政府工作报告", "各位代表:", "区人民政府认真履职。")
    depts = {n for e in x.entities if e.type == "Department" for n in e.names}
    assert "杭州市西湖区人民政府" in depts, names_of(x)


def test_the_issuers_own_short_place_opens_its_bodies():
    x = extract_lines("某右旗2024年政府工作报告", "——在某右旗第九届人民代表大会第三次会议上",
                      "现在,我代表某右旗人民政府向大会报告工作。")
    assert names_of(x).get("某右旗第九届人民代表大会") == "Department", names_of(x)


def test_the_issuers_place_before_a_verb_opens_no_body():
    x = extract_lines("某右旗2024年政府工作报告", "现在,我代表某右旗人民政府向大会报告工作。",
                      "某右旗总体规划获市政府批准。")
    assert not any(e.type == "Department" and e.name.startswith("某右旗总体") for e in x.entities), names_of(x)


def test_issuer_place_bodies_can_be_switched_off():
    x = extract_lines("某右旗2024年政府工作报告", "——在某右旗第九届人民代表大会第三次会议上",
                      "现在,我代表某右旗人民政府向大会报告工作。",
                      components=components_without(["issuer_place_bodies"]))
    assert "某右旗第九届人民代表大会" not in names_of(x), names_of(x)


def test_a_known_body_inside_an_honour_still_stands():
    x = extract_lines(SHAHEKOU, "我区简政放权改革年内两次获得国务院通报表扬。")
    assert names_of(x).get("国务院") == "Department", names_of(x)


def test_a_body_of_the_general_list_inside_an_honour_title_still_stands():
    x = extract_lines(SHAHEKOU, "青松大米入选农业农村部特色农产品典型案例。")
    assert names_of(x).get("农业农村部") == "Department", names_of(x)


def test_a_levelled_body_that_gives_a_commendation_still_stands():
    x = extract_lines(SHAHEKOU, "我区两项工作分别获省政府和市政府真抓实干督查激励。")
    assert names_of(x).get("省政府") == names_of(x).get("市政府") == "Department", names_of(x)


def test_a_levelled_body_inside_an_honour_title_is_part_of_the_title():
    x = extract_lines(SHAHEKOU, "江城公司荣获区政府质量奖。")
    assert "区政府" not in names_of(x), names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("全县工作得到肯定。机关事务管理局获评国家级节约型公共机构示范单位。", "机关事务管理局"),
    ("工作成效明显,青石司法所荣获全国先进司法所称号。", "青石司法所"),
])
def test_a_unit_opening_a_clause_as_an_honours_holder_is_a_body(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "工作成效明显,各局获评先进单位。",
    "工作成效明显,全面推进格局获评好评。",
    "工作成效明显,我们建立的大格局获评优秀。",
    "工作成效明显,司法所获评先进。",
    "工作成效明显,发展新格局获评好评。",
    "工作成效明显,城市布局获评优秀。",
    "工作成效明显,产业布局获评优秀。",
])
def test_no_unit_from_a_generic_or_verb_phrase_before_an_honour(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("honoured-unit" in r for e in x.entities for r in e.rules), names_of(x)


def test_honoured_units_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "工作成效明显,青石司法所荣获全国先进司法所称号。",
                      components=components_without(["honoured_units"]))
    assert not any("honoured-unit" in r for e in x.entities for r in e.rules), names_of(x)


@pytest.mark.parametrize("sentence, name", [
    ("青溪经济技术开发区管委会完成机构改革。", "青溪经济技术开发区管委会"),
    ("支持苏州高新区管委会优化服务。", "苏州高新区管委会"),
])
def test_a_named_zones_committee_is_a_body(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "各园区管委会完成机构改革。",
    "成立开发区管委会。",
])
def test_an_unnamed_zones_committee_is_no_zone_committee(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("zone-committee" in r for e in x.entities for r in e.rules), names_of(x)


def test_zone_committees_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "青溪经济技术开发区管委会完成机构改革。", components=components_without(["zone_committees"]))
    assert not any("zone-committee" in r for e in x.entities for r in e.rules), names_of(x)


# --- a bracketed place inside a firm's name opens no body ----------------------------------------

def test_a_place_closed_by_a_bracket_opens_no_body():
    x = extract_lines(SHAHEKOU, "云岭(杭州)数据服务中心正式上线。")
    assert not any(n.startswith("杭州") and t == "Department" for n, t in names_of(x).items()), names_of(x)


def test_a_body_with_both_brackets_stands():
    x = extract_lines(SHAHEKOU, "杭州市公共资源交易中心投入运行。")
    assert names_of(x).get("杭州市公共资源交易中心") == "Department", names_of(x)


def test_a_numbered_bureau_of_a_firm_is_no_dictionary_body():
    x = extract_lines(SHAHEKOU, "与中铁一局签订合作协议。")
    assert "铁一局" not in names_of(x), names_of(x)


# --- a compound issuer named by its own division alone -------------------------------------------

def test_a_compound_issuer_named_by_its_own_division_is_the_issuer():
    x = extract_lines("江城市北原区2020年政府工作报告", "各位代表:",
                      "现在,我代表北原区人民政府向大会报告工作。区政府认真履职。")
    govs = [e for e in x.entities if e.type == "Department" and "北原区人民政府" in e.names]
    assert len(govs) == 1 and "区政府" in govs[0].names, names_of(x)


@pytest.mark.parametrize("title, body", [
    ("市中区2020年政府工作报告", "中区人民政府"),       # 市中区 is one name, not 市|中区
    ("国务院2020年政府工作报告", "政府"),               # no issuer place: nothing matched
])
def test_no_short_issuer_form_without_a_parent_division(title, body):
    x = extract_lines(title, "各位代表:", "现在,我代表政府向大会报告工作。中区人民政府成立。")
    assert not any(t == "Department" and n == body and "issuer" in r
                   for e in x.entities for n, t, r in [(e.name, e.type, ",".join(e.rules))]), names_of(x)


# --- a level and one word of a stem and an office head -------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("配合县农机局检查。", "县农机局"),    # 县|农机局: the head inside jieba's word
    ("市气象局发布预警。", "市气象局"),
])
def test_a_level_and_one_office_word_is_a_body(sentence, name):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(name) == "Department", names_of(x)


@pytest.mark.parametrize("sentence, not_name", [
    ("优化全省布局。", "省布局"),
    ("构建全区新格局。", "区新格局"),
    ("打造全市会客厅。", "市会客厅"),
    ("实施自治区冬季项目体育场馆建设。", "自治区冬季项目体育场馆"),
])
def test_a_level_and_a_common_word_ending_like_an_office_is_no_body(sentence, not_name):
    x = extract_lines(SHAHEKOU, sentence)
    assert not_name not in names_of(x), names_of(x)


# --- round 5: a found place's own 区 is no level ------------------------------------------------

def _suffix_veto(place_rule, gazetteer=False):
    """The veto on 江海湾区|国际科技创新中心: a found place 江海湾区 (0-4) and a body read
    from its last character (3-12)."""
    from types import SimpleNamespace

    from kg.extract.departments import place_suffix_level
    from kg.extract.pipeline import Candidate

    place = Candidate(0, 4, "Place", place_rule, 0.7)
    ctx = SimpleNamespace(place_spans=frozenset({(0, 4)} if gazetteer else ()),
                          cache={"found": [place]}, text="江海湾区国际科技创新中心")
    return place_suffix_level(ctx, Candidate(3, 12, "Department", "department:level", 0.9))


def test_the_suffix_of_a_found_region_opens_no_body():
    assert _suffix_veto("place:feature:region")


def test_a_gazetteer_place_keeps_its_levelled_body():
    assert not _suffix_veto("place:gazetteer:district", gazetteer=True)
    x = extract_lines(SHAHEKOU, "在大连市政府和区委的领导下。")
    assert names_of(x).get("区委") == "Department", names_of(x)


def test_the_place_suffix_veto_is_registered():
    assert "kg_place_suffix_levels" in DEFAULT_COMPONENTS
    x = extract_lines(SHAHEKOU, "共建江海大湾区国际科技创新中心。",
                      components=components_without(["place_suffix_levels"]))
    assert names_of(x).get("区国际科技创新中心") == "Department", names_of(x)


# --- round 5: a fund named from the verb that sets it up ----------------------------------------

@pytest.mark.parametrize("sentence, fund", [
    ("设立江海新兴产业创业投资引导基金。", "江海新兴产业创业投资引导基金"),
    ("用好江海成果产业化引导基金，支持企业上市。", "江海成果产业化引导基金"),
    ("扩大江海信贷风险补偿资金池规模。", "江海信贷风险补偿资金池"),
])
def test_a_fund_named_from_its_verb_is_a_department(sentence, fund):
    x = extract_lines(SHAHEKOU, sentence)
    assert names_of(x).get(fund) == "Department", names_of(x)


@pytest.mark.parametrize("sentence", [
    "设立政府引导基金。",              # a kind of fund
    "用好1800亿元引导基金。",          # an amount
    "设立省级产业投资基金。",
])
def test_a_kind_or_an_amount_of_fund_is_no_department(sentence):
    x = extract_lines(SHAHEKOU, sentence)
    assert not any("department:fund" in r for e in x.entities for r in e.rules), names_of(x)


def test_the_fund_rule_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "设立江海新兴产业创业投资引导基金。", components=components_without(["verb_named_funds"]))
    assert not any("department:fund" in r for e in x.entities for r in e.rules)


# --- the dateline's congress across a line break; glued committee and government -------------

@pytest.mark.parametrize("first, second", [
    ("——2020年1月5日在古浪县", "第九届人民代表大会第二次会议上"),
    ("——2020年1月5日在古浪县第九届", "人民代表大会第二次会议上"),
])
def test_a_congress_broken_over_two_lines_is_named_without_the_break(first, second):
    lines = ("古浪县2020年政府工作报告", first, second, "县长  张某", "各位代表:")
    x = extract_lines(*lines)
    assert names_of(x).get("古浪县第九届人民代表大会") == "Department", sorted(names_of(x))
    off = extract_lines(*lines, components=components_without(["broken_congresses"]))
    assert "古浪县第九届人民代表大会" not in names_of(off)


def test_a_broken_congress_is_the_short_body_when_the_report_names_it():
    x = extract_lines("古浪县2020年政府工作报告", "——2020年1月5日在古浪县", "第九届人民代表大会第二次会议上",
                      "在县人大的监督支持下,工作顺利推进。")
    assert "古浪县第九届人民代表大会" in the(x, "县人大").aliases


def test_a_prefecture_committee_glued_to_its_government_is_two_bodies():
    names = names_of(extract_lines("州委州政府高度重视,成立领导小组推进。"))
    assert names.get("州委") == "Department" and names.get("州政府") == "Department", sorted(names)
    assert "州委州政府" not in names


# --- 中央: with bare levels or before its own rulings it is the Party centre ---------------------

@pytest.mark.parametrize("sentence", [
    "坚决落实中央、省和江城市决策部署。",
    "认真落实中央和省各项决策部署。",
    "把中央、自治区和市委关于发展的要求落到实处。",
    "认真落实中央决策部署和市委工作要求。",
    "按照中央部署,扎实推进各项改革。",
    "贯彻落实中央和省、市出台的一系列新政策。",
])
def test_the_centre_with_bare_levels_or_its_rulings_is_a_body(sentence):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get("中央") == "Department"


@pytest.mark.parametrize("sentence", [
    "争取中央和省预算内投资。",
    "用好中央、省、市财政资金。",
    "理顺中央和地方事权。",
    "落实中央和省级资金。",
])
def test_the_centre_beside_levels_as_funders_or_scopes_is_no_body(sentence):
    assert "中央" not in names_of(extract_lines(SHAHEKOU, sentence))


@pytest.mark.parametrize("sentence", [
    "争取中央预算内投资2亿元。",
    "落实中央精神文明建设指导委员会的要求。",
    "推进中央商务区建设。",
])
def test_the_centre_before_other_words_is_no_body(sentence):
    assert names_of(extract_lines(SHAHEKOU, sentence)).get("中央") != "Department"


# --- a prefecture's bodies by their short forms ------------------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("在地委、行署和县委的坚强领导下,全县经济稳步增长。", ("地委", "行署", "县委")),
    ("落实盟行署关于防汛的部署。", ("盟行署",)),
])
def test_a_prefecture_s_bodies_by_their_short_forms(sentence, names):
    found = names_of(extract_lines(SHAHEKOU, sentence))
    assert all(found.get(n) == "Department" for n in names), found


@pytest.mark.parametrize("sentence, not_name", [
    ("当地委托第三方机构开展评估。", "地委"),      # 当地|委托: no short form
    ("开展银行署名活动。", "行署"),
])
def test_a_prefecture_short_form_inside_other_words_is_no_body(sentence, not_name):
    assert not_name not in names_of(extract_lines(SHAHEKOU, sentence))


def test_prefecture_bodies_can_be_switched_off():
    x = extract_lines(SHAHEKOU, "在地委、行署和县委的坚强领导下。", components=components_without(["prefecture_bodies"]))
    assert "地委" not in names_of(x) and "行署" not in names_of(x)



def test_a_congress_glued_to_the_cppcc_is_two_bodies():
    names = names_of(extract_lines(SHAHEKOU, "在市委正确领导下,在市人大市政协监督支持下,市政府扎实工作。"))
    assert names.get("市人大") == "Department" and names.get("市政协") == "Department", sorted(names)
    assert "市人大市政协" not in names


def test_a_place_s_numbered_congress_short_form_is_a_session():
    names = names_of(extract_lines("江城市北原区2021年政府工作报告",
                                   "较好完成了北原区四届人大四次会议确定的目标任务。"))
    assert not any(n.endswith("人大") for n in names), sorted(names)


# --- round 7: the issuer by its place and a shorter or numbered government form -----------------

def _department_aliases(x, name):
    entity = next((e for e in x.entities if e.name == name), None)
    return set(entity.aliases) if entity else set()


@pytest.mark.parametrize("sentence, form", [
    ("在市委的领导下,北原区政府全面贯彻落实各项部署。", "北原区政府"),
    ("我代表北原区第五届人民政府向大会报告工作。", "北原区第五届人民政府"),
])
def test_the_issuer_by_a_shorter_or_numbered_form_is_the_issuer(sentence, form):
    x = extract_lines("江城市北原区2021年政府工作报告", sentence)
    assert form in _department_aliases(x, "江城市北原区人民政府"), [(e.name, e.aliases) for e in x.entities]


def test_a_body_of_the_issuer_s_government_keeps_its_name():
    names = names_of(extract_lines("江城市北原区2021年政府工作报告", "北原区政府办公室牵头推进。"))
    assert names.get("北原区政府办公室") == "Department", names


@pytest.mark.parametrize("sentence, wrong", [
    ("深化与湖北大学附属医院战略合作。", "湖北大学附属医院"),
    ("河南大学医学院附属第一医院与本县签署合作协议。", "河南大学医学院附属第一医院"),
])
def test_a_university_s_unit_is_no_government_body(sentence, wrong):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(wrong) != "Department", names


def test_a_place_s_body_next_to_a_school_stays():
    names = names_of(extract_lines(SHAHEKOU, "湖北省卫生健康委员会与湖北大学签署协议。"))
    assert names.get("湖北省卫生健康委员会") == "Department", names
