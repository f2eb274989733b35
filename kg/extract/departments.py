"""Departments: a level prefix or a place, a function, and a body head.

区政府, 县委, 区交警大队, 区人才交流市场, 江城市政府办公室, 国家发展改革委, 省民政厅;
bare 人大 / 政协 as short forms. Not: 全区, 区级老年人活动中心, 区委常委会议.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import issuer_place
from .context import Context
from .lexicon import (DEPARTMENT_HEADS, LEVEL_ONLY_HEADS, LEVELS, LOCAL_LEVELS, NOT_LEVEL, department_names,
                      named_bodies)
from .pipeline import Candidate
from .places import conjunction_place
from .programs import FUND  # government-founded funds: a body that runs schemes
from .words import STOP_WORDS

BODY_HEADS = tuple(sorted(set(DEPARTMENT_HEADS + LEVEL_ONLY_HEADS), key=len, reverse=True))
_HEADS = "|".join(BODY_HEADS)
HEAD_AT = re.compile(f"(?=(?:{_HEADS}))")
_LEVELS = "|".join(LEVELS)
LEVELLED = re.compile(rf"(?=(?:{_LEVELS})([\u4e00-\u9fff]{{0,10}}?)(?:{_HEADS}))")
PARTY = re.compile(r"(?:党|中共)中央(?:委员会)?|中央(?=关于|“)")
# 中央 named together with a Party committee or a government (中央和省委, 中央、国务院), or with
# bare levels that end in a body or in the rulings the report carries out (中央、自治区和市委,
# 落实中央、省和江城市决策部署), is the Party centre; 中央和地方, 中央财政, 中央和省级资金 name no body.
_CENTRE_LEVEL = r"(?:自治区|自治州|省|市|州|盟|县|区|旗)"
_CENTRE_RULINGS = r"(?:的|各项)?(?:决策部署|部署|决策|要求|精神|领导|出台)"
# Alone, only the rulings no purse or scope shares: 落实中央决策部署, 按照中央部署 (not 中央精神文明…).
_CENTRE_OWN_RULINGS = r"(?:的|各项|重大)?(?:决策部署|部署要求|部署)"
CENTRE_WITH_BODY = re.compile(rf"中央(?=[和、与及]国务院|"
                              rf"(?:[和、与及][\u4e00-\u9fff]{{0,4}}?{_CENTRE_LEVEL})+(?:委|党委|政府|人民政府|{_CENTRE_RULINGS})|"
                              rf"{_CENTRE_OWN_RULINGS})")
BARE = re.compile(r"(?<![\u4e00-\u9fff])?(?:人大常委会|人大|政协)")
# 政协委员, 人大代表: a member of the body, the body named only as the member's title.
MEMBER_AFTER = re.compile(r"^(?:各位)?(?:委员|代表)")
# A meeting of a body is no body; its members and officers (区委书记, 区政协委员) still
# name it.
NOT_AFTER = re.compile(r"^(?:全会|会议|全委|扩大会议)")
LEVEL_ADJECTIVE = re.compile(r"^(?:级|属|内|直|管|域|民|场|区|县)")
# 县委县政府, 州委州政府, 市人大市政协: two of the four leading bodies glued, two bodies (every
# one-character level).
_LEADING_BODY = r"(?:委|政府|人民政府|人大|政协)"
TWO_BODIES = re.compile(rf"(?:[委府]|人大|政协)[省市区县州旗盟]{_LEADING_BODY}")
VERBISH = frozenset({"d", "p", "c", "u", "uj", "ul", "r", "ad"})
GENERIC_BODIES = re.compile(r"^(?:各|有关|相关|职能|其他|其它|下属|所属|基层|全体)")


def find(ctx: Context):
    """Department candidates: levelled bodies, place-prefixed bodies, party organs."""
    yield from _levelled(ctx)
    yield from _place_prefixed(ctx)
    yield from _party(ctx)
    yield from _bare(ctx)
    yield from _issuer(ctx)
    yield from _unlevelled(ctx)
    yield from _dictionary_bodies(ctx)


BODY_END = re.compile(r"(?:院|部|委|局|厅|署|政府|政协|中央|常委会)$")
GENERIC_BODY_WORDS = frozenset({"人民政府", "人民代表大会", "联合会", "科研院所", "人民政协", "常委会",
                                # classes of institution, named only with a prefix (江城卫生院)
                                "卫生院", "福利院", "敬老院", "养老院", "疗养院", "研究院", "设计院",
                                "中医院", "人民医院", "人民法院", "检察院"})


# 党委政府, 市委政府: a Party committee and a government named together, no one body.
TWO_GENERIC_BODIES = re.compile(r"委(?:人民)?政府$")


def _glued_to_verb(ctx: Context, start: int, word: str) -> bool:
    """摸清|政府债务: the first character ends a verb with the one before it (摸清, 查明),
    and the rest is a bare body; jieba's word (清政府) is a misreading."""
    import jieba

    pair = ctx.text[start - 1:start + 1] if start > 0 else ""
    return len(pair) == 2 and jieba.dt.FREQ.get(pair, 0) > 0 and word[1:] in ("政府", "人民政府", "政协", "委")


# 格局, 布局…; 东部, 内部…; a numbered bureau (某一局, 某二航局) is a construction firm's unit
NOT_BODY_END = re.compile(r"[格布大全结开变新残棋]局$|[东南西北中内外全局]部$|[一二三四五六七八九十](?:航务工程|工程|航)?局$|客厅$")


def _dictionary_bodies(ctx: Context):
    """Words the dictionary knows as organizations and that end like a public body."""
    words = ctx.words
    for i, word in enumerate(words.words):
        if words.tags[i] == "nt" and len(word) >= 3 and BODY_END.search(word) \
                and word not in GENERIC_BODY_WORDS and not NOT_BODY_END.search(word) \
                and not TWO_GENERIC_BODIES.search(word) and not _glued_to_verb(ctx, words.starts[i], word):
            yield Candidate(words.starts[i], words.ends[i], "Department", "department:dictionary", 0.6)


UNLEVELLED_HEADS = ("服务中心", "指挥中心", "管理中心", "调解委员会", "委员会", "机动队", "大队", "支队",
                    "协会", "促进会", "联合会", "总会")
UNLEVELLED_GENERIC = re.compile(r"^(?:[各该本每全新]|社区|街道|村|乡镇|基层|相关|有关|其他|行政|政务|公共|"
                                r"综合|便民|志愿|居民|群众|业主|行业|专业|区域|城市|农村|党群|\d)")


def _unlevelled(ctx: Context):
    """Named bodies without a level: 森林防火指挥中心, 邻里纠纷人民调解委员会."""
    text = ctx.text
    for start, head_start, end in ctx.head_spans(UNLEVELLED_HEADS, limit=12):
        name = text[start:end]
        if UNLEVELLED_GENERIC.match(name) or len(name) - (end - head_start) < 2:
            continue
        type_ = "Organization" if name.endswith(("协会", "促进会", "联合会")) else "Department"
        also = "Department" if type_ == "Organization" else "Organization"
        yield Candidate(start, end, type_, "department:unlevelled", 0.55, also=also)


def _levelled(ctx: Context):
    text, words = ctx.text, ctx.words
    for match in LEVELLED.finditer(text):
        start = match.start()
        if not words.is_boundary(start) and not _after_place(ctx, start) and not _after_conjunction(ctx, start):
            continue
        for end in _head_ends(text, start):
            body = text[start:end]
            if _valid_body(ctx, start, end) and not _not_level(body):
                name = _congress_short_name(ctx, body)
                if _unnamed_session(body, name):
                    break
                score = 0.9 if len(body) <= 12 else 0.6
                yield Candidate(start, end, "Department", "department:level", score, name=name)
                break


# 市政协 is one word to jieba, so 市政 (municipal) must not hide the level; 市政协调 has no
# word boundary after 协 and fails the body test.
LEVEL_CPPCC = re.compile(r"^[省市区县]政协")


def _not_level(body: str) -> bool:
    """The first character is no level: 市场…, 市政工程…, 区域… (not 市政协)."""
    return bool(NOT_LEVEL.match(body)) and not LEVEL_CPPCC.match(body)


def _head_ends(text: str, start: int):
    """Ends of every department head in ``text[start:start+14]``, longest name first."""
    window = text[start:start + 14]
    ends = {start + m.start() + len(head) for m in HEAD_AT.finditer(window) if m.start() >= 1
            for head in BODY_HEADS if window.startswith(head, m.start())}
    return sorted(ends, reverse=True)


def _valid_body(ctx: Context, start: int, end: int) -> bool:
    text, words = ctx.text, ctx.words
    name = text[start:end]
    if LEVEL_ADJECTIVE.match(name[1:]) or GENERIC_BODIES.match(name[1:]):
        return False
    if not words.is_boundary(end) or NOT_AFTER.match(text[end:end + 4]) or _report_title(ctx, end):
        return False
    if re.search(r"全会|会议|[“”]", name) or not _head_on_word(words, start, end, name) \
            or _unbalanced(name):
        return False
    if TWO_BODIES.search(name[1:]) or TWO_GENERIC_BODIES.search(name):
        return False  # 县委县政府, 市委政府 are two bodies
    if any(h == name[1:] for h in ("中心", "市场", "馆", "办", "所", "站", "队", "院", "委")) \
            and name[0] not in LEVEL_CHARS:  # 盟委, 旗委: a one-character level and a head
        return False
    if name.endswith(("中心", "市场", "馆")) and len(name) < 5:
        return False
    if name.endswith(LEVEL_ONLY_HEADS) and not name.startswith(LOCAL_LEVELS) and \
            not _after_place(ctx, start) and not name.endswith(DEPARTMENT_HEADS):
        return False
    if any(words.starts[i] > start and (words.words[i] in STOP_WORDS or words.tags[i] in VERBISH)
           for i in words.indices(start, end)):
        return False
    return not re.search(r"[，。、；：,;:\s\d]", name)


def _unbalanced(name: str) -> bool:
    """A bracket opened or closed alone: 某某(江城)数据中心 read from 江城 on is no body;
    the bracketed place locates a firm's unit."""
    return name.count("(") + name.count("（") != name.count(")") + name.count("）")


def _report_title(ctx: Context, end: int) -> bool:
    """2020年江城县政府工作报告 on the title line: 政府 belongs to 政府工作报告, the report's kind
    (江城县人民政府工作报告 still names the government)."""
    return ctx.text.startswith("工作报告", end) and ctx.text.endswith("政府", 0, end) \
        and not ctx.text.endswith("人民政府", 0, end) and "\n" not in ctx.text[:end]


def _head_on_word(words, start: int, end: int, name: str) -> bool:
    """The head begins a word (区公安/分局), or the whole name is one word (区委), so
    部署 or 全会 never end a body."""
    head = next((h for h in BODY_HEADS if name.endswith(h)), "")
    head_start = end - len(head)
    i = words.index_at(head_start)
    inner = words.starts[i] > start and words.ends[i] == end
    level_word = i > 0 and words.starts[i - 1] == start  # the level is the word before
    return words.is_boundary(head_start) or words.starts[i] == start or \
        (len(head) >= 2 and inner) or (inner and level_word and _body_word(words.words[i]))  # 县|农机局


def _body_word(word: str) -> bool:
    """One word of a stem and a one-character head is a body's name: 农机局, 扶贫办
    (not 格局, 布局, 开局: two characters; not 新格局, 会客厅). Standard names (公安局,
    政法委) are standard_departments' own."""
    return len(word) >= 3 and word[-1] in OFFICE_HEADS and not NOT_BODY_END.search(word) \
        and word not in _standard_forms()[1]


OFFICE_HEADS = "局委办厅"  # not 馆, 院, 站: 体育场馆, 卫生院 are facilities too


def _prefix_place(ctx: Context, place) -> bool:
    """A place that can open a body's name: no country, not 和县 read for 和|县."""
    return place.kind != "country" and not conjunction_place(ctx, place)


def _prefix_place_ending_at(ctx: Context, end: int):
    """The first place that can open a body's name and ends at ``end``, or None."""
    return next((p for p in ctx.places if p.end == end and _prefix_place(ctx, p)), None)


def _after_place(ctx: Context, start: int) -> bool:
    return any(p.end == start for p in ctx.places if not conjunction_place(ctx, p))


def _after_conjunction(ctx: Context, start: int) -> bool:
    """县委 in 市政府和县委: jieba's word 和县 hides the level."""
    return any(p.start == start - 1 and conjunction_place(ctx, p) for p in ctx.places)


def _place_prefixed(ctx: Context):
    """北原区人民政府, 江城市政府办公室: a gazetteer place followed by a body head."""
    text = ctx.text
    for place in ctx.places:
        end = _body_end(ctx, place.end) if _prefix_place(ctx, place) else None
        if end is not None and not text.endswith(CHAMBER_HEADS, 0, end):  # a chamber: place_chambers
            body = text[place.start:end]
            name = _congress_short_name(ctx, body)
            if _unnamed_session(body, name):
                continue
            yield Candidate(place.start, end, "Department", "department:place", 0.9, name=name)


def _body_end(ctx: Context, place_end: int) -> int | None:
    """End of the longest body head right after a place's level character (江城市|政府办公室)."""
    for end in _head_ends(ctx.text, place_end - 1):
        if end > place_end and _valid_body(ctx, place_end - 1, end) and not _verb_before_body(ctx, place_end, end):
            return None if SCHOOL_UNIT.search(ctx.text[place_end:end]) else end
    return None


# A university or college with more name after it: the body is the school's unit, a hospital or
# institute (江城大学附属医院, 北原学院第一医院), an Organization, no government body.
SCHOOL_UNIT = re.compile(r"(?:大学|学院)(?=[\u4e00-\u9fff])")


def issuer_place_bodies(ctx: Context):
    """The issuer's own place, which the gazetteer may not know by the report's short name
    (某右旗 for a long banner name), before a body head: 某右旗第九届人民代表大会, 某右旗教育局."""
    text, forms = ctx.text, _issuer_forms(issuer_place(ctx.document.issuer))
    for match in _any_of(forms).finditer(text) if forms else ():
        if match.span() in ctx.place_spans or not ctx.words.is_boundary(match.start()):
            continue  # a gazetteer place: _place_prefixed
        end = _body_end(ctx, match.end())
        if end is not None:
            body = text[match.start():end]
            name = _congress_short_name(ctx, body)
            if _unnamed_session(body, name):
                continue
            yield Candidate(match.start(), end, "Department", "department:issuer-place", 0.85, name=name)


# The dateline's congress with a line break inside (在江城县\n第九届人民代表大会第二次会议上,
# 在江城县第九届\n人民代表大会…): place, term and body, any of them on the next line.
BROKEN_CONGRESS = re.compile(r"(?<=在)([\u4e00-\u9fff]{2,14}?[省市区县旗州盟])(\s*)(第?[一二三四五六七八九十]+届)(\s*)"
                             r"(人民代表大会)(?=第?[一二三四五六七八九十]+次)")


def broken_congresses(ctx: Context):
    """A found place's numbered congress written across a line break, named without the
    break: 江城县第九届人民代表大会 (区人大's alias when the report says 区人大). Unbroken ones
    are _place_prefixed's."""
    for match in BROKEN_CONGRESS.finditer(ctx.text):
        if "\n" not in match.group(2) + match.group(4) or match.span(1) not in ctx.place_spans:
            continue
        body = match.group(1) + match.group(3) + match.group(5)
        name = _congress_short_name(ctx, body) or body
        yield Candidate(match.start(), match.end(), "Department", "department:broken-congress", 0.85, name=name)


# The bodies of a prefecture (地区) or league (盟), which reports below it name by their standard
# short forms: 地委 (the prefecture Party committee), 行署 / 行政公署 (its administrative office),
# also after the level word (地区行署, 盟行署). One jieba word each, so 当地|委员会 never matches.
PREFECTURE_BODY = re.compile(r"(?:地区|盟)?(?:行政公署|行署)|地委")


def prefecture_bodies(ctx: Context):
    """在地委、行署和县委的领导下: the prefecture's Party committee and administrative office
    named by their short forms, Departments; a place right before opens the name
    (江城地区行署)."""
    words = ctx.words
    for match in PREFECTURE_BODY.finditer(ctx.text):
        start, end = match.span()
        if not (words.is_boundary(start) and words.is_boundary(end)):
            continue
        place = _prefix_place_ending_at(ctx, start)
        yield Candidate(place.start if place else start, end, "Department", "department:prefecture", 0.8)


# A compound issuer's own division after its parent's last level character: 江城市|北原区 -> 北原区.
OWN_DIVISION = re.compile(r"[省市州盟]([^省市州盟]{2,6}[区县旗市])$")


@lru_cache(maxsize=64)
def _issuer_forms(place: str) -> tuple[str, ...]:
    """The issuer's place and, for a compound issuer (江城市北原区), its own division alone:
    the report names its bodies by the short place (北原区人民政府). Longest first."""
    if len(place) < 2:
        return ()
    own = OWN_DIVISION.search(place)
    return (place, own.group(1)) if own else (place,)


@lru_cache(maxsize=64)
def _any_of(names: tuple[str, ...]) -> re.Pattern:
    """One compiled alternation of literal names, tried in the order given."""
    return re.compile("|".join(map(re.escape, names)))


CHAMBER_HEADS = ("商会",)
CHAMBER = re.compile("|".join(CHAMBER_HEADS))


def _verb_before_body(ctx: Context, start: int, end: int) -> bool:
    """江城总体规划获|省政府: a verb word inside the span right before a levelled body
    (a level character opening a word), so the place opens a clause, not the body's name."""
    words = ctx.words
    i = words.index_at(start)
    while i + 1 < len(words.words) and words.starts[i + 1] < end:
        nxt = words.starts[i + 1]
        if words.tags[i].startswith("v") and words.starts[i] >= start and ctx.text[nxt] in LEVEL_CHARS:
            return True
        i += 1
    return False


def place_chambers(ctx: Context):
    """A place (or a host place and a home place) right before 商会 is a chamber of the firms
    of that place, an Organization that is also a public body: 江城商会, 北原江城商会 (the
    home town's chamber in a host city) — one name, from the first place on."""
    text = ctx.text
    for match in CHAMBER.finditer(text):
        place = _prefix_place_ending_at(ctx, match.start())
        if place is None or not ctx.words.is_boundary(match.end()):
            continue
        host = next((p for p in ctx.places if p.end == place.start and p.kind != "country"), None)
        start = host.start if host else place.start
        if ctx.words.is_boundary(start):
            yield Candidate(start, match.end(), "Organization", "organization:place-chamber", 0.75,
                            also="Department")


SESSION = re.compile(r"^[\u4e00-\u9fff]*?([省区县市旗州])第?[一二三四五六七八九十百]+届(?:人民代表大会|人大)$")


SESSION_AFTER = re.compile(r"^第?[一二三四五六七八九十]+次(?:全体)?会议")


def congress_session(ctx: Context, candidate) -> bool:
    """Veto: 江城市第八届人民代表大会第二次会议 (the dateline) names the session, not a body
    the report speaks of, when the report never names the congress by its short name (市人大:
    then the congress is that body's alias and stays). Off by default: the sample gold files
    take the congress of the dateline as the body (区人大's alias); annotators differ."""
    body = ctx.text[candidate.start:candidate.end]
    return candidate.type == "Department" and candidate.name is None and bool(SESSION.match(body)) \
        and bool(SESSION_AFTER.match(ctx.text[candidate.end:candidate.end + 8]))


FULL_CONGRESS = "人民代表大会"  # the full name, as the dateline writes it (not 人大)


def numbered_session(ctx: Context, candidate) -> bool:
    """Veto: a congress between its term and its sitting (第五届全国人大三次会议, 九届省人大二次会议)
    names that session, no body; 第五届全国人大常委会 (no sitting after) stays, and so does the
    full name of the dateline (在第五届全国人民代表大会第二次会议上: the congress, as a local
    dateline's 江城市第八届人民代表大会 stays)."""
    return candidate.type == "Department" and ctx.text[candidate.start - 1:candidate.start] == "届" \
        and bool(SESSION_AFTER.match(ctx.text[candidate.end:candidate.end + 8])) \
        and not ctx.text.endswith(FULL_CONGRESS, candidate.start, candidate.end)


def place_suffix_level(ctx: Context, candidate) -> bool:
    """Veto: a level character that closes a found place the gazetteer does not hold
    (某某大湾|区 国际科技创新中心, 某某新|区…) is the place's own suffix, no level: the body
    read from it is no body. Gazetteer places (江城市|政府) keep their level bodies."""
    if candidate.type != "Department" or not candidate.rule.startswith("department:level"):
        return False
    return any(c.type == "Place" and c.start < candidate.start and c.end == candidate.start + 1
               and (c.start, c.end) not in ctx.place_spans and not c.rule.startswith("place:gazetteer")
               for c in ctx.cache.get("found", ()))


def _unnamed_session(body: str, short_name: str | None) -> bool:
    """市八届人大, 江城区四届人大 (三次会议): the short form of a numbered congress names a
    session when the report never says 市人大/区人大; the dateline's full 第N届人民代表大会 stays."""
    return short_name is None and body.endswith("人大") and bool(SESSION.match(body))


def _congress_short_name(ctx: Context, body: str) -> str | None:
    """A numbered people's congress of a place is the body the report calls 区人大 when the
    report does: 北原区第十届人民代表大会, 县十二届人大 → 区人大, 县人大 (its alias)."""
    match = SESSION.match(body)
    short = f"{match.group(1)}人大" if match else None
    return short if short and short in ctx.text else None


def _party(ctx: Context):
    """The Party's central organs, and 中央 where it issues rules (中央关于…, 中央“…”)."""
    for match in PARTY.finditer(ctx.text):
        if ctx.words.is_boundary(match.start()):
            yield Candidate(match.start(), match.end(), "Department", "department:party", 0.8)


def _member_title(ctx: Context, match) -> bool:
    """各位政协委员: the member's title, no body named; 区政协委员 still names 区政协."""
    return bool(MEMBER_AFTER.match(ctx.text[match.end():match.end() + 4])) and \
        ctx.text[match.start() - 1:match.start()] not in LEVEL_CHARS


LEVEL_CHARS = frozenset("省市区县旗州盟")


def party_centre(ctx: Context):
    """中央 named with a committee or government is the Party centre: 落实中央和省委的部署."""
    for match in CENTRE_WITH_BODY.finditer(ctx.text):
        if ctx.words.is_boundary(match.start()) and ctx.words.is_boundary(match.end()):
            yield Candidate(match.start(), match.end(), "Department", "department:centre", 0.7)


def _bare(ctx: Context):
    """人大 and 政协 without a level: the short form of the levelled body; not a member's
    title (各位政协委员, 人大代表)."""
    for match in BARE.finditer(ctx.text):
        after = ctx.text[match.end():match.end() + 3]
        if ctx.words.is_boundary(match.start()) and not NOT_AFTER.match(after) and not _member_title(ctx, match) \
                and ctx.text[match.start() - 1:match.start()] != "届":  # 县十四届人大: a session
            yield Candidate(match.start(), match.end(), "Department", "department:bare", 0.5)


def _issuer(ctx: Context):
    """The issuing government wherever its name (or 我代表 X) appears."""
    issuer = ctx.document.issuer
    if not issuer:
        return
    place = issuer_place(issuer)  # 江城市北原区人民政府 is also named 北原区人民政府
    forms = _issuer_forms(place)
    names = tuple(form + issuer[len(place):] for form in forms) or (issuer,)
    for match in _any_of(names).finditer(ctx.text):
        yield Candidate(match.start(), match.end(), "Department", "department:issuer", 0.95, name=issuer)
    if issuer.endswith("人民政府"):
        yield from _issuer_other_forms(ctx, forms, issuer)


# The issuing government by its place and a shorter or a numbered form: 北原区政府, 北原区第九届人民政府.
GOVERNMENT_FORM = re.compile(r"(?:第?[一二三四五六七八九十]+届)?(?:人民)?政府")


def _issuer_other_forms(ctx: Context, forms: tuple[str, ...], issuer: str):
    """北原区政府 and 北原区第九届人民政府 beside 北原区人民政府: one body, the issuer; not
    北原区政府工作报告 on the title line (the report's kind)."""
    text = ctx.text
    for match in _any_of(forms).finditer(text) if forms else ():
        form = GOVERNMENT_FORM.match(text, match.end())
        if form is None or text.startswith("人民政府", match.end()) or _report_title(ctx, form.end()) \
                or text.startswith(BODY_HEADS, form.end()):  # 北原区政府办公室: a body of the government
            continue  # 北原区人民政府: the issuer's own name, found above
        yield Candidate(match.start(), form.end(), "Department", "department:issuer", 0.95, name=issuer)


# --- bodies named by their function: 区志愿服务发展促进会, 森林防火指挥中心 ----------------------

FUNCTION_HEADS = ("服务中心", "指挥中心", "促进会", "联合会", "协会", "机动队")
# Verbs that name a body's function inside its name (社会组织|服务中心, 防火|指挥中心).
INNER_VERBS = frozenset({"发展", "组织", "服务", "促进", "防火", "指挥", "管理"})
COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)$")
CLASSIFIERS = "支个家所座"
# 街道/乡/镇 before a function body mean one in each (街道社会组织联合会), not one body.
FUNCTION_LEVELS = frozenset(LOCAL_LEVELS) - {"街道", "镇", "乡"}


def function_bodies(ctx: Context):
    """Bodies whose name carries a function verb the level rule stops at: 区青年创业促进会,
    市社会组织服务中心 (level + function + head), 东岭森林防火指挥中心, 3支雪豹机动队
    (a proper noun + function + head). Associations are also Organizations."""
    text = ctx.text
    for match in ctx.heads(FUNCTION_HEADS).finditer(text):
        head_start, end = match.start(), match.start() + len(match.group(1))
        if not ctx.words.is_boundary(head_start) or not ctx.words.is_boundary(end):
            continue
        start = _function_name_start(ctx, head_start)
        if end - start - (end - head_start) < 2:
            continue
        if _levelled_start(ctx, start) or (match.group(1) in ("指挥中心", "机动队")
                                           and ctx.has_proper(start, head_start)):
            also = "Organization" if match.group(1).endswith("会") else None
            yield Candidate(start, end, "Department", f"department:function:{match.group(1)}", 0.7, also=also)


def _function_name_start(ctx: Context, head_start: int) -> int:
    """Walk back over nouns and function verbs; a count before the name is cut (6支|…)."""
    words, text = ctx.words, ctx.text
    j, start = words.index_at(head_start) - 1, head_start
    while j >= 0 and head_start - words.starts[j] <= 10:
        word, tag = words.words[j], words.tags[j]
        if not (word in INNER_VERBS or (tag.startswith(("n", "j")) and word not in STOP_WORDS)):
            break
        start, j = words.starts[j], j - 1
    if text[start] in CLASSIFIERS and COUNTED_BEFORE.search(text[max(0, start - 3):start]):
        start += 1
    return start


def _levelled_start(ctx: Context, start: int) -> bool:
    """The name opens with a level word of its own (区|社会组织…), not 区域 or 市场."""
    words = ctx.words
    i = words.index_at(start)
    return words.starts[i] == start and words.words[i] in FUNCTION_LEVELS


# --- local branches of the people's organisations: 区残联, 市红十字会 ----------------------------

@lru_cache(maxsize=1)
def _mass_forms() -> re.Pattern:
    """Level + short form of a people's organisation (data/organizations/named_bodies.tsv)."""
    forms = {form for body in named_bodies() if body.kind == "mass"
             for form in body.short_forms if not form.startswith(("中国", "全国", "中华"))}
    levels = "|".join(sorted(FUNCTION_LEVELS, key=len, reverse=True))
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(f"(?:{levels})(?:{alternatives})")


def levelled_mass_bodies(ctx: Context):
    """A people's organisation with a level prefix is the local body, a Department that
    is also an Organization: 县残联, 市总工会, 区红十字会 (not 社区残联专干's 社区)."""
    words = ctx.words
    for match in _mass_forms().finditer(ctx.text):
        start, end = match.span()
        place = next((p for p in ctx.places if p.end == start + 1), None)  # 江城市|残联
        if (words.is_boundary(start) or place) and words.is_boundary(end):
            yield Candidate(place.start if place else start, end, "Department", "department:mass", 0.8,
                            also="Organization")


# --- standard department names after a level or a place: 市自然资源和规划局, 县委组织部 ------------

STANDARD_LEVELS = ("自治区", "自治州", "自治县", "国家", "省", "市", "区", "县", "旗", "州", "盟")
# Level words that may open a standard name, longest first; Party organs also take 县委|组织部.
STANDARD_PREFIXES = tuple(sorted(STANDARD_LEVELS, key=len, reverse=True))
PARTY_PREFIXES = tuple(sorted(STANDARD_LEVELS + tuple(f"{lv}委" for lv in STANDARD_LEVELS), key=len, reverse=True))


@lru_cache(maxsize=1)
def _standard_forms() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern over every standard name and short form, and the kind of each form."""
    kinds = {form: body.kind for body in department_names() for form in (body.name,) + body.short_forms}
    forms = "|".join(sorted(kinds, key=len, reverse=True))
    return re.compile(f"(?:{forms})"), kinds


def standard_departments(ctx: Context):
    """A level (市, 县委 for Party organs) or a place right before a standard department
    name is a Department: 市自然资源和规划局, 区住建局, 县委组织部, 江城海关. The name
    may hold 和 or a verb (城乡建设) that the level rule stops at."""
    pattern, kinds = _standard_forms()
    for match in pattern.finditer(ctx.text):
        start, end = match.span()
        if ctx.text[end:end + 1] in ("长", "员"):
            continue  # 市公安局长, 市政协委员: a person (jieba may glue 局|赴, so no word test)
        prefix = _standard_prefix(ctx, start, kinds[match.group()])
        if prefix is not None:
            yield Candidate(prefix, end, "Department", f"department:standard:{kinds[match.group()]}", 0.9)


def _standard_prefix(ctx: Context, start: int, kind: str) -> int | None:
    """Where the prefix of a standard name begins: a gazetteer place ending at ``start``
    (江城市|公安局), or a level word of its own (市|, 县委| for Party organs)."""
    place = _prefix_place_ending_at(ctx, start)
    if place is not None:
        return place.start
    for level in PARTY_PREFIXES if kind == "party" else STANDARD_PREFIXES:
        begin = start - len(level)
        if begin >= 0 and ctx.text.startswith(level, begin) and ctx.words.is_boundary(begin) \
                and not ctx.text[begin - 1:begin] in ("全", "本", "各", "我", "该"):
            return begin
    return None


# --- a local Party committee under its full name: 中共江城县委 ----------------------------------

PARTY_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{2,12}?(?:自治区|自治州|自治县|省|市|区|县|旗|州|盟))"
                             r"委(?:员会)?(?![员会])")


def party_committees(ctx: Context):
    """中共 + a place + 委 is that place's Party committee: 中共江城县委, 中共北原自治县委员会.
    Not a member (中共江城县委员) nor a meeting named after it."""
    words = ctx.words
    for match in PARTY_COMMITTEE.finditer(ctx.text):
        start, end = match.span()
        if words.is_boundary(start) and not NOT_AFTER.match(ctx.text[end:end + 4]):
            yield Candidate(start, end, "Department", "department:party-committee", 0.85)


# --- working bodies of the State Council: 国务院某某研究中心 ------------------------------------

STATE_COUNCIL_BODY = re.compile(r"国务院([\u4e00-\u9fff]{2,8}?)(?:研究中心|研究室|办公厅|办公室|领导小组)")


def state_council_bodies(ctx: Context):
    """国务院 + a function + a body head is a body of the State Council, a Department:
    国务院某某研究中心, 国务院某某领导小组. The function is name words (no verb of the
    sentence: 国务院部署|办公室… is no body)."""
    words = ctx.words
    for match in STATE_COUNCIL_BODY.finditer(ctx.text):
        start, end = match.span()
        if not (words.is_boundary(start) and words.is_boundary(end)):
            continue
        if any(w in STOP_WORDS for w in _words_in(ctx, *match.span(1))):
            continue
        yield Candidate(start, end, "Department", "department:state-council", 0.75)


def _words_in(ctx: Context, start: int, end: int) -> list[str]:
    return [ctx.words.words[i] for i in ctx.words.indices(start, end)]


# --- township governments: 青石乡人民政府, 柳河镇党委 ------------------------------------------

TOWNSHIP_BODY = re.compile(r"(?<=[\u4e00-\u9fff])(?:乡|镇|街道)(?=人民政府|政府|党委|党工委|人大|办事处)")
TOWNSHIP_HEAD = re.compile(r"人民政府|政府|党委|党工委|人大|办事处")
TOWNSHIP_NAME_TAGS = frozenset({"n", "ns", "nr", "nz", "nrt", "nrfg", "j", "x"})


def township_bodies(ctx: Context):
    """A township's name (two or three name characters the gazetteer may not know), 乡/镇/街道
    and a body is that township's body: 青石乡人民政府, 柳河镇党委, 红旗街道党工委. Not
    乡镇政府 (a class), 全镇党委, nor a name that is a common word (支持|…)."""
    text, words = ctx.text, ctx.words
    for match in TOWNSHIP_BODY.finditer(text):
        level_start = match.start()
        head = TOWNSHIP_HEAD.match(text, match.end())
        start = _township_name_start(ctx, level_start)
        if start is None or not words.is_boundary(head.end()):
            continue
        yield Candidate(start, head.end(), "Department", "department:township", 0.8)


def _township_name_start(ctx: Context, level_start: int) -> int | None:
    """Start of the one name word (2-3 characters) right before the level, or None."""
    words = ctx.words
    i = words.index_at(level_start - 1)
    start = words.starts[i]
    word = ctx.text[start:level_start]
    if words.ends[i] < level_start:
        return None
    if not 2 <= len(word) <= 3 or word in STOP_WORDS or words.tags[i] not in TOWNSHIP_NAME_TAGS \
            or re.match(r"[全各该本每这那其此我乡镇]", word) or not words.is_boundary(start):
        return None
    return start


# --- a unit the report names without its level, as the holder of an honour -------------------

UNIT_HEADS = ("管理局", "局", "司法所", "派出所", "财政所", "税务所", "人民法庭", "法庭", "大队", "中队")
HONOUR_AFTER = re.compile(r"(?:获评|荣获|被评为|被授予|被命名为|入选)")
UNIT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
NOT_BUREAU = re.compile(r"[格布大全结开残终骗赌饭时政]局$")  # 格局, 布局, 大局, 结局: words, no bureau


def honoured_units(ctx: Context):
    """A public unit opening a clause as the holder of an honour is the issuer's own body,
    named without its level: 机关事务管理局获评…示范单位, 某镇司法所荣获全国先进司法所
    (from the clause mark to the head; no verb or function word inside, not a generic 各局)."""
    text, words = ctx.text, ctx.words
    for match in HONOUR_AFTER.finditer(text):
        end = match.start()
        head = next((h for h in UNIT_HEADS if text.endswith(h, 0, end)), None)
        opening = _clause_open(text, end)
        if head is None or opening is None or not words.is_boundary(opening) or not words.is_boundary(end):
            continue
        name = text[opening:end]
        if UNIT_NAME.match(name) and len(name) > len(head) + 1 and not GENERIC_BODIES.match(name) \
                and not NOT_BUREAU.search(name) \
                and not UNLEVELLED_GENERIC.match(name) and not _has_verbish_word(ctx, opening, end - len(head)):
            yield Candidate(opening, end, "Department", "department:honoured-unit", 0.6)


def _clause_open(text: str, end: int) -> int | None:
    """Where the clause holding ``end`` opens (after 。，；: or a line break), within 10 characters."""
    for i in range(end - 1, max(-1, end - 11), -1):
        if text[i] in "，。；：,;:\n":
            return i + 1
    return None


def _has_verbish_word(ctx: Context, start: int, end: int) -> bool:
    words = ctx.words
    return any(words.words[i] in STOP_WORDS or words.tags[i] in VERBISH or words.tags[i] == "v"
               for i in words.indices(start, end))


# --- the managing committee of a zone: 某某高新区管委会 -------------------------------------------

ZONE_COMMITTEE = re.compile(r"管委会|管理委员会|党工委")
ZONE_HEADS = ("开发区", "高新区", "经开区", "新区", "园区", "产业园", "工业园", "示范区", "试验区", "自贸区",
              "保税区", "合作区", "集聚区", "功能区", "港区", "度假区", "风景区", "景区")


def zone_committees(ctx: Context):
    """A named zone right before 管委会 (管理委员会, 党工委) is the zone's governing body, a
    Department: 某某经济技术开发区管委会, 某某高新区党工委 (not 园区管委会 without a name)."""
    text = ctx.text
    zones = {(c.start, c.end) for c in ctx.cache.get("found", ()) if c.type == "Place"}
    zones |= ctx.place_spans
    for start, end in sorted(zones):
        match = ZONE_COMMITTEE.match(text, end)
        name = text[start:end]
        if match and name.endswith(ZONE_HEADS) and len(name) > 3 and ctx.words.is_boundary(start) \
                and not GENERIC_BODIES.match(name) and not UNLEVELLED_GENERIC.match(name):
            yield Candidate(start, match.end(), "Department", "department:zone-committee", 0.85)


# --- a government fund whose name holds a verb: 设立某某产业创业投资引导基金 -------------------

# A fund's head with the verb the chunker stops at (引导, 投资, 担保, 补偿) and a fund pool.
FUND_HEAD = re.compile(r"(?:引导|投资|创投|担保|风险补偿)(?:基金|资金池)")
# The verb that sets up or uses the fund opens its name (设立|…, 用好|…, 扩大|…): the
# modifier between them is all name characters.
FUND_OPENED = re.compile(r"(?:设立|用好|扩大|组建|发起|成立|管好|做大|壮大)([\u4e00-\u9fff]{4,16})$")
# A kind of fund, no name: 政府引导基金, 省级产业投资基金, 各类担保基金.
FUND_KIND = re.compile(r"^(?:政府|产业|各|全|相关|专项|[省市区县]级|国有|社会)")


def verb_named_funds(ctx: Context):
    """设立某某新兴产业创业投资引导基金, 用好某某成果产业化引导基金: the name of a fund runs from
    the verb that sets it up or uses it to the fund head, verbs and all (the noun chunker
    stops at 引导/投资); a Department (GUIDELINES: government-founded funds). Not a kind
    of fund (政府引导基金), an amount (500亿元引导基金) or a list item."""
    text = ctx.text
    for match in FUND_HEAD.finditer(text):
        opened = FUND_OPENED.search(text, max(0, match.start() - 18), match.start())
        if opened and not FUND_KIND.match(opened.group(1)):
            yield Candidate(opened.start(1), match.end(), FUND[0], "department:fund", 0.6, also=FUND[1])
