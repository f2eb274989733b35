"""Resolve stage: from overlapping rule candidates to one entity per real thing.

1. ``select``: keep the best candidate of each span; nested spans of another type
   stay (a Place inside a Project name), crossing ones go.
2. ``group``: candidates with the same normalised name form one entity; its type
   is the one with the most evidence, the runner-up becomes ``also``.
3. ``merge``: surface forms of one thing become aliases (quoted word and word +
   head; 人大 and 区人大; 江城 and 江城市; 区政府 and the issuer's full name).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from .extract.pipeline import Candidate
from .model import Document, Entity, Mention, Structure, issuer_place

QUOTES = "“”‘’《》「」『』\"'"
# A name plus one of these is the same thing: 环境治理年 / 环境治理年活动.
SAME_THING_SUFFIXES = ("活动", "服务", "建设", "工作", "项目", "工程", "战略", "政策", "制度", "计划",
                       "行动", "模式", "平台", "品牌", "创业模式", "改革", "规划", "方案")


ZONE_HEADS = frozenset("试验区 自贸区 开发区 高新区 新区 经济带 地区 示范区 港区 组团 新镇区 滨河新区 商圈 "
                       "商务区 商业区 观光带 湿地 广场 市场 工业区 产业区 经开区 综保区 highway "
                       "division-path".split())
PLACE_PARTS = frozenset("路 街 大街 大道 河 江 湖 湾 山 岛 水库 广场".split())
# Rules that find a place only as the modifier locating a name: it stays inside that name.
MODIFIER_RULES = ("place:township-modifier", "place:county-modifier", "place:township-item")
# Rules whose span is another way of writing a name found inside it (江城市青溪区 for 青溪区):
# an alias of that name, no mention of its own (the places in it stay mentions).
ALIAS_RULES = ("place:division-path",)
# A phase (一期) or a segment of a line (青松高铁青溪白塔段) stays beside the whole works.
PHASE_RULE = re.compile(r"(?:[一二三四五六七八九十]期|段)$")


def norm(name: str) -> str:
    """Normalised name: NFKC, no quotes, no spaces (as the scorer compares names)."""
    name = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in name if ch not in QUOTES and not ch.isspace())


def resolve(candidates: list[Candidate], document: Document, structure: Structure) -> list[Entity]:
    """Entities from candidates: select, group, merge."""
    chosen, aliases = select(candidates)
    entities = group(chosen, aliases, document, structure)
    return merge(entities, document)


# --- select -----------------------------------------------------------------

def select(candidates: list[Candidate]) -> tuple[list[Candidate], dict[int, set[str]]]:
    """Non-conflicting candidates, best first; and the alias names of quote groups."""
    ranked = sorted(candidates, key=lambda c: (not _quoted(c), -c.score, -(c.end - c.start), c.start))
    chosen: list[Candidate] = []
    by_start: dict[int, list[Candidate]] = defaultdict(list)
    aliases: dict[int, set[str]] = defaultdict(set)
    lost = []
    for c in ranked:
        if c.group is not None:
            aliases[c.group].add(_name(c))
        conflicts = [a for a in _overlapping(by_start, c) if _conflict(c, a)]
        if conflicts and not _owns_places(c, conflicts):
            lost.append(c)
            continue
        for a in conflicts:  # 华南师大 over the 南京 inside it
            by_start[a.start].remove(a)
        chosen.append(c)
        by_start[c.start].append(c)
    _widen(lost, by_start)
    chosen = [c for cs in by_start.values() for c in cs]
    return sorted(chosen, key=lambda c: c.start), aliases


def _owns_places(c: Candidate, conflicts: list[Candidate]) -> bool:
    """An organization or body whose name holds only places: the name wins."""
    return c.type in ("Organization", "Department") and all(
        a.type == "Place" and c.start <= a.start and a.end <= c.end for a in conflicts)


def _widen(lost: list[Candidate], by_start: dict[int, list[Candidate]]) -> None:
    """A longer name of the same type that only wraps chosen names replaces them:
    白马站水厂二期 over 白马站水厂."""
    for c in lost:
        if c.score < 0.5 or c.group is not None:
            continue
        inside = list(_overlapping(by_start, c))
        wrapped = [a for a in inside if a.type == c.type and c.start <= a.start and a.end <= c.end
                   and (a.start, a.end) != (c.start, c.end)]
        if wrapped and all(a in wrapped or not _conflict(c, a) for a in inside):
            for a in wrapped:
                by_start[a.start].remove(a)
            by_start[c.start].append(c)


def _quoted(c: Candidate) -> bool:
    """Quote marks delimit a name exactly: quoted spans are placed first."""
    return c.group is not None


def _overlapping(by_start: dict[int, list[Candidate]], c: Candidate):
    for start in range(c.start - 40, c.end):
        for a in by_start.get(start, ()):
            if a.start < c.end and c.start < a.end:
                yield a


def _conflict(c: Candidate, a: Candidate) -> bool:
    if (c.start, c.end) == (a.start, a.end):
        return True
    if a.start <= c.start and c.end <= a.end:
        inner, outer = c, a
    elif c.start <= a.start and a.end <= c.end:
        inner, outer = a, c
    else:
        return True  # overlapping, not nested
    if c.group is not None and c.group == a.group:
        return True
    if c.type == a.type:  # 乡村振兴 stays beside its plan 乡村振兴“十四五”规划
        return not (_place_in_zone(inner, outer) or outer.rule == "quoted:period-plan")
    if inner.rule in MODIFIER_RULES:
        return False  # 青溪 in 青溪司法所 stays: the rule only finds places that locate a name
    return inner.type == "Place" and (outer.type in ("Organization", "Department")
                                      or (outer.group is not None and not _before_quote(inner, outer)))


def _before_quote(inner: Candidate, outer: Candidate) -> bool:
    """青溪 in 青溪“双创”产业园 is written before the quote that the name's group starts
    at: a place that locates the thing stays a place; 青溪 inside “健康青溪” does not."""
    return outer.start == inner.start and inner.end <= outer.group


def _place_in_zone(inner: Candidate, outer: Candidate) -> bool:
    """海南 in 海南综合保税区 and 云栖路 in 云栖路智慧商圈 are places of their own; 西安 in
    云栖路 is not. 碧波会展中心 is a project of its own inside 碧波会展中心一期."""
    if inner.type == "Project":
        return PHASE_RULE.search(outer.rule) is not None
    area = outer.rule.split(":")[-1] in ZONE_HEADS
    return inner.type == "Place" and area and (inner.rule.startswith(("place:gazetteer", "place:dash-part"))
                                               or inner.rule.split(":")[-1] in PLACE_PARTS)


# --- group ------------------------------------------------------------------

def _name(c: Candidate, text: str | None = None) -> str:
    return norm(c.name if c.name else (text[c.start:c.end] if text else ""))


def group(chosen: list[Candidate], aliases: dict[int, set[str]], document: Document,
          structure: Structure) -> list[Entity]:
    """One entity per normalised name, with mentions, rules and confidence."""
    text = document.text
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    written: dict[str, set[str]] = defaultdict(set)
    for c in chosen:
        if c.rule in ALIAS_RULES:
            written[_name(c, text)].add(norm(text[c.start:c.end]))
        else:
            by_name[_name(c, text)].append(c)
    entities = []
    for name, cands in by_name.items():
        if not name:
            continue
        entity = _entity(name, cands, text, structure)
        entity.aliases.extend(sorted(written[name] - {name} - set(entity.aliases)))
        for c in cands:
            if c.group is not None:
                entity.aliases.extend(a for a in sorted(aliases[c.group])
                                      if a != name and a not in entity.aliases)
        entities.append(entity)
    return entities


def _entity(name: str, cands: list[Candidate], text: str, structure: Structure) -> Entity:
    weight: dict[str, float] = defaultdict(float)
    for c in cands:
        weight[c.type] += c.score
        if c.also:
            weight[c.also] += 0.01
    types = sorted(weight, key=lambda t: -weight[t])
    mentions = [Mention(c.start, c.end, text[c.start:c.end], _sentence_id(structure, c.start))
                for c in cands]
    surfaces = sorted({norm(m.text) for m in mentions} - {name})
    return Entity(name=name, type=types[0], aliases=surfaces, mentions=mentions,
                  also=types[1] if len(types) > 1 else next((c.also for c in cands if c.also), None),
                  rules=sorted({c.rule for c in cands}), confidence=_confidence(cands))


def _sentence_id(structure: Structure, offset: int) -> int | None:
    sentence = structure.sentence_at(offset)
    return sentence.id if sentence else None


def _confidence(cands: list[Candidate]) -> float:
    """Noisy-or of the rules' scores: more independent evidence, more confidence."""
    miss = 1.0
    for c in cands:
        miss *= 1.0 - c.score
    return round(min(0.99, 1.0 - miss), 3)


# --- merge ------------------------------------------------------------------

def merge(entities: list[Entity], document: Document) -> list[Entity]:
    """Fold surface forms of one thing into one entity, as aliases."""
    index = {e.name: e for e in entities}
    for rule in MERGE_RULES:
        for short, full in list(rule(index, document)):
            if short in index and full in index and short != full:
                _fold(index, index[short], index[full])
    entities = [e for e in map(lambda e: _own_level(e, document), index.values()) if e is not None]
    return _fold_same_names(entities)


def _fold_same_names(entities: list[Entity]) -> list[Entity]:
    """One entity per canonical name, after the renames above."""
    by_name: dict[str, Entity] = {}
    for entity in entities:
        kept = by_name.setdefault(entity.name, entity)
        if kept is not entity:
            _fold({}, entity, kept)
    return list(by_name.values())


def _own_level(entity: Entity, document: Document) -> Entity | None:
    """A bare 人大 or 政协 no levelled body claimed is the issuer's own: 区政协 in a
    district's report (the bare form stays an alias); with no level, it is dropped."""
    if entity.rules != ["department:bare"]:
        return entity
    level = _level_char(document)
    if level is None:
        return None
    entity.aliases = [entity.name, *entity.aliases]
    entity.name = level + entity.name
    return entity


def _fold(index: dict[str, Entity], gone: Entity, kept: Entity) -> None:
    kept.mentions.extend(gone.mentions)
    kept.mentions.sort(key=lambda m: m.start)
    for alias in gone.names:
        if alias != kept.name and alias not in kept.aliases:
            kept.aliases.append(alias)
    kept.rules = sorted(set(kept.rules) | set(gone.rules))
    kept.confidence = max(kept.confidence, gone.confidence)
    for name in gone.names:
        if index.get(name) is gone:
            del index[name]
    index.pop(gone.name, None)


def _aliases_named(index: dict[str, Entity], document: Document):
    """An entity whose alias is another entity's name: the second is the first."""
    for entity in list(index.values()):
        for alias in entity.aliases:
            other = index.get(alias)
            if other is not None and other is not entity:
                yield other.name, entity.name


def _same_thing_suffix(index: dict[str, Entity], document: Document):
    """环境治理年 and 环境治理年活动; 暖居 and 暖居工程 (same type family)."""
    for name, entity in list(index.items()):
        for suffix in SAME_THING_SUFFIXES:
            longer = index.get(name + suffix)
            if longer is not None and longer.type in (entity.type, entity.also) \
                    and entity.type in ("Program", "Project"):
                yield name + suffix, name
                break


def _bare_departments(index: dict[str, Entity], document: Document):
    """人大 → 区人大 when exactly one levelled body has that head."""
    for name, entity in list(index.items()):
        if entity.type != "Department" or "department:bare" not in entity.rules or len(entity.rules) > 1:
            continue
        fuller = [e for n, e in index.items() if n != name and n.endswith(name)
                  and e.type == "Department" and len(n) - len(name) <= 2]
        if len(fuller) == 1:
            yield name, fuller[0].name


def _issuer_forms(index: dict[str, Entity], document: Document):
    """区政府, 区人民政府 and the full name are the issuing government of a district report."""
    issuer, level_char = document.issuer, _level_char(document)
    if not issuer or not level_char:
        return
    forms = [f for f in (level_char + "政府", level_char + "人民政府", issuer) if f in index]
    for form in forms[1:]:
        yield form, forms[0]


def _level_char(document: Document) -> str | None:
    place = issuer_place(document.issuer)
    return place[-1] if place and place[-1] in "区市县省旗州" else None


def _gazetteer_forms(index: dict[str, Entity], document: Document):
    """江城 and 江城市: the short and full name of one division (the full name stays);
    江城 (a city) and 江城区 (a district of it) stay apart."""
    from .gazetteer import lookup

    for name, entity in list(index.items()):
        if entity.type != "Place" or len(name) < 2:
            continue
        fulls = {d.name for d in lookup(name) if d.short == name}
        known = [full for full in sorted(fulls) if _is_place(index.get(full))]
        if len(known) == 1:  # 青溪 and 青溪新区, 青溪 and 青溪某族自治州: the gazetteer's own pair
            yield name, known[0]
            continue
        for suffix in ("市", "区", "县", "省", "旗", "镇", "乡", "街道", "特别行政区", "自治区"):
            if _is_place(index.get(name + suffix)) and (not fulls or name + suffix in fulls):
                yield name, name + suffix
                break


def _is_place(entity: Entity | None) -> bool:
    """Whether the index holds a Place under the name looked up."""
    return entity is not None and entity.type == "Place"


def _issuer_prefixed(index: dict[str, Entity], document: Document):
    """北原南屏组团 and 南屏组团: the issuer's own place prefixed to a name."""
    place = issuer_place(document.issuer)
    prefixes = [p for p in (place, place[:-1]) if len(p) >= 2]
    for name, entity in list(index.items()):
        for prefix in prefixes:
            rest = name[len(prefix):]
            other = index.get(rest) if name.startswith(prefix) and len(rest) >= 3 else None
            if other is not None and other is not entity and other.type == entity.type:
                yield rest, name
                break


PARTY_CENTRE = re.compile(r"^(?:党|中共)中央$")


def _party_centre(index: dict[str, Entity], document: Document):
    """The two short names of the Party's central committee are one body."""
    forms = sorted(n for n in index if PARTY_CENTRE.match(n))
    for form in forms[1:]:
        yield form, forms[0]


def _same_identity(index: dict[str, Entity], document: Document):
    """Names with one identity key (kg.identity) are one thing: 区发改委 and
    区发展和改革委员会; 环境治理年 and 环境治理年活动; an alias 三统一、三到位 and a name
    三统一,三到位."""
    from .identity import family, identity_key

    owner: dict[tuple[str, str], str] = {}
    for name, entity in sorted(index.items(), key=lambda kv: (-len(kv[1].mentions), kv[0])):
        keys = {(family(entity.type), identity_key(n, entity.type, document.issuer)) for n in entity.names}
        taken = next((owner[k] for k in keys if k in owner and owner[k] != name), None)
        if taken is not None:
            yield name, taken
        else:
            owner.update({k: name for k in keys if k not in owner})


def _epithets(index: dict[str, Entity], document: Document):
    """爱心惠邻里 and 惠邻里: a quoted scheme and the same name with a two-character
    epithet in front are one brand."""
    for name, entity in list(index.items()):
        if entity.type != "Program" or not any(r.startswith("quoted") for r in entity.rules):
            continue
        core = index.get(name[2:]) if len(name) >= 5 else None
        if core is not None and core.type == "Program" and any(r.startswith("quoted") for r in core.rules):
            yield name, name[2:]


# Words of scale or scope inside a project name that do not change what is built:
# 青松国际物流园区 and 青松物流园 are one park.
PROJECT_DESCRIPTORS = re.compile(r"国际|大型|城市")
PROJECT_HEAD_FORMS = ((r"园区$", "园"),)


def _project_skeleton(name: str) -> str:
    """青松国际物流园区 → 青松物流园: the name without descriptors, heads in one form."""
    skeleton = PROJECT_DESCRIPTORS.sub("", name)
    for pattern, form in PROJECT_HEAD_FORMS:
        skeleton = re.sub(pattern, form, skeleton)
    return skeleton


def _descriptor_variants(index: dict[str, Entity], document: Document):
    """金桂大型商贸综合体 and 金桂城市商贸综合体, 青松物流园 and 青松国际物流园区: two
    project names that differ only by a descriptor are one project (the longer stays)."""
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for name, entity in index.items():
        skeleton = _project_skeleton(name)
        if entity.type == "Project" and len(skeleton) >= 4:
            by_skeleton[skeleton].append(name)
    for names in by_skeleton.values():
        names.sort(key=lambda n: (-len(n), n))
        for short in names[1:]:
            yield short, names[0]


def _organization_projects(index: dict[str, Entity], document: Document):
    """青松酒业交易中心 (a company) and 青松酒业交易中心项目: the project of a named
    organization is that organization's building; the name stays, also Project."""
    for name, entity in list(index.items()):
        project = index.get(name + "项目")
        if entity.type == "Organization" and project is not None and project.type == "Project":
            entity.also = entity.also or "Project"
            yield project.name, name


def _one_inserted(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with one character inserted inside it."""
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))


def _inserted_variants(index: dict[str, Entity], document: Document):
    """金山700万吨露天矿 and 金山700万吨露天煤矿: long project names one inserted
    character apart are one project (the longer stays)."""
    projects = sorted((n for n, e in index.items() if e.type == "Project" and len(n) >= 7), key=len)
    for short in projects:
        longer = [n for n in projects if _one_inserted(short, n)]
        if len(longer) == 1:
            yield short, longer[0]


def _unique_tail(index: dict[str, Entity], document: Document):
    """青松数字创意产业园 and, later, 数字创意产业园: a project name (4 characters or
    more) that ends exactly one longer project name is that project's short form."""
    projects = [n for n, e in index.items() if e.type == "Project"]
    for short in projects:
        longer = [n for n in projects if n != short and n.endswith(short)]
        if len(short) >= 4 and len(longer) == 1:
            yield short, longer[0]


BUILDING_HEADS = ("酒店", "大酒店", "饭店", "宾馆", "大厦", "商厦", "商城")


def _building_short_forms(index: dict[str, Entity], document: Document):
    """金桂 (in 金桂、华庭等酒店) and 金桂酒店: a project name plus a building head is
    the same building."""
    for name, entity in list(index.items()):
        if entity.type != "Project" or len(name) < 2:
            continue
        fuller = [index[name + h] for h in BUILDING_HEADS if name + h in index]
        if len(fuller) == 1 and fuller[0].type == "Project":
            yield name, fuller[0].name


SCOPE_PREFIX = ("城镇", "农村", "城乡", "全国", "居民")


def _scoped_programs(index: dict[str, Entity], document: Document):
    """旧房翻新 and, elsewhere, 农村旧房翻新: a programme named once with a scope word
    in front (城镇/农村/城乡/全国/居民) is the same programme, when only one scope is
    written for it (城镇X and 农村X both present are two schemes)."""
    for name, entity in list(index.items()):
        if entity.type != "Program" or len(name) < 4:
            continue
        scoped = [index[p + name] for p in SCOPE_PREFIX if p + name in index]
        if len(scoped) == 1 and scoped[0].type == "Program":
            yield scoped[0].name, name


MERGE_RULES = (_party_centre, _aliases_named, _same_thing_suffix, _bare_departments, _issuer_forms,
               _gazetteer_forms, _issuer_prefixed, _same_identity, _epithets, _descriptor_variants,
               _unique_tail, _building_short_forms, _organization_projects, _inserted_variants,
               _scoped_programs)
