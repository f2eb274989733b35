"""Projects: buildings, complexes, parks, facilities and named capital projects.

A strict head names a building whatever the modifier (商贸金融大厦); other heads
(工程, 项目, 中心, 小学…) need a proper noun in the modifier (柳湾小学改造工程),
so an unnamed facility (2所学校食堂, 区级老年人活动中心) is not an entity.
"""
from __future__ import annotations

import re

from .context import Context
from .lexicon import FACILITY_HEADS, PROJECT_HEADS, PROJECT_STRICT_HEADS
from .words import PROPER_WORD_TAGS, tag_of
from .pipeline import Candidate

GENERIC_MODIFIER = re.compile(r"^(?:[全各该本每多两几数新老旧大小]|[一二三四五]?星级|自治区级|省级|国家级|大型|中型|小型|"
                              r"中小|改扩建|老年|普惠性|高速|城际|特色|零碳|智慧|绿色|数字|高品质|对外开放|道路|重大|[\d一二三四五六七八九十百千万]+[个所座处项批家条]|"
                              r"重点|主要|城市|农村|社区|公共|民生|惠民|相关|有关|其他|一批|区级|市级|县级|"
                              r"标准化|保障性|老旧|民用|通用|综合|文化|体育|基础|配套|产业|商业|服务|"
                              r"大规模|规模化|高标准)")
# Items of an administrative act are a category, not something built: 省政府定价项目,
# 市级审批项目, 政府投资项目, 行政收费项目.
ACT_ITEMS = re.compile(r"(?:定价|审批|核准|备案|收费|许可|补贴|补助|资助|扶持|考核|投资)项目$")
# Pure counts or descriptive labels before a generic head: 12个米袋子项目, 重点项目;
# a count of flats or blocks (500套人才公寓) is housing, not one building.
COUNTED = re.compile(r"^[\d一二三四五六七八九十百千万余多]+[个项批所座处家条套栋幢间]")
# A count of a class opens no name: 三大|公立医院, 四大|产业园 (a place that opens with one, 五大连池, stays).
COUNT_CLASS = re.compile(r"[一二两三四五六七八九十]+大")
# A batch ordinal opens a designation (第二批…创业创新基地), and a first-of-its-kind or a sum
# inside the name makes a description (甲市首个300亿元园区 is what a park became), not a name.
DESCRIPTION = re.compile(r"^第[\d一二三四五六七八九十]+批|首[个家座批]|唯一|[\d.]+(?:万|亿)元(?!的)|(?:重大|重点)(?:基地|项目|工程|园区)$")


# A list mark or a count inside a name makes it several things: 甲及乙广场, 甲路两处市民公园, 甲园等五大园区,
# 甲孵化园5大园区 (figures before 大 count, unless a model code holds them: AB321大型客机).
SEVERAL_INSIDE = re.compile(r"[及、，,]|等[\d两二三四五六七八九十]|.[两二三四五六七八九十]+[个处座所家条]|(?<![A-Za-z\d])\d+[个处座所家条大]")


def find(ctx: Context):
    """Project candidates ending in a project head."""
    text = ctx.text
    strict = set(PROJECT_STRICT_HEADS)
    for start, head_start, end in ctx.head_spans(PROJECT_STRICT_HEADS + PROJECT_HEADS, limit=16):
        name, head = text[start:end], text[head_start:end]
        if _counted(ctx, start, name) or len(name) <= len(head) + 1 or SEVERAL_INSIDE.search(name):
            continue
        if _runs_on(text, head, end):
            continue  # 江城高铁|站, 区域中心|城市: the word goes on
        if _generic_start(ctx, start, name):
            continue
        start, sized = _after_size(ctx, start, head_start)
        if sized and not ctx.has_proper(start, head_start):
            continue  # 11万亩田园综合体: a size and a kind; 170公里甲乙绿道 keeps its name
        start = _range_start(ctx, _after_road(text, start, head_start),
                             ((p.start, p.end) for p in ctx.places if p.kind != "country"))
        located = start  # a named zone cut off below still makes the facility a named one
        start = _after_zone(ctx, start, head_start, head in strict)
        if head in strict and not _generic_only(name, head):
            yield Candidate(start, end, "Project", f"project:strict:{head}", 0.75)
        elif head in ABSTRACT_HEADS and not ctx.has_place_or_name(start, head_start):
            continue  # 文化遗产数字化工程 is a scheme; 柳湾小学改造工程 is built somewhere
        elif _market(ctx, start, head_start, head):
            continue  # 开拓香港市场, 国内汽车市场: where goods are sold, not a market hall
        elif _proper_modifier(ctx, located, head_start) or _phase_of_building(text, start, head_start, head):
            yield Candidate(start, end, "Project", f"project:head:{head}", 0.6)


def _counted(ctx: Context, start: int, name: str) -> bool:
    """A count opens the words (12个…项目, 三大|公立医院), unless a place that opens with the
    count is the name's first word (五大连池…)."""
    if COUNTED.match(name):
        return True
    found = COUNT_CLASS.match(name)
    return found is not None and not any(s == start and e > start + found.end() for s, e in ctx.place_spans)


def _proper_modifier(ctx: Context, start: int, head_start: int) -> bool:
    """Whether the words before the head hold a proper word. A name that is one dictionary word
    opening with a common word (高级|中学 as 高级中学, 公立|医院 as 公立医院: jieba tags such class
    words as names) holds none; one that opens with a name (甲乙|医院 as one word) does, and words
    before the class word (甲乙|社区卫生服务中心) are tried as before."""
    words = ctx.words
    i = words.index_at(head_start)
    if words.starts[i] == start < head_start and tag_of(ctx.text[start:head_start]) not in PROPER_WORD_TAGS:
        return False
    return ctx.has_proper(start, head_start)


# Where goods are sold, written before a bare 市场: a scope (国内, 海外) or a country, province
# or city (香港市场, 国内汽车市场 with a trade word between); a road's market (甲乙路市场) is a hall.
MARKET_SCOPE = re.compile(r"(?:国内|国外|国际|海外|境外|境内|省外|省内|区外|全球|外地|本地|周边|中外|内外)")
MARKET_PLACE_KINDS = frozenset({"country", "province", "city"})


def _market(ctx: Context, start: int, head_start: int, head: str) -> bool:
    """A bare 市场 after a scope word or a country, province or city (and at most a trade word)
    is a market one sells into, not a market hall."""
    if head != "市场":
        return False
    if MARKET_SCOPE.match(ctx.text, start, head_start):
        return True
    return any(p.start == start and p.kind in MARKET_PLACE_KINDS and head_start - p.end <= 4 for p in ctx.places)


def _phase_of_building(text: str, start: int, head_start: int, head: str) -> bool:
    """甲乙智能装备产业园|一期: a phase after a name on a strict head is a phase of that named
    building or park, proper word or not (商业广场一期: a generic name stays out)."""
    if not PHASE.fullmatch(head):
        return False
    building = text[start:head_start]
    strict = next((h for h in PROJECT_STRICT_HEADS if building.endswith(h)), None)
    return strict is not None and not _generic_only(building, strict)


def _runs_on(text: str, head: str, end: int) -> bool:
    """The head is the first half of a longer word: 高铁|站, 中心|城市 (a city's role), 中心|城区,
    隧道|群 (a group of works along a line, not one), 地铁|3号线 (one numbered line of the network),
    高铁|时代 (an era the city entered), 产业园|区 (a zone class the head table lacks)."""
    return text.startswith(("站", "群", "时代"), end) or head.endswith("中心") and text.startswith(("城市", "城区"), end) \
        or head.endswith("园") and text.startswith("区", end) or NUMBERED_LINE.match(text, end) is not None


# A line's number after the network's name: 甲城地铁|2号线 is one line of the network (the longer name is the head rules' own).
NUMBERED_LINE = re.compile(r"[\d一二三四五六七八九十]{1,3}号线")


def _generic_start(ctx: Context, start: int, name: str) -> bool:
    """Whether the name opens with a generic modifier (重点项目, 新|大楼); a size or age
    character that begins a longer word opens a proper name (新华港…码头, 大甲…风电), and so does
    any one-character modifier that begins a place word (两江|生物医药园)."""
    found = GENERIC_MODIFIER.match(name)
    if found is None:
        return False
    words = ctx.words
    i = words.index_at(start)
    first = words.words[i] if words.starts[i] == start else ""
    if len(first) > 1 and len(found.group()) == 1 and words.tags[i] == "ns":
        return False  # 两江|…: a place word that opens with a count character is a name
    return not (found.group() in SIZE_CHARS and len(first) > 1 and not GENERIC_MODIFIER.fullmatch(first))


SIZE_CHARS = frozenset("新老旧大小")
# A zone written before a facility is where it stands: 工业园区|甲钢中央公园, 乙河工业区|丙丁大厦.
ZONE_PREFIX = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:工业园区|产业园区|工业区|产业区|经济开发区|开发区|高新区)")


def _after_zone(ctx: Context, start: int, head_start: int, strict: bool) -> int:
    """Cut a leading zone off a facility name when a name of its own remains (a proper
    word, or a strict head with two characters before it)."""
    found = ZONE_PREFIX.match(ctx.text, start, head_start)
    if found is None or head_start - found.end() < 2:
        return start
    rest = found.end()
    named = strict or ctx.has_proper(rest, head_start) or _named_zone(ctx, start, rest)
    return rest if named and not GENERIC_MODIFIER.match(ctx.text[rest:head_start]) else start


ZONE_CLASS_WORDS = frozenset("工业园区 产业园区 工业区 产业区 经济开发区 开发区 高新区".split())


def _named_zone(ctx: Context, start: int, end: int) -> bool:
    """The zone before a facility is one the place rules found under its own name (甲乙工业区
    |丙丁学校): the facility's words after it are its name, proper or not."""
    return ctx.text[start:end] not in ZONE_CLASS_WORDS and (start, end) in place_spans(ctx)


# A road named before a bridge or tunnel of its own name is where it runs, not its name:
# 临江大道二七长江大桥至建设路 runs along the avenue from the bridge.
ROAD_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:大道|大街|路)(?=[\u4e00-\u9fff]{4,}$)")
CROSSING_HEADS = ("大桥", "桥", "隧道", "立交")


def _after_road(text: str, start: int, head_start: int) -> int:
    if not text.startswith(CROSSING_HEADS, head_start):
        return start
    found = ROAD_BEFORE.match(text[start:head_start])
    return start + found.end() if found else start


def _range_start(ctx: Context, start: int, places) -> int:
    """甲地至乙地铁路项目: a line between two places is named by both; ``places`` are
    the (start, end) spans that may open it."""
    if start < 2 or ctx.text[start - 1] not in "至到":
        return start
    return next((s for s, e in places if e == start - 1), start)


def place_spans(ctx: Context):
    """(start, end) of each gazetteer place, then of each Place an earlier rule found."""
    yield from ((p.start, p.end) for p in ctx.places)
    yield from ((c.start, c.end) for c in ctx.cache.get("found", ()) if c.type == "Place")


ABSTRACT_HEADS = ("工程", "项目", "改造工程", "改造项目", "建设项目")
PLACE_QUANTITY = re.compile(r"([\d.]+(?:万|千|百)?(?:亩|吨|平方米|千瓦|头|只|套|户|床))"
                            r"([\u4e00-\u9fff]{2,10}?)(?=[，。、；,;和等]|项目|工程)")


def place_quantity(ctx: Context):
    """前进镇2万亩高效灌溉: a place, a quantity and a facility make a named project."""
    text = ctx.text
    for place in ctx.places:
        found = PLACE_QUANTITY.match(text, place.end)
        if found and place.kind in ("township", "county"):
            yield Candidate(place.start, found.end(), "Project", "project:place-quantity", 0.6)


def _generic_only(name: str, head: str) -> bool:
    """A strict head with only a generic modifier: 商业广场, 文化广场, 新大楼."""
    modifier = name[: len(name) - len(head)]
    return len(modifier) < 2 or GENERIC_MODIFIER.fullmatch(modifier) is not None


HEAD_RULES = ("project:head:", "project:strict:", "project:facility:")


def description(ctx: Context, c: Candidate) -> bool:
    """Veto: a head name holding a batch ordinal, a first-of-its-kind or a sum describes
    what a place became (第二批…创业创新基地, 某市首个300亿元园区, …重大基地), it names nothing."""
    return c.type == "Project" and c.rule.startswith(HEAD_RULES) and DESCRIPTION.search(ctx.text[c.start:c.end]) is not None


def act_items(ctx: Context, c: Candidate) -> bool:
    """Veto: the items of an administrative act are a category, not something built
    (省政府定价项目减少三成, 压减市级审批项目); 江城医院远程医疗项目 stays."""
    return c.type == "Project" and ACT_ITEMS.search(c.name or ctx.text[c.start:c.end]) is not None


def class_noun(ctx: Context, c: Candidate) -> bool:
    """Veto: a project head right after 等 is the class noun of a list, not a name
    (确保银泰广场、金桂等商贸综合体开工建设: 商贸综合体 names the kind)."""
    return c.type == "Project" and ctx.text[max(0, c.start - 1):c.start] == "等"


# What stands before a class of facilities rather than one facility: a scope (全省|支线机场), a rank
# (国家级|甲乙服务产业园), a batch or count after a list (等一批|精品公园), a superlative (最大的|临港仓储基地).
CLASS_SCOPE = re.compile(r"(?:[全各][省市区县国州旗]|(?:国家|自治区|省|市|县|区)级|等?一批|"
                         r"[\d一二两三四五六七八九十]+[个座处所家条大]|最[\u4e00-\u9fff]{1,2}的)$")


def class_scope(ctx: Context, c: Candidate) -> bool:
    """Veto: a head name without a proper word right after a scope, rank, batch or superlative
    names the class (在全省支线机场中, 建设一批精品公园, 成为最大的物流基地); a proper word keeps
    it (省级青松工业园区 is a park ranked by the province)."""
    if c.type != "Project" or not c.rule.startswith(HEAD_RULES):
        return False
    head_start = c.end - len(c.rule.split(":")[-1])
    return CLASS_SCOPE.search(ctx.text, max(0, c.start - 6), c.start) is not None \
        and not ctx.has_proper(c.start, head_start)


# Verbs of becoming that join two names into a clause: 青松物流园区晋升为自治区级物流园区.
BECOMING = re.compile(r"晋升为|升级为|成为|作为|列为|评为|改为|定为|建成为|打造为|命名为|获批|获准")


def clause_name(ctx: Context, c: Candidate) -> bool:
    """Veto: a project or place 'name' that holds a verb of becoming is a clause."""
    return c.type in ("Project", "Place") and BECOMING.search(ctx.text, c.start, c.end) is not None


# Works on a named river, road or square: 清溪河综合改造, 云栖路改造工程.
RENOVATED_HEADS = frozenset("河 江 湖 水库 路 街 大街 大道 巷 广场".split())
# A segment (西段) and a kind of works (升级改造, 拓宽改造) may come between: 滨河路西段升级改造.
RENOVATION = re.compile(r"(?:[东西南北中]段)?(?:综合|升级|提升|提质|拓宽|加宽|景观)?(?:改造|整治|治理|改建|改扩建|扩容)(?:工程|项目)?"
                        r"(?=[，。；,;、\n]|等)")


# Bridges found by the head rules: 甲江大桥加宽改造 is works done to the bridge.
RENOVATED_BRIDGES = ("project:strict:大桥", "project:strict:桥")


def _renovatable(c: Candidate, text: str) -> bool:
    """A river, road or square found by the place head rules, or a bridge or a line (甲乙高速|改扩建,
    丙丁铁路|扩容) found by the project rules."""
    if c.type == "Project":
        return c.rule in RENOVATED_BRIDGES or c.rule.startswith("project:head:") and text.endswith(LINE_HEADS, c.start, c.end)
    return c.type == "Place" and c.rule.startswith("place:head:") and c.rule.split(":")[-1] in RENOVATED_HEADS


def place_renovation(ctx: Context):
    """A river, road or square found by the place rules, then 综合改造 / 整治 / 治理
    closing the phrase: the works are a project named by the place (积极推进清溪河综合改造,)."""
    text = ctx.text
    for c in ctx.cache.get("found", ()):
        if not _renovatable(c, text):
            continue  # 商圈改造 renovates a district: no one work
        found = RENOVATION.match(text, c.end)
        if found:
            yield Candidate(c.start, found.end(), "Project", "project:place-renovation", 0.6, also="Program")


# A model code (letters and digits) and the kind of machine: an aircraft, a rocket…
MODEL = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4}-?\d{2,4}[A-Z]?)((?:大型|中型|支线|新型)?"
                   r"(?:客机|飞机|运输机|运载火箭|火箭|飞船|卫星|机型|盾构机|动车组|列车|航母))")
MILESTONE = re.compile(r"^(?:[\u4e00-\u9fff]{0,2})(?:下线|首飞|交付|试飞|发射|投入运营|入列|投运|总装)")


def model_projects(ctx: Context):
    """国产AB100大型客机首飞: a model code and a machine kind, then a milestone
    (下线, 首飞, 发射…), is a national engineering project named by both."""
    for match in MODEL.finditer(ctx.text):
        if MILESTONE.match(ctx.text[match.end():match.end() + 6]):
            yield Candidate(match.start(), match.end(), "Project", "project:model", 0.7)


ROUTE_WORKS = re.compile(r"(?:^|(?<=[，。；\n]))([\u4e00-\u9fff]{2,6}?)([东西南北中](?:、[东西南北中])+线)工程"
                         r"(?=通水|通车|通航|建成|竣工|开工|投产|全线)")


def route_works(ctx: Context):
    """甲水乙调西、中线工程通水: a clause that opens with a works name split into routes
    (东、中线) and then its completion is one project; the name before the routes is
    its canonical form, the whole text its alias."""
    for match in ROUTE_WORKS.finditer(ctx.text):
        start, end = match.start(1), match.end()
        yield Candidate(start, end, "Project", "project:routes", 0.7, name=match.group(1), group=start)


# Words that make a kind of school or station: 普通高中, 民办初中, 农村变电站, 城镇污水处理厂.
KIND_OF_FACILITY = re.compile(r"^(?:普通|公办|民办|示范性?|寄宿制|乡镇|城镇|县城|城区|农村|职业|特殊|完全|"
                              r"[\u4e00-\u9fff]{0,2}(?:级|型|性|式))")


# A list mark or a conjunction inside: several facilities, not one name.
FACILITY_LIST = re.compile(r"[及、，,和与]")


# A park written with 园 as a word of its own after its trade (甲乙生物医药|园, 丙丁木业加工|园): the
# chunker has no one head word there, so the trade words and the place or firm before them are the name.
BOUND_HEADS = ("园",)


def facility_heads(ctx: Context):
    """城东路高中, 江湾泵站, 市人民医院滨湖院区, 甲乙食品加工园: a proper name before a facility head
    names one facility; 普通高中, 3座泵站, 公立医院分院 name a kind."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(FACILITY_HEADS + BOUND_HEADS, limit=14):
        start, _ = _after_size(ctx, start, head_start)
        if head_start - start < 2 or _unnamed(ctx, start, head_start, text[start:end]) \
                or _inside_longer_head(text, start, end) or not _bound_head_alone(ctx, head_start, end):
            continue
        yield Candidate(start, end, "Project", f"project:facility:{text[head_start:end]}", 0.6)


# A size written before a facility (area, length): 11万亩|田园综合体, 170公里|甲乙绿道.
# A scale of output or investment is a size too: 千亿级|甲乙产业园, 超百亿|丙丁基地, 百万吨级|戊己港区.
SIZE_OPENING = re.compile(r"(?:[\d.]+(?:万|千|百)?(?:平方公里|平方米|平米|公顷|亩|公里|千米|米)|"
                          r"(?:超|近)?[\d十百千万]+(?:亿|万)(?:元|吨)?级|超[\d十百千万]+亿元?)")
SIZE_BEFORE = re.compile(SIZE_OPENING.pattern + "$")


def _after_size(ctx: Context, start: int, head_start: int) -> tuple[int, bool]:
    """Where the name begins after a size that opens the words or stands right before them, and
    whether there was one: a size describes a kind (11万亩田园综合体) unless a proper name follows it."""
    found = SIZE_OPENING.match(ctx.text, start, head_start)
    if found:
        return found.end(), True
    return start, SIZE_BEFORE.search(ctx.text, max(0, start - 12), start) is not None


def _bound_head_alone(ctx: Context, head_start: int, end: int) -> bool:
    """A bound head (园) names a park only as a word of its own (生物医药|园), not as the end of a
    longer word (公园, 家园: those are the other heads' or no one's)."""
    if ctx.text[head_start:end] not in BOUND_HEADS:
        return True
    i = ctx.words.index_at(head_start)
    return ctx.words.starts[i] == head_start and ctx.words.words[i] in BOUND_HEADS


def _unnamed(ctx: Context, start: int, modifier_end: int, name: str) -> bool:
    """Whether a facility's words name a kind or several, not one: a count, a list, a generic or
    kind word opening them, or no proper word before ``modifier_end``."""
    return _counted(ctx, start, name) or FACILITY_LIST.search(name) is not None \
        or _generic_start(ctx, start, name) or KIND_OF_FACILITY.match(name) is not None \
        or not _proper_modifier(ctx, start, modifier_end)


def _inside_longer_head(text: str, start: int, end: int) -> bool:
    """The name is the tail of a longer facility head, a kind (抽水|蓄能电站: the verb stops the
    chunker inside 抽水蓄能电站); the longer head names the facility with its own modifier."""
    return any(len(h) > end - start and text.endswith(h, 0, end) for h in FACILITY_HEADS)


# An investment sum before a name in 项目/工程: 总投资30亿元的某某动力电池项目.
INVESTED = re.compile(r"投资(?:额)?(?:约|超|达|近)?[\d.]+(?:万|亿)(?:元|美元)的"
                      r"([\u4e00-\u9fffA-Za-z0-9]{3,20}?(?:项目|工程|[一二三四]期))(?=[，。；、,;\n]|[\u4e00-\u9fff]{0,2}"
                      r"(?:开工|竣工|投产|建成|落地|签约|落户|顺利|正式|实现|全面|进展|主体|完工|投用))")


INVESTED_LIST = re.compile(r"[及、和与]|等")


def invested_projects(ctx: Context):
    """引进总投资30亿元的某某动力电池项目: a sum invested names one capital project, so a firm's
    name and its product before 项目 make the name even where no rule knows the firm."""
    text = ctx.text
    for match in INVESTED.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if GENERIC_MODIFIER.match(name) or COUNTED.match(name) or ACT_ITEMS.search(name) \
                or INVESTED_LIST.search(name) or not ctx.has_proper(start, end - 2):
            continue
        yield Candidate(start, end, "Project", "project:invested", 0.65)


# A route written as places joined by dashes, then the works: 甲—乙—丙500千伏输变电工程.
DASH = "—－-"
ROUTE_TAIL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.×]{0,12}?(?:工程|项目|高速公路|铁路|公路|高铁|城际铁路|管道|线路)"
                        r"(?![\u4e00-\u9fff]{0,2}(?:工程|项目|公路|铁路|管道|线路))")

ROUTE_BREAK = re.compile(r"[、，。；,;]")


def dash_routes(ctx: Context):
    """甲—乙—丙500千伏输变电工程, 甲－乙高速公路: places joined by dashes before the works
    name one line from end to end, not the works at the last place only."""
    text = ctx.text
    places = dict(place_spans(ctx))
    for start in sorted(places):
        if start > 0 and text[start - 1] in DASH:
            continue  # inside a route that starts further left
        end, stops = places[start], 1
        while end < len(text) - 1 and text[end] in DASH and end + 1 in places:
            end, stops = places[end + 1], stops + 1
        tail = ROUTE_TAIL.match(text, end) if stops >= 2 else None
        if tail and not ROUTE_BREAK.search(tail.group()):
            yield Candidate(start, tail.end(), "Project", "project:dash-route", 0.92)


# Heads of lines a segment can be cut from: 甲乙高铁|丙丁段, 甲江大道|北段.
LINE_HEADS = ("高速公路", "高速", "公路", "铁路", "城际铁路", "高铁", "快线", "快速路", "大道", "地铁", "轻轨", "客运专线", "客专")
# The segment: a compass side, two characters (the short names of its two ends), or 甲至乙;
# then a clause mark or what is done to it. Not a section of the road (路段, 标段, 全段).
SEGMENT = re.compile(r"(?:[东西南北中]|(?![一二三四五六七八九十全路标地区沿])[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4})段"
                     r"(?=[，。；、,;\n]|等|(?:[\u4e00-\u9fff]{0,2})(?:开工|建成|竣工|通车|贯通|完工|投用|扩容|改造|加快|顺利|全面|主体))")


def line_segments(ctx: Context):
    """甲乙高铁丙丁段建成通车, 甲江大道北段、…: a segment right after a named line (a Project or
    Place an earlier rule found) is a project of its own, part of the line."""
    text = ctx.text
    for c in ctx.cache.get("found", ()):
        if c.type not in ("Project", "Place") or not text.endswith(LINE_HEADS, c.start, c.end):
            continue
        found = SEGMENT.match(text, c.end)
        if found:
            also = "Place" if c.type == "Place" else None
            yield Candidate(c.start, found.end(), "Project", "project:line-segment:段", 0.7, also=also)


# A numbered facility standing as a list item or a clause's subject: 第四水厂、第五热力站.
ORDINAL_FACILITY = re.compile(r"(?:^|(?<=[、，。；：,;:\n]))第[一二三四五六七八九十]{1,3}"
                              r"(?:水厂|热力站|换热站|污水处理厂|净水厂|自来水厂|垃圾处理厂|变电站|泵站|"
                              r"小学|中学|高中|初中|幼儿园|医院|人民医院|中医院)(?=[、，。；,;和及与等]|投入|建成|竣工|开工)")


def ordinal_facilities(ctx: Context):
    """第四热力站、第五水厂等设施投入使用: an ordinal is the name of a numbered facility
    (not 第二批, not 第三产业: only facility heads count)."""
    for match in ORDINAL_FACILITY.finditer(ctx.text):
        yield Candidate(match.start(), match.end(), "Project", "project:ordinal-facility", 0.6)


# A rank word inside a facility's name: 甲乙二级水电站, 甲河流域国家级湿地公园.
RANK = re.compile(r"^(?:[一二三四五六七八九十]|国家|省|市|县|区)级$")


def ranked_facilities(ctx: Context):
    """甲乙二级水电站, 丙丁河流域国家级湿地公园: a rank word (b-tagged, it stops the chunker)
    between a proper name and a facility head is part of the name; the rank and the head
    alone (国家级湿地公园) are a kind."""
    text, words = ctx.text, ctx.words
    for match in ctx.heads(FACILITY_HEADS).finditer(text):
        head_start = match.start()
        end = head_start + len(match.group(1))
        i = words.index_at(head_start)
        if i == 0 or words.starts[i] != head_start or not words.is_boundary(end) or not RANK.match(words.words[i - 1]):
            continue
        rank_start = words.starts[i - 1]
        start = words.name_start(rank_start, limit=10)
        if start == rank_start or _unnamed(ctx, start, rank_start, text[start:end]):
            continue
        yield Candidate(start, end, "Project", f"project:ranked:{match.group(1)}", 0.6)


# A place in brackets inside a name, then the rest of the name up to a head: 甲乙电器(某州)智能制造基地.
BRACKETED_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fffA-Za-z0-9]{2,12}?)"
                             r"(?=[、，。；,;等(（]|$|(?:正式|顺利|全面|建成|开工|投产|投运|上线|落地|落户|竣工))")
BRACKET_HEADS = PROJECT_STRICT_HEADS + PROJECT_HEADS + FACILITY_HEADS
# A phase in brackets inside a name: 甲乙(一期)光伏项目.
PHASE = re.compile(r"[一二三四五六七八九十\d]期")


def bracketed_projects(ctx: Context):
    """甲乙电器(某州)智能制造基地, 甲乙(某州)云计算数据中心, 丙丁(一期)光伏项目: a firm's or region's
    name, the place it builds in or the phase set in brackets, and a project head make one name,
    which the chunker breaks at the bracket; the bracket must hold a known place or a phase and
    the opening a proper word."""
    text = ctx.text
    for match in BRACKETED_PLACE.finditer(text):
        phased = PHASE.fullmatch(match.group(1)) is not None  # 甲节能(一期): a verb may end the firm's name
        if not (phased or match.span(1) in ctx.place_spans) \
                or not match.group(2).endswith(BRACKET_HEADS) or "等" in match.group(2):
            continue  # 甲工厂(一期)等项目: the class noun of a list
        start = ctx.words.name_start(match.start(), limit=8, verbs=phased)
        if match.start() - start < 2 or GENERIC_MODIFIER.match(text[start:match.start()]) \
                or not (ctx.has_proper(start, match.start()) or phased and _set_off_name(text, start)):
            continue
        yield Candidate(start, match.end(), "Project", f"project:bracketed-{'phase' if phased else 'place'}", 0.65)


def _set_off_name(text: str, start: int) -> bool:
    """The words stand right after a clause or list mark and open with no figure (、甲节能(一期)…)."""
    return start > 0 and _opens_clause(text, start) and not text[start].isdigit()


def _opens_clause(text: str, start: int) -> bool:
    """The words stand at the text's start or right after a clause or list mark."""
    return start == 0 or text[start - 1] in CLAUSE_MARKS


# Marks that open a clause or a list item: a name standing right after one opens the clause.
CLAUSE_MARKS = "，。；：、,;:\n——"
ABBREVIATION_TAGS = ("n", "nz", "j", "vn")
# 中 paired with an opposite or a direction is a range or a region word: 中高端, 中长期, 中西部.
PAIRED_AFTER_ZHONG = frozenset("高低长短小大西东南北老青外")


def central_firm_projects(ctx: Context):
    """甲乙仓储项目 when 甲 is 中: a central firm's short name (中X, 中XY) opening a clause is cut by
    jieba into the locality word 中 and a common word, so the proper-word test misses it;
    that opening names the project's owner (中某某仓储项目进展顺利). A locality 中 follows its
    noun (在建设中), and 中小/中心/中医 are words of their own."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(PROJECT_HEADS + FACILITY_HEADS, limit=16):
        if _central_firm_opening(ctx.words, start, head_start) and _opens_clause(text, start) \
                and not FACILITY_LIST.search(text, start, end):
            yield Candidate(start, end, "Project", f"project:central-firm:{text[head_start:end]}", 0.6)


def _central_firm_opening(words, start: int, head_start: int) -> bool:
    """The words open with the locality word 中 and a common word before the head (中|某某),
    not a range or region word (中|高端, 中|西部)."""
    i = words.index_at(start)
    return words.words[i] == "中" and words.tags[i] == "f" and i + 1 < len(words.words) \
        and words.tags[i + 1] in ABBREVIATION_TAGS and words.starts[i + 1] < head_start \
        and words.words[i + 1][0] not in PAIRED_AFTER_ZHONG


# A line between two known places: 甲至乙高速公路, 甲至乙段 (a stretch of road being built or renovated).
RANGED_LINE_HEADS = ("高速公路", "一级公路", "二级公路", "公路", "铁路", "城际铁路", "高铁", "快速路", "段")
RANGED_LINE = re.compile(r"至([\u4e00-\u9fff]{2,6}?)(" + "|".join(RANGED_LINE_HEADS) + r")(?=[，。；、,;\n]|等|建成|开工|竣工|通车|改造)")


def ranged_lines(ctx: Context):
    """甲至乙高速公路、…; 改造甲至乙段、…等公路: a line named by its two ends, both known places,
    standing as a list item or after a verb of works (a line named before it, 丙丁铁路|甲至乙段,
    is kg_line_segments' own)."""
    text, words, spans = ctx.text, ctx.words, set(place_spans(ctx))
    for match in RANGED_LINE.finditer(text):
        to = (match.start(1), match.end(1))
        start = _range_start(ctx, match.start() + 1, spans)
        if to not in spans or start == match.start() + 1:
            continue
        i = words.index_at(start) - 1
        if not _opens_clause(text, start) and (i < 0 or words.tags[i] != "v"):
            continue
        yield Candidate(start, match.end(), "Project", f"project:ranged-line:{match.group(2)}", 0.7)
