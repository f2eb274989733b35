"""Unquoted programs: a specific modifier and an initiative head.

稳岗就业九项措施, 数字赋能发展战略, 学籍制度改革, 环境治理年活动. A generic
modifier (重点, 各类, 民生…) makes a description, not a name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .context import Context
from .lexicon import PROGRAM_HEADS
from .pipeline import Candidate
from .words import PREPOSITIONS, _tag_table

GENERIC = re.compile(r"^(?:[全各该本每多新老这那其此]|重点|主要|相关|有关|其他|一系列|一批|系列|"
                     r"各类|各项|民生|惠民|专项|综合|全面|有效|长效|工作|管理|服务|配套|基础|"
                     r"上述|以下|这些|有关|优惠|扶持|支持|鼓励|激励|保障|高水平|高标准|高质量|以往|临时|"
                     r"政府性|维修|法治方式|重大|道路)")
COUNTED = re.compile(r"^[\d一二两三四五六七八九十百千万]+(?:[项个大条]|位一体)")
YEAR_TOPIC = r"(?:管理|服务|建设|创新|作风|效能|质量|环境|安全|招商|提升|落实|治理|攻坚|提质|突破|培育)"
YEAR_CAMPAIGN = re.compile(rf"([\u4e00-\u9fff]{{2,6}}{YEAR_TOPIC})年(?:活动)?(?=[，。、；,;”\s]|$)")
# 以…年为抓手: the object of 以 is the whole theme year, verbs inside it and all.
YEAR_FRAME = re.compile(rf"以((?:(?![的和与及等在是对将把以为])[\u4e00-\u9fff]){{2,16}}?{YEAR_TOPIC})年(?:活动)?为")
MIN_MODIFIER = {"工程": 3, "计划": 3, "行动": 3, "政策": 3, "制度": 3, "模式": 3, "机制": 4,
                "规划": 3, "战略": 2, "纲要": 4, "改革": 3, "方案": 4, "项目": 4, "平台": 4,
                "品牌": 4, "服务": 6, "活动": 6, "年": 4, "基金": 2, "协定": 3, "普查": 4,
                "普法": 2, "运动会": 4, "节": 3, "洽谈会": 2, "博览会": 2, "交易会": 2, "冬奥会": 2,
                "奥运会": 2, "保卫战": 2, "攻坚战": 2, "革命": 4, "主题教育": 4, "马拉松": 2,
                "运会": 3, "观鸟季": 2, "责任制": 4}


# Heads that name a scheme on their own; the weak ones (平台, 服务, 活动…) name one
# only with a proper noun in the modifier (健康青溪百场全民阅读活动).
STRONG = ("工程", "计划", "行动", "政策", "制度", "机制", "方案", "规划", "战略", "纲要", "改革", "普查", "普法",
          "运动会", "节", "基金", "协定", "保卫战", "攻坚战", "革命", "主题教育", "责任制")
HEADED_PART = re.compile(r"(?:工程|计划|行动|政策|制度|规划|战略|改革|节|服务|核准|性|基金|协定)$")
WORKS = re.compile(r"(?:改造|修缮|扩建|改建|新建|迁建|维修|加固|整治|提升改造)$")
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}")
NEW_SCHEME_VERBS = frozenset("出台 建立 实施 推行 启动 试行 推出 制定 编制 执行 实行 落实 开展 设立 创建 兑现 整合".split())
# 政策 and 制度 name standing policies more often than schemes: they need a cue verb.
WEAK_STRONG = {"政策": 0.1, "制度": 0.05, "机制": 0.05, "方案": 0.05, "规划": 0.05}
STANDING_VERBS = frozenset("完善 健全 坚持 深化 改革 加强 优化 规范 创新 改进 调整 构建 发挥 稳定 落实好 "
                           "用好 坚持和完善 继续 增强".split())
YEAR_PLAN = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})(?:[—\-－~～至](?:\d{4}|[〇零一二三四五六七八九]{4}))?年度?"
                       r"(?:行动|工作|实施|年度)?")
YEARS = r"(?:[一二两三四五六七八九十]|\d{1,2})年"  # 三年, 5年: how long a plan runs
DURATION = re.compile(rf"{YEARS}(?:行动|攻坚|专项)?")
LIST_MARK = re.compile(r"[及，,等]")  # a list or a class, not one name
NUMBERED = re.compile(r"^\d+[个项家所座处批条次]|等\d|等[一二三四五六七八九十]+[个项]")
# An adjective in -性 right before the head describes a kind (支撑性工程, 关键性举措).
KIND_ADJECTIVE = re.compile(r"(?:^|、)[\u4e00-\u9fff]{1,3}性$")
# A modifier that is only a level and a bare topic (国家发展战略, 发展规划, 省级战略) names no scheme.
BARE_TOPIC = re.compile(r"(?:国家|全国|省级?|市级?|区级?|县级?)?(?:发展|建设|经济|社会|改革)?")


def find(ctx: Context):
    """Program candidates from initiative heads and 年 campaigns."""
    text = ctx.text
    strong = tuple(h for h in PROGRAM_HEADS if _base(h) in STRONG)
    weak = tuple(h for h in PROGRAM_HEADS if h != "年" and h not in strong)
    spans = [*ctx.head_spans(strong, limit=18, verbs=True), *ctx.head_spans(weak, limit=18)]
    for start, head_start, end in spans:
        head = text[head_start:end]
        base = _base(head)
        if base in STRONG:
            start = _coordinated(ctx, start)
        start = _after_headed_conjunct(text, start, head_start)
        start = _past_session(text, start, head_start)
        start = _aim_verb(ctx, start) if base == "战略" else start
        end = end + 2 if text.startswith("试点", end) else end  # …改革试点 is a pilot, not the reform
        name = text[start:end]
        score = _score(ctx, name, head, start, head_start)
        if score:
            type_, also = FUND if base == "基金" else ("Program", None)
            yield Candidate(start, end, type_, f"program:head:{base}", score, also=also)
    yield from _year_campaigns(ctx)
    yield from _counted_rules(ctx)
    yield from _topic_schemes(ctx)
    yield from _development_drives(ctx)


DRIVE = re.compile(r"(?:[东西南北中]|东北|西北|西南)部大开发")


def _development_drives(ctx: Context):
    """东部率先发展: a region's development drive."""
    for match in DRIVE.finditer(ctx.text):
        yield Candidate(match.start(), match.end(), "Program", "program:drive", 0.6)


TOPIC_SCHEME = re.compile(r"^([\u4e00-\u9fff]{2,4}的[\u4e00-\u9fff]{2,6}(?:政策|战略|计划|行动))"
                          r"(?:要|必须|需要|应当|应)")


def _topic_schemes(ctx: Context):
    """稳健的就业政策要加大力度: a topic heading whose subject is a named policy stance."""
    for section in ctx.structure.sections:
        found = TOPIC_SCHEME.match(section.title) if section.kind == "topic" else None
        if found:
            start = ctx.text.find(found.group(1), section.start)
            if start >= 0:
                yield Candidate(start, start + len(found.group(1)), "Program", "program:topic", 0.6)


FUND = ("Department", "Program")  # government-founded funds are bodies that run schemes


SESSION_ORDINAL = r"(?:第[一二三四五六七八九十百\d]+|首)"  # 第八, 首: which session or round
SESSION = re.compile(rf"{SESSION_ORDINAL}[届轮期批]")


def _past_session(text: str, start: int, head_start: int) -> int:
    """首届江湾美食节, 第八轮环保三年行动: the ordinal names one session or round of a
    recurring scheme; the name is the scheme's, after it."""
    session = SESSION.match(text, start, head_start)
    return session.end() if session and head_start - session.end() >= 2 else start


AIM_VERBS = "强兴富立"


def _aim_verb(ctx: Context, start: int) -> int:
    """落实强港口战略: a one-character aim verb (强, 兴…) standing as a word of its own
    right before a strategy's name opens the name (the chunker stops at it)."""
    if start >= 1 and ctx.text[start - 1] in AIM_VERBS and ctx.words.is_boundary(start - 1):
        return start - 1
    return start


def _after_headed_conjunct(text: str, start: int, head_start: int) -> int:
    """技能提升计划和创新培育计划: two names joined by 和, not one."""
    for m in re.finditer(r"[和与]", text[start:head_start]):
        if HEADED_PART.search(text[start:start + m.start()]):
            return start + m.end()
    return start


def _coordinated(ctx: Context, start: int) -> int:
    """教育、培训、就业联动改革: three or more short parts joined by 、 share the
    head (two parts, as in 财政、货币政策, are usually two schemes)."""
    text = ctx.text
    parts, first = 0, start
    for _ in range(4):
        if first < 2 or text[first - 1] != "、":
            break
        left = ctx.words.name_start(first - 1, limit=6, verbs=True)
        part = text[left:first - 1]
        if left >= first - 1 or not CJK_ONLY.fullmatch(part) or HEADED_PART.search(part) \
                or re.search(r"[要是在的]", part):
            break
        first, parts = left, parts + 1
    return first if parts >= 2 else start


def _score(ctx: Context, name: str, head: str, start: int, head_start: int) -> float:
    """0 for descriptions; more for a proper noun or a counted name (九项措施)."""
    modifier, base = name[: len(name) - len(head)], _base(head)
    counted = COUNTED.match(name) is not None
    if NUMBERED.search(name) or LIST_MARK.search(name):
        return 0.0
    if base == "工程" and WORKS.search(modifier):
        return 0.0  # 柳湾小学改造工程: building works are projects, not schemes
    if "、" in name and base not in STRONG:
        return 0.0
    if _work_verb(ctx, modifier, head_start) or _glued_function_word(ctx, start, head_start):
        return 0.0
    if not counted and (_generic(ctx, start, name) or len(modifier) < MIN_MODIFIER.get(base, 4)):
        return 0.0
    if YEAR_PLAN.fullmatch(modifier):
        return 0.0  # 2017年行动计划, 2020年度工作方案: a year's work plan, not a scheme
    if DURATION.fullmatch(modifier):
        return 0.0  # 三年行动计划: only how long it runs, no topic
    if KIND_ADJECTIVE.search(modifier) or BARE_TOPIC.fullmatch(modifier):
        return 0.0
    proper = any(start <= p.start and p.end <= head_start for p in ctx.places)
    cue = _verb_cue(ctx, start) if base in WEAK_STRONG else 0.0
    if base in STRONG:
        return max(0.0, (0.6 if proper or counted else 0.5) - WEAK_STRONG.get(base, 0.0) + cue)
    # a weak head after a bare count (三大|平台, 四大|品牌) is a class of sites, with no topic
    return 0.55 if proper or (counted and not COUNTED.fullmatch(modifier)) else 0.0


# 抓 (take hold of) and 促 (spur) as words of their own make a heading's clause, not a
# name: 突出主线抓改革, 以改革促发展.
WORK_VERB = re.compile(r"[抓促]$")


def _work_verb(ctx: Context, modifier: str, head_start: int) -> bool:
    return WORK_VERB.search(modifier) is not None and ctx.words.is_boundary(head_start - 1)


FUNCTION_OPENERS = frozenset(PREPOSITIONS + "为")
# A verb of becoming or entering takes an object (转为, 成为, 纳入): it opens no topic.
RESULT_VERB = re.compile(r"[\u4e00-\u9fff][为成入向至]")


def _glued_function_word(ctx: Context, start: int, head_start: int) -> bool:
    """以大战略支撑发展, 转为战略新兴产业: a modifier that opens with a one-character
    preposition, or is a lone verb of becoming (转为, 纳入), is the clause around the
    head, not a name (脱贫攻坚战: a verb and its object stay a topic)."""
    words = ctx.words
    first = words.index_at(start)
    if words.starts[first] != start:
        return False
    word, tag = words.words[first], words.tags[first] or "x"
    lone_verb = tag == "v" and RESULT_VERB.fullmatch(word) and words.ends[first] == head_start
    return (word in FUNCTION_OPENERS and tag == "p") or lone_verb or _glued_preposition(word)


def _glued_preposition(word: str) -> bool:
    """以大: a preposition jieba glued to the next character into a word its dictionary
    does not know (以工代赈, a known word, stays)."""
    return len(word) == 2 and word[0] in FUNCTION_OPENERS and word not in _tag_table()


def _generic(ctx: Context, start: int, name: str) -> bool:
    """A generic modifier opens the name as a word of its own: 重点|工程, 基础|设施…
    A longer word that only begins with one (基础教育, 管理学院) is specific, unless the
    rest is a bare head glued to it (专项|基金 read as one word). One-character
    determiners (全, 各, 新…) count as they stand; 全民 is everyone, not 全区."""
    found = GENERIC.match(name)
    if found is None or name.startswith("全民"):
        return False
    rest = name[found.end():]
    return len(found.group()) == 1 or rest in PROGRAM_HEADS or ctx.words.is_boundary(start + found.end())


def _verb_cue(ctx: Context, start: int) -> float:
    """出台积分落户制度 names a new scheme; 完善社会保障制度 a standing system."""
    words = ctx.words
    i = words.index_at(start) - 1
    verb = words.words[i] if i >= 0 and words.starts[i] < start else ""
    if verb in NEW_SCHEME_VERBS or verb[-2:] in NEW_SCHEME_VERBS:  # 全面落实, 组织实施 read as one word
        return 0.1
    return -0.2 if verb in STANDING_VERBS else 0.0


COUNTED_RULES = re.compile(r"([一二两三四五六七八九十]+(?:项|条|个))(规定|措施|禁令)")


def _counted_rules(ctx: Context):
    """六项禁令, 九项措施: a counted set of rules named by its count."""
    for match in COUNTED_RULES.finditer(ctx.text):
        start = ctx.words.name_start(match.start(), limit=8)
        score = 0.6
        yield Candidate(start, match.end(), "Program", "program:counted", score,
                        name=ctx.text[match.start():match.end()] if start < match.start() else None)


def _year_campaigns(ctx: Context):
    """环境治理年, 民营企业服务年活动: a theme year; one framed by 以…为 (以江湖水系综合
    治理提升年为抓手) is read whole."""
    for match in YEAR_FRAME.finditer(ctx.text):
        if not GENERIC.match(match.group(1)):
            yield Candidate(match.start(1), match.end(), "Program", "program:year-frame", 0.6,
                            name=match.group(1) + "年")
    for match in YEAR_CAMPAIGN.finditer(ctx.text):
        start = ctx.words.name_start(match.start(1) + len(match.group(1)) - 2, limit=8)
        start = max(start, match.start(1))
        yield Candidate(start, match.end(), "Program", "program:year", 0.55,
                        name=ctx.text[start:match.end(1)] + "年")


def _base(head: str) -> str:
    return next((h for h in MIN_MODIFIER if head.endswith(h)), head)


# --- vetoes -----------------------------------------------------------------
# Each takes (ctx, candidate) and says whether a Program candidate is no name
# after all; components.VETOES runs them after every generator, so each can be
# switched off alone (kg extract --without program_modifiers).

MODIFIED_BY = re.compile(r"^(?:目标|研究|布局|成果|定力|合作|地位|位势|意义|高度|眼光|思维|拓展区|腹地|支点|定位)")
# A predicate adjective after 行动 makes it the verb "act": 防控工作行动早、措施实.
ACTED = re.compile(r"^(?:早|快|迅速|及时|果断|有力)(?:[、，。；,;]|$)")


def modifies_noun(ctx: Context, c: Candidate) -> bool:
    """The head modifies the noun after it: 公布节水减排行动目标, 加强航运联合战略研究 and
    “三个统筹”战略布局 name a target, a study and a layout, not a scheme. A five-year
    plan's targets (“十五五”规划目标) still name the one plan everyone knows (the veto
    spares ``quoted:own-period-plan``, see components.VETOES)."""
    if c.type != "Program":
        return False
    after = ctx.text[c.end:c.end + 3]
    name = ctx.text[c.start:c.end]
    return MODIFIED_BY.match(after) is not None or (name.endswith("行动") and ACTED.match(after) is not None) \
        or _plan_document_after(name, after)


# A plan document named after the scheme it plans: 甲乙行动|方案, 丙丁五年行动|规划, 某某战略|纲要.
PLAN_DOCUMENT = re.compile(r"^(?:方案|规划|纲要)")
SCHEME_END = re.compile(r"(?:行动|工程|战略|计划)$")


def _plan_document_after(name: str, after: str) -> bool:
    """A head glued to a plan-document word (…行动方案, …五年行动规划) is the document's
    modifier: the name runs on to the longer head, not cut inside it."""
    return SCHEME_END.search(name) is not None and PLAN_DOCUMENT.match(after) is not None


# Kinds of zone a scheme's name may modify: …综合配套改革试验区 is the zone, not the reform.
ZONE_AFTER = ("试验区", "实验区", "示范区", "先行区", "先导区")


def zone_modifier(ctx: Context, c: Candidate) -> bool:
    """“甲乙”综合配套改革试验区: a scheme name right before a kind of zone names the
    zone (a Place or Project), not a scheme."""
    return c.type == "Program" and ctx.text.startswith(ZONE_AFTER, c.end)


# Words of effort that open a heading's clause (坚持不懈狠抓…工程, 致力甲改革促乙业): a
# chunk that begins with one is the clause, not a name.
EFFORT_OPENER = re.compile(r"(?:狠抓|抓好|抓实|致力|着力|聚力|全力|奋力|倾力|大力|聚焦)")


def effort_clause(ctx: Context, c: Candidate) -> bool:
    """狠抓某某工程, 致力甲改革: a head-found scheme whose chunk opens with a word of
    effort is the clause of a heading or a sentence (the verb reads as part of the
    chunk), not a scheme name."""
    return (c.type == "Program" and c.rule.startswith("program:head")
            and EFFORT_OPENER.match(ctx.text, c.start) is not None and ctx.words.is_boundary(c.start))


DOMAIN = re.compile(r"(?:体制|事业|市场|机构|企业|行业|领域|部门|单位)$")


def domain_reform(ctx: Context, c: Candidate) -> bool:
    """A reform of a whole sector is a policy area, not a scheme: 深化外汇市场改革,
    推进体育事业改革发展. A reform of one system or act is a scheme: 学籍制度改革,
    协会脱钩改革."""
    name = c.name or ctx.text[c.start:c.end]
    if c.type != "Program" or not name.endswith("改革"):
        return False
    return DOMAIN.search(name[:-2]) is not None or ctx.text.startswith("发展", c.end)


IDEOLOGY = re.compile(r"(?:主义|思想|理论)(?:[\u4e00-\u9fff]{0,4}(?:制度|体系))?$")
MODERN_SYSTEM = re.compile(r"^现代.*(?:制度|体系)$")


def ideology_or_system(ctx: Context, c: Candidate) -> bool:
    """A political system or a type of system names no scheme: 社会主义市场经济制度,
    建立现代仓储制度. A scheme about a doctrine (…思想主题教育) stays."""
    name = c.name or ctx.text[c.start:c.end]
    return c.type == "Program" and (IDEOLOGY.search(name) is not None
                                    or MODERN_SYSTEM.match(name) is not None)


def plan_document(ctx: Context, c: Candidate) -> bool:
    """制定节日促销方案: an unquoted …方案 found by its head is the paper an activity is
    run by, not a scheme (a 方案 that follows 新一轮 or a launch verb is kept)."""
    return c.rule == "program:head:方案"


# An area's layout plan (…景观区规划) and a master plan of land use (城市总体规划, 甲县总体规划).
AREA_PLAN = re.compile(r"(?:[区园带镇村路街]|总体)规划$")


def area_plan(ctx: Context, c: Candidate) -> bool:
    """启动南湖湿地景观区规划: the layout plan of one area is part of a project, not a
    scheme, and a master plan (新一轮城市总体规划获批, 甲县总体规划) lays out land use, a
    document rather than an initiative (促进西北边疆开放十年规划 plans a policy, and stays)."""
    return c.type == "Program" and AREA_PLAN.search(c.name or ctx.text[c.start:c.end]) is not None


WORKS_CUE = re.compile(r"[一二三四五六七八九十\d]期"
                       r"|\d+(?:\.\d+)?万?(?:亩|平方米|公里|千米|米|吨|千瓦|兆瓦|千伏|伏)")


# Works that carry water somewhere (某渠引水工程, 某地水资源配置工程) are built, not run.
WATER_WORKS = re.compile(r"(?:引水|调水|输水|配水|水资源配置|水利枢纽)工程$")


def physical_works(ctx: Context, c: Candidate) -> bool:
    """A 工程/项目 with a phase or a size is construction, not a scheme: 污水管网改造二期工程,
    3万亩林果基地建设工程, and the quoted word of 北岸“智慧谷”二期项目 (see
    ``works_as_projects``, which retypes the whole name)."""
    name = c.name or ctx.text[c.start:c.end]
    if c.type != "Program":
        return False
    if c.rule == "quoted":  # the quoted word of a glued name: look at the name's tail
        name = re.split(r"[，。；、,;\s]", ctx.text[c.end:c.end + 12])[0]
    sized = WORKS_CUE.search(name) is not None
    return name.endswith(("工程", "项目")) and (sized or WATER_WORKS.search(name) is not None)


def works_as_projects(ctx: Context):
    """The same span as a Project, ranked above the Program candidate it retypes."""
    for c in list(ctx.cache.get("found", ())):
        if c.rule != "quoted" and physical_works(ctx, c):
            yield replace(c, type="Project", rule="program:works", score=max(c.score, 0.85) + 0.05)


EVENT = re.compile(r"^(?:党的)?[一二三四五六七八九十]+大$|(?:全会|会议|峰会|大会)$")


def meeting(ctx: Context, c: Candidate) -> bool:
    """A congress or a meeting (“二十大”, 市委全会) is an event, not a scheme; a summit
    held in numbered sessions (首届…峰会, ``program:session-event``) is a recurring
    platform, spared in components.VETOES."""
    return c.type == "Program" and EVENT.search(c.name or ctx.text[c.start:c.end]) is not None


def brand_category(ctx: Context, c: Candidate) -> bool:
    """An unquoted …品牌 is a kind of brand to build (打造江南茶叶金字品牌); a named
    brand is quoted (“邻里帮”服务品牌)."""
    return c.rule == "program:head:品牌"


# --- generators from the grammar around a name ----------------------------------------------

LAUNCH_VERB = r"(?:实施|启动|开展|推进|推行|出台|制定|实行|落实好|组织实施)"
LAUNCH_HEAD = r"(?:行动计划|专项行动|专项斗争|工程|计划|行动|战略|规划|政策)"
LAUNCHED = re.compile(rf"(?:{LAUNCH_VERB})+了?(?:新一轮)?"
                      rf"((?:[\u4e00-\u9fff]{{1,5}}、){{0,2}}[\u4e00-\u9fff]{{2,14}}?{LAUNCH_HEAD})"
                      rf"(?=[，。；,;：:和与及]|$)")
LAUNCH_HEAD_END = re.compile(f"{LAUNCH_HEAD}$")
LAUNCHED_INNER = re.compile(r"[的和与及等在是将把对]")
# Items listed and closed by their count and 大 (甲、乙、丙三大工程) are several schemes, not one.
COUNTED_LIST_END = re.compile(r"、[^、]*[两二三四五六七八九十]大$")


def launched_schemes(ctx: Context):
    """实施城乡供水提质工程。 / 开展邻里互助、邻里守望行动，: the object of a launch verb
    (or of two, 制定实施),
    closed by a scheme head and a clause break, is one name even when the word
    chunker would stop at a verb inside it (提升, 促进)."""
    for match in LAUNCHED.finditer(ctx.text):
        name = match.group(1)
        if _launched_name(name) and not _generic(ctx, match.start(1), name) \
                and not _physical(ctx, match.start(1), name):
            yield Candidate(match.start(1), match.end(1), "Program", "program:launched", 0.55)


def _launched_name(name: str) -> bool:
    """A compact object: no clause words, a specific modifier, short 、 parts, no
    list closed by its count (甲、乙、丙三大行动), and not building works (…改造工程 is a
    project)."""
    head = LAUNCH_HEAD_END.search(name).group()
    modifier = name[:-len(head)]
    parts = modifier.split("、")
    return (len(modifier) >= 3 and not LAUNCHED_INNER.search(name) and not COUNTED_LIST_END.search(modifier)
            and all(len(p) <= 5 for p in parts[:-1]) and not (head == "工程" and WORKS.search(modifier)))


def _physical(ctx: Context, start: int, name: str) -> bool:
    """青龙河沿河景观工程 is works on a place: a project."""
    return name.endswith("工程") and ctx.has_place_or_name(start, start + len(name) - 2)


GLOSSARY_SCHEME = re.compile(r"模式|制度|举措|措施|项目|平台|计划|工程|机制|活动|服务|载体|政策|行动|品牌")
GLOSSARY_CONCEPT = re.compile(r"形势|特点|特征|阶段|现象|状况|局面|趋势|思维|理念")


def glossary_schemes(ctx: Context):
    """名词解释 entries defined as a scheme name it whole, prefix and all:
    ``科普“1+1”行动:是指…的活动`` → 科普1+1行动. Terms that open with a quote are
    the quoted rule's; terms that hold two quotes define two schemes."""
    for entry in ctx.structure.glossary:
        term = entry.term
        if term.startswith("“") or term.count("“") > 1 or not _defines_scheme(entry):
            continue
        start = ctx.text.find(term, entry.start)
        if start >= 0:
            quote = term.find("“")
            yield Candidate(start, start + len(term), "Program", "program:glossary", 0.9,
                            name=_unquoted(term), group=start + quote if quote > 0 else None)


def _defines_scheme(entry) -> bool:
    """是指…的举措 or a term on a scheme head; not 是指…的形势 (first clause)."""
    head, clause = entry.definition[:60], re.split(r"[,，。;；]", entry.definition)[0]
    return (GLOSSARY_SCHEME.search(head) is not None or HEADED_PART.search(entry.term) is not None
            or entry.term.endswith("项目")) and not GLOSSARY_CONCEPT.search(clause)


def _unquoted(term: str) -> str:
    return re.sub(r"[“”\"《》]", "", term).strip()


SIGNED = re.compile(r"(?:商签|签署|签订|缔结|加入)([\u4e00-\u9fff]{2,16}?协定)(?=[，。；、和与及]|谈判)")


def signed_agreements(ctx: Context):
    """积极商签亚欧全面互联互通协定: the object of a signing verb is the treaty's
    whole name, adverb-like words inside it (全面) included. A 协议 is a contract
    (签订战略合作协议), not a named scheme."""
    for match in SIGNED.finditer(ctx.text):
        if not LAUNCHED_INNER.search(match.group(1)):
            yield Candidate(match.start(1), match.end(1), "Program", "program:signed", 0.55)


COORDINATED_REFORM = re.compile(r"(?:实施|推进|深化|开展|推行)"
                                r"((?:[\u4e00-\u9fff]{2,5}、){2,}[\u4e00-\u9fff]{2,6}改革)(?=[，。；]|$)")


def coordinated_reforms(ctx: Context):
    """深化放权让利、放管并举、优化服务改革: three or more short acts joined by 、
    under one 改革 name one reform (two parts are usually two reforms)."""
    for match in COORDINATED_REFORM.finditer(ctx.text):
        if not LAUNCHED_INNER.search(match.group(1)):
            yield Candidate(match.start(1), match.end(1), "Program", "program:coordinated", 0.55)


SHARED_HEAD = re.compile(r"(?:^|(?<=[，。；\s])|(?<=实施|推进|坚持))([\u4e00-\u9fff]{4})、"
                         r"(?=[\u4e00-\u9fff]{4}(?:战略|工程|行动|计划)(?:[，。；]|深入|全面|扎实|有效|稳步))")


def shared_head_conjuncts(ctx: Context):
    """人才强县、生态立县战略深入实施: two four-character schemes share one head; the
    first is named without it (人才强县), as the text writes it."""
    for match in SHARED_HEAD.finditer(ctx.text):
        part = match.group(1)
        if not GENERIC.match(part) and not LAUNCHED_INNER.search(part):
            yield Candidate(match.start(1), match.end(1), "Program", "program:shared-head", 0.55)


NEXT_ROUND = re.compile(r"新一轮([\u4e00-\u9fff]{3,14}?(?:战略|规划|计划|工程|行动(?!计划|方案)|政策|改革|方案)"
                        r"|[\u4e00-\u9fff]{4,10}(?=[，。；]))")


def next_round_schemes(ctx: Context):
    """实施新一轮城乡供水提质工程, 启动新一轮旧村整治提升，: 新一轮 (a new round of)
    tells that what follows is a recurring named scheme, with or without a head; a
    leading class of regions (新一轮西北地区等边疆地区开发规划) belongs to the name."""
    for match in NEXT_ROUND.finditer(ctx.text):
        name = match.group(1)
        if ctx.text.startswith("试点", match.end(1)) or LAUNCHED_INNER.search(REGION_CLASS.sub("", name)) \
                or GENERIC.match(name):
            continue
        yield Candidate(match.start(1), match.end(1), "Program", "program:next-round", 0.55)


# 西北地区等边疆地区: a region and 等 open a class of regions, no clause word.
REGION_CLASS = re.compile(r"^[\u4e00-\u9fff]{1,4}地区等")


AIM_BUILD = re.compile(r"(?:推进|加快|推动|深化|全面推进|加快推进|扎实推进)([\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff]{2,8}建设)")


def place_aims(ctx: Context):
    """推进智慧临江建设: an aim word plus a place, built as a whole, is a named local
    strategy (智慧临江), not the place."""
    from .words import STOP_WORDS

    for match in AIM_BUILD.finditer(ctx.text):
        place = next((p for p in ctx.places if p.start == match.end(1)), None)
        if place is None or match.group(1) in STOP_WORDS or not ctx.text.startswith("建设", place.end):
            continue
        yield Candidate(match.start(1), place.end, "Program", "program:place-aim", 0.55)


# A development aim for the whole territory: a topic, an aim verb and the kind of
# territory (甲业强市, 乙态立县, 丙化兴区). Listed two or more in a row, the items are the
# government's named strategies; a ranking (百强县, 全国百强区) has a count, not a topic.
AIM_ITEM = r"[\u4e00-\u9fff]{2,5}?[强兴立富稳][市县区省州旗]"
AIM_LIST = re.compile(rf"{AIM_ITEM}(?:、{AIM_ITEM})+(?=[、，。；,;和及等]|[两三四五六七八九十]大|建设|战略)")
AIM_TOPIC_STOP = re.compile(r"[百千万\d个的和与及等全各]")


def aim_enumerations(ctx: Context):
    """深入推进甲业强市、乙态立市、丙丁统筹四大战略, 突出甲业兴县、乙型工业化强县建设:
    two or more aims for the territory listed side by side are each a named strategy
    (one alone, 建设科技强市, is often a goal and stays out)."""
    text = ctx.text
    for listed in AIM_LIST.finditer(text):
        parts = listed.group().split("、")
        first_end = listed.start() + len(parts[0])
        start = _first_aim_start(ctx, listed.start(), first_end)
        if start is None:
            continue
        yield Candidate(start, first_end, "Program", "program:aim-list", 0.6)
        pos = first_end + 1
        for part in parts[1:]:
            if not AIM_TOPIC_STOP.search(part[:-2]):
                yield Candidate(pos, pos + len(part), "Program", "program:aim-list", 0.6)
            pos += len(part) + 1


def _first_aim_start(ctx: Context, start: int, end: int) -> int | None:
    """The first item may carry the verb before it (推进|甲业强市): it opens where a verb
    or a break ends, leaving a topic of two to five characters."""
    words = ctx.words
    for left in range(start, end - 3):
        if not words.is_boundary(left) or AIM_TOPIC_STOP.search(ctx.text, left, end - 2):
            continue
        i, j = (words.index_at(left - 1) if left else -1), words.index_at(left)
        if words.tags[j].startswith("v") and words.ends[j] < end - 2:
            continue  # the verb itself (推进|甲业强市), with the topic after it
        if i < 0 or (words.tags[i] or "x").startswith(("v", "x", "p")):
            return left
    return None


# The standing national visions a government copies for its own territory (数字中国 ->
# 数字江城): the vision word, a place, and a list break or 建设 after it.
VISION = re.compile(r"(?:数字|美丽|平安|健康|法治|智慧)")
VISION_END = re.compile(r"[、，。；]|建设|等")


def place_visions(ctx: Context):
    """落实数字江城、美丽江城、平安江城等部署: a vision word and a place standing as an
    item (a list break or 建设 after the place) is the territory's vision, a named
    scheme (美丽乡村 has no place; 江城美丽 is no vision)."""
    starts = {p.start: p for p in ctx.places}
    for match in VISION.finditer(ctx.text):
        place = starts.get(match.end())
        if place and ctx.words.is_boundary(match.start()) and VISION_END.match(ctx.text, place.end):
            yield Candidate(match.start(), place.end, "Program", "program:place-vision", 0.55)


# Fairs and games are named by whoever takes part (江海经贸洽谈会): any proper word
# in the modifier names one, not only a gazetteer place.
EVENT_HEADS = ("洽谈会", "博览会", "交易会", "运动会")
# Gatherings held in numbered sessions (第三届…恳谈会); summits and forums too.
SESSION_HEADS = EVENT_HEADS + ("峰会", "恳谈会", "推介会", "论坛")
LEADING_ORDINAL = re.compile(rf"{SESSION_ORDINAL}届")


def event_series(ctx: Context):
    """第九届江海经贸洽谈会: a fair or games with a proper word in its name is a
    recurring platform; a leading ordinal names one session of it, so the series
    (江海经贸洽谈会) is the name."""
    for start, head_start, end in ctx.head_spans(EVENT_HEADS, limit=18):
        ordinal = LEADING_ORDINAL.match(ctx.text, start)
        start = ordinal.end() if ordinal else start
        if head_start - start >= 2 and ctx.has_proper(start, head_start) and not GENERIC.match(ctx.text[start:end]):
            yield Candidate(start, end, "Program", "program:event", 0.55)


# An ordinal of sessions opens the series name, verbs and all (第三届江海投资贸易洽谈会,
# 首届云端数字经济峰会): nothing but name characters between it and the head.
SESSION_EVENT = re.compile(LEADING_ORDINAL.pattern + r"((?:中国[（(][\u4e00-\u9fff]{2,3}[）)])?"
                           r"(?:(?![的和与及等在是对向])[\u4e00-\u9fff]){2,14}?"
                           rf"(?:{'|'.join(SESSION_HEADS)}))")


def session_events(ctx: Context):
    """第二届江海国际投资贸易洽谈会: the chunker stops at verbs (投资, 贸易) inside the
    name, but a session ordinal marks where the recurring event's name begins; the
    series is the name when it holds a proper word (全市运动会 is no platform)."""
    for match in SESSION_EVENT.finditer(ctx.text):
        start, end = match.span(1)
        if ctx.words.is_boundary(end) and ctx.has_proper(start, end) and not GENERIC.match(match.group(1)):
            yield Candidate(start, end, "Program", "program:session-event", 0.6)


# A one-character topic before 博会 (博览会 shortened), 洽会 (洽谈会) or 交会 (交易会):
# 茶博会, 投洽会, 农交会; 交会 (to cross) takes a one-character topic only.
EXPO_SHORT = re.compile(r"([\u4e00-\u9fff]{1,2})(博会|洽会)|([\u4e00-\u9fff])(交会)")
NOT_TOPIC = re.compile(r"[和与及或等的在对向从到为由将把被是了本该各每此这那其届上下全]")


def _topic_start(ctx: Context, start: int) -> bool:
    """A topic starts a word, or jieba glued a function character to it (向|茶博会)."""
    words = ctx.words
    return words.is_boundary(start) or (start > 0 and NOT_TOPIC.match(ctx.text, start - 1) is not None
                                        and words.is_boundary(start - 1))


def expo_abbreviations(ctx: Context):
    """茶博会、灯博会亮点纷呈, 办好农交会: a fair's short name is its topic plus 博会,
    洽会 or 交会, a word of its own (no function character in the topic: 和|茶博会 is
    茶博会)."""
    words = ctx.words
    for match in EXPO_SHORT.finditer(ctx.text):
        given = match.group(1) or match.group(3)
        topic_end = match.end() - 2
        for size in (2, 1):
            start = topic_end - size
            topic = ctx.text[start:topic_end]
            if size <= len(given) and _topic_start(ctx, start) and not NOT_TOPIC.search(topic):
                if words.is_boundary(match.end()):
                    start = _host_place(ctx, start)
                    yield Candidate(start, match.end(), "Program", "program:expo-short", 0.6)
                break


# A freight or passenger train service run on a schedule is a named service brand.
TRAIN_HEADS = ("班列",)
QUOTE_BEFORE_TRAIN = re.compile(rf"“([\u4e00-\u9fff]{{2,8}})”({'|'.join(TRAIN_HEADS)})")


def train_services(ctx: Context):
    """中某铁海联运班列常态化运营, 开通甲地至乙地国际货运班列, “甲乙”班列开行: a
    scheduled train service named by a proper word, a route (a place, 至, the rest) or a
    quoted brand is a service brand, Program also Project (货运班列, 旅游班列 are kinds)."""
    for start, head_start, end in ctx.head_spans(TRAIN_HEADS, limit=20):
        start = _route_start(ctx, start)
        if ctx.has_proper(start, head_start):
            yield Candidate(start, end, "Program", "program:train-service", 0.55, also="Project")
    for match in QUOTE_BEFORE_TRAIN.finditer(ctx.text):
        yield Candidate(match.start(), match.end(), "Program", "program:train-service", 0.6,
                        name=match.group(1) + match.group(2), also="Project", group=match.start())


# A trade corridor opened as a national or regional initiative: 某某陆海新通道.
CORRIDOR_HEADS = ("新通道",)
# The modes a corridor joins (陆海 land-sea, 铁海 rail-sea, 公铁 road-rail) name its kind.
CORRIDOR_MODES = re.compile(r"[陆铁公水空海]{2}")


def corridor_schemes(ctx: Context):
    """甲乙陆海贸易新通道加快推进, 推动某某陆海新通道建设: a new trade corridor named by
    a proper word or by the modes it joins is a corridor initiative, Program also
    Project (对外开放新通道 is a figure of speech)."""
    for start, head_start, end in ctx.head_spans(CORRIDOR_HEADS, limit=12):
        if ctx.has_proper(start, head_start) or CORRIDOR_MODES.search(ctx.text, start, head_start):
            yield Candidate(start, end, "Program", "program:corridor", 0.55, also="Project")


def _route_start(ctx: Context, start: int) -> int:
    """甲市至|乙国某城…班列: a place and 至 right before the chunk open the route."""
    if start and ctx.text[start - 1] == "至":
        opened = _host_place(ctx, start - 1)
        return opened if opened != start - 1 else start
    return start


def _host_place(ctx: Context, start: int) -> int:
    """A place name right before the short fair name is part of it (某地文博会)."""
    return next((p.start for p in ctx.places if p.end == start), start)


# A plan that runs for some years is named by its topic (园区建设三年行动计划): after a
# verb opening the clause, the topic reads up to the duration, verbs and all.
DURATION_PLAN = re.compile(r"(?:^|(?<=[，。；：,;:\n]))[\u4e00-\u9fff]{0,2}?"
                           r"(?:完成|制定|实施|启动|开展|推进|落实|出台|编制|印发|组织实施|深入实施|全面实施)+了?"
                           r"(?:新一轮)?((?:(?![的和与及等在是对将把、])[\u4e00-\u9fff]){3,14}?"
                           rf"{YEARS}(?:行动计划|行动方案|攻坚行动|专项行动|行动))(?=[，。；,;]|$)")


def duration_plans(ctx: Context):
    """，完成滨江片区建设三年行动计划，: the chunker stops at 建设 and leaves only the
    duration, which names nothing; the clause's object is the plan's whole name."""
    for match in DURATION_PLAN.finditer(ctx.text):
        name = match.group(1)
        if not _generic(ctx, match.start(1), name):
            yield Candidate(match.start(1), match.end(1), "Program", "program:duration-plan", 0.6)


# --- unquoted scheme names by their own grammar (second round) -------------------------------

# A title worked for (文明城市创建, 卫生单位创建) is an honour, not a scheme.
DESIGNATION_END = re.compile(r"(?:城市|城|县|区|镇|乡|村|社区|单位|校园|学校|家庭|示范|先进|文明|卫生|模范|"
                             r"达标|园林|标兵|窗口|基地)$")
CREATION = re.compile(r"开展([\u4e00-\u9fff]{4,12}?创建(?:活动)?)(?=[，。；,;]|$)")


def creation_drives(ctx: Context):
    """深入开展茶叶优质高效创建，: what a report 开展s as a 创建 (drive) is a named drive,
    unless it is a title worked for (开展卫生城市创建)."""
    for match in CREATION.finditer(ctx.text):
        name = match.group(1)
        modifier = re.sub(r"创建(?:活动)?$", "", name)
        if not (LAUNCHED_INNER.search(name) or GENERIC.match(name) or DESIGNATION_END.search(modifier)):
            yield Candidate(match.start(1), match.end(1), "Program", "program:creation", 0.55)


ACCESS = re.compile(r"([户村组乡镇屯])\1通(工程)?(?=[，。；、,;]|$)")
ACCESS_VERB = re.compile(r"(?:推进|实施|开展|推动|加快|完成|实现|启动)")


def access_schemes(ctx: Context):
    """推进有线电视组组通。: a unit said twice plus 通 (every household / village
    connected) is a named access scheme; its name starts after the launch verb."""
    for match in ACCESS.finditer(ctx.text):
        clause = re.split(r"[，。；、,;：:]", ctx.text[max(0, match.start() - 12):match.start()])[-1]
        verb = list(ACCESS_VERB.finditer(clause))
        prefix = clause[verb[-1].end():] if verb else ""
        if LAUNCHED_INNER.search(prefix) or GENERIC.match(prefix or "x"):
            prefix = ""
        yield Candidate(match.start() - len(prefix), match.end(), "Program", "program:access", 0.6)


# 改 verbs whose second character is a word of their own (改造, 改善, 改革…), and
# characters that open such a verb (整改, 修改): no abbreviation.
# 发改委, 发改局: the reform commission, a body (X改 + 委/局/办).
SWAP_NOT_OBJECT = "委局办造善革制进变建正为装扩写选良组版动观成型移换让交向化产岗运折入业贷包出而到危眼身弯播"
# 棚改 is itself a word (棚户区改造): 棚改征拆 is no swap.
SWAP_NOT_SUBJECT = "整修更篡劳深不再要须必可应待未难棚"
SWAP = re.compile(rf"[^\W\d{SWAP_NOT_SUBJECT}]改[^\W\d{SWAP_NOT_OBJECT}]")


def swap_abbreviations(ctx: Context):
    """全面推开油改气。: one character of an old thing, 改, one of the new (a tax or a fuel
    switched) is a reform's abbreviation when it stands as a word of its own (not
    棚户区|改造, not 棚改|货币化)."""
    words = ctx.words
    for match in SWAP.finditer(ctx.text):
        start, end = match.span()
        if re.fullmatch(r"[\u4e00-\u9fff]{3}", match.group()) and words.is_boundary(start) \
                and words.is_boundary(end):
            yield Candidate(start, end, "Program", "program:swap", 0.55)


# 五证合一, 两规合一, 一窗一号, 一网通办: a count of documents merged, or 一X一Y.
SLOGAN = r"(?:[两三四五六多]\w合一|一[\u4e00-\u9fff]一[\u4e00-\u9fff])"
SLOGAN_LIST = re.compile(rf"(?:实施|推行|推进|实行|开展|落实)({SLOGAN}(?:、{SLOGAN})*)(?=[，。；,;]|$)")


def numeral_slogans(ctx: Context):
    """全面推行两证整合、一窗受理… style: after a launch verb, a count of papers merged
    (四证合一) or a 一X一Y rule, alone or 、-joined, is one registration reform."""
    for match in SLOGAN_LIST.finditer(ctx.text):
        yield Candidate(match.start(1), match.end(1), "Program", "program:slogan", 0.6)


COUNTED_WORKS = re.compile(r"([\u4e00-\u9fff]{1,10}?[住危农]房(?:改造|安置))(?:开工|完成|新开工|实施)?"
                           r"[\d.]+万?(?:套|户)")


def counted_housing(ctx: Context):
    """乡村危房改造1.2万户, 老旧住房改造开工300套: renovation of dwellings (住房, 危房,
    农房) counted in homes or households is a housing scheme (a district or estate
    renovated, 小区改造200户, is works, not a scheme); its name starts where the chunker says (after
    今年, a comma or a verb)."""
    for match in COUNTED_WORKS.finditer(ctx.text):
        end = match.end(1)
        start = ctx.words.name_start(end - 2, limit=12)
        start = max(start, match.start(1))
        name = ctx.text[start:end]
        if len(name) >= 5 and not (LAUNCHED_INNER.search(name) or GENERIC.match(name)
                                   or ctx.has_place_or_name(start, end - 2)):
            yield Candidate(start, end, "Program", "program:housing", 0.55)


INSURANCE = re.compile(r"保险(?=(?:实现)?(?:全面实施|稳步实施|深入实施|全面推开|全覆盖))")


def insurance_schemes(ctx: Context):
    """新型农村合作医疗保险全面推开 / 实现长期护理保险全覆盖: an insurance that is
    rolled out (全面实施, 全覆盖…) is a named insurance scheme, from where the chunker
    says its name starts."""
    for match in INSURANCE.finditer(ctx.text):
        end = match.end()
        start = ctx.words.name_start(match.start() - 2, limit=12)
        name = ctx.text[start:end]
        if len(name) >= 4 and not (LAUNCHED_INNER.search(name) or GENERIC.match(name)):
            yield Candidate(start, end, "Program", "program:insurance", 0.55)


RESTORATION = re.compile(r"退[耕牧田渔圩]还[林草湿湖滩田](?:还[林草湿湖滩])?(?:工程)?")


def restoration_schemes(ctx: Context):
    """退牧还草, 退田还湖工程: giving land back to nature (退X还Y) is the name of a
    standing ecological scheme wherever it stands."""
    for match in RESTORATION.finditer(ctx.text):
        yield Candidate(match.start(), match.end(), "Program", "program:restoration", 0.6)


# --- second-round vetoes ---------------------------------------------------------------------

def class_noun(ctx: Context, c: Candidate) -> bool:
    """A scheme head right after 等 is the class noun of a list (完成6条道路、60个小区等
    城区绿化工程: 城区绿化工程 names the kind); quoted names are the quoted rule's."""
    return c.type == "Program" and not c.rule.startswith("quoted") and ctx.text[max(0, c.start - 1):c.start] == "等"


def anniversary(ctx: Context, c: Candidate) -> bool:
    """A commemoration of N years (缔结友好城市20周年纪念活动) is an event, not a scheme."""
    return c.type == "Program" and "周年" in (c.name or ctx.text[c.start:c.end])


NETWORK_WORKS = re.compile(r"(?:管网|管线|管道|供电|供热|供水|排水|供气|线路|道路)工程$")


def network_works(ctx: Context, c: Candidate) -> bool:
    """Pipes, lines and roads laid (给排水管网工程, 主供电工程) are construction, not a
    scheme: no Program (a named one is found as a Project by its place or owner)."""
    return c.type == "Program" and NETWORK_WORKS.search(c.name or ctx.text[c.start:c.end]) is not None


# --- third round: counted packages and ordinal-free series ------------------------------------

# Determiners that make a count of measures a description (上述12条措施).
PACKAGE_GENERIC = re.compile(r"^(?:[全各该本每这那其此]|相关|有关|其他|上述|以下|一系列|系列|若干|一批)")
# Verbs that issue a package of measures (出台, 印发 …): they open its topic (programs' and
# quoted's packages).
ISSUING_VERBS = "出台|制定|印发|推出|实施|落实|兑现"
ISSUING = re.compile(rf"(?:{ISSUING_VERBS}|公布|发布)了?")
# A count of articles or items closing a package's name: 12条, 36项举措, 12项服务措施; a
# measure kind after it is part of the name. A bare 项 counts anything (10项工程), so only
# 条 stands without a kind.
PACKAGE_KIND = r"(?:服务|政策|支持|扶持|帮扶)?(?:政策措施|措施|政策|举措|意见|清单)"
PACKAGE_COUNT = re.compile(rf"(\d{{1,3}})(?:条|项(?={PACKAGE_KIND}))(?:{PACKAGE_KIND})?(?=[，。；、,;及等]|$)")
# The item's own topic runs back over Han characters to a clause break (not across one).
TOPIC_RUN = re.compile(r"[\u4e00-\u9fff]{1,40}$")
# A count after the thing counted (出台措施12条, 新建道路3条) counts it: no topic.
COUNTED_NOUN = re.compile(r"(?:措施|政策|举措|意见|办法|文件|[路线河道渠街巷桥廊带])$")
# A list of packages closed by its kind (甲18条、乙10条等政策): each item is a package.
CLOSED_PACKAGES = re.compile(r"^(?:[、及][\u4e00-\u9fff]{2,22}?\d{1,3}条)*等(?:一系列)?[\u4e00-\u9fff]{0,4}?(?:政策|措施|举措)")


def issued_packages(ctx: Context):
    """出台扶持小店经营12条措施，出台甲乙12条、丙丁8项服务措施: a policy package issued under
    a count of articles or items written in figures is named by its topic and its count
    (and its measure kind when one follows); the topic runs from the issuing verb, a list
    break or 及 to the count. Items after a list break continue a package list, and a
    list closed by 等政策 (甲18条、乙10条等政策) is one of packages even without a verb;
    stacked issuing verbs (制定出台) stay outside (the word form, 九项措施, is the counted
    rule's)."""
    last_end = -1
    for match in PACKAGE_COUNT.finditer(ctx.text):
        topic_start, opened = _package_topic(ctx.text, match.start())
        topic = ctx.text[topic_start:match.start()]
        listed = topic_start > 0 and ctx.text[topic_start - 1] in "、及" and last_end == topic_start - 1
        if not (opened or listed or CLOSED_PACKAGES.match(ctx.text[match.end():match.end() + 80])):
            continue
        if _package_topic_ok(ctx, topic_start, topic, match.group()):
            last_end = match.end()
            yield Candidate(topic_start, match.end(), "Program", "program:package", 0.6)


def _package_topic(text: str, count_start: int) -> tuple[int, bool]:
    """Where the topic before a count begins, and whether an issuing verb opens it."""
    run = TOPIC_RUN.search(text, max(0, count_start - 40), count_start)
    if not run:
        return count_start, False
    verbs = list(ISSUING.finditer(text, run.start(), count_start))
    if verbs:
        return verbs[-1].end(), True
    inner = run.group().rfind("及")
    return (run.start() + inner + 1 if inner >= 0 else run.start()), False


def _package_topic_ok(ctx: Context, start: int, topic: str, count: str) -> bool:
    """A compact topic: 2-22 characters, a token edge, no clause word (a token of its own)
    or determiner; before a bare 条, not the counted noun itself (措施12条, 道路3条) and
    not after 实施, which also carries works counted by 条 (实施甲乙改造30条)."""
    if not 2 <= len(topic) <= 22 or not ctx.words.is_boundary(start):
        return False
    words = ctx.words
    inner = (words.words[i] for i in words.indices(start, start + len(topic)))
    if any(LAUNCHED_INNER.fullmatch(word) for word in inner) or PACKAGE_GENERIC.match(topic):
        return False  # a clause word standing alone (关于甲的, 甲和乙); 应对, 针对 keep theirs
    bare = count.endswith("条")
    if bare and ctx.text[max(0, start - 3):start].rstrip("了").endswith("实施"):
        return False
    return not (bare and COUNTED_NOUN.search(topic))


# A package without a count (稳甲一揽子政策): the aim it serves, opened by a verb of
# steadying, promoting or relieving, names it.
BUNDLE = re.compile(r"一揽子(?:政策措施|政策|措施|举措)")
BUNDLE_AIM = re.compile(r"[稳促保扩助纾降减惠]")


def bundled_packages(ctx: Context):
    """落实稳甲乙一揽子政策和接续措施: a one-package set of measures is named by the aim
    written right before 一揽子 (a verb of steadying, promoting, relieving… and its object,
    2-7 characters at a token edge); 出台一揽子政策 has no aim and names nothing."""
    text = ctx.text
    for match in BUNDLE.finditer(text):
        start = _bundle_aim(ctx, match.start())
        if start is not None:
            yield Candidate(start, match.end(), "Program", "program:bundle", 0.6)


def _bundle_aim(ctx: Context, end: int) -> int | None:
    """The farthest token edge 2-7 Han characters before ``end`` opening with an aim verb."""
    for start in range(max(0, end - 7), end - 1):
        aim = ctx.text[start:end]
        if BUNDLE_AIM.match(aim) and TOPIC_RUN.fullmatch(aim) and ctx.words.is_boundary(start):
            return start
    return None


POVERTY = re.compile(r"(?:开展|坚持|实施|推进|深化|推行)"
                     r"((?:[\u4e00-\u9fff]{2,4}扶贫、)*[\u4e00-\u9fff]{2,4}扶贫)(?=[，。；、,;]|脱贫)")


def poverty_schemes(ctx: Context):
    """深入开展结对扶贫、山海协作扶贫，: a way of relieving poverty run as a whole (the
    object of a launch verb, closed by a clause break) is a named poverty scheme; each
    、-joined item is one."""
    for match in POVERTY.finditer(ctx.text):
        offset = match.start(1)
        for item in match.group(1).split("、"):
            modifier = item[:-2]
            if not (GENERIC.match(modifier) or LAUNCHED_INNER.search(modifier) or "扶贫" in modifier):
                yield Candidate(offset, offset + len(item), "Program", "program:poverty", 0.6)
            offset += len(item) + 1


STATE_STRATEGY = re.compile(r"(?:重大国家战略|国家重大战略)")
# Where the topic of a state strategy starts: after a clause break or a verb that serves it.
STRATEGY_VERB = re.compile(r"(?:[，。；：:、\n]|实施|落实|推动|推进|服务|融入|抢抓|贯彻|把握|对接|用好|深化)"
                           r"(?!.*(?:[，。；：:、\n]|实施|落实|推动|推进|服务|融入|抢抓|贯彻|把握|对接|用好|深化))")


def state_strategies(ctx: Context):
    """深入实施江河流域生态保护和高质量发展重大国家战略: the topic before 重大国家战略
    is the strategy's name, 和 and all (a national strategy is named by its topic, as
    区域协调发展 is); the head rule alone would clip it at 和."""
    text = ctx.text
    for match in STATE_STRATEGY.finditer(text):
        floor = max(0, match.start() - 24)
        cut = STRATEGY_VERB.search(text, floor, match.start())
        start = cut.end() if cut else None
        if start is None:
            continue
        topic = text[start:match.start()]
        if 4 <= len(topic) <= 20 and re.fullmatch(r"[\u4e00-\u9fff]+", topic) \
                and not re.search(r"[的是在将把对等]", topic) and not GENERIC.match(topic):
            yield Candidate(start, match.start(), "Program", "program:state-strategy", 0.7)


def state_strategy_head(ctx: Context, c: Candidate) -> bool:
    """A name ending in 重大国家战略 found by its head (clipped at 和, or with the verb
    before it) gives way to the topic that ``state_strategies`` reads (its own
    ``program:state-strategy`` is spared in components.VETOES)."""
    name = c.name or ctx.text[c.start:c.end]
    return c.type == "Program" and STATE_STRATEGY.search(name) is not None


CHIEF_SYSTEM = re.compile(r"长制(?![度定造约作品订止衡])")


def chief_systems(ctx: Context):
    """全面推行塘长制、渠长制: a thing put in the charge of a named chief (X长制) is a
    responsibility system; X is the one or two characters the chunker gives it."""
    words = ctx.words
    for match in CHIEF_SYSTEM.finditer(ctx.text):
        start = max(words.name_start(match.start(), limit=2), match.start() - 2)
        if start < match.start() and words.is_boundary(match.end()) \
                and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", ctx.text[start:match.start()]):
            yield Candidate(start, match.end(), "Program", "program:chief", 0.6)


# --- round 10: party education campaigns ---------------------------------------------------

# The heads of a party education campaign (学习教育, 主题教育, 教育实践活动): its topic before
# the head names it, however long the doctrine it studies.
EDUCATION_HEADS = ("教育实践活动", "主题教育", "专题教育", "学习教育")
PARTY_OPENER = "党的"


def education_campaigns(ctx: Context):
    """深入开展党的甲乙路线教育实践活动, 学习贯彻某某思想主题教育: a topic and a party
    education head name the campaign; 党的 right before the topic belongs to the name.
    The bare head (扎实推进主题教育) has no topic and names nothing here."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(EDUCATION_HEADS, limit=24, verbs=True):
        if GENERIC.match(text[start:head_start]):
            continue
        if text.startswith(PARTY_OPENER, start - len(PARTY_OPENER)):
            start -= len(PARTY_OPENER)
        yield Candidate(start, end, "Program", "program:education", 0.7)
