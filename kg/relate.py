"""Relate stage: typed relations with their evidence sentence, and co-mentions."""
from __future__ import annotations

from itertools import combinations

from .model import CoMention, Extraction


def relate(extraction: Extraction) -> None:
    """Fill ``relations`` and ``comentions`` of an extraction."""
    extraction.comentions = list(comentions(extraction))


def comentions(extraction: Extraction):
    """Pairs of entities mentioned in the same sentence."""
    by_sentence: dict[int, list[str]] = {}
    for entity in extraction.entities:
        for mention in entity.mentions:
            if mention.sentence is not None:
                names = by_sentence.setdefault(mention.sentence, [])
                if entity.name not in names:
                    names.append(entity.name)
    for sentence, names in sorted(by_sentence.items()):
        for a, b in combinations(sorted(names), 2):
            yield CoMention(a, b, sentence)
