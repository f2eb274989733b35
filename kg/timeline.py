"""Across years: a program's story year by year, and last year's targets against
this year's results.

Reports of one issuer share entity IRIs (a hash of issuer and canonical name), so
one entity gathers mentions from every year. ``timeline(store, name)`` lists per
report year the sentences, sections, status words (启动, 推进, 完成, 竣工…) and
measures; ``targets(store, issuer, year)`` sets the targets of the report of
``year`` against the actual values for that year reported the year after.

>>> with open_store() as store:  # doctest: +SKIP
...     print(format_targets(targets(store, "北原区", 2013)))
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Literal, URIRef

from .errors import NotFoundError
from .lookup import MEASURES, MENTIONS, PREFIXES, PREFIXES_PROV, find
from .resolve import norm
from .store import Store

# Words that say where an initiative stands, strongest last.
STATUS_WORDS = ("谋划", "规划", "筹备", "签约", "启动", "开工", "推进", "实施", "加快", "建设",
                "主体完工", "完工", "竣工", "建成", "投入使用", "投入运营", "运营", "完成")


@dataclass
class Year:
    """One report year of an entity's timeline."""

    year: int | None
    document: str
    sentences: list[dict] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    measures: list[dict] = field(default_factory=list)


@dataclass
class Timeline:
    label: str
    years: list[Year]


def timeline(store: Store, name: str) -> Timeline:
    """Mentions, sections, status words and measures of an entity, report by report."""
    entity = find(store, name)
    bound = {"e": URIRef(entity.iri)}
    years: dict[str, Year] = {}
    for row in store.select(PREFIXES_PROV + MENTIONS, bound).dicts():
        year = years.setdefault(row["document"], Year(_int(row.get("year")), row["document"]))
        if all(s["sentence"] != row["sentence"] for s in year.sentences):
            year.sentences.append({"sentence": str(row["sentence"]), "section": row.get("section")})
        if row.get("section") and row["section"] not in year.sections:
            year.sections.append(str(row["section"]))
    for row in store.select(PREFIXES_PROV + MEASURES, bound).dicts():
        years.setdefault(row["document"], Year(None, row["document"])).measures.append(row)
    for year in years.values():
        year.status = status_words(" ".join(s["sentence"] for s in year.sentences))
    ordered = sorted(years.values(), key=lambda y: (y.year or 0, y.document))
    return Timeline(entity.label, ordered)


def status_words(text: str) -> list[str]:
    """The status words a text uses, in the order of STATUS_WORDS.

    >>> status_words("项目开工建设，年底主体完工")
    ['开工', '建设', '主体完工']
    """
    found = [w for w in STATUS_WORDS if w in text]
    return [w for w in found if not any(w != o and w in o for o in found)]


# --- targets against results ------------------------------------------------------

REPORT_MEASURES = PREFIXES + """PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?document ?indicator ?value ?unit ?baseValue ?baseUnit ?growth ?qualifier ?year ?kind ?evidence
WHERE {
  GRAPH ?g {
    ?obs a qb:Observation ; gk:indicator ?indicator ; gk:value ?value ; gk:evidence ?evidence ;
         gk:measureKind ?k ; gk:refYear ?year ; prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?document .
    OPTIONAL { ?obs gk:unit ?unit }
    OPTIONAL { ?obs gk:baseValue ?baseValue }
    OPTIONAL { ?obs gk:baseUnit ?baseUnit }
    OPTIONAL { ?obs gk:growthPct ?growth }
    OPTIONAL { ?obs gk:qualifier ?qualifier }
  }
  BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?kind)
}"""
FILLER = re.compile(r"全年|完成|实现|达到|同比|增长|区本级|市本级|本级|全社会|全口径|总额$|额$|预期|目标")
DOWN = ("下降", "以内", "以下", "控制在")


@dataclass
class Check:
    """One target and what the next year's report says about it."""

    indicator: str
    target: dict
    actual: dict | None
    verdict: str  # met, missed or not reported


def targets(store: Store, issuer: str, year: int) -> list[Check]:
    """The targets of ``issuer``'s report of ``year`` against the actuals for ``year``
    in its report of ``year + 1``."""
    plan, review = _reports(store, issuer, year)
    goals = [m for m in _measures(store, plan) if m["kind"] == "target" and _int(m["year"]) == year]
    if not goals:
        raise NotFoundError(f"no targets for {year} in {plan}")
    results = [m for m in _measures(store, review) if m["kind"] == "actual"
               and _int(m["year"]) == year] if review else []
    checks = [_check(goal, results) for goal in goals]
    return sorted(checks, key=lambda c: (c.verdict == "not reported", c.indicator))


def _reports(store: Store, issuer: str, year: int) -> tuple[str, str | None]:
    docs = store.documents()
    mine = {d: info for d, info in docs.items() if issuer and issuer in str(info.get("issuer") or "")}
    if not mine:
        issuers = sorted({str(i.get("issuer")) for i in docs.values() if i.get("issuer")})
        raise NotFoundError(f"no reports of issuer {issuer!r} in {store.location}",
                            suggestions=difflib.get_close_matches(issuer, issuers, n=5, cutoff=0.2))
    by_year = {_int(info.get("year")): d for d, info in mine.items()}
    if year not in by_year:
        raise NotFoundError(f"no {year} report of {issuer} (have {sorted(y for y in by_year if y)})")
    return by_year[year], by_year.get(year + 1)


def _measures(store: Store, document: str) -> list[dict]:
    return store.select(REPORT_MEASURES, {"document": Literal(document)}).dicts()


def _check(goal: dict, results: list[dict]) -> Check:
    actual = _match(goal, results)
    return Check(str(goal["indicator"]), goal, actual, _verdict(goal, actual))


def _key(indicator) -> str:
    return FILLER.sub("", norm(str(indicator)))


def _unit(m: dict) -> str:
    return str(m.get("baseUnit") or m.get("unit") or "")


def _match(goal: dict, results: list[dict]) -> dict | None:
    """The actual with the same unit and the most similar indicator."""
    key = _key(goal["indicator"])
    scored = []
    for r in results:
        other = _key(r["indicator"])
        if not key or not other or _unit(r) != _unit(goal):
            continue
        short = min(len(key), len(other))
        if short < 3:
            continue  # 投资, 产值: too generic to pair without more context
        contained = short >= 3 and (key in other or other in key)
        ratio = 1.0 if contained else difflib.SequenceMatcher(None, key, other).ratio()
        if ratio >= 0.8:
            scored.append((ratio, r))
    return max(scored, key=lambda s: s[0])[1] if scored else None


def _verdict(goal: dict, actual: dict | None) -> str:
    if actual is None:
        return "not reported"
    target, value = _number(goal), _number(actual)
    if target is None or value is None:
        return "not reported"
    down = any(word in str(goal.get("qualifier") or "") + str(goal["evidence"]) for word in DOWN)
    met = value <= target if down else value >= target
    return "met" if met else "missed"


def _number(m: dict) -> Decimal | None:
    value = m.get("baseValue") if m.get("baseValue") is not None else m.get("value")
    return Decimal(str(value)) if value is not None else None


def _int(value) -> int | None:
    try:
        return int(str(value)[:4])
    except (TypeError, ValueError):
        return None


# --- text output ----------------------------------------------------------------

def format_timeline(result: Timeline) -> str:
    """The timeline as text: one block per report year."""
    lines = [result.label]
    for year in result.years:
        lines.append(f"  {year.year or '?'}  ({year.document})  status: {', '.join(year.status) or '-'}")
        for section in year.sections:
            lines.append(f"      section: {section}")
        for s in year.sentences:
            lines.append(f"      « {s['sentence']} »")
        for m in year.measures:
            lines.append(f"      measure: {m['indicator']} {m['value']} {m.get('unit') or ''}"
                         f" ({m.get('year')}, {m.get('kind')})")
    return "\n".join(lines)


def format_targets(checks: list[Check]) -> str:
    """Targets against results as text, with both sentences."""
    lines = []
    for c in checks:
        goal = f"{c.target['value']}{c.target.get('unit') or ''}"
        got = f"{c.actual['value']}{c.actual.get('unit') or ''}" if c.actual else "-"
        lines.append(f"{c.verdict:<13} {c.indicator}: target {goal}, actual {got}")
        lines.append(f"    target: « {c.target['evidence']} »")
        if c.actual:
            lines.append(f"    actual: « {c.actual['evidence']} »")
    return "\n".join(lines)
