"""kg.validate: SHACL shapes on hand-made graphs, broken on purpose, and on a store."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV, QB

from kg.validate import Report, validate
from kg.vocab import GK, ITSRDF, NIF


def first(graph, kind):
    return next(graph.subjects(RDF.type, kind))


def test_hand_made_graph_conforms(small_graph):
    assert validate(small_graph) == Report(True, [])


def test_store_conforms_and_names_documents(filled_store, small_graph):
    assert validate(filled_store).conforms
    broken = small_graph
    broken.remove((first(broken, GK.Report), GK.contentHash, None))
    filled_store.replace_document("demo-2015", broken)
    report = validate(filled_store)
    assert not report.conforms
    assert report.messages and all(m.startswith("demo-2015: ") for m in report.messages)


def break_mention_offsets(g):
    m = first(g, GK.Mention)
    g.set((m, NIF.beginIndex, Literal(50)))
    g.set((m, NIF.endIndex, Literal(40)))


def drop_label(g):
    g.remove((first(g, GK.Program), RDFS.label, None))


def wrong_type(g):
    program = first(g, GK.Program)
    g.remove((program, RDF.type, GK.Program))
    g.add((program, RDF.type, GK.Report))


def extra_label(g):
    g.add((first(g, GK.Place), RDFS.label, Literal("另一个名字", lang="zh")))


def no_provenance(g):
    g.remove((first(g, GK.Place), PROV.wasDerivedFrom, None))


def mention_without_entity(g):
    g.remove((first(g, GK.Mention), ITSRDF.taIdentRef, None))


def mention_without_sentence(g):
    g.remove((first(g, GK.Mention), NIF.sentence, None))


def assertion_without_evidence(g):
    g.remove((first(g, GK.RelationAssertion), GK.evidence, None))


def assertion_without_object(g):
    g.remove((first(g, GK.RelationAssertion), RDF.object, None))


def measure_value_not_decimal(g):
    g.set((first(g, QB.Observation), GK.value, Literal("一千")))


def measure_without_sentence(g):
    g.remove((first(g, QB.Observation), GK.sentence, None))


def sentence_without_text(g):
    g.remove((first(g, NIF.Sentence), NIF.anchorOf, None))


def report_without_identifier(g):
    g.remove((first(g, GK.Report), URIRef("http://purl.org/dc/terms/identifier"), None))


@pytest.mark.parametrize("damage, expected", [
    (break_mention_offsets, "nif:beginIndex"), (drop_label, "rdfs:label"), (wrong_type, "type"),
    (extra_label, "exactly one rdfs:label"), (no_provenance, "prov:wasDerivedFrom"),
    (mention_without_entity, "itsrdf:taIdentRef"), (mention_without_sentence, "nif:sentence"),
    (assertion_without_evidence, "gk:evidence"), (assertion_without_object, "rdf:object"),
    (measure_value_not_decimal, "xsd:decimal"), (measure_without_sentence, "gk:sentence"),
    (sentence_without_text, "nif:anchorOf"), (report_without_identifier, "dcterms:identifier"),
])
def test_broken_graph_is_reported(small_graph, damage, expected):
    damage(small_graph)
    report = validate(small_graph)
    assert not report.conforms
    assert any(expected in m for m in report.messages), report.messages
    assert all(m.startswith("demo-2015: ") and "\n" not in m for m in report.messages)


def test_real_extraction_conforms(sample_report):
    from kg.extract import extract
    from kg.ingest import read_document
    from kg.rdf import to_graph

    report = validate(to_graph(extract(read_document(sample_report))))
    assert report.conforms, report.messages[:5]
