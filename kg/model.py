"""Plain objects passed between pipeline stages.

ingest → Document; structure → Structure; extract → Extraction (entities, relations,
measures, co-mentions). Every offset is a character offset into ``Document.text``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

LEVELS = ("national", "province", "city", "district", "county")
GOVERNMENT = "人民政府"


def issuer_place(issuer: str | None) -> str:
    """The place an issuing government governs: 青溪区人民政府 → 青溪区 ('' otherwise).

    >>> issuer_place("青溪区人民政府"), issuer_place(None)
    ('青溪区', '')
    """
    issuer = issuer or ""
    return issuer[: -len(GOVERNMENT)] if issuer.endswith(GOVERNMENT) else ""
ENTITY_TYPES = ("Department", "Organization", "Program", "Project", "Place")
PREDICATES = ("locatedIn", "responsibleFor", "partOf", "participatesIn", "awarded")


@dataclass(frozen=True)
class Document:
    """One report as read from disk.

    >>> Document("a", "a.txt", "正文。", None, None, None, None, "a.txt", "0").id
    'a'
    """

    id: str
    name: str
    text: str
    issuer: str | None
    level: str | None
    year: int | None
    title: str | None
    source: str
    sha256: str


@dataclass(frozen=True)
class Section:
    """A heading and the span of text it governs.

    ``kind`` is review, plan, part, subpart, topic or glossary; ``tense`` is actual
    or target when the section speaks of a past or a coming period.
    """

    id: int
    title: str
    kind: str
    level: int
    start: int
    end: int
    parent: int | None
    path: tuple[str, ...]
    year: int | None = None
    tense: str | None = None
    period: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or semicolon clause) with its offsets and section."""

    id: int
    start: int
    end: int
    text: str
    section: int | None


@dataclass(frozen=True)
class GlossaryEntry:
    """One 名词解释 entry: the term as written and its definition."""

    term: str
    definition: str
    start: int
    end: int


@dataclass(frozen=True)
class Structure:
    """Sections, sentences and glossary of one document."""

    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    glossary: tuple[GlossaryEntry, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "_starts", [s.start for s in self.sentences])

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def section_of(self, sentence: Sentence | None) -> Section | None:
        """The innermost section of a sentence."""
        if sentence is None or sentence.section is None:
            return None
        return self.sections[sentence.section]

    def section_path(self, sentence: Sentence | None) -> str:
        """The section path of a sentence, titles joined by ' / '."""
        section = self.section_of(sentence)
        return " / ".join(section.path) if section else ""


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the text."""

    start: int
    end: int
    text: str
    sentence: int | None


@dataclass
class Entity:
    """One real thing named in a document: canonical name, aliases, mentions."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    also: str | None = None
    rules: list[str] = field(default_factory=list)
    confidence: float = 1.0

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Relation:
    """A typed relation stated by one sentence. ``object`` is an entity name, or the
    honour text for ``awarded``."""

    subject: str
    predicate: str
    object: str
    sentence: int
    evidence: str
    start: int
    end: int
    section: str
    rule: str
    confidence: float = 1.0


@dataclass
class CoMention:
    """Two entities named in the same sentence."""

    a: str
    b: str
    sentence: int


@dataclass
class Measure:
    """One quantitative fact: indicator, value, unit, year, actual or target."""

    indicator: str
    value: float
    unit: str
    year: int | None
    kind: str | None
    evidence: str
    start: int
    end: int
    section: str
    sentence: int
    growth_pct: float | None = None
    about: str | None = None
    base_value: float | None = None
    base_unit: str | None = None
    qualifier: str | None = None
    value_max: float | None = None
    period: str | None = None
    rule: str = "measure"
    confidence: float = 1.0


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    structure: Structure
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    comentions: list[CoMention] = field(default_factory=list)
    extractor: str | None = None  # kg.extract.extractor_key of the code and settings that made it

    def entity(self, name: str) -> Entity | None:
        """The entity whose canonical name or alias is ``name``."""
        return next((e for e in self.entities if name in e.names), None)
