"""kg.resolve: overlapping candidates → one entity per real thing, with aliases.

The unit tests hand ``resolve`` candidates over real sentences, so they pin the
resolution rules whatever the extraction rules propose; the end-to-end tests check
the same rules through ``extract``.
"""
from __future__ import annotations

import pytest

from helpers import NATIONAL, SHAHEKOU, DONGYING, document, extract_lines, names_of, report_extraction
from kg.extract.pipeline import Candidate
from kg.resolve import norm, resolve, select
from kg.structure import structure_of


def resolved(text: str, *candidates: Candidate, title: str = SHAHEKOU):
    """Entities resolved from ``candidates`` (offsets into ``text``) of a report whose
    first line is ``title``."""
    full = f"{title}\n{text}"
    shift = len(title) + 1
    doc = document(full)
    moved = [Candidate(c.start + shift, c.end + shift, c.type, c.rule, c.score, c.name, c.also,
                       None if c.group is None else c.group + shift) for c in candidates]
    return {e.name: e for e in resolve(moved, doc, structure_of(doc))}


def span(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


# --- quoted names -------------------------------------------------------------------------

def test_quoted_word_and_word_with_head_are_one_entity_with_an_alias():
    text = "对75万平方米老旧楼实施“暖房子”工程,对部分老旧楼体和弃管楼实施综合改造。"
    quote = span(text, "“暖房子”")
    entities = resolved(
        text,
        Candidate(quote[0], quote[1] + 2, "Program", "quoted+head", 0.85, name="暖房子工程", group=quote[0]),
        Candidate(*quote, "Program", "quoted", 0.75, name="暖房子", group=quote[0]))
    assert list(entities) == ["暖房子工程"]
    assert entities["暖房子工程"].aliases == ["暖房子"]
    assert [m.text for m in entities["暖房子工程"].mentions] == ["“暖房子”工程"]


def test_the_same_name_in_two_sentences_is_one_entity_with_two_mentions():
    text = "投资2.06亿元实施“暖房子”工程。对75万平方米老旧楼实施暖房子工程。"
    quote, plain = span(text, "“暖房子”"), span(text, "暖房子工程", 0)
    entities = resolved(
        text,
        Candidate(quote[0], quote[1] + 2, "Program", "quoted+head", 0.85, name="暖房子工程", group=quote[0]),
        Candidate(*quote, "Program", "quoted", 0.75, name="暖房子", group=quote[0]),
        Candidate(*plain, "Program", "program:head:工程", 0.5))
    entity = entities["暖房子工程"]
    assert len(entities) == 1 and len(entity.mentions) == 2
    assert entity.rules == ["program:head:工程", "quoted+head"]
    assert entity.confidence == round(1 - 0.15 * 0.5, 3)  # noisy-or of the two scores


def test_a_name_and_the_name_with_an_activity_word_are_one_entity():
    text = "扎实开展城市管理年活动。城市管理年取得实效。"
    entities = resolved(text,
                        Candidate(*span(text, "城市管理年活动"), "Program", "program:head:活动", 0.55),
                        Candidate(*span(text, "城市管理年", 1), "Program", "program:year", 0.55))
    assert list(entities) == ["城市管理年"]
    assert entities["城市管理年"].aliases == ["城市管理年活动"]
    assert len(entities["城市管理年"].mentions) == 2


# --- places -------------------------------------------------------------------------------

def test_short_and_full_name_of_a_division_are_one_entity():
    text = "选派1800名教师赴大连培训。大连市经济平稳增长。"
    entities = resolved(text,
                        Candidate(*span(text, "大连"), "Place", "place:gazetteer:city", 0.9),
                        Candidate(*span(text, "大连市"), "Place", "place:gazetteer:city", 0.9))
    assert list(entities) == ["大连市"] and entities["大连市"].aliases == ["大连"]
    assert [m.text for m in entities["大连市"].mentions] == ["大连", "大连市"]


@pytest.mark.parametrize("full, short, kind", [("沈北新区", "沈北", "county"), ("恩施土家族苗族自治州", "恩施", "city")])
def test_a_gazetteer_short_form_folds_into_its_full_name_of_any_suffix(full, short, kind):
    text = f"{full}经济平稳增长。{short}二次创业蓄势发力。"
    entities = resolved(text,
                        Candidate(*span(text, full), "Place", f"place:gazetteer:{kind}", 0.85),
                        Candidate(*span(text, short, 1), "Place", f"place:gazetteer:{kind}", 0.85))
    assert list(entities) == [full] and entities[full].aliases == [short]


def test_the_fold_of_a_short_form_leaves_other_places_alone():
    text = "沈北新区经济平稳增长。沈北二次创业蓄势发力。苏州市工业园区加快发展。"
    entities = resolved(text,
                        Candidate(*span(text, "沈北新区"), "Place", "place:gazetteer:county", 0.85),
                        Candidate(*span(text, "沈北", 1), "Place", "place:gazetteer:county", 0.85),
                        Candidate(*span(text, "苏州市"), "Place", "place:gazetteer:city", 0.9))
    assert sorted(entities) == ["沈北新区", "苏州市"]


def test_dalian_and_dalian_shi_in_the_shahekou_report():
    entity = report_extraction("shahekou-2015").entity("大连")
    assert entity.name == "大连市" and "大连" in entity.aliases
    assert {m.text for m in entity.mentions} == {"大连", "大连市"}


def test_a_place_inside_a_project_name_is_kept():
    x = extract_lines(SHAHEKOU, "八一水库周边改造项目实施动迁,建筑设计产业大厦项目实现净地。")
    assert names_of(x)["八一水库周边改造项目"] == "Project" and names_of(x)["八一水库"] == "Place"
    project, place = x.entity("八一水库周边改造项目").mentions[0], x.entity("八一水库").mentions[0]
    assert project.start == place.start and place.end < project.end


def test_a_road_inside_a_market_used_as_a_location_is_kept():
    """华北路市场等区域: the market is a Place (GUIDELINES: a square as a location), and
    the road in its name stays a Place of its own."""
    x = extract_lines(SHAHEKOU, "扎实开展“城市管理年”活动,华北路市场等区域的占道经营问题得到有效整治。")
    assert names_of(x)["华北路市场"] == "Place" and names_of(x)["华北路"] == "Place"
    project, place = x.entity("华北路市场").mentions[0], x.entity("华北路").mentions[0]
    assert project.start == place.start and place.end < project.end


def test_a_division_inside_a_zone_name_is_kept():
    x = extract_lines("现在，我代表国务院，向大会报告政府工作。", "推广上海自贸试验区经验，新设广东、天津、福建自贸试验区。")
    assert names_of(x)["上海自贸试验区"] == "Place" and names_of(x)["上海"] == "Place"


# --- departments --------------------------------------------------------------------------

def test_bare_renda_folds_into_the_levelled_body():
    x = extract_lines(SHAHEKOU, "在区人大和区政协的有效监督和大力支持下,全区经济平稳增长。",
                      "自觉接受人大的法律监督、工作监督和政协的民主监督。")
    assert (x.entity("人大").name, x.entity("人大").aliases) == ("区人大", ["人大"])
    assert (x.entity("政协").name, x.entity("政协").aliases) == ("区政协", ["政协"])
    assert len(x.entity("区人大").mentions) == 2


def test_bare_renda_alone_is_the_issuers_own():
    x = extract_lines(SHAHEKOU, "自觉接受人大的法律监督、工作监督和政协的民主监督。")
    assert names_of(x) == {"沙河口区": "Place", "区人大": "Department", "区政协": "Department"}
    assert x.entity("区政协").aliases == ["政协"]


def test_bare_renda_in_a_national_report_is_dropped():
    x = extract_lines(NATIONAL, "自觉接受人大及其常委会的监督。")
    assert "人大" not in names_of(x) and "区人大" not in names_of(x)


def test_the_issuers_short_forms_fold():
    x = extract_lines(SHAHEKOU, "现在,我代表区政府向大会报告工作,请予审议。",
                      "在此,我代表区人民政府,向全区人民致以崇高的敬意。")
    entity = x.entity("区政府")
    assert (entity.name, entity.type, entity.aliases) == ("区政府", "Department", ["区人民政府"])


def test_the_issuers_full_name_folds_into_its_short_form():
    x = report_extraction("hailar-2013")  # 我代表区政府… and 我代表海拉尔区人民政府…
    entity = x.entity("海拉尔区人民政府")
    assert entity.name == "区政府" and entity.aliases == ["海拉尔区人民政府"]


def test_all_three_forms_of_the_issuer_fold():
    x = extract_lines(SHAHEKOU, "现在,我代表区政府向大会报告工作。", "沙河口区人民政府坚持依法行政。",
                      "在此,我代表区人民政府,向全区人民致以崇高的敬意。")
    departments = [e for e in x.entities if e.type == "Department"]
    assert [(e.name, sorted(e.aliases)) for e in departments] == [
        ("区政府", ["区人民政府", "沙河口区人民政府"])]


# --- overlapping candidates -----------------------------------------------------------------

def test_crossing_candidates_keep_the_better_one():
    a = Candidate(0, 5, "Program", "program:head:工程", 0.5)
    b = Candidate(3, 8, "Project", "project:strict:大厦", 0.75)
    chosen, _ = select([a, b])
    assert chosen == [b]


def test_of_two_equal_crossing_candidates_the_longer_one_wins():
    a = Candidate(0, 4, "Project", "project:head:广场", 0.6)
    b = Candidate(2, 9, "Project", "project:head:中心", 0.6)
    assert select([a, b])[0] == [b]


def test_a_quoted_span_wins_over_a_better_scored_crossing_name():
    quoted = Candidate(2, 8, "Program", "quoted", 0.35, name="一键通", group=2)
    crossing = Candidate(0, 4, "Place", "place:head:路", 0.9)
    assert select([crossing, quoted])[0] == [quoted]


def test_nested_candidates_of_different_types_both_stay():
    project = Candidate(0, 5, "Project", "project:head:市场", 0.6)
    place = Candidate(0, 3, "Place", "place:head:路", 0.7)
    assert select([project, place])[0] == [place, project]


def test_nested_candidates_of_one_type_keep_one():
    outer = Candidate(0, 6, "Project", "project:strict:大厦", 0.75)
    inner = Candidate(0, 4, "Project", "project:head:中心", 0.6)
    assert select([inner, outer])[0] == [outer]


def test_a_road_inside_a_business_district_stays_a_place_of_its_own():
    outer = Candidate(0, 7, "Place", "place:head:商圈", 0.9)
    inner = Candidate(0, 3, "Place", "place:head:路", 0.7)
    assert sorted(select([inner, outer])[0], key=lambda c: c.end) == [inner, outer]


def test_the_type_with_most_evidence_wins_and_the_runner_up_is_also():
    text = "“帮万家”服务内容拓展到301项。“帮万家”入选全国首批公共管理教学优秀案例。帮万家志愿者协会成立。"
    first, second = span(text, "“帮万家”", 0), span(text, "“帮万家”", 1)
    entities = resolved(text,
                        Candidate(*first, "Program", "quoted", 0.75, name="帮万家", group=first[0]),
                        Candidate(*second, "Program", "quoted", 0.75, name="帮万家", group=second[0]),
                        Candidate(*span(text, "帮万家", 2), "Organization", "organization:head:协会", 0.55))
    entity = entities["帮万家"]
    assert (entity.type, entity.also, len(entity.mentions)) == ("Program", "Organization", 3)


def test_names_are_normalised_like_the_scorer_does():
    assert norm("“一口受理，全区通办”") == "一口受理,全区通办"
    assert norm("《中国制造２０２５》") == "中国制造2025"
    assert norm("星海湾 壹号") == "星海湾壹号"


def test_an_alias_names_one_entity():
    x = extract_lines(DONGYING, "今年是实施“十四五”规划的关键一年。", "黄河下游“十四五”防洪工程扎实推进。")
    owners = [e.name for e in x.entities if "十四五" in e.names]
    assert owners == ["十四五规划"]


# --- one project named twice with different words ---------------------------------------------

def _projects(text: str, *names: str) -> list[Candidate]:
    """One strict-head Project candidate on the first occurrence of each name."""
    return [Candidate(*span(text, name), "Project", "project:strict:x", 0.75) for name in names]


def test_names_that_differ_by_a_descriptor_are_one_project():
    text = "中俄蒙物流园、汽车园等项目进展顺利。全力建设中俄蒙国际物流园区。"
    entities = resolved(text, *_projects(text, "中俄蒙物流园", "中俄蒙国际物流园区"), title="海拉尔区2013年政府工作报告")
    assert list(entities) == ["中俄蒙国际物流园区"] and entities["中俄蒙国际物流园区"].aliases == ["中俄蒙物流园"]


def test_descriptor_variants_of_one_owner_are_one_project():
    text = "红星美凯龙城市商贸综合体等项目进展顺利。抓好红星美凯龙大型商贸综合体项目。"
    entities = resolved(text, *_projects(text, "红星美凯龙城市商贸综合体", "红星美凯龙大型商贸综合体"))
    assert len(entities) == 1


def test_different_heads_stay_different_projects():
    text = "建设东海写字楼和东海国际酒店。"
    entities = resolved(text, *_projects(text, "东海写字楼", "东海国际酒店"))
    assert set(entities) == {"东海写字楼", "东海国际酒店"}


def test_a_short_form_of_exactly_one_project_is_that_project():
    text = "中俄蒙文化创意产业园开工。文化创意产业园进展顺利。"
    start, end = text.index("文化创意产业园", 5), text.index("文化创意产业园", 5) + 7
    entities = resolved(text, Candidate(0, 10, "Project", "project:strict:x", 0.75),
                        Candidate(start, end, "Project", "project:strict:x", 0.75))
    assert list(entities) == ["中俄蒙文化创意产业园"]


def test_a_short_form_of_two_projects_stays_apart():
    text = "青松小学扩建工程和柳湾小学扩建工程开工。小学扩建工程进展顺利。"
    first, second = span(text, "青松小学扩建工程"), span(text, "柳湾小学扩建工程")
    start = text.index("小学扩建工程", 20)
    entities = resolved(text, Candidate(*first, "Project", "project:head:工程", 0.6),
                        Candidate(*second, "Project", "project:head:工程", 0.6),
                        Candidate(start, start + 6, "Project", "project:head:工程", 0.6))
    assert len(entities) == 3


def test_a_name_and_the_name_with_a_building_head_are_one_building():
    text = "世纪天伦酒店正式营业。加快世纪天伦、嘉世豪等酒店星级创评工作。"
    entities = resolved(text, *_projects(text, "世纪天伦酒店"),
                        Candidate(*span(text, "世纪天伦", 1), "Project", "enumeration:酒店", 0.55))
    assert list(entities) == ["世纪天伦酒店"] and entities["世纪天伦酒店"].aliases == ["世纪天伦"]


def test_long_names_one_inserted_character_apart_are_one_project():
    text = "大唐700万吨露天煤矿进展顺利。确保大唐700万吨露天矿投产。"
    entities = resolved(text, *_projects(text, "大唐700万吨露天煤矿", "大唐700万吨露天矿"))
    assert list(entities) == ["大唐700万吨露天煤矿"]


def test_the_project_of_a_named_organization_is_that_organization():
    text = "大连东北亚酒业交易中心正在主体施工。大连东北亚酒业交易中心项目进展顺利。"
    org = span(text, "大连东北亚酒业交易中心")
    entities = resolved(text, Candidate(*org, "Organization", "organization:head:交易中心", 0.7),
                        *_projects(text, "大连东北亚酒业交易中心项目"))
    entity = entities["大连东北亚酒业交易中心"]
    assert list(entities) == ["大连东北亚酒业交易中心"] and (entity.type, entity.also) == ("Organization", "Project")


def test_a_programme_with_one_scope_word_in_front_is_the_same_programme():
    text = "危房改造开工1万户。完成农村危房改造。"
    got = resolved(text, Candidate(*span(text, "危房改造"), "Program", "program:housing"),
                   Candidate(*span(text, "农村危房改造"), "Program", "program:head"))
    assert set(got) == {"危房改造"} and "农村危房改造" in got["危房改造"].aliases


def test_two_scopes_of_one_programme_stay_apart():
    text = "城镇居民医保、农村居民医保和居民医保。"
    got = resolved(text, *(Candidate(*span(text, n), "Program", "program:head")
                           for n in ("城镇居民医保", "农村居民医保")),
                   Candidate(*span(text, "居民医保", 2), "Program", "program:head"))
    assert {"城镇居民医保", "农村居民医保", "居民医保"} <= set(got)


def test_a_scheme_and_its_plan_document_are_one_scheme():
    text = "制定新一轮退耕还林还草方案，今年退耕还林还草1500万亩以上。"
    got = resolved(text, Candidate(*span(text, "退耕还林还草方案"), "Program", "program:next-round"),
                   Candidate(*span(text, "退耕还林还草", 1), "Program", "program:restoration"))
    assert set(got) == {"退耕还林还草"} and "退耕还林还草方案" in got["退耕还林还草"].aliases


def test_a_scheme_stays_beside_its_period_plan():
    text = "制定实施西部大开发“十三五”规划。"
    outer = Candidate(*span(text, "西部大开发“十三五”规划"), "Program", "quoted:period-plan", 0.95,
                      name="西部大开发十三五规划")
    got = resolved(text, outer, Candidate(*span(text, "西部大开发"), "Program", "program:drive", 0.6))
    assert {"西部大开发十三五规划", "西部大开发"} <= set(got)


# --- places before a quote, township modifiers, line segments ----------------------------------

def test_a_place_before_the_quote_of_a_name_stays_a_place():
    text = "青松“两湾”产业园产值达到100亿元。"
    quote = span(text, "“两湾”")
    found = resolved(text,
                     Candidate(*span(text, "青松"), "Place", "place:gazetteer:county", 0.85),
                     Candidate(0, quote[1] + 3, "Project", "quoted+head", 0.85, name="青松两湾产业园",
                               group=quote[0]))
    assert found["青松"].type == "Place" and found["青松两湾产业园"].type == "Project"


def test_a_place_inside_the_quotes_is_no_place():
    text = "打造“健康青松”品牌。"
    quote = span(text, "“健康青松”")
    found = resolved(text,
                     Candidate(*span(text, "青松"), "Place", "place:gazetteer:county", 0.85),
                     Candidate(*quote, "Program", "quoted", 0.75, name="健康青松", group=quote[0]))
    assert "青松" not in found and "健康青松" in found


def test_a_township_modifier_stays_beside_the_body_it_names():
    text = "青松司法所获评全国先进司法所。"
    found = resolved(text,
                     Candidate(*span(text, "青松"), "Place", "place:township-modifier", 0.6),
                     Candidate(*span(text, "青松司法所"), "Department", "department:unlevelled", 0.7))
    assert found["青松"].type == "Place" and found["青松司法所"].type == "Department"


def test_a_township_gazetteer_place_inside_a_body_goes_with_the_body():
    text = "青松司法所获评全国先进司法所。"
    found = resolved(text,
                     Candidate(*span(text, "青松"), "Place", "place:gazetteer:township", 0.85),
                     Candidate(*span(text, "青松司法所"), "Department", "department:unlevelled", 0.7))
    assert "青松" not in found


def test_a_segment_of_a_line_stays_beside_the_line():
    text = "青松高铁白塔段建成通车。"
    found = resolved(text,
                     Candidate(*span(text, "青松高铁"), "Project", "project:strict:高铁", 0.7),
                     Candidate(*span(text, "青松高铁白塔段"), "Project", "project:segment:段", 0.7))
    assert {"青松高铁", "青松高铁白塔段"} <= set(found)


def test_an_alias_rule_span_gives_an_alias_and_no_mention():
    text = "与江城市青溪区签订协议。"
    entities = resolved(text,
                        Candidate(*span(text, "江城市"), "Place", "place:gazetteer:city", 0.9),
                        Candidate(*span(text, "青溪区"), "Place", "place:gazetteer:county", 0.85),
                        Candidate(*span(text, "江城市青溪区"), "Place", "place:division-path", 0.95, name="青溪区"))
    assert "江城市青溪区" in entities["青溪区"].aliases
    assert [m.text for m in entities["青溪区"].mentions] == ["青溪区"]
    assert "江城市" in entities and "江城市青溪区" not in entities
