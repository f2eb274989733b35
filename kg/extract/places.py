"""Places: gazetteer divisions and countries, and names built on a place head
(云栖路, 兴业街道, 清水河, 碧波湾金融商务区). Not: 全区, 辖区, 城区, 基层."""
from __future__ import annotations

import re
from functools import lru_cache

from .context import Context
from .lexicon import FACILITY_HEADS, GENERIC_PLACE_NAMES, PLACE_HEADS, PROJECT_HEADS, PROJECT_STRICT_HEADS
from ..model import issuer_place
from .pipeline import Candidate
from .words import everyday_word

# Heads that name a place whatever the modifier; the others need a proper noun.
STRICT = ("街道", "办事处", "大街", "大道", "路", "街", "巷", "河", "江", "湖", "水库", "镇", "乡",
          "商圈", "商务区", "商业区", "经济带", "观光带", "组团", "新镇区")
GENERIC_MODIFIER = re.compile(r"^(?:[全各该本每多两几数]|[\d一二三四五六七八九十]+[个条座处]|"
                              r"城市|农村|重点|主要|新|老|旧|大|小|周边|沿线|沿岸|沿海|沿江|相关|有关|其他|"
                              r"平原|山区|丘陵|贫困|民族|边疆|革命|投向|山水|硬化|水泥|柏油|沥青|砂石|特色|商业|步行|"
                              # classes, not names: 建制镇 (a chartered town), 信用乡/信用村 (a credit rating),
                              # 城镇社区 (towns' communities)
                              r"建制|信用|城镇|乡村)")
# Common words ending in a place head: 公交线路, 白沙河沿河, 主干道路.
# Kinds of rural road are no road's name: 产业路, 旅游路, 资源路, 四好农村路.
NOT_A_PLACE = re.compile(r"(?:[线道公铁马电网思出门水航销套走通对]路|(?:产业|旅游|资源|农村|通村|通组)路|上要|[沿滨][河江岸湖海]|两岸|以[北南东西])$|第[一二三四五六七八九十\d]+届")
# A scope word or a year inside names a class of title, not a place: 2018年全国农业产业强镇;
# so does a rank (某国百强镇, 全省十强县); a banner's or prefecture's scope word counts too
# (2019年全旗地区|生产总值: the 地区 of the regional product).
# An ordinal of being first or only (地级市中首个…示范区, 唯一一个…名城) makes a title, not a name.
TITLE_CLASS = re.compile(r"^年|全[国省市县区旗州盟]|[国省市县]级|[十百千]强|首个|首批|唯一")
ROAD_AFTER = re.compile(r"路|街|大街|大道|站")
# A country used as an adjective of a doctrine or a style names no place: 中国特色社会主义,
# 中国式现代化, 中国梦, 中国之治 (the national report's 中国 stands on its own elsewhere).
COUNTRY_ADJECTIVE = re.compile(r"特色|式|梦|之治|精神|方案|智慧|故事|声音|力量")
KIND_SCORE = {"country": 0.9, "province": 0.9, "city": 0.9, "county": 0.85, "township": 0.85}


def find(ctx: Context):
    """Place candidates from the gazetteer and from place heads. A place jieba glues to
    the 段 of a route's segment (某道青溪|东段 read as 青|溪东段) still stands."""
    words = ctx.words
    home = _home(ctx)
    for place in ctx.places:
        if ROAD_AFTER.match(ctx.text, place.end):
            continue  # 长春路, 广州站: a road or station named after a city is not the city
        if place.kind == "country" and COUNTRY_ADJECTIVE.match(ctx.text, place.end):
            continue
        if conjunction_place(ctx, place) or FIRM_LIST.match(ctx.text, place.end) or _firm_item(ctx, place):
            continue  # 长沙、浦发、广发3家银行: a bank named by its city
        if words.is_boundary(place.start) and (words.is_boundary(place.end) or ctx.text.startswith("段", place.end)):
            yield Candidate(place.start, _country_end(ctx.text, place), "Place", f"place:gazetteer:{place.kind}",
                            _gazetteer_score(place, home))
    yield from _headed(ctx)
    yield from _ports(ctx)
    yield from _foreign(ctx)


def _country_end(text: str, place) -> int:
    """The end of a place, past the 国 a country is written with (not 某国国际's second 国)."""
    glued = place.kind == "country" and not place.name.endswith("国") and text.startswith("国", place.end)
    return place.end + 1 if glued else place.end


# 和 before a levelled body joins two bodies (市政府和县委, 县人大的监督和县政协): the
# county 和县 read there is the conjunction and the next body's level.
CONJOINED_BODY = re.compile(r"[县区市旗州省](?:委|人民政府|政府|人大|政协)")


# A list closed by a count of firms: its items are the firms (长沙、浦发、广发3家银行进驻).
FIRM_LIST = re.compile(r"(?:、[\u4e00-\u9fff]{1,8}){1,6}等?[\d一二两三四五六七八九十]+家"
                       r"(?:银行|企业|公司|金融机构|机构|保险公司|券商)")


FIRM_HEAD = re.compile(r"(?:集团|公司|银行|股份|控股)")
# A preposition before the first item of a list of partners (与东莞莞佳、…).
ITEM_OPENER = re.compile(r"^[与和同跟对]")
CLAUSE = re.compile(r"[，。；：,;:！？\n（）()]")


def _firm_item(ctx: Context, place) -> bool:
    """与东莞莞佳、青岛恒生源、江城某某集团合作: a city opening a list item that goes on
    with a trade name, in a list where another item is a firm, names the firm."""
    text = ctx.text
    left = max((m.end() for m in CLAUSE.finditer(text, max(0, place.start - 60), place.start)), default=max(0, place.start - 60))
    right = CLAUSE.search(text, place.end)
    clause = text[left:right.start() if right else len(text)]
    items = clause.split("、")
    if len(items) < 2:
        return False
    offset = left
    mine = None
    for item in items:
        if offset <= place.start < offset + len(item):
            mine = item
        offset += len(item) + 1
    mine = ITEM_OPENER.sub("", mine or "")
    if not mine.startswith(place.name) or len(mine) == len(place.name):
        return False
    tail = mine[len(place.name):]
    return len(tail) <= 5 and not PLACE_HEAD_END.search(tail) and \
        any(FIRM_HEAD.search(it) for it in items if not it.endswith(mine))


PLACE_HEAD_END = re.compile(r"(?:[省市区县镇乡村路街河湖山港]|街道|社区)$")


def conjunction_place(ctx: Context, place) -> bool:
    """和县 in 市政府和县委: the conjunction 和 and the level 县, not the county 和县
    (unless the report is 和县's own)."""
    text, issuer = ctx.text, ctx.document.issuer or ""
    return place.name.startswith("和") and place.start > 0 and "\u4e00" <= text[place.start - 1] <= "\u9fff" \
        and CONJOINED_BODY.match(text, place.start + 1) is not None and not issuer.startswith(place.name)


FOREIGN = re.compile(r"[\u4e00-\u9fff]{2,6}(?:国|市|州|省)$")


def _foreign(ctx: Context):
    """哈萨克斯坦阿斯塔纳市: words the dictionary tags as places and that end in 国/市/州/省."""
    words = ctx.words
    edges = {p.start for p in ctx.places} | {p.end for p in ctx.places}
    for i, word in enumerate(words.words):
        touches = words.starts[i] in edges or words.ends[i] in edges
        if words.tags[i] == "ns" and FOREIGN.fullmatch(word) and touches and word not in GENERIC_PLACE_NAMES \
                and not word.endswith("城市"):  # 文明城市, 森林城市: a title a city wins
            yield Candidate(words.starts[i], words.ends[i], "Place", "place:dictionary", 0.6)
    yield from _abbreviated_regions(ctx)


# One-character names of provinces (京 Beijing, 津 Tianjin, 冀 Hebei …): runs of them
# name regions (长三角, 粤港澳) when a regional word follows.
PROVINCE_CHARS = "沪冀苏晋浙蒙皖辽闽吉赣黑鲁京豫津鄂湘港粤桂澳琼渝川蜀黔滇藏陕甘陇青宁新台"
ABBREVIATED = re.compile(rf"(?<![\u4e00-\u9fff])?([{PROVINCE_CHARS}]{{3,4}})"
                         r"(?=协同|一体化|地区|区域|城市群|经济圈|大湾区|合作)")


def _abbreviated_regions(ctx: Context):
    for match in ABBREVIATED.finditer(ctx.text):
        if len(set(match.group(1))) == len(match.group(1)):
            yield Candidate(match.start(1), match.end(1), "Place", "place:abbreviated", 0.7)


def _ports(ctx: Context):
    """宁波港, 江城港: a city's port is a place."""
    for place in ctx.places:
        if place.kind in ("city", "province", "county") and ctx.text.startswith("港", place.end) \
                and ctx.words.is_boundary(place.end + 1):
            yield Candidate(place.start, place.end + 1, "Place", "place:port", 0.7, also="Project")


def _home(ctx: Context) -> str | None:
    """The division code of the issuing government (江城市青溪区 → 210204: a district
    written with its city is read under that city); read once per document."""
    from ..gazetteer import home_division

    if "home" not in ctx.cache:
        place = _issuer_place(ctx)
        found = home_division(place) if place else None
        ctx.cache["home"] = found.code if found else None
    return ctx.cache["home"]


def _issuer_place(ctx: Context) -> str:
    """The issuer's place, or the place its report's title opens with."""
    return issuer_place(ctx.document.issuer) or _title_place(ctx.document.title)


# A title that puts the year before 人民政府 (青溪县2018年人民政府工作报告) or writes 年度.
TITLE_PLACE = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:\d{4}|20XX)年度?(?:人民)?政府工作报告")


def _title_place(title: str | None) -> str:
    """The place a report's title opens with, when the issuer was not read from it."""
    found = TITLE_PLACE.match(title or "")
    return found.group(1) if found else ""


def _gazetteer_score(place, home: str | None) -> float:
    """Counties and townships far from the issuer are likely word coincidences
    (平房区 in 和平房区 of a report from Inner Mongolia): they need repetition."""
    if place.kind not in ("county", "township"):
        return KIND_SCORE.get(place.kind, 0.8)
    from ..gazetteer import lookup

    near = home is not None and any(d.code[:2] == home[:2] for d in lookup(place.name))
    return KIND_SCORE[place.kind] if near else 0.45


# Areas named by their condition are a class (深度贫困地区, 边远地区), not a place.
AREA_CLASS = re.compile(r"(?:贫困|欠发达|落后|边远|偏远|困难|特困)地区$")
# A mode of carriage (铁海联运, 江海联运): the 海 is no sea there.
TRANSPORT_AFTER = ("联运", "直达", "中转")
REGION = re.compile(r"^(?:[东西南北中]|东北|西北|西南|东南|中西|东中西)部?地区$")
# Heads a class stem (CLASS_STEM: 示范, 文明, 美丽) turns into a class of places.
CLASS_HEADS = ("村", "社区", "镇", "乡", "嘎查", "苏木")
NATURAL_HEADS = frozenset("河 江 湖 湾 海 山 岛 湿地".split())
# A theme town (特色小镇) is built: the works first, the place once built.
BUILT_TOWN = "小镇"


def _headed(ctx: Context):
    text = ctx.text
    for start, head_start, end in ctx.head_spans(PLACE_HEADS, limit=10):
        start = _past_scope(text, _within_place_word(ctx, start, head_start), head_start)
        start = _past_place_before_water(ctx, _past_division(ctx, start, head_start), head_start, end)
        name = text[start:end]
        head = text[head_start:end]
        if REGION.match(name):  # 西南地区, 华中地区: the regions of China
            yield Candidate(start, end, "Place", "place:region", 0.7)
            continue
        if name in GENERIC_PLACE_NAMES or GENERIC_MODIFIER.match(name):
            continue
        if head not in STRICT and not ctx.has_proper(start, head_start):
            continue
        if len(name) - len(head) < 2 or NOT_A_PLACE.search(name) or TITLE_CLASS.search(name) \
                or AREA_CLASS.search(name) or text.startswith(TRANSPORT_AFTER, end):
            continue
        if any((heads is None or head in heads) and veto(ctx, start, head_start, end)
               for heads, veto in HEADED_VETOES):
            continue  # a kind, a class or a figure of speech, not a place's name
        start, end = _joined(ctx, start), _source_end(ctx, head, end)
        score = 0.7 if head in STRICT else 0.6
        if any(start <= p.start and p.end <= head_start for p in ctx.places):
            score = 0.9  # 云栖路 beats the 西安 inside it
        if text.startswith(BUILT_TOWN, end - len(BUILT_TOWN)):
            yield Candidate(start, end, "Project", f"place:head:{BUILT_TOWN}", score, also="Place")
            continue  # 青松科创小镇: a theme town is built by a firm or a plan, a place once built
        yield Candidate(start, end, "Place", f"place:head:{head}", score)


# A scope word glued before a name says where in the division it lies: 市区|青松大道.
SCOPE_OPENING = re.compile(r"(?:中心城区|主城区|老城区|市区|城区|县城|镇区|全市|全县|全区|全旗)")


def _past_scope(text: str, start: int, head_start: int) -> int:
    """The start after a scope word that opens the span, when a name of two or more
    characters is left before the head (市区青松大道 → 青松大道; 城区路 is left alone)."""
    scope = SCOPE_OPENING.match(text, start, head_start)
    return scope.end() if scope and head_start - scope.end() >= 2 else start


# The written level of a province or city's full name: 甲市, 乙省, 丙自治区.
FULL_DIVISION_END = ("市", "省", "自治区")


def _past_division(ctx: Context, start: int, head_start: int) -> int:
    """The start after a province or city's full name that opens the span, when a name of
    two or more characters is left before the head: 甲市|乙丙新区 is 乙丙新区 in 甲市, two
    places (甲路, with the head right after the city, is left alone)."""
    for place in ctx.places:
        if place.start == start and place.kind in ("province", "city") and \
                place.name.endswith(FULL_DIVISION_END) and head_start - place.end >= 2:
            return place.end
    return start


# A line named by the initials of the cities it joins (甲乙湖高速): the last initial is no lake.
LINE_AFTER = re.compile(r"高速|高铁|城际")
# A feature's basin or banks inside the modifier make the head a kind: 青江流域水库, 青江两岸村.
BASIN_INSIDE = re.compile(r"流域|干流|支流|两岸|沿岸")


def _class_stem(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a class stem ends the modifier (文明社区, 美丽村, 示范村): a class of village."""
    return CLASS_STEM.search(ctx.text, start, head_start) is not None


# An epithet of rank or size after a sector word makes a class of town or village in a slogan
# (产业强镇, 人口大镇, 农业重镇, 文旅名镇, 经济强村), not a name; a stem of one character before
# it is a name (自强镇-type).
EPITHET_STEM = re.compile(r"[\u4e00-\u9fff]{2}[强大重名]$")


def _epithet_stem(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether the modifier ends in a sector word and an epithet (产业强|镇): a class of town."""
    return EPITHET_STEM.search(ctx.text, start, head_start) is not None


def _line_after(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a line follows (甲乙湖|高速): an expressway named by its cities' initials, no lake."""
    return LINE_AFTER.match(ctx.text, end) is not None


def _basin_inside(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a basin or banks sit in the modifier (青江流域水库群): the reservoirs of a basin."""
    return BASIN_INSIDE.search(ctx.text, start, head_start) is not None


def _facility_runs_on(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a longer facility head starts at the place head (青松湖湿地|公园: the park is
    the name, the lake inside it is found alone)."""
    return any(len(h) > end - head_start for h in FACILITY_HEADS if ctx.text.startswith(h, head_start))


def _project_head_over(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a longer project head ends the name around the place head (青松地下商业街 is built:
    the project head 商业街 holds the place head 街)."""
    name, head = ctx.text[start:end], ctx.text[head_start:end]
    heads = [h for h in PROJECT_STRICT_HEADS + PROJECT_HEADS if len(h) > len(head) and name.endswith(h)]
    longest = max(heads, key=len, default="")
    return bool(longest) and len(name) >= len(longest) + 2  # 南外环路 stays: the road is named by 南


COMPASS = frozenset("东 西 南 北 中 东北 西北 东南 西南".split())
ROAD_HEADS = ("路", "街", "大街", "大道")
# Heads a common dictionary word may end in (步行街, 风情小镇): a kind, not a name.
COMPOUND_HEADS = CLASS_HEADS + ROAD_HEADS


def _within_place_word(ctx: Context, start: int, head_start: int) -> int:
    """南屏 is the whole name when the head 山 sits inside the place word 南屏."""
    words = ctx.words
    i = words.index_at(head_start)
    if words.starts[i] < head_start and words.tags[i] == "ns" and i > 0 \
            and words.starts[i - 1] >= start and len(words.words[i - 1]) >= 2 \
            and not any(p.start < words.starts[i] < p.end for p in ctx.places) \
            and not (ctx.text[words.starts[i]:head_start] in COMPASS and ctx.text.startswith(ROAD_HEADS, head_start)) \
            and not (GENERIC_MODIFIER.fullmatch(ctx.text[words.starts[i]:head_start])
                     and ctx.has_proper(start, words.starts[i])):
        return words.starts[i]  # 规划|南屏: a common word before the place word
    # Not when jieba's word cuts through a place (青溪镇|新镇区: 镇新), is the compass
    # part of a road's name (青苇|东路) or a generic word glued to the head after a proper
    # word (甲乙|新河: the new river of a longer name; 城区|新河 stays a new river, no name).
    return start


# Tags of a dictionary word that is a common noun or phrase, not a name.
COMMON_WORD_TAGS = frozenset({"n", "l", "v", "vn", "a"})


def _common_compound(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether the head sits inside a common dictionary word (步行街, 环城路 read as one
    noun) after a common modifier (开通夜间|步行街): a kind of street, not a name. A name
    the dictionary knows (中山路: ns), a proper or compass modifier (东|环城路) and a bare
    环城路 stay."""
    words = ctx.words
    i = words.index_at(head_start)
    word_start = words.starts[i]
    if not start < word_start < head_start or words.tags[i] not in COMMON_WORD_TAGS:
        return False
    return ctx.text[start:word_start] not in COMPASS and not ctx.has_proper(start, word_start)


def _figure_of_speech(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a road without a proper word follows an adjective and 的: 走好新的奋斗路,
    新的创业路 are figures; 新建的|环城路小学 (a verb before 的) and 新的|中山路 stay."""
    words = ctx.words
    i = words.index_at(start)
    return ctx.text[start - 1:start] == "的" and i >= 2 and words.tags[i - 2] in ("a", "ad", "an") \
        and not ctx.has_proper(start, head_start)


def _source_end(ctx: Context, head: str, end: int) -> int:
    """The end of a river's name past the 源 of its source region (某某河源|、), not past a
    longer word (河源头 stays the river)."""
    source = head in ("河", "江") and ctx.text.startswith("源", end) and ctx.words.is_boundary(end + 1)
    return end + 1 if source else end


def _verb_before(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether a verb or an adjective stands right before a road (拓宽致富路): a figure, not a road."""
    words = ctx.words
    i = words.index_at(head_start) - 1
    return i >= 0 and words.ends[i] == head_start and words.tags[i] in ("v", "a", "ad")


# Water, a verb of flow and a water head (清水入湖, 青溪河入河排污口, 污水入江): water entering a
# lake or river, not the end of a name.
FLOW_VERBS = frozenset("入出注汇")
WATER_CHARS = frozenset("水河江湖海溪")


def _flow_into(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether water and a verb of flow stand right before the head (清水入|湖, 青溪河入|河)."""
    text = ctx.text
    return head_start - start >= 2 and text[head_start - 1] in FLOW_VERBS and text[head_start - 2] in WATER_CHARS


WATER_HEADS = ("河", "江", "湖")
# What after a place makes its river, not a river of its own: 青溪新河, 青溪东河, 青溪入海河.
PLACE_RIVER_WORD = re.compile(rf"^(?:[新老旧大小上下前后内外]|{'|'.join(sorted(COMPASS))}|[{''.join(sorted(FLOW_VERBS))}].)$")


def _past_place_before_water(ctx: Context, start: int, head_start: int, end: int) -> int:
    """The start of a water name glued after a place's own word: a division opening the span
    (青溪|白河抽水蓄能电站 → 白河: the county is found alone; 甲溪县|乙龙湖 → 乙龙湖) or a place
    word before a listed river (青松洲|汉江大桥 → 汉江). 青溪河, 青溪江 (the county names the
    river) and a river that is one dictionary word stay whole."""
    if not ctx.text.startswith(WATER_HEADS, head_start):
        return start
    from ..gazetteer import LEVELS, features

    words = ctx.words
    for p in ctx.places:
        if p.start == start and p.kind in LEVELS and p.end < head_start and words.is_boundary(p.end) \
                and _own_water_word(ctx, p.end, head_start):
            return p.end
    listed = features()
    return next((cut for cut in range(start + 2, head_start)
                 if words.is_boundary(cut) and ctx.text[cut:end] in listed), start)


def _own_water_word(ctx: Context, start: int, head_start: int) -> bool:
    """Whether the characters between a place and a water head name a water body of their own
    (白|河, 碧波|湖), not the place's river (新|河, 东|河) nor a verb of flow (入海|河)."""
    words = ctx.words
    return not PLACE_RIVER_WORD.match(ctx.text[start:head_start]) and \
        not any(words.tags[i].startswith("v") for i in words.indices(start, head_start))


# An indicator whose name opens with 地区 (地区生产总值, the regional GDP): after a division's
# name (甲县|地区生产总值) the 地区 is the indicator's, not a head.
INDICATOR_AFTER_AREA = re.compile(r"生产总值")


def _indicator_after(ctx: Context, start: int, head_start: int, end: int) -> bool:
    """Whether the head 地区 opens an indicator written after it (甲县地区生产总值)."""
    return bool(INDICATOR_AFTER_AREA.match(ctx.text, end))


# Vetoes on a place-headed span: (the heads each applies to, None for all; the test).
HEADED_VETOES = (
    (CLASS_HEADS, _class_stem),
    (CLASS_HEADS, _epithet_stem),  # 产业强镇, 人口大镇: a class in a slogan
    (ROAD_HEADS, _verb_before),
    (COMPOUND_HEADS, _common_compound),  # 夜间步行街, 风情小镇: a kind of street or town
    (ROAD_HEADS, _figure_of_speech),
    (None, _project_head_over),
    (NATURAL_HEADS, _facility_runs_on),
    (NATURAL_HEADS, _line_after),
    (NATURAL_HEADS, _flow_into),  # 清水入湖: water flowing in, no lake's name
    (None, _basin_inside),
    (("地区",), _indicator_after),
)


def _joined(ctx: Context, start: int) -> int:
    """云栖路——迎宾广场商圈: two names joined by a dash make one place."""
    text = ctx.text
    if text[max(0, start - 2):start] != "——":
        return start
    left = ctx.words.name_start(start - 2, limit=8)
    return left if left < start - 2 else start


# --- squares and markets used as locations ------------------------------------------------

SQUARE_HEADS = ("广场", "市场")
# What follows a square or market that is where something is, not what is built:
# 云栖广场商圈, 云栖广场——石湾观光带, 云栖广场地下商业体, 东街市场等区域, 云栖广场周边.
LOCATION_AFTER = re.compile(r"(?:——|商圈|商务区|商业区|观光带|经济带|地下|周边|一带|附近|沿线|"
                            r"[东南西北]侧|等(?:区域|地区|地段|路段|地))")


def squares_as_places(ctx: Context):
    """A named square or market followed by a location word is a Place (GUIDELINES: a
    square as a location; the project built on it is the Project): 云栖广场 in
    云栖广场——石湾观光带 and 云栖广场地下商业体."""
    from .projects import GENERIC_MODIFIER as GENERIC_FACILITY

    text = ctx.text
    for start, head_start, end in ctx.head_spans(SQUARE_HEADS, limit=10):
        name = text[start:end]
        if not LOCATION_AFTER.match(text, end) or len(name) - len(text[head_start:end]) < 2:
            continue
        if GENERIC_FACILITY.match(name) or not ctx.has_proper(start, head_start):
            continue
        yield Candidate(start, end, "Place", f"place:square:{text[head_start:end]}", 0.65, also="Project")


# --- vetoes ------------------------------------------------------------------------------

# What follows a place-headed word that makes it the front of another name: a company
# (清溪河酒业, 青山湖集团) or the project itself (城北清溪湿地项目).
NAME_GOES_ON = re.compile(r"(?:酒业|乳业|药业|医药|制药|实业|集团|公司|股份|食品|饮品|啤酒|矿业|煤业|置业|地产|化工|"
                          r"项目|工程)")


def modifier_of_name(ctx: Context, c: Candidate) -> bool:
    """Veto: a river, lake or wetland named only as the front of a company or project
    name is no place of the sentence (清溪河酒业二期, 城北清溪湿地项目); a gazetteer
    division and a road are left alone."""
    head = c.rule.split(":")[-1] if c.rule.startswith("place:head:") else None
    return c.type == "Place" and head in NATURAL_HEADS and NAME_GOES_ON.match(ctx.text, c.end) is not None


# --- veto: a place that opens an oil or petrochemical firm's name ----------------------------------

# The state oil firms' works are named by their place: 江城石化, 青溪炼化(总厂), 某某油田. Not the
# industry or a zone of that trade (江城石化产业, 江城石化工业区: the place stays).
OIL_FIRM = re.compile(r"(?:石化|炼化|油田)(?!产业|工业|行业|基地|园|区|集群|项目|企业)")


def oil_firm_front(ctx: Context, c: Candidate) -> bool:
    """Veto: a place right before 石化/炼化/油田 is the front of the firm's name (江城石化炼油
    项目, 青溪炼化总厂、…, 某某油田甲乙区块), no place mention of its own."""
    return c.type == "Place" and OIL_FIRM.match(ctx.text, c.end) is not None


# --- veto: a place that holds the count closing its list ---------------------------------------

COUNT_REACH = 8  # how far before a span a figure whose unit opens it may start
COUNT_INSIDE = re.compile(r"[\d两一二三四五六七八九十]+个|\d+(?:\.\d+)?万?(?:平方)?(?:亩|公里|千米|米)|\d+(?:\.\d+)?万?公顷")


def counted_place(ctx: Context, c: Candidate) -> bool:
    """Veto: a place whose name holds a count (甲村、乙村、丙村3个村 read as one item 丙村3个村)
    takes in the count that closes its list; the item before the count is found alone. A
    length or an area inside (5000亩某山绿化, 20公里滨河湿地绿廊) measures works, not a name; so does
    one whose unit opens the span after its figure (2.4|平方公里某某片区)."""
    return c.type == "Place" and any(m.end() > c.start for m in
                                     COUNT_INSIDE.finditer(ctx.text, max(0, c.start - COUNT_REACH), c.end))


LIST_JOIN = frozenset("和与及、")


def joined_places(ctx: Context, c: Candidate) -> bool:
    """Veto: a place read over a conjunction of its own (甲镇省定示范镇和乙镇, 土管和乙镇: a list
    of two things, the places in it found alone). 和平路, 和美村: 和 opens a word, no conjunction."""
    words = ctx.words
    return c.type == "Place" and any(words.words[i] in LIST_JOIN and c.start < words.starts[i] < c.end - 1
                                     for i in words.indices(c.start, c.end))


# --- veto: the own country as the scope word of a name --------------------------------------

# What follows the country when it opens the name of an event, a title or a firm (某国国际…博览会,
# 某国某某之乡, 某国企业500强, a ranking 某国最美县城): the country is the name's scope, like 全国, not a place of
# the sentence.
SCOPED_NAME = re.compile(r"最美|最佳|十佳|百佳|(?:[（(][\u4e00-\u9fff]{2,4}[）)])?国际|(?:[^\W\d_的和与及是在对为了把将从向等、]|[（）()]){0,10}?"
                         r"(?:博览会|洽谈会|交易会|展览会|峰会|论坛|节(?![日约能点水奏省制])|之都|之乡|之城|名[城镇村]|"
                         r"[\d百千]+强|大奖|协会|学会|商会|集团|公司|银行)")
# The word before a country that makes it a national slogan or an era (某某中国建设, 新中国成立):
# an adjective or noun glued to it.
SLOGAN_TAGS = frozenset({"a", "an", "ns", "nz"})
# A noun before it makes a slogan only with the slogan's own head after (某某中国建设); 纪念中国人民
# is the people of the country.
SLOGAN_HEAD = re.compile(r"建设|战略|行动")
# The country opening an item of a list of firms (某国甲保、某国乙寿等企业).
FIRMS_LISTED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,6}){0,6}等[\d余多家个]*"
                          r"(?:企业|公司|银行|金融机构|央企|国企)")
# The country opening a quoted name (“某国某某之城”) is that name's scope.
QUOTED_AFTER = re.compile(r"[^，。；：,;:！？“”\n]{1,10}”")
HOME_COUNTRY = ("中国", "中华人民共和国")
# A verb of award or rank right before the country: what follows is a title (创建某国某某市).
# A ranking's year may come between (上榜2019某国最美…).
TITLE_VERB_BEFORE = re.compile(r"(?:创建|创成|获评|评为|荣获|获得|获|入选|入围|跻身|命名为|授予|上榜|荣登)"
                               r"(?:\d{4}年?度?)?$")
# Below the national level a report names its own country only as the scope of a national name
# glued after it, like 全国: an honour (某国某某之吧), a ranking (某国县级市某某指数), a body
# (某国某某信息中心), a goal (建设某国五个大县). A national report's 某国装备, and any report's
# 某国经济, 某国人民, 某国发展 (the country's own economy, people, growth), are the country.
GLUED_AFTER = re.compile(r"(?![的和与及同对在是]|经济|人民|发展)[\u4e00-\u9fff]")


def country_scope(ctx: Context, c: Candidate) -> bool:
    """Veto: the own country inside a name is the name's scope, not a place mention
    (某国国际某某博览会, 某国某某之乡 as a title, 美好中国 as a slogan, 新中国成立): the sample gold
    leaves such scope words acceptable. A country standing alone (中国经济, 支持中国) stays."""
    if c.type != "Place" or c.rule != "place:gazetteer:country" or ctx.text[c.start:c.end] not in HOME_COUNTRY:
        return False
    return any(scoped(ctx, c.start, c.end) for scoped in COUNTRY_SCOPES)


def _name_goes_on(ctx: Context, start: int, end: int) -> bool:
    return bool(SCOPED_NAME.match(ctx.text, end))


def _in_honour(ctx: Context, start: int, end: int) -> bool:
    return ctx.inside_honour(start, end)


def _title_verb_before(ctx: Context, start: int, end: int) -> bool:
    return bool(TITLE_VERB_BEFORE.search(ctx.text, max(0, start - 9), start))


def _opens_quote(ctx: Context, start: int, end: int) -> bool:
    return ctx.text[start - 1:start] == "“" and bool(QUOTED_AFTER.match(ctx.text, end))


def _slogan_word_before(ctx: Context, start: int, end: int) -> bool:
    words = ctx.words
    i = words.index_at(start) - 1
    if i < 0 or words.ends[i] != start:
        return False
    return words.tags[i] in SLOGAN_TAGS or (words.tags[i] == "n" and bool(SLOGAN_HEAD.match(ctx.text, end)))


def _local_report_scope(ctx: Context, start: int, end: int) -> bool:
    level = ctx.document.level
    return level is not None and level != "national" and bool(GLUED_AFTER.match(ctx.text, end))


def _firm_in_list(ctx: Context, start: int, end: int) -> bool:
    return bool(FIRMS_LISTED.match(ctx.text, end))


COUNTRY_SCOPES = (_firm_in_list, _name_goes_on, _in_honour, _title_verb_before, _opens_quote, _slogan_word_before,
                  _local_report_scope)


# --- development zones ----------------------------------------------------------------------

# The standard heads of China's development zones, longest first; jieba often glues
# 技术 to 开发区, so the plain place head 开发区 misses the name.
ZONE_HEADS = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "技术开发区",
              "综合保税区", "保税区", "深度合作区", "合作区", "工业区", "产业区",
              # a cluster zone of trade or services (江城商贸集聚区)
              "集聚区",
              # a free-trade port, like the free-trade zone (甲省自由贸易港, 甲省自贸港)
              "自由贸易港", "自贸港",
              # their usual short forms: 江城经开区, 青溪综保区
              "经开区", "综保区")


def zones(ctx: Context):
    """江城经济技术开发区, 青溪综合保税区: a zone head after a place or proper name is a
    Place (also a body: the zone's administration acts in the text). The name starts at
    the first place in it (全力支持|江城经济技术开发区)."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(ZONE_HEADS, limit=12):
        start = min((p.start for p in ctx.places if start <= p.start < head_start), default=start)
        if len(text[start:head_start]) >= 2 and ctx.has_proper(start, head_start) \
                and not _generic_opening(ctx, start, end):
            yield Candidate(start, end, "Place", f"place:zone:{text[head_start:end]}", 0.75, also="Department")


# An official zone named by the country or province with its seat in brackets:
# 某国(江城)自由贸易试验区, 某国(江城)跨境电子商务综合试验区.
BRACKETED_ZONE = re.compile(r"[（(]([\u4e00-\u9fff]{2,5})[）)][\u4e00-\u9fff]{0,10}?"
                            r"(?:试验区|示范区|自贸区|自由贸易区|开发区|新区|" + "|".join(ZONE_HEADS) + ")")


def bracketed_zones(ctx: Context):
    """A place, a place in brackets and a zone head make one zone's name (Place): the
    bracket does not cut it (某国(江城)自由贸易试验区). Both places must be known ones; an
    event (某国(江城)博览会) or a firm (某某(江城)科技公司) has no zone head."""
    text = ctx.text
    for place in ctx.places:
        match = BRACKETED_ZONE.match(text, place.end)
        if match and match.span(1) in ctx.place_spans and ctx.words.is_boundary(place.start) \
                and ctx.words.is_boundary(match.end()):
            yield Candidate(place.start, match.end(), "Place", "place:bracketed-zone", 0.9)


def _generic_opening(ctx: Context, start: int, end: int) -> bool:
    """Whether a generic modifier opens the span, unless it is one character glued to a
    place or listed feature that follows (大|东海石化工业区 names the zone by 大东海)."""
    generic = GENERIC_MODIFIER.match(ctx.text[start:end])  # anchored: match a slice, not at pos
    if generic is None or generic.end() > 1:
        return generic is not None
    glued = any(p.start == start + 1 for p in ctx.places) or _feature_pattern().match(ctx.text, start + 1)
    return not glued


# --- numbered highways and their segments: 国道101线青溪段 -------------------------------------

NUMBERED_HIGHWAY = re.compile(r"(?:国道|省道|县道|[GS])\d{1,4}线|(?<![\d.])\d{2,4}(?:国道|省道)")


def numbered_highways(ctx: Context):
    """A numbered national or provincial road (国道101线, G101线, 101国道) is a Place and the works on
    it (also Project); a segment named by a place right after it belongs to the name
    (国道101线青溪段)."""
    text = ctx.text
    for match in NUMBERED_HIGHWAY.finditer(text):
        end = max((p.end + 1 for p in ctx.places if p.start == match.end() and text.startswith("段", p.end)),
                  default=match.end())
        yield Candidate(match.start(), end, "Place", "place:highway", 0.7, also="Project")


# --- a new town built under a name: 江城松溪新城 ------------------------------------------------

NEW_TOWN = ("新城",)


def new_towns(ctx: Context):
    """A proper name or place, then 新城 closing the word, is a new town: the works
    (Project) and the place once built (also Place): 松溪新城建设, 青江新城开发. Not a
    bare or generic 新城 (全力建设新城, 城北新城区, 创新|城建)."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(NEW_TOWN, limit=8):
        start = _past_scope(text, start, head_start)
        if head_start - start >= 2 and ctx.words.is_boundary(head_start) and ctx.has_proper(start, head_start) \
                and not GENERIC_MODIFIER.match(text[start:head_start]) and not TITLE_CLASS.search(text[start:end]):
            yield Candidate(start, end, "Project", "place:new-town", 0.6, also="Place")


# --- railway stations named by their city: 江城南站 ------------------------------------------------

STATION = re.compile(r"[东南西北]?站")


def stations(ctx: Context):
    """A city's railway station (江城站, 江城南站: the city, a compass point, 站) standing
    as a word is a Place, and the works there (also Project)."""
    for place in ctx.places:
        station = STATION.match(ctx.text, place.end)
        if station and place.kind in ("city", "county", "province") and ctx.words.is_boundary(place.start) \
                and ctx.words.is_boundary(station.end()):
            yield Candidate(place.start, station.end(), "Place", "place:station", 0.7, also="Project")


# --- a village or community honoured by name: 青松村入选… ---------------------------------------

HONOURED_VILLAGE = re.compile(r"(?:^|(?<=[，。；：、,;:\n]))([\u4e00-\u9fff]{2,3}?)(村|社区)"
                              r"(?=入选|获评|荣获|被评为|被命名为|获得|跻身|入围|上榜|成功创建)")


def honoured_villages(ctx: Context):
    """A village or community opening a clause as the one an honour goes to (，青松村入选…)
    is a Place even when its name reads as a common word; class stems (示范村, 文明社区)
    and counts name none."""
    for match in HONOURED_VILLAGE.finditer(ctx.text):
        start, end = match.start(1), match.end(2)
        if _sibling_stem(ctx, start, match.group(1)):
            yield Candidate(start, end, "Place", f"place:honoured:{match.group(2)}", 0.65)


# --- provinces glued to a word for their people ----------------------------------------------

COMPATRIOTS = re.compile(r"([\u4e00-\u9fff]{2,3})(?=同胞|居民|民众)")


def compatriots(ctx: Context):
    """贵州同胞, 江城居民: the segmenter glues a province to the word for its people, so
    the gazetteer match is cut; a province's short name before 同胞 is that province."""
    from ..gazetteer import lookup

    for match in COMPATRIOTS.finditer(ctx.text):
        for start in range(match.start(1), match.end(1) - 1):
            name = ctx.text[start:match.end(1)]
            if any(d.level == "province" and d.short == name for d in lookup(name)):
                yield Candidate(start, match.end(1), "Place", "place:compatriots", 0.7)
                break


# --- the second name of a dash-joined area ------------------------------------------------------

DASH_AREA = re.compile(r"——([\u4e00-\u9fff]{2,6}?)(商圈|观光带|商务区|商业区|经济带|旅游带|景观带)")


def dash_parts(ctx: Context):
    """云栖路——石湾观光带 joins two places into an area; the name after the dash (石湾)
    is a place of its own, as the one before it is."""
    for match in DASH_AREA.finditer(ctx.text):
        start, end = match.span(1)
        if ctx.words.is_boundary(start) and not GENERIC_MODIFIER.match(match.group(1)):
            yield Candidate(start, end, "Place", "place:dash-part", 0.6)


# --- natural features and named regions from the general list ------------------------------

# What may follow a feature's name inside the same phrase: 淮河流域, 渭河两岸, 秦岭北麓.
FEATURE_AFTER = re.compile(r"(?:流域|干流|支流|两岸|沿岸|沿线|沿海|入海口|河口|故道|滩区|大堤|水系|"
                           r"三角洲|湿地|周边|北麓|南麓|东麓|西麓|北坡|南坡|山区|库区|湖区|海域|湾区)")


# A river's mouth and its source region are places of their own: 淮河口, 淮河源.
RIVER_PARTS = {"口": "river-mouth", "源": "river-source"}
# The shared source region of a number of rivers: 两江源, 四江源 (a numeral, 江, 源).
NUMBERED_SOURCE = re.compile(r"[两三四五六七八九]江源")


def natural_features(ctx: Context):
    """A river, lake, sea, mountain or named region of the general list (data/gazetteer/
    features.tsv) standing as a word is a Place: 推进淮河流域综合治理 → 淮河; 秦岭北麓 → 秦岭.
    Not inside a division's name (西湖区) nor as the front of a firm (华山医院, 黄河啤酒)."""
    from ..gazetteer import features

    for match in _feature_pattern().finditer(ctx.text):
        start, end = match.span()
        kind = features()[match.group()]
        part = RIVER_PARTS.get(ctx.text[end:end + 1]) if kind == "river" else None
        if part and ctx.words.is_boundary(start) and ctx.words.is_boundary(end + 1):
            yield Candidate(start, end + 1, "Place", f"place:feature:{part}", 0.7)  # 淮河口, 淮河源
        elif _feature_stands(ctx, start, end):
            yield Candidate(start, end, "Place", f"place:feature:{kind}", 0.7)
    for match in NUMBERED_SOURCE.finditer(ctx.text):
        if ctx.words.is_boundary(match.start()) and ctx.words.is_boundary(match.end()):
            yield Candidate(match.start(), match.end(), "Place", "place:feature:river-source", 0.7)


@lru_cache(maxsize=1)
def _feature_pattern() -> re.Pattern:
    """The listed features as one alternation, longest first."""
    from ..gazetteer import features

    names = sorted(features(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)) or "(?!)")


def _feature_stands(ctx: Context, start: int, end: int) -> bool:
    """Word edges on both sides (or a feature word after it), and no division around it."""
    words, text = ctx.words, ctx.text
    if not words.is_boundary(start) or any(p.start <= start and end <= p.end and p.end - p.start > end - start
                                           for p in ctx.places):
        return False
    if NAME_GOES_ON.match(text, end) or ORGANIZATION_AFTER.match(text, end):
        return False
    return words.is_boundary(end) or FEATURE_AFTER.match(text, end) is not None


ORGANIZATION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:医院|大学|学院|银行|公司|集团|啤酒|酒店|宾馆|饭店|"
                                r"中学|小学|路|街|大道|站|机场|港)")


# --- a one-character river named by its basin: 沭河流域 ---------------------------------------

BASIN = re.compile(r"(?<![\u4e00-\u9fff])?([\u4e00-\u9fff][河江])(?=流域|干流|支流|两岸|沿岸|入海口|故道|滩区|大堤|水系)")
NOT_A_RIVER_CHAR = frozenset("内运大小界冰护沟渠主支干古沿跨过渡母本全各该两沙淤清")


def basin_rivers(ctx: Context):
    """A river of one character plus 河/江 is named only by what follows it (its basin, its
    banks, its dykes): 加强沭河流域治理 → 沭河, 汶河两岸 → 汶河. Not 运河, 内河, 界河, 沿江."""
    for match in BASIN.finditer(ctx.text):
        start, end = match.span(1)
        if ctx.text[start] in NOT_A_RIVER_CHAR or not ctx.words.is_boundary(start):
            continue
        yield Candidate(start, end, "Place", "place:basin-river", 0.65)


# --- regions named by a place and a region head: 江城半岛城市群 ----------------------------------

REGION_HEADS = ("三角洲", "城市群", "城市圈", "都市圈", "经济圈", "经济区", "半岛")
# Runs of one-character province names, or one with a direction: 苏锡常, 鲁南, 皖北.
PROVINCE_RUN = re.compile(rf"[{PROVINCE_CHARS}](?:[{PROVINCE_CHARS}]+|[东南西北中]部?)")


def regions(ctx: Context):
    """A place, a feature of the general list or a run of province short names, then a
    region head, is a named region (Place): 江城半岛城市群, 清江三角洲, 鲁南经济圈. The
    name starts at its first place; a bare head or a generic modifier (辐射带动力强的城市群,
    大都市圈) names none."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(REGION_HEADS, limit=10):
        first = _region_start(ctx, start, head_start)
        if first is not None and not GENERIC_MODIFIER.match(text[first:end]):
            yield Candidate(first, end, "Place", f"place:region:{text[head_start:end]}", 0.75)


def _region_start(ctx: Context, start: int, head_start: int) -> int | None:
    """Where the region's name begins: its first gazetteer place or listed feature, or a
    province run that fills the modifier. None when the modifier has none, or when more
    than two characters stand between the last of them and the head (清江三角洲高效生态
    经济区 is a scheme's name; 清江三角洲 is the region)."""
    spans = [(p.start, p.end) for p in ctx.places if start <= p.start and p.end <= head_start]
    spans += [m.span() for m in _feature_pattern().finditer(ctx.text, start, head_start)]
    if PROVINCE_RUN.fullmatch(ctx.text, start, head_start):
        spans.append((start, head_start))
    if not spans or head_start - max(e for _, e in spans) > 2:
        return None
    return min(s for s, _ in spans)


# --- townships of the issuing government in their short form: 青溪 for 青溪街道 ------------------

# Tags of words that read as a name; a stem jieba knows as a common word (健康, 建设,
# 胜利) is that word.
NAME_WORD_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "x", "eng"})
# The stem stands alone in a list of townships or communities that a class noun closes:
# 启动青溪和白塔2个办事处, 青溪、白塔社区卫生服务中心. Elsewhere it may begin a longer
# name (青溪生态园, 青溪镇) or name a site (青溪、白塔等3处遗址).
STEM_IN_LIST = re.compile(r"[、和与及][^，。；：,;:！？\n]{0,12}?(?:街道|办事处|社区|苏木|[镇乡村])")


def township_short_forms(ctx: Context):
    """A township of the issuer's own division named without 街道/镇/乡 is that place (a
    district report writes 青溪 for 青溪街道): the stem must stand as a word that jieba does
    not know as a common word (建设, 胜利), in a list that a class noun of townships or
    communities closes."""
    from ..gazetteer import township_stems

    home = _home(ctx)
    stems = township_stems(home) if home else {}
    if not stems:
        return
    words = ctx.words
    for i, word in enumerate(words.words):
        if word in stems and words.tags[i] in NAME_WORD_TAGS and STEM_IN_LIST.match(ctx.text, words.ends[i]):
            yield Candidate(words.starts[i], words.ends[i], "Place", "place:township-short", 0.6)


# What a township's own institutions and works are called: 青溪司法所, 青溪污水处理厂.
# Not schools: 青溪小学 may be named after a river or a region the township shares a name with.
TOWNSHIP_HEAD = re.compile(r"[^\W\d_的和与及在是对为等个各全我本该]{0,4}?(?:司法所|派出所|财政所|供电所|卫生院|中心校|敬老院|"
                           r"污水处理厂|水厂|客运站|农贸市场|工业园|工业区|产业园)")


def township_modifiers(ctx: Context):
    """A township of the issuer's own county or district written without 镇/乡/街道 before
    the name of its institution or works is the place that locates it: 青溪 in 青溪司法所,
    青溪污水处理厂 (a county report's short form). Only under a county-level home, whose
    few townships do not coincide with common words by chance."""
    words = ctx.words
    for start, end in _stem_spans(ctx, _county_township_stems(ctx)):
        if words.is_boundary(start) and words.is_boundary(end) and TOWNSHIP_HEAD.match(ctx.text, end) \
                and not ctx.text.startswith(("镇", "乡", "街道", "苏木"), end) and _opens_name(ctx, start):
            yield Candidate(start, end, "Place", "place:township-modifier", 0.6)


def _stem_spans(ctx: Context, stems):
    """(start, end) of each occurrence of each stem in the text, stem by stem; each stem is
    searched once per document (township_modifiers and township_items read the same stems)."""
    spans = ctx.cache.setdefault("stem_spans", {})
    for stem in stems:
        if stem not in spans:
            spans[stem] = [match.span() for match in re.finditer(re.escape(stem), ctx.text)]
        yield from spans[stem]


# A county's short form opening a list item whose name goes on and is closed by the next item or
# by 等 (、青河某某紧固件、…; 青河某某金属材料等…项目): the county that locates the firm or works.
ITEM_START = re.compile(r"[、，。；：,;:\n（(]")
# Not a level, a road, water or township head after the stem (青河路改造、: a road named after it),
# nor a school (青河小学新建、: schools are named after rivers and regions too, see TOWNSHIP_HEAD).
COUNTY_ITEM = re.compile(r"(?![县市区旗路街道镇乡村河湖山港、等和与及的]|小学|中学|幼儿园|学校|学院|大学)"
                         r"[^\W\d_]{2,12}?[、等]")


def county_modifiers(ctx: Context):
    """A county of the issuer's own prefecture (a prefecture's report, or a county report for
    its neighbours) written short at the start of a list item that goes on with a name is a
    place: a prefecture's project list names each county before the firm (青河某某合金、白山某某
    机器人等项目). The stem may read as a word elsewhere (a river's name): here it opens a list
    item of its own prefecture."""
    from ..gazetteer import county_stems

    yield from _item_openers(ctx, county_stems(_prefecture(_home(ctx))), "place:county-modifier")


def township_items(ctx: Context):
    """A township of the issuer's own county written short at the start of a list item that
    goes on with a name is the place of that item (实施青松沙漠旅游、白塔产业孵化基地等项目), as
    a county opens an item of its prefecture's list."""
    stems = _county_township_stems(ctx)
    yield from _item_openers(ctx, [s for s in stems if not everyday_word(s)], "place:township-item")


def _county_township_stems(ctx: Context) -> dict[str, str]:
    """The townships of a county-level home by their stems ({} under any other home)."""
    from ..gazetteer import township_stems

    home = _home(ctx)
    return township_stems(home) if home and len(home) == 6 else {}


def _item_openers(ctx: Context, stems, rule: str):
    """Each stem that opens a list item (ITEM_START before it, COUNTY_ITEM after it), that jieba
    does not read across and that does not open a firm's name (青松药业, 白塔集团: named after it)."""
    from ..gazetteer import reads_as_name

    text = ctx.text
    for start, end in _stem_spans(ctx, stems):
        if (start == 0 or ITEM_START.match(text, start - 1)) and COUNTY_ITEM.match(text, end) \
                and not NAME_GOES_ON.match(text, end) and reads_as_name(text, start, end):
            yield Candidate(start, end, "Place", rule, 0.6)


def _prefecture(home: str | None) -> str:
    """The prefecture code of a prefecture or county home ('' above or below)."""
    return home[:4] if home and len(home) in (4, 6) else ""


def _opens_name(ctx: Context, start: int) -> bool:
    """The stem opens the name: no one-character content word glued before it (沙|青溪… is
    another name that only contains the stem)."""
    words = ctx.words
    i = words.index_at(start) - 1
    if i < 0 or words.ends[i] != start or not "\u4e00" <= ctx.text[start - 1] <= "\u9fff":
        return True
    return len(words.words[i]) > 1 or words.tags[i][:1] in ("p", "c", "u", "d", "v", "f")


def township_offices(ctx: Context):
    """A 街道 of the issuer's division written with the older word for its office is that
    place: 青溪办事处, 青溪街道办事处 for 青溪街道 (the stem may be a common word, 建设, which
    the head rule reads as a verb)."""
    home = _home(ctx)
    pattern = _office_pattern(home) if home else None
    for match in pattern.finditer(ctx.text) if pattern else ():
        if ctx.words.is_boundary(match.start()):
            yield Candidate(match.start(), match.end(), "Place", "place:township-office", 0.75)


@lru_cache(maxsize=16)
def _office_pattern(home: str) -> re.Pattern | None:
    """青溪(街道)?办事处 for every 街道 under ``home``, longest stem first; None if it has none."""
    from ..gazetteer import township_stems

    stems = sorted((stem for stem, name in township_stems(home).items() if name.endswith("街道")),
                   key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, stems)) + ")(?:街道)?办事处") if stems else None


# --- a part of a province by its short name and a direction: 江北, 皖北 ---------------------------

PROVINCE_PART = re.compile(rf"[{PROVINCE_CHARS}][东南西北中](?=(?:[和与及、][^，。；：,;:！？\n]{{0,12}}?)?(?:地区|区域|一带|片区))")


def province_parts(ctx: Context):
    """A province's one-character name and a direction, standing as a word in a phrase that
    a region word closes, is that part of the province (Place): 打造皖北和苏鲁豫交界地区…
    → 皖北; 鲁南地区. Elsewhere such a word may be a firm (皖西、金禾等企业)."""
    words = ctx.words
    for match in PROVINCE_PART.finditer(ctx.text):
        start, end = match.span()
        if words.is_boundary(start) and words.is_boundary(end):
            yield Candidate(start, end, "Place", "place:province-part", 0.65)


# --- divisions of a foreign country after its name: 某国甲市乙区 ----------------------------------

FOREIGN_PART = re.compile(r"[\u4e00-\u9fff]{2,6}?[省州县市区](?![场民政委长域内级里])")
NOT_IN_FOREIGN_PART = re.compile(r"[的和与及在是对为等个各全我本该]")


def _foreign_part(name: str) -> bool:
    """A division's name, not a phrase (的, 和…) nor a kind of area (工业区, 社区)."""
    from ..gazetteer import is_generic

    return not NOT_IN_FOREIGN_PART.search(name) and name not in GENERIC_PLACE_NAMES and \
        not is_generic(name) and not name.endswith(("社区", "园区", "景区", "地区"))


def foreign_divisions(ctx: Context):
    """The divisions written right after a foreign country, each ending in 省/州/县/市/区,
    are places: 与某国甲市乙区缔结友好城市关系 → 甲市, 乙区 (the division rules know only
    China's). The chain stops at the first part that is no division."""
    text = ctx.text
    for place in ctx.places:
        if place.kind != "country" or place.name in HOME_COUNTRY:
            continue
        position = _country_end(text, place)
        while (match := FOREIGN_PART.match(text, position)) and _foreign_part(match.group()):
            yield Candidate(match.start(), match.end(), "Place", "place:foreign-division", 0.6)
            position = match.end()


# --- the far end of a route from a known place: 甲城至某外国都城的班列 ----------------------------

ROUTE_AFTER = re.compile(r"(?:的)?(?:公铁|公路|铁路|高铁|航线|航班|班列|国际|跨境|货运|联运|直达)")
ROUTE_END_TAGS = frozenset({"ns", "nr", "nrt"})


def route_ends(ctx: Context):
    """A route from a place the gazetteer knows to a place it does not (a foreign city):
    甲城至乙都|的跨境公路运输, 甲城至乙都|公铁联运 make 乙都 a place. The far end must be one
    name word (a place or a foreign-looking personal-name reading) and a route word must follow."""
    words, text = ctx.words, ctx.text
    for place in ctx.places:
        if not text.startswith(("至", "到"), place.end):
            continue
        i = words.index_at(place.end + 1)
        if i >= len(words.words) or words.starts[i] != place.end + 1:
            continue
        end = words.ends[i]
        if words.tags[i] in ROUTE_END_TAGS and len(words.words[i]) >= 2 and ROUTE_AFTER.match(text, end) \
                and not any(p.start == words.starts[i] for p in ctx.places):
            yield Candidate(words.starts[i], end, "Place", "place:route-end", 0.6)


# --- roads numbered in a series: 建设二路, 人民一路 ---------------------------------------------

NUMBERED_ROAD = re.compile(r"([一二三四五六七八九十]{1,2})(?:路|街|大街|巷|马路)")
NOT_A_ROAD_STEM = re.compile(r"[的和与及在是对为等个各全我本该第一二三四五六七八九十\d]")


def numbered_roads(ctx: Context):
    """A word of two or three characters, then an ordinal and 路/街/巷, is one of a series of
    roads named by that word (江城一路, 建设二路): the usual way a city numbers parallel roads.
    The word must be a noun, not a verb (兵分三路 is a figure of speech)."""
    words, text = ctx.words, ctx.text
    for match in NUMBERED_ROAD.finditer(text):
        if not words.is_boundary(match.start()) or not words.is_boundary(match.end()):
            continue
        i = words.index_at(match.start() - 1) if match.start() else -1
        if i < 0 or words.ends[i] != match.start():
            continue
        if _road_stem(words.words[i], words.tags[i]):
            yield Candidate(words.starts[i], match.end(), "Place", "place:numbered-road", 0.7)


def _road_stem(stem: str, tag: str) -> bool:
    """A noun of two or three characters (or an action noun that names roads, 建设)."""
    if not 2 <= len(stem) <= 3 or NOT_A_ROAD_STEM.search(stem):
        return False
    return stem in ROAD_STEM_NOUNS or not tag.startswith(("v", "d", "p", "c", "u", "m", "r", "q", "f"))


# Action nouns (jieba tag vn) that often name a road series.
ROAD_STEM_NOUNS = frozenset("建设 发展 解放 胜利 团结 跃进 前进 振兴 和平 复兴".split())


# --- townships and villages in their short form, listed and counted: 甲、乙、丙三个乡镇 ----------------

LISTED_COUNT = re.compile(r"(等)?([\d一二两三四五六七八九十]+)个(?:乡镇|镇|乡|村|社区|街道|镇街|街镇|镇办|苏木|嘎查|行政村|自然村)")
ITEM_SEPARATORS = "、和及与"
COUNTS = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}
NOT_IN_ITEM = re.compile(r"[的在是对为等个各全我本该其\d一二三四五六七八九十]")


def counted_short_places(ctx: Context):
    """The items of a list closed by a count and a class noun of divisions are divisions
    named in short form: 推动白塔、石门、柳溪三个乡镇… → 白塔, 石门, 柳溪; 新民、红星等5个村.
    The count must fit the list (equal to it, or larger after 等), each item two to four
    characters standing as words; a list without a count (大湾、跃进等蔬菜基地) names none."""
    words, text = ctx.words, ctx.text
    for match in LISTED_COUNT.finditer(text):
        items = _list_items(ctx, match.start())
        count = _count(match.group(2))
        if len(items) < 2 or count is None or (count != len(items) if not match.group(1) else count < len(items)):
            continue
        for start, end in items:
            yield Candidate(start, end, "Place", "place:counted-short", 0.6)


# A list closed by 等 and the class noun of towns, without a count: 甲、乙、丙等镇特色园区.
LISTED_TOWNS = re.compile(r"等(?:乡镇|镇|乡|苏木)(?!长)")


def listed_town_short_places(ctx: Context):
    """The items of a list closed by 等镇/等乡镇 are towns named in short form (白塔、石门、
    柳溪等镇 → 白塔, 石门, 柳溪): two or more items, each standing as a word of two to four
    characters, no class stem (示范、重点等乡镇 names none). 等街道/等社区/等村 stay out: a
    street and a community's affairs read the same (甲街、乙街等街道; 文化活动等社区事务)."""
    for match in LISTED_TOWNS.finditer(ctx.text):
        items = _list_items(ctx, match.start())
        if len(items) < 2 or any(CLASS_STEM.search(ctx.text, s, e) for s, e in items):
            continue
        for start, end in items:
            yield Candidate(start, end, "Place", "place:listed-towns", 0.6)


def _count(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    if len(numeral) == 1:
        return COUNTS.get(numeral)
    return None  # 十二个乡镇 is no short list


def _list_items(ctx: Context, end: int) -> list[tuple[int, int]]:
    """Spans of the list items that end at ``end``, right to left, each one or two words of
    two to four characters; [] when an item is no such word."""
    words, text = ctx.words, ctx.text
    items = []
    while True:
        i = words.index_at(end - 1) if end > 0 else -1
        if i < 0 or words.ends[i] != end:
            return []
        start = words.starts[i]
        if len(text[start:end]) < 2 and i > 0:
            start = words.starts[i - 1]
        item = text[start:end]
        if not 2 <= len(item) <= 4 or NOT_IN_ITEM.search(item) or item in GENERIC_PLACE_NAMES \
                or words.tags[words.index_at(start)] in ("v", "p", "c", "u", "d", "r"):
            return []
        items.append((start, end))
        if start == 0 or text[start - 1] not in ITEM_SEPARATORS:
            return items[::-1]
        end = start - 1


# --- the issuer's own division when its name is made of common morphemes: 上城区 ------------------


def home_places(ctx: Context):
    """The issuer's own division by its full name, which the gazetteer match skips when the
    name reads as common words (上城区, 市中区): in its own report it is that place."""
    from ..gazetteer import _by_code, is_generic

    home = _home(ctx)
    division = _by_code().get(home) if home else None
    if division is None or not is_generic(division.name):
        return
    for match in re.finditer(re.escape(division.name), ctx.text):
        if not ctx.text.startswith(("域", "划"), match.end()):
            yield Candidate(match.start(), match.end(), "Place", "place:home", 0.85)


# --- a division written with the one above it --------------------------------------------------

UPPER_KINDS = ("province", "city")
LOWER_KINDS = ("city", "county")


def division_paths(ctx: Context):
    """A division written right after the division it lies in (江城市青溪区, 某省江城市) is
    the lower one by its full name: the joined form is its alias (the upper one stays a
    place of its own, resolve keeps both). Not a road named after it (江城市青溪路)."""
    from ..gazetteer import lies_below

    words, places = ctx.words, ctx.places
    for upper, lower in zip(places, places[1:]):
        if upper.end == lower.start and upper.kind in UPPER_KINDS and lower.kind in LOWER_KINDS \
                and words.is_boundary(upper.start) and words.is_boundary(lower.end) \
                and not ROAD_AFTER.match(ctx.text, lower.end) and lies_below(lower.name, upper.name):
            yield Candidate(upper.start, lower.end, "Place", "place:division-path", 0.95, name=lower.name)


# --- the issuer's own division when the gazetteer does not know it (renamed or merged since) --------

UNKNOWN_HOME = re.compile(r"[^\W\d_省市州盟]{2,6}?(?:自治县|自治旗|区|县|旗|市)")


def unknown_home(ctx: Context):
    """The issuer's own county or district that the gazetteer does not list (a district merged
    into others after the report): 江城市旧城区 in the title of 旧城区's report is a Place, read
    under its known city; a name the gazetteer knows is left to the gazetteer match."""
    place = _issuer_place(ctx)
    if not place or _home(ctx) is not None:
        return
    own = _unknown_part(place)
    if own is None or _generic_home(own):
        return
    for match in re.finditer(re.escape(own), ctx.text):
        yield Candidate(match.start(), match.end(), "Place", "place:home:unknown", 0.85)


def _generic_home(own: str) -> bool:
    """Whether the name without its level is a generic word (新区, 城区); a name that only
    opens with one (大青县, 新青区) is a name."""
    from ..gazetteer import COUNTY_SUFFIX, is_generic

    return is_generic(own) or GENERIC_MODIFIER.fullmatch(COUNTY_SUFFIX.sub("", own)) is not None


def _unknown_part(place: str) -> str | None:
    """The part of an issuer's place after its known parents (江城市|旧城区 → 旧城区)."""
    from ..gazetteer import lookup

    for cut in range(len(place) - 2, -1, -1):
        own = place[cut:]
        if (cut == 0 or lookup(place[:cut])) and UNKNOWN_HOME.fullmatch(own) and not lookup(own):
            return own
    return None


# --- the other items of a list of places that share a head: 甲村、乙村和丙村 ------------------------

# Not 街: a list of streets is often one of themed shopping streets being built (Projects).
LIST_HEADS = ("社区", "街道", "嘎查", "苏木", "村", "镇", "乡", "路")
# Stems that make a class, not a name: 示范村, 省级中心村, 贫困村, 文明社区.
CLASS_STEM = re.compile(r"(?:示范|中心|行政|自然|文明|美丽|先进|专业|明星|薄弱|空壳|试点|[省市县区]级|重点|"
                        r"贫困|特色|绿色|生态|宜居|传统|历史|文化|旅游|易地|搬迁|安置|"
                        r"城中|城郊|城边|边境|民族|少数|农业|工业|产业|商业)$")
NEXT_ITEM = r"[、和及与]([\u4e00-\u9fff]{{2,4}}?){head}"


def listed_siblings(ctx: Context):
    """A place found with a head (红旗村), and the items beside it in a list with the same
    head, are places alike: 完成红旗村、新民村和东风村整治 → 新民村, 东风村 (a stem that
    reads as a common word, 新民, is a name in such a list). Not class stems (示范村, 贫困村)."""
    found = ctx.cache.get("found", ())
    built = [(c.start, c.end) for c in found if c.type == "Project"]
    for c in found:
        head = c.rule[len("place:head:"):]
        if c.type != "Place" or not c.rule.startswith("place:head:") or head not in LIST_HEADS \
                or any(s <= c.start and c.end <= e for s, e in built):
            continue  # a place head inside a project's name seeds no list
        yield from _items_after(ctx, c.end, head)
        yield from _item_before(ctx, c.start, head)


@lru_cache(maxsize=None)
def _next_item(head: str) -> re.Pattern:
    return re.compile(NEXT_ITEM.format(head=re.escape(head)))


def _items_after(ctx: Context, position: int, head: str):
    pattern = _next_item(head)
    while (match := pattern.match(ctx.text, position)) and _sibling_stem(ctx, match.start(1), match.group(1)) \
            and ctx.words.is_boundary(match.end()) and not NOT_A_PLACE.search(ctx.text, match.start(1), match.end()):
        yield Candidate(match.start(1), match.end(), "Place", f"place:sibling:{head}", 0.6)
        position = match.end()


def _item_before(ctx: Context, start: int, head: str):
    text = ctx.text
    if start < 4 or text[start - 1] not in ITEM_SEPARATORS or not text.startswith(head, start - 1 - len(head)):
        return
    head_start = start - 1 - len(head)
    for length in (2, 3, 4):
        stem_start = head_start - length
        if stem_start >= 0 and ctx.words.is_boundary(stem_start) and \
                _sibling_stem(ctx, stem_start, text[stem_start:head_start]) and \
                not NOT_A_PLACE.search(text, stem_start, start - 1):
            yield Candidate(stem_start, start - 1, "Place", f"place:sibling:{head}", 0.6)
            return


def _sibling_stem(ctx: Context, start: int, stem: str) -> bool:
    """A stem standing as a word that is no class word (示范, 贫困), generic modifier
    (城市, 周边), count or phrase."""
    words = ctx.words
    if not words.is_boundary(start) or NOT_IN_ITEM.search(stem) or CLASS_STEM.search(stem):
        return False
    i = words.index_at(start)
    while i < len(words.words) and words.starts[i] < start + len(stem):
        if words.tags[i].startswith(("v", "p", "c", "d")) and words.words[i] not in ROAD_STEM_NOUNS:
            return False  # 优化|多福路: the verb before the list is no part of the name
        i += 1
    return GENERIC_MODIFIER.fullmatch(stem) is None and stem[0] not in "全各该本每多两几数"


# --- a place word right after its city or county: 江城清水塘 -----------------------------------------

def city_parts(ctx: Context):
    """A word the dictionary tags as a place name (ns) written right after a city or county
    of the gazetteer is a place inside it: 治理江城清水塘 → 清水塘 (the division is found on
    its own). Not another division (found anyway), not a word of a title (江城市民)."""
    from ..gazetteer import division_names

    words = ctx.words
    ends = {p.end: p for p in ctx.places if p.kind in ("city", "county")}
    for i, word in enumerate(words.words):
        if words.starts[i] in ends and words.tags[i] == "ns" and 2 <= len(word) <= 4 \
                and word not in division_names() and word not in GENERIC_PLACE_NAMES \
                and not FEATURE_AFTER.match(word) and not _built(word) and _closes_name(ctx, i):
            yield Candidate(words.starts[i], words.ends[i], "Place", "place:city-part", 0.6)


def _closes_name(ctx: Context, i: int) -> bool:
    """The place word ends its phrase: a list mark, clause mark or conjunction follows, or
    an action noun or verb (…清水塘综合治理), not a noun that goes on a name (…古城景区)."""
    words = ctx.words
    if i + 1 >= len(words.words):
        return True
    following, tag = words.words[i + 1], words.tags[i + 1]
    return following[0] in "、和与及，。；：,;:" or tag in ("v", "vn", "c")


def _built(word: str) -> bool:
    """A word that names a built thing (大饭店, 古城, 商场): a project head or a building's end."""
    return word[-1] in "城店馆院园厂场楼寺站桥" or word.endswith(PROJECT_HEADS + PROJECT_STRICT_HEADS)
