"""Unquoted programs: a specific modifier and an initiative head.

促进就业十项措施, 创新驱动发展战略, 户籍制度改革, 城市管理年活动. A generic
modifier (重点, 各类, 民生…) makes a description, not a name.
"""
from __future__ import annotations

import re

from .context import Context
from .lexicon import PROGRAM_HEADS
from .pipeline import Candidate

GENERIC = re.compile(r"^(?:[全各该本每多新老这那其此]|重点|主要|相关|有关|其他|一系列|一批|系列|"
                     r"各类|各项|民生|惠民|专项|综合|全面|有效|长效|工作|管理|服务|配套|基础|"
                     r"上述|以下|这些|有关|优惠|扶持|支持|鼓励|激励|保障)")
COUNTED = re.compile(r"^[\d一二两三四五六七八九十百千万]+(?:[项个大条]|位一体)")
YEAR_CAMPAIGN = re.compile(r"(?<![\d\u4e00-\u9fff])?([\u4e00-\u9fff]{2,6}(?:管理|服务|建设|创新|作风|"
                           r"效能|质量|环境|安全|招商|项目))年(?:活动)?(?![\u4e00-\u9fff])")
MIN_MODIFIER = {"工程": 3, "计划": 3, "行动": 3, "政策": 3, "制度": 3, "模式": 3, "机制": 4,
                "规划": 3, "战略": 2, "纲要": 4, "改革": 3, "方案": 4, "项目": 4, "平台": 4,
                "品牌": 4, "服务": 6, "活动": 6, "年": 4, "基金": 3, "协定": 3, "普查": 4,
                "普法": 2, "运动会": 4, "节": 3}


def find(ctx: Context):
    """Program candidates from initiative heads and 年 campaigns."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(PROGRAM_HEADS, limit=18):
        name, head = text[start:end], text[head_start:end]
        modifier = name[: len(name) - len(head)]
        if GENERIC.match(name) and not COUNTED.match(name):
            continue
        if len(modifier) < _min_modifier(head) and not COUNTED.match(name):
            continue
        proper = ctx.has_proper(start, head_start)
        yield Candidate(start, end, "Program", f"program:head:{_base(head)}", 0.6 if proper else 0.45)


def _base(head: str) -> str:
    return next((h for h in MIN_MODIFIER if head.endswith(h)), head)


def _min_modifier(head: str) -> int:
    return MIN_MODIFIER.get(_base(head), 4)
