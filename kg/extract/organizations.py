"""Organizations: companies, banks, universities, associations, trading centres.

江城港集团, 禾丰公司, 华南师大, 华北钢材交易中心. Not: 企业, 高校, 社会组织.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .context import Context
from .lexicon import LOCAL_LEVELS, ORGANIZATION_HEADS, PROJECT_HEADS, PROJECT_STRICT_HEADS, NamedBody, named_bodies
from .pipeline import Candidate
from .words import STOP_WORDS, everyday_word, opens_with_stop, tag_of

STRICT = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "银行", "大学", "学院", "师大",
          "交易中心", "交易所", "报社", "出版社", "电视台")
# The one-character determiners GENERIC opens with (全, 新, 驻: 新公司, 驻地单位) and its count
# of a class of firms (四大|银行, 五大|发电集团), which only a place opening the name escapes.
_DETERMINER_CHARS = r"[全各该本每多新这那其此驻]"
_COUNTED_CLASS = r"[一二两三四五六七八九十]+大"
GENERIC = re.compile(rf"^(?:{_DETERMINER_CHARS}|{_COUNTED_CLASS}|" r"物业|跨国|共富|社会|产业|经济|国际|群团|公益|消费|学校|严密|[\d一二三四五六七八九十百千]+[个家所]|"
                     r"国有|民营|私营|外资|中小|小微|骨干|龙头|重点|相关|有关|其他|社会|基层|金融|"
                     r"商业|政策性|村镇|农村|地方|城市|股份制|上市|行业|中介|服务|专业|科研|高等|"
                     # kinds of firm: 平台公司 (a local financing vehicle), 数据交易所
                     r"平台|融资|数据|"
                     # a legal form alone: 有限|公司 is no firm
                     r"(?:股份)?有限(?:责任)?公司$)")

LOCAL_LEVEL_CHARS = frozenset(level for level in LOCAL_LEVELS if len(level) == 1)
DETERMINER_OPENING = re.compile(_DETERMINER_CHARS)
COUNTED_CLASS = re.compile(_COUNTED_CLASS)


def _generic(ctx: Context, start: int, end: int) -> bool:
    """GENERIC, except that a determiner character opening a longer proper word is no
    determiner: a place of China is the firm's home (新乡某某银行, 驻马店某某公司) and a
    word the dictionary does not know is a trade name (全某制药). 新|公司, 全省|企业, 各类|银行
    stay generic."""
    name = ctx.text[start:end]
    if not GENERIC.match(name):
        return False
    if COUNTED_CLASS.match(name):
        return not _opens_with_place(ctx, start, end)  # 五大连池 is a place
    return not (DETERMINER_OPENING.match(name) and _opens_with_proper_word(ctx, start, end))


def _opens_with_place(ctx: Context, start: int, end: int) -> bool:
    """A gazetteer place of China opens the name; a foreign country before a firm is its
    home, no part of its name (see _without_home_country)."""
    return any(p.start == start and p.end < end and p.kind != "country" for p in ctx.places)


def _opens_with_proper_word(ctx: Context, start: int, end: int) -> bool:
    """The name opens with a gazetteer place or with one unknown word of 2+ characters."""
    if _opens_with_place(ctx, start, end):
        return True
    words = ctx.words
    i = words.index_at(start)
    word = words.words[i]
    return words.starts[i] == start and words.ends[i] < end and len(word) >= 2 and tag_of(word) == "nz" \
        and not word.startswith("驻")  # 驻甲部队: the forces stationed in a place, no name


def find(ctx: Context):
    """Organization candidates ending in an organization head."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(ORGANIZATION_HEADS, limit=14):
        start = _after_ranking(text, _without_leading_verb(ctx, start, head_start), head_start)
        name, head = text[start:end], text[head_start:end]
        if _generic(ctx, start, end) or len(name) - len(head) < 2 or _organizes(ctx, head, head_start, end) \
                or _body_then_verb(ctx, start, head_start) or FIRM_CLASS.search(name) \
                or _division_school(ctx, start, head_start, head) or text.endswith("等", 0, start):
            continue  # 甲、乙等|信息服务公司: the kind of the listed firms, no name
        if head in STRICT or ctx.has_proper(start, head_start):
            also = "Department" if head in ("促进会", "联合会", "协会", "商会", "基金会") else None
            yield Candidate(start, end, "Organization", f"organization:head:{head}",
                            0.7 if head in STRICT else 0.55, also=also)


# Classes of firm, not one: a ranking (世界500强, 中国民营企业100强), kinds (跨国公司, 上市公司)
# and kinds joined (…及跨国公司).
FIRM_CLASS = re.compile(r"\d+强|[一二三四五六七八九十百千]+强|(?:跨国|上市|外资|外商|国有|民营|私营|央属|省属|市属)公司$|"
                        r"[及和与](?:跨国|上市|外资|国有|民营)|"
                        # a group named only by class words is the policy class of big firms
                        # (培育大企业大集团, 工业大企业大集团), not one group
                        r"^(?:工业|企业|大型?|骨干|龙头|重点|优势|领军|头部|链主|中小)+集团$")
SCHOOL_HEADS = ("大学", "学院")
# A ranking before a firm's name is its class in apposition: 世界500强企业|甲乙集团,
# 中国民营企业100强|丙丁集团.
RANKING = re.compile(r"(?:\d+|[一二三四五六七八九十百千]+)强(?:企业)?")


def _after_ranking(text: str, start: int, head_start: int) -> int:
    """Where the name opens after the last ranking in ``text[start:head_start]`` (the span
    itself when there is none)."""
    return max((m.end() for m in RANKING.finditer(text, start, head_start)), default=start)


def _division_school(ctx: Context, start: int, head_start: int, head: str) -> bool:
    """A division named with its level word right before 大学/学院 (江城省大学…, 北原市学院) is
    no university: universities drop the level (江城大学); such a chunk is the front of a
    longer name (…大学科技园) or a cut sentence."""
    return head in SCHOOL_HEADS and ctx.text[head_start - 1] in "省市县区" and \
        _only_place(ctx, start, head_start)


def _body_then_verb(ctx: Context, start: int, head_start: int) -> bool:
    """A body and a verb inside the modifier make a clause, not one name: 江南大学|共建|研究院
    (the university builds an institute)."""
    words = ctx.words
    i = words.index_at(start)
    while i + 1 < len(words.words) and words.starts[i + 1] < head_start:
        if words.words[i].endswith(STRICT) and words.tags[i + 1] == "v":
            return True
        i += 1
    return False


def _organizes(ctx: Context, head: str, head_start: int, end: int) -> bool:
    """组织 as a verb is no head: 'organise' before a verb (江城市残联组织开展培训), or a
    word of its own that jieba tags as a verb (敬畏组织、敬畏法律)."""
    if head != "组织":
        return False
    words = ctx.words
    i, h = words.index_at(end), words.index_at(head_start)
    before_verb = i < len(words.words) and words.starts[i] == end and \
        words.tags[i].startswith("v") and words.tags[i] != "vn"
    verb_word = words.starts[h] == head_start and words.words[h] == "组织" and words.tags[h] == "v"
    return before_verb or verb_word


def _without_leading_verb(ctx: Context, start: int, head_start: int) -> int:
    """Drop a first word that is a verb phrase or an adjective the chunker took in:
    充分利用|城投公司, 壮大|专业合作组织."""
    words = ctx.words
    i = words.index_at(start)
    word = words.words[i] if i < len(words.words) else ""
    if words.starts[i] == start and words.ends[i] < head_start and \
            (opens_with_stop(word) or words.tags[i] in ("a", "ad", "d")):
        return words.ends[i]
    return start


# --- bodies of the general lists (人民团体, parties, state organs, firms, media, international) --

# Type and second type of each kind of the list: a people's organisation or a party is an
# Organization that is also a public body; the armed forces and state organs are public bodies.
KIND_TYPES = {"mass": ("Organization", "Department"), "party": ("Organization", "Department"),
              "armed": ("Department", "Organization"), "international": ("Organization", None),
              "soe": ("Organization", None), "state": ("Department", None), "media": ("Organization", None)}
# A place suffix right after a form makes a place named like the body (新华社|区, 工会|路).
NAMED_PLACE_SUFFIX = re.compile(r"[区村街路巷镇乡](?![委政长])")
# A broadcaster's numbered channel is named with it: 某视二套.
CHANNEL = re.compile(r"[一二三四五六七八九十]{1,2}套")
# A body opening the name of its numbered congress or plenum names the meeting, an event:
# 某党第五次全国代表大会, 某党第九届中央委员会第三次全体会议.
NUMBERED_MEETING = re.compile(r"第[一二三四五六七八九十百\d]+(?:次[^，。；,;]{0,6}代表大会|届[^，。；,;]{0,10}全体会议)")


@lru_cache(maxsize=1)
def _body_forms() -> tuple[re.Pattern, dict[str, NamedBody]]:
    """A pattern over every full name and short form of the list, longest first."""
    forms = {form: body for body in named_bodies() for form in (body.name,) + body.short_forms}
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(alternatives), forms


def named_bodies_found(ctx: Context):
    """Bodies of the general list named on their own: 支持残联、科协等群团组织 → 残联, 科协;
    加入世界贸易组织 → 世界贸易组织. A level prefix makes a local body (区残联), which
    ``departments.levelled_mass_bodies`` finds; a longer word holding the form (科协委员)
    is no mention of the body."""
    pattern, forms = _body_forms()
    for match in pattern.finditer(ctx.text):
        start, end = match.span()
        body = forms[match.group()]
        channel = CHANNEL.match(ctx.text, end) if body.kind == "media" else None
        end = channel.end() if channel else end
        if not _stands_alone(ctx, start, end) or NUMBERED_MEETING.match(ctx.text, end) \
                or NAMED_PLACE_SUFFIX.match(ctx.text, end):
            continue
        type_, also = KIND_TYPES[body.kind]
        yield Candidate(start, end, type_, f"organization:list:{body.kind}", 0.8, also=also)


def _stands_alone(ctx: Context, start: int, end: int) -> bool:
    """Word boundaries on both sides, no level character right before (区|残联) and, for
    a short form, no common noun that makes it a kind of thing (企业|工会, 社区|残联)."""
    words = ctx.words
    # 国家发展改革委|会同: jieba may glue the next character on; not a member (民盟盟员)
    long_name = end - start >= 5 and ctx.text[end:end + 1] not in ("员", "人")
    if not words.is_boundary(start) or not (words.is_boundary(end) or long_name):
        return False
    if start == 0:
        return True
    before = words.index_at(start - 1)
    short = end - start <= 3
    return ctx.text[start - 1] not in LOCAL_LEVEL_CHARS and \
        not (short and words.tags[before] in NOUN_MODIFIER_TAGS)


NOUN_MODIFIER_TAGS = frozenset({"n", "vn", "ng", "nz", "j", "b"})


# --- short names in a list of enterprises: 金禾、汇源等龙头企业 ----------------------------------

# 等 (and a count), then the class noun of firms and schools.
ENTERPRISE_TAIL = re.compile(r"等(?:[\d一二两三四五六七八九十百千]+[家个所户])?[\u4e00-\u9fff]{0,8}?(?:\d+强)?"
                             r"(?:企业|公司|集团|高校|院校|科研院所|金融机构|银行|央企|国企|民企|外企|名企|名校)")
CLAUSE_START = re.compile(r"[，。；：,;:！？\n“”（）()]")
# What ends a category, not a firm: 科技型、外向型, 规上, 物业, 省级.
CATEGORY_END = re.compile(r"[业类型性上下级化式]$")
COMMON_TAGS = frozenset({"n", "v", "vn", "vd", "a", "ad", "an", "b", "d", "f", "s", "t", "l", "i", "r", "p",
                         "c", "u", "q"})
NOT_IN_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "a")


def enterprise_lists(ctx: Context):
    """Each item of “A、B等…企业” that reads as a name is an Organization: 扶持金禾、汇源等
    农牧业龙头企业 → 金禾, 汇源; 与江大、华科等高校合作 → 江大, 华科. Every item must read
    as a name (石油、化工等企业 lists sectors); a single item needs a proper noun.
    Score 0.5 leaves an item the enumeration rule also finds to that rule."""
    for match in ENTERPRISE_TAIL.finditer(ctx.text):
        items = _list_before(ctx, match.start())
        items = [_without_home_country(ctx, s, e) for s, e in items]
        firm_like = [_firm_like(ctx, s, e) for s, e in items]
        if items and any(firm_like) and all(ok or _listed_name(ctx, s, e) for ok, (s, e) in zip(firm_like, items)) \
                and (len(items) > 1 or ctx.has_proper(*items[0])):
            for start, end in items:
                yield Candidate(start, end, "Organization", "organization:enterprise-list", 0.5)


def _listed_name(ctx: Context, start: int, end: int) -> bool:
    """An item of common words listed with a proper-looking firm (禾穗、联运等骨干企业):
    a short name, not a category, a bare head (集团, 药业), a building (某某商厦, a Project),
    a place or a phrase."""
    item = ctx.text[start:end]
    return bool(FIRM_CHARS.match(item)) and len(item) <= 5 and not CATEGORY_END.search(item) \
        and not GENERIC.match(item) and item not in STOP_WORDS and not item.endswith(LISTED_NOT_FIRM) \
        and not _only_place(ctx, start, end) and not _everyday_word(ctx, start, end) \
        and not any(ctx.words.words[i] in NAME_BREAKERS for i in ctx.words.indices(start, end))


def _everyday_word(ctx: Context, start: int, end: int) -> bool:
    """The item is one everyday dictionary word: 禾穗、煤炭等企业 lists a sector next to a firm."""
    return len(ctx.words.indices(start, end)) == 1 and everyday_word(ctx.text[start:end])


def _without_home_country(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """德国某某国际 → 某某国际: a foreign country before a firm's short name is its home, not
    its name (中国某某 keeps 中国: the own country opens many firms' names)."""
    country = next((p for p in ctx.places if p.kind == "country" and p.start == start and p.end < end
                    and not ctx.text.startswith(("中国", "中华"), start)), None)
    if country and end - country.end >= 2 and _firm_like(ctx, country.end, end):
        return country.end, end
    return start, end


def _list_before(ctx: Context, end: int) -> list[tuple[int, int]]:
    """(start, end) of the 、-separated items before ``end``; the first is cut after the
    last verb or function word (引导扶持|金禾)."""
    clause = _clause_start(ctx.text, end, 60, default=max(0, end - 60))
    items = _items(ctx.text, clause, end)
    items[0] = (_first_item_start(ctx, *items[0]), items[0][1])
    return items


def _clause_start(text: str, pos: int, window: int, default: int | None = None) -> int | None:
    """Where the clause holding ``pos`` opens, within ``window`` characters before it."""
    return max((m.end() for m in CLAUSE_START.finditer(text, max(0, pos - window), pos)), default=default)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each 、-separated item of ``text[start:end]``."""
    items, offset = [], start
    for part in text[start:end].split("、"):
        items.append((offset, offset + len(part)))
        offset += len(part) + 1
    return items


def _first_item_start(ctx: Context, start: int, end: int) -> int:
    """Walk back from ``end`` over name words; stop at a verb or function word."""
    words = ctx.words
    j, first = words.index_at(end - 1) if end > start else -1, end
    while j >= 0 and words.starts[j] >= start:
        word, tag = words.words[j], words.tags[j]
        if word in STOP_WORDS or tag.startswith(NOT_IN_NAME_TAGS) and tag != "vn":
            break
        first, j = words.starts[j], j - 1
    return first


def _firm_like(ctx: Context, start: int, end: int) -> bool:
    """A short proper-looking name: 2–8 name characters, not a category (规上, 科技型),
    not made only of common words (石油, 化工, 国有)."""
    item = ctx.text[start:end]
    if not FIRM_CHARS.match(item) or CATEGORY_END.search(item) or GENERIC.match(item) or item in STOP_WORDS:
        return False
    # a proper, unknown or numeral word: 金禾, 五丰
    return any(ctx.words.tags[i] not in COMMON_TAGS for i in ctx.words.indices(start, end))


FIRM_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,8}$")


# --- schools and hospitals that act: 扩大江城职业技术学校办学规模 --------------------------------

INSTITUTION_HEADS = ("职业技术学校", "技术学校", "学校", "大学", "学院", "师大", "中学", "小学", "幼儿园", "医院")
# What an institution does, right after its name (a school being built is a Project).
ACTS_AFTER = re.compile(r"^(?:办学|的?合作|签约|招生|牵头|承办|联合|等[\u4e00-\u9fff]{0,8}?(?:机构|院校|高校|单位))")
PARTNER_BEFORE = re.compile(r"(?:与|同|依托)$")
PARTNER_AFTER = re.compile(r"^[^，。；,;]{0,16}?(?:合作|交流|共建|签约|对接)")


def acting_institutions(ctx: Context):
    """A named school or hospital that runs, partners or signs is an Organization:
    扩大江城职业技术学校办学规模, 加强与华山医院等先进医疗机构合作. Not when it is built:
    新建柳湾小学 stays a Project."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(INSTITUTION_HEADS, limit=14):
        if GENERIC.match(text[start:end]) or not ctx.has_proper(start, head_start):
            continue
        if ACTS_AFTER.match(text[end:end + 12]) or (PARTNER_BEFORE.search(text[max(0, start - 2):start])
                                                    and PARTNER_AFTER.match(text[end:end + 20])):
            yield Candidate(start, end, "Organization", "organization:acting-institution", 0.75)


# --- a firm's regional headquarters: 江城电力区域总部 -----------------------------------------

HEADQUARTERS = re.compile(r"(?:区域|地区|中国|华北|东北|华东|华南|西北|西南|华中)?总部(?!经济|楼|大厦|园|基地|性|集聚)")


def headquarters(ctx: Context):
    """A named firm plus 总部 is that firm's office, an Organization: 支持江电区域总部入驻.
    Not 总部经济, 总部楼宇, 大企业地区总部 (no proper noun)."""
    text = ctx.text
    for match in HEADQUARTERS.finditer(text):
        head_start, end = match.start(), match.end()
        start = ctx.words.name_start(head_start, limit=8)
        if head_start - start >= 2 and not GENERIC.match(text[start:end]) and ctx.has_proper(start, head_start):
            yield Candidate(start, end, "Organization", "organization:headquarters", 0.6)


# --- international bodies by the grammar of their names: 世界动物卫生组织 ---------------------------

INTERNATIONAL = re.compile(r"(?:世界|国际|全球|亚洲|亚太|欧洲|非洲|拉美|东北亚|东亚|金砖国家)"
                           r"([\u4e00-\u9fff]{3,10}?)(?:组织|论坛|联盟|理事会)")


# Subjects that make a kind of body, not one: 国际知名企业组织, 国际经济合作组织.
KIND_SUBJECT = re.compile(r"企业|知名|行业|民间|经济|金融|贸易|合作|相关|有关|主要|重要|重点|专业|地区|区域")


def international_by_name(ctx: Context):
    """An international body not on the list, named by scope + subject + 组织/论坛/联盟:
    世界动物卫生组织, 国际友好城市联盟. The subject must be three or more characters of
    name words (国际经济组织, 国际组织 are kinds, not bodies)."""
    words = ctx.words
    for match in INTERNATIONAL.finditer(ctx.text):
        start, end = match.span()
        if not (words.is_boundary(start) and words.is_boundary(end)) or _has_stop_word(ctx, *match.span(1)) \
                or KIND_SUBJECT.search(match.group(1)):
            continue
        yield Candidate(start, end, "Organization", "organization:international", 0.6)


def _has_stop_word(ctx: Context, start: int, end: int) -> bool:
    words = ctx.words
    return any(words.words[i] in STOP_WORDS or words.tags[i].startswith(NOT_IN_NAME_TAGS)
               for i in ctx.words.indices(start, end))


# --- firms named by a trade name and a trade: 金禾商贸, 江丰物流, 青溪油田 ------------------------

# The trade words that end a firm's short name (the 有限公司 dropped): X商贸有限公司 → X商贸.
TRADE_HEADS = ("油田", "商贸", "物流", "酒业", "乳业", "药业", "实业", "置业", "矿业", "煤业", "化工",
               "石化", "炼化", "橡胶", "轮胎", "钢铁", "铝业", "科技", "餐饮", "肉业", "电子", "能源",
               "股份", "控股", "重工", "制药", "纺织", "啤酒", "化学", "机械",
               # more trades written X业 in short firm names (甲塑业, 乙纸业)
               "塑业", "纸业", "铜业", "茶业", "牧业", "棉业", "木业")
# Trade words that also name an industry (甲医药 a firm, 江城医药 the city's industry): their
# trade name must be a proper word and hold no place.
SECTOR_TRADES = ("医药", "医疗", "食品", "汽车", "电气", "电器", "光电", "建材")
# What ends an item that is no firm's short name: a bare head or trade (集团, 药业) or a
# building's head (某某商厦, 某某大楼: Projects).
LISTED_NOT_FIRM = ORGANIZATION_HEADS + TRADE_HEADS + SECTOR_TRADES + PROJECT_STRICT_HEADS + PROJECT_HEADS
# A trade word that begins a longer name or a kind of thing: 物流园, 科技创新, 化工园区,
# 商贸商业区 (an area).
TRADE_GOES_ON = re.compile(r"(?:园|产业|基地|商业|商务|商圈|[区带街城]|项目|工程|企业|行业|领域|装备|创新|服务|体系|市场|"
                           r"中心|人才|成果|政策|资源|安全|材料|专项|"
                           # an event named after a trade (甲科技大会, 乙科技论坛, 丙科技周)
                           r"大会|论坛|峰会|博览|展览|会展|节|周|赛|"
                           # a prize or award named after a trade (甲科技进步奖, 乙科技奖励大会); not a
                           # firm's subsidy (甲科技奖补资金, 乙科技奖金)
                           r"进步|奖(?![补金]))")
# Modifiers that make a kind of trade, not a firm (现代物流, 国际物流, 清洁能源), and
# roads, whose trade is an area's (云栖路商贸).
TRADE_KIND = re.compile(r"(?:[路街道]|现代|国际|区域|空港|航空|跨境|冷链|绿色|清洁|新|精细|高端|智慧|数字|农业|"
                        r"生物|信息|国防|刑侦|知名|电商|城市|全国|传统|新型)$")
FIRM_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "eng", "x"})


def trade_named_firms(ctx: Context):
    """A trade name (a proper word of two to four characters) then a trade word is a firm,
    an Organization: 金禾商贸、江丰物流等企业, 支持青溪油田稳产. Not a kind of trade
    (现代物流, 清洁能源) nor the front of a park or project (江丰物流园, 金禾化工项目)."""
    text, words = ctx.text, ctx.words
    for start, head_start, end in ctx.head_spans(TRADE_HEADS + SECTOR_TRADES, limit=6):
        name = text[start:end]
        if not (2 <= head_start - start <= 4) or TRADE_KIND.search(text[start:head_start]) or _generic(ctx, start, end):
            continue
        if TRADE_GOES_ON.match(text, end) or not words.is_boundary(start) or _opens_project_name(ctx, end):
            continue
        if _sector_name(ctx, start, head_start) if text.startswith(SECTOR_TRADES, head_start) \
                else _trade_name(ctx, start, head_start):
            yield Candidate(start, end, "Organization", f"organization:trade:{text[head_start:end]}", 0.6)


# A project's or plant's name ahead in the same clause: 甲科技|高端颜料项目.
PROJECT_AHEAD = re.compile(r"[^，。；、,;：:\n]{1,12}?(?:项目|工程)")


def _opens_project_name(ctx: Context, end: int) -> bool:
    """The trade word goes on, without a verb, into the name of a project or plant in the
    same clause (甲科技高端颜料项目, 乙啤酒迁址新建等项目): the firm is the front of the
    project's name, not named on its own."""
    return end < len(ctx.text) and ctx.words.is_boundary(end) \
        and ctx.words.tags[ctx.words.index_at(end)] != "v" and bool(PROJECT_AHEAD.match(ctx.text, end)) \
        or _opens_store_name(ctx, end)


# A store or mall named after the firm, nouns only in between: 甲电器|乙城店, 丙建材|家居旗舰店.
STORE_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:店|商场|商城|卖场|超市)")


def _opens_store_name(ctx: Context, end: int) -> bool:
    """The trade word goes on, through nouns only, into a store's name (甲电器乙城店, 丙建材
    家居旗舰店): the store is named, the firm is the front of its name. The word holding the
    store head is not tested (jieba tags 旗舰店 a verb)."""
    match = STORE_AHEAD.match(ctx.text, end)
    return bool(match) and ctx.words.is_boundary(end) and not any(
        ctx.words.words[i] in NAME_BREAKERS or ctx.words.tags[i].startswith(("v", "p", "c", "u", "d"))
        for i in ctx.words.indices(end, match.end())[:-1])



def _trade_name(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] is one trade name: a proper or unknown word, or a place."""
    return _holds_name_word(ctx, start, end) or any(start <= p.start and p.end <= end for p in ctx.places)


def _sector_name(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] names a firm before a word that is also an industry: a proper
    or unknown word and no place (江城医药 is the city's industry, no firm), and the industry
    word not the tail of a word that opens inside the name (国家|中医药; 某力电器 as one word stays)."""
    opens = ctx.words.starts[ctx.words.index_at(end)]
    return _holds_name_word(ctx, start, end) and (opens == end or opens <= start) \
        and not any(p.start < end and start < p.end for p in ctx.places)


def _holds_name_word(ctx: Context, start: int, end: int) -> bool:
    return any(ctx.words.tags[i] in FIRM_NAME_TAGS for i in ctx.words.indices(start, end))


# --- firms listed before a count of firms or banks: 甲、乙、丙3家银行进驻 ------------------------

# 家 or 户 (the northern counter of firms), then up to a short class description
# (2户省级“专精特新”企业).
COUNTED_TAIL = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?:\d+|[两三四五六七八九十]+)[家户]"
                          r"[^，。；、,;：:\n]{0,10}?(?:银行|企业|公司|金融机构|上市公司)")


def counted_firm_lists(ctx: Context):
    """Items of a 、-list closed by a count of banks or firms without 等 are firms:
    江城、浦西、广南3家银行进驻 → each. Two or more items, each reading as a name
    (煤炭、电力2家企业 lists sectors)."""
    for match in COUNTED_TAIL.finditer(ctx.text):
        if ctx.text[match.start() - 1] == "等":
            continue  # 甲、乙等8家银行: enterprise_lists reads it
        items = _list_before(ctx, match.start())
        if len(items) > 1 and all(_firm_like(ctx, s, e) for s, e in items):
            for start, end in items:
                yield Candidate(start, end, "Organization", "organization:counted-list", 0.65)


# --- a province's or city's investment firm by its short form: 甲省交投, 乙市城投 -------------------

# The two-character short forms of local state investment firms: 交投 (交通投资), 城投 (城市建设
# 投资), 旅投, 文投, 产投, 能投, 水投, 铁投, 建投; not 投资, 投入, 投产, 投放, 投运, 投标.
INVESTMENT_SHORT = re.compile(r"[交城旅文产能水铁建]投(?![资入产放运标向])")
FULL_FIRM_AFTER = re.compile(r"集团|公司|有限")


def investment_short_forms(ctx: Context):
    """A province or city (a gazetteer place) right before the short form of its investment firm
    is that firm, an Organization: 与甲省交投建立战略合作 → 甲省交投 (乙市城投集团, the full name,
    is the head rule's)."""
    text = ctx.text
    for match in INVESTMENT_SHORT.finditer(text):
        place = next((p for p in ctx.places if p.end == match.start() and p.kind in ("province", "city")), None)
        if place and ctx.words.is_boundary(place.start) and not FULL_FIRM_AFTER.match(text, match.end()):
            yield Candidate(place.start, match.end(), "Organization", "organization:investment-short", 0.65)


# --- partners listed with a named firm: 与甲某某、乙通信集团建立战略合作 -------------------------

PARTNER_OPEN = re.compile(r"(?:与|同|和)$")
PARTNER_VERB = re.compile(r"^(?:建立|签订|签署|达成|开展|深化|共建|合作|签约|携手)")
FIRM_HEADS = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "银行")
FIRM_HEAD = re.compile("|".join(FIRM_HEADS))
TRADE_KIND_WORD = re.compile(r"企业|行业|产业")


def partner_lists(ctx: Context):
    """In 与A、B、C集团建立合作, the items listed with a firm (an item ending in 集团,
    公司, 银行) are firms too: 与江城恒远、河州通信集团签署协议 → 江城恒远. The list
    must open right after 与/同/和 and be followed by a verb of partnership."""
    text = ctx.text
    for match in FIRM_HEAD.finditer(text):
        end = match.end()
        if not PARTNER_VERB.match(text[end:end + 4]):
            continue
        items = _list_before(ctx, end)
        if len(items) < 2 or not PARTNER_OPEN.search(text[max(0, items[0][0] - 1):items[0][0]]):
            continue
        others, (last_start, _) = items[:-1], items[-1]
        if _named_firm(ctx, last_start, end) and all(_firm_like(ctx, s, e) and not _only_place(ctx, s, e)
                                                     for s, e in others):
            for start, stop in others:
                yield Candidate(start, stop, "Organization", "organization:partner-list", 0.6)


def _named_firm(ctx: Context, start: int, end: int) -> bool:
    """The last item is one named firm: no 等, not a kind (企业集团), a proper word."""
    name = ctx.text[start:end]
    head = next(h for h in FIRM_HEADS if name.endswith(h))
    return "等" not in name and len(name) - len(head) >= 2 and not GENERIC.match(name) \
        and not TRADE_KIND_WORD.search(name) and ctx.has_proper(start, end - len(head))


def _only_place(ctx: Context, start: int, end: int) -> bool:
    """An item that is a place and nothing more (北京), not a firm."""
    return (start, end) in ctx.place_spans


# --- companies by their legal form: 组建江城资产管理有限公司 ------------------------------------

LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
LEGAL_FORM = re.compile("|".join(LEGAL_FORMS))
# Verbs whose object is a company; the name runs from after the verb to the legal form.
COMPANY_VERBS = re.compile(r"(?:组建|成立|设立|注册|增资|注资|引进|引入|收购|并购|重组|入股|控股|"
                           r"挂牌|培育|支持|推动|扶持|推进|与|同|由)$")
IN_FIRM_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}$")


def legal_form_companies(ctx: Context):
    """A company named with its legal form takes every word back to the verb whose
    object it is, trade and verbal nouns too (建设, 管理): 增资江城建设有限公司 →
    江城建设有限公司. Nothing when no such verb opens the name in the same clause."""
    text = ctx.text
    for match in LEGAL_FORM.finditer(text):
        head_start, end = match.span()
        clause = _clause_start(text, head_start, 24, default=max(0, head_start - 24))
        for start in range(clause + 1, head_start - 1):
            if COMPANY_VERBS.search(text[clause:start]) and ctx.words.is_boundary(start) \
                    and IN_FIRM_NAME.match(text[start:head_start]):
                name = text[start:end]
                if not GENERIC.match(name) and not _holds_stop_word(ctx, start, head_start):
                    yield Candidate(start, end, "Organization", "organization:legal-form", 0.75)
                break


NAME_BREAKERS = frozenset({"的", "和", "与", "及", "等", "或", "为", "在", "是", "对"})
BREAKER_TAGS = frozenset({"uj", "c", "p", "u", "r"})


def _holds_stop_word(ctx: Context, start: int, end: int) -> bool:
    """A function word inside (的, 和, 等): a phrase, not one name."""
    words = ctx.words
    return any(words.words[i] in NAME_BREAKERS or words.tags[i] in BREAKER_TAGS for i in ctx.words.indices(start, end))


# --- a firm named as the holder of an enterprise title: 江丰获评省“瞪羚企业” ----------------------

# A cue of honour, then a title that ends in a kind of enterprise, or a ranking of
# enterprises (“某国建材企业500强”), and ends the clause. 成为 is a cue only before the
# first or only one of a kind (成为全县首家…企业, 成为我县第一家“瞪羚”企业): a firm becomes one.
_PLAIN = r"[^，。；：,;:\n“”]"
_FIRM_KIND = r"(?:企业|公司)(?:\d+强|[十百千]强)?"
ENTERPRISE_TITLE = re.compile(rf"(?:获评|被评为|被认定为|被命名为|荣获|入选|"
                              rf"成为{_PLAIN}{{0,6}}(?:首家|第一家|唯一一家))"
                              rf"(?:{_PLAIN}{{0,12}}{_FIRM_KIND}|"
                              rf"{_PLAIN}{{0,6}}“[^“”]{{0,12}}{_FIRM_KIND}”|{_PLAIN}{{0,6}}“[^“”]{{1,12}}”{_FIRM_KIND})"
                              r"(?=[，。；：,;:、\n]|$)")
NOT_A_FIRM_SUBJECT = re.compile(r"企业|公司|单位|园区?|基地|[\d一二两三四五六七八九十百千]+[家个项]|[等和与及]|"
                                r"[省市区县镇乡村旗州]$|街道|社区")


def honoured_firms(ctx: Context):
    """The subject of an honour whose title is a kind of enterprise is a firm:
    江丰获评省“瞪羚企业”, 云岭科技被评为国家高新技术企业 → 江丰, 云岭科技. The subject
    opens its clause and is one short name: not a count (3家企业), a place or a park."""
    text = ctx.text
    for match in ENTERPRISE_TITLE.finditer(text):
        cue = match.start()
        start = _clause_start(text, cue, 12)
        if start is not None and _subject_name(ctx, start, cue):
            yield Candidate(start, cue, "Organization", "organization:honoured-firm", 0.6)


DETERMINER = re.compile(r"[全各该本每这那其此我]")


def _subject_name(ctx: Context, start: int, end: int) -> bool:
    """One short name as the subject of an honour: not a count (3家企业), a determiner (各),
    a place, a park or a phrase with a function word."""
    name = ctx.text[start:end]
    return bool(FIRM_CHARS.match(name)) and not DETERMINER.match(name) and not NOT_A_FIRM_SUBJECT.search(name) \
        and name not in STOP_WORDS and not _holds_stop_word(ctx, start, end) and not _only_place(ctx, start, end) \
        and ctx.words.is_boundary(end)


# --- firms listed with a firm as the holders of enterprise titles: 甲生物、乙药业分别被评为…企业 ------

HONOURED_LIST = re.compile(r"(?:分别|先后|均|同时)?(?:获评|被评为|被认定为|被命名为|荣获|入选)[^。；;\n]{0,40}?(?:企业|公司)")


def honoured_firm_lists(ctx: Context):
    """Items listed (、) with a firm another rule found, as the subject of enterprise titles,
    are firms: 江丰生物、云岭药业分别被评为省…示范企业 → 江丰生物. Each item opens the clause
    or follows 、, is a short name (no count, place, park, function word)."""
    text = ctx.text
    firms = {(c.start, c.end) for c in ctx.cache.get("found", ()) if c.type == "Organization"}
    for match in HONOURED_LIST.finditer(text):
        items = _subject_items(ctx, match.start())
        if len(items) < 2 or not any(item in firms for item in items):
            continue
        for start, end in items:
            if (start, end) not in firms and _plain_firm_name(ctx, start, end):
                yield Candidate(start, end, "Organization", "organization:honoured-list", 0.6)


def _subject_items(ctx: Context, cue: int) -> list[tuple[int, int]]:
    """The 、-items from the clause start to the cue; empty unless the clause is only a list."""
    clause = _clause_start(ctx.text, cue, 40)
    if clause is None or "、" not in ctx.text[clause:cue]:
        return []
    return _items(ctx.text, clause, cue)


def _plain_firm_name(ctx: Context, start: int, end: int) -> bool:
    name = ctx.text[start:end]
    return len(name) <= 6 and not CATEGORY_END.search(name) and not GENERIC.match(name) \
        and ctx.words.is_boundary(start) and _subject_name(ctx, start, end)


# --- a research station named after its host or field: 甲铝业院士工作站 --------------------------

RESEARCH_STATION = re.compile(r"(?:院士|博士后|专家)(?:科研|创新)?工作站")


def research_stations(ctx: Context):
    """An academician's, post-doctoral or experts' station with a name before it (its host
    firm or its field) is an Organization: 甲铝业院士工作站挂牌, 全省首家乙药领域院士工作站
    落户 → the whole name. Not a bare station (新建院士工作站3个, 省级博士后工作站: no name
    word before it) nor a class (高校, 企业: one everyday word), count or place alone before it."""
    for match in RESEARCH_STATION.finditer(ctx.text):
        head_start = match.start()
        start = ctx.words.name_start(head_start, limit=8)
        if 2 <= head_start - start <= 8 and _subject_name(ctx, start, head_start) \
                and not GENERIC.match(ctx.text[start:head_start]) and not _everyday_word(ctx, start, head_start) \
                and ctx.words.is_boundary(match.end()):
            yield Candidate(start, match.end(), "Organization", "organization:research-station", 0.6)


# --- a flagship store named after its brand or products: 甲省绿色食品旗舰店 ------------------------

# The scope a store is counted in, no part of its name: 进入全国|甲省绿色食品旗舰店.
SCOPE = re.compile(r"(?:全国|全省|全市|全区|全县)?")


def flagship_stores(ctx: Context):
    """A flagship store with its name before it (a brand, a place's products) is an Organization,
    the shop that trades: 进入甲省绿色食品旗舰店, 乙城陶瓷官方旗舰店上线 → the store. The name
    is two words or more, a name word among them (a brand or place and its goods); a kind
    (品牌旗舰店, 线上旗舰店) or a platform alone (某猫旗舰店) names no one store."""
    for start, head_start, end in ctx.head_spans(("官方旗舰店", "旗舰店"), limit=12):
        start += len(SCOPE.match(ctx.text, start, head_start).group())  # 全国|甲省…旗舰店: the scope
        front = ctx.text[start:head_start]
        if 2 <= len(front) <= 10 and len(ctx.words.indices(start, head_start)) >= 2 \
                and ctx.has_proper(start, head_start) and not DETERMINER.match(front) \
                and not NOT_A_FIRM_SUBJECT.search(front) and not _holds_stop_word(ctx, start, head_start) \
                and not _only_place(ctx, start, head_start) and not _everyday_word(ctx, start, head_start):
            yield Candidate(start, end, "Organization", "organization:flagship-store", 0.6, also="Project")


# --- a firm's branch or a university's institute in a place: 中国某某银行江城分行 ----------------

BRANCH = re.compile(r"分行|支行|分公司|营业部|研究院|分院|分校|校区")
PARENT_HEADS = ("银行", "集团", "公司", "保险", "证券", "大学", "学院", "师大")


def branches(ctx: Context):
    """A firm or a university, a place and 分行/支行/分公司 (研究院/分院/分校/校区) is its unit
    there, one Organization: 中国某某银行江城分行, 某某保险江城分公司, 北原大学江城研究院.
    The parent ends in a firm or school head right before the place; the place comes from
    the gazetteer."""
    for match in BRANCH.finditer(ctx.text):
        place = next((p for p in ctx.places if p.end == match.start() and p.kind != "country"), None)
        if place is None or not ctx.words.is_boundary(match.end()):
            continue
        start = _branch_parent_start(ctx, place.start)
        if start is not None:
            yield Candidate(start, match.end(), "Organization", "organization:branch", 0.85)


def _branch_parent_start(ctx: Context, end: int) -> int | None:
    """Where the parent ending at ``end`` begins: a central firm of the general list, else a
    name of two or more characters before a firm or school head (not a generic one)."""
    listed = _listed_firm_start(ctx, end)
    head = next((h for h in PARENT_HEADS if ctx.text.endswith(h, 0, end)), None)
    if listed is not None or head is None:
        return listed
    start = _parent_start(ctx, end - len(head))
    named = end - start - len(head) >= 2 and not GENERIC.match(ctx.text[start:end])
    return start if named else None


def _listed_firm_start(ctx: Context, end: int) -> int | None:
    """Start of a central firm of the general list (kind soe) ending at ``end``: 中国某信."""
    pattern, forms = _body_forms()
    for match in pattern.finditer(ctx.text, max(0, end - 12), end):
        if match.end() == end and forms[match.group()].kind == "soe" and ctx.words.is_boundary(match.start()):
            return match.start()
    return None


# --- a numbered unit of a central firm: 中某三局, 中某二航局 ----------------------------------------

NUMBERED_UNIT = re.compile(r"[一二三四五六七八九十]{1,3}(?:航务工程局|工程局|航局|局|设计院|研究院|院|公司)")


def numbered_units(ctx: Context):
    """A central firm of the general list named short and a numbered bureau, institute or
    company is its subsidiary, one Organization: 中某三局, 中某一局, 中某二航局, 中某五公司
    (construction groups number their bureaus). Not a bureau of a government (国家某某局)."""
    for match in NUMBERED_UNIT.finditer(ctx.text):
        start = _listed_firm_start(ctx, match.start())
        if start is not None and ctx.words.is_boundary(match.end()):
            yield Candidate(start, match.end(), "Organization", "organization:numbered-unit", 0.85)


def _parent_start(ctx: Context, head_start: int) -> int:
    """Where the parent firm's name begins: a form of the general list ending at the head's
    end (中国某某银行), else the noun chunk before the head."""
    pattern, _ = _body_forms()
    end = head_start + next(len(h) for h in PARENT_HEADS if ctx.text.startswith(h, head_start))
    for match in pattern.finditer(ctx.text, max(0, end - 12), end):
        if match.end() == end:
            return match.start()
    return ctx.words.name_start(head_start, limit=10)


# --- a power producer named before its plant's capacity: 某能20万千瓦风电 ------------------------

CAPACITY = re.compile(r"[\d.]+(?:[×*][\d.]+)?万?(?:千瓦|兆瓦)")
POWER_KINDS = re.compile(r"风电|光伏|热电|火电|水电|发电|储能|机组|电站|电厂|核电")
PRODUCER_TAGS = frozenset({"nz", "nt", "j", "nr", "nrt", "nrfg"})
ITEM_OPEN = frozenset("、，。；：,;:")


def capacity_producers(ctx: Context):
    """A proper word (2-4 characters) that opens a list item or follows a verb, right before a
    plant's capacity, when a power kind closes the phrase, is the firm that builds or runs
    it: 推进某电2×35万千瓦热电联产, 甲能2万千瓦、乙能20万千瓦风电并网 → 甲能, 乙能. Not a
    power kind (光伏50万千瓦), a place, or a word inside a longer name (某某发电厂100兆瓦)."""
    text, words = ctx.text, ctx.words
    for match in CAPACITY.finditer(text):
        i = words.index_at(match.start() - 1) if match.start() > 0 else -1
        if i < 0 or words.ends[i] != match.start():
            continue
        start, word = words.starts[i], words.words[i]
        clause_end = CLAUSE_START.search(text, match.end())
        rest = text[match.end():clause_end.start() if clause_end else len(text)]
        if 2 <= len(word) <= 4 and words.tags[i] in PRODUCER_TAGS and not POWER_KINDS.search(word) \
                and POWER_KINDS.search(rest) and _opens_item(ctx, i) \
                and not any(p.start <= start and words.ends[i] <= p.end for p in ctx.places):
            yield Candidate(start, words.ends[i], "Organization", "organization:capacity-producer", 0.6)


def _opens_item(ctx: Context, i: int) -> bool:
    """The word opens a list item or a clause, or follows a verb (推进|某电)."""
    words = ctx.words
    if i == 0:
        return True
    before, tag = words.words[i - 1], words.tags[i - 1]
    return before[-1] in ITEM_OPEN or tag.startswith("v")


# --- a forum or summit held is an event, no organization: 举办江海论坛 --------------------------

GATHERING_HEADS = ("论坛", "峰会")
# The clause opens by holding it (成功举办, 办好, 承办…), or a list closed by 等…活动 holds it.
HOLDING_CLAUSE = re.compile(r"(?:成功|继续|精心|高水平)?(?:举办|办好|承办|举行|召开|主办|筹办)")
EVENT_LIST_TAIL = re.compile(r"[^，。；,;]{0,20}?等[^，。；,;]{0,10}?(?:活动|会议|赛事|盛会|展会)")


def held_gatherings(ctx: Context, candidate) -> bool:
    """Veto: a forum or summit the report holds (成功举办江海论坛; 办好甲会、江海论坛等创新活动)
    is an event, a Program's business, no Organization. A standing forum of the general
    list (an international body) is no head-rule candidate and stays."""
    if candidate.type != "Organization" or not candidate.rule.startswith("organization:head:") \
            or not ctx.text.endswith(GATHERING_HEADS, candidate.start, candidate.end):
        return False
    text = ctx.text
    opens = _clause_start(text, candidate.start, 30, default=max(0, candidate.start - 30))
    return bool(HOLDING_CLAUSE.match(text, opens)) or bool(EVENT_LIST_TAIL.match(text, candidate.end))


# 驻 and a short place before the armed forces: the units stationed there (向驻甲人民解放军、
# 武警官兵致敬), a class the report thanks, no one body.
STATIONED = re.compile(r"驻[\u4e00-\u9fff]{1,3}$")


def stationed_forces(ctx: Context, candidate) -> bool:
    """Veto: 驻甲人民解放军 names the forces stationed in 甲, a class reference (like 驻区部队),
    not the armed forces as a body; 人民解放军 on its own stays."""
    return candidate.rule == "organization:list:armed" and \
        bool(STATIONED.search(ctx.text, max(0, candidate.start - 4), candidate.start))


# A listed body opening a 《》 title that goes on without 关于 names the document's subject:
# 《某党纪律条例》; the issuer of 《某院关于…的意见》 stays.
ISSUER_AFTER = re.compile(r"关于|[、和与及]")


def titled_bodies(ctx: Context, candidate) -> bool:
    """Veto: a body of the general list right after 《 and not followed by 关于 (or another
    issuer) is part of the document's name, no mention of the body."""
    text = ctx.text
    return candidate.rule.startswith("organization:list:") and text[candidate.start - 1:candidate.start] == "《" \
        and text[candidate.end:candidate.end + 1] != "》" and not ISSUER_AFTER.match(text, candidate.end)
