"""kg.rdf: an extraction as one named graph per document, every entity and fact tied
back to the report text, with deterministic IRIs."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, QB, SKOS

from helpers import REPORT_NAMES, report, report_extraction
from kg.extract import extract
from kg.rdf import doc_iri, entity_iri, graph_iri, to_graph
from kg.vocab import GK, ITSRDF, NIF

ENTITY_CLASSES = {GK.Department, GK.Organization, GK.Program, GK.Project, GK.Place}


@pytest.fixture(scope="module")
def shahekou():
    extraction = report_extraction("shahekou-2015")
    return extraction, to_graph(extraction)


@pytest.fixture(scope="module")
def graphs():
    """The graph of every bundled report."""
    return {name: to_graph(report_extraction(name)) for name in REPORT_NAMES}


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, (subject, predicate, values)
    return values[0]


# --- documents and named graphs ----------------------------------------------------------------

def test_one_named_graph_per_document(graphs):
    assert {name: g.identifier for name, g in graphs.items()} == {
        name: URIRef(f"https://w3id.org/govkg/id/graph/{name}") for name in REPORT_NAMES}
    for name, graph in graphs.items():
        assert graph.identifier == graph_iri(name)
        assert set(graph.subjects(RDF.type, GK.Report)) == {doc_iri(name)}


def test_the_report_node_carries_the_document_metadata(shahekou):
    extraction, graph = shahekou
    d = doc_iri("shahekou-2015")
    assert one(graph, d, DCTERMS.issued) == Literal("2015", datatype=XSD.gYear)
    assert one(graph, d, GK.issuer) == Literal("沙河口区人民政府", lang="zh")
    assert one(graph, d, DCTERMS.title) == Literal("沙河口区2015年政府工作报告", lang="zh")
    assert one(graph, d, GK.level) == Literal("district")
    assert one(graph, d, GK.contentHash) == Literal(extraction.document.sha256)
    assert one(graph, d, GK.sourceFile) == Literal("shahekou-2015.txt")


# --- entities and mentions ---------------------------------------------------------------------

@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_entity_has_a_label_one_of_five_types_and_its_report(graphs, name):
    extraction, graph = report_extraction(name), graphs[name]
    entities = {s for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, cls)}
    assert len(entities) == len(extraction.entities)
    for entity in extraction.entities:
        iri = entity_iri(extraction.document.issuer, entity.name, entity.type)
        assert one(graph, iri, RDFS.label) == Literal(entity.name, lang="zh")
        assert set(graph.objects(iri, RDF.type)) == {GK[entity.type]}
        assert set(graph.objects(iri, SKOS.altLabel)) == {Literal(a, lang="zh") for a in entity.aliases}
        assert one(graph, iri, PROV.wasDerivedFrom) == doc_iri(name)


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_mention_slices_the_text_to_its_anchor(graphs, name):
    text, graph = report(name).text, graphs[name]
    mentions = list(graph.subjects(RDF.type, GK.Mention))
    assert len(mentions) == sum(len(e.mentions) for e in report_extraction(name).entities)
    for m in mentions:
        begin, end = int(one(graph, m, NIF.beginIndex)), int(one(graph, m, NIF.endIndex))
        assert text[begin:end] == str(one(graph, m, NIF.anchorOf))
        entity = one(graph, m, ITSRDF.taIdentRef)
        assert set(graph.objects(entity, RDF.type)) & ENTITY_CLASSES
        assert one(graph, m, NIF.referenceContext) == doc_iri(name)
        sentence = one(graph, m, NIF.sentence)
        assert int(one(graph, sentence, NIF.beginIndex)) <= begin
        assert end <= int(one(graph, sentence, NIF.endIndex))


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_sentence_node_slices_the_text(graphs, name):
    text, graph = report(name).text, graphs[name]
    sentences = list(graph.subjects(RDF.type, NIF.Sentence))
    assert sentences
    for s in sentences:
        begin, end = int(one(graph, s, NIF.beginIndex)), int(one(graph, s, NIF.endIndex))
        assert text[begin:end] == str(one(graph, s, NIF.anchorOf))


# --- relations and measures --------------------------------------------------------------------

@pytest.mark.parametrize("name", REPORT_NAMES)
def test_relation_assertions_carry_evidence_and_a_sentence(graphs, name):
    extraction, graph, text = report_extraction(name), graphs[name], report(name).text
    assertions = list(graph.subjects(RDF.type, GK.RelationAssertion))
    assert len(assertions) == len(extraction.relations)
    for a in assertions:
        s, p, o = (one(graph, a, term) for term in (RDF.subject, RDF.predicate, RDF.object))
        assert (s, p, o) in graph  # the relation itself is asserted too
        evidence = str(one(graph, a, GK.evidence))
        begin, end = int(one(graph, a, NIF.beginIndex)), int(one(graph, a, NIF.endIndex))
        assert text[begin:end] == evidence
        assert str(one(graph, one(graph, a, GK.sentence), NIF.anchorOf)) == evidence
        assert one(graph, a, PROV.wasDerivedFrom) == doc_iri(name)


def test_an_assertion_names_the_section_of_its_sentence(shahekou):
    extraction, graph = shahekou
    paths = set()
    for a in graph.subjects(RDF.type, GK.RelationAssertion):
        sentence = one(graph, a, GK.sentence)
        assert set(graph.objects(a, GK.section)) == set(graph.objects(sentence, GK.section))
        paths |= {str(one(graph, s, GK.sectionPath)) for s in graph.objects(a, GK.section)}
    assert paths == {r.section for r in extraction.relations if r.section}


def test_an_award_object_is_the_honour_text(shahekou):
    _, graph = shahekou
    police = entity_iri("沙河口区人民政府", "区公安分局", "Department")
    assert (police, GK.awarded, Literal("全国规范执法示范单位", lang="zh")) in graph


def test_typed_relations_link_entity_iris(shahekou):
    extraction, graph = shahekou
    market = entity_iri("沙河口区人民政府", "华北路市场", extraction.entity("华北路市场").type)
    assert (market, GK.locatedIn, entity_iri("沙河口区人民政府", "华北路", "Place")) in graph


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_measure_is_an_observation_with_evidence(graphs, name):
    extraction, graph, text = report_extraction(name), graphs[name], report(name).text
    observations = list(graph.subjects(RDF.type, QB.Observation))
    assert len(observations) == len(extraction.measures)
    for o in observations:
        begin, end = int(one(graph, o, NIF.beginIndex)), int(one(graph, o, NIF.endIndex))
        assert text[begin:end] == str(one(graph, o, GK.evidence))
        assert one(graph, o, QB.dataSet) == URIRef(f"https://w3id.org/govkg/id/dataset/{name}")
        assert one(graph, o, GK.value).datatype == XSD.decimal
        assert set(graph.objects(o, GK.measureKind)) <= {GK.Actual, GK.Target}


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_a_measure_carries_the_section_path_of_its_sentence(graphs, name):
    graph = graphs[name]
    observations = list(graph.subjects(RDF.type, QB.Observation))
    for o in observations:
        sections = graph.objects(one(graph, o, GK.sentence), GK.section)
        assert set(graph.objects(o, GK.sectionPath)) == {p for s in sections for p in graph.objects(s, GK.sectionPath)}
    assert any((o, GK.sectionPath, None) in graph for o in observations)

def test_glossary_entries_define_their_entity(shahekou):
    extraction, graph = shahekou
    defined = {str(one(graph, g, GK.term)): set(graph.objects(g, GK.defines))
               for g in graph.subjects(RDF.type, GK.GlossaryEntry)}
    assert len(defined) == 10
    databases = extraction.entity("四大数据库")
    assert defined["“四大数据库”"] == {entity_iri("沙河口区人民政府", databases.name, databases.type)}


def test_sections_form_a_concept_scheme(shahekou):
    extraction, graph = shahekou
    sections = set(graph.subjects(RDF.type, GK.Section))
    assert len(sections) == len(extraction.structure.sections)
    for section in extraction.structure.sections:
        iri = URIRef(f"{doc_iri('shahekou-2015')}/section/{section.id}")
        assert one(graph, iri, SKOS.prefLabel) == Literal(section.title, lang="zh")
        assert one(graph, iri, SKOS.inScheme) == doc_iri("shahekou-2015")
        if section.parent is not None:
            assert one(graph, iri, SKOS.broader) == URIRef(f"{doc_iri('shahekou-2015')}/section/{section.parent}")


# --- determinism --------------------------------------------------------------------------------

def test_two_runs_give_isomorphic_graphs(shahekou):
    _, graph = shahekou
    again = to_graph(extract(report("shahekou-2015")))
    assert isomorphic(graph, again)
    assert set(graph) == set(again)  # no blank nodes: the very same triples


def test_entity_iris_depend_on_issuer_and_name_only():
    assert entity_iri("海拉尔区人民政府", "区政府") == entity_iri("海拉尔区人民政府", "区政府")
    assert entity_iri("海拉尔区人民政府", "区政府") != entity_iri("沙河口区人民政府", "区政府")
    assert entity_iri("沙河口区人民政府", "“帮万家”") == entity_iri("沙河口区人民政府", "帮万家")


def test_reports_of_one_issuer_share_entity_iris(graphs):
    shared = entity_iri("海拉尔区人民政府", "区政府", "Department")
    for name in ("hailar-2012", "hailar-2013", "hailar-2014"):
        assert (shared, RDF.type, GK.Department) in graphs[name]
    assert (shared, RDF.type, GK.Department) not in graphs["shahekou-2015"]
