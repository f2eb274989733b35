"""Quoted-name rules of kg/extract/quoted.py, pinned with real sentences and hard
negatives from the gold notes; each veto is also checked switched off."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import NATIONAL, SHAHEKOU, extract_lines, names_of  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402


def programs(*lines: str, without: tuple[str, ...] = ()) -> set[str]:
    """Names of the Programs extracted from ``lines``."""
    components = components_without(list(without)) if without else None
    return {n for n, t in names_of(extract_lines(*lines, components=components)).items() if t == "Program"}


THREE_RURAL = ("加强对实体经济特别是小微企业、“三农”等支持。", "继续毫不放松抓好“三农”工作，完善强农惠农富农政策。")


def test_a_quoted_numeral_and_one_character_is_a_topic_group():
    assert "三农" not in programs(NATIONAL, *THREE_RURAL)
    assert "三农" in programs(NATIONAL, *THREE_RURAL, without=("quoted_tags",))


@pytest.mark.parametrize("lines, name", [
    ((SHAHEKOU, "深入开展“六五”普法,推进依法治区。"), "六五普法"),
    ((NATIONAL, "启动“七五”普法。"), "七五普法"),
])
def test_a_numbered_tag_with_a_strong_head_stays(lines, name):
    assert name in programs(*lines)


@pytest.mark.parametrize("sentence, name", [
    ("全面落实“六稳”部署,打好三大攻坚战。", "六稳"),
    ("民兵建设、“双拥”共建取得新成果。", "双拥"),
    ("持续推进“双创”，新增市场主体。", "双创"),
    ("严格落实“双减”，课后服务全覆盖。", "双减"),
])
def test_a_quoted_numeral_and_an_act_is_a_policy(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("action_tags",))


@pytest.mark.parametrize("sentence, wrong", [
    ("严查“四风”问题，改进作风。", "四风"),
    ("压减“三公”经费一成。", "三公"),
    ("新增“五上”企业12家。", "五上"),
    ("把更多财力用在基层“三保”上。", "三保"),
])
def test_a_quoted_numeral_and_a_noun_stays_a_topic_group(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_tag_listed_right_after_an_action_tag_of_the_same_count_is_its_pair():
    sentence = "全力做好“六稳”“六保”工作，经济企稳回升。"
    assert "六保" in programs(NATIONAL, sentence)
    assert "六保" in programs(NATIONAL, "全力做好“六稳”、“六保”工作。")


@pytest.mark.parametrize("sentence, wrong", [
    ("做好“三农”“三保”工作，经济企稳回升。", "三保"),
    ("做好“六稳”“三保”工作，经济企稳回升。", "三保"),
    ("落实“六稳”要求，把财力用在基层“六保”上。", "六保"),
])
def test_a_noun_tag_not_paired_with_an_action_tag_stays_a_topic(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_metaphor_after_a_verb_of_becoming_is_no_scheme():
    sentence = "需要新动能异军突起和传统动能转型，形成新的“双引擎”，才能推动经济持续增长。"
    assert "双引擎" not in programs(NATIONAL, sentence)
    assert "双引擎" in programs(NATIONAL, sentence, without=("quoted_outcomes",))


def test_a_scheme_after_other_verbs_stays():
    assert "一带一路" in programs(NATIONAL, "扎实推进“一带一路”建设。")


def test_a_quoted_kind_of_household_is_who_a_scheme_is_for():
    sentence = "下岗失业人员再就业3869人，“零就业家庭”动态就业援助。"
    assert "零就业家庭" not in programs(SHAHEKOU, sentence)
    assert "零就业家庭" in programs(SHAHEKOU, sentence, without=("quoted_categories",))


# --- 简称 abbreviations (invented sentences: the bundled reports have none) ---------------

ABBREVIATED = ("实施城乡供水一体化提升工程（简称“水网工程”），全年投资5亿元。",
               "今年“水网工程”覆盖全部乡镇。", "开展质量强市行动计划，简称“强市计划”。")


def test_a_scheme_and_its_quoted_short_form_are_one_program():
    x = extract_lines(NATIONAL, *ABBREVIATED)
    found = {e.name: e.aliases for e in x.entities if e.type == "Program"}
    assert found["城乡供水一体化提升工程"] == ["水网工程"]
    assert found["质量强市行动计划"] == ["强市计划"]
    without = programs(NATIONAL, *ABBREVIATED, without=("abbreviations",))
    assert "城乡供水一体化提升工程" not in without


def test_a_short_form_of_a_description_is_no_scheme():
    assert "循环经济" not in programs(NATIONAL, "大力发展循环经济（简称“循环经济”）。")


DRIVE = "继续做好国家级“慢性非传染性疾病综合防控示范区”创建工作。"
CAMPAIGN = "城市数字化监控工程全面启动。“平安幸福海拉尔”创建活动成效显著。"


def test_a_quoted_title_being_worked_for_is_an_honour():
    assert "慢性非传染性疾病综合防控示范区" not in programs(SHAHEKOU, DRIVE)
    assert "慢性非传染性疾病综合防控示范区" in programs(SHAHEKOU, DRIVE, without=("quoted_designations",))


def test_a_quoted_campaign_being_created_stays():
    assert "平安幸福海拉尔" in programs(SHAHEKOU, CAMPAIGN)


ADOPTION = "引导社会组织参与生态文明建设。推广“井田式、责任制”等绿地认养模式,提高弃管绿地管护水平。"


def test_quoted_items_closed_by_a_scheme_class_are_schemes():
    assert "井田式、责任制" in programs(SHAHEKOU, ADOPTION)
    assert "井田式、责任制" not in programs(SHAHEKOU, ADOPTION, without=("listed_schemes",))


@pytest.mark.parametrize("sentence", [
    "加强对实体经济特别是小微企业、“三农”等支持。",          # 支持 is no scheme class
    "坚持“走出去、请进来”等招商推介活动。",                  # a slogan stays rejected
])
def test_quoted_items_without_a_scheme_class_or_slogans_are_not_listed(sentence):
    assert not programs(NATIONAL, sentence) & {"三农", "走出去、请进来"}


PLAN = ("审议《国民经济和社会发展第十三个五年规划纲要（草案）》，提交大会审查。",
        "《纲要草案》提出了今后五年的目标任务。", "启动一批“十三五”规划重大项目。",
        "审议《中共中央关于制定国民经济和社会发展第十三个五年规划的建议》。")


def test_a_five_year_plan_title_and_its_short_title_are_the_period_plan():
    x = extract_lines(NATIONAL, *PLAN)
    plan = [e for e in x.entities if e.name == "十三五规划"]
    assert len(plan) == 1 and {"纲要草案", "十三五"} <= set(plan[0].aliases)
    assert "中共中央关于制定国民经济和社会发展第十三个五年规划的建议" in programs(NATIONAL, *PLAN)
    assert "纲要草案" in programs(NATIONAL, *PLAN, without=("five_year_plans",))


def test_a_scheme_before_a_quoted_period_plan_has_a_plan_of_its_own():
    from helpers import NATIONAL, extract_lines, names_of
    from kg.extract.pipeline import components_without

    sentence = "加快长江经济带发展。制定实施西部大开发“十三五”规划，实施新一轮振兴战略。"
    got = names_of(extract_lines(NATIONAL, sentence))
    assert got.get("西部大开发十三五规划") == "Program" and got.get("西部大开发") == "Program", sorted(got)
    got = names_of(extract_lines(NATIONAL, sentence, components=components_without(["scheme_period_plans"])))
    assert "西部大开发十三五规划" not in got


def test_a_quoted_period_plan_after_no_scheme_is_the_overall_plan():
    from helpers import NATIONAL, extract_lines, names_of

    got = names_of(extract_lines(NATIONAL, "今年要启动一批“十三五”规划重大项目。"))
    assert not [n for n in got if n.endswith("十三五规划") and n != "十三五规划"]


@pytest.mark.parametrize("sentence, name, not_name", [
    ("在全省首创“邻里管家”制度,服务居民两万人次。", "邻里管家制度", "全省首创邻里管家制度"),
    ("推行处级干部包抓“双百”企业机制,化解难题40件。", "双百企业机制", "处级干部包抓双百企业机制"),
])
def test_a_scope_word_or_a_verb_before_the_quote_is_no_part_of_the_name(sentence, name, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert name in names and not_name not in names, sorted(names.items())


def test_a_head_inside_a_longer_word_after_the_quote_is_no_head():
    names = names_of(extract_lines(SHAHEKOU, "深化“三个一批”项目管理,新开工项目45个。"))
    assert "三个一批项目" not in names, sorted(names.items())


@pytest.mark.parametrize("sentence, not_name", [
    ("以实际行动“建设好一方净土”,连续开展污染防治行动。", "建设好一方净土"),
    ("积极向上争取资金,开辟了“第三财源”。", "第三财源"),
])
def test_an_imperative_slogan_or_an_ordinal_figure_is_no_scheme(sentence, not_name):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert not_name not in names, sorted(names.items())


def test_a_short_title_after_a_long_one_is_its_alias():
    x = extract_lines(SHAHEKOU, "请连同《青溪区全民健身三年行动计划(草案)》(以下简称《计划》)一并审议。")
    names = names_of(x)
    assert "计划" not in names, sorted(names.items())
    assert "计划" in x.entity("青溪区全民健身三年行动计划(草案)").aliases


# --- launched quotes: a launch verb takes the quoted word as its whole object ----------------

@pytest.mark.parametrize("sentence, name", [
    ("全面深化“塘长制”，水体质量稳步提高。", "塘长制"),
    ("创新开展“以奖代拨”，帮助农户销售山货。", "以奖代拨"),
    ("连续三年开展扬尘治理“冬季攻坚”，空气质量持续改善。", "冬季攻坚"),
])
def test_a_quoted_object_of_a_launch_verb_is_a_scheme(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("launched_quotes",))


@pytest.mark.parametrize("sentence, wrong", [
    ("协同推进“减排”“扩林”，生态持续向好。", "减排"),            # two characters: a tag
    ("扎实推进“两个率先”，发展势头良好。", "两个率先"),          # a numbered formula
    ("扎实推进“肠梗阻”等问题专项整治。", "肠梗阻"),              # a problem, closed by 等问题
    ("坚持“绿水青山就是金山银山”，守住底线。", "绿水青山就是金山银山"),  # a slogan verb
    ("推进“塘长制”改革试点。", "塘长制"),                      # not the whole object
])
def test_a_quoted_word_that_is_no_whole_launched_object_is_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_quoted_number_with_a_strong_head_is_a_scheme_code_name():
    sentence = "积极实施“2468”工程，县域经济稳中趋好。"
    assert "2468工程" in programs(NATIONAL, sentence)
    assert not {n for n in programs(NATIONAL, "落实“2468”发展思路重点项目规划。") if "2468" in n}


def test_quoted_items_closed_by_their_own_count_and_a_scheme_class_are_schemes():
    sentence = "打好“大清扫”“大巡查”“大帮扶”三大组合拳，成效明显。"
    found = programs(NATIONAL, sentence)
    assert {"大清扫", "大巡查", "大帮扶"} <= found
    assert not {"大清扫", "大巡查", "大帮扶"} & programs(NATIONAL, sentence, without=("counted_quotes",))


@pytest.mark.parametrize("sentence", [
    "打好“大清扫”“大巡查”四大组合拳。",            # the count is not the number of items
    "树牢“大局观”“大视野”两大理念。",              # a class of ideas, not of schemes
])
def test_quoted_items_without_a_matching_count_and_scheme_class_stay_bare(sentence):
    assert not {"大清扫", "大巡查", "大局观", "大视野"} & programs(NATIONAL, sentence)


def test_a_count_before_the_quote_is_the_scope_not_the_name():
    found = programs(NATIONAL, "开展12个村“三权”改革试点，完成整村整治30个。")
    assert "三权改革" in found and "12个村三权改革" not in found


@pytest.mark.parametrize("sentence, wrong", [
    ("当好企服“金牌小二”，做到有求必应。", "金牌小二"),      # a numeral inside: no bare-word doubt
    ("争当“一线尖兵”，奋力赶超。", "一线尖兵"),
])
def test_a_role_to_play_is_a_metaphor_not_a_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_plan_title_with_long_range_goals_is_the_period_plan():
    line = "请连同《江城市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》一并审议。"
    found = programs(NATIONAL, line)
    assert "十四五规划" in found
    proposal = "学习《中共江城市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》。"
    assert "十四五规划" not in programs(NATIONAL, proposal)


def test_a_two_clause_quote_with_a_strong_head_glued_on_is_a_scheme():
    assert "窗口吹哨、部门报到机制" in programs(NATIONAL, "推广“窗口吹哨、部门报到”机制。")
    assert "窗口吹哨、部门报到" not in programs(NATIONAL, "坚持“窗口吹哨、部门报到”，服务群众。")


def test_side_by_side_quoted_items_closed_by_a_scheme_class_are_all_listed():
    found = programs(NATIONAL, "推行“容缺办理”“承诺代证”等审批模式。")
    assert {"容缺办理", "承诺代证"} <= found


@pytest.mark.parametrize("sentence, wrong", [
    ("经验做法被央视《晚间要闻》报道。", "晚间要闻"),
    ("《江城日报》头版刊发我区经验。", "江城日报"),
])
def test_a_programme_or_paper_that_reports_is_media_not_a_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)
    assert wrong in programs(NATIONAL, sentence, without=("quoted_media",))


def test_a_plan_title_stays_a_scheme():
    assert "江城市产业发展规划" in programs(NATIONAL, "编制《江城市产业发展规划》，通过评审。")


# --- round 2: quoted events, the government's own five-year plan ---------------------------

@pytest.mark.parametrize("sentence, name", [
    ("举办“春风十里”国际茶文化节、“山海携手”合作恳谈会等招商活动。", "春风十里国际茶文化节"),
    ("举办“春风十里”国际茶文化节、“山海携手”合作恳谈会等招商活动。", "山海携手合作恳谈会"),
])
def test_a_quoted_brand_and_its_event_are_one_name(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("quoted_events",))


def test_a_quoted_holiday_or_a_word_ending_in_jie_is_no_event():
    found = programs(NATIONAL, "开展“五一”劳动节慰问，加强“一带一路”沿线节点城市合作。")
    assert "五一劳动节" not in found
    assert not any(n.endswith("节点") for n in found)


@pytest.mark.parametrize("sentence", ["今年是实现“十五五”规划目标任务的关键一年。",
                                      "今年是实现“十五五”规划目标的关键一年。"])
def test_the_quoted_own_five_year_plan_is_named_even_before_its_targets(sentence):
    assert "十五五规划" in programs(NATIONAL, sentence)
    assert "十五五规划" not in programs(NATIONAL, sentence, without=("period_plans",))


@pytest.mark.parametrize("sentence, name", [
    ("年初出台“稳外贸15条”，外贸回稳。", "稳外贸15条"),
    ("第一时间出台“开局起跑”12条政策措施，科学调度。", "开局起跑12条政策措施"),
])
def test_a_quoted_topic_with_its_count_of_articles_is_a_package(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("counted_packages",))


def test_a_count_of_articles_alone_is_no_package_name():
    assert "20条" not in programs(NATIONAL, "兑现“20条”，企业受益。")


def test_a_topic_written_before_a_quoted_count_names_the_package():
    sentence = "年内出台促消费“12条”、助企纾困“15条”及稳岗措施“8条”等政策，市场回暖。"
    found = programs(NATIONAL, sentence)
    assert {"促消费12条", "助企纾困15条", "稳岗措施8条"} <= found
    assert not {"12条", "15条", "8条"} & found
    assert "促消费12条" not in programs(NATIONAL, sentence, without=("counted_packages",))


@pytest.mark.parametrize("sentence", ["认真落实上述“10条”，企业受益。", "及时兑现各项“10条”，企业受益。",
                                      "“十条”落地见效，企业受益。"])
def test_a_quoted_count_without_a_topic_before_it_names_nothing(sentence):
    assert not any(n.endswith("条") for n in programs(NATIONAL, sentence))


@pytest.mark.parametrize("sentence, name", [
    ("完成甲企业“营改增”移交。", "营改增"),
    ("开通“公转铁”联运班列。", "公转铁"),
])
def test_a_quoted_switch_is_a_switchover_policy(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("switch_tags",))


def test_a_switch_that_is_a_misdeed_is_no_policy():
    assert "客改货" not in programs(NATIONAL, "整治占道经营、“客改货”等行为。")


# --- round 4: a saying with its strong head names the scheme ---------------------------------

def test_a_saying_with_a_strong_head_after_it_is_a_scheme():
    names = programs(NATIONAL, "深入实施“工业强县、生态立县、旅游兴县”发展战略，县域经济稳步增长。")
    assert "工业强县、生态立县、旅游兴县发展战略" in names
    assert "发展战略" not in names


def test_a_saying_without_a_head_stays_a_slogan():
    names = programs(NATIONAL, "牢固树立“敢为人先、埋头苦干、久久为功”的发展理念，推动工作落实。")
    assert not any("敢为人先" in n for n in names)


def test_a_launched_numbered_tag_with_renewal_names_the_renewal_scheme():
    names = programs(NATIONAL, "依法有序推进“三旧”改造，促进节约集约用地。")
    assert "三旧改造" in names
    assert "三旧改造" not in programs(NATIONAL, "依法有序推进“三旧”改造，促进节约集约用地。",
                                    without=("renewal_tags",))


@pytest.mark.parametrize("sentence", [
    "继续抓好“三农”工作，完善强农惠农政策。",
    "“三旧”改造面积较上年减少。",  # no launch verb: a count reported, no scheme run
    "坚决纠正“四风”，推动作风转变。",
])
def test_a_numbered_tag_without_a_launched_renewal_stays_out(sentence):
    assert not any(n.startswith(("三农", "三旧", "四风")) for n in programs(NATIONAL, sentence))


def test_a_numbered_formula_holding_a_place_is_a_city_vision():
    title = "桐乡市2016年政府工作报告"
    assert "三个桐乡" in programs(title, "紧紧围绕加快建设“三个桐乡”、奋力实现“两个率先”的目标任务，凝心聚力。")
    assert not any(n.startswith("两个") for n in programs(title, "深刻领悟“两个确立”、坚决做到“两个维护”。"))


def _types(*lines: str, without: tuple[str, ...] = ()) -> dict[str, str]:
    components = components_without(list(without)) if without else None
    return names_of(extract_lines(*lines, components=components))


def test_a_quoted_brand_with_a_kind_of_fund_is_a_named_fund():
    sentence = "困难群众全部纳入救助范围，“暖心同行”保障基金实现应报尽报。"
    assert _types(NATIONAL, sentence).get("暖心同行保障基金") in ("Department", "Program")
    assert "暖心同行保障基金" not in _types(NATIONAL, sentence, without=("quoted_funds",))


def test_a_quoted_word_before_a_fund_of_something_else_is_no_fund():
    names = _types(NATIONAL, "设立“暖心同行”的基金会，开展慈善募捐。")
    assert not any(n.startswith("暖心同行") and n.endswith("基金") for n in names)


@pytest.mark.parametrize("sentence, name", [
    ("认真贯彻自治区“4321”发展思路，全面落实稳增长。", "4321"),
    ("紧紧围绕市委“246”战略部署，深入实施乡村振兴。", "246"),
    ("建立“2468”工作制度。", "2468"),
    ("全面落实省委“1+2+6”战略部署和市委工作安排。", "1+2+6"),
    ("紧盯“4213”发展目标，遵循“四个二”工作思路，推进转型。", "4213"),  # a goal counted out
    ("紧盯“4213”发展目标，遵循“四个二”工作思路，推进转型。", "四个二"),  # numerals only
    ("落实“2385”具体部署，克难攻坚。", "2385"),  # an adverb of detail before the plan word
    ("锚定“35786”工作任务，全力抓经济。", "35786"),  # a task list closes the code like a goal
    ("聚力区委“2417”发展战略〔1〕，紧盯目标。", "2417"),  # a footnote mark closes it
])
def test_a_quoted_code_of_figures_before_a_plan_word_is_a_scheme(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("quoted_code_names",))


@pytest.mark.parametrize("sentence, wrong", [
    ("开通“12345”热线，受理群众诉求。", "12345"),
    ("全面启动“1908”小镇建设。", "1908"),
    ("全年完成“5000”户改造任务。", "5000"),
    ("落实“4321”的要求。", "4321"),
    ("实施“4321”思路重点项目28个。", "4321"),
    ("完成“2385”具体任务清单。", "2385"),  # a task that is not the work's own list
    ("实现“两个一百年”奋斗目标。", "两个一百年"),  # not numerals only, and a struggle goal
    ("全面完成“五个五”任务目标。", "五个五"),  # no plan word or goal right after
])
def test_a_quoted_code_before_no_plan_word_is_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, name", [
    ("一、2025年和“十五五”时期工作回顾", "十五五"),
    ("“十五五”期间，全县地区生产总值年均增长6%。", "十五五"),
    ("全面完成了“十五五”目标任务，实现了“十六五”良好开局。", "十六五"),
])
def test_a_quoted_five_year_period_alone_is_the_period_plan(sentence, name):
    assert name in programs(NATIONAL, sentence)
    assert name not in programs(NATIONAL, sentence, without=("period_tags",))


def test_a_quoted_period_inside_a_city_plan_title_is_no_short_name():
    names = programs(NATIONAL, "请各位代表审议《江城市“十五五”时期国民经济和社会发展规划纲要（草案）》。")
    assert "十五五" not in names


@pytest.mark.parametrize("sentence, name", [
    ("坚持“商贸强区”战略，出台服务业发展意见。", "商贸强区战略"),
    ("全面践行“两山两水”战略，奋力建设新城。", "两山两水战略"),
])
def test_a_slogan_verb_before_a_quote_with_a_strong_head_takes_a_scheme(sentence, name):
    assert name in programs(NATIONAL, sentence)


def test_a_slogan_verb_before_a_bare_quote_still_takes_a_slogan():
    assert not any(n.startswith("勇立潮头") for n in programs(NATIONAL, "坚持“勇立潮头”，奋力拼搏。"))


def test_the_second_half_of_an_action_pair_stands_before_any_noun():
    sentence = "面对艰巨的“六稳”“六保”任务，全力以赴稳住基本盘。"
    assert {"六稳", "六保"} <= programs(NATIONAL, sentence)
    assert "六保" not in programs(NATIONAL, "全面落实“六保”任务，兜牢民生底线。")  # alone: a duty


@pytest.mark.parametrize("sentence, wrong", [
    ("应对偿债高峰期、项目攻坚期“三期叠加”和需求收缩、预期转弱“三重压力”，经济保持增长。", "三期叠加"),
    ("应对偿债高峰期、项目攻坚期“三期叠加”和需求收缩、预期转弱“三重压力”，经济保持增长。", "三重压力"),
    ("化解“四大矛盾”，稳定市场预期。", "四大矛盾"),
])
def test_a_quoted_condition_faced_is_no_scheme(sentence, wrong):
    assert wrong not in programs(NATIONAL, sentence)


def test_a_quoted_policy_tag_next_to_a_condition_stays():
    found = programs(NATIONAL, "面对“三重压力”，扎实做好“六稳”工作。")
    assert "六稳" in found and "三重压力" not in found, sorted(found)


def test_a_quote_joined_to_a_headed_quote_shares_its_head():
    sentence = "开展“田亩比效益”和“净地出让”改革，盘活存量用地。"
    assert "田亩比效益" in programs(NATIONAL, sentence)
    unheaded = "“田亩比效益”和“净地出让”成效明显，盘活存量用地。"  # no head after the second
    assert "田亩比效益" not in programs(NATIONAL, unheaded)


@pytest.mark.parametrize("sentence, name", [
    ("认真开展“守初心、担使命”主题教育，成效明显。", "守初心、担使命"),
    ("开展“脚下沾泥土,心里装百姓”走访活动，解决群众难题。", "脚下沾泥土,心里装百姓"),
])
def test_a_saying_that_names_a_campaign_is_kept(sentence, name):
    assert name in programs(NATIONAL, sentence)


def test_a_saying_without_a_campaign_head_stays_a_slogan():
    assert "守初心、担使命" not in programs(NATIONAL, "我们要“守初心、担使命”，奋力前行。")


@pytest.mark.parametrize("sentence, slogan", [
    ("紧紧围绕“争当江城推动区域一体化高质量发展排头兵”奋斗目标，全力打好攻坚战。",
     "争当江城推动区域一体化高质量发展排头兵"),
    ("围绕“争当江城推动区域一体化高质量发展排头兵”发展定位，扎实工作。",
     "争当江城推动区域一体化高质量发展排头兵"),
])
def test_a_long_clause_called_a_goal_is_a_slogan(sentence, slogan):
    assert slogan not in programs(NATIONAL, sentence)
    assert slogan in programs(NATIONAL, sentence.replace("”奋斗目标", "”").replace("”发展定位", "”"))


def test_a_counted_tag_called_a_goal_is_not_a_goal_clause():
    assert "三区四城同步建设" in programs(NATIONAL, "紧紧围绕“三区四城同步建设”奋斗目标，全力以赴抓落实。")


@pytest.mark.parametrize("sentence, name", [
    ("扎实推进“三区”建设，统筹做好稳增长各项工作。", "三区"),
    ("农业“两区”建设成效显著，获评省级先进。", "两区"),
])
def test_a_counted_zone_tag_built_is_a_scheme(sentence, name):
    assert name in programs(NATIONAL, sentence)


@pytest.mark.parametrize("sentence, tag", [
    ("坚定不移打造“四区”，深入开展专项行动。", "四区"),
    ("扎实推进“三农”建设，农民收入稳步增长。", "三农"),
])
def test_a_counted_tag_not_a_built_zone_stays_vetoed(sentence, tag):
    assert tag not in programs(NATIONAL, sentence)


COUNTY_TITLE = "婺源县2017年政府工作报告"  # a county of the gazetteer, so its bare name is a Place


@pytest.mark.parametrize("sentence, wrong", [
    ("这五年,经济实力大幅提升,贡献了“婺源力量”,展示了“婺源形象”。", "婺源力量"),
    ("这五年,经济实力大幅提升,贡献了“婺源力量”,展示了“婺源形象”。", "婺源形象"),
    ("项目从签约到投产仅用半年,跑出了“婺源速度”。", "婺源速度"),
])
def test_a_quoted_quality_of_a_place_is_a_boast(sentence, wrong):
    assert wrong not in programs(COUNTY_TITLE, sentence)


def test_a_quoted_model_of_a_place_stays():
    assert "婺源模式" in programs(COUNTY_TITLE, "推广“婺源模式”,带动周边乡镇发展。")


@pytest.mark.parametrize("sentence, wrong", [
    ("过去一年,全县多项工作取得“2个首次突破”“3个稳居第一”。", "3个稳居第一"),
    ("全区粮食产量等实现“五个全省第一”,增速领先。", "五个全省第一"),
])
def test_a_quoted_tally_of_rankings_is_a_result(sentence, wrong):
    assert wrong not in programs(sentence)


def test_a_tally_with_a_strong_head_stays():
    assert "两个走在前列战略" in programs("推进“两个走在前列”战略,推动高质量发展。")


@pytest.mark.parametrize("sentence, name, wrong", [
    ("在全省首创企业“码上办”服务模式,办事时间缩短一半。", "企业码上办服务模式", "首创企业码上办服务模式"),
    ("锚定“工业强镇、农业兴镇”第一战略,全力抓项目。", "工业强镇、农业兴镇第一战略", "锚定工业强镇、农业兴镇第一战略"),
])
def test_a_verb_read_as_a_noun_opens_no_glued_name(sentence, name, wrong):
    found = programs(sentence)
    assert wrong not in found and name in found


@pytest.mark.parametrize("sentence", [
    "扎实做好“六稳”工作,全面落实“六保”任务,经济稳中向好。",
    "做好“六稳”工作、落实“六保”任务,全县经济持续恢复。",
])
def test_the_second_tag_of_parallel_action_clauses_is_a_policy(sentence):
    assert "六保" in programs(sentence)


def test_a_duty_tag_far_from_an_action_tag_stays_a_duty():
    assert "六保" not in programs("全面落实“六稳”工作要求,坚持财政资金优先保障。全力兜牢“六保”底线。")


@pytest.mark.parametrize("sentence", [
    "五年来,较好完成“十三五”目标任务,顺利开启新征程。",
    "圆满完成了“十二五”目标,经济总量翻番。",
])
def test_a_quoted_period_before_its_targets_is_the_plan(sentence):
    found = programs(sentence)
    assert found & {"十三五", "十二五"}
