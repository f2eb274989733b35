"""Lookups: find an entity by name and list what links to it, with evidence.

``find(store, name)`` matches a canonical name, then an alias, then the closest
names ("did you mean"); ``links(store, name)`` gathers the typed relations both
ways, the co-mentions, the measures and the glossary definition of an entity;
``show(store, name)`` describes one entity. Every row carries its sentence,
section and document. Values are bound, never pasted into the SPARQL text.

>>> with open_store() as store:  # doctest: +SKIP
...     print(format_links(links(store, "惠邻里")))
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from .errors import NotFoundError
from .store import Store

PREFIXES = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX qb: <http://purl.org/linked-data/cube#>
"""
TYPES = "gk:Department gk:Organization gk:Program gk:Project gk:Place"

FIND = PREFIXES + f"""
SELECT DISTINCT ?e ?name ?label ?kind WHERE {{
  GRAPH ?g {{
    VALUES ?t {{ {TYPES} }}
    ?e a ?t ; rdfs:label ?label ; ?via ?name .
    VALUES ?via {{ skos:prefLabel skos:altLabel }}
  }}
  BIND(IF(?via = skos:prefLabel, "name", "alias") AS ?kind)
}}"""
LABELS = PREFIXES + f"""
SELECT DISTINCT ?label WHERE {{
  GRAPH ?g {{ VALUES ?t {{ {TYPES} }} ?e a ?t ; skos:prefLabel|skos:altLabel ?l }}
  BIND(STR(?l) AS ?label)
}}"""
# Oxigraph plans a query before it sees the bound ?e, so these queries are written for
# the plan it picks (bench/bench_store.py: each under 3 ms on a 1.2M-quad store, from
# 200–800 ms): the pattern holding ?e first; mandatory patterns, then one-pattern
# OPTIONALs (an OPTIONAL of two patterns or a path is hashed over the whole store); no
# UNION (?e does not reach into its branches); a type test as a FILTER (``?a a
# gk:RelationAssertion`` would be planned first and scan every assertion). The section
# path goes through two one-pattern OPTIONALs: rdf:nil (no gk:sectionPath) stands in
# for a fact without a section so that the second one never runs unbound.
SECTION = """OPTIONAL { ?node gk:section ?sec }
    BIND(COALESCE(?sec, rdf:nil) AS ?sectionNode)
    OPTIONAL { ?sectionNode gk:sectionPath ?section }"""


def section_of(node: str) -> str:
    """The SECTION patterns for the fact ``node`` (a variable), binding ``?section``."""
    return SECTION.replace("?node", node)


RELATIONS = PREFIXES + """
SELECT ?e ?direction ?predicate ?other ?otherType ?evidence ?section ?document ?year ?confidence WHERE {{
  GRAPH ?g {{
    ?a {role} ?e ; {other} ?o ; rdf:predicate ?p ; gk:evidence ?evidence ; prov:wasDerivedFrom ?d ;
       a ?class .
    ?d dcterms:identifier ?document .
    OPTIONAL {{ ?d gk:year ?year }}
    OPTIONAL {{ ?a gk:confidence ?confidence }}
    OPTIONAL {{ ?o rdfs:label ?label }}
    OPTIONAL {{ ?o a ?ot FILTER(?ot != gk:Entity) }}
    {section}
  }}
  FILTER(?class = gk:RelationAssertion)
  BIND("{direction}" AS ?direction)
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(STR(?label), STR(?o)) AS ?other)
  BIND(STRAFTER(STR(?ot), "#") AS ?otherType)
}} ORDER BY ?predicate ?other ?document ?evidence ?otherType"""
RELATIONS_IN = RELATIONS.format(role="rdf:object", other="rdf:subject", direction="in",
                                section=section_of("?a"))
RELATIONS_OUT = RELATIONS.format(role="rdf:subject", other="rdf:object", direction="out",
                                 section=section_of("?a"))
COMENTIONS = PREFIXES + """
SELECT DISTINCT ?e ?s ?other ?evidence ?document WHERE {
  GRAPH ?g {
    ?m1 itsrdf:taIdentRef ?e ; nif:sentence ?s .
    ?m2 nif:sentence ?s ; itsrdf:taIdentRef ?o .
    FILTER(?o != ?e)
    ?o rdfs:label ?label .
    ?s nif:anchorOf ?evidence ; nif:referenceContext ?d .
    ?d dcterms:identifier ?document .
  }
  BIND(STR(?label) AS ?other)
} ORDER BY ?document ?other ?evidence"""
# the section and year of each sentence naming ?e: a query of its own, as any OPTIONAL
# after the co-mention join above is hashed over the whole store
SENTENCES = PREFIXES + """
SELECT DISTINCT ?e ?s ?section ?year WHERE {
  GRAPH ?g {
    ?m itsrdf:taIdentRef ?e ; nif:sentence ?s .
    ?s nif:referenceContext ?d .
    OPTIONAL { ?d gk:year ?year }
    """ + section_of("?s") + """
  }
}"""
MEASURES = PREFIXES + """
SELECT ?e ?indicator ?value ?unit ?year ?kind ?growth ?evidence ?section ?document WHERE {
  GRAPH ?g {
    ?obs gk:about ?e ; gk:indicator ?indicator ; gk:value ?value ; gk:evidence ?evidence ;
         prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?document .
    OPTIONAL { ?obs gk:unit ?unit }
    OPTIONAL { ?obs gk:refYear ?year }
    OPTIONAL { ?obs gk:measureKind ?k }
    OPTIONAL { ?obs gk:growthPct ?growth }
    """ + section_of("?obs") + """
  }
  BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?kind)
} ORDER BY ?document ?year ?indicator ?value ?evidence"""
GLOSSARY = PREFIXES + """
SELECT ?e ?term ?definition ?document WHERE {
  GRAPH ?g {
    ?gl gk:defines ?e ; gk:term ?term ; skos:definition ?definition ; prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?document .
  }
} ORDER BY ?document ?term ?definition"""
MENTIONS = PREFIXES + """
SELECT ?e ?type ?alias ?sentence ?section ?document ?year ?start ?end ?confidence WHERE {
  GRAPH ?g {
    ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:sentence ?s .
    ?s nif:anchorOf ?sentence ; nif:referenceContext ?d .
    ?d dcterms:identifier ?document .
    ?e a ?t .
    FILTER(?t IN (gk:Department, gk:Organization, gk:Program, gk:Project, gk:Place))
    OPTIONAL { ?e skos:altLabel ?alias }
    OPTIONAL { ?e gk:confidence ?confidence }
    OPTIONAL { ?d gk:year ?year }
    """ + section_of("?s") + """
  }
  BIND(STRAFTER(STR(?t), "#") AS ?type)
} ORDER BY ?document ?start ?end ?type ?alias"""
PREFIXES_PROV = "PREFIX prov: <http://www.w3.org/ns/prov#>\n"


@dataclass
class Entity:
    """An entity found by name: its IRI, label and how the name matched."""

    iri: str
    label: str
    matched: str  # name, alias or closest


@dataclass
class Links:
    """Everything linked to one entity, each row with its evidence."""

    entity: Entity
    relations: list[dict] = field(default_factory=list)
    comentions: list[dict] = field(default_factory=list)
    measures: list[dict] = field(default_factory=list)
    glossary: list[dict] = field(default_factory=list)


@dataclass
class View:
    """One entity: types, aliases, mentions (with sentences) and measures."""

    entity: Entity
    types: list[str]
    aliases: list[str]
    documents: list[str]
    mentions: list[dict]
    measures: list[dict]
    confidence: float | None


def _select(store: Store, query: str, bindings: dict) -> list[dict]:
    return store.select(PREFIXES_PROV + query, bindings).dicts()


def find(store: Store, name: str) -> Entity:
    """The entity called ``name`` (canonical name first, then alias).

    NotFoundError lists the closest names when nothing matches exactly.
    """
    name = name.strip()
    rows = []
    for literal in (Literal(name, lang="zh"), Literal(name)):
        rows = _select(store, FIND, {"name": literal})
        if rows:
            break
    if not rows:
        raise NotFoundError(f"no entity named {name!r} in {store.location}",
                            suggestions=closest(store, name))
    best = min(rows, key=lambda r: (r["kind"] != "name", str(r["label"])))
    return Entity(str(best["e"]), str(best["label"]), best["kind"])


def closest(store: Store, name: str, n: int = 5) -> list[str]:
    """Names in the store that look most like ``name``: containing it, then by similarity."""
    labels = [str(label) for label in store.select(LABELS).column("label")]
    containing = sorted((l for l in labels if name and (name in l or l in name)), key=len)
    similar = difflib.get_close_matches(name, labels, n=n, cutoff=0.4)
    return list(dict.fromkeys(containing[:n] + similar))[:n]


def links(store: Store, name: str) -> Links:
    """Typed relations both ways, co-mentions, measures and glossary of an entity."""
    entity = find(store, name)
    bound = {"e": URIRef(entity.iri)}
    return Links(entity,
                 relations=_select(store, RELATIONS_IN, bound) + _select(store, RELATIONS_OUT, bound),
                 comentions=comentions(store, bound),
                 measures=_select(store, MEASURES, bound),
                 glossary=_select(store, GLOSSARY, bound))


def comentions(store: Store, bound: dict) -> list[dict]:
    """Co-mentions of the bound ``?e``, each with its sentence's section and year.

    >>> comentions(store, {"e": URIRef(entity.iri)})[0]["other"]  # doctest: +SKIP
    '区发改局'
    """
    context: dict = {}
    for row in _select(store, SENTENCES, bound):
        context.setdefault(row["s"], []).append({"section": row["section"], "year": row["year"]})
    rows = []
    for row in _select(store, COMENTIONS, bound):
        sentence = row.pop("s")
        for extra in context.get(sentence, [{"section": None, "year": None}]):
            rows.append({"e": row["e"], "other": row["other"], "evidence": row["evidence"],
                         "section": extra["section"], "document": row["document"],
                         "year": extra["year"]})
    return rows


def show(store: Store, name: str) -> View:
    """One entity with its types, aliases, mentions and measures."""
    entity = find(store, name)
    bound = {"e": URIRef(entity.iri)}
    rows = _select(store, MENTIONS, bound)
    mentions = list({(r["document"], r["start"]): r for r in rows}.values())
    confidences = [float(r["confidence"]) for r in rows if r.get("confidence") is not None]
    return View(entity,
                types=sorted({r["type"] for r in rows if r.get("type")}),
                aliases=sorted({str(r["alias"]) for r in rows if r.get("alias")}),
                documents=sorted({r["document"] for r in rows}),
                mentions=mentions,
                measures=_select(store, MEASURES, bound),
                confidence=max(confidences) if confidences else None)


# --- text output ----------------------------------------------------------------

ARROWS = {"out": "→", "in": "←"}


def format_links(result: Links, limit: int = 0) -> str:
    """A readable listing of ``links``: one block per link, the sentence under it."""
    e = result.entity
    lines = [f"{e.label}" + ("" if e.matched == "name" else f"  (matched by {e.matched})")]
    lines += _block("relations", [
        f"{ARROWS.get(r['direction'], '·')} {r['predicate']} {r['other']}"
        + (f" [{r['otherType']}]" if r.get("otherType") else "") for r in result.relations],
        result.relations)
    lines += _block("co-mentioned with", [r["other"] for r in result.comentions],
                    result.comentions, limit)
    lines += _block("measures", [_measure_line(m) for m in result.measures], result.measures)
    lines += _block("glossary", [f"{g['term']}: {g['definition']}" for g in result.glossary], [])
    if len(lines) == 1:
        lines.append("  (nothing links to it)")
    return "\n".join(lines)


def _block(title: str, heads: list[str], rows: list[dict], limit: int = 0) -> list[str]:
    if not heads:
        return []
    shown = heads[:limit] if limit else heads
    lines = [f"  {title} ({len(heads)}):"]
    for head, row in zip(shown, rows or [{}] * len(shown)):
        lines.append(f"    {head}")
        if row.get("evidence"):
            where = " / ".join(str(x) for x in (row.get("document"), row.get("section")) if x)
            lines.append(f"        « {row['evidence']} »  [{where}]")
    if len(heads) > len(shown):
        lines.append(f"    … {len(heads) - len(shown)} more (use --all)")
    return lines


def _measure_line(m: dict) -> str:
    growth = f", growth {m['growth']}%" if m.get("growth") is not None else ""
    return f"{m['indicator']}: {m['value']} {m.get('unit') or ''} ({m.get('year')}, {m.get('kind')}{growth})"


def format_view(view: View) -> str:
    """A readable description of ``show``."""
    e = view.entity
    lines = [f"{e.label}", f"  type: {', '.join(view.types)}",
             f"  aliases: {', '.join(view.aliases) or '-'}",
             f"  documents: {', '.join(view.documents)}"]
    if view.confidence is not None:
        lines.append(f"  confidence: {view.confidence:.2f}")
    lines.append(f"  mentions ({len(view.mentions)}):")
    for m in view.mentions:
        lines.append(f"    « {m['sentence']} »  [{m['document']} / {m.get('section') or ''}]")
    lines += _block("measures", [_measure_line(m) for m in view.measures], view.measures)
    return "\n".join(lines)


COUNTS = PREFIXES + """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  GRAPH ?g {
    { VALUES ?t { gk:Department gk:Organization gk:Program gk:Project gk:Place }
      ?x a ?t BIND(STRAFTER(STR(?t), "#") AS ?what) }
    UNION { ?x a gk:RelationAssertion BIND("relations" AS ?what) }
    UNION { ?x a qb:Observation BIND("measures" AS ?what) }
    UNION { ?x a gk:Report BIND("documents" AS ?what) }
  }
} GROUP BY ?what"""


def counts(store: Store) -> dict[str, int]:
    """How many documents, entities of each type, relations and measures the store holds."""
    return {row["what"]: int(row["n"]) for row in store.select(COUNTS).dicts()}
