"""Quoted names: “惠邻里”, “暖居”工程, 计划生育“贴心”关爱工程, 《…规划纲要》.

A quoted word is a Program unless it reads as a slogan, a concept, an idiom or
an honour. A head noun glued to the closing quote joins the name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .context import Context
from .lexicon import (AWARD_BEFORE, CONCEPT_AFTER, PROGRAM_STRONG_HEADS, PROGRAM_WEAK_HEADS,
                      PROJECT_STRICT_HEADS)
from .pipeline import Candidate
from .programs import EDUCATION_HEADS, FUND, GLOSSARY_CONCEPT, ISSUING_VERBS, PACKAGE_GENERIC, SESSION_HEADS

QUOTE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,40})[”\"」』]|《([^《》\n]{2,60})》")
NUMERAL = "一二两三四五六七八九十百千万双零"
MODIFIER = r"(?:(?![并等和及与的对将把])[\u4e00-\u9fff]){0,6}?"
STRONG_HEADS = "|".join(sorted(PROGRAM_STRONG_HEADS, key=len, reverse=True))  # longest first
STRONG_AFTER = re.compile(rf"^({MODIFIER}(?:{STRONG_HEADS}))")
# A party education campaign's head (“甲乙”主题教育) names the campaign like a weak head.
CAMPAIGN_HEADS = "|".join(sorted((*PROGRAM_WEAK_HEADS, *EDUCATION_HEADS), key=len, reverse=True))
WEAK_AFTER = re.compile(rf"^({MODIFIER}(?:{CAMPAIGN_HEADS}))")
PROJECT_AFTER = re.compile(rf"^({MODIFIER}(?:{'|'.join(sorted(PROJECT_STRICT_HEADS, key=len, reverse=True))}))")
SAYING_PART = re.compile(r"[，,、]")
QUOTE_CHARS = "“”\"「」『』《》"
# Verbs that take a slogan or a phenomenon, not a scheme: 实现“十二连增”, 纠正“四风”.
SLOGAN_BEFORE = re.compile(r"(?:不搞|反对|纠正|防止|打击|遏制|反|整治|克服|避免|摒弃|破除|占据|实现|形成|呈现|出现|"
                           r"陷入|跨越|树立|弘扬|牢记|秉持|发扬|坚持|践行|叫响|喊出|提出)$")
# A role to play (当好服务“店小二”, 争当“排头兵”) is a metaphor, not a scheme.
ROLE_BEFORE = re.compile(r"(?:当好|争当|争做|甘当|勇当)[\u4e00-\u9fff]{0,3}$")
LAW = re.compile(r"(?:法|条例|法典)(?:（[^）]*）)?$")
HEAD_END = re.compile(r"(?:工程|计划|行动|活动|项目|政策|制度|模式|机制|平台|品牌|服务|年|战略|规划|"
                      r"改革|课堂|学堂|通|节|基金|中心|论坛)$")


def quotes(ctx: Context) -> list[re.Match]:
    """Every quoted or titled span of the text, found once per document."""
    if "quotes" not in ctx.cache:
        ctx.cache["quotes"] = list(QUOTE.finditer(ctx.text))
    return ctx.cache["quotes"]


def rejected_spans(ctx: Context) -> list[tuple[int, int]]:
    """Spans of quoted slogans and concepts: nothing inside them is an entity."""
    if "rejected_quotes" not in ctx.cache:
        ctx.cache["rejected_quotes"] = [
            match.span() for match in quotes(ctx)
            if _rejected(ctx.text, match, match.group(1) or match.group(2), match.group(2) is not None)]
    return ctx.cache["rejected_quotes"]


def _rejected_set(ctx: Context) -> frozenset[tuple[int, int]]:
    """``rejected_spans`` as a set for membership tests (built once per document)."""
    if "rejected_quote_set" not in ctx.cache:
        ctx.cache["rejected_quote_set"] = frozenset(rejected_spans(ctx))
    return ctx.cache["rejected_quote_set"]


def _concepts(ctx: Context) -> set[str]:
    """Glossary terms defined as a situation or a feature (“三期叠加”:是指…形势), not a scheme."""
    return {_strip_quotes(e.term) for e in ctx.structure.glossary
            if GLOSSARY_CONCEPT.search(e.definition[:60]) and not SCHEME_DEFINITION.search(e.definition[:60])}


def find(ctx: Context):
    """Candidates for every quoted name that is not a slogan or an honour."""
    text = ctx.text
    rejected = _rejected_set(ctx)
    concepts = _concepts(ctx)
    for match in quotes(ctx):
        inner = match.group(1) or match.group(2)
        book = match.group(2) is not None
        if match.span() in rejected or _strip_quotes(inner) in concepts:
            continue
        group = _short_title_of(text, match.start()) if book else None
        for candidate in _candidates(ctx, match, inner, book):
            yield replace(candidate, group=match.start() if group is None else group)


SHORT_TITLE_BEFORE = re.compile(r"》\s*[（(]\s*(?:以下)?简称[为:：]?\s*$")


def _short_title_of(text: str, start: int) -> int | None:
    """《…规划纲要（草案）》（以下简称《纲要》）: the short title is the long one's alias;
    the group of the long title (where its 《 stands) is returned."""
    found = SHORT_TITLE_BEFORE.search(text, max(0, start - 12), start)
    if found is None:
        return None
    opening = text.rfind("《", 0, found.start())
    return opening if opening >= 0 else None


def _rejected(text: str, match: re.Match, inner: str, book: bool) -> bool:
    before, after = text[max(0, match.start() - 16):match.start()], text[match.end():match.end() + 6]
    if AWARD_BEFORE.search(before) or after.startswith(("称号", "荣誉")):
        return True
    if book:
        return False
    return (len(inner.strip()) < 2 or CONCEPT_AFTER.match(after) is not None
            or CONCEPT_END.search(inner) is not None
            or _slogan_verb_before(before, after) or ROLE_BEFORE.search(before) is not None
            or _descriptive_word(inner)
            or (_saying(inner) and _headed_saying(text, match.end()) is None)
            or _bare_count(inner, after) or ARTICLES_ONLY.match(inner) is not None
            or IMPERATIVE.match(inner) is not None or _goal_clause(inner, after)
            or (ORDINAL.match(inner) is not None and not HEAD_END.search(inner)))


# A goal or a positioning the quote is called (“…”奋斗目标, “…”发展定位).
GOAL_AFTER = re.compile(r"^(?:奋斗|发展)(?:目标|定位)")
GOAL_CLAUSE_CHARS = 8


def _goal_clause(inner: str, after: str) -> bool:
    """紧紧围绕“争当某地推动甲乙发展排头兵”奋斗目标: a long quoted clause called a goal
    is a goal slogan, not a scheme (a short code, “2468”发展目标, or a tag opening with a
    count, “两个率先”奋斗目标, stays for the code and tag rules)."""
    return (len(inner) >= GOAL_CLAUSE_CHARS and GOAL_AFTER.match(after) is not None
            and not (inner[0] in NUMERAL or inner[0].isdigit()))


def _slogan_verb_before(before: str, after: str) -> bool:
    """坚持“甲乙”, 践行“甲乙”: a verb that takes a slogan; with a strong head glued to the
    closing quote (坚持“甲业强区”战略, 践行“甲乙”战略) the quote names that scheme."""
    return SLOGAN_BEFORE.search(before) is not None and not after.startswith(PROGRAM_STRONG_HEADS)


SCHEME_DEFINITION = re.compile(r"模式|制度|举措|措施|项目|平台|计划|工程|机制|活动|服务|载体")
# A quoted word that itself ends in a concept noun: “三公经费”, “双引擎”式, “中等收入陷阱”;
# or in a condition the economy is under, faced rather than run: “三重压力”, “两期叠加”, “四大矛盾”;
# or in a quality a place shows (“甲区力量”, “乙县形象”, “丙城速度”, “三大品质”): a boast, not a scheme.
CONCEPT_END = re.compile(r"(?:经费|问题|思维|情结|陷阱|现象|效应|理念|精神|压力|叠加|矛盾|挑战|"
                         r"力量|形象|速度|品质|担当|气质|温度)$")


# A verb with the complement 好 and a long object is an imperative slogan: “守护好一江碧水”
# (a short one, “管好钱袋子”, may name a drive).
IMPERATIVE = re.compile(r"^[\u4e00-\u9fff]{1,2}好[\u4e00-\u9fff]{4,}$")
# An ordinal names a rank or a figure of speech (“第二财源”, “第一方阵”), not a scheme.
ORDINAL = re.compile(r"^第[一二三四五六七八九十\d]+")


# A tally of rankings reached (“3个位居第一”, “两个首次突破”, “5个全省第1”): a count of
# results, not a scheme.
RANK_TALLY = re.compile(rf"^[\d{NUMERAL}]+个[\u4e00-\u9fff]{{0,4}}(?:第[一1]|首次|首位|前列|领先)")


def _bare_count(inner: str, after: str) -> bool:
    """A quoted number alone (“12345”: a hotline or a figure) or a tally of rankings (“4个稳居第一”:
    a result); with a strong head glued on (“2211”工程, “两个走在前列”战略) it names a scheme."""
    return (inner.isdigit() or RANK_TALLY.match(inner) is not None) and not after.startswith(PROGRAM_STRONG_HEADS)


def _descriptive_word(inner: str) -> bool:
    """A quoted adjective or adverb (“一站式”) describes; it does not name."""
    from .words import tag_of

    return tag_of(inner) in ("a", "b", "d", "ad") and inner.isalpha() and len(inner) <= 4


SYSTEM_END = re.compile(r"[制式]$")
# At most two characters between a saying and its strong head: “甲、乙”发展战略, “甲、乙、丙”某某纲要.
# A campaign (活动, 主题教育) run under a saying names it too: “甲乙、丙丁”主题教育, “甲乙，丙丁”访贫活动.
SAYING_HEAD = re.compile(rf"(?:(?![并等和及与的对将把])[\u4e00-\u9fff]){{0,2}}?"
                         rf"(?:{STRONG_HEADS}|{'|'.join(EDUCATION_HEADS)}|活动)")


def _headed_saying(text: str, end: int) -> re.Match | None:
    """“甲业兴县、乙业立县”发展战略: a several-clause quote with a strong head right after
    it (two characters between at most) is the name of that scheme, not a slogan."""
    return SAYING_HEAD.match(text, end, end + 8)


def _saying(inner: str) -> bool:
    """Slogans and sayings: several clauses with no number in them and no system
    word at the end (一窗受理、全城通办 and 网格式、包干制 are schemes)."""
    parts = [p for p in SAYING_PART.split(inner) if p]
    if len(parts) < 2:
        return False
    counted = any(ch in NUMERAL for ch in inner)
    if any(len(p) > (8 if counted else 6) for p in parts) or len(parts) > 4:
        return True
    return not counted and not SYSTEM_END.search(inner)


# “甲乙”和“丙丁”改革: two quotes joined by a conjunction share the strong head after the
# second, so the first names a scheme of that kind too.
SHARED_HEAD = re.compile(rf"(?:和|与|及|、)“[^“”\n]{{1,14}}”(?:{STRONG_HEADS})")


def _candidates(ctx: Context, match: re.Match, inner: str, book: bool):
    text = ctx.text
    after = text[match.end():match.end() + 12]
    start, end = match.start(), match.end()
    strong, weak, project = (m if m and _head_ends_word(ctx, end + len(m.group(1))) else None
                             for m in (STRONG_AFTER.match(after), WEAK_AFTER.match(after), PROJECT_AFTER.match(after)))
    prefix_start = _prefix(ctx, start) if (strong or weak or project) else start
    if project:
        yield _glued(ctx, prefix_start, end + len(project.group(1)), "Project", "quoted+head")
    elif strong:
        yield _glued(ctx, prefix_start, end + len(strong.group(1)), "Program", "quoted+head")
    elif weak:
        yield Candidate(start, end + len(weak.group(1)), "Program", "quoted+weak",
                        0.8, name=inner.strip())
    headed = bool(project or strong or weak) or SHARED_HEAD.match(text, end) is not None
    rule = "book-title" if book else ("quoted" if headed else "quoted:bare")
    bare = Candidate(start, end, "Program", rule, _bare_score(ctx, inner, headed, book),
                     name=inner.strip())
    # 淮河下游“十五五”治理工程: the quoted word is a modifier there, not a short name
    yield replace(bare, group=-start) if prefix_start < start else bare


# A numbered formula (“两个确立”, “五个坚持”): a count and 个, mostly a slogan.
NUMBERED_FORMULA = re.compile(rf"^[{NUMERAL}]+个")


def _bare_score(ctx: Context, inner: str, headed: bool, book: bool) -> float:
    """How much a quoted word reads as a name: numerals (一社一特), a place
    (健康青溪), a head noun or a following head make it one; a bare common
    phrase (底线思维) is likely a slogan and needs repetition to pass."""
    if book:
        return 0.3 if LAW.search(inner) else 0.6
    if headed or HEAD_END.search(inner):
        return 0.75
    if NUMBERED_FORMULA.match(inner):  # “两个确立”, “五个坚持”: numbered formulas are mostly slogans,
        return 0.7 if _holds_place(ctx, inner) else 0.45  # but “三个江城” is a city's own vision
    if any(ch in NUMERAL for ch in inner):
        return 0.75 if len(inner) > 2 else 0.45  # “三农”, “四风”: two-character tags
    if _holds_place(ctx, inner):
        return 0.7
    return 0.35


def _holds_place(ctx: Context, inner: str) -> bool:
    return any(p.name in inner for p in ctx.places)


# A scope word opens an adverbial (在全国首创“…”制度, 全省率先“…”改革), not a name.
SCOPE_PREFIX = ("全国", "全省", "全市", "全区", "全县", "全州", "全旗")
# Verbs jieba tags as nouns or leaves untagged before a quote: 首创, 包抓 (a leader in charge of).
VERBS_BEFORE = ("首创", "首推", "率先", "推出", "推行", "包抓", "包联", "包保", "挂包", "锚定", "对标")


# A count opens the scope of an act (在12个村“甲乙”改革试点), not a name.
COUNTED_PREFIX = re.compile(rf"[\d{NUMERAL}]+[个家所座处批条项]")


def _prefix(ctx: Context, quote_start: int) -> int:
    """A name prefix glued to the opening quote (计划生育“贴心”关爱工程). A verb right
    before the quote takes the quoted scheme as its object (领导干部包抓“五上”企业机制),
    so the words before it are no part of the name."""
    words = ctx.words
    start = words.name_start(quote_start, limit=8)
    if start >= quote_start or ctx.text[quote_start - 1].isspace():
        return quote_start
    i = words.index_at(quote_start - 1)
    if words.tags[i] == "v" or words.words[i] in VERBS_BEFORE or ctx.text.startswith(SCOPE_PREFIX, start) \
            or COUNTED_PREFIX.match(ctx.text, start):
        return quote_start
    return _past_verb_before(ctx, start, quote_start)


def _past_verb_before(ctx: Context, start: int, quote_start: int) -> int:
    """首创甲乙“丙丁”模式: a verb jieba reads as a noun (首创, 锚定) opening the prefix takes
    the rest as its object; the name begins after it."""
    words = ctx.words
    for i in words.indices(start, quote_start):
        if words.words[i] in VERBS_BEFORE and words.ends[i] < quote_start:
            start = words.ends[i]
    return start


def _head_ends_word(ctx: Context, end: int) -> bool:
    """The head after the quote is a word of its own: “四个一批”项目管理 manages by a
    scheme, it is no “四个一批”项目."""
    return ctx.words.is_boundary(end)


def _glued(ctx: Context, start: int, end: int, type_: str, rule: str) -> Candidate:
    return Candidate(start, end, type_, rule, 0.85, name=_strip_quotes(ctx.text[start:end]))


def _strip_quotes(name: str) -> str:
    return "".join(ch for ch in name if ch not in QUOTE_CHARS).strip()


# --- vetoes (see programs.py) -------------------------------------------------

NUMBERED_TAG = re.compile(rf"^[{NUMERAL}][^{NUMERAL}\W\d]$")
BARE_RULES = ("quoted:bare", "quoted+weak")
# A tag whose second character is an act (稳 steady, 拥 support, 创 start up, 减 cut,
# 控 cap, 变 turn into) names the policy of doing it: “六稳”, “双减”. A tag of nouns
# (农, 风, 公, 资) names a group of topics or problems; 保 is left out, as “三保” is a
# budget duty (保工资、保运转…), not a scheme.
ACTION_CHARS = frozenset("稳拥创减控变")


def numbered_tag(ctx: Context, c: Candidate) -> bool:
    """A quoted numeral plus one character (“两违”工作, “三保”) is shorthand for a group
    of topics or problems; it names a scheme only with a strong head glued on (“八五”普法
    and “双减”计划 stay)."""
    inner = _strip_quotes(c.name or ctx.text[c.start:c.end])
    if c.type != "Program" or not NUMBERED_TAG.match(inner) or inner[-1] in ACTION_CHARS \
            or _beside_action_tag(ctx, c.start, inner[0]):
        return False
    close = ctx.text.find(inner, c.start) + len(inner) + 1
    return STRONG_AFTER.match(ctx.text[close:close + 12]) is None and not _zones_built(inner, ctx.text, close)


# A count of zones or towns (“两区”, “双城”) built as one scheme: “五区”建设.
ZONE_TAG_CHARS = frozenset("区城港园")
BUILT_AFTER = "建设"


def _zones_built(inner: str, text: str, close: int) -> bool:
    """扎实推进“五区”建设, 农业“两区”建设成效显著: a tag counting zones, with 建设
    right after the quote, is the building of those zones, a scheme (打造“四区” and
    “三农”建设 stay vetoed: no 建设 / no zone)."""
    return inner[-1] in ZONE_TAG_CHARS and text.startswith(BUILT_AFTER, close)


# A quoted action tag closing right before another quote, joined by nothing or 、: “六稳”“六保”;
# or the first of two parallel clauses, each a verb and its tag: 做好“六稳”工作、全面落实“六保”任务.
ACTION_TAG_BEFORE = re.compile(rf"“([{NUMERAL}])[{''.join(sorted(ACTION_CHARS))}]”"
                               rf"(?:、?|(?:工作|部署|任务)?[、，,][\u4e00-\u9fff]{{2,4}})$")


def _beside_action_tag(ctx: Context, start: int, numeral: str) -> bool:
    """“六稳”“六保”工作: a tag listed right after an action tag of the same count is the
    second half of one pair of policies (“三农”“三保” alone stay topics); so is one in
    the next parallel clause (“六稳”工作、落实“六保”任务)."""
    before = ACTION_TAG_BEFORE.search(ctx.text, max(0, start - 13), start)
    return before is not None and before.group(1) == numeral


OUTCOME_BEFORE = re.compile(r"(?:形成|实现|呈现|出现)(?:新的|一个|一种|了|起)$")


def outcome_phrase(ctx: Context, c: Candidate) -> bool:
    """形成新的“双轮驱动”: a verb of becoming plus an adjective takes a state or a
    metaphor, not a scheme (the bare verb is already a slogan cue)."""
    before = ctx.text[max(0, c.start - 6):c.start]
    return c.rule in BARE_RULES and OUTCOME_BEFORE.search(before) is not None


CATEGORY_END = re.compile(r"(?:家庭|企业|户|人员|群体|人群)$")


def category(ctx: Context, c: Candidate) -> bool:
    """A quoted kind of household or firm (“空巢家庭”, “专精特新企业”) is who a scheme
    is for, not the scheme."""
    return c.rule in BARE_RULES and CATEGORY_END.search(c.name or "") is not None


# --- generators after the quoted rule -------------------------------------------------------

SHORT_FOR = re.compile(r"[（(，,]\s*(?:以下)?简称[为:：]?\s*“([^“”\n]{1,12})”\s*[）)]?")


def abbreviations(ctx: Context):
    """城乡供水一体化提升工程（简称“水网工程”）: the scheme before 简称 takes its full
    name, and the quoted short form joins it as an alias."""
    for match in SHORT_FOR.finditer(ctx.text):
        head = STRONG_BEFORE.search(ctx.text, max(0, match.start() - 8), match.start())
        start = _clause_object(ctx.text, match.start() - 20, match.start()) if head else None
        if start is None or match.start() - start < 4:
            continue
        quote = match.start(1) - 1
        yield Candidate(start, match.start(), "Program", "abbreviation:full", 0.9,
                        name=ctx.text[start:match.start()], group=quote)
        yield Candidate(quote, match.end(1) + 1, "Program", "abbreviation:short", 0.9,
                        name=match.group(1).strip(), group=quote)


OBJECT_START = re.compile(r"(?:[，。；：:,;\n]|实施|启动|开展|推进|推行|出台|制定|实行|建立|设立)(?!.*(?:[，。；：:,;\n]|实施|启动|开展|推进|推行|出台|制定|实行|建立|设立))")


def _clause_object(text: str, floor: int, end: int) -> int | None:
    """Start of the noun phrase that ends at ``end``: after the last clause break or
    launch verb; None if the span holds a clause word (的, 和…)."""
    found = OBJECT_START.search(text, max(0, floor), end)
    start = found.end() if found else None
    if start is None or re.search(r"[的和与及等在是]", text[start:end]):
        return None
    return start


STRONG_BEFORE = re.compile(rf"(?:{STRONG_HEADS})$")


DESIGNATION = re.compile(r"(?:示范|先进|文明|卫生)[\u4e00-\u9fff]{0,2}$")


def designation_drive(ctx: Context, c: Candidate) -> bool:
    """继续做好国家级“节水型社会示范区”创建工作: a quoted title being worked for is an
    honour to win, not a scheme (“平安和谐临江”创建活动 names a campaign, and stays)."""
    inner = c.name or _strip_quotes(ctx.text[c.start:c.end])
    close = ctx.text.find("”", c.start)
    return (c.type == "Program" and c.rule in ("quoted:bare", "quoted+weak", "quoted")
            and close >= 0 and ctx.text.startswith("创建", close + 1) and DESIGNATION.search(inner) is not None)


CLASS_AFTER = re.compile(r"(?:、?“[^“”\n]{1,14}”)*等[\u4e00-\u9fff]{0,8}?"
                         r"(?:模式|机制|活动|工程|行动|计划|品牌|服务|项目|平台|制度|政策)")


def listed_schemes(ctx: Context):
    """推广“邻里认养、片区包干”等管护模式: quoted items closed by 等 and a scheme
    noun are members of that class of schemes, not slogans."""
    rejected = _rejected_set(ctx)
    for match in quotes(ctx):
        inner = match.group(1)
        if inner and match.span() not in rejected and CLASS_AFTER.match(ctx.text, match.end()):
            yield Candidate(match.start(), match.end(), "Program", "quoted:listed", 0.75,
                            name=inner.strip(), group=match.start())


BOOK = re.compile(r"《([^《》\n]{2,60})》")
# Since the 14th plan the title adds the long-range goals: …第十四个五年规划和二〇三五年远景目标纲要.
FIVE_YEAR_PLAN = re.compile(r"第([一二三四五六七八九十]+)个五年规划"
                            r"(?:和(?:二[〇零]|20)[一二三四五六七八九〇零\d]{2}年远景目标)?(?:纲要)?(?:[（(]草案[)）])?$")


def five_year_plans(ctx: Context):
    """《江城市国民经济和社会发展第十五个五年规划纲要》 is the 十五五规划 that the text
    also writes “十五五”规划; a later short title made of its characters in order
    (《纲要》, 《规划纲要》) is the same plan. A proposal for the plan (…规划的建议)
    is another document."""
    plans: list[tuple[str, str]] = []
    for match in BOOK.finditer(ctx.text):
        title = match.group(1)
        period = FIVE_YEAR_PLAN.search(title)
        name = f"{period.group(1)}五规划" if period else _abbreviated(title, plans)
        if name:
            plans.append((title, name))
            yield Candidate(match.start(), match.end(), "Program", "book-title:plan", 0.9,
                            name=name, group=match.start())


def _abbreviated(short: str, plans: list[tuple[str, str]]) -> str | None:
    """The plan name of an earlier title that holds ``short``'s characters in order."""
    for title, name in plans:
        rest = iter(title)
        if len(short) <= 6 and all(ch in rest for ch in short):
            return name
    return None


FIVE_YEAR_PERIOD = r"“([一二三四五六七八九十]+五)”"  # “十四五”
PERIOD_PLAN = re.compile(rf"{FIVE_YEAR_PERIOD}(规划|计划)")


def scheme_period_plans(ctx: Context):
    """实施乡村振兴“十四五”规划: a scheme found just before a quoted five-year period
    and 规划 has a plan of its own for that period (乡村振兴十四五规划), not the
    government's overall plan."""
    ends = {c.end: c for c in ctx.cache.get("found", ()) if c.type == "Program" and not c.rule.startswith("quoted")}
    for match in PERIOD_PLAN.finditer(ctx.text):
        scheme = ends.get(match.start())
        if scheme is not None:
            name = (scheme.name or ctx.text[scheme.start:scheme.end]) + match.group(1) + match.group(2)
            yield Candidate(scheme.start, match.end(), "Program", "quoted:period-plan", 0.95, name=name)


# A launch verb, an optional adverb before it and a topic of up to 4 characters
# between it and the quote: 全面深化“甲乙制”, 开展污染防治“春季行动”.
LAUNCH_BEFORE = re.compile(r"(?:开展|实施|推行|推进|深化|启动|推广|试行|实行|创新开展|创新实施|全面推开|全面推行)"
                           r"(?:[\u4e00-\u9fff]{2,4})?$")
# What may follow the quoted object: a clause break, another item, or 工作 and a break.
OBJECT_END = re.compile(r"^(?:[，。；、,;]|工作[，。；,;])")
# A clause word in the topic between the verb and the quote: the verb is not its launcher.
CUE_CLAUSE = re.compile(r"[的和与及是在]")


def _launchable(inner: str) -> bool:
    """Long enough to name a scheme (“减污”, two characters, is a tag), no numbered
    formula (“两个先行”) and no saying."""
    return len(inner.strip()) >= 3 and not NUMBERED_FORMULA.match(inner) and not _saying(inner)


def launched_quotes(ctx: Context):
    """全面深化“甲长制”, 创新开展“以奖代补”: a bare quoted word that is the whole
    object of a launch verb (a clause break right after it) is a scheme being run,
    not a slogan; lifts the bare word above the threshold. Slogan and honour cues
    (坚持, 荣获…) still reject it, and vetoes still apply."""
    text = ctx.text
    rejected = _rejected_set(ctx)
    for match in quotes(ctx):
        inner = match.group(1)
        if not inner or match.span() in rejected or not OBJECT_END.match(text[match.end():match.end() + 3]):
            continue
        before = text[max(0, match.start() - 10):match.start()]
        cue = LAUNCH_BEFORE.search(before)
        if cue is None or CUE_CLAUSE.search(cue.group()) or not _launchable(inner):
            continue
        yield Candidate(match.start(), match.end(), "Program", "quoted:launched", 0.6,
                        name=inner.strip(), group=match.start())


def action_tags(ctx: Context):
    """全面落实“六稳”部署, “双拥”共建: a quoted numeral plus an act (see ACTION_CHARS)
    is a policy by its name alone, whatever word follows it; so is the second half of
    a pair listed right after one (“六稳”“六保”任务, see ``_beside_action_tag``)."""
    for match in quotes(ctx):
        inner = (match.group(1) or "").strip()
        if NUMBERED_TAG.match(inner) and (inner[-1] in ACTION_CHARS
                                          or _beside_action_tag(ctx, match.start(), inner[0])):
            yield Candidate(match.start(), match.end(), "Program", "quoted:action-tag", 0.6,
                            name=inner, group=match.start())


def renewal_tags(ctx: Context):
    """依法推进“三某”改造: a quoted numbered tag launched (推进, 实施…) with 改造 glued on
    names the renewal scheme (三某改造); the tag alone is a group of topics (see
    ``numbered_tag``), and “三农”工作 or 纠正“四风” take no 改造."""
    text = ctx.text
    for match in quotes(ctx):
        inner = (match.group(1) or "").strip()
        end = match.end() + 2
        if NUMBERED_TAG.match(inner) and text.startswith("改造", match.end()) and ctx.words.is_boundary(end) \
                and LAUNCH_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            yield Candidate(match.start(), end, "Program", "quoted:renewal-tag", 0.6,
                            name=inner + "改造", group=match.start())


# What may stand between a quoted brand and 基金: a kind of fund (保障, 专项, 发展…).
FUND_AFTER = re.compile(r"(?:(?![的和与及等在是对将把、])[\u4e00-\u9fff]){0,4}?基金")


def quoted_funds(ctx: Context):
    """“暖心同行”保障基金实现应报尽报: a quoted brand with its kind of fund glued on is a
    named fund, a body that runs a scheme (typed as programs' head-found funds)."""
    rejected = _rejected_set(ctx)
    for match in quotes(ctx):
        inner = (match.group(1) or "").strip()
        fund = FUND_AFTER.match(ctx.text, match.end(), match.end() + 7)
        if fund and len(inner) >= 2 and match.span() not in rejected and ctx.words.is_boundary(fund.end()):
            yield Candidate(match.start(), fund.end(), FUND[0], "quoted+fund", 0.85,
                            name=inner + fund.group(), group=match.start(), also=FUND[1])


SWITCH_TAG = re.compile(r"^[\u4e00-\u9fff][改转][\u4e00-\u9fff]$")
# What a switch is when it is a wrong done, not a policy: 拆除“甲改乙”等行为.
MISDEED_AFTER = re.compile(r"^等?(?:行为|问题|现象)")


def switch_tags(ctx: Context):
    """完成“甲改乙”移交, “甲转乙”联运: a quoted switch from one thing to another
    (one character each side of 改 or 转) names the switchover policy; a misdeed of
    that shape (“甲改乙”等行为) does not."""
    for match in quotes(ctx):
        inner = (match.group(1) or "").strip()
        after = ctx.text[match.end():match.end() + 4]
        if SWITCH_TAG.match(inner) and not MISDEED_AFTER.match(after):
            yield Candidate(match.start(), match.end(), "Program", "quoted:switch-tag", 0.6,
                            name=inner, group=match.start())


COUNT_WORDS = {"两": 2, "二": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# Quoted items, side by side or 、-joined, closed by their own count and a class of schemes:
# 打好“甲”“乙”“丙”三大组合拳, 实施“甲”、“乙”两大工程.
COUNTED_QUOTES = re.compile(r"((?:“[^“”\n]{2,12}”、?){2,10})([两二双三四五六七八九十])(?:大|项|个)?"
                            r"(?:组合拳|攻坚战|会战|战役|专项行动|行动|工程|战略|计划|举措|改革|活动)")


def counted_quotes(ctx: Context):
    """打好“春耕”“夏管”“秋收”三大组合拳: quoted items followed by a count equal to
    their number and a class of schemes are each a named scheme of that class, though
    each alone reads as a bare word."""
    rejected = _rejected_set(ctx)
    for match in COUNTED_QUOTES.finditer(ctx.text):
        items = list(QUOTE.finditer(ctx.text, match.start(1), match.end(1)))
        if len(items) != COUNT_WORDS[match.group(2)]:
            continue
        for item in items:
            if item.span() not in rejected:
                yield Candidate(item.start(), item.end(), "Program", "quoted:counted", 0.7,
                                name=item.group(1).strip(), group=item.start())


MEDIA_BEFORE = re.compile(r"(?:央视|电视台|卫视|日报|晚报|杂志|报纸)$")
MEDIA_AFTER = re.compile(r"^(?:栏目|节目|头版|专栏|专题报道|报道|刊发|播出)")


def media_title(ctx: Context, c: Candidate) -> bool:
    """被央视《晚间要闻》报道: a programme or paper that reports on a scheme is media,
    not a scheme (a plan or a law in 《》 stays)."""
    if c.type != "Program" or not c.rule.startswith("book-title"):
        return False
    return (MEDIA_BEFORE.search(ctx.text, max(0, c.start - 6), c.start) is not None
            or MEDIA_AFTER.match(ctx.text[c.end:c.end + 4]) is not None)


# Events named by a quoted brand and what they are: “春风十里”国际茶文化节, “甲乙携手”合作恳谈会.
EVENT_AFTER = re.compile(r"^((?:(?![的和与及等在是对将把、])[\u4e00-\u9fff]){0,8}?"
                         rf"(?:节|{'|'.join(SESSION_HEADS)}))")

# A day of the calendar is no event anyone runs: “五一”劳动节, “六一”儿童节.
HOLIDAY = re.compile(r"(?:劳动|儿童|妇女|青年|教师|护士|记者|老人|建军|建党|国庆|元宵|端午|中秋|重阳|植树|春|情人)节$")


def quoted_events(ctx: Context):
    """举办“春风十里”国际茶文化节: the quoted brand and the event after it are one name
    (the quoted word alone is its short form); the event head must end a word."""
    rejected = _rejected_set(ctx)
    for match in quotes(ctx):
        inner = match.group(1)
        event = EVENT_AFTER.match(ctx.text[match.end():match.end() + 14]) if inner else None
        if event is None or match.span() in rejected or _saying(inner) or HOLIDAY.search(event.group(1)):
            continue
        end = match.end() + len(event.group(1))
        if ctx.words.is_boundary(end):
            yield Candidate(match.start(), end, "Program", "quoted+event", 0.85,
                            name=inner.strip() + event.group(1), group=match.start())


# The government's own five-year plan, quoted: 编制“十五五”规划 (a scheme's plan for the
# period, 乡村振兴“十五五”规划, is scheme_period_plans').
OWN_PERIOD_PLAN = re.compile(rf"{FIVE_YEAR_PERIOD}规划")
PLAN_OPENER_TAGS = ("v", "m", "p", "u", "c", "d", "x")


def period_plans(ctx: Context):
    """科学编制“十五五”规划 / 实现“十五五”规划目标: after a verb, a count, a particle or
    a break (no topic glued before the quote), the quoted period plus 规划 is the
    government's five-year plan (十五五规划)."""
    for match in OWN_PERIOD_PLAN.finditer(ctx.text):
        start = match.start()
        if _opens_own_plan(ctx, start):
            yield Candidate(start, match.end(), "Program", "quoted:own-period-plan", 0.8,
                            name=match.group(1) + "规划", group=start)


# A quoted five-year period alone (“十五五”时期, “十五五”期间, 实现“十五五”良好开局) stands
# for the government's plan of that period; 规划/计划 after it is period_plans' or a
# scheme's own plan (乡村振兴“十五五”规划).
PERIOD_TAG = re.compile(rf"{FIVE_YEAR_PERIOD}(?!规划|计划)")


def period_tags(ctx: Context):
    """“十五五”时期, 实现“十五五”良好开局: the quoted period is the plan's short name
    (十五五), which a concept word after it (时期, 期间, 目标) does not make a slogan;
    a topic glued before it (某市“十五五”时期…纲要) makes it part of a longer title."""
    for match in PERIOD_TAG.finditer(ctx.text):
        if _opens_own_plan(ctx, match.start()):
            yield Candidate(match.start(), match.end(), "Program", "quoted:period-tag", 0.75,
                            name=match.group(1), group=match.start())


def _opens_own_plan(ctx: Context, start: int) -> bool:
    """No topic glued before the quoted period: the text starts there or the word
    before is a verb, a count, a particle or a break (某市“十五五”时期…规划 is the
    city's plan title, 乡村振兴“十五五”规划 a scheme's plan)."""
    words = ctx.words
    i = words.index_at(start - 1) if start else -1
    return i < 0 or (words.tags[i] or "x").startswith(PLAN_OPENER_TAGS) and words.tags[i] != "vn"


# A package of measures named by its topic and its count of articles: “稳外贸15条”,
# “甲乙”12条政策措施.
COUNT_OF_ARTICLES = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})条"
ARTICLES_INSIDE = re.compile(rf"^[\u4e00-\u9fff]{{2,8}}{COUNT_OF_ARTICLES}$")
ARTICLES_AFTER = re.compile(rf"^{COUNT_OF_ARTICLES}(?:政策措施|措施|政策|意见|举措)")
ARTICLES_ONLY = re.compile(rf"^{COUNT_OF_ARTICLES}$")
# The topic written before a quoted count (出台稳外贸“15条”、促消费“10条”): after an
# issuing verb, a list break or 及, two to eight name characters up to the quote.
TOPIC_BEFORE = re.compile(rf"(?:出台了|{ISSUING_VERBS}|[、，；]|及)([\u4e00-\u9fff]{{2,8}})$")


def counted_packages(ctx: Context):
    """出台“稳外贸15条”, 出台“开局起跑”12条政策: a quoted topic with its count of
    articles, inside the quote or glued after it with a kind of measure, names one
    package of measures (a count alone, “20条”, names nothing)."""
    for match in quotes(ctx):
        inner = (match.group(1) or "").strip()
        after = ARTICLES_AFTER.match(ctx.text[match.end():match.end() + 10])
        if after and len(inner) >= 2 and ctx.words.is_boundary(match.end() + len(after.group())):
            yield Candidate(match.start(), match.end() + len(after.group()), "Program", "quoted:articles", 0.8,
                            name=inner + after.group(), group=match.start())
        elif ARTICLES_INSIDE.match(inner):
            yield Candidate(match.start(), match.end(), "Program", "quoted:articles", 0.75,
                            name=inner, group=match.start())
        elif ARTICLES_ONLY.match(inner):
            yield from _topic_package(ctx, match, inner)


def _topic_package(ctx: Context, match: re.Match, inner: str):
    """出台稳外贸“15条”: a quoted count alone names nothing, but with the topic written
    right before it (after an issuing verb or a list break) it names the package
    (稳外贸15条; 上述“10条” has no topic)."""
    topic = TOPIC_BEFORE.search(ctx.text, max(0, match.start() - 12), match.start())
    if topic and ctx.words.is_boundary(topic.start(1)) and not PACKAGE_GENERIC.match(topic.group(1)):
        yield Candidate(topic.start(1), match.end(), "Program", "quoted:articles", 0.75,
                        name=topic.group(1) + inner, group=match.start())


# A quoted code of figures (“4321”, “1+3+N” figures only: “2+1+6”, “246+”) stands for a
# scheme's parts counted out; it names the scheme when a plan word follows it, with at
# most a two-character topic between, and the plan word closes the phrase (“4321”发展思路，
# “135”战略部署和…, “2468”工作制度。). A code before anything else (“1703”小镇建设, “12345”热线)
# is a place, a figure or a hotline; a plan word running on (“4321”思路重点项目) modifies a noun.
# Numerals only (“五个五”, “七二一”) count out parts the same way; a five-year period
# (“十四五”) is the period's plan, not a code.
FIGURE_CODE = re.compile(r"^(?:\d[\d+]{2,}|(?![一二三四五六七八九]?十[一二三四五六七八九]五$)[一二两三四五六七八九十个]{3,})$")
# The plan word may take an adverb of detail (“甲乙”具体部署), a goal may be a task list
# (“甲乙”工作任务), and a footnote mark may close it (“甲乙”发展战略〔1〕).
CODE_PLAN_AFTER = re.compile(r"^(?:具体|重大)?(?:(?:发展|工作|战略|总体)?(?:思路|部署|安排|战略|制度|机制)"
                             r"|(?:发展|工作)(?:目标|任务))(?=[，。；、,;和与及〔\[]|$)")


def code_names(ctx: Context):
    """认真贯彻“4321”发展思路, 建立“2468”工作制度, 紧盯“4213”发展目标, 遵循“四个二”工作思路:
    a quoted code of figures or numerals followed by a plan word or a goal is the code
    name of a scheme (the code is the name the text repeats)."""
    text = ctx.text
    for match in quotes(ctx):
        inner = (match.group(1) or "").strip()
        if FIGURE_CODE.match(inner) and CODE_PLAN_AFTER.match(text[match.end():match.end() + 6]):
            yield Candidate(match.start(), match.end(), "Program", "quoted:code", 0.75,
                            name=inner, group=match.start())
