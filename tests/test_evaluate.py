"""kg.evaluate re-implements the matching rules of shared/eval/score.py. Each case
below is one of those rules, encoded by hand (nothing is read from shared/ here):

- entities: a predicted name or alias that is a gold name or alias, with the gold
  type or its ``also``, is a true positive; a second hit on the same gold entity is a
  duplicate; a wrong type is a false positive and leaves the gold entity missed;
  a predicted canonical name listed as ``acceptable`` is ignored.
- relations (recall): subject and object are resolved through gold names and
  aliases; an ``awarded`` honour matches when one text contains the other.
- measures (recall): value and unit compared in base units (万, 亿 …), indicators
  by containment either way.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import PRF, base, evaluate, evaluate_files, format_score, load_gold, pooled

GOLD = {
    "document": "shahekou-2015.txt",
    "entities": [
        {"name": "帮万家", "type": "Program", "also": "Organization", "aliases": ["帮万家服务", "爱心帮万家"]},
        {"name": "暖房子工程", "type": "Program", "also": "Project", "aliases": ["暖房子"]},
        {"name": "大连港集团", "type": "Organization", "aliases": []},
        {"name": "区政府", "type": "Department", "aliases": ["区人民政府"]},
        {"name": "沙河口区", "type": "Place", "aliases": []},
        {"name": "五位一体政务公开模式", "type": "Program", "aliases": ["五位一体"]},
    ],
    "acceptable": ["一口受理", "全区通办"],
    "relations": [],
    "measures": [],
}


def entities(*predicted: dict) -> dict:
    return {"entities": list(predicted)}


def score_of(pred: dict, gold: dict = GOLD):
    return evaluate(gold, pred)


# --- entities --------------------------------------------------------------------------------

def test_an_exact_name_with_the_right_type_is_a_true_positive():
    score = score_of(entities({"name": "大连港集团", "type": "Organization"}))
    assert (score.total.tp, score.total.fp, score.total.fn) == (1, 0, 5)
    assert (score.entities["Organization"].tp, score.entities["Organization"].fn) == (1, 0)


@pytest.mark.parametrize("predicted", [
    {"name": "帮万家服务", "type": "Program"},                                   # a gold alias
    {"name": "“帮万家”", "type": "Program"},                                     # quotes do not count
    {"name": "爱心帮万家品牌", "type": "Program", "aliases": ["爱心帮万家"]},     # the prediction's alias
    {"name": "帮万家", "type": "Organization"},                                  # the gold `also` type
])
def test_alias_quote_and_also_matches(predicted):
    score = score_of(entities(predicted))
    assert (score.total.tp, score.total.fp) == (1, 0)
    assert score.entities["Program"].fn == 2  # 帮万家 is found, the other two Programs are not …
    assert score.entities[predicted["type"]].tp == 1  # … and counted under the predicted type


def test_a_wrong_type_is_a_false_positive_and_the_gold_entity_is_missed():
    score = score_of(entities({"name": "大连港集团", "type": "Place"}))
    assert (score.entities["Place"].fp, score.entities["Organization"].fn) == (1, 1)
    assert (score.total.tp, score.total.fp, score.total.fn) == (0, 1, 6)
    assert score.errors["wrong type"][0]["gold"] == "大连港集团/Organization"


def test_a_second_hit_on_one_gold_entity_is_a_duplicate():
    score = score_of(entities({"name": "区政府", "type": "Department"},
                              {"name": "区人民政府", "type": "Department"}))
    assert (score.total.tp, score.total.fp) == (1, 1)
    assert [e["name"] for e in score.errors["duplicate"]] == ["区人民政府"]


def test_a_wrong_type_does_not_use_up_the_gold_entity():
    score = score_of(entities({"name": "区政府", "type": "Place"}, {"name": "区人民政府", "type": "Department"}))
    assert (score.total.tp, score.total.fp) == (1, 1)
    assert "duplicate" not in score.errors


def test_acceptable_names_are_ignored():
    score = score_of(entities({"name": "一口受理", "type": "Program"}, {"name": "“全区通办”", "type": "Program"}))
    assert (score.total.tp, score.total.fp, score.total.fn) == (0, 0, 6)


def test_only_the_predicted_canonical_name_is_looked_up_in_acceptable():
    score = score_of(entities({"name": "一口受理服务", "type": "Program", "aliases": ["一口受理"]}))
    assert score.total.fp == 1


def test_unknown_names_are_false_positives_of_their_type():
    score = score_of(entities({"name": "区委全会", "type": "Department"}, {"name": "2所学校食堂", "type": "Project"}))
    assert (score.entities["Department"].fp, score.entities["Project"].fp, score.total.fp) == (1, 1, 2)
    assert {e["name"] for e in score.errors["false"]} == {"区委全会", "2所学校食堂"}


def test_precision_recall_and_f1():
    score = score_of(entities({"name": "帮万家", "type": "Program"}, {"name": "暖房子", "type": "Program"},
                              {"name": "区委全会", "type": "Department"}))
    program = score.entities["Program"]
    assert (program.tp, program.fp, program.fn) == (2, 0, 1)
    assert (score.total.tp, score.total.fp, score.total.fn) == (2, 1, 4)
    assert score.total.precision == pytest.approx(2 / 3)
    assert score.total.recall == pytest.approx(2 / 6)
    assert score.total.f1 == pytest.approx(2 * (2 / 3) * (1 / 3) / (2 / 3 + 1 / 3))
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)


def test_every_gold_entity_missed_is_listed():
    score = score_of(entities())
    assert {e["name"] for e in score.errors["missed"]} == {e["name"] for e in GOLD["entities"]}
    assert score.document == "shahekou-2015.txt"


# --- relations -------------------------------------------------------------------------------

def with_relations(*gold_relations: dict) -> dict:
    return {**GOLD, "relations": list(gold_relations)}


def rel(subject: str, predicate: str, obj: str) -> dict:
    return {"subject": subject, "predicate": predicate, "object": obj}


def test_relation_ends_are_resolved_through_gold_aliases():
    gold = with_relations(rel("区政府", "responsibleFor", "五位一体政务公开模式"))
    found = score_of({"relations": [rel("区人民政府", "responsibleFor", "“五位一体”")]}, gold).relations
    assert (found.tp, found.fn) == (1, 0)


def test_relation_predicate_and_direction_must_match():
    gold = with_relations(rel("区政府", "responsibleFor", "五位一体政务公开模式"))
    for wrong in (rel("区政府", "participatesIn", "五位一体政务公开模式"),
                  rel("五位一体政务公开模式", "responsibleFor", "区政府")):
        assert score_of({"relations": [wrong]}, gold).relations.tp == 0


def test_relation_ends_that_are_not_gold_entities_compare_as_text():
    gold = with_relations(rel("西安路智慧商圈", "locatedIn", "西安路"))
    assert score_of({"relations": [rel("西安路智慧商圈", "locatedIn", "西安路")]}, gold).relations.tp == 1
    assert score_of({"relations": [rel("西安路智慧商圈", "locatedIn", "西安")]}, gold).relations.tp == 0


@pytest.mark.parametrize("honour, found", [
    ("全国和谐社区建设示范区", True),
    ("全国和谐社区建设示范区称号", True),   # the prediction contains the gold honour
    ("和谐社区建设示范区", True),           # the gold honour contains the prediction
    ("“全国和谐社区建设示范区”", True),
    ("全国文明城区", False),
    ("", False),
])
def test_awarded_honours_match_by_containment(honour, found):
    gold = with_relations(rel("沙河口区", "awarded", "全国和谐社区建设示范区"))
    assert score_of({"relations": [rel("沙河口区", "awarded", honour)]}, gold).relations.tp == int(found)


def test_an_honour_must_go_to_the_same_holder():
    gold = with_relations(rel("沙河口区", "awarded", "全国和谐社区建设示范区"))
    assert score_of({"relations": [rel("区政府", "awarded", "全国和谐社区建设示范区")]}, gold).relations.tp == 0


def test_containment_is_for_honours_only():
    gold = with_relations(rel("区政府", "responsibleFor", "五位一体政务公开模式"))
    assert score_of({"relations": [rel("区政府", "responsibleFor", "五位一体政务公开模式建设")]},
                    gold).relations.tp == 0


def test_missed_relations_are_listed_with_their_evidence():
    gold = with_relations({**rel("沙河口区", "awarded", "全国和谐社区建设示范区"), "evidence": "被评为全国和谐社区建设示范区"})
    score = score_of({"relations": []}, gold)
    assert (score.relations.tp, score.relations.fn) == (0, 1)
    assert score.errors["missed relation"] == [
        {"name": "沙河口区 awarded 全国和谐社区建设示范区", "sentences": ["被评为全国和谐社区建设示范区"]}]


# --- measures --------------------------------------------------------------------------------

def measure(indicator: str, value, unit: str, year: int = 2014, kind: str = "actual") -> dict:
    return {"indicator": indicator, "value": value, "unit": unit, "year": year, "kind": kind}


def measure_score(gold_measure: dict, *predicted: dict):
    return score_of({"measures": list(predicted)}, {**GOLD, "measures": [gold_measure]})


@pytest.mark.parametrize("gold_measure, predicted", [
    (measure("暖房子工程惠及", 1.2, "万户"), measure("惠及", 12000, "户")),
    (measure("实际利用外资", 3.52, "亿美元"), measure("实际利用外资", 352000000, "美元")),
    (measure("地区生产总值", 394.9, "亿元"), measure("实现地区生产总值", "394.9", "亿元")),
    (measure("国内生产总值", 67.7, "万亿元"), measure("国内生产总值", 677000, "亿元")),
    (measure("投资", 2.06, "亿元"), measure("暖房子工程投资", 20600, "万元")),
])
def test_measures_match_in_base_units_and_by_indicator_containment(gold_measure, predicted):
    assert measure_score(gold_measure, predicted).measures.tp == 1


@pytest.mark.parametrize("predicted", [
    measure("地区生产总值", 394.9, "亿美元"),   # another unit
    measure("地区生产总值", 39.49, "亿元"),     # another value
    measure("财政收入", 394.9, "亿元"),         # another indicator
    measure("", 394.9, "亿元"),                 # no indicator
    measure("地区生产总值", "约394.9", "亿元"),  # not a number
])
def test_measures_that_do_not_match(predicted):
    assert measure_score(measure("地区生产总值", 394.9, "亿元"), predicted).measures.tp == 0


def test_year_and_kind_are_counted_separately():
    gold = measure("地区生产总值", 394.9, "亿元", 2014, "actual")
    assert measure_score(gold, measure("地区生产总值", 394.9, "亿元", 2014, "actual")).measures_year_kind == 1
    score = measure_score(gold, measure("地区生产总值", 394.9, "亿元", 2015, "target"))
    assert (score.measures.tp, score.measures_year_kind) == (1, 0)


def test_the_first_matching_prediction_decides_year_and_kind():
    gold = measure("地区生产总值", 394.9, "亿元", 2014, "actual")
    score = measure_score(gold, measure("地区生产总值", 394.9, "亿元", 2015, "target"),
                          measure("地区生产总值", 394.9, "亿元", 2014, "actual"))
    assert score.measures_year_kind == 0


@pytest.mark.parametrize("value, unit, expected", [
    (1.2, "万户", (12000.0, "户")), (3.52, "亿美元", (352000000.0, "美元")), (67.7, "万亿元", (67.7e12, "元")),
    (5, "万", (5.0, "万")),  # a bare scale word is the unit itself
    (18, "%", (18.0, "%")), ("x", "亿元", (None, "亿元")), (2, None, (2.0, "")),
])
def test_base_units(value, unit, expected):
    got = base(value, unit)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0]) if expected[0] is not None else got[0] is None


# --- files -----------------------------------------------------------------------------------

def test_load_gold_reads_json_and_refuses_anything_else(tmp_path):
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert load_gold(path) == GOLD
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(InputError):
        load_gold(tmp_path / "missing.gold.json")


def test_format_score_is_a_table_with_every_type():
    score = score_of(entities({"name": "帮万家", "type": "Program"}, {"name": "区委全会", "type": "Department"}))
    table = format_score(score, errors=True)
    assert table.splitlines()[0] == "document shahekou-2015.txt"
    for kind in ("Department", "Organization", "Program", "Project", "Place", "all", "relations", "measures"):
        assert kind in table
    assert "区委全会/Department" in table


def test_pooled_adds_counts_not_ratios():
    full = score_of(entities({"name": "大连港集团", "type": "Organization"}, {"name": "区政府", "type": "Department"}))
    empty = score_of(entities())
    pool = pooled([full, empty])
    assert (pool.total.tp, pool.total.fn) == (full.total.tp, full.total.fn + empty.total.fn)
    assert pool.entities["Organization"].tp == 1 and pool.document == "2 documents"
    assert format_score(pool, heading="pooled over").splitlines()[0] == "pooled over 2 documents"


# --- the development set (data/dev) ----------------------------------------------------------

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"


def test_the_development_excerpts_keep_their_floor():
    """231 excerpts of other governments' reports, annotated by hand (data/dev/README.md).
    The rules were tuned on them, so this is a floor against regressions, not a claim."""
    golds = sorted(DEV.glob("*.gold.json"))
    assert len(golds) == 231
    pool = pooled(list(evaluate_files(golds, DEV, min_confidence=0.5)))
    assert pool.total.precision >= 0.88 and pool.total.recall >= 0.75, pool.total
    assert pool.relations.recall >= 0.30, pool.relations
