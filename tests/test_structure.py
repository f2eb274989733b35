"""kg.structure: section paths, the year and tense each section speaks of, topic lead
sentences, the glossary, and sentence offsets, on snippets of the bundled reports."""
from __future__ import annotations

import pytest

from helpers import REPORT_NAMES, report
from kg.model import Document
from kg.structure import structure_of


def doc(text: str, year: int | None) -> Document:
    """A Document delivered in ``year`` (the structure stage reads nothing else)."""
    return Document("t", "t.txt", text, None, None, year, None, "t.txt", "")


def path_of(structure, text: str, fragment: str) -> tuple[str, ...]:
    """The section path of the sentence that contains ``fragment``."""
    sentence = structure.sentence_at(text.index(fragment))
    section = structure.section_of(sentence)
    return section.path if section else ()


# From shahekou-2015.txt: the page header, both year parts, a part, topic lead
# sentences, and the glossary (whose heading is written 名\xa0 词\xa0 解\xa0 释).
SHAHEKOU = "\n".join([
    "沙河口区2015年政府工作报告",
    "各位代表:",
    "    现在,我代表区政府向大会报告工作,请予审议,并请政协委员和其他列席人员提出意见。",
    "2014年政府工作回顾",
    "一、加快转变发展方式,城区经济平稳增长",
    "    在经济发展新常态下,我们认真研判形势,采取一系列有效措施,全力推进城区经济转型升级。",
    "    产业结构持续优化。以现代服务业为主的第三产业引领作用进一步显现,服务业全口径税收18.3亿元,同比增长10%。",
    "    重点项目加快建设。飞通广场、凯泰铭座等21个在建项目顺利推进。",
    "2015年政府重点工作",
    "一、坚持转型升级,不断提高经济发展的质量效益",
    "突出重点产业带动。坚持以现代服务业为主导,推动商务商贸、现代物流等优势特色产业高端化、规模化、集群化发展。",
    "名\xa0 词\xa0 解\xa0 释",
    "“联百城”招商工作站:是指采取与异地招商中介结构、商会合作的方式,在全国重点城市设立招商工作站。",
    "“三期叠加”:是指我国经济发展面临的形势,即经济增长的换挡期、调整结构的阵痛期和刺激政策消化期。",
])


@pytest.fixture(scope="module")
def shahekou():
    return structure_of(doc(SHAHEKOU, 2015))


def test_headings_become_nested_sections(shahekou):
    assert [(s.kind, s.title, s.parent) for s in shahekou.sections] == [
        ("review", "2014年政府工作回顾", None),
        ("part", "一、加快转变发展方式,城区经济平稳增长", 0),
        ("topic", "产业结构持续优化", 1),
        ("topic", "重点项目加快建设", 1),
        ("plan", "2015年政府重点工作", None),
        ("part", "一、坚持转型升级,不断提高经济发展的质量效益", 4),
        ("topic", "突出重点产业带动", 5),
        ("glossary", "名词解释", None),
    ]


def test_sentences_carry_their_section_path(shahekou):
    assert path_of(shahekou, SHAHEKOU, "服务业全口径税收18.3亿元") == (
        "2014年政府工作回顾", "一、加快转变发展方式,城区经济平稳增长", "产业结构持续优化")
    assert path_of(shahekou, SHAHEKOU, "坚持以现代服务业为主导") == (
        "2015年政府重点工作", "一、坚持转型升级,不断提高经济发展的质量效益", "突出重点产业带动")
    # a paragraph with no lead sentence belongs to the part itself
    assert path_of(shahekou, SHAHEKOU, "在经济发展新常态下") == (
        "2014年政府工作回顾", "一、加快转变发展方式,城区经济平稳增长")


def test_text_before_the_first_heading_has_no_section(shahekou):
    assert path_of(shahekou, SHAHEKOU, "我代表区政府") == ()
    assert shahekou.section_path(shahekou.sentence_at(SHAHEKOU.index("各位代表"))) == ""


def test_review_and_plan_parts_have_year_and_tense(shahekou):
    timing = {s.title: (s.year, s.tense) for s in shahekou.sections}
    assert timing["2014年政府工作回顾"] == (2014, "actual")
    assert timing["产业结构持续优化"] == (2014, "actual")  # inherited from the review
    assert timing["2015年政府重点工作"] == (2015, "target")
    assert timing["突出重点产业带动"] == (2015, "target")


def test_a_section_ends_where_the_next_one_of_its_level_starts(shahekou):
    review, part, topic, _, plan = shahekou.sections[:5]
    assert review.end == plan.start == SHAHEKOU.index("2015年政府重点工作")
    assert part.end == plan.start
    # a topic lead sentence governs its paragraph only
    assert SHAHEKOU[topic.start:topic.end].startswith("产业结构持续优化。")
    assert SHAHEKOU[topic.start:topic.end].endswith("同比增长10%。")


def test_glossary_entries(shahekou):
    assert [(g.term, g.definition[:4]) for g in shahekou.glossary] == [
        ("“联百城”招商工作站", "是指采取"), ("“三期叠加”", "是指我国")]
    for entry in shahekou.glossary:
        line = SHAHEKOU[entry.start:entry.end]
        assert line.startswith(entry.term + ":") and line.endswith(entry.definition)


def test_glossary_of_the_full_report():
    document = report("shahekou-2015")
    structure = structure_of(document)
    assert [g.term for g in structure.glossary] == [
        "“联百城”招商工作站", "“一口受理、全区通办”", "“一街一品”", "“五位一体”政务公开模式",
        "行政许可服务“两集中,两到位”、“三集中,三到位”", "“三期叠加”", "“四个转向”", "“惠聚计划”",
        "体育艺术“2+1”项目", "“四大数据库”"]
    for entry in structure.glossary:
        assert document.text[entry.start:entry.end].startswith(entry.term)
        assert document.text[entry.start:entry.end].endswith(entry.definition)


def test_a_glossary_only_comes_from_a_glossary_section():
    text = "一、2014年工作回顾\n“三期叠加”:是指我国经济发展面临的形势。"
    assert structure_of(doc(text, 2015)).glossary == ()


# --- year and tense of real headings ----------------------------------------------------

@pytest.mark.parametrize("heading, delivered, expected", [
    ("2014年政府工作回顾", 2015, (2014, "actual", None)),                      # shahekou-2015
    ("2015年政府重点工作", 2015, (2015, "target", None)),                      # shahekou-2015
    ("一、2015年工作回顾", 2016, (2015, "actual", None)),                      # national-2016
    ("三、2016年重点工作", 2016, (2016, "target", None)),                      # national-2016
    ("一、过去一年工作回顾", 2013, (2012, "actual", None)),                    # hailar-2013
    ("二、2012年政府工作总体要求和目标任务", 2012, (2012, "target", None)),     # hailar-2012
    ("二、“十三五”时期主要目标任务和重大举措", 2016, (2020, "target", "2016-2020")),  # national-2016
    ("二、“十三五”时期主要目标任务和重大举措", 2021, (2020, "actual", "2016-2020")),
    ("一、“十二五”时期发展成就", 2016, (2015, "actual", "2011-2015")),        # (constructed)
])
def test_year_tense_and_period_of_a_heading(heading, delivered, expected):
    section = structure_of(doc(f"{heading}\n全年地区生产总值完成253.7亿元。", delivered)).sections[0]
    assert (section.year, section.tense, section.period) == expected


def test_subparts_and_topics_inherit_the_timing_of_their_part():
    text = "\n".join(["一、过去一年工作回顾",                                   # hailar-2013
                      "　　经济实力明显增强。全年地区生产总值完成253.7亿元。",
                      "二、2013年工作安排",
                      "　　（一）加快产业发展，切实做强做优县域经济",
                      "　　做强三产。加快中俄蒙国际物流园区建设。"])
    structure = structure_of(doc(text, 2013))
    assert [(s.title, s.year, s.tense) for s in structure.sections] == [
        ("一、过去一年工作回顾", 2012, "actual"), ("经济实力明显增强", 2012, "actual"),
        ("二、2013年工作安排", 2013, "target"),
        ("（一）加快产业发展，切实做强做优县域经济", 2013, "target"), ("做强三产", 2013, "target")]
    assert path_of(structure, text, "加快中俄蒙国际物流园区建设") == (
        "二、2013年工作安排", "（一）加快产业发展，切实做强做优县域经济", "做强三产")


def test_an_undated_part_after_the_plan_speaks_of_the_plan_year():
    text = "\n".join(["一、2023年工作回顾", "二、2024年工作安排", "三、加强政府自身建设",   # dongying-2024
                      "坚持依法行政，建设法治政府。"])
    structure = structure_of(doc(text, 2024))
    assert (structure.sections[2].year, structure.sections[2].tense) == (2024, "target")


def test_an_undated_part_before_any_plan_has_no_year():
    structure = structure_of(doc("一、加强政府自身建设\n坚持依法行政，建设法治政府。", 2024))
    assert (structure.sections[0].year, structure.sections[0].tense) == (None, None)


# --- topic lead sentences ---------------------------------------------------------------

def test_dash_led_topic_sentences_of_the_national_report():
    text = "\n".join(["一、2015年工作回顾",
                      "——经济运行保持在合理区间。国内生产总值达到67.7万亿元，增长6.9%。",
                      "——结构调整取得积极进展。服务业在国内生产总值中的比重上升到50.5%。"])
    structure = structure_of(doc(text, 2016))
    assert [s.title for s in structure.sections if s.kind == "topic"] == [
        "经济运行保持在合理区间", "结构调整取得积极进展"]
    assert path_of(structure, text, "比重上升到50.5%") == ("一、2015年工作回顾", "结构调整取得积极进展")


@pytest.mark.parametrize("paragraph", [
    "各位代表：",                                            # the address
    "过去一年，我国发展面临多重困难和严峻挑战。",            # 过去 opens a review sentence
    "今年是全面建成小康社会决胜阶段的开局之年。",            # 今年 opens a plan sentence
    "2014年,面对严峻复杂经济形势和下行压力。",               # a year opens a sentence
    "在经济发展新常态下,我们认真研判形势。",                 # a comma: not a heading
    "以现代服务业为主的第三产业引领作用进一步显现并带动全区经济发展。",  # too long for a heading
])
def test_ordinary_sentences_are_not_topics(paragraph):
    assert structure_of(doc(f"一、2015年工作回顾\n{paragraph}", 2016)).sections[1:] == ()


# --- sentences ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", REPORT_NAMES)
def test_sentence_offsets_slice_the_text(name):
    document = report(name)
    structure = structure_of(document)
    assert structure.sentences
    previous_end = 0
    for i, sentence in enumerate(structure.sentences):
        assert sentence.id == i
        assert document.text[sentence.start:sentence.end] == sentence.text
        assert sentence.start >= previous_end  # in order, no overlap
        assert "\n" not in sentence.text and "\r" not in sentence.text
        assert sentence.text == sentence.text.strip(" \t\u3000\xa0")
        previous_end = sentence.end
    for section in structure.sections:
        assert 0 <= section.start <= section.end <= len(document.text)


def test_sentences_split_at_stops_and_semicolons_and_keep_closing_quotes():
    text = "严格执行中央“八项规定”;规范用车。“狭路相逢勇者胜,勇者相逢智者胜”。他说:“人心齐,泰山移。”好!"
    assert [s.text for s in structure_of(doc(text, 2015)).sentences] == [
        "严格执行中央“八项规定”;", "规范用车。", "“狭路相逢勇者胜,勇者相逢智者胜”。",
        "他说:“人心齐,泰山移。”", "好!"]


def test_crlf_text_gives_the_same_structure_as_lf():
    lines = ["政 府 工 作 报 告", "　　一、过去一年工作回顾",          # hailar-2013
             "　　经济实力明显增强。全年地区生产总值完成253.7亿元，同比增长10.1%。",
             "　　二、2013年工作安排", "　　（一）加快产业发展，切实做强做优县域经济",
             "　　做强三产。加快中俄蒙国际物流园区建设。"]
    lf, crlf = "\n".join(lines), "\r\n".join(lines)
    a, b = structure_of(doc(lf, 2013)), structure_of(doc(crlf, 2013))
    assert [s.text for s in a.sentences] == [s.text for s in b.sentences]
    assert [(s.title, s.kind, s.year, s.tense, s.path) for s in a.sections] == \
        [(s.title, s.kind, s.year, s.tense, s.path) for s in b.sections]
    for sentence in b.sentences:
        assert crlf[sentence.start:sentence.end] == sentence.text
    assert crlf[b.sections[-1].start:].startswith("做强三产。")


def test_sentence_at_finds_the_sentence_holding_an_offset():
    text = "产业结构持续优化。\n服务业全口径税收18.3亿元。"
    structure = structure_of(doc(text, 2015))
    assert structure.sentence_at(text.index("18.3")).text == "服务业全口径税收18.3亿元。"
    assert structure.sentence_at(text.index("\n")) is None
    assert structure.sentence_at(len(text)) is None


def test_a_long_subpart_heading_is_still_a_heading():
    text = "\n".join(["二、2012年政府工作总体要求和目标任务",                          # hailar-2012
                      "　　（六）以行政中心东移为契机，拉大城市框架，确保新城区建设实现新突破。积极拓展城市发展空间。",
                      "　　（七）以创建国家级生态县（区）和国家级森林城为抓手，强化生态建设，确保生态型城市建设取得新成效。"
                      "紧紧围绕建设生态、宜居城市这一目标，加大生态保护和建设力度。"])
    structure = structure_of(doc(text, 2012))
    assert path_of(structure, text, "加大生态保护和建设力度")[-1].startswith("（七）")
