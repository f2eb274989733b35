"""SHACL check of the graph against ``ontology/shapes.ttl`` (pyshacl).

A store is checked one document's named graph at a time: each graph is
self-contained (its report, sentences, entities and evidence), and an entity shared
by two reports of one issuer may carry a different label in each.

>>> report = validate(store)  # doctest: +SKIP
>>> report.conforms, report.messages[:1]  # doctest: +SKIP
(False, ['demo-2015: id:doc/demo-2015/mention/3-7 nif:sentence: a mention needs nif:sentence, a nif:Sentence'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from .rdf import PREFIXES
from .store import Store
from .vocab import ONTOLOGY_DIR

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


@dataclass
class Report:
    """The outcome of a validation: whether it conforms, and one line per violation."""

    conforms: bool
    messages: list[str] = field(default_factory=list)


def validate(target: Store | Graph, shapes: Path = SHAPES) -> Report:
    """Check a store (each document's graph) or one rdflib Graph against the SHACL shapes.

    Args:
        target: an open store, or an rdflib Graph such as ``kg.rdf.to_graph(extraction)``.
        shapes: the shapes file (default ``ontology/shapes.ttl``).

    >>> validate(to_graph(extraction)).conforms  # doctest: +SKIP
    True
    """
    shapes_graph = Graph().parse(shapes, format="turtle")
    messages = [line for name, graph in _graphs(target) for line in check(graph, shapes_graph, name)]
    return Report(not messages, messages)


def _graphs(target: Store | Graph):
    if isinstance(target, Graph):
        yield _name(target.identifier), target
        return
    for doc_id in target.graph_ids():
        yield doc_id, target.graph(doc_id)


def _name(identifier) -> str:
    return str(identifier).rpartition("/")[2] if isinstance(identifier, URIRef) else "graph"


def check(graph: Graph, shapes_graph: Graph, name: str) -> list[str]:
    """The violations of one graph, one line each: ``name: focus path: message``."""
    import pyshacl

    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, inference="none")
    if conforms:
        return []
    for prefix, namespace in PREFIXES.items():
        results.bind(prefix, namespace)
    return sorted(_line(results, result, name)
                  for result in results.subjects(SH.resultSeverity, SH.Violation))


def _line(results: Graph, result, name: str) -> str:
    def short(term) -> str:
        return "" if term is None else term.n3(results.namespace_manager)

    focus = short(results.value(result, SH.focusNode))
    path = short(results.value(result, SH.resultPath))
    message = results.value(result, SH.resultMessage) or "violates a shape"
    return f"{name}: {focus} {path}: {message}".replace("  ", " ")
