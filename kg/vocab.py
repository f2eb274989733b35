"""Ontology terms as code: a closed namespace, so a typo fails at import time.

``tests/test_vocab.py`` checks that this class and ontology/govkg.ttl list the
same terms.

>>> GK.Program
rdflib.term.URIRef('https://w3id.org/govkg/ontology#Program')
"""
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
ID = Namespace("https://w3id.org/govkg/id/")


class GK(DefinedNamespace):
    """The govkg ontology (ontology/govkg.ttl)."""

    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    # classes
    Report: URIRef
    Section: URIRef
    GlossaryEntry: URIRef
    Mention: URIRef
    Entity: URIRef
    Department: URIRef
    Organization: URIRef
    Program: URIRef
    Project: URIRef
    Place: URIRef
    RelationAssertion: URIRef
    MeasureDataSet: URIRef
    MeasureKind: URIRef
    Actual: URIRef
    Target: URIRef
    # properties
    about: URIRef
    alsoType: URIRef
    awarded: URIRef
    baseUnit: URIRef
    baseValue: URIRef
    coMentionedWith: URIRef
    confidence: URIRef
    contentHash: URIRef
    defines: URIRef
    evidence: URIRef
    extractor: URIRef
    growthPct: URIRef
    indicator: URIRef
    issuer: URIRef
    level: URIRef
    locatedIn: URIRef
    measureKind: URIRef
    partOf: URIRef
    participatesIn: URIRef
    period: URIRef
    qualifier: URIRef
    refYear: URIRef
    responsibleFor: URIRef
    rule: URIRef
    section: URIRef
    sectionKind: URIRef
    sectionPath: URIRef
    sentence: URIRef
    sourceFile: URIRef
    tense: URIRef
    term: URIRef
    unit: URIRef
    value: URIRef
    valueMax: URIRef
    year: URIRef
