"""Extraction stage: spaCy components find entity candidates and measures; the
resolve and relate stages turn them into an Extraction.

>>> from kg.ingest import read_document
>>> extraction = extract(read_document("data/reports/shahekou-2015.txt"))  # doctest: +SKIP
"""
from __future__ import annotations

from ..model import Document, Extraction, Structure
from .pipeline import DEFAULT_COMPONENTS

# Entities and relations below this confidence are dropped unless asked for: a
# wrong fact costs a researcher more than a missing one.
DEFAULT_MIN_CONFIDENCE = 0.5


def extract(document: Document, structure: Structure | None = None,
            components: tuple[str, ...] = DEFAULT_COMPONENTS,
            min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Extraction:
    """Entities, relations and measures of one document."""
    from ..relate import relate
    from ..resolve import resolve
    from .measures import link_measures
    from .pipeline import run

    doc = run(document, structure, components)
    entities = resolve(doc._.candidates, document, doc._.structure)
    entities = [e for e in entities if e.confidence >= min_confidence]
    measures = list(doc._.measures)
    link_measures(measures, entities, doc._.structure)
    extraction = Extraction(document, doc._.structure, entities, measures=measures)
    relate(extraction)
    extraction.relations = [r for r in extraction.relations if r.confidence >= min_confidence]
    return extraction
