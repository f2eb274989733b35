"""Honours: the titles an entity is awarded (被评为…, 获评…, 获得…称号, 入选…).

An honour is text, not an entity: the rules skip names inside it, and the
relate stage turns it into an ``awarded`` relation.

>>> [h.text for h in find_honours("兴业街道被评为全国经济普查先进单位。")]
['全国经济普查先进单位']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

CUE = re.compile(r"(?:被[\u4e00-\u9fff]{0,4}?(?:评为|评选为|确定为|命名为|授予|列入|列为)|获评|荣获|"
                 r"评为|入选|获得了|获得|获列为|获|成为|授予)")
# What an honour ends with: a designation, a prize, a model, a title.
HONOUR_HEAD = re.compile(r"(?:单位|示范区|示范县|示范市|示范城市|示范点|示范基地|先进区|先进县|先进市|"
                         r"先进集体|先进单位|模范集体|模范城|名城|名镇|名村|示范镇|示范村|试点区|试点县|试点市|试点城市|试点单位|典型区|标杆|"
                         r"品牌|案例|奖|称号|楼|城市|社区|示范|先进|先锋|第一|冠军|金奖|荣誉|县城|实验区|试验区|之乡|通报表扬|督查激励|杯|"
                         r"[十百千]强(?:县|市|区|镇|县市|企业)?|强[县市镇])”?$")
# After a strong cue a kind of firm or park is a title too (被评为高新技术企业, 荣获优秀产业园区);
# after 成为 or 获得 it may be no more than a size or a status (成为规上企业, 成为首个百亿园区).
STRONG_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{2}企业|园区)”?$")
# Cues that name an honour whatever it is called: a title fully in quotes after them is one.
STRONG_CUE = re.compile(r"(?:被[\u4e00-\u9fff]{0,4}?(?:评为|评选为|命名为|授予)|获评|荣获|评为)$")
CLAUSE_END = re.compile(r"[，。；,;！？\n]")
QUOTES = "“”‘’\"「」『』"
# A title that opens with the level that gives it (国家级, 自治区级, 全省) is one whatever its
# head, after a strong cue: 被评为国家级某某孵化器; not a sum or a count (获评省级补助300万元).
LEVEL_TITLE = re.compile(r"^(?:\d{4}年度?)?(?:国家级|省级|自治区级|市级|全国|全省|全市|全区)[^\d%％]{3,20}$")
# 荣获甲、乙等40多项荣誉称号: the count that sums up a list is no part of its last title.
COUNTED_SUMMARY = re.compile(r"等(?:[\d一二三四五六七八九十百]+余?多?|多)[项个][^“”、]*$")
NOT_HONOUR = re.compile(r"^(?:了|的|过|得|到|感|益|批|准|利|取|胜|奖励|资金|补贴|支持|贷款|投资)")
# 获得了某某先进单位的荣誉称号, 获得某某城市的荣誉: the closing 的…称号 or 的荣誉 is no part of the title.
TITLE_WORD = re.compile(r"(?:的?(?:荣誉)?称号|的荣誉)$")


# A footnote mark the report writes inside a title (某某冠军[11]示范企业) is no part of it.
FOOTNOTE = re.compile(r"\[\d{1,2}\]|[(（〔]\d{1,2}[)）〕]|[\u2460-\u2487]")

# What a title says around its name is no part of it: the year (2019年度某某奖), the
# rank it holds with the scope it is ranked in (甲市唯一的, 全省首家, 全国首批, 乙省第二批),
# the government that gives it (甲市政府和乙市政府某某激励; a bare level stays: 省某某示范区
# is told from 全国某某示范区 by it),
# a top place (某某百强县榜首).
TITLE_YEAR = re.compile(r"^\d{4}年?度?")
TITLE_RANK = re.compile(r"^(?:全国|全省|全市|全区|全县|国内|我国|[\u4e00-\u9fff]{1,6}?[省市区县州])?"
                        r"(?:唯一(?:一[个家])?|首[家个批]|第[一二三四五六七八九十\d]+批)"
                        r"(?:[一二两三四五六七八九十百\d]+[家个所座])?的?")  # 首批十家: the batch with its count
GOVERNMENT = r"[\u4e00-\u9fff]{0,6}?[省市县区州旗]政府"
TITLE_GIVER = re.compile(rf"^(?:{GOVERNMENT}[和及、])*{GOVERNMENT}")
TITLE_TOP = re.compile(r"(?<=[强县市区])榜首$")


def plain_title(title: str) -> str:
    """The title without year, rank, giver or top place, where a title of four
    characters or more is left.

    >>> plain_title("甲市唯一的全国某某先进单位"), plain_title("2019年度省某某示范区")
    ('全国某某先进单位', '省某某示范区')
    """
    title = FOOTNOTE.sub("", title)
    for pattern in (TITLE_WORD, TITLE_YEAR, TITLE_RANK, TITLE_GIVER, TITLE_TOP):
        shorter = pattern.sub("", title, count=1)
        title = shorter if len(shorter) >= 4 else title
    return title


# A clause is no title: a verb phrase closed by 的 and a class (整建制通过甲复评的县区,
# 率先实现乙的城市): it says what the holder did; only a title reviewed inside it (甲) is held.
CLAUSE_TITLE = re.compile(r"(?:通过|实现|完成|达到|建成|开展|获得|入选|进入)[^的，。；]*的[\u4e00-\u9fff]{1,4}$")


def clause_title(title: str) -> str | None:
    """The title itself, or for a clause the title a review inside it confirms (某某通过甲示范区
    复评的县区 -> 甲示范区), else None."""
    if CLAUSE_TITLE.search(title) is None:
        return title
    reviewed = reviewed_titles(title)
    return reviewed[0].titles[0] if len(reviewed) == 1 and len(reviewed[0].titles) == 1 else None


# A cue inside a later list item opens a clause of its own (…、乙村获评某某示范村): that
# clause's honour is found from its own cue, for its own subject.
OWN_CUE = re.compile(r"(?:获评|荣获|入选|评为|获得)")


def own_clause(text: str, honour: "Honour") -> bool:
    """Whether the honour is a later list item that holds a cue of its own (甲村入选某某村、
    乙村获评某某村): a clause, no title. Its span still masks names (the masking is the
    entity stage's); only the relations skip it."""
    return "、" in text[honour.cue:honour.start] and OWN_CUE.search(text, honour.start, honour.end) is not None


@dataclass(frozen=True)
class Honour:
    """An honour and where it is: ``text`` without quotes or 称号; ``start``/``end``
    span the honour in the text, ``cue`` is where the cue verb starts."""

    cue: int
    start: int
    end: int
    text: str


def find_honours(text: str) -> list[Honour]:
    """Every honour in the text, split at 和/、 between quoted titles."""
    honours = []
    for cue in CUE.finditer(text):
        start = cue.end()
        if NOT_HONOUR.match(text[start:start + 2]):
            continue
        strong = STRONG_CUE.search(cue.group()) is not None
        if cue.group() == "成为" and _status(text, start):
            continue
        clause_end = CLAUSE_END.search(text, start)
        end = clause_end.start() if clause_end else len(text)
        if strong and text[end - 1:end] == "”" and AND_MORE.match(text, end):
            more = CLAUSE_END.search(text, end + 1)  # 荣获“甲”“乙”,以及“丙”等荣誉: one list
            end = more.start() if more else len(text)
        summary = SUMMED_LIST.search(text, start, end)
        parts = list(_summed_items(text, start, summary) if summary else _parts(text, start, end, strong))
        scope = QUOTED_AFTER_SCOPE.fullmatch(text, start, parts[0][1])
        for part_start, part_end in parts:
            titled = summary is not None and _listed_title(text[part_start:part_end])
            honour = _honour(text, cue.start(), part_start, part_end, strong, titled=titled)
            if honour and scope and part_start > start and WHOLLY_QUOTED.fullmatch(text, part_start, part_end):
                honour = replace(honour, text=plain_title(scope.group(1) + honour.text))
            if honour:
                honours.extend(_shared_scopes(honour))
    return honours


# 成为某地首个…城市, 成为全国最大…示范区: a rank or size the subject has reached, not a
# title conferred; one that names a level title after the rank (成为全省唯一的国家级某某县) stays.
STATUS = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:(首个|首家|第一[个家座]?|唯一(?:一[个家])?)|最[\u4e00-\u9fff])的?")
LEVEL_AFTER_RANK = re.compile(r"(?:国家级?|全国|中国|省级|自治区级)")


def _status(text: str, start: int) -> bool:
    """Whether the words from ``start`` (after 成为) describe a status (首个/最大/唯一…) rather
    than a title."""
    status = STATUS.match(text, start)
    return status is not None and not (status.group(1) and LEVEL_AFTER_RANK.match(text, status.end()))


AND_MORE = re.compile(r"[，,]以及“")


# 获评全国某某试点“合格城市”和“优秀经验”: the scope before the first quoted title is the
# scope of every wholly quoted title after it (全国某某试点优秀经验).
QUOTED_AFTER_SCOPE = re.compile(r"([^“”，。；,;]{2,20})“[^“”]+”")
WHOLLY_QUOTED = re.compile(r"“[^“”]+”")


# 荣获甲、乙、丙等殊荣 / 等国家和省级荣誉: a list closed by a summary that calls its items
# honours; each item is a title whatever its head (中国某某氧吧).
# The levels that give them may be listed too (等19项国家、省级荣誉称号).
SUMMED_LEVELS = r"(?:(?:国家|省|市|县|区|自治区|部)级?[、和及])*"
SUMMED_LIST = re.compile(rf"”?等(?:[\d一二三四五六七八九十百]+余?多?[项个])?{SUMMED_LEVELS}"
                         r"[^、“”，。；,;\d]{0,8}?(?:殊荣|荣誉称号|荣誉|称号|奖项)$")


def _listed_title(raw: str) -> bool:
    """An item of a summed list is a title when it is quoted, ends as a title or opens with
    its scope (中国某某氧吧); a field of work (改革开放、文明创建等…荣誉) is none."""
    return WHOLLY_QUOTED.search(raw) is not None or _headed(raw, True) or _scoped(raw)


SUMMED_ITEM = re.compile(r"(?:“[^“”、]*”|[^、“”])+?(?=、|(?<=”)“|$)")


def _summed_items(text: str, start: int, summary: re.Match):
    """The items of a summed list before its ``SUMMED_LIST`` match (split at 、 only:
    全国和谐… holds 和), the last one without its 等… summary."""
    stop = summary.start() + (text[summary.start()] == "”")
    for item in SUMMED_ITEM.finditer(text[start:stop]):
        yield start + item.start(), start + item.end()


# 省、市文明城区: two levels share one title; each level's title is an honour.
SHARED_SCOPES = re.compile(r"^([省市县区])[、和及]([省市县区])(?![两二三四]级)([\u4e00-\u9fff]{3,})$")


def _shared_scopes(honour: Honour) -> list[Honour]:
    """再获省、市文明城区称号 → 省文明城区, 市文明城区 (one span, two titles)."""
    shared = SHARED_SCOPES.match(honour.text)
    if shared is None:
        return [honour]
    first, second, title = shared.groups()
    return [replace(honour, text=first + title), replace(honour, text=second + title)]


def _parts(text: str, start: int, end: int, strong: bool = False):
    """One honour, or several joined by 和/、/及: split where the text before the joint
    already ends as an honour (“A”和“B”; 某某试点单位、某市唯一的某某典型区)."""
    for joint in re.finditer(r"(?<=”)[，,]以及(?=“)|[和、及]|(?<=”)(?=“)", text[start:end]):
        left_end = start + joint.start()
        if text[left_end - 1] == "”" or _headed(text[start:left_end], strong) \
                or _two_titles(text[start:left_end], text[start + joint.start():end], strong):
            yield start, left_end
            yield from _parts(text, start + joint.end(), end, strong)
            return
    yield start, end


def _two_titles(left: str, joint_on: str, strong: bool) -> bool:
    """荣获全国某某优秀市、某某“甲乙杯”: after a strong cue, a level title (``left``) and,
    past the 、 that opens ``joint_on``, a piece that is a title by itself: two honours."""
    if not (strong and joint_on.startswith("、") and LEVEL_TITLE.match(left)):
        return False
    right = joint_on[1:].split("、", 1)[0]
    return _headed(right, strong) or WHOLLY_QUOTED.search(right) is not None


def _headed(raw: str, strong: bool) -> bool:
    return HONOUR_HEAD.search(raw) is not None or (strong and STRONG_HEAD.search(raw) is not None)


def _honour(text: str, cue: int, start: int, end: int, strong: bool = False,
            titled: bool = False) -> Honour | None:
    """The honour in ``text[start:end]``: it ends as a title, is called one (…称号, an
    item of a list summed up as honours), or, after a strong cue (被评为, 荣获), stands
    wholly in quotes (荣获“某某十佳县”)."""
    raw = text[start:end]
    titled = titled or re.search(r"称号$", raw) is not None
    raw = TITLE_WORD.sub("", raw)
    raw = re.sub(r"(?<=”)等[^“”]*$", "", raw)  # “甲”“乙”等多项荣誉: the summary is no title
    raw = COUNTED_SUMMARY.sub("", raw)
    titled = titled or (strong and (WHOLLY_QUOTED.fullmatch(raw) is not None or LEVEL_TITLE.match(raw) is not None))
    if not raw or len(raw) > 40 or not (titled or _headed(raw, strong)):
        return None
    name = plain_title("".join(ch for ch in raw if ch not in QUOTES))
    if len(name) < 3:
        return None
    return Honour(cue, start, start + len(raw), name)


# --- designations after weaker cues: 成功创建…, 获批…, 入选…名单 -------------------------------

DESIGNATION_CUE = re.compile(r"(?:获批(?!建设)(?:成为|为|设立)?|成功创建(?:为|成)?|创建成为|创成|成功入选|入选(?:了)?|荣膺|被认定为)")
DESIGNATION_END = re.compile(r"[，。；,;：:！？]")


@dataclass(frozen=True)
class Designation:
    """Titles after a weaker cue that starts at ``cue``: one, or a list of whole titles.
    ``start``/``end`` span the titles' text; ``aim`` says the clause only aims at them
    (力争创成…): titles all the same, but no award."""

    cue: int
    titles: tuple[str, ...]
    start: int = 0
    end: int = 0
    aim: bool = False

    def __post_init__(self):
        object.__setattr__(self, "titles", tuple(plain_title(t) for t in self.titles))


def find_designations(text: str, honours: list[Honour] | None = None) -> list[Designation]:
    """成功创建国家卫生城市, 获批全国农业现代化示范区, 入选全国首批…试点名单: a scoped
    designation after a weaker cue, where ``find_honours`` (or the ``honours`` it found)
    has none.

    >>> [d.titles for d in find_designations("成功创建全国文明城市、国家卫生城市。")]
    [('全国文明城市', '国家卫生城市')]
    """
    honours = find_honours(text) if honours is None else honours
    known = {h.cue for h in honours} | {h.start for h in honours}
    found = []
    for cue in DESIGNATION_CUE.finditer(text):
        title = _designation(text, cue.end())
        if title is not None and cue.start() not in known and cue.end() not in known:
            titles, end = _continued(text, cue.end(), _listed(title))
            found.append(Designation(cue.start(), titles, cue.end(), end, aimed(text, cue.start())))
    return found


def _clause_end(text: str, start: int) -> int:
    end = DESIGNATION_END.search(text, start)
    return end.start() if end else len(text)


def _designation(text: str, start: int) -> str | None:
    """The title after a cue, up to the clause end: a scoped designation (全国…示范区),
    without quotes, 名单 or 称号."""
    end = DESIGNATION_END.search(text, start)
    raw = text[start:end.start() if end else len(text)]
    raw = re.sub(r"(?:荣誉)?(?:称号|名单|行列)$", "", raw)
    title = "".join(ch for ch in raw if ch not in "“”‘’《》\"")
    return title if _is_scoped_title(title) else None


def _listed(title: str) -> tuple[str, ...]:
    """全国文明城市、某某省文明城市和省园林城市 → the titles, when the list holds more than
    one; else the title whole."""
    parts = _scoped_titles(title, 0)
    return parts if len(parts) > 1 else (title,)


# --- scoped titles after cues of a done award: 创成/喜获/荣获/蝉联/跻身… --------------------

SCOPED_CUE = re.compile(r"(?:成功创建|顺利创建|创成|喜获|荣获|获评|被评为|评为|被命名为|被授予|荣膺|蝉联|跻身|入围|荣登|上榜|入列|晋升为|晋级为?|"
                        r"被认定为|被确定为|被列为|成为(?=(?:全国|全省|全市|我国|国内)?(?:首批|首个|首家|唯一))|"
                        r"成为(?=国家级?[^的，。；,;]{2,16}(?:县|市|区|城市|示范区|试点))|"
                        r"保持(?=[^，。；,;]{4,30}(?:荣誉|称号)(?:[，。；,;]|$))|迈入(?=“)|进入(?=[^，。；,;]{4,30}行列)|"
                        r"进入(?=[^，。；,;“”]{2,24}?(?:\d+|[十百千])强[县市区]?(?:[，。；,;]|$))|"
                        r"(?<!被)(?:列入|纳入))")
INTENT = re.compile(r"(?:力争|争取|争创|确保|努力|全力|计划|积极|推动|启动|申报|冲刺|正在)")
# A title opens with its scope: the country, a province or city by name, a level, or a quote.
TITLE_SCOPE = re.compile(r"^(?:\d{4}年?度?)?(?:全国|国家级?|中国|我国|国内|全球|世界|国际|全省|省级?|自治区级?|全市|市级|"
                         r"(?:东部|中部|西部|东北|华东|华南|华北|华中|西南|西北)(?=[^，。；,;]{0,20}[十百千]强)|"
                         r"首批|第[一二三四五六七八九十\d]+批|新一[轮批]|首个|首家|唯一|“)")
NAMED_SCOPE = re.compile(r"^(?:\d{4}年度?)?([\u4e00-\u9fff]{2,8}?(?:省|自治区|市))")
TITLE_END = re.compile(r"(?:城市|县城|城区|县域|名城|省份|示范点|[县市区镇村乡]|企业|单位|集体|基地|园区|高校|品牌|案例|\d+强|[十百千]强|榜首|"
                       r"示范|试点|先进|标兵|样板|典型|奖|俱乐部|培育库|名录)"
                       r"(?:[(（][县市区][)）])?”?$")
TITLE_SUMMARY = re.compile(r"(?:等[^、，,；;。]*|(?:荣誉)?称号|荣誉|行列)$")


def find_scoped_titles(text: str, honours: list[Honour] | None = None,
                       designations: list[Designation] | None = None) -> list[Designation]:
    """接连创成全国文明城市、某某省园林城市; 喜获国家级健康促进县: scoped titles after a cue
    of a done award that ``find_honours`` and ``find_designations`` leave out.

    >>> [d.titles for d in find_scoped_titles("今年喜获国家级健康促进县。")]
    [('国家级健康促进县',)]
    """
    honours = find_honours(text) if honours is None else honours
    designations = find_designations(text, honours) if designations is None else designations
    known = {h.cue for h in honours} | {d.cue for d in designations}
    found = []
    for cue in SCOPED_CUE.finditer(text):
        titles, end = _continued(text, cue.end(), _scoped_titles(text, cue.end()))
        inside = any(d.start <= cue.start() < d.end for d in found)  # 成为首个跻身…50强企业: one title
        if titles and not inside and not known & {cue.start(), cue.start() + 1}:
            found.append(Designation(cue.start(), titles, cue.end(), end, aimed(text, cue.start())))
    return found + reviewed_titles(text) + approved_titles(text)


# 国家批准甲城市圈建设“某某”综合配套改革试验区、乙开发区建设国家自主创新示范区: each
# approved body (right before 建设/设立) holds the scoped title after it.
APPROVED = re.compile(r"批准([^，。；,;：:！？]{4,80})")
APPROVED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}?(建设|设立)")


def approved_titles(text: str) -> list[Designation]:
    """The titles of a 批准 list; ``cue`` is where the item's 建设/设立 stands, so the name
    right before it is the holder."""
    found = []
    for approval in APPROVED.finditer(text):
        at = approval.start(1)
        for item in approval.group(1).split("、"):
            verb = APPROVED_ITEM.match(item)
            title = item[verb.end():] if verb else ""
            if _is_scoped_title(title):
                found.append(Designation(at + verb.start(1), (_unquoted(title),),
                                         at + verb.end(), at + len(item),
                                         aimed(text, approval.start())))
            at += len(item) + 1
    return found


# 通过国家卫生城市复审, 顺利通过“甲”“乙”复评: a title held before and kept after its review.
REVIEWED = re.compile(r"通过((?:“[^“”，。；]{2,20}”){1,4}|[^“”，。；,;]{4,30}?)(?:的)?(?:复评|复审|复核|复查|复检)")


def reviewed_titles(text: str) -> list[Designation]:
    """The titles a review confirms: each quoted title, or one scoped title written bare."""
    found = []
    for review in REVIEWED.finditer(text):
        raw = review.group(1)
        titles = tuple(re.findall(r"“([^“”]+)”", raw)) if raw.startswith("“") else \
            ((raw,) if _is_scoped_title(raw) else ())
        if titles:
            found.append(Designation(review.start(), titles, review.start(1), review.end(1),
                                     aimed(text, review.start())))
    return found


def _continued(text: str, start: int, titles: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """创建全国甲示范区、全国乙单位,省丙单位、省丁示范区: a clause after a comma that is
    nothing but scoped titles goes on with the list (another level's titles)."""
    end = _clause_end(text, start)
    while titles and text[end:end + 1] in ("，", ","):
        more_end = _clause_end(text, end + 1)
        parts = text[end + 1:more_end].split("、")
        more = [t for part in parts for t in _scoped_title(part)]
        if not parts[0] or len(more) < len(parts):
            break
        titles, end = titles + tuple(more), more_end
    return titles, end


def clause_before(text: str, cue: int) -> str:
    """The words of the cue's clause before it."""
    return DESIGNATION_END.split(text[:cue].split("\n")[-1])[-1]


def aimed(text: str, cue: int) -> bool:
    """力争创成…, 积极争创…: the clause before the cue states an aim, not an award."""
    return INTENT.search(clause_before(text, cue)) is not None


def _scoped_titles(text: str, start: int) -> tuple[str, ...]:
    """The titles from ``start`` to the clause end: every part of a list (、/和/及) is a
    scoped title, or the whole is one; a closing 等…荣誉 or 称号 is no part of them."""
    raw = TITLE_SUMMARY.sub("", text[start:_clause_end(text, start)])
    parts = [t for part in raw.split("、") for t in _scoped_title(part)]
    return tuple(_unquoted(t) for t in parts) if parts and len(raw) <= 80 else ()


def _unquoted(title: str) -> str:
    """The title without its quote marks (“甲”示范区 -> 甲示范区)."""
    return title.replace("“", "").replace("”", "")


def _scoped_title(part: str) -> list[str]:
    """Titles joined by 和/及 (甲城市和乙城市; 中国某某县域和某某年度县区: the scope of the
    first opens the list), else one title, else nothing; a title may hold 和 itself
    (全国和谐社区…: 全国 alone is no title)."""
    pairs = re.split(r"[和及]", part)
    if len(pairs) > 1 and _is_scoped_title(pairs[0]) and all(_ends_as_title(p) for p in pairs[1:]):
        return pairs
    return [part] if _is_scoped_title(part) else []


def _ends_as_title(title: str) -> bool:
    return 4 <= len(title) <= 30 and TITLE_END.search(title) is not None


def _is_scoped_title(title: str) -> bool:
    return _ends_as_title(title) and _scoped(title)


def _scoped(title: str) -> bool:
    """The title opens with a scope word or a province or city by name (某某省文明城市)."""
    from ..gazetteer import lookup

    named = NAMED_SCOPE.match(title)
    return TITLE_SCOPE.match(title) is not None or (named is not None and bool(lookup(named.group(1))))


# --- masking: names inside a title are part of it --------------------------------------------

def title_spans(text: str, honours: list[Honour] | None = None) -> list[tuple[int, int]]:
    """Where the designations and scoped titles stand (aims too: 力争创成某某示范区 names
    no entity either); ``find_honours`` spans are masked by the rules themselves."""
    honours = find_honours(text) if honours is None else honours
    designations = find_designations(text, honours)
    return [(d.start, d.end) for d in [*designations, *find_scoped_titles(text, honours, designations)]]


def inside_title(ctx, candidate) -> bool:
    """Veto: a name inside a title (成功创建省级某某改造试点示范园区, 喜获“某某”达标县) is part
    of the title, not an entity; a gazetteer place stays (某某省文明城市: the province that
    scopes the title is named, as the rules already keep it inside ``find_honours`` titles)."""
    if candidate.rule.startswith("place:gazetteer"):
        return False
    return any(start <= candidate.start and candidate.end <= end for start, end in ctx.title_spans)
