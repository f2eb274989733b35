"""kg.extract.extract and the switches that leave components and relation rules off."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import HAILAR_2013, document, triples  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.extract import extract, without  # noqa: E402

AREA = "加快三角地核心商圈改造，确保华融二期、天润商厦等项目投入运营。"  # hailar-2013


def test_without_splits_components_from_relation_rules():
    components, relations_off = without(["kg_quoted", "area-members", "places"])
    assert "kg_quoted" not in components and "kg_places" not in components
    assert "kg_departments" in components
    assert relations_off == ("area-members",)


def test_an_unknown_name_lists_both_kinds():
    with pytest.raises(KGError, match="unknown component kg_nosuch.*relation rule: modifier"):
        without(["nosuch"])


def test_a_relation_rule_left_off_states_nothing():
    fact = ("华融二期", "locatedIn", "三角地核心商圈")
    text = document(HAILAR_2013, AREA)
    assert fact in triples(extract(text))
    components, relations_off = without(["area-members"])
    assert fact not in triples(extract(text, components=components, relations_off=relations_off))
