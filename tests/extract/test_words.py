"""Tokens for the rules (kg.extract.words) and what they change in names."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import SHAHEKOU, extract_lines, names_of  # noqa: E402
from kg.extract.words import Words  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("由区公安分局牵头", ["由", "区", "公安分局", "牵头"]),
    ("在市中心", None),  # jieba's own split is kept when nothing is glued
])
def test_a_preposition_glued_to_a_level_prefix_is_split(text, expected):
    import jieba

    words = Words.from_text(text)
    assert words.words == (expected or list(jieba.cut(text)))
    assert all(text[s:e] == w for s, e, w in zip(words.starts, words.ends, words.words))


def test_a_department_after_you_is_found():
    assert names_of(extract_lines(SHAHEKOU, "由区公安分局牵头开展整治。")).get("区公安分局") == "Department"


@pytest.mark.parametrize("sentence, place, not_place", [
    ("某某大厦落地星海湾金融商务区。", "星海湾金融商务区", "某某大厦落地星海湾金融商务区"),
    ("江城港集团落户星海湾金融商务区。", "星海湾金融商务区", "集团落户星海湾金融商务区"),
])
def test_a_place_name_does_not_start_before_a_settling_verb(sentence, place, not_place):
    names = names_of(extract_lines(SHAHEKOU, sentence))
    assert names.get(place) == "Place" and not_place not in names


def test_indices_run_from_the_token_holding_start_to_the_last_beginning_before_end():
    words = Words.from_text("建设江城大道工程")
    first, last = words.index_at(3), words.index_at(5)
    assert list(words.indices(3, 6)) == list(range(first, last + 1))
    assert words.starts[last] < 6 <= (words.starts[last + 1] if last + 1 < len(words.starts) else 99)


@pytest.mark.parametrize("text, expected", [
    ("北岭木业加工园以茂丰公司为龙头", ["以", "茂丰"]),  # jieba's 以茂丰 (unknown) is a preposition + a name
    ("工业园区以华森公司为龙头", ["以", "华森"]),
    ("推进以电代煤工程", None),  # 以甲代乙 is a formula of its own
    ("坚持以人为本", None),  # a known word stays whole
])
def test_a_preposition_glued_to_an_unknown_name_is_split(text, expected):
    import jieba

    words = Words.from_text(text)
    if expected is None:
        assert words.words == list(jieba.cut(text))
    else:
        at = words.words.index(expected[0])
        assert words.words[at:at + 2] == expected and words.tags[at] == "p"


def test_an_organization_name_does_not_open_with_a_glued_preposition():
    names = names_of(extract_lines(SHAHEKOU, "北岭木业加工园以茂丰公司为龙头引入多家企业。"))
    assert "茂丰公司" in names and not any(n.startswith("园以") for n in names), sorted(names.items())


def name_before(text: str, head: str, **options) -> str:
    """The name ``Words.name_start`` finds before the first ``head`` of ``text``, head included."""
    at = text.index(head)
    return text[Words.from_text(text).name_start(at, **options):at + len(head)]


@pytest.mark.parametrize("sentence, name, wrong", [
    ("一手抓产业结构性改革、一手抓逆周期调节。", "产业结构性改革", "一手抓产业结构性改革"),
    ("两手抓城乡综合配套改革。", "城乡综合配套改革", "两手抓城乡综合配套改革"),
])
def test_a_scheme_name_does_not_open_with_one_hand_grasps(sentence, name, wrong):
    assert name_before(sentence, "改革", verbs=True) == name
    assert wrong not in names_of(extract_lines(SHAHEKOU, sentence))


@pytest.mark.parametrize("text, head, name", [
    ("全力支援大江城保卫战，调运物资。", "保卫战", "大江城保卫战"),
    ("主动融入长三角一体化发展战略。", "战略", "长三角一体化发展战略"),
])
def test_a_verb_whose_object_opens_with_a_place_stays_out_of_a_scheme_name(text, head, name):
    assert name_before(text, head, verbs=True) == name


def test_a_verb_before_a_common_noun_stays_in_a_scheme_name():
    assert name_before("实施数字赋能发展战略。", "战略", verbs=True) == "数字赋能发展战略"


def test_a_scheme_name_does_not_open_with_together_with():
    assert name_before("请连同国土空间总体规划纲要一并审议。", "纲要", verbs=True) == "国土空间总体规划纲要"


@pytest.mark.parametrize("text, head, name", [
    ("全力打造千亿级东湖新材料产业园。", "产业园", "东湖新材料产业园"),
    ("建设百亿元级南岭现代农业示范园。", "示范园", "南岭现代农业示范园"),
])
def test_a_scale_class_before_a_name_is_not_part_of_it(text, head, name):
    assert name_before(text, head) == name
