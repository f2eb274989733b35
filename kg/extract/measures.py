"""Measures: numbers with units, their indicator, year, actual or target, growth.

Each sentence is read clause by clause (split at ，,：:). A quantity (numbers.py)
takes its indicator from the clause's own words: the head nouns before it, with
time words, modal verbs and link verbs (实现/完成/达到/为…) stripped, or the noun it
counts after it (开设了113个服务窗口). A growth clause with no noun of its own
(…394.9亿元，同比增长4.5%) joins the level before it; a level with no noun
(增长20%，达到282亿元) joins the growth before it; 分别 spreads values over a list
of indicators. Year and kind come from the section, overridden by cues in the
sentence (去年, 今年, 到2030年, 十五五, 今后五年…).

>>> from kg.model import Document
>>> from kg.structure import structure_of
>>> d = Document("d", "d.txt", "一、2014年工作回顾\\n全年实现地区生产总值394.9亿元，同比增长4.5%。",
...              None, None, 2015, None, "", "")
>>> m = find_measures(d, structure_of(d))[0]
>>> (m.indicator, m.value, m.unit, m.growth_pct, m.year, m.kind, m.base_value, m.base_unit)
('地区生产总值', 394.9, '亿元', 4.5, 2014, 'actual', 39490000000.0, 'CNY')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language

from ..model import Document, Entity, Measure, Section, Sentence, Structure
from .numbers import Quantity, base_of, find_quantities, multiplier_of, split_unit

# --- the spaCy component ----------------------------------------------------


@Language.component("kg_measures")
def measures_component(doc):
    """Fill ``doc._.measures`` from ``doc._.document`` and ``doc._.structure``."""
    doc._.measures = find_measures(doc._.document, doc._.structure)
    return doc


# --- words of the grammar ---------------------------------------------------

CLAUSE_BREAK = re.compile(r"[，,：:；;]")
QUOTED = re.compile(r"“[^”]{0,40}”|‘[^’]{0,40}’|\"[^\"]{0,40}\"|《[^》]{0,60}》")
QUOTE_MARKS = re.compile(r"[“”‘’\"《》「」『』]")
PARENTHESES = re.compile(r"[（(][^）)]{0,30}[）)]")
LIST_MARK = re.compile(r"、|和|及|与")
DIGIT = re.compile(r"\d")

TIME_WORDS = (r"全年|今年|去年末|去年底|去年|明年|当年|年内|年底前|年底|年末|届时|目前|现在|"
              r"(?:近|最近|过去)[一二三四五六七八九十两\d]+年|\d{1,2}月(?:底|末|份)?(?:前|内)?|"
              r"到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?|“?十[一二三四五六]五”?(?:时期|期间|期末)?|"
              r"今后五年|未来五年|过去五年|五年来|五年累计")
SCOPE_WORDS = r"全区|全市|全县|全旗|全省|全州|全盟|我区|我市|我县|我旗|我省|我国|本区|本市"
MODAL_WORDS = (r"其中|同时|另外|此外|并|又|还|也|共|累计|总计|合计|已经|要|将|拟|力争|确保|争取|"
               r"预计|努力|是在|[一二三四五六七八九十]是|首先|其次|最后|全面|全力|加快|切实|继续|"
               r"进一步|大力|积极")
LEAD_VERBS = r"实现|完成|达到|安排"
LEADING = re.compile(rf"^(?:{TIME_WORDS}|{SCOPE_WORDS}|{MODAL_WORDS}|{LEAD_VERBS}|[、和及与，,\s])+")

BOUND_BEFORE = re.compile(r"(?P<q>超过|突破|高达|多达|不少于|不低于|不超过|接近|将近|逾|近|约|超)$")
GROWTH_WORDS = {"增长": 1, "增加": 1, "新增": 1, "提高": 1, "提升": 1, "上涨": 1, "上升": 1,
                "扩大": 1, "上调": 1, "增收": 1, "下降": -1, "减少": -1, "降低": -1,
                "回落": -1, "缩小": -1, "压缩": -1, "缩短": -1, "下调": -1, "削减": -1}
_GROWTH = "|".join(sorted(GROWTH_WORDS, key=len, reverse=True))
COMPARISON = r"同比|比上年同期|比上年|较上年|比去年同期|比去年|较去年|比\d{4}年|比改革前"
GROWTH_VERB = re.compile(
    rf"(?P<verb>(?:{COMPARISON})?(?:实际|名义|预期)?(?:年均|平均)?(?P<word>{_GROWTH}))了?$")
LINK_VERB = re.compile(
    r"(?:达到|达|完成|实现|为|是|(?:提高|提升|上升|增加|下降|降低|减少|扩大|拓展|发展|增|降)(?:到|至)|"
    r"(?:保持|控制|稳定|维持)[在到]|累计|共计|合计|总计|共|约|分别|安排|了|的|占比|要|将|拟|预计|预期|"
    r"已经|已|(?<![人年日平])均|都|力争|确保|争取|保持)$")
ADVERBIALS = re.compile(r"按可比价格|按可比价|按现价|按不变价|同比")
ADVERBIAL_ONLY = re.compile(r"^(?:平均每天|平均每年|每天|每年|每月|人均|月人均|年人均|年均|平均|分别|日均)*$")
MIDDLE_RESULT = re.compile(r"^(?P<subject>.{2,}?)(?:实现|完成)(?P<rest>.{2,})$")
PREPOSITION = re.compile(r"^(?:对|为|在|向|给|帮助|帮)(?:.{0,16}等)?$")
EXAMPLES_END = re.compile(r"等$")
FROM_TO = re.compile(r"(?:由|从)(?P<mid>[^，,；;]{0,12}?)"
                     rf"(?P<verb>{_GROWTH})(?:到|至)$")
SHARE = re.compile(r"^占")
GROWTH_NOUN = re.compile(r"(?:增长|增速)$")
DISTRIBUTE = re.compile(r"分别|(?<![人年日平])均")
LIST_SPLIT = re.compile(r"、|和|及")
HEAD_END = re.compile(r"[量率额耗入值积数重资金费模]$")
RATE_HEAD = re.compile(r"(?:参保率|参合率|覆盖率|普及率|达标率|入学率|利用率|处理率|排放量|"
                       r"发生率|合格率|优良率|增加值|总产值|产量)$")

# after a quantity: words that start a predicate, ending the noun it counts
PREDICATE = re.compile(
    r"实施|启动|兑现|用于|实现|纳入|进驻|完工|建成|投入使用|开工|竣工|获得|通过|进行|得到|参加|参与|"
    r"开展|落户|入驻|签约|完成|建立|设立|成立|安装|发放|提供|惠及|涉及|覆盖|带动|解决|支持|补贴|"
    r"改善|达到|基本|全面|全部|顺利|正在|已经|年内|年底|全年|并|被|的|等|妥善|切实|有效|积极|按期|"
    r"如期|按时|"
    r"[，,。；;：:、（(]")
PREDICATE_END = re.compile(r"[，,。；;、]|并")  # after 对/为…: the whole predicate, to here
CHANGE_END = re.compile(rf"(?:再次|进一步|继续|大幅|明显)?(?:{_GROWTH})$")
CLASS_MARK = re.compile(r"级|以上的|以下的")  # 10万吨级泊位, 500万元以上的项目: a class, not a fact
LIST_BREAK = re.compile(r"[，,；;：:、和及与]")
CONJUNCTION_END = re.compile(r"[和及与、]+$")
# heads that make a number hypothetical or a reference, not a fact: 每增长1个百分点, 相当于…, 有6.5%的增速
NOT_A_FACT = re.compile(r"相当于|每$|^\d+年[前后]|^有$")
IMPLIED_UNITS = (("人口", "人"),)

# Chinese numerals: small counts that are names or enumerations (“三个一”, 三个方面)
CN_NOT_AFTER = re.compile(r"^(?:方面|阶段|层面|环节|规定|全面|代表|基本点|一体|转向|清零|确立|维护|"
                          r"自信|意识|关系|结合|层次|维度|梯队|百年|高于|升级版|大战略|战略|坚持|"
                          r"必须|着力|重点|原则|举措|措施|任务|目标|工作)")
CN_NOT_BEFORE = set("第统唯之不万千百几每单其另同专逐划合归整全初周星礼拜这那某各届")
# units a Chinese numeral may count: physical things, not 个/项/次 (两个积极性, 二次会议)
CN_UNITS = ("条", "所", "座", "栋", "幢", "处", "套", "台", "辆", "艘", "架", "公里", "千米", "米",
            "亩", "平方米", "平方公里", "公顷", "吨", "千瓦", "户", "人")


# --- drafts: one quantity and its context ------------------------------------

@dataclass
class _Draft:
    """A quantity in a sentence with the words around it; offsets are sentence-relative."""

    q: Quantity
    clause: tuple[int, int]
    before: str
    after: str
    unit: str
    listed: bool = False  # follows the previous quantity after 、/和 with no words of its own
    head: str = ""  # the indicator words before the number
    tail: str = ""  # the noun the number counts, after it
    noun: str = ""
    verb: str | None = None
    sign: int = 0
    prep: bool = False  # inside 对/为/在… : the predicate after it says what it counts
    examples: bool = False  # after 甲、乙等: the noun after it is the indicator
    de: bool = False  # 投资836万元的福寿养老院: the noun after 的 is not the indicator
    distributive: bool = False
    qualifiers: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    confidence: float = 0.9
    growth: float | None = None


def find_measures(document: Document, structure: Structure) -> list[Measure]:
    """Every measure stated in a document, in text order.

    >>> from kg.model import Document
    >>> from kg.structure import structure_of
    >>> d = Document("d", "d.txt", "二、2013年工作安排\\n地区生产总值增长20%，达到282亿元。",
    ...              None, None, 2013, None, "", "")
    >>> [(m.indicator, m.value, m.growth_pct, m.kind) for m in find_measures(d, structure_of(d))]
    [('地区生产总值', 282.0, 20.0, 'target')]
    """
    measures = []
    for sentence in structure.sentences:
        if _in_glossary(sentence, structure):
            continue
        for draft in sentence_drafts(sentence.text):
            measures.append(_measure(draft, sentence, document, structure))
    return measures


def _in_glossary(sentence: Sentence, structure: Structure) -> bool:
    """名词解释 entries define terms; their numbers are not facts of the year."""
    section = structure.section_of(sentence)
    while section is not None:
        if section.kind == "glossary":
            return True
        section = structure.sections[section.parent] if section.parent is not None else None
    return False


def sentence_drafts(text: str) -> list[_Draft]:
    """The measures of one sentence, before year and section are known.

    >>> [(d.noun, d.q.value, d.unit) for d in sentence_drafts("开设了113个服务窗口")]
    [('开设服务窗口', 113.0, '个')]
    """
    clauses = _clauses(text)
    quantities = [q for q in find_quantities(text) if _is_measure(q, text)]
    drafts = [_draft(q, i, quantities, clauses, text) for i, q in enumerate(quantities)]
    drafts = [d for d in drafts if d.unit]
    for step in STEPS:
        drafts = step(drafts, text)
    return [d for d in drafts if d.noun and not _hypothetical(d)]


def _hypothetical(d: _Draft) -> bool:
    """每增长1个百分点, 相当于5年前…: a rate or a reference, not a fact of the year."""
    return bool(NOT_A_FACT.search(d.head) or NOT_A_FACT.search(d.noun))


# --- which numbers are measures ---------------------------------------------

def _is_measure(q: Quantity, text: str) -> bool:
    """A number with a unit that is not a date, an age, a name or an enumeration."""
    if _quoted(q, text):
        return False
    if q.chinese:
        return _chinese_count(q, text)
    if q.kind == "duration":
        return q.value != int(q.value)
    return not CLASS_MARK.match(text, q.end)


def _quoted(q: Quantity, text: str) -> bool:
    return any(m.start() < q.start < m.end() for m in QUOTED.finditer(text))


def _chinese_count(q: Quantity, text: str) -> bool:
    """三条主干道路, 一万余人, 两亿元 yes; 三个方面, 二次会议, 五粮(a name), 一批 no."""
    before = text[q.start - 1] if q.start else ""
    prefix, bare = split_unit(q.unit)
    countable = bare in CN_UNITS or (prefix and q.kind is not None)
    return (countable and q.value * multiplier_of(prefix) >= 2 and before not in CN_NOT_BEFORE
            and not CN_NOT_AFTER.match(text[q.end:q.end + 4]))


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in CLAUSE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _clause_of(offset: int, clauses: list[tuple[int, int]]) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= offset < c[1] or offset == c[1]), clauses[-1])


def _draft(q: Quantity, i: int, quantities: list[Quantity], clauses, text: str) -> _Draft:
    """A quantity with the clause text before it (since the last quantity and list mark)
    and after it (up to the next quantity)."""
    clause = _clause_of(q.start, clauses)
    shared = bool(i and quantities[i - 1].end > clause[0])
    prev_end = quantities[i - 1].end if shared else clause[0]
    next_start = quantities[i + 1].start if i + 1 < len(quantities) else clause[1]
    gap = text[prev_end:q.start]
    before = LIST_MARK.split(gap)[-1] if shared or CONJUNCTION_END.search(gap) else gap
    listed = shared and not before.strip() and bool(CONJUNCTION_END.search(gap))
    after = text[q.end:min(next_start, clause[1])]
    return _Draft(q, clause, before, after, _unit(q, after), listed=listed, span=clause)


def _unit(q: Quantity, after: str) -> str:
    """The written unit, or one implied by the noun after a bare 万/亿 (1000万农村人口 → 万人)."""
    if q.kind is not None:
        return q.unit
    for word, unit in IMPLIED_UNITS:
        if word in after[:8] and q.unit:
            return q.unit + unit
    return ""


# --- indicators -------------------------------------------------------------

def _drop_classes(drafts: list[_Draft], text: str) -> list[_Draft]:
    """500万元以上技改项目302个, 投资超5亿元的项目4个: a threshold that classes the
    thing counted next, not a fact of its own."""
    keep = []
    for d, following in zip(drafts, [*drafts[1:], None]):
        bound = d.q.qualifier in ("以上", "以下") or BOUND_BEFORE.search(d.before)
        if (bound and following and following.clause == d.clause and d.after
                and not LIST_BREAK.search(d.after)):
            continue
        keep.append(d)
    return keep


def _read_heads(drafts: list[_Draft], text: str) -> list[_Draft]:
    """Head words before each number; a list member with none borrows its neighbour's."""
    for i, d in enumerate(drafts):
        if d.listed and i:
            _borrow(d, drafts[i - 1])
        else:
            _read_head(d)
        d.tail = _after_noun(d)
    return drafts


def _read_head(d: _Draft) -> None:
    """Head words, growth verb and qualifiers from the words before a quantity."""
    words = LEADING.sub("", QUOTE_MARKS.sub("", PARENTHESES.sub("", d.before)).strip())
    d.prep = bool(PREPOSITION.match(words))
    d.examples = bool(EXAMPLES_END.search(words))
    d.distributive = bool(DISTRIBUTE.search(words))
    words = _strip_bound(d, words)
    words = _strip_growth(d, words)
    d.head = _clean_noun(_strip_links(words))


def _borrow(d: _Draft, prev: _Draft) -> None:
    """投资836万元的A、550万元B: the second number shares the first one's head."""
    d.head, d.verb, d.sign, d.prep = prev.head, prev.verb, prev.sign, prev.prep
    d.examples, d.distributive = prev.examples, prev.distributive
    d.qualifiers, d.de = list(prev.qualifiers), prev.de


def _strip_bound(d: _Draft, words: str) -> str:
    """超过/突破/近/约 before the number: a qualifier, not part of the indicator."""
    found = BOUND_BEFORE.search(words)
    if found:
        d.qualifiers.append(found.group("q"))
        return words[:found.start()]
    return words


def _strip_growth(d: _Draft, words: str) -> str:
    """增长/下降/新增… just before the number: a change, kept as the verb."""
    found = GROWTH_VERB.search(words)
    if not found:
        return words
    d.verb = ADVERBIALS.sub("", found.group("verb"))
    d.sign = GROWTH_WORDS[found.group("word")]
    return words[:found.start()]


def _strip_links(words: str) -> str:
    """Drop link verbs at the end: 达到, 完成, 为, 提高到, 保持在, 的 …"""
    previous = None
    while previous != words:
        previous = words
        words = LINK_VERB.sub("", words)
        words = BOUND_BEFORE.sub("", words)
    return words


def _clean_noun(words: str) -> str:
    """The head words: time, scope and modal words off the front; 实现/完成 in the
    middle splits off the subject (商务区实现全口径税收 → 全口径税收).

    >>> _clean_noun("全年实现财政一般预算收入"), _clean_noun("碧波湾金融商务区实现全口径税收")
    ('财政一般预算收入', '全口径税收')
    """
    words = ADVERBIALS.sub("", words)
    words = LEADING.sub("", words).strip("，,、 ")
    middle = MIDDLE_RESULT.match(words)
    if middle:
        words = LEADING.sub("", middle.group("rest"))
    return _strip_links(words)


def _after_noun(d: _Draft) -> str:
    """The noun a quantity counts, written after it (12个米袋子项目), or ''.

    After a preposition (对80万平方米老旧楼实施…) the whole predicate describes it."""
    after = QUOTE_MARKS.sub("", d.after)
    if after.startswith("的"):
        d.de = True
        after = after[1:]
    if not after or after[0] in "、和及与":
        return ""
    if d.prep:
        return PREDICATE_END.split(after)[0]
    end = PREDICATE.search(after)
    return CONJUNCTION_END.sub("", after[:end.start()] if end else after)


def _share_tails(drafts: list[_Draft], text: str) -> list[_Draft]:
    """对80万平方米、211栋老旧楼…: list members share the noun written after the last one."""
    for i in range(len(drafts) - 1, 0, -1):
        d, prev = drafts[i], drafts[i - 1]
        if d.listed and not prev.tail:
            prev.tail = d.tail
    return drafts


def _combine(drafts: list[_Draft], text: str) -> list[_Draft]:
    """The indicator from the head before and the noun after a number."""
    for d in drafts:
        d.noun = _combined(d)
        if d.tail and d.noun != d.head:
            d.tags.append("counted")
    return drafts


def _combined(d: _Draft) -> str:
    """投资836万元的福寿养老院 → 投资; 用好1800亿元引导基金 → 用好引导基金;
    甲、乙等21个在建项目 → 在建项目; 对80万平方米老旧楼实施… → 老旧楼实施…"""
    if not d.tail:
        return d.head
    if d.prep or d.examples or not d.head:
        return d.tail
    if d.de and d.q.kind == "money":
        return d.head
    return d.head + d.tail


def _from_to(drafts: list[_Draft], text: str) -> list[_Draft]:
    """由380元提高到420元: one measure (420) with the starting level as qualifier."""
    dropped = set()
    for d in drafts:
        clause_text = text[d.clause[0]:d.q.start]
        found = FROM_TO.search(clause_text)
        if not found:
            continue
        start = d.clause[0] + found.start()
        d.noun = _clean_noun(QUOTE_MARKS.sub("", clause_text[:found.start()]))
        d.qualifiers.insert(0, found.group(0))
        d.verb, d.sign = None, 0
        d.tags.append("from-to")
        dropped |= {id(o) for o in drafts if o is not d and start <= o.q.start < d.q.start}
    return [d for d in drafts if id(d) not in dropped]


def _merge_growth(drafts: list[_Draft], text: str) -> list[_Draft]:
    """394.9亿元，同比增长4.5%: a bare growth rate joins the level before it."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev and _bare_growth(d) and prev.growth is None and prev.verb is None
                and prev.unit != "%" and _adjacent(prev, d, text)):
            prev.growth = d.sign * d.q.value
            prev.span = (prev.span[0], d.span[1])
            prev.tags.append("growth")
            continue
        out.append(d)
    return out


def _bare_growth(d: _Draft) -> bool:
    return d.verb is not None and d.unit == "%" and not d.noun and d.verb[-2:] in ("增长", "下降")


def _adjacent(a: _Draft, b: _Draft, text: str) -> bool:
    """b's clause follows a's (or is the same), with no other number between."""
    between = text[a.q.end:b.q.start]
    return len(CLAUSE_BREAK.findall(between)) <= 1


def _merge_level(drafts: list[_Draft], text: str) -> list[_Draft]:
    """增长20%，达到282亿元: a level with no noun joins the growth rate before it."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev and not d.noun and d.verb is None and prev.verb and prev.unit == "%"
                and prev.noun and d.unit != "%" and _adjacent(prev, d, text)):
            d.noun, d.growth = prev.noun, prev.sign * prev.q.value
            d.span = (prev.span[0], d.span[1])
            d.tags.append("growth-first")
            out[-1] = d
            continue
        out.append(d)
    return out


def _inherit(drafts: list[_Draft], text: str) -> list[_Draft]:
    """新增4万多亿元 / 平均每天新增1.2万户 / 比去年增加5600亿元: a clause with no noun of
    its own speaks of the indicator before it; 占世界60% of the one before it too."""
    last_noun = ""
    for d in drafts:
        own = "" if ADVERBIAL_ONLY.match(d.noun) else d.noun
        if (not own or SHARE.match(own)) and last_noun:
            d.noun = last_noun + d.noun
            d.tags.append("inherited")
            d.confidence -= 0.2
        elif own:
            last_noun = own
    return drafts


def _distribute(drafts: list[_Draft], text: str) -> list[_Draft]:
    """A、B、C分别下降23%、15%、18%: the i-th value belongs to the i-th indicator."""
    out: list[_Draft] = []
    for run in _runs(drafts):
        noun = run[0].noun
        if run[0].distributive and ADVERBIAL_ONLY.match(noun):
            noun = _previous_clause_noun(run[0], text) or noun
        parts = _list_parts(noun)
        if len(parts) > 1 and len(parts) == len(run):
            out.extend(_assign(d, part) for d, part in zip(run, parts))
        elif len(parts) > 1 and len(run) == 1 and run[0].distributive:
            out.extend(_assign(_copy(run[0]), part) for part in parts)
        else:
            out.extend(run)
    return out


def _runs(drafts: list[_Draft]) -> list[list[_Draft]]:
    """Drafts grouped into lists: 23%、15%、18%."""
    runs: list[list[_Draft]] = []
    for d in drafts:
        if runs and d.listed and not d.tail:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def _previous_clause_noun(d: _Draft, text: str) -> str:
    """The clause before, when it has no number: the list that 分别 spreads over
    (…基本养老金、城镇低保标准再次提高，月人均分别提高221元、90元)."""
    head = text[:d.clause[0]].rstrip("，,：:；; ")
    clause = CLAUSE_BREAK.split(head)[-1] if head else ""
    if not clause or DIGIT.search(clause):
        return ""
    clause = QUOTE_MARKS.sub("", clause)
    return _clean_noun(CHANGE_END.sub("", clause))


def _list_parts(noun: str) -> list[str]:
    """用水量、能耗、二氧化碳排放量 → three indicators; a shared head (排放量, 参保率)
    is lent to the parts that lack one.

    >>> _list_parts("二氧化硫、氮氧化物排放量")
    ['二氧化硫排放量', '氮氧化物排放量']
    """
    parts = [p for p in LIST_SPLIT.split(noun) if p]
    if len(parts) < 2 or any(len(p) > 20 for p in parts):
        return [noun]
    head = RATE_HEAD.search(parts[-1])
    if head:
        parts = [p if HEAD_END.search(p) else p + head.group(0) for p in parts[:-1]] + [parts[-1]]
    return parts


def _assign(d: _Draft, part: str) -> _Draft:
    """One indicator of a list; a percentage change keeps its verb as a qualifier only."""
    d.noun = part
    if d.verb and d.unit == "%":
        d.growth = d.sign * d.q.value
        d.qualifiers.insert(0, GROWTH_VERB.search(d.verb).group("word"))
        d.verb = None
    d.tags.append("distributive")
    return d


def _copy(d: _Draft) -> _Draft:
    return _Draft(**{**d.__dict__, "qualifiers": list(d.qualifiers), "tags": list(d.tags)})


def _finish(drafts: list[_Draft], text: str) -> list[_Draft]:
    """Growth verbs become part of the indicator (居民人均可支配收入实际增长) and growth_pct."""
    for d in drafts:
        d.noun = d.noun.strip("，,、 的")
        if d.verb and d.unit == "%" and d.growth is None:
            d.growth = d.sign * d.q.value
        if d.verb:
            d.qualifiers.insert(0, GROWTH_VERB.search(d.verb).group("word"))
            d.noun = _with_verb(d)
        if d.growth is None and d.unit == "%" and GROWTH_NOUN.search(d.noun):
            d.growth = d.q.value
    return drafts


def _with_verb(d: _Draft) -> str:
    """新增74辆公交车 → 新增公交车; 居民收入增长7.4% → 居民收入增长."""
    if d.verb in d.noun:
        return d.noun
    if d.tail and d.noun == d.tail:
        return d.verb + d.noun
    return d.noun + d.verb


STEPS = (_drop_classes, _read_heads, _share_tails, _combine, _from_to, _merge_growth, _merge_level,
         _distribute, _inherit, _finish)


# --- year, kind, evidence ---------------------------------------------------

FIVE_YEAR = re.compile(r"十([一二三四五六])五")
NEXT_FIVE = re.compile(r"今后五年|未来五年")
LAST_FIVE = re.compile(r"过去五年|五年来")
YEAR_CUE = re.compile(r"(?<![比较\d])(?P<to>到|至)?(?P<year>(?:19|20)\d{2})年(?!以来|代|相比|同期)")
LAST_YEAR = re.compile(r"(?<![比较])(?:去年|过去一年|上一年)")
THIS_YEAR = re.compile(r"(?<![比较])今年")
NEXT_YEAR = re.compile(r"(?<![比较])明年")
NUMERALS = "一二三四五六七八九"


def timing(text: str, delivered: int | None, section: Section | None,
           paragraph_lead: str = "") -> tuple[int | None, str | None, str | None]:
    """(year, kind, period) of a measure: the last cue in the text before it, else a
    five-year cue at the head of its paragraph, else its section.

    >>> timing("到2020年，森林覆盖率达到23.04%", 2016, None)
    (2020, 'target', None)
    >>> timing("“十五五”时期国内生产总值年均增长7.8%", 2031, None)
    (2030, 'actual', '2026-2030')
    """
    cue = _last_cue(CUE_RULES, text, delivered)
    if cue:
        return _with_period(cue, section)
    lead = _last_cue(FIVE_YEAR_RULES, paragraph_lead, delivered)
    if lead and _looks_back(lead, paragraph_lead):
        return lead
    if section is not None:
        return section.year, section.tense, section.period
    return None, None, None


def _last_cue(rules, text: str, delivered: int | None) -> tuple | None:
    """The timing of the cue that ends last in ``text``."""
    found = [c for c in (_cue(rule, text, delivered) for rule in rules) if c]
    return max(found, key=lambda c: c[0])[1] if found else None


def _looks_back(cue: tuple, lead: str) -> bool:
    """A paragraph opening on a five-year period speaks of it when it reviews a finished
    period (2030年是“十五五”收官之年) or sets the next one (今后五年); 今年是“十六五”的
    关键一年 opens a paragraph about this year."""
    return cue[1] == "actual" or bool(NEXT_FIVE.search(lead))


def _with_period(cue: tuple, section: Section | None) -> tuple:
    """到2030年 inside the 十五五 part keeps the part's period."""
    year, kind, period = cue
    if period is None and section is not None and (section.year, section.tense) == (year, kind):
        return year, kind, section.period
    return cue


def _cue(rule, text: str, delivered: int | None):
    """(position of the last match, timing) for one cue rule, or None."""
    pattern, read = rule
    matches = list(pattern.finditer(text))
    if not matches or delivered is None:
        return None
    return matches[-1].end(), read(matches[-1], delivered)


def _five_year(m: re.Match, delivered: int):
    end = 1955 + 5 * (NUMERALS.index(m.group(1)) + 11)
    return end, ("target" if delivered <= end else "actual"), f"{end - 4}-{end}"


def _year(m: re.Match, delivered: int):
    year = int(m.group("year"))
    return year, ("target" if year >= delivered else "actual"), None


FIVE_YEAR_RULES = [
    (FIVE_YEAR, _five_year),
    (NEXT_FIVE, lambda m, y: (y + 4, "target", f"{y}-{y + 4}")),
    (LAST_FIVE, lambda m, y: (y - 1, "actual", f"{y - 5}-{y - 1}")),
]
CUE_RULES = FIVE_YEAR_RULES + [
    (YEAR_CUE, _year),
    (LAST_YEAR, lambda m, y: (y - 1, "actual", None)),
    (THIS_YEAR, lambda m, y: (y, "target", None)),
    (NEXT_YEAR, lambda m, y: (y + 1, "target", None)),
]


def _measure(d: _Draft, sentence: Sentence, document: Document, structure: Structure) -> Measure:
    text = document.text
    start, end = _trim(text, sentence.start + d.span[0], sentence.start + d.span[1])
    section = structure.section_of(sentence)
    cue_text = sentence.text[:d.q.end]
    year, kind, period = timing(cue_text, document.year, section, _paragraph_lead(text, sentence))
    base_value, base_unit = base_of(d.q.value, d.unit)
    return Measure(
        indicator=d.noun, value=d.q.value, unit=d.unit, year=year, kind=kind,
        evidence=text[start:end], start=start, end=end,
        section=structure.section_path(sentence), sentence=sentence.id,
        growth_pct=_round(d.growth), base_value=base_value, base_unit=base_unit,
        qualifier=_qualifier(d), value_max=d.q.value_max,
        period=period, rule="measure:" + "+".join([_shape(d), *d.tags]),
        confidence=_confidence(d))


def _shape(d: _Draft) -> str:
    """growth for a bare rate of change (增长7.4%), level otherwise."""
    return "growth" if d.verb and d.unit == "%" else "level"


def _qualifier(d: _Draft) -> str | None:
    """增长/下降, 超过/突破, 由…提高到, then the quantity's own 以上/左右/多/区间."""
    words = [*d.qualifiers, d.q.qualifier]
    return "，".join(dict.fromkeys(w for w in words if w)) or None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000\r\n，,、":
        start += 1
    while end > start and text[end - 1] in " \t\u3000\r\n。；;！？":
        end -= 1
    return start, end


def _paragraph_lead(text: str, sentence: Sentence) -> str:
    """The first two sentences of the paragraph (line) a sentence is in."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line = text[line_start:sentence.start]
    return "。".join(line.split("。")[:2])


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _confidence(d: _Draft) -> float:
    """Lower when the indicator is borrowed, counted after the number, or long."""
    score = d.confidence
    score -= 0.1 if "attributive" in d.tags else 0
    score -= 0.3 if d.q.chinese else 0
    score -= 0.1 if len(d.noun) > 16 else 0
    return round(max(0.1, min(1.0, score)), 2)


# --- linking measures to entities -------------------------------------------

def link_measures(measures: list[Measure], entities: list[Entity], structure: Structure) -> None:
    """Set ``Measure.about``: the entity named closest before the number in the same
    sentence, else one named after it in the measure's own evidence, else one named in
    the title of the sentence's topic section, else None.

    >>> from kg.model import Mention
    >>> e = Entity("区红十字会", "Department", mentions=[Mention(0, 5, "区红十字会", 0)])
    >>> m = Measure("善款", 858, "万元", 2014, "actual", "区红十字会发放善款858万元", 0, 15, "", 0)
    >>> link_measures([m], [e], Structure((), (Sentence(0, 0, 16, "区红十字会发放善款858万元。", None),)))
    >>> m.about
    '区红十字会'
    """
    by_sentence = _mentions_by_sentence(entities)
    for measure in measures:
        measure.about = _about(measure, by_sentence.get(measure.sentence, []), entities, structure)


def _mentions_by_sentence(entities: list[Entity]) -> dict[int, list[tuple[int, int, Entity]]]:
    index: dict[int, list[tuple[int, int, Entity]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            if mention.sentence is not None:
                index.setdefault(mention.sentence, []).append((mention.start, mention.end, entity))
    return index


def _about(measure: Measure, mentions, entities: list[Entity], structure: Structure) -> str | None:
    number = _number_offset(measure)
    before = [m for m in mentions if m[1] <= number]
    if before:
        return max(before, key=lambda m: m[1])[2].name
    inside = [m for m in mentions if number < m[0] and m[1] <= measure.end]
    if inside:
        return min(inside, key=lambda m: m[0])[2].name
    return _topic_entity(measure, entities, structure)


def _number_offset(measure: Measure) -> int:
    """Where the measure's number is written, by its digits in the evidence."""
    value = measure.value
    written = f"{int(value)}" if value == int(value) else f"{value:g}"
    at = measure.evidence.find(written)
    return measure.start + at if at >= 0 else measure.end


def _topic_entity(measure: Measure, entities: list[Entity], structure: Structure) -> str | None:
    """An entity named in the title of the topic section the measure's sentence is in."""
    if not 0 <= measure.sentence < len(structure.sentences):
        return None
    section = structure.section_of(structure.sentences[measure.sentence])
    while section is not None and section.kind != "topic":
        section = structure.sections[section.parent] if section.parent is not None else None
    if section is None:
        return None
    title = QUOTE_MARKS.sub("", section.title)
    named = [e for e in entities if any(QUOTE_MARKS.sub("", n) in title for n in e.names if n)]
    return max(named, key=lambda e: len(e.name)).name if named else None
