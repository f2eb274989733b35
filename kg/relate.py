"""Relate stage: typed relations stated by one sentence, and co-mentions.

Each rule reads the entities' mentions sentence by sentence and yields
``Relation`` objects with the sentence as evidence (a topic sentence and the
next one for ``topic-members``). Rules are named in ``RULES``; each has a fixed
confidence that says how often its kind of cue states the relation.

- locatedIn: a place name inside another name (云栖路智慧商圈 → 云栖路, 柳河湿地 →
  柳河镇); a site inside a project name (某某广场地下商业体 → 某某广场); 在 P …建立 E;
  E 位于/落户 P; projects steered by a sentence about an area (加快P商圈改造，确保A、B等项目…);
  a territory's vision (平安某县 → 某县, vision-place).
- partOf: a phase (碧波会展中心一期 → 碧波会展中心); a scheme named after another
  (扶千商服务平台 → 扶千商); members enumerated before a counted name
  (A、B、C“四大工程”) or in a glossary definition; sub-areas of a place; nested
  divisions (某某国某某市); the schemes after a strategy's topic sentence.
- responsibleFor: an owner's name inside a project name (禾丰公司综合技改);
  O 的 E; a department followed by its scheme (区政府“一站式”…); D 编制/出台/… E;
  a body written into a scheme's mention (省委十项规定).
- participatesIn: A、B 签约入驻/进驻 P; an organization named in a scheme's or a
  cooperation zone's name.
- awarded: honours (被评为…, 获评…, 获得…称号) with their holder and the names
  listed before it; 成功创建/获批/荣膺/入选…名单 + a scoped designation (honours-more).
- second-round cues, one rule each: E 纳入 X (included), X 下属 E / X 的子平台 E
  (subordinate), E 落地 P (lands), A 参与 E (joins), 由 D 牵头/负责 (led-by), D 打造的 E
  (made-by), 在 P 实施 E (worked-at), P(的)E (place-before), a home place standing
  before a quoted name (quoted-place). A place opening a company's name locates nothing:
  the gold reads it as part of the name (江城中心城汽车公司).
- third-round cues: 位于 P 的 E (situated), 与 A、B 合作共建 E (partner), scoped titles after
  创成/喜获/荣获… that the honour stage leaves out (honours-scoped).
- A、B等N家企业 入驻/落户/齐聚 P: each listed body stands in P (listed-settles).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import combinations

from .extract.honours import (Designation, Honour, clause_before, clause_title, find_designations, find_honours,
                              find_scoped_titles, own_clause)
from .model import CoMention, Entity, Extraction, Mention, Relation, Sentence, issuer_place


@dataclass
class _Index:
    """Mentions by sentence and entities by name, for the rules."""

    extraction: Extraction
    by_sentence: dict[int, list[tuple[Mention, Entity]]]
    by_name: dict[str, Entity]
    outer: dict[int, list[tuple[Mention, Entity]]] = None
    cores: dict[str, Entity] = None

    honours: list[Honour] = None
    designations: list[Designation] = None
    scoped: list[Designation] = None

    def __post_init__(self):
        self.outer = {s: _outermost(ms) for s, ms in self.by_sentence.items()}
        self.cores = _place_cores(self.by_name)
        text = self.extraction.document.text
        self.honours = find_honours(text)  # the one honour finder: honours.py
        self.designations = find_designations(text, self.honours)
        self.scoped = find_scoped_titles(text, self.honours, self.designations)
        self.cue_starts = {found.cue for found in (*self.honours, *self.designations, *self.scoped)}

    @classmethod
    def of(cls, extraction: Extraction) -> "_Index":
        by_sentence: dict[int, list[tuple[Mention, Entity]]] = defaultdict(list)
        by_name: dict[str, Entity] = {}
        for entity in extraction.entities:
            for name in entity.names:
                by_name.setdefault(name, entity)
            for mention in entity.mentions:
                if mention.sentence is not None:
                    by_sentence[mention.sentence].append((mention, entity))
        for mention, entity in _unread_mentions(extraction, by_sentence):
            by_sentence[mention.sentence].append((mention, entity))
        for mentions in by_sentence.values():
            mentions.sort(key=lambda me: (me[0].start, -me[0].end))
        return cls(extraction, dict(by_sentence), by_name)

    def sentence(self, i: int) -> Sentence:
        return self.extraction.structure.sentences[i]

    def relation(self, subject: Entity, predicate: str, obj: str, sentence: int, rule: str,
                 confidence: float) -> Relation:
        s = self.sentence(sentence)
        section = self.extraction.structure.section_path(s)
        return Relation(subject.name, predicate, obj, sentence, s.text, s.start, s.end, section,
                        rule, confidence)


# A firm's name written again where the extractor did not read it (甲药业…;甲药业纳入…).
UNREAD_KINDS = ("Organization",)


def _unread_mentions(extraction: Extraction, by_sentence):
    """Each later occurrence of a firm's full name (4+ characters) that no mention
    covers: the same firm, written again as a clause's subject."""
    text, structure = extraction.document.text, extraction.structure
    covered = [(m.start, m.end) for ms in by_sentence.values() for m, _ in ms]
    for entity in extraction.entities:
        if entity.type not in UNREAD_KINDS or len(entity.name) < 4:
            continue
        for found in re.finditer(re.escape(entity.name), text):
            start, end = found.span()
            if any(s <= start and end <= e for s, e in covered):
                continue
            sentence = structure.sentence_at(start)
            if sentence is not None:
                yield Mention(start, end, entity.name, sentence.id), entity


def _outermost(mentions: list[tuple[Mention, Entity]]) -> list[tuple[Mention, Entity]]:
    """Mentions not inside another one (珠江经济带发展, not its 珠江经济带)."""
    kept, reach = [], -1
    for m, e in mentions:
        if m.end > reach:
            kept.append((m, e))
            reach = m.end
    return kept


def relate(extraction: Extraction, without: tuple[str, ...] = ()) -> None:
    """Fill ``relations`` and ``comentions`` of an extraction, with every rule of
    ``RULES`` except those named in ``without``."""
    index = _Index.of(extraction)
    seen, relations = set(), []
    for name, rule in RULES.items():
        if name in without:
            continue
        for relation in filter(None, map(_clause_award, rule(index))):
            key = (relation.subject, relation.predicate, relation.object)
            if relation.subject != relation.object and key not in seen:
                seen.add(key)
                relations.append(relation)
    extraction.relations = relations
    extraction.comentions = list(comentions(extraction))


def _clause_award(relation: Relation) -> Relation | None:
    """整建制通过甲复评的县区: a clause the honour stages read as a title; the holder holds the
    title reviewed in it (甲), or nothing."""
    if relation.predicate != "awarded":
        return relation
    title = clause_title(relation.object)
    return None if title is None else replace(relation, object=title)


# --- names inside names -------------------------------------------------------

# 高新区 is a development zone (高新技术产业开发区): in its city like any 开发区, not a part of it.
SUB_AREA = re.compile(r"(?:(?<!高)新区|新镇区|组团|片区|城区)$")
PHASE = re.compile(r"^(.+?)(?:[一二三四五六七八九十]|\d)期(?:工程|项目)?$")
# A phase of a project named like the phase (甲站二期, 甲园续建, 甲厂扩建工程).
PHASE_OF = re.compile(r"^(?:[一二三四五六七八九十]|\d)期(?:工程|项目)?$|^(?:续建|扩建)(?:工程|项目)?$")


def _phase_of(entity: Entity, other: Entity, found: str) -> bool:
    """甲站二期 is a phase of 甲站 (partOf), not a thing located in it: the name is the
    other's whole name and a phase."""
    return entity.type == "Project" and entity.name.startswith(found) and found == other.name \
        and PHASE_OF.match(entity.name[len(found):]) is not None


# A line (road, railway, canal) and a stretch of it named after its ends or a side: 某某高速甲至乙段.
LINE_HEAD = re.compile(r"(?:高速|高速公路|铁路|高铁|城际|公路|国道|省道|大道|快速路|轨道交通|地铁|[0-9]+号线|运河|干渠)$")
SECTION_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,12}段$")


def _section_of(name: str, line: str) -> bool:
    """某某高速甲至乙段 is a section of 某某高速 (a line): the rest of the name ends with 段."""
    return LINE_HEAD.search(line) is not None and SECTION_TAIL.match(name[len(line):]) is not None


def _inner_names(index: _Index, entity: Entity):
    """(other entity, the name found, where) for each entity whose name or alias
    occurs inside this entity's canonical name, not as the whole name; where two
    found names of one type overlap, only the longer counts (北原河堤防: 北原河,
    not 北原)."""
    name = entity.name
    found = []
    for other_name, other in [*index.by_name.items(), *index.cores.items()]:
        if other is entity or len(other_name) < 2 or other_name == name or other_name in entity.names:
            continue
        if len(other_name) < 3 and other_name != other.name and not _short_place_alias(other_name, other):
            continue  # a two-character alias (“十大”) is too loose to find inside names
        at = name.find(other_name)
        if at > 0 and other_name in index.cores and not _core_starts_word(index, entity, name[:at], name[:at + 2]):
            continue  # 某某区黄河口…: the core 河口 of 河口区 sits inside the word 黄河口
        if at >= 0 and at + len(other_name) < len(name):
            found.append((other, other_name, at))
        elif at > 0 and name.endswith(other_name) and other.type in ("Program", "Place") \
                and _is_place(index, name[:at]):
            found.append((other, other_name, -1))  # 江城综合保税区: the scheme 综合保税区 in 江城
    spans = [(at, at + len(n), o.type) for o, n, at in found if at >= 0]
    for other, other_name, at in found:
        end = at + len(other_name)
        if at < 0 or not any(s <= at and end <= e and (s, e) != (at, end) and t == other.type
                             for s, e, t in spans):
            yield other, other_name, at


def _core_starts_word(index: _Index, entity: Entity, before: str, reaching: str) -> bool:
    """Whether a division's core (柳河 of 柳河镇) found after ``before`` in a name starts a
    word there: ``before`` ends with a place's or an owner's full name (某某市|柳河…), or
    other names open with it too (禾丰|柳河风电 beside 禾丰热电厂, an owner), unless they
    also run on into the core (``reaching``). In 某某区黄河口… the core 河口 does not."""
    return any((before.endswith(n) and e.type in ("Place", "Organization"))
               or (len(before) >= 2 and n.startswith(before) and e is not entity and not n.startswith(reaching))
               for n, e in index.by_name.items() if len(n) >= 2)


TOWN_SUFFIX = re.compile(r"(?:镇|乡|苏木|街道|县|旗|区|市)$")


def _short_place_alias(alias: str, entity: Entity) -> bool:
    """A two-character alias that is a division's name without its level (柳河 of 柳河镇):
    specific enough to find inside other names (柳河湿地, 某某柳河风电)."""
    return entity.type == "Place" and entity.name.startswith(alias) \
        and TOWN_SUFFIX.fullmatch(entity.name[len(alias):]) is not None \
        and _gazetteer(entity)


def _place_cores(by_name: dict[str, Entity]) -> dict[str, Entity]:
    """Gazetteer divisions by their name without the level (柳河镇 → 柳河), where no
    entity has that name already."""
    cores = {}
    for name, entity in by_name.items():
        level = TOWN_SUFFIX.search(name)
        core = name[:level.start()] if level and name == entity.name else ""
        if len(core) >= 2 and core not in by_name and _short_place_alias(core, entity):
            cores.setdefault(core, entity)
    return cores


def _is_place(index: _Index, text: str) -> bool:
    entity = index.by_name.get(text)
    return entity is not None and entity.type == "Place"


def _evidence_sentence(entity: Entity, found: str = "") -> int | None:
    """The first sentence whose mention of the entity holds ``found`` (the inner name the
    relation rests on), else the first sentence that mentions it: a short alias
    (某某奶源基地 for 柳河某某奶源基地) does not show the place."""
    sentences = [(m.sentence, m.text) for m in entity.mentions if m.sentence is not None]
    return next((i for i, text in sentences if found in _plain(text)), sentences[0][0] if sentences else None)


def modifier_relations(index: _Index):
    """云栖路智慧商圈 locatedIn 云栖路; 禾丰公司综合技改 ← responsibleFor 禾丰公司;
    扶千商服务平台 partOf 扶千商; 北原南屏组团 partOf 北原区."""
    for entity in index.extraction.entities:
        if _evidence_sentence(entity) is None:
            continue
        for other, found, at in _inner_names(index, entity):
            relation = _modifier_relation(index, entity, other, found, at, _evidence_sentence(entity, found))
            if relation:
                yield relation


def _modifier_relation(index, entity, other, found, at, sentence):
    kinds = (entity.type, other.type)
    if at < 0:  # the name ends with the other one: a local instance of it
        return index.relation(entity, "partOf", other.name, sentence, "modifier:instance", 0.7)
    if other.type == "Place":
        if _phase_of(entity, other, found):
            return index.relation(entity, "partOf", other.name, sentence, "modifier:part", 0.8)
        return _located_by_name(index, entity, other, sentence, found)
    if entity.type == "Project" and other.type == "Project" and at == 0 and _site_part(entity.name, found):
        return index.relation(entity, "locatedIn", other.name, sentence, "modifier:site", 0.75)
    if other.type in ("Organization", "Department") and entity.type in ("Project", "Program") and at == 0:
        if PLACE_WORD_AFTER.match(entity.name[len(found):]):
            return None  # 中心桥改造: a bridge named after a body (中心), not that body's project
        if not _stands_alone(index, entity):
            return None  # 甲风电, never named alone but inside 甲风电二期: owned through the phase
        if not BODY_HEAD.search(other.name) and not _stands_alone(index, other):
            return None  # 甲电 (a bare short name) read only inside 甲电热电联产: no owner the text names
        if not _owned_project(index, entity, other, found, sentence):
            return None
        return index.relation(other, "responsibleFor", entity.name, sentence, "modifier:owner", 0.7)
    if other.type == "Organization" and (entity.type == "Program" or ZONE_MEMBER.search(entity.name)):
        return index.relation(other, "participatesIn", entity.name, sentence, "modifier:member", 0.6)
    if kinds in (("Program", "Program"), ("Project", "Program"), ("Project", "Project")) and at == 0:
        if entity.name[len(found):len(found) + 1] in "、,，和与及" or len(other.name) < 4 \
                or _parallel_tail(found, entity.name[len(found):]):
            return None  # 一窗受理、全城通办 is not a part of 一窗受理
        phase = PHASE.match(entity.name)
        if found != other.name and not phase and DOCUMENT_HEAD.search(entity.name):
            return None  # 甲纲要 (a document of its own) is no part of 甲战略, found by its short name
        if phase and phase.group(1) != found:
            return None  # 甲云计算基地一期 is a phase of 甲云计算基地, not of 甲云计算
        part = phase or _section_of(entity.name, found)
        if entity.type == "Project" and other.type == "Project" and not phase:
            return None  # a phase is part of its project; 甲高速乙段 is a project of its own
        confidence = 0.8 if part or entity.type == "Program" else 0.6
        return index.relation(entity, "partOf", other.name, sentence, "modifier:part", confidence)
    return None


# A body's own head word (甲集团, 甲公司, 甲医院, 甲局): its name says it is a body, also when it is
# written only inside its project's name; a bare short name (甲电, 甲石化) does not.
BODY_HEAD = re.compile(r"(?:集团|公司|医院|卫生院|学校|学院|大学|局|院|厂|委|办|中心|银行|协会|商会|社|所|站)$")


# A firm's own scheme is stated by its name when the name says it is a project (甲集团供热项目,
# 甲能源风电二期, 甲集团某某、乙某某等项目) or the body's document (甲委关于…的意见); a building or housing a body uses (甲局综合业务用房, 甲集团棚户区改造,
# 甲公司调度中心) and a body's rule or reform (甲委员会审查制度) say whose it is, not who runs it.
PROJECT_END = re.compile(r"(?:项目|工程|期)$|^关于")
NOT_RUN_AFTER = re.compile(r"(?:棚户区|棚改|用房|办公楼|宿舍|住宅|家属|小区|总部|中心)")
SAID_PROJECT = re.compile(r"(?:[、和及][^，,；;。]*?)?(?:等[\u4e00-\u9fff\d]{0,8})?项目")
DOCUMENT_HEAD = re.compile(r"(?:纲要|规划|方案|意见|条例|办法|细则)$")


def _owned_project(index, entity, owner, found, sentence) -> bool:
    """Whether a body's name opening a project's name states that it runs it."""
    if NOT_RUN_AFTER.search(entity.name, len(found)):
        return False
    if PROJECT_END.search(entity.name[len(found):]):
        return True  # 甲集团供热项目, 甲委关于某某的意见 (its own document)
    text = _sentence_text(index, sentence)
    at = text.find(entity.name)
    return at >= 0 and SAID_PROJECT.match(text, at + len(entity.name)) is not None


def _sentence_text(index, sentence: int | None) -> str:
    """The text of the evidence sentence, or "" when a relation has none."""
    return index.sentence(sentence).text if sentence is not None else ""


def _parallel_tail(found: str, rest: str) -> bool:
    """退渔还湖|还湿: the rest repeats the verb of the found name's last word, so the name
    widens the scheme (forest and grassland), it is not a part of it."""
    return len(rest) == 2 and len(found) >= 2 and rest[0] == found[-2]


RANGE = re.compile(r"[\u4e00-\u9fff](?:——|至)[\u4e00-\u9fff]")
# Schools and hospitals stand where their place name says; companies and clubs need not.
INSTITUTION_END = re.compile(r"(?:学校|学院|大学|中学|小学|幼儿园|医院|卫生院|图书馆|博物馆|纪念馆)$")
PLACE_WORD_AFTER = re.compile(r"^(?:桥|路|街|大街|大道|巷|河|湖|山|广场|公园)")
SITE_PART = re.compile(r"^(?:地下|地上|周边|周围|南侧|北侧|东侧|西侧|南面|北面|沿线|旁)")


def _site_part(name: str, site: str) -> bool:
    """Whether a project is built at another one's site: 某某广场地下商业体, 某某公园周边改造."""
    return SITE_PART.match(name[len(site):]) is not None


NATURAL = re.compile(r"(?:河|江|湖|海|湾|山|岛)$")
# What follows a place inside a company, brand or road name.
BRAND_AFTER = re.compile(r"^(?:酒业|啤酒|煤业|实业|集团|股份|公司|科技|电子|化工|药业|乳业|食品|物流|地产|置业|"
                         r"能源|路|街|大街|大道|巷|"
                         # a trade the place names (甲省鞋业采购中心: the trade, not the site)
                         r"(?:鞋业|服装|服饰|陶瓷|纺织|家具|皮具|皮革|五金|建材|珠宝|丝绸|玩具|灯饰|茶业)(?=.))")
# ...unless a trade word names the place's industry area (甲县化工园区, 甲区电子城, 甲市物流园):
# a firm's name goes on with 公司/集团, a park's with its area head.
INDUSTRY_AREA = re.compile(r"(?:产业|工业)?(?:城(?!市)|园|基地|集聚区|集中区|开发区|示范区|小镇)")


def _brand_after(after: str, at: int) -> bool:
    """Whether what follows the place makes it a brand or a road's namesake (甲城酒业, 甲城路),
    not the industry area of the place that opens the name (甲城化工园区, 甲城电子城; a
    place further in, 乙区某某科技城, is the brand of a park elsewhere)."""
    brand = BRAND_AFTER.match(after)
    return brand is not None and (at > 0 or INDUSTRY_AREA.match(after, brand.end()) is None)


def _located_by_name(index, entity, place, sentence, found=""):
    """A place named inside a name locates it, except in brands and companies (江城读书会,
    清泉酒业, 中国某某集团…), roads named after a city (长春路…), the home country (中国特色…),
    and for rivers named after a town."""
    written = found or place.name  # the place as the name writes it (云州 for 云州市)
    at = entity.name.find(written)
    after = entity.name[at + len(written):]
    branch = at > 0 and BRANCH_AFTER.fullmatch(after) is not None
    if (entity.type == "Organization" and not INSTITUTION_END.search(entity.name) and not branch) \
            or "place:gazetteer:country" in place.rules or (_far_embedded(index, place) and not branch):
        return None
    if RANGE.search(entity.name):
        return None  # 甲路——乙广场商圈, 甲桥至乙桥段: it runs between places, it is in neither
    if _brand_after(after, at) or _longer_place(written, after, place):
        return None
    if entity.type == "Project" and _brought_in(index, entity, place, sentence):
        return None
    if entity.type == "Program" and any(r.startswith("quoted") for r in entity.rules):
        return None
    if entity.type == "Place" and (NATURAL.search(entity.name) or _not_larger(place, entity)
                                   or LEVEL_ONLY.fullmatch(after)):
        return None  # 柳林社区 is not in 柳林 (its own short name)
    if _names_not_site(entity, place, after) or (at == 1 and entity.name[0] in "东西南北"):
        return None  # 东甲发电厂: a direction glued before 甲 makes another name (东甲), not a side of 甲
    if not _place_written(index, entity, place, written, sentence) or WORK_PART_AFTER.match(after) \
            or GOVERNING_BODY.fullmatch(after):
        return None
    if _zone_namesake(place, written, after):
        return None  # 甲乙新区 and a bare 甲乙: the zone itself or its namesake, never its whole
    predicate = "partOf" if entity.type == "Place" and SUB_AREA.search(entity.name) else "locatedIn"
    if predicate == "partOf" and NATURAL.search(place.name):
        return None  # 甲湾新区 is a new area named after the bay 甲湾, not a part of it
    return index.relation(entity, predicate, place.name, sentence, "modifier:place", 0.8)


DIVISION_END = re.compile(r"[省市县区旗州盟镇乡村]$")
# The zone word a zone adds to the bare name it is called by (甲乙新区, 甲乙经济开发区, 甲乙片区).
ZONE_AFTER_NAME = re.compile(r"(?:经济技术|经济|高新技术产业|高新技术|高新|工业|产业|综合)?(?:新区|开发区|园区|片区)|高新区|经开区")


def _zone_namesake(place: Entity, written: str, after: str) -> bool:
    """甲乙新区 / 甲乙开发区 after a bare 甲乙 that names no division (the zone's own short name or
    a namesake), or 甲乙新区 after the short name of the district 甲乙区 (the new area is, or
    became, that district): never part of it, nor in it. A county's or city's short name still
    locates its zone (甲县 written 甲: 甲经济开发区 is in 甲县)."""
    if not ZONE_AFTER_NAME.fullmatch(after) or written != place.name or DIVISION_END.search(place.name):
        return False
    if not _gazetteer(place):
        return True
    from .gazetteer import lookup

    return after.endswith("新区") and any(d.short == place.name and d.name.endswith("区") for d in lookup(place.name))


def _place_written(index, entity, place, written, sentence) -> bool:
    """Whether the sentence names the place as the relation gives it: by its own name, or by
    a division's short name the gazetteer knows (甲 for 甲县 or 甲镇); an alias the place's
    name only goes on from (甲港 for the port area 甲港区) does not name it. A place subject
    must be written whole there too (甲港…: not the port area 甲港区)."""
    text = _sentence_text(index, sentence)
    if entity.type == "Place" and entity.name not in text:
        return False
    return written == place.name or place.name in text or _gazetteer(place) \
        or not place.name.startswith(written)


# The party committee, government, congress or CPPCC of the place written before it (中共甲市委,
# 甲市乙区人民政府, 甲县人大常委会): it governs the place, the name says no more; a sub-unit body
# named by a place inside the division (甲镇司法所, 甲县某某园区管委会) stands there.
GOVERNING_BODY = re.compile(r"[省市县区旗州盟镇乡]?(?:委|党委|人民政府|政府|人大|人大常委会|人民代表大会(?:常务委员会)?|"
                            r"政协|委员会)")


# A work of a project named after it (甲街主体工程, where 甲街 is the project): not a site.
WORK_PART_AFTER = re.compile(r"^(?:主体工程|主体|配套工程|附属工程)$")


# What follows a place that does not say where the thing is: the organiser's level of a
# numbered event (甲市第三届运动会), an old culture named after the place (甲镇文化遗址公园), a
# company's name going on (甲城某某公司调度中心), or several things counted (甲路两处公园).
NOT_SITE_AFTER = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[届次]|文化(?:遗址|遗存))"
                            r"|公司|集团|[两二三四五六七八九十]+(?:处|个|座|所|条)")
# A business's own name: a city's name on a hotel, store or office tower is its brand.
VENUE_HEAD = re.compile(r"(?:饭店|酒店|宾馆|商厦|商场|商城|购物中心|购物广场|写字楼|大厦|财富中心|[壹一]号)$")
# A regulation or reform of a division's government: the division is its level, not its site.
RULE_HEAD = re.compile(r"(?:细则|办法|条例|规定|意见|方案|改革)$")


def _names_not_site(entity: Entity, place: Entity, after: str) -> bool:
    """Whether the place is written in the name as something other than the thing's site
    (``NOT_SITE_AFTER``); a short name known only from a counted list (甲乙等3个社区) found
    without its level (甲大厦 is not in the community 甲); a city on a hotel or tower, an
    estate's 某某壹号; a division's full name on its own body or regulation (甲市政府办公室,
    甲区某某实施细则)."""
    if NOT_SITE_AFTER.search(after):
        return True
    if "place:counted-short" in place.rules and not LEVEL_ONLY.match(after):
        return True
    if VENUE_HEAD.search(entity.name) and (_place_rank(place) <= 2 or entity.name.endswith(("壹号", "一号"))):
        return True
    return entity.name.startswith(place.name) and TOWN_SUFFIX.search(place.name) is not None \
        and (entity.type == "Department" or RULE_HEAD.search(entity.name) is not None)


# What makes the place written in a name a longer, other place: a basin, a delta, or a
# division of its own (江城区 inside a name is not the city 江城).
LANDFORM_AFTER = re.compile(r"流域|三角洲|口$|都市")  # 甲都市(圈): the metropolitan area, not the city
DIVISION_AFTER = re.compile(r"[区县市省镇乡旗](?!场|域|民|委|政府|级)")
# 甲港大道, 甲湖路: a road named after the port or lake 甲港/甲湖, not after the city 甲.
FEATURE_ROAD_AFTER = re.compile(r"[港湾湖山岛河江桥站](?:大道|大街|路|街|巷)")
# 甲大道南, 甲路东段: a side or stretch of the same road, not a thing located in it.
ROAD_END = re.compile(r"(?:大道|大街|路|街|巷)$")
ROAD_SIDE = re.compile(r"[东西南北中](?:段|延长线|延伸段)?")


def _longer_place(written: str, after: str, place) -> bool:
    """甲河流域生态保护 is not in 甲河, nor 甲河三角洲 or 甲河口 (its mouth); 甲城区某片区 is not
    in the city 甲城 (a division's name goes on); 甲城市体育馆 is in 甲城市 (its own full name), 甲路市场
    in 甲路 (no division); 甲港大道 is not in 甲 (``FEATURE_ROAD_AFTER``), 甲大道南 not in 甲大道."""
    if LANDFORM_AFTER.match(after) or FEATURE_ROAD_AFTER.match(after):
        return True
    if ROAD_END.search(written) and ROAD_SIDE.fullmatch(after):
        return True
    longer = DIVISION_AFTER.match(after) if _gazetteer(place) else None
    return longer is not None and written + longer.group() != place.name


# A firm's branch or site named after its place (某某集团云州基地, 某某银行云州分行): the
# place after the owner's name is where it stands, also a far one.
BRANCH_AFTER = re.compile(r"(?:生产基地|研发基地|基地|分公司|子公司|分厂|分行|支行|分院|研发中心|总部|办事处)")


# 引进(落地)总投资…的某某项目: a project the report brings in from outside.
BROUGHT_IN = re.compile(r"(?:引进|引入|招引)[^，,；;。]*$")


def _brought_in(index, entity, place, sentence) -> bool:
    """引进…的甲市某某项目: a project brought in whose name opens with another division
    than the issuer's own place carries its investor's home, not its site."""
    from .gazetteer import lookup

    if not entity.name.startswith(place.name) or not _gazetteer(place):
        return False
    homes, divisions = _home(index), lookup(place.name)
    if not homes or not divisions or any(d.level not in ("city", "county") for d in divisions):
        return False
    if any(h.code.startswith(d.code) or d.code.startswith(h.code[:4]) for h in homes[:1] for d in divisions):
        return False  # the issuer's own place, a division above it, or one in its own city
    s = index.sentence(sentence)
    at = s.text.find(entity.name)
    return at > 0 and BROUGHT_IN.search(s.text[:at]) is not None


LEVEL_ONLY = re.compile(r"(?:社区|街道|街道办事处|办事处|镇|乡|村|嘎查)")


def _not_larger(place: Entity, division: Entity) -> bool:
    """A division (某某市) is in no place that is not a larger division: 江城 (a community)
    at the front of 江城川市 is a coincidence of characters."""
    known = _gazetteer(division)
    rank = _place_rank(division)
    return known and rank < 5 and _place_rank(place) >= rank


def _far_embedded(index: _Index, place: Entity) -> bool:
    """A division of another province than the issuer's, used in a name as a brand or an
    owner: a city or county (a housing estate 某东春晓 in a northern district is not in
    某东市; a forestry bureau's 某岭棚改 is not in 某岭地区), or a province named only
    inside other names."""
    from .gazetteer import lookup

    home = _home(index)
    divisions = lookup(place.name)
    if not home or not divisions or home[0].code[:2] in {d.code[:2] for d in divisions}:
        return False
    return divisions[0].level != "province" or not _stands_alone(index, place)


def _stands_alone(index: _Index, entity: Entity) -> bool:
    """Whether some mention of the entity lies inside no other entity's mention."""
    for mention in entity.mentions:
        around = index.by_sentence.get(mention.sentence, [])
        if not any(m.start <= mention.start and mention.end <= m.end and e is not entity for m, e in around):
            return True
    return False


RANGE_JOINT = re.compile(r"(?:至|到|——|—)")


def section_end_relations(index: _Index):
    """某某高速甲县至乙县段: a stretch of a line between two divisions runs in both; a whole
    route named by its ends (甲市至乙县高速公路) runs far beyond them, so it is in neither,
    and a range between other things (甲桥至乙桥段 or 甲路——乙广场) is left to no rule."""
    for entity in index.extraction.entities:
        if entity.type != "Project" or not _stretch(entity.name):
            continue
        for other, found, at in _inner_names(index, entity):
            if other.type == "Place" and 2 <= _place_rank(other) <= 4 and _gazetteer(other) \
                    and _range_end(entity.name, at, found):
                yield index.relation(entity, "locatedIn", other.name, _evidence_sentence(entity, found),
                                     "modifier:section-end", 0.7)


def _gazetteer(entity: Entity) -> bool:
    """Whether a rule found the entity in the gazetteer."""
    return any(r.startswith("place:gazetteer") for r in entity.rules)


def _below_country(entity: Entity) -> bool:
    """Whether the gazetteer knows the entity as a division below a country (某省, 某县)."""
    return _gazetteer(entity) and "place:gazetteer:country" not in entity.rules


def _stretch(name: str) -> bool:
    """A stretch between two named ends (…甲至乙段); not a whole route (甲至乙高速公路)."""
    return RANGE.search(name) is not None and name.endswith("段")


def _range_end(name: str, at: int, found: str) -> bool:
    """The found name is one end of the stretch: right before 至 (not opening the name) or
    right after it up to 段."""
    end = at + len(found)
    opens = at > 0 and RANGE_JOINT.match(name, end) is not None
    closes = at > 0 and RANGE_JOINT.search(name[:at][-2:]) is not None and name[end:] == "段"
    return opens or closes


# --- sentence cues --------------------------------------------------------------

RESPONSIBLE_VERBS = re.compile(r"^(?:了|已)?(?:编制了?|制定了?|出台了?|发布了?|推出了?|启动了?|建立了?|成立了?|"
                               r"打造了?|创建了?|举办了?|承办了?|牵头|负责|推行了?|设立了?|组建了?|开展了?|"
                               r"组织实施|具体实施|实施了?|主导|主办|承建|投资建设|投资兴建|运营)")
OWNS = re.compile(r"^(?:的|关于[^，。；]{0,30}的)$")
SETTLES = re.compile(r"(?:签约入驻|入驻|进驻|落户|迁入)")
LOCATED = re.compile(r"(?:位于|坐落于|落户)")
BUILT_AT = re.compile(r"(?:建立了?|建设了?|设立了?|成立了?|举办了?|开设了?|打造了?|建成了?)")
CLAUSE = re.compile(r"[，。；,;：:！？]")


def cue_relations(index: _Index):
    """Relations stated by words between two mentions of one clause."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for (ma, ea), (mb, eb) in zip(mentions, mentions[1:]):
            gap = text[ma.end:mb.start]
            if CLAUSE.search(gap) or ea is eb:
                continue
            yield from _pair_cues(index, sentence, ma, ea, mb, eb, gap, mentions)


ACTOR = ("Department", "Organization")
SCHEME = ("Program", "Project")


def prefixed_owner_relations(index: _Index):
    """A mention written as a body plus the scheme's name (省委十项规定 for 十项规定):
    the body is responsible for the scheme."""
    for sentence, mentions in index.by_sentence.items():
        for (mb, eb), (ma, ea) in combinations(mentions, 2):  # the longer mention sorts first
            if ea.type in ACTOR and eb.type in SCHEME and ma.start == mb.start and ma.end < mb.end \
                    and mb.text[len(ma.text):] in eb.names:
                yield index.relation(ea, "responsibleFor", eb.name, sentence, "cue:owner-prefix", 0.75)


# What may open a sentence before its subject: a time (2020年, 一年来, 五年来) and clauses of
# guidance (在市委的领导下，在市人大的监督支持下，…).
SENTENCE_LEAD = re.compile(r"(?:\d{4}年|今年|去年|过去一年|一年来|过去[一二三四五]年|[一二三四五]年来)?[，,]?"
                           r"(?:在[^，,。；;]{1,40}?下[，,])*")
SUBJECT_RUNS = re.compile(r"(?:围绕|实施|推行|开展|组织|启动|打造|建立|举办|创建)了?[“‘]?$")


def subject_runs_relations(index: _Index):
    """2020年，区政府在…领导下，紧紧围绕“云港”建设，…: the body that opens the sentence runs
    the scheme that a running verb of a later clause takes, when no other body opens that clause."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        s = index.sentence(sentence)
        lead = SENTENCE_LEAD.match(text, s.start).end()
        mentions = [(m, e) for m, e in mentions if m.start >= lead]
        if not mentions or mentions[0][1].type != "Department" or mentions[0][0].start != lead:
            continue
        subject = mentions[0][1]
        for m, e in mentions[1:]:
            if e.type in SCHEME and SUBJECT_RUNS.search(text[max(s.start, m.start - 4):m.start]) \
                    and not _actor_in_clause(index, text, mentions, m):
                yield index.relation(subject, "responsibleFor", e.name, sentence, "cue:subject-runs", 0.65)


def _actor_in_clause(index: _Index, text: str, mentions, mention: Mention) -> bool:
    """Whether another body stands in the clause before ``mention``."""
    start = max(text.rfind(p, 0, mention.start) for p in "，,；;：:")
    return any(start < m.start < mention.start and e.type in ACTOR for m, e in mentions)


def _pair_cues(index, sentence, ma, ea, mb, eb, gap, mentions):
    if ea.type in ACTOR and (eb.type in SCHEME or (eb.type == "Organization" and gap == "的")):
        if OWNS.match(gap) or gap == "":
            for owner in _co_owners(index, ma, ea, mentions):
                for e in _own_schemes(index, mb, eb, mentions):
                    yield index.relation(owner, "responsibleFor", e.name, sentence, "cue:owner", 0.75)
        elif RESPONSIBLE_VERBS.match(gap) and _clause_subject(index, ma):
            yield index.relation(ea, "responsibleFor", eb.name, sentence, "cue:verb", 0.7)
    if SETTLES.fullmatch(gap.strip("了")) and eb.type in ("Project", "Place"):
        predicate = "locatedIn" if eb.type == "Place" else "participatesIn"  # 落户某园区: a place
        for e in _listed_before(index, ma, ea, mentions):
            if e.type in ACTOR + SCHEME:
                yield index.relation(e, predicate, eb.name, sentence, "cue:settles", 0.75)
    if LOCATED.fullmatch(gap) and eb.type == "Place":
        yield index.relation(ea, "locatedIn", eb.name, sentence, "cue:located", 0.8)
    if gap == "" and ea.type == eb.type == "Place" and _contains_level(ea, eb) and not _feature(eb):
        yield index.relation(eb, "partOf", ea.name, sentence, "cue:nested-places", 0.75)


PLACE_RANK = {"country": 0, "province": 1, "city": 2, "county": 3, "township": 4}
# The level a division's own suffix gives when the gazetteer does not know it (foreign places).
LEVEL_SUFFIX = ((re.compile(r"[\u4e00-\u9fff]{2,}国$"), 0), (re.compile(r"[\u4e00-\u9fff]{2,}(?:省|州|邦)$"), 1),
                (re.compile(r"[\u4e00-\u9fff]{2,}市$"), 2),
                (re.compile(r"[\u4e00-\u9fff]{2,}(?<![地新园城景社])(?:区|县)$"), 3))


def _feature(entity: Entity) -> bool:
    """A river, lake, mountain or sea (甲乙江, 甲山): read as a feature, or a water or landform
    head on a name the gazetteer does not know as a division; never part of a division."""
    if any(r.startswith("place:feature") for r in entity.rules):
        return True
    return NATURAL.search(entity.name) is not None and not _gazetteer(entity)


def _place_rank(entity: Entity) -> int:
    """0 country … 4 township, 5 unknown: from the gazetteer, else from the suffix
    (某某国 0, 某某市 2, 某某区 3)."""
    kinds = [r.rsplit(":", 1)[-1] for r in entity.rules if r.startswith("place:gazetteer")]
    if kinds:
        return min(PLACE_RANK.get(k, 5) for k in kinds)
    return next((rank for pattern, rank in LEVEL_SUFFIX if pattern.fullmatch(entity.name)), 5)


def _contains_level(outer: Entity, inner: Entity) -> bool:
    """哈萨克斯坦|阿斯塔纳市, 吉林省|江城市, 某某国|某某市|某某区: a larger division written
    before a smaller one."""
    a, b = _place_rank(outer), _place_rank(inner)
    return a < b or (a < 5 and b == 5)


def _clause_subject(index: _Index, mention: Mention) -> bool:
    """The mention opens its clause: nothing but a few characters before it."""
    text = index.extraction.document.text
    before = text[max(0, mention.start - 12):mention.start].split("\n")[-1]
    tail = CLAUSE.split(before)[-1] if CLAUSE.search(before) else before
    return len(tail.strip()) <= 2


# A body written at the front of a scheme's mention (市委某某战略): its owner is that body.
BODY_LEAD = re.compile(r"(?:中共|党中央|中央|国务院|[\u4e00-\u9fff]{0,8}?[省市县区旗州盟镇乡](?:委|党委|人民政府|政府)(?!员))")


def _own_schemes(index, mention, entity, mentions):
    """The schemes listed from the one right after an owner (甲委“某某”和乙委“某某”战略): a
    scheme whose mention opens with a body of its own belongs to that body, not to the owner."""
    text = index.extraction.document.text
    return [e for m, e in _listed_mentions(index, mention, entity, mentions)
            if not BODY_LEAD.match(text, m.start, m.end)]


def _listed_from(index, mention, entity, mentions):
    """The entity and the ones enumerated right after it (A、B、C)."""
    return [e for _, e in _listed_mentions(index, mention, entity, mentions)]


def _listed_mentions(index, mention, entity, mentions):
    """The mention and the ones enumerated right after it (A、B、C), with their entities."""
    text = index.extraction.document.text
    yield mention, entity
    last = mention
    for m, e in mentions:
        if m.start > last.end and text[last.end:m.start] in ("、", "和", "及", "与") and e.type == entity.type:
            yield m, e
            last = m
        elif m.start > last.end:
            break


def _co_owners(index, mention, entity, mentions):
    """The owner and the bodies written with it (甲委甲政府“某某”, 甲委、甲政府《…》):
    each owns the scheme that follows them."""
    if entity.type != "Department":
        return [entity]
    return [e for e in _listed_before(index, mention, entity, mentions, ("", "、", "和"))
            if e.type == "Department"]


def _listed_before(index, mention, entity, mentions, joints=("、", "和", "及", "与")):
    """The entity and the ones enumerated right before it."""
    text = index.extraction.document.text
    yield entity
    first = mention
    for m, e in reversed(mentions):
        if m.end <= first.start:
            if text[m.end:first.start] in joints:
                yield e
                first = m
            else:
                break


def located_at_relations(index: _Index):
    """在甲市、乙市等12个城市建立了“某某”招商工作站: E locatedIn each P."""
    text = index.extraction.document.text
    for sentence, mentions in index.by_sentence.items():
        s = index.sentence(sentence)
        for clause_start, clause in _clauses(s):
            if not clause.startswith("在"):
                continue
            verb = BUILT_AT.search(clause)
            if not verb:
                continue
            cut = clause_start + verb.start()
            places = [e for m, e in mentions if clause_start <= m.start < cut and e.type == "Place"]
            built = [e for m, e in mentions if cut <= m.start < clause_start + len(clause)
                     and e.type in SCHEME + ACTOR]
            for place in places:
                for e in built[:1]:
                    yield index.relation(e, "locatedIn", place.name, sentence, "cue:built-at", 0.7)


def _clauses(sentence: Sentence):
    start = sentence.start
    for part in re.split(r"([，,；;])", sentence.text):
        if part and part not in "，,；;":
            yield start, part
        start += len(part)


AREA_HEAD = re.compile(r"(?:商圈|商务区|园区|新区|片区|组团|开发区|功能区|集聚区|经济区|产业园|工业园|物流园)$")
AREA_WORK = re.compile(r"^(?:的)?(?:改造|建设|开发|提升|升级)")
AREA_LEAD = re.compile(r"^(?:加快|推进|加快推进|全面推进|启动|实施|推动|抓好|加强|完成)$")
STEERED = re.compile(r"^(?:确保|力争|争取|推动|推进|加快|重点|启动|实施|完成)")
LISTED_PROJECTS = re.compile(r"等[\u4e00-\u9fff]{0,6}项目")


def area_member_relations(index: _Index):
    """加快云港商圈改造，确保甲大厦、乙广场等项目投入运营: each listed project is in the
    area that the sentence's first clause works on (clauses steered by 确保/力争/…)."""
    for sentence, mentions in index.outer.items():
        clauses = list(_clauses(index.sentence(sentence)))
        area = _worked_area(clauses[0], mentions) if clauses else None
        if area is None:
            continue
        for start, clause in clauses[1:]:
            listed = LISTED_PROJECTS.search(clause)
            if not STEERED.match(clause):
                break
            cut = start + listed.start() if listed else start
            for m, e in mentions:
                if start <= m.start < cut and e.type == "Project":
                    yield index.relation(e, "locatedIn", area.name, sentence, "cue:area-members", 0.7)


def _worked_area(first, mentions) -> Entity | None:
    """The area a clause opens with: 加快 + 某某商圈 + 改造/建设."""
    start, clause = first
    for m, e in mentions:
        at = m.start - start
        if 0 <= at < len(clause) and e.type == "Place" and AREA_HEAD.search(e.name) \
                and AREA_LEAD.match(clause[:at]) and AREA_WORK.match(clause[at + len(m.text):]):
            return e
    return None


TOPIC_VERB = re.compile(r"^(?:[一二三四五六七八九十]+是)?(?:加快|深入|全面|大力|积极|继续|着力|扎实|坚定)?"
                        r"(?:实施|推进|推动|落实|开展|建设)$")
TOPIC_REST = re.compile(r"^(?:建设|工作)?(?:和[^，,。；]{0,15})?[。！]?$")
TOPIC_HEAD = re.compile(r"(?:战略|工程|计划|行动|规划)$")
ZONE_MEMBER = re.compile(r"(?:自贸区|自由贸易区|试验区|合作区)$")


def topic_member_relations(index: _Index):
    """加快实施云海开放战略。积极商签甲协定，加快乙自贸区等谈判: a topic sentence that only
    announces a strategy, and the schemes of the next sentence that carry it out. The
    relation cites that next sentence, whose section path ends with the topic sentence."""
    sentences = index.extraction.structure.sentences
    for lead, mentions in index.outer.items():
        topic = _topic(index, lead, mentions)
        if topic is None or lead + 1 >= len(sentences) or not _under_topic(index, lead):
            continue
        for m, e in index.by_sentence.get(lead + 1, []):
            if e is not topic and (e.type in SCHEME or (e.type == "Place" and ZONE_MEMBER.search(e.name))):
                yield index.relation(e, "partOf", topic.name, lead + 1, "cue:topic-members", 0.65)


RESULT = re.compile(r"^(?:建设|工作|改革)?(?:取得|迈出|实现)(?:了)?(?:新|明显|显著|积极|重大|实质性)?(?:的)?(?:成效|进展|突破|步伐)[。！]?$")
ACTION = re.compile(r"^(?:推进|出台|实施|开展|加快|深化|建立|完善|推行|启动|落实|制定)")


def result_member_relations(index: _Index):
    """推进甲改革，出台乙制度，…，丙化取得新成效: the schemes that the sentence's actions
    name are parts of the scheme whose result closes it."""
    for sentence, mentions in index.outer.items():
        clauses = list(_clauses(index.sentence(sentence)))
        whole = _closing_result(clauses[-1], mentions) if len(clauses) > 1 else None
        if whole is None:
            continue
        for start, clause in clauses[:-1]:
            if not ACTION.match(clause):
                break
            for m, e in mentions:
                if start <= m.start < start + len(clause) and e.type == "Program" and e is not whole:
                    yield index.relation(e, "partOf", whole.name, sentence, "cue:result-members", 0.65)


def _closing_result(last, mentions) -> Entity | None:
    """The scheme that opens the last clause and is said to show results."""
    start, clause = last
    for m, e in mentions:
        if m.start == start and e.type == "Program" and RESULT.match(clause[len(m.text):]):
            return e
    return None


def _topic(index: _Index, sentence: int, mentions) -> Entity | None:
    """The strategy a short sentence announces: 加快实施X战略。, 二是推进X工程建设。"""
    s = index.sentence(sentence)
    schemes = [(m, e) for m, e in mentions if e.type in SCHEME]
    if len(schemes) != 1 or len(s.text) > 40:
        return None
    m, e = schemes[0]
    before, after = s.text[:m.start - s.start], s.text[m.end - s.start:]
    ok = TOPIC_HEAD.search(e.name) and TOPIC_VERB.match(before) and TOPIC_REST.match(after)
    return e if ok else None


def _under_topic(index: _Index, sentence: int) -> bool:
    """Whether the structure reads the sentence as the topic of the next one (its section
    path ends with it), so the citation shows the strategy too."""
    lead, follower = index.sentence(sentence), index.sentence(sentence + 1)
    path = index.extraction.structure.section_path(follower)
    return bool(path) and path.split(" / ")[-1] == lead.text.rstrip("。！")


COUNTED_NAME = re.compile(r"^“?([一二两三四五六七八九十]+)(?:大|个|项)")


def member_relations(index: _Index):
    """A、B、C“四大工程”: each listed scheme is part of the counted one."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for i, (m, e) in enumerate(mentions):
            if not (COUNTED_NAME.match(e.name) or COUNTED_NAME.match(m.text)):
                continue
            for member in _listed_before(index, *_previous(mentions, i, text)):
                if member is not e and member.type in SCHEME:
                    yield index.relation(member, "partOf", e.name, sentence, "cue:members", 0.8)


ITEM = re.compile(r"“?[\u4e00-\u9fff]{2,12}”?")


def counted_list_relations(index: _Index):
    """甲、乙、丙、丁四大战略: a list of as many items as the count, right before the counted
    name in its clause, is its members, also where the extractor read only some items
    (``members`` needs each item read, touching the next)."""
    from .extract.numbers import chinese_number

    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for m, e in mentions:
            count = COUNTED_NAME.match(m.text)
            if count is None:
                continue
            start = max(text.rfind(p, 0, m.start) for p in "，,；;：:。\n") + 1
            parts = text[start:m.start].split("、")
            if len(parts) != chinese_number(count.group(1)) or len(parts) < 2 \
                    or not all(ITEM.fullmatch(p) for p in parts[1:]):
                continue
            for member in _counted_members(mentions, m.start - len(parts[-1]), parts):
                if member is not e and member.type in SCHEME:
                    yield index.relation(member, "partOf", e.name, sentence, "cue:counted-list", 0.75)


def _counted_members(mentions, last_start: int, parts: list[str]):
    """The entities whose mention is one item: the last items exactly, the first one
    ending at its 、 (its start is the clause's verb)."""
    ends, end = [], last_start + len(parts[-1])
    for part in reversed(parts):
        ends.append((end - len(part), end))
        end -= len(part) + 1
    first_end = ends[-1][1]
    for m, e in mentions:
        if (m.start, m.end) in ends[:-1] or (m.end == first_end and m.end - m.start >= 2):
            yield e


def quoted_member_relations(index: _Index):
    """“甲街”、“乙巷”等“某某生活”文化品牌: quoted schemes listed before 等 and another
    quoted scheme are members of it (a class noun follows; the counted case is ``members``)."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for (ma, ea), (mb, eb) in zip(mentions, mentions[1:]):
            if text[ma.end:mb.start] == "等" and eb.type in SCHEME and _quoted(text, ma) and _quoted(text, mb) \
                    and not COUNTED_NAME.match(mb.text):
                for member in _listed_before(index, ma, ea, mentions):
                    if member is not eb and member.type in SCHEME:
                        yield index.relation(member, "partOf", eb.name, sentence, "cue:quoted-members", 0.7)


def _quoted(text: str, mention: Mention) -> bool:
    return text[mention.start:mention.start + 1] == "“" and text[mention.end - 1:mention.end] == "”"


def _previous(mentions, i, text):
    """The mention right before mention i (touching it), for _listed_before."""
    m, _ = mentions[i]
    for pm, pe in reversed(mentions[:i]):
        if pm.end <= m.start and text[pm.end:m.start] in ("", "等", "的", "建设", "建设、"):
            return pm, pe, mentions
        break
    return m, mentions[i][1], []


def glossary_relations(index: _Index):
    """A glossary entry (名词解释) states who runs a term and what it is made of:
    “X模式”:是指区便民服务中心推行… → the centre responsibleFor X;
    “五大平台”:是指…A、B、C和D等4个… → each partOf the term."""
    structure = index.extraction.structure
    for entry in structure.glossary:
        term = _glossary_entity(index, entry.term)
        sentence = structure.sentence_at(entry.start) if term else None
        if sentence is None:
            continue
        after = [(m, e) for m, e in index.outer.get(sentence.id, [])
                 if m.start >= entry.start + len(entry.term) and e is not term]
        yield from _glossary_owner(index, term, after, sentence.id)
        listed = [e for m, e in after if e.type in SCHEME]
        if len(listed) >= 2 and re.search(r"等\d+个|等[一二三四五六七八九十]+个", entry.definition):
            for e in listed:
                yield index.relation(e, "partOf", term.name, sentence.id, "cue:glossary", 0.8)


def _glossary_entity(index: _Index, term: str) -> Entity | None:
    """The entity a glossary term names: exactly, or the longest name inside the term."""
    key = _plain(term)
    if key in index.by_name:
        return index.by_name[key]
    inside = [n for n in index.by_name if len(n) >= 3 and n in key]
    return index.by_name[max(inside, key=len)] if inside else None


GLOSS_RUNS = re.compile(r"^(?:推行|实施|建设|打造|建立|设立|开展|推出|创建|运营|负责)")


def _glossary_owner(index: _Index, term: Entity, after, sentence: int):
    """是指 + a body + a running verb: the body runs the term."""
    text = index.extraction.document.text
    if not after or term.type not in SCHEME:
        return
    m, e = after[0]
    if e.type in ACTOR and text[m.start - 2:m.start] == "是指" and GLOSS_RUNS.match(text[m.end:m.end + 2]):
        yield index.relation(e, "responsibleFor", term.name, sentence, "cue:glossary-owner", 0.75)


def _plain(term: str) -> str:
    from .resolve import norm

    return norm(term)


# --- honours --------------------------------------------------------------------

def award_relations(index: _Index):
    """被评为 / 获评 / 获得…称号: the honour goes to the clause's subject, or to
    the issuing place when the report leaves the subject out."""
    extraction = index.extraction
    structure = extraction.structure
    home = _issuer_place(index)
    text = extraction.document.text
    honours = [h for h in index.honours if not own_clause(text, h)]
    shared = defaultdict(list)
    for honour in honours:
        shared[honour.cue].append(honour.text)
    for honour in honours:
        sentence = structure.sentence_at(honour.cue)
        if sentence is None:
            continue
        if RESPECTIVELY.search(text, max(0, honour.cue - 2), honour.cue):
            yield from list(_respective(index, sentence, honour, shared[honour.cue])) \
                or _home_work_award(index, home, sentence, honour)
            continue
        holder, confidence = _holder(index, sentence, honour.cue)
        if holder is not None and not _can_hold(holder, honour.text):
            holder, confidence = None, 0.0
        if holder is None:
            summed = _summed_holders(index, sentence, honour.cue)
            if summed:
                for entity in summed:
                    yield index.relation(entity, "awarded", honour.text, sentence.id, "cue:honour", 0.7)
                continue
        work = _home_work_award(index, home, sentence, honour) if holder is None else []
        if work:
            yield from work
            continue
        if holder is None and home is not None and _issuer_holds(index, sentence, honour):
            holder, confidence = home, 0.6
        for entity in _co_holders(index, sentence, holder, confidence):
            yield index.relation(entity, "awarded", honour.text, sentence.id, "cue:honour", confidence)


# 获省某某奖、乙奖35项: prizes counted, won by unnamed winners (firms, people), not by the issuer.
COUNTED_PRIZES = re.compile(r"奖[\d一二三四五六七八九十百两]+余?多?[项个]")


def _issuer_holds(index: _Index, sentence: Sentence, honour: Honour) -> bool:
    """Whether an honour with no named holder is the issuer's: no unnamed thing or subject
    before the cue, no subject carried from the clause before (甲公司被认定为…,并入选…),
    no prizes counted after it."""
    text, cue = index.extraction.document.text, honour.cue
    end = CLAUSE.search(text, cue)
    return not _unnamed_thing_before(text, cue) and not _unnamed_subject(text, sentence.start, cue) \
        and not _carried_unnamed(text, sentence.start, cue) \
        and COUNTED_PRIZES.search(text, cue, end.start() if end else len(text)) is None


CARRY_TAIL = re.compile(r"(?:并|且|还|也|又|同时|并且)?(?:成功|先后|相继)?")


def _carried_unnamed(text: str, start: int, cue: int) -> bool:
    """甲公司被认定为…,并入选…: the cue's clause goes on (并…) from a passive or honour clause
    whose subject is written (甲公司, no body of the report): that subject holds it too."""
    clauses = _line_clauses(text, start, cue)
    if len(clauses) < 2 or not CARRY_TAIL.fullmatch(clauses[-1]):
        return False
    passive = PASSIVE_OR_HONOUR.search(clauses[-2])
    return passive is not None and SUBJECTLESS.fullmatch(clauses[-2][:passive.start()]) is None


RESPECTIVELY = re.compile(r"分别$")
# A government's commendation of a place's work (某某创新获国务院通报表扬, 14项工作分别获省政府
# 真抓实干督查激励): the report's place holds it, the work being no body of its own.
COMMENDATION = re.compile(r"(?:通报表扬|督查激励)$")
HOME_WORK = re.compile(r"(?:工作|创新|改革|经验|做法|举措)(?:分别|均|先后|相继|都|也|还|再次|多次)*$")


def _home_work_award(index: _Index, home: Entity | None, sentence: Sentence, honour: Honour) -> list:
    """The report's place awarded a commendation of its work (see ``_home_work``), or nothing."""
    if home is None or not _home_work(index.extraction.document.text, sentence.start, honour):
        return []
    return [index.relation(home, "awarded", honour.text, sentence.id, "cue:honour-work", 0.6)]


# 甲建设、乙改革等4项工作获…督查激励: the works named and counted hold it, not the report's place.
NAMED_WORKS = re.compile(r"[\u4e00-\u9fff”]等[\d一二三四五六七八九十两]+项")


def _home_work(text: str, start: int, honour: Honour) -> bool:
    """Whether the honour is a commendation and the cue's clause opens with a work, not a body,
    nor works it names and counts."""
    tail = _line_clauses(text, start, honour.cue)[-1]
    return COMMENDATION.search(honour.text) is not None and HOME_WORK.search(tail) is not None \
        and NAMED_WORKS.search(tail) is None


def _respective(index: _Index, sentence: Sentence, honour: Honour, titles: list[str]):
    """甲、乙分别被评为X和Y: the n-th listed name holds the n-th title; when the counts
    differ nothing is said (no name gets a title that may be another's)."""
    text = index.extraction.document.text
    names = re.split(r"[、和及与]", CLAUSE.split(text[sentence.start:honour.cue - 2])[-1])
    if len(names) != len(titles) or titles.count(honour.text) != 1:
        return
    entity = index.by_name.get(names[titles.index(honour.text)].strip("“”"))
    if entity is not None:
        yield index.relation(entity, "awarded", honour.text, sentence.id, "cue:honour", 0.75)


# …“甲”“乙”等创新举措,年内先后三次获得…: a list summed up by 等 + a class noun, and a clause
# of adverbs only before the cue.
SUMMED = re.compile(r"”?等[\u4e00-\u9fff]{1,6}[，,](?:今年|去年|全年|年内|当年|同时)?(?:先后|相继|多次|均|又|再次|连续)?"
                    r"[一二三四五六七八九十两\d]*次?$")


def _summed_holders(index: _Index, sentence: Sentence, cue: int) -> list[Entity]:
    """The schemes or bodies listed before such a summary, side by side or with 、."""
    text = index.extraction.document.text
    summary = SUMMED.search(text, sentence.start, cue)
    if summary is None:
        return []
    clause_start = max(sentence.start, *(text.rfind(p, 0, summary.start()) + 1 for p in "，,；;"))
    listed = [e for m, e in index.outer.get(sentence.id, []) if clause_start <= m.start and m.end <= summary.start() + 1]
    kinds = {e.type for e in listed}
    return listed if len(kinds) == 1 and kinds <= set(SCHEME + ACTOR) else []


# The report's own territory or people standing as the subject: 我市, 全县, 我们.
OWN_SUBJECT = r"(?:我[省市县区旗州]|全[省市县区旗州]|我们)?"
SUBJECTLESS = re.compile(rf"^(?:被.*|(?:今年|去年|全年|同时|当年)?{OWN_SUBJECT}"
                         r"(?:连续|先后|再次|相继|首次|又|并|还|均|也|第)*第?"
                         r"[一二三四五六七八九十两\d]*(?:次|年|度)?(?:成功|荣|获|再|被.*)?)$")


def _line_clauses(text: str, start: int, cue: int) -> list[str]:
    """The clauses from ``start`` (or the last line break) up to the cue, the cue's own last."""
    return CLAUSE.split(text[start:cue].split("\n")[-1])


def _unnamed_subject(text: str, start: int, cue: int) -> bool:
    """Whether the cue's clause has words before it that are no body of the report (青松、
    某某等3处遗址被列为…): the honour is theirs, not the issuer's. Nothing, a count of
    times (连续五次荣获) or 被 + the givers leave the issuer as the subject."""
    tail = _line_clauses(text, start, cue)[-1]
    return SUBJECTLESS.fullmatch(tail) is None


THING_HEAD = re.compile(r"(?:平台|中心|系统|工程|项目|品牌|模式|基地|大厦|广场|园区)[”’]?[，,]$")


def _unnamed_thing_before(text: str, cue: int) -> bool:
    """…打造了…综合服务平台,获评…: the honour is the unnamed thing's, not the issuer's."""
    return THING_HEAD.search(text[max(0, cue - 6):cue]) is not None


def _co_holders(index: _Index, sentence: Sentence, holder: Entity | None, confidence: float):
    """The holder and, when it is the subject right before the cue, the names listed
    before it (甲大厦、乙大厦成为…“纳税百强楼”)."""
    if holder is None:
        return
    yield holder
    if confidence != 0.75:
        return
    mentions = index.outer.get(sentence.id, [])
    mention = next((m for m, e in reversed(mentions) if e is holder), None)
    if mention is not None:
        for e in _listed_before(index, mention, holder, mentions):
            if e is not holder and e.type == holder.type:
                yield e


# A title that ranks a territory (某某十强县, 国家卫生城市, 试点省份): only a place holds it.
PLACE_TITLE = re.compile(r"(?:县|市|区|城市|县城|县市|镇|乡|省|省份|名城|名镇|名村|之乡|之都)$")


def _can_hold(holder: Entity, honour: str) -> bool:
    """A scheme or a firm is never a county or a city: 实现“双提升”,荣获“十强县”称号
    honours the report's place, not the scheme that ends the clause before."""
    return not (holder.type in ("Program", "Organization") and PLACE_TITLE.search(honour))


# Words between a holder and its cue that leave it the subject: adverbs of time and
# manner (连续第三年, 先后, 再次, 成功), 已/也/还, 被 + the givers.
HOLDER_GAP = re.compile(r"(?:今年|去年|全年|同时|当年|年内|此外|也|还|已|均|又|并|再|先后|相继|再次|首次|连续|"
                        r"第|[一二三四五六七八九十两\d]|次|年|度|成功|荣|获|被.*)*")


def _holder(index: _Index, sentence: Sentence, cue: int):
    """Who receives an honour: the subject of the cue's own clause; else the name that
    ends the clause just before (…管理平台,获评…); else the sentence's subject."""
    text = index.extraction.document.text
    mentions = [(m, e) for m, e in index.outer.get(sentence.id, []) if m.end <= cue]
    if not mentions:
        return None, 0.0
    mentions = _without_givers(text, mentions)
    if not mentions:
        return None, 0.0
    mentions = _without_followed(text, mentions, cue)
    mentions = [(m, e) for m, e in mentions if not _instrumental(text, m)]
    if not mentions:
        return None, 0.0
    m, e = mentions[-1]
    gap = FOLLOWING.sub("", text[m.end:cue])
    if UNREAD_LIST.fullmatch(gap) and _clause_subject(index, m):
        return e, 0.75  # 甲县、乙开发区、丙园获评…: the list opens with the holder, the rest unread
    if not CLAUSE.search(gap) and len(gap) <= 12:
        if e.type == "Place" and not HOLDER_GAP.fullmatch(gap.strip("”’")):
            return None, 0.0  # 某县橄榄被列入…品牌: the place names whose thing it is
        return e, 0.75
    if CLAUSE.fullmatch(gap[:1]) and len(gap) == 1 and not text.startswith("被", cue):
        return e, 0.7  # 打造了…管理平台,获评…; but …政策,被省评为… honours the subject
    first, entity = mentions[0]
    if first.start - sentence.start <= 1 and e.type != "Place" and not _unnamed_subject(text, sentence.start, cue):
        return entity, 0.65  # not when the cue's clause has a subject of its own (…,乙驿获评…)
    return None, 0.0


# Names listed after a holder that the extractor did not read, each ending as a body or a
# place does (、某某开发区、某某公司), with nothing else before the cue.
UNREAD_LIST = re.compile(r"(?:[、和及][\u4e00-\u9fff]{1,10}(?:区|县|市|镇|乡|街道|村|园|公司|集团|企业|学校|医院|中心|局|委))+"
                         r"(?:均|先后|相继|同时|分别)?")


# 甲继乙之后跻身…: 乙 went first; 甲 is the subject.
FOLLOWING = re.compile(r"继[^，,；;。]{1,12}?(?:之后|以后)")


def _without_followed(text: str, mentions, cue: int):
    """Drop the names inside a 继…之后 phrase that ends right before the cue."""
    phrase = FOLLOWING.search(text, max(0, cue - 16), cue)
    if phrase is None or phrase.end() != cue:
        return mentions
    return [(m, e) for m, e in mentions if m.start < phrase.start()]


# 以甲山为龙头, 把甲区作为…, 依托甲港, 借助甲会: a name inside an instrumental phrase is the
# means, not the subject of the cue that follows.
MEANS_OPEN = re.compile(r"(?:(?<![可所予加得难足用])以|把|将|依托|借助|凭借)$")
MEANS_CLOSE = re.compile(r"[^，,；;。：:]{0,12}?(?:作为|为)")
MEANS_ALONE = re.compile(r"(?:依托|借助|凭借)$")


def _instrumental(text: str, mention: Mention) -> bool:
    lead = CLAUSE.split(text[max(0, mention.start - 12):mention.start])[-1]
    if MEANS_ALONE.search(lead):
        return True
    return MEANS_OPEN.search(lead) is not None and MEANS_CLOSE.match(text, mention.end) is not None


def _without_givers(text: str, mentions):
    """Drop the bodies after 被 that give the honour (被省委、省政府评为…, 被省委省政府评为…):
    givers, not holders."""
    first = len(mentions) - 1
    while first > 0 and text[mentions[first - 1][0].end:mentions[first][0].start] in ("、", "和", ""):
        first -= 1
    if mentions and text[max(0, mentions[first][0].start - 1):mentions[first][0].start] == "被":
        return mentions[:first]
    return mentions


def _issuer_place(index: _Index) -> Entity | None:
    """The place the issuer governs, by its full name or, when the report only writes
    that, by its short name (云州 for 云州市)."""
    from .gazetteer import lookup

    for place in _issuer_divisions(issuer_place(index.extraction.document.issuer)):
        shorts = [d.short for d in lookup(place) if d.name == place and d.short]
        for name in [place, *shorts]:
            entity = index.by_name.get(name)
            if entity is not None and entity.type == "Place":
                return entity
    return None


def _home(index: _Index) -> list:
    """The gazetteer division of the issuer's place, also when the issuer writes a compound
    name (某某市某某区: the district, read under its city), as a list of at most one."""
    from .gazetteer import home_division

    place = issuer_place(index.extraction.document.issuer)
    home = home_division(place) if place else None
    return [home] if home else []


UPPER_LEVEL = re.compile(r"(?:省|自治区|市|州|盟|地区)")


def _issuer_divisions(place: str) -> list[str]:
    """The issuer's place and, for a compound name (某某市某某区), the division it ends
    with: the district, not the city it lies in, receives the report's honours."""
    from .gazetteer import lookup

    if not place:
        return []
    tails = [(place[:m.end()], place[m.end():]) for m in UPPER_LEVEL.finditer(place, 2)]
    return [place, *[t for upper, t in tails if len(t) >= 2 and not lookup(place)
                     and (lookup(t) or (COUNTY_LEVEL.fullmatch(t) and lookup(upper)))][:1]]


# A county-level name the gazetteer may no longer hold (a district merged since): 某某区/县/旗.
COUNTY_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,4}(?:区|县|旗)")


def distributed_relations(index: _Index):
    """新设江苏、宁波、浙江综合保税区: the scheme is located in every listed place. Without a
    list (推广江苏综合保税区经验) the place belongs to the one named zone, not to the kind."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for i, (m, e) in enumerate(mentions):
            places = _leading_place(index, e)
            listed = _places_before(index, mentions, i, text) if places else []
            if not listed:
                continue
            place, rest = places
            for pe in [place, *listed]:
                yield index.relation(rest, "locatedIn", pe.name, sentence, "cue:distributed", 0.7)


def _leading_place(index: _Index, entity: Entity):
    """(place, scheme) when a name is a place plus another entity's name."""
    for other, found, at in _inner_names(index, entity):
        rest = index.by_name.get(entity.name[len(found):]) if at == 0 and other.type == "Place" else None
        if rest is not None and rest is not entity:
            return other, rest
    return None


def _places_before(index: _Index, mentions, i: int, text: str) -> list[Entity]:
    places, edge = [], mentions[i][0].start
    for pm, pe in reversed(mentions[:i]):
        if pe.type != "Place" or text[pm.end:edge] != "、":
            break
        places.append(pe)
        edge = pm.start
    return places


# --- cues between two mentions, second round -----------------------------------------

def _adjacent_pairs(index: _Index):
    """(sentence, a, b, gap) for each two neighbouring outermost mentions of a clause."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for (ma, ea), (mb, eb) in zip(mentions, mentions[1:]):
            gap = text[ma.end:mb.start]
            if ea is not eb and not CLAUSE.search(gap):
                yield sentence, (ma, ea), (mb, eb), gap, mentions


INCLUDED = re.compile(r"^(?:被|已|均|先后|相继|分别|成功|正式|全面)*(?:纳入|列入|融入)(?:了|到)?"
                      r"(?:全国|全省|全市|全区|国家|省级?|市级?|自治区)?$")


def included_relations(index: _Index):
    """甲工程纳入乙计划, 甲公园、乙公园被纳入全省“丙”项目: each scheme written into
    another scheme (the ones listed before it too) is part of it."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type in SCHEME and eb.type == "Program" and INCLUDED.match(gap):
            for e in _listed_before(index, ma, ea, mentions):
                if e.type in SCHEME:
                    yield index.relation(e, "partOf", eb.name, sentence, "cue:included", 0.75)


SUBORDINATE = re.compile(r"^(?:的)?(?:下属|所属|直属)(?:的)?$")
SUB_PLATFORM = re.compile(r"^(?:的)?(?:子平台|分平台|二级平台)[，,]?$")


def subordinate_relations(index: _Index):
    """某某局下属某某中心: the body below is part of the body above; 甲平台的子平台乙 likewise
    for schemes."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type == eb.type and ea.type in ACTOR and SUBORDINATE.match(gap):
            yield index.relation(eb, "partOf", ea.name, sentence, "cue:subordinate", 0.75)
        elif ea.type == eb.type == "Program" and SUB_PLATFORM.match(gap):
            yield index.relation(eb, "partOf", ea.name, sentence, "cue:sub-platform", 0.75)


LANDS = re.compile(r"^(?:项目)?(?:成功|正式|顺利|签约)?(?:落地|落户|布局)(?:于|在|到)?$")


def lands_in_relations(index: _Index):
    """甲项目落地某某区, 某某公司落户某某园: the scheme or body is located in the place."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if (eb.type == "Place" or _park(eb)) and ea.type in SCHEME + ACTOR and LANDS.match(gap):
            for e in _listed_before(index, ma, ea, mentions):
                if e.type in SCHEME + ACTOR:
                    yield index.relation(e, "locatedIn", eb.name, sentence, "cue:lands", 0.75)


PARK = re.compile(r"(?:园区|产业园|工业园|科技园|物流园|开发区|高新区|集聚区|工业区|产业新城)$")


def _park(entity: Entity) -> bool:
    """A park or zone typed as works (某某工业园): what lands in it is located there."""
    return entity.type == "Project" and PARK.search(entity.name) is not None


# 甲、乙等10余家企业落户某园, 丙等知名企业齐聚某区: a list closed by 等 and the class of its
# items (企业, 机构, 项目…, after a count or a few words of kind), then a verb of settling.
SETTLE_CLASS = (r"等(?:[一二两三四五六七八九十百\d余多]+[家个户所]|一批)?[\u4e00-\u9fff]{0,6}?"
                r"(?:企业|机构|公司|项目|集团|银行|品牌|商家|单位|总部)")
LISTED_SETTLES = re.compile(rf"^{SETTLE_CLASS}(?:先后|相继|纷纷|陆续|成功|正式|已|均)*"
                            rf"(?:{SETTLES.pattern}|落地|齐聚)了?(?:于|在|到)?$")


def listed_settles_relations(index: _Index):
    """甲公司、乙集团等5家企业入驻某园区: each listed body or scheme stands in the place
    (participates in a project it moves into)."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if (eb.type == "Place" or _park(eb)) and LISTED_SETTLES.match(gap):
            predicate = "locatedIn" if eb.type == "Place" else "participatesIn"
            for e in _listed_before(index, ma, ea, mentions):
                if e.type in SCHEME + ACTOR:
                    yield index.relation(e, predicate, eb.name, sentence, "cue:listed-settles", 0.75)


JOINS = re.compile(r"^(?:等[^，,；;。“”]{0,10}?)?(?:积极|全面|深度|主动|共同)?(?:参与|参加|加入)(?:了|到)?$")


def joins_relations(index: _Index):
    """甲公司、乙大学参与某某工程: each listed body participates in the scheme."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type in ACTOR and eb.type in SCHEME and JOINS.match(gap):
            for e in _listed_before(index, ma, ea, mentions):
                if e.type in ACTOR:
                    yield index.relation(e, "participatesIn", eb.name, sentence, "cue:joins", 0.7)


LED_BY = re.compile(r"^(?:[、和及与][^，。；,;]{2,20}?)?(?:牵头|负责|承办|主办|承建|投资建设|组织实施|具体实施)")
MADE_BY = re.compile(r"^(?:投资|出资|牵头|负责)?(?:打造|建设|建成|承建|运营|开发|主办|承办|实施|推出|创办)(?:了)?的$")


ADVERB = re.compile(r"^(?:积极|主动|全面|率先|成功|先后|相继|首次|创新|联合|共同|大力|牵头)+")


HOSTS = re.compile(r"^(?:新|已|共|累计|先后|相继|成功)*(?:签约)?(?:入驻|进驻)了?$")


def hosts_relations(index: _Index):
    """甲大厦新入驻乙集团、丙公司等企业30余家: the bodies moving in after the host take part
    in it (a project) or stand in it (a place)."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type in ("Project", "Place") and eb.type in ACTOR and HOSTS.match(gap) \
                and _clause_subject(index, ma):
            predicate = "participatesIn" if ea.type == "Project" else "locatedIn"
            for e in _listed_from(index, mb, eb, mentions):
                yield index.relation(e, predicate, ea.name, sentence, "cue:hosts", 0.7)


def adverb_verb_relations(index: _Index):
    """区文化馆积极打造“书香云州”品牌: a body opening its clause, an adverb, then a running
    verb (the ``cues`` rule reads the verb only when it touches the body)."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        adverb = ADVERB.match(gap)
        if ea.type in ACTOR and eb.type in SCHEME and adverb and RESPONSIBLE_VERBS.match(gap[adverb.end():]) \
                and _clause_subject(index, ma):
            yield index.relation(ea, "responsibleFor", eb.name, sentence, "cue:adverb-verb", 0.7)


def made_by_relations(index: _Index):
    """某某集团投资建设的甲产业园, 区文化馆打造的“乙”品牌: the body runs the scheme it is
    said to have built or launched."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type in ACTOR and eb.type in SCHEME and MADE_BY.match(gap):
            yield index.relation(ea, "responsibleFor", eb.name, sentence, "cue:made-by", 0.75)


def led_by_relations(index: _Index):
    """由某某局牵头实施甲工程 / 甲工程由某某局负责: the body after 由 runs the schemes of
    its clause."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for start, clause in _clauses(index.sentence(sentence)):
            inside = [(m, e) for m, e in mentions if start <= m.start < start + len(clause)]
            for m, e in inside:
                if e.type in ACTOR and text[m.start - 1:m.start] == "由" and LED_BY.match(text[m.end:]):
                    for _, scheme in inside:
                        if scheme.type in SCHEME:
                            yield index.relation(e, "responsibleFor", scheme.name, sentence, "cue:led-by", 0.75)


def _place_opens(index: _Index, entity: Entity, place: Entity, found: str) -> bool:
    """Whether a place at the start of a name says where the thing is: not the home
    country, not a far division, not a place glued to a brand word (某某酒业)."""
    return "place:gazetteer:country" not in place.rules and not _far_embedded(index, place) \
        and not BRAND_AFTER.match(entity.name[len(found):]) and not RANGE.search(entity.name)


def quoted_place_relations(index: _Index):
    """云州“智慧港”工程: a place written before the quotes of a scheme's name locates the
    scheme (inside the quotes, “健康云州”, it is the scheme's theme, not its site)."""
    for entity in index.extraction.entities:
        if entity.type not in SCHEME:
            continue
        for mention in entity.mentions:
            opening = mention.text.find("“")
            place = index.by_name.get(mention.text[:opening]) if opening >= 2 else None
            if place is not None and place.type == "Place" and _place_opens(index, entity, place, place.name):
                yield index.relation(entity, "locatedIn", place.name, mention.sentence, "modifier:quoted-place", 0.7)
                break


def place_quote_relations(index: _Index):
    """擦亮某某“三张名片”, 推广某某县“积分制”: a place written right before the quoted name
    of a scheme locates it (a home-country or far division does not; a place inside the
    quotes is the scheme's theme and no mention of its own; the last of listed places,
    甲、乙地区“两大板块”, is one of the scheme's members, not its site)."""
    text = index.extraction.document.text
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type == "Place" and eb.type in SCHEME and (gap + mb.text).startswith("“") and len(gap) <= 1 \
                and text[ma.start - 1:ma.start] not in ("“", "、", "和", "及", "与") \
                and "place:gazetteer:country" not in ea.rules \
                and not _far_embedded(index, ea) and not GOAL_BEFORE.search(text, max(0, ma.start - 2), ma.start) \
                and not _model_goal(text, ma.start, eb):
            yield index.relation(eb, "locatedIn", ea.name, sentence, "cue:place-quote", 0.7)


# 对接融入甲湾区“某某”, 面向乙地区“某某”: the place is where the scheme reaches, not where it is.
GOAL_BEFORE = re.compile(r"(?:融入|对接|面向|连接|通往|辐射|服务|接轨|联通|走向|进军|衔接|承接)$")


# 打造现代化甲省“乙市样板”, 争当甲省乙模式: a model or benchmark set as a goal describes the
# aim; the place before it is whom the model serves, not where a scheme is.
MODEL_END = re.compile(r"(?:样板|标杆|典范|示范|模式|范例|样本)[”’]?$")
MODEL_GOAL = re.compile(r"(?:打造|争当|争做|争创|建设|建成|当好|做好|树立|创造|探索)")


def _model_goal(text: str, at: int, scheme: Entity) -> bool:
    """The scheme is a model (…样板, …模式) that the clause before ``at`` sets as a goal."""
    if not MODEL_END.search(scheme.name):
        return False
    return MODEL_GOAL.search(CLAUSE.split(text[max(0, at - 30):at])[-1]) is not None


PLACE_OWNS = re.compile(r"^(?:的)?$")


def place_before_relations(index: _Index):
    """某某区的甲项目 / 某某镇甲产业园 written as two names: the project is in the place."""
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type == "Place" and eb.type in ("Project", "Organization") and PLACE_OWNS.match(gap) \
                and _place_opens(index, eb, ea, "") and _place_rank(ea) >= 2 \
                and not _range_start(index.extraction.document.text, mb.end):
            yield index.relation(eb, "locatedIn", ea.name, sentence, "cue:place-before", 0.7)


def foreign_home_relations(index: _Index):
    """甲国某某集团, 乙国某某公司: a foreign country written right before a firm's name
    is where the firm is based (the home country, 中国, says nothing)."""
    from .gazetteer import countries

    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type == "Place" and eb.type == "Organization" and gap == "" \
                and countries().get(ea.name) not in (None, "CN"):
            yield index.relation(eb, "locatedIn", ea.name, sentence, "cue:foreign-home", 0.7)


RANGE_AFTER = re.compile(rf"{RANGE_JOINT.pattern}[\u4e00-\u9fff]")


def _range_start(text: str, end: int) -> bool:
    """甲大道乙大桥至丙路的标准段: a name that starts a range (…至…) marks where a stretch
    of the place before it begins; it is not said to lie in that place."""
    return RANGE_AFTER.match(text, end) is not None


WORK_AT = re.compile(r"(?:实施|推进|启动|开工建设|新建|布局|规划建设|开展)")


def worked_at_relations(index: _Index):
    """在某某镇实施甲工程: the first scheme of a clause that opens with 在 + places + a
    working verb is located in those places."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for start, clause in _clauses(index.sentence(sentence)):
            if not clause.startswith("在"):
                continue
            inside = [(m, e) for m, e in mentions if start < m.start < start + len(clause)]
            places = _leading_places(text, start + 1, inside)
            if not places:
                continue
            verb = WORK_AT.match(text, places[-1][0].end)
            after = [e for m, e in inside if verb and m.start >= verb.end() and e.type in SCHEME]
            for m, place in places:
                for e in after[:1]:
                    yield index.relation(e, "locatedIn", place.name, sentence, "cue:worked-at", 0.7)


def _leading_places(text: str, at: int, mentions):
    """The places listed from ``at`` on (甲镇、乙镇), touching one another."""
    places = []
    for m, e in mentions:
        if m.start != at or e.type != "Place":
            break
        places.append((m, e))
        at = m.end + (1 if text[m.end:m.end + 1] in "、和" else 0)
    return places


SITUATED = re.compile(r"(?:位于|坐落于|坐落在|地处)$")


def situated_before_relations(index: _Index):
    """位于某某镇的甲产业园 / 坐落于某某区的乙大学: the name after 位于 P 的 is in P."""
    text = index.extraction.document.text
    for sentence, (ma, ea), (mb, eb), gap, mentions in _adjacent_pairs(index):
        if ea.type == "Place" and eb.type in SCHEME + ACTOR + ("Place",) and gap == "的" \
                and SITUATED.search(text[max(0, ma.start - 3):ma.start]):
            yield index.relation(eb, "locatedIn", ea.name, sentence, "cue:situated", 0.8)


PARTNER = re.compile(r"^(?:[、和及与][^，,；;。]{2,20}?)?(?:等[^，,；;。“”]{0,12}?)?(?:签约|携手)?(?:合作|联合|携手|共同)*"
                     r"(?:共建|建设|建立|打造|成立|设立|组建|创建|开展|实施|举办|开发|运营)了?$")


def partner_relations(index: _Index):
    """与甲大学、乙集团合作共建“丙”研究院: each partner after 与 takes part in the scheme
    that the clause's cooperation verb builds."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for i, (m, e) in enumerate(mentions):
            if e.type not in ACTOR or text[m.start - 1:m.start] != "与":
                continue
            partners = list(_listed_from(index, m, e, mentions))
            scheme = _next_scheme(text, m.end, mentions[i + 1:], partners)
            if scheme is not None:
                for partner in [*_touching_actor(mentions[:i], m.start - 1), *partners]:
                    yield index.relation(partner, "participatesIn", scheme.name, sentence, "cue:partner", 0.7)


def _touching_actor(before, at: int) -> list[Entity]:
    """甲集团与乙…: the body written right before 与 is a partner too."""
    return [e for m, e in before[-1:] if m.end == at and e.type in ACTOR]


def _next_scheme(text: str, edge: int, after, partners) -> Entity | None:
    """The scheme right after the partners when only a cooperation verb stands between."""
    for m, e in after:
        if e in partners:
            edge = m.end
            continue
        return e if e.type in SCHEME and PARTNER.match(text[edge:m.start]) else None
    return None


def more_honour_relations(index: _Index):
    """成功创建国家卫生城市, 获批全国农业现代化示范区, 入选全国首批…试点名单: titles the
    honour stage leaves out, given to the clause's subject or, unnamed, to the issuer."""
    text = index.extraction.document.text
    home = _issuer_place(index)
    for designation in index.designations:
        cue = designation.cue
        sentence = index.extraction.structure.sentence_at(cue)
        if sentence is None or _inside_mention(index, sentence.id, cue):
            continue  # the title was read into a name: nothing safe to say
        if designation.aim:
            continue  # 力争创成…: a target, not an award
        holder, confidence = _holder(index, sentence, cue)
        if holder is None and home is not None and _opens_clause(text, sentence.start, cue) \
                and not _carried_subject(index, sentence.start, cue):
            holder, confidence = home, 0.6
        titles = _awarded_titles(text, designation)
        for entity in _co_holders(index, sentence, holder, confidence):
            for title in titles:
                if not _inner_zone(entity, title):
                    yield index.relation(entity, "awarded", title, sentence.id, "cue:honour-more", confidence)


SUBJECT_ADVERBS = re.compile(r"(?:今年|去年|全年|同时|当年|此外|\d{4}年(?:[、和至—-]\d{4}年)*)?"
                             rf"{OWN_SUBJECT}"
                             r"(?:接连|先后|相继|再次|首次|连续|又|还|并|均|也|成功|顺利|第?[一二三四五六七八九十两\d]+(?:年|次|届))*")


def scoped_honour_relations(index: _Index):
    """接连创成全国文明城市、某某省园林城市; 甲公司等3家企业获评省互联网企业50强: the
    scoped titles that honours.py finds after a cue of a done award, for the clause's
    subject or, when the clause opens with the cue, the issuer."""
    text = index.extraction.document.text
    for found in index.scoped:
        sentence = index.extraction.structure.sentence_at(found.cue)
        if sentence is None or _inside_mention(index, sentence.id, found.cue) or found.aim:
            continue  # read into a name, or 力争创成…: a target, not an award
        if RESPECTIVELY.search(text, max(0, found.cue - 2), found.cue):
            continue  # 甲和乙分别晋升为国家3A和4A级…: each holder has its own title, not read here
        clause = _clause_before(text, sentence.start, found.cue)
        titles = _awarded_titles(text, found)
        for entity, confidence in _scoped_holders(index, sentence, found.cue, clause, found.titles):
            for title in titles:
                if not _not_held(entity, title, clause):
                    yield index.relation(entity, "awarded", title, sentence.id, "cue:honour-scoped", confidence)


# A zone's level (晋升为省级开发区) is a status, not an honour; a zone or park subject (甲县(开发区)
# 晋升…, 工业园区…进入前20强) holds its title, not the division; a designated zone (国家某某示范区)
# created by a city or county lies in it, it is not a title of the division itself.
ZONE_LEVEL = "^(?:国家|省|自治区|市|县)级"  # a zone's level opening its title
STATUS_TITLE = re.compile(rf"{ZONE_LEVEL}(?:经济技术|高新技术产业|经济)?开发区$")
# The heads of a park or zone (PARK_HEADS), of one a level or approval names (ZONE_HEADS),
# of a resort (RESORT_HEADS): shared by the zone patterns below.
PARK_HEADS = "开发区|高新区|园区|工业园|产业园"
ZONE_HEADS = rf"{PARK_HEADS}|物流园|保税区|新区"
RESORT_HEADS = "度假区|景区"
ZONE_SUBJECT = re.compile(rf"(?:{PARK_HEADS}|工业集中区)[)）]?")
ZONE_TITLE = re.compile(rf"(?:示范区|试验区|先行区|开发区|园区|{RESORT_HEADS})$")
# A resort or scenic area a city or county creates (成功创建国家级旅游度假区) is a place inside it,
# whatever the cue.
INNER_ZONE = re.compile(rf"(?:{RESORT_HEADS}|旅游区)$")
# A zone raised to a level (晋升为自治区级物流园区, 获批为国家级开发区, 升格为省级高新区): a status
# change, not an honour; a level designation (国家级某某示范园区) stays one.
STATUS_CHANGE = re.compile(r"(?:晋升|升级|升格|获批|批准|晋级)为?$")
LEVEL_ZONE = re.compile(rf"{ZONE_LEVEL}(?:(?!示范|试点)[\u4e00-\u9fff]){{0,8}}?"
                        rf"(?:{ZONE_HEADS}|{RESORT_HEADS})$")
CITY_OR_COUNTY = re.compile(r"(?:市|县|旗|州|盟)$")


# A zone or park approved (获批国家某某示范区 of innovation, 获批设立甲开发区, 获批省化工园区): an
# approval to set it up or run it, not an honour; titles after 获批 (试点, 示范城市, 示范区 of a
# public service) stay.
APPROVED_CUE = re.compile(r"获批(?:建设|设立|为|成为)?$")
APPROVED_ZONE = re.compile(rf"(?:{ZONE_HEADS}|化工园|综保区|自主创新示范区|自由贸易试验区|自贸试验区|自贸区)$")


def _status_change(text: str, found: Designation, title: str) -> bool:
    """甲园区晋升为自治区级物流园区: the cue raises a zone to a level; 获批乙园区: a zone approved."""
    cue = text[found.cue:found.start]
    return (STATUS_CHANGE.search(cue) is not None and LEVEL_ZONE.match(title) is not None) \
        or (APPROVED_CUE.search(cue) is not None and APPROVED_ZONE.search(title) is not None)


def _awarded_titles(text: str, found: Designation) -> list[str]:
    """The found titles that are honours, not a zone's status change or approval."""
    return [title for title in found.titles if not _status_change(text, found, title)]


def _inner_zone(holder: Entity, title: str) -> bool:
    return _division(holder) and INNER_ZONE.search(title) is not None


def _division(entity: Entity) -> bool:
    return entity.type == "Place" and CITY_OR_COUNTY.search(entity.name) is not None


def _not_held(holder: Entity, title: str, clause: str) -> bool:
    if STATUS_TITLE.match(title):
        return True
    return _division(holder) and (ZONE_SUBJECT.search(clause) is not None or ZONE_TITLE.search(title) is not None)


def _clause_before(text: str, start: int, cue: int) -> str:
    return clause_before(text[start:cue], cue - start)


PASSIVE_OR_HONOUR = re.compile(r"被|评为|获评|荣获|入选")


def _carried_subject(index: _Index, start: int, cue: int) -> bool:
    """甲小镇被评为…,跻身…: the clause before the cue is passive or an honour, so its
    (maybe unnamed) subject carries over to the cue; the issuer is not the holder, unless
    the sentence itself opens with a cue (获评甲城市,蝉联乙城市: the issuer's all through)."""
    text = index.extraction.document.text
    clauses = _line_clauses(text, start, cue)
    return len(clauses) > 1 and PASSIVE_OR_HONOUR.search(clauses[-2]) is not None \
        and not _opens_with_cue(index, start)


def _opens_with_cue(index: _Index, start: int) -> bool:
    """The sentence opens with an award cue after adverbs only (成功创建…, 先后获评…)."""
    lead = SUBJECT_ADVERBS.match(index.extraction.document.text, start).end()
    return any(start <= cue <= lead + 1 for cue in index.cue_starts)  # 成功创建: an adverb inside the cue


def _scoped_holders(index: _Index, sentence: Sentence, cue: int, clause: str, titles):
    """The clause's subject (not a scheme or a firm for a territory's title), else the
    issuer when nothing but adverbs (接连, 先后…) stands before the cue."""
    holder, confidence = _holder(index, sentence, cue)
    if holder is not None and not all(_can_hold(holder, t) for t in titles):
        if confidence == 0.75:
            return
        holder = None  # a scheme opening the sentence or ending the clause before (…“升级版”,获评…市): the issuer's
    if holder is None and SUBJECT_ADVERBS.fullmatch(clause) \
            and not _carried_subject(index, sentence.start, cue):
        holder, confidence = _issuer_place(index), 0.6
    if holder is not None:
        yield from ((e, confidence) for e in _co_holders(index, sentence, holder, confidence))


def _inside_mention(index: _Index, sentence: int, at: int) -> bool:
    return any(m.start < at < m.end for m, e in index.by_sentence.get(sentence, []))


def _opens_clause(text: str, start: int, cue: int) -> bool:
    """The cue stands (nearly) first in its clause (，成功创建…, ，并入选…): the report's
    own government is the unnamed subject, not some unnamed thing before the cue."""
    return len(CLAUSE.split(text[start:cue])[-1]) <= 3


FIRST_IN = re.compile(r"(?:首个|首家|唯一|第一个|第一家|首批)")
BECOMES = re.compile(r"(?:成为|是)$")


def first_in_relations(index: _Index):
    """甲园区…,成为云州首个百亿园区 / …,是某某省首个入选城市: the thing that is a place's
    first or only one of its kind stands in that place (the clause's subject, else the
    issuer's own place for a clause that opens with the cue)."""
    text = index.extraction.document.text
    home = _issuer_place(index)
    for sentence, mentions in index.outer.items():
        for m, place in mentions:
            becomes = BECOMES.search(text, m.start - 2, m.start)
            if place.type != "Place" or not becomes or not FIRST_IN.match(text, m.end) \
                    or not _below_country(place):
                continue
            s, cue = index.sentence(sentence), becomes.start()
            holder = _holder(index, s, cue)[0] or _previous_subject(index, s, cue)
            if holder is None and _opens_clause(text, s.start, cue):
                holder = home
            if holder is not None and holder is not place and _can_be_in(holder, place):
                yield index.relation(holder, "locatedIn", place.name, sentence, "cue:first-in", 0.7)


def _previous_subject(index: _Index, sentence: Sentence, cue: int) -> Entity | None:
    """甲园区产值突破300亿元,成为…: the name opening the clause right before a clause that
    opens with the cue is the subject of both."""
    text = index.extraction.document.text
    clauses = CLAUSE.split(text[sentence.start:cue])
    if len(clauses) < 2 or clauses[-1].strip():
        return None
    start = cue - len(clauses[-1]) - 1 - len(clauses[-2])
    return next((e for m, e in index.outer.get(sentence.id, []) if m.start == start and e.type != "Place"), None)


def _can_be_in(entity: Entity, place: Entity) -> bool:
    """A project, body or scheme may stand in any place; a place only in a larger one."""
    return entity.type != "Place" or _place_rank(place) < _place_rank(entity)


# Name → rule; relate(..., without=("area-members",)) switches a rule off to measure it.
RULES = {
    "modifier": modifier_relations,
    "section-end": section_end_relations,
    "distributed": distributed_relations,
    "cues": cue_relations,
    "owner-prefix": prefixed_owner_relations,
    "subject-runs": subject_runs_relations,
    "built-at": located_at_relations,
    "members": member_relations,
    "counted-list": counted_list_relations,
    "quoted-members": quoted_member_relations,
    "area-members": area_member_relations,
    "topic-members": topic_member_relations,
    "result-members": result_member_relations,
    "glossary": glossary_relations,
    "honours": award_relations,
    "included": included_relations,
    "subordinate": subordinate_relations,
    "lands": lands_in_relations,
    "listed-settles": listed_settles_relations,
    "joins": joins_relations,
    "led-by": led_by_relations,
    "made-by": made_by_relations,
    "adverb-verb": adverb_verb_relations,
    "honours-more": more_honour_relations,
    "quoted-place": quoted_place_relations,
    "place-before": place_before_relations,
    "foreign-home": foreign_home_relations,
    "place-quote": place_quote_relations,
    "worked-at": worked_at_relations,
    "situated": situated_before_relations,
    "partner": partner_relations,
    "honours-scoped": scoped_honour_relations,
    "hosts": hosts_relations,
    "first-in": first_in_relations,
}


# --- co-mentions ----------------------------------------------------------------

def comentions(extraction: Extraction):
    """Pairs of entities mentioned in the same sentence."""
    by_sentence: dict[int, list[str]] = {}
    for entity in extraction.entities:
        for mention in entity.mentions:
            if mention.sentence is not None:
                names = by_sentence.setdefault(mention.sentence, [])
                if entity.name not in names:
                    names.append(entity.name)
    for sentence, names in sorted(by_sentence.items()):
        for a, b in combinations(sorted(names), 2):
            yield CoMention(a, b, sentence)
