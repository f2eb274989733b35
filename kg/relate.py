"""Relate stage: typed relations stated by one sentence, and co-mentions.

Each rule reads the entities' mentions sentence by sentence and yields
``Relation`` objects with the sentence as evidence. Rules are listed in
``RULES``; each has a fixed confidence that says how often its kind of cue
states the relation.

- locatedIn: a place name inside another name (云栖路智慧商圈 → 云栖路);
  在 P …建立 E; E 位于 P.
- partOf: a phase (碧波会展中心一期 → 碧波会展中心); a scheme named after another
  (扶千商服务平台 → 扶千商); members enumerated before a counted name
  (A、B、C“四大工程”) or in a glossary definition; sub-areas of a place.
- responsibleFor: an owner's name inside a project name (禾丰公司综合技改);
  O 的 E; a department followed by its scheme (区政府“一站式”…); D 编制/出台/… E.
- participatesIn: A、B 签约入驻/进驻 P; an organization named in a scheme's name.
- awarded: honours (被评为…, 获评…, 获得…称号) with their holder.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from .extract.honours import find_honours
from .model import CoMention, Entity, Extraction, Mention, Relation, Sentence, issuer_place


@dataclass
class _Index:
    """Mentions by sentence and entities by name, for the rules."""

    extraction: Extraction
    by_sentence: dict[int, list[tuple[Mention, Entity]]]
    by_name: dict[str, Entity]
    outer: dict[int, list[tuple[Mention, Entity]]] = None

    def __post_init__(self):
        self.outer = {s: _outermost(ms) for s, ms in self.by_sentence.items()}

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


def _outermost(mentions: list[tuple[Mention, Entity]]) -> list[tuple[Mention, Entity]]:
    """Mentions not inside another one (珠江经济带发展, not its 珠江经济带)."""
    kept, reach = [], -1
    for m, e in mentions:
        if m.end > reach:
            kept.append((m, e))
            reach = m.end
    return kept


def relate(extraction: Extraction) -> None:
    """Fill ``relations`` and ``comentions`` of an extraction."""
    index = _Index.of(extraction)
    seen, relations = set(), []
    for rule in RULES:
        for relation in rule(index):
            key = (relation.subject, relation.predicate, relation.object)
            if relation.subject != relation.object and key not in seen:
                seen.add(key)
                relations.append(relation)
    extraction.relations = relations
    extraction.comentions = list(comentions(extraction))


# --- names inside names -------------------------------------------------------

SUB_AREA = re.compile(r"(?:新区|新镇区|组团|片区|城区)$")
PHASE = re.compile(r"^(.+?)(?:[一二三四五六七八九十]|\d)期(?:工程|项目)?$")


def _inner_names(index: _Index, entity: Entity):
    """(other entity, the name found, where) for each entity whose name or alias
    occurs inside this entity's canonical name, not as the whole name; where two
    found names of one type overlap, only the longer counts (北原河堤防: 北原河,
    not 北原)."""
    name = entity.name
    found = []
    for other_name, other in index.by_name.items():
        if other is entity or len(other_name) < 2 or other_name == name or other_name in entity.names:
            continue
        if len(other_name) < 3 and other_name != other.name:
            continue  # a two-character alias (“十大”) is too loose to find inside names
        at = name.find(other_name)
        if at >= 0 and at + len(other_name) < len(name):
            found.append((other, other_name, at))
        elif at > 0 and name.endswith(other_name) and other.type in ("Program", "Place") \
                and _is_place(index, name[:at]):
            found.append((other, other_name, -1))  # 海南综合保税区: the scheme 综合保税区 in 海南
    spans = [(at, at + len(n), o.type) for o, n, at in found if at >= 0]
    for other, other_name, at in found:
        end = at + len(other_name)
        if at < 0 or not any(s <= at and end <= e and (s, e) != (at, end) and t == other.type
                             for s, e, t in spans):
            yield other, other_name, at


def _is_place(index: _Index, text: str) -> bool:
    entity = index.by_name.get(text)
    return entity is not None and entity.type == "Place"


def _evidence_sentence(entity: Entity) -> int | None:
    return next((m.sentence for m in entity.mentions if m.sentence is not None), None)


def modifier_relations(index: _Index):
    """云栖路智慧商圈 locatedIn 云栖路; 禾丰公司综合技改 ← responsibleFor 禾丰公司;
    扶千商服务平台 partOf 扶千商; 北原南屏组团 partOf 北原区."""
    for entity in index.extraction.entities:
        sentence = _evidence_sentence(entity)
        if sentence is None:
            continue
        for other, found, at in _inner_names(index, entity):
            relation = _modifier_relation(index, entity, other, found, at, sentence)
            if relation:
                yield relation


def _modifier_relation(index, entity, other, found, at, sentence):
    kinds = (entity.type, other.type)
    if at < 0:  # the name ends with the other one: a local instance of it
        return index.relation(entity, "partOf", other.name, sentence, "modifier:instance", 0.7)
    if other.type == "Place":
        return _located_by_name(index, entity, other, sentence)
    if other.type in ("Organization", "Department") and entity.type in ("Project", "Program") and at == 0:
        return index.relation(other, "responsibleFor", entity.name, sentence, "modifier:owner", 0.7)
    if other.type == "Organization" and entity.type == "Program":
        return index.relation(other, "participatesIn", entity.name, sentence, "modifier:member", 0.6)
    if kinds in (("Program", "Program"), ("Project", "Program"), ("Project", "Project")) and at == 0:
        if entity.name[len(found):len(found) + 1] in "、,，和与及" or len(other.name) < 4:
            return None  # 一窗受理、全城通办 is not a part of 一窗受理
        predicate = "partOf"
        confidence = 0.8 if PHASE.match(entity.name) or entity.type == "Program" else 0.6
        if entity.type == "Project" and other.type == "Project" and not PHASE.match(entity.name):
            return None
        return index.relation(entity, predicate, other.name, sentence, "modifier:part", confidence)
    return None


NATURAL = re.compile(r"(?:河|江|湖|海|湾|山|岛)$")
# What follows a place inside a company, brand or road name.
BRAND_AFTER = re.compile(r"^(?:酒业|啤酒|煤业|实业|集团|股份|公司|科技|电子|化工|药业|乳业|食品|物流|地产|置业|"
                         r"能源|路|街|大街|大道|巷)")


def _located_by_name(index, entity, place, sentence):
    """A place named inside a name locates it, except in brands and companies (江城读书会,
    清泉酒业, 中国某某集团…), roads named after a city (长春路…), the home country (中国特色…),
    and for rivers named after a town."""
    if entity.type == "Organization" or "place:gazetteer:country" in place.rules:
        return None
    after = entity.name[entity.name.find(place.name) + len(place.name):]
    if BRAND_AFTER.match(after):
        return None
    if entity.type == "Program" and any(r.startswith("quoted") for r in entity.rules):
        return None
    if entity.type == "Place" and NATURAL.search(entity.name):
        return None
    predicate = "partOf" if entity.type == "Place" and SUB_AREA.search(entity.name) else "locatedIn"
    return index.relation(entity, predicate, place.name, sentence, "modifier:place", 0.8)


# --- sentence cues --------------------------------------------------------------

RESPONSIBLE_VERBS = re.compile(r"^(?:了|已)?(?:编制了?|制定了?|出台了?|发布了?|推出了?|启动了?|建立了?|成立了?|"
                               r"打造了?|创建了?|举办了?|承办了?|牵头|负责|推行了?|设立了?|组建了?|开展了?)")
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


def _pair_cues(index, sentence, ma, ea, mb, eb, gap, mentions):
    if ea.type in ACTOR and (eb.type in SCHEME or (eb.type == "Organization" and gap == "的")):
        if OWNS.match(gap) or gap == "":
            for e in _listed_from(index, mb, eb, mentions):
                yield index.relation(ea, "responsibleFor", e.name, sentence, "cue:owner", 0.75)
        elif RESPONSIBLE_VERBS.match(gap) and _clause_subject(index, ma):
            yield index.relation(ea, "responsibleFor", eb.name, sentence, "cue:verb", 0.7)
    if SETTLES.fullmatch(gap.strip("了")) and eb.type in ("Project", "Place"):
        for e in _listed_before(index, ma, ea, mentions):
            if e.type in ACTOR + SCHEME:
                yield index.relation(e, "participatesIn", eb.name, sentence, "cue:settles", 0.75)
    if LOCATED.fullmatch(gap) and eb.type == "Place":
        yield index.relation(ea, "locatedIn", eb.name, sentence, "cue:located", 0.8)
    if gap == "" and ea.type == eb.type == "Place" and _contains_level(ea, eb):
        yield index.relation(eb, "partOf", ea.name, sentence, "cue:nested-places", 0.75)


PLACE_RANK = {"country": 0, "province": 1, "city": 2, "county": 3, "township": 4}


def _contains_level(outer: Entity, inner: Entity) -> bool:
    """哈萨克斯坦|阿斯塔纳市, 吉林省|江城市: a larger division written before a smaller one."""
    def rank(entity: Entity) -> int:
        kinds = [r.rsplit(":", 1)[-1] for r in entity.rules if r.startswith("place:gazetteer")]
        return min((PLACE_RANK.get(k, 5) for k in kinds), default=5)
    return rank(outer) < rank(inner) or (rank(outer) < 5 and rank(inner) == 5)


def _clause_subject(index: _Index, mention: Mention) -> bool:
    """The mention opens its clause: nothing but a few characters before it."""
    text = index.extraction.document.text
    before = text[max(0, mention.start - 12):mention.start]
    tail = CLAUSE.split(before)[-1] if CLAUSE.search(before) else before
    return len(tail.strip()) <= 2


def _listed_from(index, mention, entity, mentions):
    """The entity and the ones enumerated right after it (A、B、C)."""
    text = index.extraction.document.text
    yield entity
    last = mention
    for m, e in mentions:
        if m.start > last.end and text[last.end:m.start] in ("、", "和", "及", "与") and e.type == entity.type:
            yield e
            last = m
        elif m.start > last.end:
            break


def _listed_before(index, mention, entity, mentions):
    """The entity and the ones enumerated right before it."""
    text = index.extraction.document.text
    yield entity
    first = mention
    for m, e in reversed(mentions):
        if m.end <= first.start:
            if text[m.end:first.start] in ("、", "和", "及", "与"):
                yield e
                first = m
            else:
                break


def located_at_relations(index: _Index):
    """在成都、长春等12个城市建立了“连九州”招商工作站: E locatedIn each P."""
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


COUNTED_NAME = re.compile(r"^“?[一二两三四五六七八九十]+(?:大|个|项)")


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
    “X模式”:是指区公共服务中心推行… → the centre responsibleFor X;
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
    for honour in find_honours(extraction.document.text):
        sentence = structure.sentence_at(honour.cue)
        if sentence is None:
            continue
        holder, confidence = _holder(index, sentence, honour.cue)
        if holder is None and home is not None:
            holder, confidence = home, 0.6
        if holder is not None:
            yield index.relation(holder, "awarded", honour.text, sentence.id, "cue:honour", confidence)


def _holder(index: _Index, sentence: Sentence, cue: int):
    """Who receives an honour: the subject of the cue's own clause; else the name that
    ends the clause just before (…管理平台,获评…); else the sentence's subject."""
    text = index.extraction.document.text
    mentions = [(m, e) for m, e in index.outer.get(sentence.id, []) if m.end <= cue]
    if not mentions:
        return None, 0.0
    if text[max(0, mentions[-1][0].start - 1):mentions[-1][0].start] == "被":
        mentions = mentions[:-1]  # 被自治区政府授予: the giver, not the holder
        if not mentions:
            return None, 0.0
    m, e = mentions[-1]
    gap = text[m.end:cue]
    if not CLAUSE.search(gap) and len(gap) <= 12:
        return e, 0.75
    if CLAUSE.fullmatch(gap[:1]) and len(gap) == 1 and not text.startswith("被", cue):
        return e, 0.7  # 打造了…管理平台,获评…; but …政策,被省评为… honours the subject
    first, entity = mentions[0]
    if first.start - sentence.start <= 1 and e.type != "Place":
        return entity, 0.65
    return None, 0.0


def _issuer_place(index: _Index) -> Entity | None:
    place = issuer_place(index.extraction.document.issuer)
    entity = index.by_name.get(place)
    return entity if entity is not None and entity.type == "Place" else None


def distributed_relations(index: _Index):
    """新设江苏、宁波、浙江综合保税区: the scheme is located in every listed place."""
    text = index.extraction.document.text
    for sentence, mentions in index.outer.items():
        for i, (m, e) in enumerate(mentions):
            places = _leading_place(index, e)
            if places is None:
                continue
            place, rest = places
            for pe in [place, *_places_before(index, mentions, i, text)]:
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


RULES = (modifier_relations, distributed_relations, cue_relations, located_at_relations, member_relations,
         glossary_relations, award_relations)


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
