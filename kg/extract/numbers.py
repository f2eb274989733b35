"""Numbers and units in Chinese text: numerals, 万/亿 multipliers, base units.

A quantity is a number with an optional multiplier, an approximation mark and a
unit, as written: 1.2万户, 4万多亿元, 6000余次, 6.5%－7%, 两个. Units come from
a registry, so a new unit is one line in ``UNITS``.

>>> q = find_quantities("共惠及百姓1.2万户")[0]
>>> (q.value, q.unit, q.base_value, q.base_unit)
(1.2, '万户', 12000.0, '户')
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# --- numerals ---------------------------------------------------------------

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS) + "半点"

ARABIC = re.compile(r"^[+-]?\d+(?:,\d{3})*(?:\.\d+)?$")
ARABIC_WITH_MULTIPLIER = re.compile(r"^(?P<n>\d+(?:\.\d+)?)(?P<m>[万亿千]+)$")


def parse_number(text: str) -> float | None:
    """The value of an Arabic, Chinese or mixed numeral, or None.

    >>> parse_number("一百二十"), parse_number("1.2万"), parse_number("两"), parse_number("半")
    (120.0, 12000.0, 2.0, 0.5)
    """
    text = unicodedata.normalize("NFKC", text.strip())
    if not text:
        return None
    if ARABIC.match(text):
        return float(text.replace(",", ""))
    mixed = ARABIC_WITH_MULTIPLIER.match(text)
    if mixed:
        return float(mixed.group("n")) * multiplier_of(mixed.group("m"))
    return chinese_number(text)


def chinese_number(text: str) -> float | None:
    """The value of a Chinese numeral (一百二十, 十三, 三千五百万, 两, 半, 三点五).

    >>> chinese_number("十三"), chinese_number("三千五百万"), chinese_number("三点五")
    (13.0, 35000000.0, 3.5)
    """
    if not text or any(ch not in CN_CHARS for ch in text):
        return None
    if text in ("半", "一半"):
        return 0.5
    if "点" in text:
        return _decimal_chinese(text)
    return _integer_chinese(text)


def _decimal_chinese(text: str) -> float | None:
    whole, _, fraction = text.partition("点")
    integer = _integer_chinese(whole) if whole else 0.0
    if integer is None or not fraction or any(ch not in CN_DIGITS for ch in fraction):
        return None
    return float(f"{int(integer)}.{''.join(str(CN_DIGITS[ch]) for ch in fraction)}")


def _integer_chinese(text: str) -> float | None:
    """Sections below 万, between 万 and 亿, and above 亿: 一亿二千万 → 1×10⁸ + 2000×10⁴."""
    above_yi, above_wan, section, digit = 0, 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        elif ch == "万":
            above_wan = (section + (digit or 0) or 1) * 10_000
            section, digit = 0, None
        else:  # 亿
            above_yi = (above_yi + above_wan + section + (digit or 0) or 1) * 100_000_000
            above_wan, section, digit = 0, 0, None
    return float(above_yi + above_wan + section + (digit or 0))


# --- multipliers and units --------------------------------------------------

MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
               "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3}


def multiplier_of(prefix: str) -> float:
    """The factor of a multiplier prefix: 万 → 1e4, 万亿 → 1e12, '' → 1.

    >>> multiplier_of("万亿"), multiplier_of("")
    (1000000000000.0, 1.0)
    """
    if prefix in MULTIPLIERS:
        return MULTIPLIERS[prefix]
    factor = 1.0
    for ch in prefix:
        factor *= MULTIPLIERS.get(ch, 1.0)
    return factor


@dataclass(frozen=True)
class Unit:
    """A unit as written, its base unit and what it measures."""

    written: str
    base: str
    kind: str


def _units(kind: str, *pairs: str) -> list[Unit]:
    """Units of one kind; each item is 'written' or 'written=base'."""
    out = []
    for pair in pairs:
        written, _, base = pair.partition("=")
        out.append(Unit(written, base or written, kind))
    return out


UNITS: list[Unit] = [
    *_units("money", "元=CNY", "美元=USD", "欧元=EUR", "港元=HKD", "港币=HKD", "日元=JPY"),
    *_units("ratio", "%", "％=%", "‰", "个百分点", "倍"),
    *_units("people", "人次", "人口=人", "人", "名", "户", "位"),
    *_units("area", "平方公里=km2", "平方千米=km2", "平方米=m2", "平米=m2", "公顷=ha", "亩"),
    *_units("length", "公里", "千米=公里", "延米", "米"),
    *_units("mass", "千克", "公斤", "斤", "吨"),
    *_units("volume", "立方米=m3", "升"),
    *_units("energy", "千瓦时=kWh", "千瓦=kW", "兆瓦=MW", "度=kWh", "标准煤"),
    *_units("duration", "个月", "小时", "分钟", "周", "天", "年", "岁"),
    *_units("count", "头只", "个", "项", "家", "支", "栋", "幢", "座", "所", "套", "间", "条",
            "处", "件", "台", "辆", "张", "株", "棵", "头", "只", "匹", "羽", "尾", "次", "场",
            "批", "部", "起", "宗", "份", "册", "种", "类", "架", "艘", "列", "块", "片", "轮",
            "班", "床", "网点", "标箱", "吨公里", "件次", "重量箱"),
]
UNIT_BY_WRITTEN = {u.written: u for u in UNITS}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _multiplier_pattern() -> str:
    """Multipliers, except where the 千 begins a unit (千瓦, 千克, 千米)."""
    parts = []
    for prefix in sorted(MULTIPLIERS, key=len, reverse=True):
        clash = [u.written[len(prefix):] for u in UNITS if u.written.startswith(prefix)]
        guard = f"(?!{_alternation(clash)})" if clash else ""
        parts.append(re.escape(prefix) + guard)
    return "|".join(parts)


def base_of(value: float, unit: str) -> tuple[float, str]:
    """(value, unit) in base units.

    >>> base_of(3.52, "亿美元"), base_of(1.2, "万户"), base_of(5, "%")
    ((352000000.0, 'USD'), (12000.0, '户'), (5, '%'))
    """
    prefix, bare = split_unit(unit)
    known = UNIT_BY_WRITTEN.get(bare)
    factor = multiplier_of(prefix)
    scaled = float(f"{value * factor:.12g}") if factor != 1.0 else value
    return scaled, known.base if known else bare


def split_unit(unit: str) -> tuple[str, str]:
    """(multiplier prefix, bare unit): 万亿元 → ('万亿', '元'); 千瓦 → ('', '千瓦').

    >>> split_unit("万亿元"), split_unit("千瓦"), split_unit("万千瓦")
    (('万亿', '元'), ('', '千瓦'), ('万', '千瓦'))
    """
    if unit in UNIT_BY_WRITTEN:
        return "", unit
    for i in range(1, len(unit)):
        prefix, bare = unit[:i], unit[i:]
        if all(ch in "十百千万亿" for ch in prefix) and bare in UNIT_BY_WRITTEN:
            return prefix, bare
    return "", unit


def unit_kind(unit: str) -> str | None:
    """What a unit measures: money, ratio, people, area, count …

    >>> unit_kind("亿美元"), unit_kind("个百分点")
    ('money', 'ratio')
    """
    known = UNIT_BY_WRITTEN.get(split_unit(unit)[1])
    return known.kind if known else None


def display_unit(unit: str) -> str:
    """A written unit in its usual spelling: ％ → %, 人口 → 人, 平米 → 平方米."""
    prefix, bare = split_unit(unit)
    spelling = {"％": "%", "人口": "人", "平米": "平方米"}
    return prefix + spelling.get(bare, bare)


# --- quantities in text -----------------------------------------------------

QUALIFIERS_AFTER = ("以上", "以下", "左右", "以内", "上下", "之内", "多", "余")
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_NUM = r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?"
_MULT = _multiplier_pattern()
_UNIT = _alternation(UNIT_BY_WRITTEN)


def _one(num: str, m1: str, approx: str, m2: str, unit: str) -> str:
    """One number with its multipliers, approximation mark and unit, as named groups."""
    return (f"(?P<{num}>{_NUM}(?![\\dA-Za-z]|\\.\\d)|{_CN_NUM})(?P<{m1}>{_MULT})?"
            f"(?P<{approx}>多|余|来)?(?P<{m2}>万亿|亿|万)?(?P<{unit}>{_UNIT})?")


QUANTITY = re.compile(
    r"(?<![\d.A-Za-z第×])(?:(?P<times>\d+)[×xX*])?"
    + _one("num", "m1", "approx", "m2", "unit")
    + r"(?:(?P<dash>[－\-—–~～至到])"
    + _one("num2", "m1b", "approx2", "m2b", "unit2")
    + r")?"
    + rf"(?P<after>{_alternation(QUALIFIERS_AFTER)})?"
)
CHINESE_ONLY = re.compile(rf"^{_CN_NUM}$")


@dataclass(frozen=True)
class Quantity:
    """A number with unit found in a string; ``start``/``end`` index that string."""

    value: float
    unit: str
    start: int
    end: int
    text: str
    base_value: float | None = None
    base_unit: str | None = None
    qualifier: str | None = None
    value_max: float | None = None
    chinese: bool = False

    @property
    def kind(self) -> str | None:
        return unit_kind(self.unit)


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with a unit or multiplier, and its qualifier.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("新增4万多亿元，6000余次")]
    [(4.0, '万亿元', '多'), (6000.0, '次', '余')]
    """
    found = []
    for match in QUANTITY.finditer(text):
        quantity = _quantity(match)
        if quantity is not None and quantity.unit:
            found.append(quantity)
    return found


def _quantity(match: re.Match) -> Quantity | None:
    """A Quantity from a QUANTITY match; a range takes its unit from the upper end."""
    value = _numeral(match.group("num"))
    if value is None:
        return None
    if match.group("times"):
        value *= int(match.group("times"))
    unit = _written_unit(match, "m1", "m2", "unit")
    value_max = _numeral(match.group("num2"))
    if match.group("dash"):
        if value_max is None:
            return None
        unit = _written_unit(match, "m1b", "m2b", "unit2") or unit
    qualifier = _qualifier(match, value_max)
    base_value, base_unit = base_of(value, unit) if unit else (None, None)
    return Quantity(value, unit, match.start(), match.end(), match.group(0), base_value,
                    base_unit, qualifier, value_max, bool(CHINESE_ONLY.match(match.group("num"))))


def _numeral(text: str | None) -> float | None:
    if text is None:
        return None
    return parse_number(text)


def _written_unit(match: re.Match, m1: str, m2: str, unit: str) -> str:
    """The multiplier(s) and unit as one string: 万 + 多 + 亿 + 元 → 万亿元."""
    prefix = (match.group(m1) or "") + (match.group(m2) or "")
    if prefix == "亿万":
        prefix = "万亿"
    return display_unit(prefix + (match.group(unit) or "")) if (prefix or match.group(unit)) else ""


def _qualifier(match: re.Match, value_max: float | None) -> str | None:
    """区间 for a range; 2×35 for a product; else 以上/左右/多/余 … as written."""
    if value_max is not None:
        return "区间"
    if match.group("times"):
        return f"{match.group('times')}×{match.group('num')}"
    return match.group("after") or match.group("approx") or match.group("approx2")
