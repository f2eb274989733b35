"""Extraction stage: spaCy components find entity candidates and measures; the
resolve and relate stages turn them into an Extraction.

>>> from kg.ingest import read_document
>>> extraction = extract(read_document("data/reports/shahekou-2015.txt"))  # doctest: +SKIP
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..model import Document, Extraction, Structure
from .pipeline import DEFAULT_COMPONENTS

ROOT = Path(__file__).resolve().parents[2]
# What decides an extraction's content: the code of every stage up to RDF, and the data it reads.
EXTRACTOR_SOURCES = ("kg/extract/*.py", "kg/ingest.py", "kg/structure.py", "kg/resolve.py",
                     "kg/identity.py", "kg/relate.py", "kg/gazetteer.py", "kg/rdf.py", "kg/vocab.py",
                     "kg/model.py", "data/gazetteer/*.tsv", "data/organizations/*.tsv")

# Entities and relations below this confidence are dropped unless asked for: a
# wrong fact costs a researcher more than a missing one.
DEFAULT_MIN_CONFIDENCE = 0.5


def without(disabled) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pipeline components and the relation rules left off by ``disabled``, which
    names either (``kg extract --disable square_places --disable area-members``).

    >>> components, relations_off = without(["quoted", "area-members"])
    >>> "kg_quoted" in components, relations_off
    (False, ('area-members',))
    """
    from ..errors import KGError
    from ..relate import RULES
    from .pipeline import components_without

    relations_off = tuple(name for name in disabled if name in RULES)
    try:
        components = components_without([name for name in disabled if name not in RULES])
    except KGError as error:
        raise KGError(f"{error}; or a relation rule: {', '.join(RULES)}") from None
    return components, relations_off


@lru_cache(maxsize=32)
def extractor_key(components: tuple[str, ...] = DEFAULT_COMPONENTS, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                  relations_off: tuple[str, ...] = ()) -> str:
    """A short hash of the extractor's code, data and settings: two extractions with the
    same key came from the same rules, so ``kg build`` re-extracts a stored report only
    when its file or this key has changed (after an upgrade of govkg, for instance).

    >>> extractor_key() == extractor_key() != extractor_key(min_confidence=0.9)
    True
    """
    import hashlib

    digest = hashlib.sha256(repr((components, float(min_confidence), relations_off)).encode())
    for pattern in EXTRACTOR_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def extract(document: Document, structure: Structure | None = None,
            components: tuple[str, ...] = DEFAULT_COMPONENTS,
            min_confidence: float = DEFAULT_MIN_CONFIDENCE,
            relations_off: tuple[str, ...] = ()) -> Extraction:
    """Entities, relations and measures of one document, with every component and
    relation rule except those left off."""
    from ..relate import relate
    from ..resolve import resolve
    from .measures import link_measures
    from .pipeline import run

    doc = run(document, structure, components)
    entities = resolve(doc._.candidates, document, doc._.structure)
    entities = [e for e in entities if e.confidence >= min_confidence]
    measures = list(doc._.measures)
    link_measures(measures, entities, doc._.structure)
    extraction = Extraction(document, doc._.structure, entities, measures=measures,
                            extractor=extractor_key(tuple(components), min_confidence, relations_off))
    relate(extraction, without=relations_off)
    extraction.relations = [r for r in extraction.relations if r.confidence >= min_confidence]
    return extraction
