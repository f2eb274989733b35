"""Identity across reports: the key under which one issuer's reports of different
years name the same thing.

Two names are one entity when their keys match: quotes and spaces go, a generic
suffix goes (暖居工程 → 暖居, 环境治理年活动 → 环境治理年), the issuer's own place
goes from the front (北原南屏组团 → 南屏组团), and a department's short name is
spelled out (区发改委 → 区发展和改革委员会). Entity IRIs hash issuer + key.

>>> identity_key("区发改委", "Department")
'区发展和改革委员会'
>>> identity_key("“暖居”工程", "Program")
'暖居'
"""
from __future__ import annotations

import re

from .model import issuer_place
from .resolve import norm

# Generic heads that do not change what a scheme or project is.
GENERIC_SUFFIXES = ("建设工程", "建设项目", "工程", "项目", "活动", "服务", "建设", "工作", "战")
# Standard short names of government bodies (naming conventions of Chinese
# administration, not names taken from any report).
ABBREVIATIONS = {
    "发改委": "发展和改革委员会", "发改局": "发展和改革局", "经信委": "经济和信息化委员会",
    "经信局": "经济和信息化局", "工信局": "工业和信息化局", "人社局": "人力资源和社会保障局",
    "住建委": "住房和城乡建设委员会", "住建局": "住房和城乡建设局", "卫健委": "卫生健康委员会",
    "卫计委": "卫生和计划生育委员会", "卫计局": "卫生和计划生育局", "教体局": "教育和体育局",
    "文旅局": "文化和旅游局", "文广局": "文化广电局", "农牧局": "农牧业局", "农业农村局": "农业农村局",
    "市监局": "市场监督管理局", "市场监管局": "市场监督管理局", "环保局": "环境保护局",
    "生态环境局": "生态环境局", "国土局": "国土资源局", "自然资源局": "自然资源局", "规划局": "城乡规划局",
    "城管局": "城市管理局", "应急局": "应急管理局", "财政局": "财政局", "统计局": "统计局",
    "民政局": "民政局", "商务局": "商务局", "科技局": "科学技术局", "审计局": "审计局",
    "纪委": "纪律检查委员会", "政法委": "政法委员会", "人大常委会": "人民代表大会常务委员会",
}
SEPARATORS = re.compile(r"[,，、]")
COMPANY = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司)$")
_ABBREVIATED = re.compile("(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + ")$")


def family(type_: str) -> str:
    """Types one thing may carry in different reports: a scheme is a Program in one year
    and a Project in another; every other type is its own family."""
    return "Scheme" if type_ in ("Program", "Project") else type_


def identity_key(name: str, type_: str, issuer: str | None = None) -> str:
    """The cross-report key of a name (see the module docs)."""
    key = SEPARATORS.sub("、", norm(name))  # 一窗受理,全城通办 = 一窗受理、全城通办
    key = _without_issuer_place(key, issuer)
    if type_ == "Department":
        return _ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(1)], key)
    if type_ in ("Program", "Project"):
        return _without_generic_suffix(key)
    if type_ == "Organization":
        return COMPANY.sub("", key) if len(COMPANY.sub("", key)) >= 2 else key
    return key


def _without_generic_suffix(key: str) -> str:
    for suffix in GENERIC_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            return key[: -len(suffix)]
    return key


def _without_issuer_place(key: str, issuer: str | None) -> str:
    place = issuer_place(issuer)
    for prefix in (place, place[:-1]):
        if len(prefix) >= 2 and key.startswith(prefix) and len(key) - len(prefix) >= 3:
            return key[len(prefix):]
    return key
