"""Shared helpers for the pipeline-stage tests (ingest, structure, extract, resolve,
relate, rdf, evaluate, properties).

Snippets are real sentences from data/reports; a first line such as ``SHAHEKOU``
tells ``make_document`` who delivers them (issuer, level, year), as a real report
would, because some rules depend on the issuer.

>>> names_of(extract_lines(SHAHEKOU, "区公安分局被评为全国规范执法示范单位。"))["区公安分局"]
'Department'
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.ingest import make_document, read_document
from kg.model import Document, Extraction

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
FIXTURES = Path(__file__).resolve().parent / "data"
REPORT_NAMES = tuple(sorted(p.stem for p in REPORTS.glob("*.txt")))

# Title lines and openings that fix the issuer of a snippet.
SHAHEKOU = "沙河口区2015年政府工作报告"
HAILAR_2013 = "海拉尔区2013年政府工作报告"
DONGYING = "东营市2024年政府工作报告"
NATIONAL = "现在，我代表国务院，向大会报告政府工作。"


def document(*lines: str, name: str = "t.txt") -> Document:
    """A Document made from lines of text, as ``kg.ingest.make_document`` makes it."""
    return make_document(Path(name), "\n".join(lines))


def extract_lines(*lines: str, components: tuple[str, ...] | None = None) -> Extraction:
    """The extraction of a short text made of ``lines``."""
    from kg.extract import extract
    from kg.extract.pipeline import DEFAULT_COMPONENTS

    return extract(document(*lines), components=components or DEFAULT_COMPONENTS)


@lru_cache(maxsize=None)
def report(name: str) -> Document:
    """A bundled report (data/reports/NAME.txt), read once per test session."""
    return read_document(REPORTS / f"{name}.txt")


@lru_cache(maxsize=None)
def report_extraction(name: str) -> Extraction:
    """The extraction of a bundled report, made once per test session. Do not mutate it."""
    from kg.extract import extract

    return extract(report(name))


def names_of(extraction: Extraction) -> dict[str, str]:
    """Canonical name → type of every entity."""
    return {e.name: e.type for e in extraction.entities}


def surface_forms(extraction: Extraction) -> set[str]:
    """Every canonical name and alias of every entity."""
    return {n for e in extraction.entities for n in e.names}


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every relation."""
    return {(r.subject, r.predicate, r.object) for r in extraction.relations}


def relation(extraction: Extraction, subject: str, predicate: str, obj: str):
    """The one relation with these ends (AssertionError if absent)."""
    found = [r for r in extraction.relations
             if (r.subject, r.predicate, r.object) == (subject, predicate, obj)]
    assert found, f"no {subject} {predicate} {obj} in {sorted(triples(extraction))}"
    return found[0]


def offset_errors(extraction: Extraction) -> list[str]:
    """Every sentence, mention, relation and measure whose offsets do not slice the
    document text to the string it states (empty when all is well)."""
    text = extraction.document.text
    errors = [f"sentence {s.id}" for s in extraction.structure.sentences
              if text[s.start:s.end] != s.text]
    errors += [f"mention {m.text!r} of {e.name}" for e in extraction.entities for m in e.mentions
               if text[m.start:m.end] != m.text]
    errors += [f"relation {r.subject} {r.predicate} {r.object}" for r in extraction.relations
               if text[r.start:r.end] != r.evidence]
    errors += [f"measure {m.indicator} {m.value}" for m in extraction.measures
               if text[m.start:m.end] != m.evidence]
    return errors
