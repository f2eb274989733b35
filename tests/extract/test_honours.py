"""Honour titles (kg.extract.honours): where they start, end and split."""
import pytest

from kg.extract.honours import find_honours, plain_title


@pytest.mark.parametrize("text, honours", [
    # invented: two honours joined by 、, the first one unquoted at its end
    ("被国家确定为甲省“中小学教师国家级培训计划”试点单位、乙市唯一的教育信息化创新应用典型区。",
     ["甲省中小学教师国家级培训计划试点单位", "教育信息化创新应用典型区"]),
    ("“某某课堂”被评为“全国终身学习活动品牌”和“乙市首批市民学习品牌”。",
     ["全国终身学习活动品牌", "市民学习品牌"]),
    ("被评为全国科技进步先进区和全国文化先进区、全国双拥模范城。",
     ["全国科技进步先进区", "全国文化先进区", "全国双拥模范城"]),
    # 和 inside a title (和谐) is no joint
    ("获评全国和谐社区建设示范区。", ["全国和谐社区建设示范区"]),
    ("荣获全国文明城市和国家卫生城市称号。", ["全国文明城市", "国家卫生城市"]),
])
def test_honours_split_at_joints_that_close_a_title(text, honours):
    assert [h.text for h in find_honours(text)] == honours


@pytest.mark.parametrize("text, honours", [
    # invented: quoted titles that touch one another, after a strong cue, are one honour each
    ("荣获“全国绿色示范县城”“全省创业先行县”“全省食品安全放心县”等荣誉。",
     ["全国绿色示范县城", "全省创业先行县", "全省食品安全放心县"]),
    ("连续两年被评为“全省县域经济十强县”。", ["全省县域经济十强县"]),
    ("被评为“全市营商环境十佳区”。", ["全市营商环境十佳区"]),
    # invented: the list goes on after ,以及 and ends in a summary (等多项…荣誉)
    ("荣获“全国绿色示范县城”,以及“全省环保模范县”“全省平安县”等多项国家级、省级荣誉。",
     ["全国绿色示范县城", "全省环保模范县", "全省平安县"]),
])
def test_quoted_titles_after_a_strong_cue(text, honours):
    assert [h.text for h in find_honours(text)] == honours


@pytest.mark.parametrize("text, honours", [
    # invented: a title opening with the level that gives it, whatever its head, after a strong cue
    ("某某园被评为国家级科技企业孵化器,新入驻企业30家。", ["国家级科技企业孵化器"]),
    ("某某软件获评省级工业互联网“双创”平台。", ["省级工业互联网双创平台"]),
    # heads of titles: 实验区/试验区/之乡 close a title, so a list splits there
    ("被确定为全国农村改革实验区、城乡统筹试点区。", ["全国农村改革实验区", "城乡统筹试点区"]),
    ("荣获中国杨梅之乡、全国粮食生产先进区。", ["中国杨梅之乡", "全国粮食生产先进区"]),
    # the count that sums up the list is no part of its last title
    ("荣获全省平安建设先进区、全省争先进位奖等30多项荣誉称号。", ["全省平安建设先进区", "全省争先进位奖"]),
])
def test_level_scoped_titles_heads_and_counted_summaries(text, honours):
    assert [h.text for h in find_honours(text)] == honours


@pytest.mark.parametrize("text", [
    "获评省级补助资金300万元。",   # a sum, not a title
    "被评为全省优秀。",             # too short to be a title
    "获得国家级资金支持。",         # 资金 is no honour
    "获评省级财政奖补资金5000万元。",
])
def test_a_level_word_alone_makes_no_title(text):
    assert find_honours(text) == []


def test_fields_of_work_summed_as_honours_are_no_titles():
    # a field (改革创新, 文明创建) has no title head, quote or scope; a quoted or scoped item stays
    assert find_honours("荣获改革创新、文明创建等全国性荣誉称号。") == []
    text = "获得了全国文明城市提名、“中国某某氧吧”、国家卫生县城等国字号荣誉。"
    assert [h.text for h in find_honours(text)] == ["全国文明城市提名", "中国某某氧吧", "国家卫生县城"]


def test_a_batch_and_its_count_are_stripped_together():
    assert plain_title("甲省首批十家民营经济创新示范市") == "民营经济创新示范市"
    assert [h.text for h in find_honours("获评甲省首批十家民营经济创新示范市,")] == ["民营经济创新示范市"]


@pytest.mark.parametrize("text", ["获得“群众点赞”。", "成为“网红打卡地”。"])
def test_a_quote_after_a_weak_cue_is_no_honour(text):
    assert find_honours(text) == []


@pytest.mark.parametrize("text", ["获得了上级资金支持。", "成为经济发展的新引擎。", "获批建设用地指标。"])
def test_no_honour_without_a_title_head(text):
    assert find_honours(text) == []


def test_spans_point_at_the_title_in_the_text():
    text = "某某街道被评为全国经济普查先进单位。"
    (honour,) = find_honours(text)
    assert text[honour.start:honour.end] == honour.text and text[honour.cue:honour.start] == "被评为"


# --- one finder: designations and scoped titles are found here, relate only assigns holders ---

from kg.extract.honours import find_designations, find_scoped_titles  # noqa: E402


@pytest.mark.parametrize("text, titles", [
    ("今年喜获国家级健康促进县。", [("国家级健康促进县",)]),
    ("接连创成全国文明城市、省级园林城市。", []),  # 创成 + a list: a designation, found once
    ("蝉联全省县域经济十强县称号。", [("全省县域经济十强县",)]),
    ("跻身全国百强县(市)。", [("全国百强县(市)",)]),
    ("成为全国首批数字乡村建设的县区。", [("数字乡村建设的县区",)]),
    ("保持全国文化先进区荣誉。", [("全国文化先进区",)]),
    # a world or global ranking scopes a title too
    ("某某重工跻身世界上市公司500强;", [("世界上市公司500强",)]),
    ("某某科技入围全球独角兽企业500强。", [("全球独角兽企业500强",)]),
    # a cue inside a title already found opens no second one
    ("某某公司成为我国首个跻身全球研发支出50强企业。", [("跻身全球研发支出50强企业",)]),
    # invented: 进入 + a scoped N强(县/市/区) that ends its clause is a title
    ("连续5年进入全省县域经济十强县。", [("全省县域经济十强县",)]),
    ("甲公司进入全市制造业亩均税收前50强,乙公司…", [("全市制造业亩均税收前50强",)]),
    ("进入全省制造业100强企业达到3户。", []),  # the ranking goes on as a count of firms
])
def test_scoped_titles_after_a_cue_of_a_done_award(text, titles):
    assert [d.titles for d in find_scoped_titles(text)] == titles


@pytest.mark.parametrize("text", [
    "成为经济发展的重要引擎。",   # 成为 without an ordinal scope
    "蝉联冠军。",                 # no scope
    "跻身智慧城市行列。",         # 智慧 is no province or city
    "喜获丰收。",
    "跻身国际一流水平。",         # a world scope, but no title head
    "蝉联全球第一。",
])
def test_no_scoped_title_without_scope_and_head(text):
    assert find_scoped_titles(text) == []


@pytest.mark.parametrize("text, aim", [
    ("力争创成全国文明城市。", True),
    ("积极争创国家卫生城市,成功创建全国文明城市。", False),  # the aim is another clause
    ("今年创成全国文明城市。", False),
])
def test_an_aimed_title_is_marked_not_dropped(text, aim):
    (found,) = [d for d in find_designations(text) if d.titles == ("全国文明城市",)]
    assert found.aim is aim


def test_designation_spans_the_title_and_splits_a_list_with_a_named_scope():
    text = "成功创建国家卫生城市、青海省文明城市和省级园林城市。"
    (found,) = find_designations(text)
    assert text[found.start:found.end] == "国家卫生城市、青海省文明城市和省级园林城市"
    assert found.titles == ("国家卫生城市", "青海省文明城市", "省级园林城市")


# --- masking (kg_honour_titles): a name inside a designation or scoped title is the title's ---

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import extract_lines, names_of  # noqa: E402
from kg.extract.pipeline import DEFAULT_COMPONENTS  # noqa: E402

COUNTY = "某某县2020年政府工作报告"
WITHOUT_MASK = tuple(c for c in DEFAULT_COMPONENTS if c != "kg_honour_titles")


@pytest.mark.parametrize("sentence, inside", [
    ("顺利创建“美四溪”达标县。", "美四溪"),
    ("顺利创建“美四溪”达标县,“九水同治”考核获优秀。", "美四溪"),
])
def test_a_quoted_name_inside_a_designation_is_no_entity(sentence, inside):
    assert inside in names_of(extract_lines(COUNTY, sentence, components=WITHOUT_MASK))  # the rule's job
    assert inside not in names_of(extract_lines(COUNTY, sentence))


def test_the_same_name_outside_the_title_stays():
    names = names_of(extract_lines(COUNTY, "开展“亮三溪”整治,顺利创建“美四溪”达标县,“九水同治”考核优秀。"))
    assert names.get("亮三溪") == "Program" and names.get("九水同治") == "Program"


def test_a_province_scoping_a_title_stays_a_place():
    assert names_of(extract_lines(COUNTY, "接连创成国家卫生城市、青海省文明城市。")).get("青海省") == "Place"


@pytest.mark.parametrize("text, honours", [
    ("再获省、市文明城区称号。", ["省文明城区", "市文明城区"]),
    ("荣获市、区文明单位。", ["市文明单位", "区文明单位"]),
    # hard negatives: a count of levels is one title; a single level is one title
    ("被评为省、市两级文明单位。", ["省、市两级文明单位"]),
    ("被评为省级文明城区。", ["省级文明城区"]),
])
def test_levels_sharing_one_title_give_one_honour_each(text, honours):
    assert [h.text for h in find_honours(text)] == honours


@pytest.mark.parametrize("text, honours", [
    # invented: after a strong cue a kind of firm or park is a title
    ("白云药业被评为省级专精特新企业和科技小巨人企业。", ["省级专精特新企业", "科技小巨人企业"]),
    ("西溪园区荣获全国优秀产业园区、省级电子商务示范区称号。", ["全国优秀产业园区", "省级电子商务示范区"]),
    ("三项改革年内先后两次获得国务院通报表扬。", ["国务院通报表扬"]),
])
def test_firms_parks_and_praise_after_a_strong_cue(text, honours):
    assert [h.text for h in find_honours(text)] == honours


@pytest.mark.parametrize("text", [
    "成为全区首个百亿园区。", "10家企业成为规上企业。", "获得银行贷款支持企业。",
    # a rank or size after 成为 is a status, not an honour
    "全县光伏装机达到200万千瓦,成为华北首个百万千瓦级光伏发电县。",
    "某某测试基地投入试运行,成为全国最大无人驾驶示范区。",
])
def test_a_size_or_status_after_a_weak_cue_is_no_title(text):
    assert find_honours(text) == []


def test_a_ranked_group_joined_is_a_title_without_its_ranks_word():
    from kg.extract.honours import find_scoped_titles
    assert [d.titles for d in find_scoped_titles("富阳跻身全国百强县(市)行列。")] == [("全国百强县(市)",)]


def test_a_clause_of_titles_after_a_comma_goes_on_with_the_list():
    from kg.extract.honours import find_designations, find_scoped_titles
    text = "我们成功创建全国文明城区、国家卫生城区,省园林城区、省教育强区。"
    found = find_designations(text) + find_scoped_titles(text)
    assert [d.titles for d in found] == [("全国文明城区", "国家卫生城区", "省园林城区", "省教育强区")]
    assert found[0].end == text.index("。")
    text = "成功创建全国文明城区,省园林城区建设加快推进。"
    assert [d.titles for d in find_designations(text) + find_scoped_titles(text)] == [("全国文明城区",)]


def test_reviewed_titles_and_ranking_rows():
    from kg.extract.honours import find_scoped_titles
    titles = lambda t: [d.titles for d in find_scoped_titles(t)]
    assert titles("顺利通过“中国茶都”“中国丝绸名城”复评。") == [("中国茶都", "中国丝绸名城")]
    assert titles("通过国家卫生城市复审。") == [("国家卫生城市",)]
    assert titles("连续8年进入西部百强区行列。") == [("西部百强区",)]
    assert titles("做好国家园林城市复审工作。") == []  # no 通过: work on a review
    assert titles("进入高质量发展行列。") == []  # no ranking
    assert titles("位居西部地区前列。") == []


def test_huo_lie_wei_is_one_cue():
    assert [h.text for h in find_honours("获列为某某经济带核心城市。")] == ["某某经济带核心城市"]


def test_a_footnote_mark_is_no_part_of_a_title():
    assert [h.text for h in find_honours("甲公司被评为省级隐形冠军[7]示范企业。")] == ["省级隐形冠军示范企业"]
    assert [h.text for h in find_honours("连续五次荣获“全国科技进步考核先进县（区）”荣誉称号。")] == ["全国科技进步考核先进县（区）"]


# --- round 4: cues and title words of unseen reports ---------------------------------------

def test_huo_de_le_and_a_closing_de_rongyu_chenghao():
    # invented: 获得了 + a title + 的荣誉称号; the 的…称号 is no part of the title
    assert [h.text for h in find_honours("获得了全省县域经济发展先进单位的荣誉称号。")] == ["全省县域经济发展先进单位"]
    assert [h.text for h in find_honours("获得全国文明单位的称号。")] == ["全国文明单位"]
    assert find_honours("获得了上级的资金支持。") == []  # no title
    assert [h.text for h in find_honours("荣获全国科技进步考核先进县(区)称号。")] == ["全国科技进步考核先进县(区)"]


@pytest.mark.parametrize("text, titles", [
    # invented: 荣登 … 榜首, 入列 …, 上榜 + a year without 年 + a ranking of counties
    ("荣登全国综合实力百强区榜首。", [("全国综合实力百强区",)]),
    ("青松镇入列全国千强镇。", [("全国千强镇",)]),
    ("上榜2021中国最美县域。", [("中国最美县域",)]),
])
def test_round4_cues_of_a_ranking(text, titles):
    from kg.extract.honours import find_scoped_titles
    assert [d.titles for d in find_scoped_titles(text)] == titles


@pytest.mark.parametrize("text", [
    "上榜企业达到12家。",      # a count of listed firms, no title
    "荣登央视新闻联播。",      # a broadcast, no scoped title
    "入列管理的项目30个。",
])
def test_round4_cues_without_a_title(text):
    from kg.extract.honours import find_scoped_titles
    assert find_scoped_titles(text) == []


def test_round4_an_aim_to_top_a_ranking_is_no_award():
    from kg.extract.honours import find_scoped_titles
    assert [d.aim for d in find_scoped_titles("力争荣登全国百强区榜首。")] == [True]


def test_an_approval_list_gives_each_body_its_title():
    from kg.extract.honours import approved_titles
    text = "国家批准青云城市圈建设“两型社会”综合配套改革试验区、翠湖高新区建设国家自主创新示范区,地位提升。"
    found = approved_titles(text)
    assert [d.titles for d in found] == [("两型社会综合配套改革试验区",), ("国家自主创新示范区",)]
    assert [text[d.cue - 3:d.cue] for d in found] == ["城市圈", "高新区"]  # the holder ends right at the cue
    assert approved_titles("批准建设用地指标300亩。") == []  # no title
    assert approved_titles("市政府批准青松公司建设物流园。") == []  # a works, no scoped title


def test_huo_pi_jian_she_is_approval_to_build_not_a_designation():
    from kg.extract.honours import find_designations
    assert find_designations("获批建设国家级文化生态保护区。") == []
    assert find_designations("获批建设用地指标300亩。") == []


def test_a_new_round_opens_a_scoped_title():
    from kg.extract.honours import find_designations
    assert [d.titles for d in find_designations("被认定为新一轮国家级制种大县。")] == [("新一轮国家级制种大县",)]
    assert find_designations("被认定为新一轮发展的重点。") == []  # no title end


def test_a_state_council_inspection_incentive_is_an_honour():
    # invented: 督查激励 is given like 通报表扬; a fund for it (…督查激励资金) is none
    assert [h.text for h in find_honours("两项工作获国务院督查激励。")] == ["国务院督查激励"]
    assert find_honours("获得省督查激励资金200万元。") == []


@pytest.mark.parametrize("text, title", [
    ("“乐享社区”列入国家试点,", "国家试点"),              # invented: a scheme put on a national pilot list
    ("甲制药纳入省数字工厂培育库,", "省数字工厂培育库"),    # a firm put on a province's nurture pool
    ("乙遗址列入省级文物保护单位名录。", "省级文物保护单位名录"),
])
def test_put_on_a_scoped_list_is_a_designation(text, title):
    assert [d.titles for d in find_scoped_titles(text) if not d.aim] == [(title,)]


@pytest.mark.parametrize("text", [
    "争取列入国家试点。",            # an aim
    "将丙项目纳入省级重点项目。",      # a list of projects, no title
    "全面纳入全市网格化管理。",
])
def test_put_on_a_list_that_is_no_title_or_only_aimed_at_is_none(text):
    assert [d.titles for d in find_scoped_titles(text) if not d.aim] == []


@pytest.mark.parametrize("title, plain", [
    ("甲市唯一的全国某某先进单位", "全国某某先进单位"),   # rank with the scope it is ranked in
    ("乙省首家某某示范区", "某某示范区"),
    ("全省唯一一个中国某某名城", "中国某某名城"),
    ("丙省第二批某某示范企业", "某某示范企业"),
    ("2019年度全市某某一等奖", "全市某某一等奖"),     # the year
    ("省某某成效明显市", "省某某成效明显市"),         # a bare level stays
    ("省政府和甲市政府真抓实干督查激励", "真抓实干督查激励"),
    ("全国某某百强县榜首", "全国某某百强县"),
    ("十大政府主导型某某奖", "十大政府主导型某某奖"),   # 政府 in the title, no government giving it
    ("省级某某商圈", "省级某某商圈"),                 # a level word stays
    ("市民学习品牌", "市民学习品牌"),
    ("全省首批", "全省首批"),                         # nothing left: unchanged
])
def test_plain_title_drops_year_rank_and_giver(title, plain):
    assert plain_title(title) == plain


def test_honour_text_is_plain():
    assert [h.text for h in find_honours("某街道被评为甲市唯一的全国某某先进单位。")] == ["全国某某先进单位"]


def test_titles_glued_by_he_after_a_scoped_first_are_two():
    # invented: the second title of the list carries no scope of its own
    assert [d.titles for d in find_scoped_titles("上榜2020中国某某县域和某某影响力年度县区。")] == \
        [("中国某某县域", "某某影响力年度县区")]


def test_quoted_titles_after_one_scope_share_it():
    # invented: 全国某某试点 scopes both quoted titles
    assert [h.text for h in find_honours("获评全国某某治理试点“合格城市”和“优秀创新经验”。")] == \
        ["全国某某治理试点合格城市", "全国某某治理试点优秀创新经验"]


@pytest.mark.parametrize("text, honours", [
    # invented: a list closed by a summary that calls its items honours (等殊荣): every item is
    # a title whatever its head, split at 、 only
    ("荣获全国文化先进县、全国信用建设“五好”县、中国清新氧吧、全国和谐社区建设示范区等殊荣。",
     ["全国文化先进县", "全国信用建设五好县", "中国清新氧吧", "全国和谐社区建设示范区"]),
    ("荣获国家生态文明示范县等殊荣。", ["国家生态文明示范县"]),
    # after a weaker cue the summary still makes every item a title (no glued 县市、…之乡, no 等)
    ("先后获得全国绿化模范县市、中国书法之乡、省级卫生模范城等荣誉称号。",
     ["全国绿化模范县市", "中国书法之乡", "省级卫生模范城"]),
    ("荣获“全省文明乡镇”“全省美丽村庄”等荣誉。", ["全省文明乡镇", "全省美丽村庄"]),
    # hard negative: without the summary an item with no title head is no honour
    ("荣获全国文化先进县、中国清新氧吧。", ["全国文化先进县"]),
])
def test_a_list_summed_up_as_honours_gives_every_item(text, honours):
    assert [h.text for h in find_honours(text)] == honours


def test_a_promotion_to_a_scoped_rank_is_a_done_award():
    # invented: 晋升为/晋级 + a scoped title is a title held now; a rank with no scope
    # (二级甲等医院) is none, and 力争晋升为… is an aim
    assert [d.titles for d in find_scoped_titles("某某物流园区晋升为自治区级物流园区。")] == [("自治区级物流园区",)]
    assert [d.titles for d in find_scoped_titles("某某谷晋级国家4A级旅游景区。")] == [("国家4A级旅游景区",)]
    assert find_scoped_titles("年内县医院晋升为二级甲等医院。") == []
    assert [d.aim for d in find_scoped_titles("力争晋升为国家级物流示范园区。")] == [True]


def test_a_rank_before_a_level_title_after_cheng_wei_keeps_the_title():
    assert [h.text for h in find_honours("成为全省唯一的国家级某某示范县。")] == ["国家级某某示范县"]


def test_a_list_summed_up_with_a_count_splits_into_its_titles():
    text = "获评全国某某百强县、全省某某先行区、全省某某先进县等30多项省级以上荣誉。"
    assert [h.text for h in find_honours(text)] == ["全国某某百强县", "全省某某先行区", "全省某某先进县"]


def test_a_level_title_and_a_cup_after_a_strong_cue_are_two_honours():
    assert [h.text for h in find_honours("荣获全国某某工作优秀市、某某“平安杯”。")] == ["全国某某工作优秀市", "某某平安杯"]


def test_approval_to_build_is_no_designation():
    from kg.extract.honours import find_designations
    assert find_designations("某某学院获批建设省级应用型本科高校。") == []


@pytest.mark.parametrize("title", ["某某工程[3]县级医院名录", "某某工程〔3〕县级医院名录", "某某工程③县级医院名录"])
def test_footnote_marks_are_no_part_of_a_title(title):
    assert plain_title(title) == "某某工程县级医院名录"


def test_a_count_summing_up_a_list_of_levels_ends_the_last_title():
    text = "荣获全国某某示范城区、中国某某推进成就奖等19项国家、省级荣誉称号。"
    assert [h.text for h in find_honours(text)] == ["全国某某示范城区", "中国某某推进成就奖"]


def test_a_closing_de_rongyu_is_no_part_of_the_title():
    # invented: 获得…的荣誉 (and a designation's 的称号): the title is what comes before
    assert [h.text for h in find_honours("历经八年,成功获得全国某某示范城市的荣誉;")] == ["全国某某示范城市"]
    assert plain_title("省某某先进县的荣誉") == "省某某先进县"
