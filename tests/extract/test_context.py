"""kg/extract/context.py: the shared byline-person veto, pinned with invented bylines of
the real shapes and hard negatives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import extract_lines, surface_forms  # noqa: E402
from kg.extract.pipeline import components_without  # noqa: E402

TITLE = "江城省2020年政府工作报告"
DATELINE = "——2020年1月12日在江城省第九届人民代表大会第三次会议上"
BODY = "各位代表:\n过去一年,我们建设青松湖湿地公园。"


@pytest.mark.parametrize("byline, person", [
    ("省长\n李大海", "李大海"),                 # the name on the line under the title
    ("江城省人民政府省长 刘青山", "刘青山"),     # the title after the government
    ("代省长  王 小 河", "王小河"),            # acting, the name spaced out
    ("市 长 张小桥", "张小桥"),                 # the title spaced out
])
def test_an_officials_name_in_the_byline_is_no_entity(byline, person):
    names = surface_forms(extract_lines(TITLE, DATELINE, byline, BODY))
    assert not any(n.replace(" ", "").endswith(person[-2:]) for n in names)


def test_the_byline_veto_can_be_switched_off():
    x = extract_lines(TITLE, DATELINE, "省长\n李大海", BODY, components=components_without(["titled_persons"]))
    assert any(n.endswith("大海") for n in surface_forms(x))


def test_a_title_inside_a_phrase_of_the_opening_is_no_byline():
    x = extract_lines(TITLE, DATELINE, "(三)落实耕地保护省长责任制", BODY)
    assert "耕地保护省长责任制" in surface_forms(x)


@pytest.mark.parametrize("line, name", [
    ("(三)建设青松湖", "青松湖"),                      # a heading closing its line after the body began
    ("市长 李大海", "李大海"),                          # a title and name after the first full stop
])
def test_names_after_the_opening_stay(line, name):
    x = extract_lines(TITLE, DATELINE, "省长 王小明", BODY, line, "推进江城至青山高速建设。")
    x_off = extract_lines(TITLE, DATELINE, "省长 王小明", BODY, line, "推进江城至青山高速建设。",
                          components=components_without(["titled_persons"]))
    assert (name in surface_forms(x)) == (name in surface_forms(x_off))
