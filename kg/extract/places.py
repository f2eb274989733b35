"""Places: gazetteer divisions and countries, and names built on a place head
(西安路, 兴工街道, 马栏河, 星海湾金融商务区). Not: 全区, 辖区, 城区, 基层."""
from __future__ import annotations

import re

from .context import Context
from .lexicon import GENERIC_PLACE_NAMES, PLACE_HEADS
from .pipeline import Candidate

# Heads that name a place whatever the modifier; the others need a proper noun.
STRICT = ("街道", "办事处", "大街", "大道", "路", "街", "巷", "河", "江", "湖", "水库", "镇", "乡",
          "商圈", "商务区", "商业区", "经济带", "观光带", "组团", "新镇区")
GENERIC_MODIFIER = re.compile(r"^(?:[全各该本每多两几数]|[\d一二三四五六七八九十]+[个条座处]|"
                              r"城市|农村|重点|主要|新|老|旧|大|小|周边|沿线|沿岸|相关|有关|其他)")
KIND_SCORE = {"country": 0.9, "province": 0.9, "city": 0.9, "county": 0.85, "township": 0.85}


def find(ctx: Context):
    """Place candidates from the gazetteer and from place heads."""
    words = ctx.words
    for place in ctx.places:
        if words.is_boundary(place.start) and words.is_boundary(place.end):
            yield Candidate(place.start, place.end, "Place", f"place:gazetteer:{place.kind}",
                            KIND_SCORE.get(place.kind, 0.8))
    yield from _headed(ctx)


def _headed(ctx: Context):
    text = ctx.text
    for start, head_start, end in ctx.head_spans(PLACE_HEADS, limit=10):
        name = text[start:end]
        head = text[head_start:end]
        if name in GENERIC_PLACE_NAMES or GENERIC_MODIFIER.match(name):
            continue
        if head not in STRICT and not ctx.has_proper(start, head_start):
            continue
        if len(name) - len(head) < 2:
            continue
        start = _joined(ctx, start)
        score = 0.7 if head in STRICT else 0.6
        if any(start <= p.start and p.end <= head_start for p in ctx.places):
            score = 0.9  # 西安路 beats the 西安 inside it
        yield Candidate(start, end, "Place", f"place:head:{head}", score)


def _joined(ctx: Context, start: int) -> int:
    """西安路——和平广场商圈: two names joined by a dash make one place."""
    text = ctx.text
    if text[max(0, start - 2):start] != "——":
        return start
    left = ctx.words.name_start(start - 2, limit=8)
    return left if left < start - 2 else start
