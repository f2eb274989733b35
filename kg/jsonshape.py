"""An Extraction in the gold-file shape (see ../shared/gold/GUIDELINES.md).

>>> shape = to_json(extraction)  # doctest: +SKIP
>>> sorted(shape)  # doctest: +SKIP
['document', 'entities', 'issuer', 'level', 'measures', 'relations', 'title', 'year']
"""
from __future__ import annotations

from dataclasses import asdict

from .model import Extraction


def to_json(extraction: Extraction) -> dict:
    """The extraction as a JSON-ready dict: document, entities, relations, measures."""
    document = extraction.document
    return {
        "document": document.name,
        "issuer": document.issuer,
        "level": document.level,
        "year": document.year,
        "title": document.title,
        "sha256": document.sha256,
        "entities": [_entity(e, extraction) for e in extraction.entities],
        "relations": [asdict(r) for r in extraction.relations],
        "measures": [asdict(m) for m in extraction.measures],
        "comentions": [asdict(c) for c in extraction.comentions],
    }


def _entity(entity, extraction: Extraction) -> dict:
    structure = extraction.structure
    return {
        "name": entity.name,
        "type": entity.type,
        "also": entity.also,
        "aliases": entity.aliases,
        "confidence": entity.confidence,
        "rules": entity.rules,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence,
                      "section": structure.section_path(structure.sentences[m.sentence])
                      if m.sentence is not None else ""}
                     for m in entity.mentions],
    }
