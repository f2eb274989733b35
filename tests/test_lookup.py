"""kg.lookup on the hand-made graph: find by name, alias and did-you-mean; links both
ways with their sentences; show; and the same rows as plain reference queries.

The lookup queries are shaped for Oxigraph's planner (kg/lookup.py); the reference
queries below are the straightforward way to write them (UNION, paths inside
OPTIONAL), so any change of shape that changes a row fails here.
"""
from __future__ import annotations

import dataclasses

import pytest
from rdflib import URIRef

from conftest import make_extraction
from kg import lookup
from kg.errors import NotFoundError
from kg.rdf import to_graph

# -- find --------------------------------------------------------------------------------


def test_find_by_canonical_name(filled_store):
    entity = lookup.find(filled_store, "帮万家工程")
    assert (entity.label, entity.matched) == ("帮万家工程", "name")


def test_find_by_alias(filled_store):
    entity = lookup.find(filled_store, " 帮万家 ")
    assert (entity.label, entity.matched) == ("帮万家工程", "alias")
    assert entity.iri == lookup.find(filled_store, "帮万家工程").iri


def test_unknown_name_suggests_the_closest(filled_store):
    with pytest.raises(NotFoundError) as caught:
        lookup.find(filled_store, "帮万")
    assert "帮万家" in caught.value.suggestions and "帮万家工程" in caught.value.suggestions
    assert "demo" not in str(caught.value.suggestions)


# -- links -------------------------------------------------------------------------------


def test_links_both_ways_with_sentences(filled_store):
    result = lookup.links(filled_store, "帮万家")
    got = [(r["direction"], r["predicate"], r["other"], r["otherType"], r["document"])
           for r in result.relations]
    assert got == [("in", "participatesIn", "区科技局", "Department", "demo-2015"),
                   ("in", "participatesIn", "区科技局", "Department", "demo-2016"),
                   ("in", "responsibleFor", "区发改局", "Department", "demo-2015"),
                   ("in", "responsibleFor", "区发改局", "Department", "demo-2016")]
    first = result.relations[0]
    assert (first["evidence"], first["section"], first["year"]) == (
        "区科技局参与帮万家。", "一、2014年工作回顾", 2015)


def test_links_out_of_an_entity_and_to_a_text(filled_store):
    located = lookup.links(filled_store, "万达广场项目").relations
    assert {(r["direction"], r["predicate"], r["other"], r["otherType"]) for r in located} == {
        ("out", "locatedIn", "星海湾", "Place")}
    awarded = lookup.links(filled_store, "沙河口区").relations
    assert {(r["predicate"], r["other"], r["otherType"]) for r in awarded} == {
        ("awarded", "全国文明城区", None)}


def test_comentions_measures_and_glossary(filled_store):
    result = lookup.links(filled_store, "帮万家工程")
    assert [(r["other"], r["document"], r["section"], r["year"]) for r in result.comentions] == [
        ("区发改局", "demo-2015", "一、2014年工作回顾", 2015),
        ("区科技局", "demo-2015", "一、2014年工作回顾", 2015),   # named by its alias 帮万家
        ("区发改局", "demo-2016", "一、2014年工作回顾", 2016),
        ("区科技局", "demo-2016", "一、2014年工作回顾", 2016)]
    assert {(m["indicator"], m["value"], m["kind"], m["document"]) for m in result.measures} == {
        ("服务户数", 1000, "target", "demo-2015"), ("服务户数", 1000, "target", "demo-2016")}
    assert {g["term"] for g in result.glossary} == {"帮万家"}


def test_format_links_shows_each_sentence(filled_store):
    text = lookup.format_links(lookup.links(filled_store, "帮万家"))
    assert text.splitlines()[0] == "帮万家工程  (matched by alias)"
    assert "← responsibleFor 区发改局 [Department]" in text
    assert "« 区发改局负责帮万家工程。 »  [demo-2015 / 一、2014年工作回顾]" in text


# -- show --------------------------------------------------------------------------------


def test_show_one_entity(filled_store):
    view = lookup.show(filled_store, "帮万家")
    assert (view.types, view.aliases, view.documents) == (
        ["Program"], ["帮万家"], ["demo-2015", "demo-2016"])
    assert {m["sentence"] for m in view.mentions} >= {"区发改局负责帮万家工程。", "帮万家工程服务1000户。"}
    assert view.confidence == pytest.approx(0.9)
    assert len(view.measures) == 2
    assert "mentions (" in lookup.format_view(view)


# -- the same rows as the plain queries --------------------------------------------------

REFERENCE_RELATIONS = lookup.PREFIXES + """
SELECT ?e ?direction ?predicate ?other ?otherType ?evidence ?section ?document ?year ?confidence WHERE {
  GRAPH ?g {
    { ?a rdf:subject ?e ; rdf:object ?o BIND("out" AS ?direction) }
    UNION
    { ?a rdf:object ?e ; rdf:subject ?o BIND("in" AS ?direction) }
    ?a a gk:RelationAssertion ; rdf:predicate ?p ; gk:evidence ?evidence ; prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?document .
    OPTIONAL { ?d gk:year ?year }
    OPTIONAL { ?a gk:section/gk:sectionPath ?section }
    OPTIONAL { ?a gk:confidence ?confidence }
    OPTIONAL { ?o rdfs:label ?label . ?o a ?ot . FILTER(?ot != gk:Entity) }
  }
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(STR(?label), STR(?o)) AS ?other)
  BIND(STRAFTER(STR(?ot), "#") AS ?otherType)
}"""
REFERENCE_COMENTIONS = lookup.PREFIXES + """
SELECT ?e ?other ?evidence ?section ?document ?year WHERE {
  GRAPH ?g {
    ?m1 itsrdf:taIdentRef ?e ; nif:sentence ?s .
    ?m2 itsrdf:taIdentRef ?o ; nif:sentence ?s .
    FILTER(?o != ?e)
    ?o rdfs:label ?label .
    ?s nif:anchorOf ?evidence ; nif:referenceContext ?d .
    ?d dcterms:identifier ?document .
    OPTIONAL { ?d gk:year ?year }
    OPTIONAL { ?s gk:section/gk:sectionPath ?section }
  }
  BIND(STR(?label) AS ?other)
}"""
REFERENCE_MEASURES = lookup.PREFIXES + """
SELECT ?e ?indicator ?value ?unit ?year ?kind ?growth ?evidence ?section ?document WHERE {
  GRAPH ?g {
    ?obs gk:about ?e ; gk:indicator ?indicator ; gk:value ?value ; gk:evidence ?evidence ;
         prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?document .
    OPTIONAL { ?obs gk:unit ?unit }
    OPTIONAL { ?obs gk:refYear ?year }
    OPTIONAL { ?obs gk:measureKind ?k }
    OPTIONAL { ?obs gk:growthPct ?growth }
    OPTIONAL { ?obs gk:section/gk:sectionPath ?section }
  }
  BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?kind)
}"""


def unsectioned(doc_id: str):
    """The hand-made report with no section for any sentence (facts without gk:section)."""
    extraction = make_extraction(doc_id)
    sentences = tuple(dataclasses.replace(s, section=None) for s in extraction.structure.sentences)
    return to_graph(dataclasses.replace(
        extraction, structure=dataclasses.replace(extraction.structure, sentences=sentences)))


def rows(table_rows: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, repr(v)) for k, v in row.items())) for row in table_rows)


@pytest.mark.parametrize("name", ["帮万家工程", "区发改局", "星海湾", "万达广场项目", "沙河口区"])
def test_the_same_rows_as_the_reference_queries(filled_store, name):
    filled_store.replace_document("plain-2017", unsectioned("plain-2017"))
    entity = lookup.find(filled_store, name)
    bound = {"e": URIRef(entity.iri)}
    result = lookup.links(filled_store, name)
    for got, reference in [(result.relations, REFERENCE_RELATIONS),
                           (result.comentions, REFERENCE_COMENTIONS),
                           (result.measures, REFERENCE_MEASURES)]:
        assert rows(got) == rows(lookup._select(filled_store, reference, bound))
    assert any(r["document"] == "plain-2017" and r["section"] is None
               for r in result.relations + result.comentions + result.measures) or not (
        result.relations or result.comentions or result.measures)
