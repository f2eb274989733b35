"""Organizations: companies, banks, universities, associations, trading centres.

江城港集团, 禾丰公司, 华南师大, 华北钢材交易中心. Not: 企业, 高校, 社会组织.
"""
from __future__ import annotations

import re

from .context import Context
from .lexicon import ORGANIZATION_HEADS
from .pipeline import Candidate

STRICT = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "银行", "大学", "学院", "师大",
          "交易中心", "交易所", "报社", "出版社", "电视台")
GENERIC = re.compile(r"^(?:[全各该本每多新这那其此驻]|物业|跨国|共富|社会|产业|经济|国际|群团|公益|消费|学校|严密|[\d一二三四五六七八九十百千]+[个家所]|"
                     r"国有|民营|私营|外资|中小|小微|骨干|龙头|重点|相关|有关|其他|社会|基层|金融|"
                     r"商业|政策性|村镇|农村|地方|城市|股份制|上市|行业|中介|服务|专业|科研|高等)")


def find(ctx: Context):
    """Organization candidates ending in an organization head."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(ORGANIZATION_HEADS, limit=14):
        name, head = text[start:end], text[head_start:end]
        if GENERIC.match(name) or len(name) - len(head) < 2:
            continue
        if head in STRICT or ctx.has_proper(start, head_start):
            also = "Department" if head in ("促进会", "联合会", "协会", "商会", "基金会") else None
            yield Candidate(start, end, "Organization", f"organization:head:{head}",
                            0.7 if head in STRICT else 0.55, also=also)
