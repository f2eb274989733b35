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
