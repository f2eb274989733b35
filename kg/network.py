"""The store as a networkx MultiDiGraph: entities as nodes, relations and co-mentions as edges.

Built from eight SPARQL queries (entities, aliases, honours, glossary, mentions,
measures, relation assertions, co-mentions), each optionally limited to one
document's named graph; never one query per node.

Nodes: id = entity IRI (str); attrs ``label``, ``type`` (Department, Organization,
Program, Project, Place), ``aliases``, ``documents`` (doc ids), ``years`` (report
years), ``mentions`` ([{document, section, sentence, start, end}]), ``measures``
([{indicator, value, unit, year, kind, evidence}]), ``glossary`` (definition or
None), ``confidence`` (highest over documents), ``honours`` (``gk:awarded`` texts:
an honour is a string, not an entity, so it is a node attribute and not an edge).

Edges: one per ``gk:RelationAssertion`` between two entities, key = predicate
(``locatedIn``, ``responsibleFor``, ``partOf``, ``participatesIn``; suffixed ``#2``,
``#3``… when the same pair has several assertions of one predicate), attrs
``predicate``, ``evidence``, ``section``, ``document``, ``year`` (of the report),
``confidence``; plus one ``coMention`` edge per co-mentioned pair (from the smaller
IRI), whose evidence is the first sentence, in document order, that names both.

>>> graph = to_networkx(store, document="shahekou-2015")  # doctest: +SKIP
>>> graph.nodes["https://w3id.org/govkg/id/entity/…"]["label"]  # doctest: +SKIP
'惠邻里'
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from .errors import NotFoundError
from .model import ENTITY_TYPES
from .store import Store

PROLOGUE = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""
# ``document=`` makes the document's graph the only named graph these GRAPH ?g patterns see
QUERIES = {
    "entities": """SELECT ?g ?e ?class ?label ?confidence ?document ?year WHERE { GRAPH ?g {
        VALUES ?class { gk:Department gk:Organization gk:Program gk:Project gk:Place }
        ?e a ?class ; rdfs:label ?label .
        OPTIONAL { ?e gk:confidence ?confidence }
        ?doc a gk:Report ; dcterms:identifier ?document .
        OPTIONAL { ?doc gk:year ?year } } }""",
    "aliases": "SELECT ?g ?e ?alias WHERE { GRAPH ?g { ?e skos:altLabel ?alias } }",
    "honours": "SELECT ?g ?e ?honour WHERE { GRAPH ?g { ?e gk:awarded ?honour } }",
    "glossary": """SELECT ?g ?e ?definition WHERE { GRAPH ?g {
        ?x a gk:GlossaryEntry ; gk:defines ?e ; skos:definition ?definition } }""",
    "mentions": """SELECT ?g ?e ?document ?year ?sentence ?text ?section ?start ?end WHERE {
        GRAPH ?g {
        ?m a gk:Mention ; itsrdf:taIdentRef ?e ; nif:beginIndex ?start ; nif:endIndex ?end .
        ?doc a gk:Report ; dcterms:identifier ?document . OPTIONAL { ?doc gk:year ?year }
        OPTIONAL { ?m nif:sentence ?sentence .
                   OPTIONAL { ?sentence nif:anchorOf ?text }
                   OPTIONAL { ?sentence gk:section/gk:sectionPath ?section } } } }
        ORDER BY ?document ?start""",
    "measures": """SELECT ?g ?e ?indicator ?value ?unit ?year ?kind ?evidence WHERE { GRAPH ?g {
        ?o a qb:Observation ; gk:about ?e ; gk:indicator ?indicator ; gk:value ?value .
        OPTIONAL { ?o gk:unit ?unit } OPTIONAL { ?o gk:refYear ?year }
        OPTIONAL { ?o gk:measureKind ?k } OPTIONAL { ?o gk:evidence ?evidence } }
        BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?kind) }""",
    "relations": """SELECT ?g ?s ?p ?o ?evidence ?section ?document ?year ?confidence WHERE {
        GRAPH ?g {
        ?a a gk:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
        FILTER(isIRI(?o))
        OPTIONAL { ?a gk:evidence ?evidence } OPTIONAL { ?a gk:confidence ?confidence }
        OPTIONAL { ?a gk:section/gk:sectionPath ?section }
        ?doc a gk:Report ; dcterms:identifier ?document . OPTIONAL { ?doc gk:year ?year } } }
        ORDER BY ?document ?a""",
    "comentions": """SELECT DISTINCT ?g ?a ?b WHERE { GRAPH ?g {
        ?a gk:coMentionedWith ?b FILTER(STR(?a) < STR(?b)) } }""",
}


def to_networkx(store: Store, *, document: str | None = None,
                types: Iterable[str] | None = None):
    """The entity network of the whole store or of one document.

    Args:
        store: an open store.
        document: a doc id: only that document's named graph.
        types: keep only nodes of these entity types (and the edges between them).

    Raises:
        NotFoundError: an unknown document or type (with suggestions).

    >>> to_networkx(store, document="demo-2015", types=["Program"]).number_of_nodes()  # doctest: +SKIP
    1
    """
    import networkx as nx

    wanted = _check_types(types)
    rows = fetch(store, document)
    graph = nx.MultiDiGraph()
    add_nodes(graph, rows, wanted)
    add_relations(graph, rows["relations"])
    add_comentions(graph, rows["comentions"], _sentences(rows["mentions"]))
    return graph


def fetch(store: Store, document: str | None = None) -> dict[str, list[dict]]:
    """The rows of every network query, over one document's graph if given."""
    if document is not None:
        store.check_document(document)
    documents = [document] if document else None
    return {name: store.select(PROLOGUE + text, documents=documents).dicts()
            for name, text in QUERIES.items()}


def _check_types(types: Iterable[str] | None) -> set[str]:
    wanted = set(types or ENTITY_TYPES)
    unknown = sorted(wanted - set(ENTITY_TYPES))
    if unknown:
        raise NotFoundError(f"unknown entity type {', '.join(unknown)}", list(ENTITY_TYPES))
    return wanted


# -- nodes ------------------------------------------------------------------------------------

def add_nodes(graph, rows: dict[str, list[dict]], types: set[str]) -> None:
    """One node per entity of a wanted type, with everything known about it."""
    index = {name: _group(rows[name]) for name in DETAILS}
    for iri, entity_rows in _group(rows["entities"]).items():
        kind = _most_common(str(r["class"]).rpartition("#")[2] for r in entity_rows)
        if kind in types:
            graph.add_node(iri, **_node_attrs(kind, entity_rows), **_details(iri, index))


DETAILS = ("aliases", "honours", "glossary", "mentions", "measures")


def _group(rows: list[dict]) -> dict[str, list[dict]]:
    """Rows grouped by their entity IRI (``?e``)."""
    grouped = defaultdict(list)
    for row in rows:
        grouped[str(row["e"])].append(row)
    return grouped


def _node_attrs(kind: str, rows: list[dict]) -> dict:
    confidences = [float(r["confidence"]) for r in rows if r["confidence"] is not None]
    return {
        "label": _most_common(r["label"] for r in rows),
        "type": kind,
        "documents": sorted({r["document"] for r in rows}),
        "years": sorted({int(r["year"]) for r in rows if r["year"] is not None}),
        "confidence": max(confidences, default=1.0),
    }


def _details(iri: str, index: dict[str, dict[str, list[dict]]]) -> dict:
    return {
        "aliases": sorted({r["alias"] for r in index["aliases"].get(iri, [])}),
        "honours": sorted({r["honour"] for r in index["honours"].get(iri, [])}),
        "glossary": next((r["definition"] for r in index["glossary"].get(iri, [])), None),
        "mentions": [_mention(r) for r in index["mentions"].get(iri, [])],
        "measures": [_measure(r) for r in index["measures"].get(iri, [])],
    }


def _mention(row: dict) -> dict:
    return {"document": row["document"], "section": row["section"] or "",
            "sentence": row["text"] or "", "start": int(row["start"]), "end": int(row["end"])}


def _measure(row: dict) -> dict:
    return {"indicator": row["indicator"], "value": float(row["value"]), "unit": row["unit"],
            "year": _int(row["year"]), "kind": row["kind"] or None,
            "evidence": row["evidence"]}


def _most_common(values: Iterable) -> str:
    return Counter(str(v) for v in values).most_common(1)[0][0]


# -- edges ------------------------------------------------------------------------------------

def add_relations(graph, rows: list[dict]) -> None:
    """One edge per relation assertion between two nodes of the graph."""
    for row in rows:
        source, target = str(row["s"]), str(row["o"])
        if source in graph and target in graph:
            predicate = str(row["p"]).rpartition("#")[2]
            graph.add_edge(source, target, key=_free_key(graph, source, target, predicate),
                           predicate=predicate, evidence=row["evidence"],
                           section=row["section"] or "", document=row["document"],
                           year=_int(row["year"]),
                           confidence=float(row["confidence"] or 1.0))


def _free_key(graph, source: str, target: str, predicate: str) -> str:
    key, n = predicate, 1
    while graph.has_edge(source, target, key):
        n += 1
        key = f"{predicate}#{n}"
    return key


def _sentences(mentions: list[dict]) -> dict[tuple[str, str], dict[str, dict]]:
    """(graph, entity) → {sentence IRI: mention row}, in document order."""
    found: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for row in mentions:
        if row["sentence"] is not None:
            found[(str(row["g"]), str(row["e"]))].setdefault(str(row["sentence"]), row)
    return found


def add_comentions(graph, rows: list[dict], sentences) -> None:
    """One ``coMention`` edge per pair of nodes named in a same sentence."""
    pairs: dict[tuple[str, str], dict | None] = {}
    for row in sorted(rows, key=lambda r: str(r["g"])):
        a, b = str(row["a"]), str(row["b"])
        if a in graph and b in graph and pairs.get((a, b)) is None:
            pairs[(a, b)] = _shared(sentences, str(row["g"]), a, b)
    for (a, b), mention in pairs.items():
        graph.add_edge(a, b, key="coMention", **_comention_attrs(mention))


def _shared(sentences, g: str, a: str, b: str) -> dict | None:
    theirs = sentences.get((g, b), {})
    return next((row for iri, row in sentences.get((g, a), {}).items() if iri in theirs), None)


def _comention_attrs(mention: dict | None) -> dict:
    mention = mention or {}
    return {"predicate": "coMention", "evidence": mention.get("text"),
            "section": mention.get("section") or "", "document": mention.get("document"),
            "year": _int(mention.get("year")), "confidence": 1.0}


def _int(value) -> int | None:
    return None if value is None else int(value)
