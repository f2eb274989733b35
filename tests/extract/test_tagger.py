"""kg/extract/tagger.py: LAC's ORG tags as Organization candidates, only in clauses with a
firm context, and the hard negatives its filters must drop. Sentences are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import extract_lines, names_of  # noqa: E402
from kg.extract import tagger  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402

TITLE = "江城市2024年政府工作报告"
OFF = components_without(["lac_organizations"])


def added(sentence: str) -> dict[str, str]:
    """Entities the tagger adds to the sentence's extraction (on minus off)."""
    on = names_of(extract_lines(TITLE, sentence))
    off = names_of(extract_lines(TITLE, sentence, components=OFF))
    return {name: type_ for name, type_ in on.items() if name not in off}


@pytest.mark.parametrize("sentence, name", [
    ("家乐福、星巴克等10余个高端商业项目落户城东商圈。", "星巴克"),  # 等 + a count: no firm list rule
    ("成功引进行业领军企业云岫环保科技、湖北金瑞集团等20户企业入驻园区。", "云岫环保科技"),
    ("戴尔、思科等一批信息产业项目集群式落户。", "思科"),
])
def test_a_firm_the_rules_cannot_know_in_a_firm_clause(sentence, name):
    assert added(sentence).get(name) == "Organization"


def lac_says(name: str, after: str):
    """A stand-in for LAC that tags ``name`` ORG, cut right before ``after``."""
    def spans(clauses):
        for offset, clause in clauses:
            if name + after in clause:
                at = offset + clause.index(name + after)
                yield at, at + len(name)
    return spans


def tagger_names(monkeypatch, sentence: str, name: str, after: str) -> list[str]:
    """What the tagger's rule finds in ``sentence`` when LAC cuts ``name`` before ``after``."""
    from kg.extract.pipeline import run
    from helpers import document

    monkeypatch.setattr(tagger, "_org_spans", lac_says(name, after))
    doc = run(document(TITLE, sentence))
    return [doc.text[c.start:c.end] for c in doc._.candidates if c.rule == tagger.RULE]


def test_a_list_item_cut_before_an_adjective_is_read_to_the_item_end(monkeypatch):
    mine = tagger_names(monkeypatch, "青岚精密、云岫电子相继签约落户。", "青岚", "精密")
    assert mine == ["青岚精密"], mine


def test_an_adjective_before_a_verb_is_no_part_of_the_name(monkeypatch):
    mine = tagger_names(monkeypatch, "青岚成功落户江城。", "青岚", "成功")
    assert "青岚成功" not in mine, mine


def test_the_tagger_ranks_below_the_rules():
    from helpers import document
    from kg.extract.pipeline import run

    doc = run(document(TITLE, "戴尔、思科等一批信息产业项目集群式落户。"))
    mine = [c for c in doc._.candidates if c.rule == "tagger:lac-org"]
    assert [doc.text[c.start:c.end] for c in mine] == ["思科"]
    assert all(c.type == "Organization" and c.score < 0.6 for c in mine)


@pytest.mark.parametrize("sentence", [
    "板栗、柑橘、早熟梨等农业产业带初具规模。",  # no firm cue in the clause
    "州委州政府引进一批企业落户。",  # a body of government
    "农民专业合作社签约入驻。",  # a kind: everyday words and a kind of body
    "盼达食品、恒九锂能等新能源项目相继签约。",  # LAC cut the names short (盼达|食品, 恒九锂|能)
    "华泰国际文化旅游度假城项目成功引入。",  # cut before 旅游|度假|城
])
def test_no_name_from_bodies_kinds_cut_names_or_clauses_without_a_firm_cue(sentence):
    assert added(sentence) == {}


def test_lac_reads_only_clauses_with_a_firm_cue(monkeypatch):
    def no_lac():
        raise AssertionError("LAC loaded for a text without a firm clause")

    monkeypatch.setattr(tagger, "_lac", no_lac)
    assert tagger._firm_clauses("全年粮食产量稳定，城乡居民收入持续增长。") == []
    assert list(tagger._org_spans([])) == []
    assert [c for _, c in tagger._firm_clauses("道路硬化完成，甲乙等企业落户园区。")] == ["甲乙等企业落户园区"]


def test_the_tagger_can_be_switched_off():
    sentence = "戴尔、思科等一批信息产业项目集群式落户。"
    assert "思科" in names_of(extract_lines(TITLE, sentence))
    assert "思科" not in names_of(extract_lines(TITLE, sentence, components=OFF))
