"""kg.vocab: the GK closed namespace and ontology/govkg.ttl list the same terms, a typo
fails, and the graphs kg.rdf builds use each term as the ontology declares it."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef

from helpers import report_extraction
from kg.rdf import ENTITY_CLASS, PREDICATE, to_graph
from kg.vocab import GK, ONTOLOGY_DIR

NS = str(GK._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "govkg.ttl", format="turtle")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return to_graph(report_extraction("shahekou-2015"))


def declared(ontology: Graph) -> set[str]:
    """Local names of the gk: terms the ontology describes."""
    return {str(s)[len(NS):] for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_code_and_ontology_list_the_same_terms(ontology):
    in_code = set(GK.__annotations__)
    assert in_code == declared(ontology)
    assert len(in_code) > 40


def test_every_term_has_a_label_or_a_type(ontology):
    for name in GK.__annotations__:
        assert (GK[name], RDF.type, None) in ontology, name


def test_a_typo_fails():
    assert GK.Program == URIRef(NS + "Program")
    with pytest.raises(AttributeError):
        GK.Programme  # noqa: B018
    with pytest.raises(AttributeError):
        GK["locatedin"]


def test_classes_and_properties_are_declared_as_such(ontology):
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    for term in ENTITY_CLASS.values():
        assert term in classes
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    for predicate, term in PREDICATE.items():
        expected = OWL.DatatypeProperty if predicate == "awarded" else OWL.ObjectProperty
        assert (term, RDF.type, expected) in ontology, predicate
    assert GK.locatedIn in object_properties


def test_the_built_graph_uses_terms_as_declared(ontology, graph):
    for cls in {o for o in graph.objects(None, RDF.type) if str(o).startswith(NS)}:
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    for predicate in {p for p in graph.predicates() if str(p).startswith(NS)}:
        kinds = set(ontology.objects(predicate, RDF.type))
        objects = set(graph.objects(None, predicate))
        if OWL.ObjectProperty in kinds:
            assert all(isinstance(o, URIRef) for o in objects), predicate
        else:
            assert OWL.DatatypeProperty in kinds, predicate
            assert all(isinstance(o, Literal) for o in objects), predicate
