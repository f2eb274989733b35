"""Enumerations: the items of “A、B、C等N个项目” take the type of the class noun.

鼎盛广场、华瑞名苑等21个在建项目 → two Projects; 在成都、长春等12个城市 → two
Places; 五岔口商厦、百货大楼、第一百货等企业 → three Organizations.
"""
from __future__ import annotations

import re

from .context import Context
from .lexicon import (BUILT_HEADS, FACILITY_HEADS, GENERIC_PLACE_NAMES, ORGANIZATION_HEADS, PROJECT_HEADS,
                      PROJECT_STRICT_HEADS)
from .pipeline import Candidate
from .projects import GENERIC_MODIFIER, PHASE, _generic_start, _range_start, place_spans
from .words import STOP_WORDS, opens_with_stop

# Class nouns of development zones: a list closed by one (甲纺织、乙陶瓷等工业集中区) names
# zones by town + industry, not firms, so the list's word outweighs a trade-name reading.
ZONE_CLASSES = ("工业集中区", "产业集聚区", "工业园区")
CLASS_TYPES = {"项目": "Project", "企业": "Organization", "公司": "Organization",
               "集团": "Organization", "银行": "Organization", "城市": "Place", "国家": "Place",
               "地区": "Place", "街道": "Place", "社区": "Place", "乡镇": "Place", "镇": "Place",
               "办事处": "Place", "区域": "Place", "园区": "Project", "市场": "Project", "学校": "Project",
               "酒店": "Project", "商场": "Project", "楼宇": "Project", "改扩建项目": "Project",
               "批发市场": "Project", "大型蔬菜批发市场": "Project", "计划": "Program",
               **dict.fromkeys(ZONE_CLASSES, "Project")}
_CLASSES = "|".join(sorted(CLASS_TYPES, key=len, reverse=True))
# Heads of areas: works done to one (甲灌区改造) are named by the works, not by a building.
AREA_HEADS = ("灌区", "工业园区")
SCHEME_CLASSES = {"战略": "Program", "工程": "Program", "行动": "Program", "计划": "Program",
                  "改革": "Program", "任务": "Program", "平台": "Program", "数据库": "Project"}
_SCHEMES = "|".join(SCHEME_CLASSES)
# What may stand between 等 and the class noun: a count (等3个), a size of investment (等10亿元以上)
# and a description of the class (等一批战略性新兴产业项目); a class noun before 级 is a rank
# in that description (等国家级项目), not the class.
TAIL_COUNT = r"[\d一二两三四五六七八九十百千]+[个家座处所项条批]|[\d.]*(?:万|亿)元(?:以上)?"
TAIL = re.compile(rf"等(?:{TAIL_COUNT})?"
                  rf"(?:[\u4e00-\u9fff]{{0,8}}?)({_CLASSES})(?!级)"
                  rf"|“[一二两三四五六七八九十]+大({_SCHEMES})”")
NAME_HEADS = tuple(h for h in PROJECT_STRICT_HEADS + PROJECT_HEADS + ORGANIZATION_HEADS + FACILITY_HEADS
                   if len(h) >= 2 and h not in ("项目", "工程", "中心") + AREA_HEADS)
SEPARATOR = re.compile(r"[、]|和|及|与")
ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9×．.\-·•]{2,18}$")
# A count or an ordinal opens the item (3条公路, 一批项目): no name.
NUMERAL_START = re.compile(r"^[\d一二三四五六七八九十]")
# Marks that open a clause, and those that also set off a list item.
CLAUSE_OPEN = "，。；：,;:\n"
ITEM_MARKS = CLAUSE_OPEN + "、"


def find(ctx: Context):
    """Candidates for each item of an enumeration closed by 等 + a class noun."""
    for type_, label, score, _, items, named in _closed_lists(ctx):
        for (start, end), ok in zip(items, named):
            if ok and _typed_item(ctx, type_, start, end):
                yield Candidate(start, end, type_, label, score)


def closed_list_siblings(ctx: Context):
    """The items of a closed project list that are not names themselves but are set off
    by list marks among mostly named ones (_listed_sibling): 甲乙研究院、丙丁系统技术中心等项目."""
    for type_, label, score, closes, items, named in _closed_lists(ctx):
        if type_ != "Project" or not closes:
            continue
        for (start, end), ok in zip(items, named):
            if not ok and _typed_item(ctx, type_, start, end) and _listed_sibling(ctx, start, end, named):
                yield Candidate(start, end, type_, label, score)


def _closed_lists(ctx: Context) -> list:
    """(type, rule label, score, closes, items, named) of each enumeration closed by 等 + a
    class noun, read once per document for the named items and their siblings."""
    if "closed_lists" in ctx.cache:
        return ctx.cache["closed_lists"]
    lists = ctx.cache["closed_lists"] = []
    for match in TAIL.finditer(ctx.text):
        scheme = match.group(2)
        closes = scheme is not None or _closes(ctx, match.end())
        if not closes and not _counted_or_projects(match):
            continue
        type_ = SCHEME_CLASSES[scheme] if scheme else CLASS_TYPES[match.group(1)]
        items = list(_items(ctx, match.start(), verbs=scheme is not None, projects=type_ == "Project"))
        if scheme and len(items) < 2:
            continue  # 自治区“四大行动”: one name before a counted name owns it, it is no member
        items = [(start, _without_action(ctx.text, start, end)) for start, end in items]
        named = [scheme is not None or (_name_like(ctx, s, e) or type_ == "Project" and _invested_item(ctx, s, e)
                                        if closes else _proper_item(ctx, s, e)) for s, e in items]
        score = 0.65 if match.group(1) in ZONE_CLASSES else 0.55
        lists.append((type_, f"enumeration:{scheme or match.group(1)}", score, closes, items, named))
    return lists


def _typed_item(ctx: Context, type_: str, start: int, end: int) -> bool:
    """Not a common word for places (辖区) in a list of places, nor a kind of road (高速公路)
    in a list of projects."""
    item = ctx.text[start:end]
    return not (type_ == "Place" and _common_place_word(item) or type_ == "Project" and _generic_work(item))


def _listed_sibling(ctx: Context, start: int, end: int, named: list[bool]) -> bool:
    """甲乙研究院、丙丁系统技术中心等一批重大项目: in a closed list of projects where at
    least half the items are names, an item set off by list marks on both sides is one
    too, though its words are common ones (a firm or lab jieba does not know); never a
    bare head, a generic kind, a count or a short field word (餐饮、文化)."""
    text = ctx.text
    item = text[start:end]
    if sum(named) * 2 < len(named) or len(item) < 4 or _bare_head(item) or GENERIC_MODIFIER.match(item) \
            or NUMERAL_START.match(item):
        return False
    if not (_set_off(text, start) and text[end:end + 1] in ("、", "等")):
        return False
    # a facility head needs a name or an abbreviation before it: 公交调度中心 is unnamed
    return not item.endswith(FACILITY_NAMES) or ctx.has_proper(start, end) or _abbreviated(ctx, start, end)


FACILITY_NAMES = NAME_HEADS + ("中心", "项目", "工程")
# A sum invested written before an item: 、50亿元的甲乙科技园、 lists 甲乙科技园 (的 may be
# left out: 、15亿元甲乙新材料、); never a sum of a class (10亿元以上).
SUM_BEFORE = re.compile(r"(?:总投资|投资)?(?:超|约|近|达)?[\d.百千万亿]+(?:万|亿)(?:美)?元(?:的|(?![以及和、，,]))")
SUM_BEFORE_ITEM = re.compile(r"[、，。；：,;:\n](?:" + SUM_BEFORE.pattern + ")$")


def _set_off(text: str, start: int) -> bool:
    """A list mark before the item, or one before the sum invested in it (、50亿元的甲乙度假城)."""
    return start == 0 or text[start - 1] in ITEM_MARKS or _sum_before(text, start)


def _sum_before(text: str, start: int) -> bool:
    """The sum invested in the item written right before it, after a mark (、50亿元的|甲乙度假城,
    ，投资14亿元|甲乙正极材料)."""
    return SUM_BEFORE_ITEM.search(text, max(0, start - 16), start) is not None


def _invested_item(ctx: Context, start: int, end: int) -> bool:
    """总投资15亿元的甲乙膜材料、3亿元的丙丁食品等项目: in a closed list of projects an item
    opened by the sum invested in it is one investment, a firm's works, though jieba knows
    all its words; not a kind of facility (污水处理厂: a head ends it), not works done (车辆更换,
    管网改造: no noun ends those), nor a short field word."""
    item = ctx.text[start:end]
    if len(item) < 4 or NUMERAL_START.match(item) or GENERIC_MODIFIER.match(item) \
            or item.endswith(FACILITY_NAMES + BUILT_HEADS) or not _ends_in_noun(ctx, end):
        return False
    return _sum_before(ctx.text, start)


def _ends_in_noun(ctx: Context, end: int) -> bool:
    """The item ends in a thing (甲乙膜材料), not in works done (车辆更换, 管网改造)."""
    words = ctx.words
    i = words.index_at(end - 1)
    return words.ends[i] == end and words.tags[i].startswith("n")


def _abbreviated(ctx: Context, start: int, end: int) -> bool:
    """An abbreviation (tagged j) stands for a name: 甲航 in 甲航系统技术中心."""
    return any(ctx.words.tags[i] == "j" for i in ctx.words.indices(start, end))


COUNT = re.compile(r"^等[\d一二两三四五六七八九十百千]+[个家座处所项条批][\u4e00-\u9fff]{0,2}$")


def _counted_or_projects(match: re.Match) -> bool:
    """A count (等8个社区) or a class of built things (等项目建设, 等酒店星级创评) makes
    the class noun the class whatever follows: 社区办公用房 still counts communities."""
    return bool(COUNT.match(match.group())) or match.group(1).endswith(BUILDING_CLASSES)


# Class nouns of things built: 等酒店星级创评 still lists hotels, 等批发市场建设 markets.
BUILDING_CLASSES = ("项目", "市场", "酒店", "商场", "楼宇", "学校")


ACTION = re.compile(r"(?:新建|搬迁|建设)$")


def _without_action(text: str, start: int, end: int) -> int:
    """An action after a named building is no part of it: 青松小学|新建, 东郊粮库|搬迁."""
    found = ACTION.search(text, start, end)
    if found and text[start:found.start()].endswith(NAME_HEADS):
        return found.start()
    return end


# How the works of a whole list go on: the class noun ends the phrase though a verbal noun follows.
PROGRESS = re.compile(r"(?:建设)?进展(?:顺利|良好|较快|加快|明显)")


def _closes(ctx: Context, end: int) -> bool:
    """The class noun ends the phrase (…等项目顺利推进, …等项目进展顺利), not 社区服务."""
    words = ctx.words
    if not words.is_boundary(end):
        return False
    if PROGRESS.match(ctx.text, end):
        return True
    i = words.index_at(end)
    return i >= len(words.words) or words.starts[i] != end or not words.tags[i].startswith(("n", "vn"))


def _common_place_word(item: str) -> bool:
    """主干道路, 辖区: common words for places name no place."""
    from .places import NOT_A_PLACE

    return item in GENERIC_PLACE_NAMES or NOT_A_PLACE.search(item) is not None


def _proper_item(ctx: Context, start: int, end: int) -> bool:
    """Where the class noun runs on (等项目建设), an item needs a proper noun of its own:
    金禾公司综合技改, not 反季节蔬菜基地 or 标准化中学."""
    return not _bare_head(ctx.text[start:end]) and ctx.has_proper(start, end)


def _bare_head(item: str) -> bool:
    """广场, 幼儿园, 新大楼: a head with at most one character before it names nothing."""
    return any(item == h or (item.endswith(h) and len(item) <= len(h) + 1) for h in NAME_HEADS)


def _name_like(ctx: Context, start: int, end: int) -> bool:
    """An item is a name if it has a proper noun, a digit, Latin letters or a name
    head (嘉禾二期, 锦绣广场) — not 餐饮, 文化."""
    item = ctx.text[start:end]
    if _bare_head(item):
        return False
    if re.match(r"^[\d.]+", item):
        return False  # 5条主干道路, 2台热水锅炉: a count of things
    return ctx.has_proper(start, end) or bool(re.search(r"[A-Za-z]", item)) or \
        (item.endswith(NAME_HEADS) and not GENERIC_MODIFIER.match(item))  # not 标准化中学


def _items(ctx: Context, end: int, verbs: bool = False, projects: bool = False):
    """(start, end) of each item before ``end``, right to left, until the list starts."""
    text = ctx.text
    floor = max(0, end - 120)
    while end > floor:
        end = _before_phase(text, end)
        start = ctx.words.name_start(_before_works(text, end), limit=18, floor=floor, verbs=verbs) if end > 0 else end
        start = _after_separator(text, _between_commas(text, start, end, floor), end)
        start = _clause_item(ctx, start, end) if projects else start
        opened, start = start, _after_sum(text, start, end)
        item = text[start:end]
        if not ITEM.match(item) or item in STOP_WORDS:
            return
        yield start, end
        start = opened
        before = text[max(0, start - 1):start]
        if before != "、":
            connector = text[max(0, start - 1):start] in ("和", "及", "与")
            if not connector:
                return
        end = start - 1


def _after_sum(text: str, start: int, end: int) -> int:
    """Where the item begins after the sum invested in it, if one opens it."""
    found = SUM_BEFORE.match(text, start, end)
    return found.end() if found else start


PHASE_NOTE = re.compile(r"[(（][一二三四五六七八九十\d]+期[)）]$")


def _before_phase(text: str, end: int) -> int:
    """甲工厂(一期)、: a phase in brackets after an item is a note on it, not its end."""
    found = PHASE_NOTE.search(text, max(0, end - 6), end)
    return found.start() if found else end



# The works of a phase close its name: 甲乙三期扩能, 丙丁二期扩建 (the chunker stops at the verb).
PHASE_WORKS = re.compile(PHASE.pattern + r"(扩能|扩建|扩产|技改|改扩建|续建)$")


def _before_works(text: str, end: int) -> int:
    """Where the chunker should start walking back from: before the works after a phase
    (甲乙三期|扩能), else the item's end."""
    found = PHASE_WORKS.search(text, max(0, end - 6), end)
    return found.start(1) if found else end


def _clause_item(ctx: Context, start: int, end: int) -> int:
    """The first item of a list that opens its clause runs from the clause mark, even where
    the chunker stops at a verb inside the name (甲乙协同创新研究院、, 丙丁包装、): only when
    the list mark follows, the stretch is short and opens with a noun-like word."""
    text, words = ctx.text, ctx.words
    if text[end:end + 1] != "、":
        return start
    floor = start
    while floor > 0 and start - floor < 20 and text[floor - 1] not in ITEM_MARKS:
        floor -= 1
    if floor > 0 and text[floor - 1] not in CLAUSE_OPEN:
        return start
    floor = _after_opening_verb(text, floor, start)
    if floor == start or end - floor > 14:
        return start
    i = words.index_at(floor)
    if words.starts[i] != floor or _stops(words, i) or words.tags[i].startswith(("v", "m", "q", "r", "a", "d", "p", "c")):
        return start
    return floor


# The verb that opens a clause listing projects: 全年签约甲乙储能柜组装、…等项目.
OPENING_VERB = re.compile(r"(?:全年|今年|年内|累计|先后|相继)?(?:新签约|签约|启动|新引进|引进|新开工|开工建设|开工|实施)")


def _after_opening_verb(text: str, floor: int, start: int) -> int:
    """Where the first item begins when a verb of signing, starting or bringing in opens its
    clause (启动甲乙掺混肥、丙丁装备制造等重点项目) or the sum invested in it does (投资14亿元|甲乙正极材料、):
    right after them; else the clause mark."""
    found = OPENING_VERB.match(text, floor, start)
    floor = found.end() if found else floor
    invested = SUM_BEFORE.match(text, floor, start)
    return invested.end() if invested else floor


ENUMERATION_COMMA = re.compile(r"、([^、，。；：,;:！？\n“”]{2,18})$")


def _between_commas(text: str, start: int, end: int, floor: int) -> int:
    """An item between two enumeration commas is whole even where the chunker stops
    early: 、金禾公司综合技改、 is one item, not 技改."""
    found = ENUMERATION_COMMA.search(text, max(floor, end - 19), end)
    return min(start, found.start(1)) if found else start


def _after_separator(text: str, start: int, end: int) -> int:
    """Cut an item at the last separator inside it."""
    last = start
    for m in SEPARATOR.finditer(text, start, end):
        last = m.end()
    return last


# --- lists without a class noun ---------------------------------------------------

LIST_CLAUSE = re.compile(r"[^，。；：,;:！？\n]+")
ITEM_SEPARATOR = "、"


def lists(ctx: Context):
    """Items of a 、-list take the type most of their neighbours have: in
    兴隆广场、金桂大酒店、嘉禾国际建材城全面竣工 the two known projects make the
    third one a project too. Lists are written of like things."""
    ctx.cache["list_items"] = [_list_items(ctx, clause) for clause in LIST_CLAUSE.finditer(ctx.text)
                               if clause.group().count(ITEM_SEPARATOR) >= 2]
    yield from _listed_like(ctx, ("Project", "Organization", "Place"), "enumeration:list")


def project_lists(ctx: Context):
    """lists() read again for projects once the facility, works and sited rules have run: in
    甲电厂、乙水利枢纽、丙抽水蓄能电站、丁新能源商用车等开工建设 the projects those rules
    found make the last item a project too; an item that begins with a found project and
    goes on (甲高速改扩建) is the works. A second reading of the items lists() cut: with
    kg_lists off, none."""
    if "list_items" in ctx.cache:
        yield from _listed_like(ctx, ("Project",), "enumeration:project-list")


def _listed_like(ctx: Context, types: tuple[str, ...], label: str):
    spans = {}
    for c in ctx.cache.get("found", []):
        spans.setdefault((c.start, c.end), c.type)
    for items in ctx.cache["list_items"]:
        yield from _propagate(ctx, items, spans, types, label)


def _list_items(ctx: Context, clause: re.Match) -> list[tuple[int, int]]:
    """(start, end) of each item; the first and last are cut at verbs and 等."""
    text, words = ctx.text, ctx.words
    parts, offset = [], clause.start()
    for part in clause.group().split(ITEM_SEPARATOR):
        parts.append([offset, offset + len(part)])
        if _holds_deng(ctx, offset, offset + len(part)):
            break  # 甲集团、乙集团等投资的一批大项目、好项目: the list ends at 等
        offset += len(part) + 1
    parts[0][0] = _item_start(ctx, parts[0][0], parts[0][1])
    parts[-1][1] = _item_end(ctx, parts[-1][0], parts[-1][1])
    return [(s, e) for s, e in parts if e > s]


def _holds_deng(ctx: Context, start: int, end: int) -> bool:
    """等 stands as a word of its own in the stretch (not 高等, 等级)."""
    return "等" in ctx.text[start:end] and any(ctx.words.words[i] == "等" for i in ctx.words.indices(start, end))


def _item_start(ctx: Context, clause_start: int, end: int) -> int:
    """Where the first item starts: the clause start when no stop word comes
    between (兴隆广场、…), else where the name chunker says."""
    words = ctx.words
    i = words.index_at(clause_start)
    while i < len(words.words) and words.starts[i] < end:
        if _stops(words, i):
            return words.name_start(end, limit=14, floor=clause_start)
        i += 1
    return clause_start if end - clause_start <= 12 else words.name_start(end, limit=14, floor=clause_start)


def _stops(words, i: int) -> bool:
    word = words.words[i]
    return word in STOP_WORDS or opens_with_stop(word) or \
        words.tags[i] in ("p", "c", "u", "uj", "ul", "d")


# A count that sums a list up ends its last item: 甲产业园、乙产业园三大数字产业平台, 甲、乙两个广场.
# jieba keeps 三大 as one word but cuts figures off (5|大): the count is then read on the text.
SUM_COUNT = re.compile(r"(?:[两二三四五六七八九十]+|\d+)[个处座大项家条所]")


def _sums_up(ctx: Context, start: int, limit: int) -> bool:
    """A count summing the list up opens here and ends at a word's end: 三大|平台, 5|大|园区,
    两个|广场; not the opening of a longer word (五大连池)."""
    found = SUM_COUNT.match(ctx.text, start, limit)
    return found is not None and found.end() < limit and ctx.words.is_boundary(found.end())


def _item_end(ctx: Context, start: int, limit: int) -> int:
    """Where the last item ends: before 等, a verb, a stop word or a count summing the list up."""
    words = ctx.words
    i = words.index_at(start)
    end = start
    while i < len(words.words) and words.starts[i] < limit:
        tag = words.tags[i]
        if _stops(words, i) or tag.startswith("v") and tag != "vn" or _sums_up(ctx, words.starts[i], limit):
            break
        end = words.ends[i]
        i += 1
    return min(end, limit)


def _propagate(ctx: Context, items: list[tuple[int, int]], spans: dict, kinds: tuple[str, ...], label: str):
    types = [spans.get(item) for item in items]
    known = [t for t in types if t]
    if len(known) < 2:
        return
    best = max(set(known), key=known.count)
    if known.count(best) * 2 < len(items) or best not in kinds:
        return
    for (start, end), type_ in zip(items, types):
        item = ctx.text[start:end]
        if type_ is not None or not ITEM.match(item) or NUMERAL_START.match(item) \
                or _bare_head(item) or _common_noun(ctx, start, end):
            continue
        if best == "Place" and not PLACE_END.search(item):
            # 开通茂南至电白、高州、滨海新区公交: the last place is followed by what goes there
            inner = max((p.end for p in ctx.places if p.start == start and p.end < end), default=None)
            if inner is None:
                continue
            end = inner
        if not _covered(spans, start, end):
            yield Candidate(start, end, best, label, 0.55)
        elif _wraps(spans, start, end, best):
            yield Candidate(start, end, best, label, 0.6)  # 华锐重工风电叶片制造


# How a place name ends: a level, a settlement or a feature.
PLACE_END = re.compile(r"(?:[省市区县旗州镇乡村盟里屯庄坪湾岛港山河江湖海溪岭]|街道|社区|苏木|新区|地区)$")


def _wraps(spans: dict, start: int, end: int, type_: str) -> bool:
    """The item holds a known name of the list's type and names nothing that crosses it."""
    inside = [(s, e) for (s, e), t in spans.items() if start == s and e <= end and t == type_]
    crossing = [(s, e) for s, e in spans if s < end and start < e and not (start <= s and e <= end)]
    return bool(inside) and not crossing and all((s, e) != (start, end) for s, e in inside)


def _common_noun(ctx: Context, start: int, end: int) -> bool:
    """One dictionary word tagged as a common noun (枢纽, 市场) is a kind, not a name."""
    return _one_word(ctx, start, end) and ctx.words.tags[ctx.words.index_at(start)] in ("n", "vn", "v")


def _covered(spans: dict, start: int, end: int) -> bool:
    """A known name overlaps the item: it is not an unknown item."""
    return any(s < end and start < e for s, e in spans)


# --- works listed with 等项目 / 等工程 --------------------------------------------------------

WORKS_TAIL = re.compile(r"等(?:重大|重点|科技|国家)?(?:项目|工程|专项)")


def listed_works(ctx: Context):
    """高能加速器、深空探测工程、海底观测网等项目: items listed before 等 + a works
    class noun are projects when one of them is itself called 工程 (the list is of
    named works, not of fields); they also name the programme that runs them."""
    for match in WORKS_TAIL.finditer(ctx.text):
        items = list(_items(ctx, match.start(), verbs=True))
        named = [ctx.text[s:e] for s, e in items]
        if len(items) < 2 or not any(n.endswith("工程") and len(n) >= 4 for n in named):
            continue
        for (start, end), item in zip(items, named):
            if len(item) >= 4 and not GENERIC_MODIFIER.match(item) and not NUMERAL_START.match(item):
                yield Candidate(start, end, "Project", "enumeration:works", 0.6, also="Program")


# --- roads, lines and reservoirs listed as works ------------------------------------------

# What closes a list of works: 等项目 / 等工程, or a verb of building right after the last item.
WORKS_CLOSE = re.compile(r"等(?:[\d一二两三四五六七八九十]+[个项条座])?(?:重点|重大|交通|水利|基础设施)?(?:项目|工程)"
                         r"|(?:相继|先后|顺利|全面|全线|正式)?(?:开工建设|开工|建成通车|建成投用|竣工|通车|贯通|完工)")


def built_works(ctx: Context):
    """甲乙大道、丙丁快线等项目 / 戊己水库开工建设: a road, line or reservoir named as one of
    a list of works, or right before a verb of building, is a project (it is also a place)."""
    text = ctx.text
    for _, listed in _works_lists(ctx):
        items = [(_clause_opening(text, _range_from(ctx, s)), e) for s, e in listed]
        works = [(s, e, _built_head(text, s, e)) for s, e in items]
        works = [(s, e, h) for s, e, h in works if h is not None and _named_work(ctx, s, e - len(h))]
        alike = len(works) >= 2 and len(works) == len(items)  # a list of like works: 甲乙水库、丙丁水库
        for start, end, head in works:
            if alike or ctx.has_proper(start, end - len(head)):
                also = "Place" if _is_place(ctx, start, end) else None
                yield Candidate(start, end, "Project", f"enumeration:built:{head}", 0.92, also=also)


def _built_head(text: str, start: int, end: int) -> str | None:
    return next((h for h in BUILT_HEADS if text.endswith(h, start, end)), None)


def _generic_work(item: str) -> bool:
    """高速公路, 城市快速路: a kind of road with no name of its own."""
    head = _built_head(item, 0, len(item))
    return head is not None and (item == head or GENERIC_MODIFIER.fullmatch(item[: -len(head)]) is not None)


def _works_lists(ctx: Context) -> list:
    """Each close of a list of works with its items, read once for both rules."""
    if "works_lists" not in ctx.cache:
        ctx.cache["works_lists"] = [(m, list(_items(ctx, m.start()))) for m in WORKS_CLOSE.finditer(ctx.text)]
    return ctx.cache["works_lists"]


def _is_place(ctx: Context, start: int, end: int) -> bool:
    return (start, end) in place_spans(ctx)



def _clause_opening(text: str, start: int) -> int:
    """One character the chunker left between a clause mark and the name is the name's
    own (a rare character jieba splits off): ，甲乙丙水库、 starts at 甲."""
    if start >= 2 and text[start - 2] in ITEM_MARKS and "\u4e00" <= text[start - 1] <= "\u9fff":
        return start - 1
    return start


def _named_work(ctx: Context, start: int, head_start: int) -> bool:
    """Two or more characters of a name before the head: not 高速公路, 城市快速路, 3条公路."""
    modifier = ctx.text[start:head_start]
    return len(modifier) >= 2 and not _generic_start(ctx, start, modifier) and not re.match(r"^[\d.]", modifier)


def _range_from(ctx: Context, start: int) -> int:
    """甲地至乙地高速公路: a line between two places (or Places found before) is named by both."""
    return _range_start(ctx, start, place_spans(ctx))


# A verb of building that opens a list of works: 开工建设甲路、乙至丙公路。
WORKS_OPEN = re.compile(r"(?:开工建设|启动建设|建成|新建|续建|改建|扩建|竣工)([^。；，,;：:！？\n]{4,80})(?=[。；，,;\n])")
TRAILING_WORKS = re.compile(r"(?:等?(?:项目|工程))?(?:建设|开工|竣工|通车|完工)?$")


def opened_works(ctx: Context):
    """开工建设甲路、乙至丙二级公路: the items after a verb of building that end in a road,
    line or reservoir head are projects (kg_built_works reads the lists that a verb closes)."""
    text = ctx.text
    for match in WORKS_OPEN.finditer(text):
        offset = match.start(1)
        for part in match.group(1).split("、"):
            start, end = offset, offset + len(TRAILING_WORKS.sub("", part))
            offset += len(part) + 1
            start = _range_from(ctx, start)
            head = _built_head(text, start, end)
            if head is not None and ITEM.match(text[start:end]) and _named_work(ctx, start, end - len(head)) \
                    and ctx.has_proper(start, end - len(head)):
                also = "Place" if _is_place(ctx, start, end) else None
                yield Candidate(start, end, "Project", f"enumeration:opened:{head}", 0.92, also=also)


# Works named by what is done to a place: 甲片区棚户区改造, 乙路提升改造, 丙水库除险加固.
WORKS_SUFFIX = re.compile(r"(?:改造|提升|改建|扩建|加固|整治|治理|续建|迁建|修缮)$")


def listed_projects(ctx: Context):
    """甲公司年产10万吨某某项目、乙某某材料项目竣工投产 / 甲片区棚户区改造、乙路提升改造等工程:
    an item standing between list marks that ends in 项目/工程, or (before 等…工程/项目) in a
    works verb, is a named project when it holds a proper name; the marks say where it starts
    even where the chunker stops at a verb or an adverb inside the name."""
    text = ctx.text
    for match, items in _works_lists(ctx):
        listed = match.group().startswith("等")
        for start, end in items:
            item = text[start:end]
            named = item.endswith(("项目", "工程"))
            works = listed and WORKS_SUFFIX.search(item)
            if start == 0 or text[start - 1] not in ITEM_MARKS or not (named or works):
                continue
            if len(item) < 6 or "等" in item or GENERIC_MODIFIER.match(item) or NUMERAL_START.match(item) \
                    or not ctx.has_proper(start, end - 2):
                continue
            if not named and item[:works.start()].endswith(NAME_HEADS):
                continue  # 青松学校|改造: the building is the name, the works are what is done to it
            yield Candidate(start, end, "Project", f"enumeration:listed-{'named' if named else 'works'}", 0.62)


# --- lists of fields before 等…项目 ---------------------------------------------------------

FIELD_TAGS = ("n", "vn", "v", "an", "a", "d")


def field_lists(ctx: Context, c: Candidate) -> bool:
    """Veto: 交通、能源、城市更新等重大项目 lists fields and policies, not capital projects:
    a headless item that is one dictionary word (城市更新, tagged as a proper word) is no
    project when most of the other items of its list are plain common words (交通,
    乡村振兴); a firm's short name among named works (甲乙、粮食、丙丁等物流项目) stays."""
    if c.type != "Project" or not c.rule.startswith("enumeration:") or not _one_word(ctx, c.start, c.end):
        return False
    if ctx.text[c.start:c.end].endswith(FACILITY_NAMES):
        return False
    others = [(s, e) for s, e in _list_around(ctx.text, c.start, c.end) if (s, e) != (c.start, c.end)]
    plain = sum(_plain_words(ctx, s, e) for s, e in others)
    return bool(others) and plain * 2 > len(others)


def _one_word(ctx: Context, start: int, end: int) -> bool:
    words = ctx.words
    i = words.index_at(start)
    return words.starts[i] == start and words.ends[i] == end


def _list_around(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the 、-list that holds text[start:end], up to 等 or a clause mark."""
    right = end
    while right < len(text) and text[right] not in CLAUSE_OPEN + "等":
        right += 1
    items = _list_before(text, right)
    return items if (start, end) in items else []


def _list_before(text: str, right: int) -> list[tuple[int, int]]:
    """The items of the 、-list that ends at ``right``, back to the clause mark."""
    left = right
    while left > 0 and text[left - 1] not in CLAUSE_OPEN:
        left -= 1
    items, offset = [], left
    for part in text[left:right].split("、"):
        items.append((offset, offset + len(part)))
        offset += len(part) + 1
    return items


def _plain_words(ctx: Context, start: int, end: int) -> bool:
    """Only common words (交通, 乡村|振兴): no proper word, place or earlier name."""
    if end - start < 2 or end - start > 6 or ctx.has_proper(start, end):
        return False
    words = ctx.words
    span = words.indices(start, end)
    return words.starts[span[0]] == start and words.ends[span[-1]] == end and \
        all(words.tags[i].startswith(FIELD_TAGS) for i in span)


# --- lists closed by a verb of siting or building, without 等 --------------------------------

SITED = re.compile(r"(?:相继|先后|成功|顺利|正式|全面)?(?:签约落地|落地|开工建设|开工|建成投产|竣工投产|投产|竣工)"
                   # the works of the whole list going on: 甲湖、乙河源、丙湿地公园项目建设推进顺利
                   r"|(?:项目|工程)(?:建设)?(?:推进顺利|进展顺利|顺利推进|加快推进|有序推进|稳步推进)")
ORG_ENDS = tuple(h for h in ORGANIZATION_HEADS if len(h) >= 2) + ("银行", "集团", "公司")


def sited_lists(ctx: Context):
    """甲乙电池、丙丁半导体、戊己科技产业园落地: a 、-list closed by a verb of siting or building
    whose last item is a project already found lists projects; the other items, set off by list
    marks, are projects when most of the list holds a proper word (a firm's name and its product
    that jieba does not know: 甲乙电池); never a firm (…集团, …银行), a common noun or a count."""
    text = ctx.text
    projects = {c.end: c.start for c in ctx.cache.get("found", ()) if c.type == "Project"}
    for match in SITED.finditer(text):
        last = projects.get(match.start())
        if last is None or last == 0 or text[last - 1] != "、":
            continue
        items = _list_before(text, match.start())
        items = items[1:] if _opens_clause_badly(ctx, items[0][0]) else items
        others = [(s, e) for s, e in items if (s, e) != (last, match.start())]
        if not others:
            continue
        named = [True] + [ctx.has_proper(s, e) or _abbreviated(ctx, s, e) or _broken_name(ctx, s, e) for s, e in others]
        for start, end in others:
            item = text[start:end]
            if not ITEM.match(item) or not 4 <= len(item) <= 14 or item.endswith(ORG_ENDS) or _common_noun(ctx, start, end):
                continue
            if _listed_sibling(ctx, start, end, named):
                yield Candidate(start, end, "Project", "enumeration:sited", 0.6)


def _broken_name(ctx: Context, start: int, end: int) -> bool:
    """A trade name jieba does not know falls apart into single characters at the item's
    opening (甲|乙|半导体): a single-character word within its first three characters."""
    words = ctx.words
    return any(words.ends[i] - words.starts[i] == 1 and "\u4e00" <= words.words[i] <= "\u9fff"
               for i in words.indices(start, min(end, start + 3)))


def _opens_clause_badly(ctx: Context, start: int) -> bool:
    """The first item holds the clause's verb or particle (推动甲、乙落地): the list is unsure."""
    words = ctx.words
    i = words.index_at(start)
    word, tag = words.words[i], words.tags[i]
    return words.starts[i] != start or _stops(words, i) or tag.startswith(("p", "c", "d", "r", "m", "q")) or \
        (tag.startswith("v") and len(word) >= 2)
