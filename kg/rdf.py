"""RDF stage: an Extraction as triples in the govkg ontology, one named graph per
document, every fact linked to its sentence, section and character offsets.

IRIs are deterministic: entities hash issuer + canonical name (so reports of one
issuer share entities across years); everything else hangs off the document id.

>>> graph = to_graph(extraction)  # doctest: +SKIP
>>> graph.identifier  # doctest: +SKIP
rdflib.term.URIRef('https://w3id.org/govkg/id/graph/shahekou-2015')
"""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, QB, SKOS

from .model import Entity, Extraction, Measure, Relation, Section, Sentence
from .resolve import norm
from .vocab import GK, ID, ITSRDF, NIF

ENTITY_CLASS = {"Department": GK.Department, "Organization": GK.Organization,
                "Program": GK.Program, "Project": GK.Project, "Place": GK.Place}
PREDICATE = {"locatedIn": GK.locatedIn, "responsibleFor": GK.responsibleFor,
             "partOf": GK.partOf, "participatesIn": GK.participatesIn, "awarded": GK.awarded}
KIND = {"actual": GK.Actual, "target": GK.Target}
PREFIXES = {"gk": GK._NS, "nif": NIF, "itsrdf": ITSRDF, "qb": QB, "prov": PROV, "skos": SKOS,
            "dcterms": DCTERMS, "id": ID}


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds one document's statements."""
    return ID[f"graph/{doc_id}"]


def doc_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def entity_iri(issuer: str | None, name: str, type_: str = "") -> URIRef:
    """One IRI per issuer and identity key (kg.identity): the 米袋子工程 of one
    government's 2012 report and its “米袋子” of 2013 are one node."""
    from .identity import family, identity_key

    return ID[f"entity/{_hash(issuer or '', family(type_), identity_key(name, type_, issuer))}"]


def sentence_iri(doc_id: str, sentence_id: int) -> URIRef:
    return ID[f"doc/{doc_id}/sentence/{sentence_id}"]


def section_iri(doc_id: str, section_id: int) -> URIRef:
    return ID[f"doc/{doc_id}/section/{section_id}"]


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def to_graph(extraction: Extraction) -> Graph:
    """The named graph of one document."""
    graph = Graph(identifier=graph_iri(extraction.document.id))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    _Builder(graph.add, extraction).build()
    return graph


def to_ntriples(extraction: Extraction) -> bytes:
    """The same triples as ``to_graph``, written straight to N-Triples (several
    times faster than building an rdflib Graph first: for loading a store)."""
    lines: list[str] = []
    _Builder(lambda t: lines.append(f"{_nt(t[0])} {_nt(t[1])} {_nt(t[2])} ."), extraction).build()
    return ("\n".join(lines) + "\n").encode("utf-8")


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term) -> str:
    """One term in N-Triples syntax."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    text = f'"{str(term).translate(_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


class _Builder:
    """Emits one extraction's triples, a kind of statement at a time."""

    def __init__(self, emit, extraction: Extraction):
        self.emit, self.x = emit, extraction
        self.doc = extraction.document
        self.doc_iri = doc_iri(self.doc.id)
        own = {e.name: entity_iri(self.doc.issuer, e.name, e.type) for e in extraction.entities}
        self.iris = dict(own)  # canonical names first: an alias never takes another's name
        for entity in extraction.entities:
            for alias in entity.aliases:
                self.iris.setdefault(alias, own[entity.name])

    def build(self) -> None:
        for part in (self.document, self.sections, self.sentences, self.entities, self.relations,
                     self.comentions, self.measures, self.glossary):
            part()

    def add(self, s, p, o) -> None:
        if o is not None:
            self.emit((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))

    def document(self) -> None:
        d, doc = self.doc_iri, self.doc
        self.add(d, RDF.type, GK.Report)
        self.add(d, DCTERMS.identifier, Literal(doc.id))
        self.add(d, DCTERMS.title, zh(doc.title) if doc.title else None)
        self.add(d, DCTERMS.issued, Literal(str(doc.year), datatype=XSD.gYear) if doc.year else None)
        self.add(d, GK.issuer, zh(doc.issuer) if doc.issuer else None)
        self.add(d, DCTERMS.publisher, zh(doc.issuer) if doc.issuer else None)
        self.add(d, GK.level, doc.level)
        self.add(d, GK.contentHash, doc.sha256)
        self.add(d, GK.extractor, self.x.extractor)
        self.add(d, GK.sourceFile, doc.name)
        self.add(d, GK.year, doc.year)
        self.add(ID[f"dataset/{doc.id}"], RDF.type, GK.MeasureDataSet)
        self.add(ID[f"dataset/{doc.id}"], PROV.wasDerivedFrom, d)

    def sections(self) -> None:
        for section in self.x.structure.sections:
            self._section(section)

    def _section(self, section: Section) -> None:
        s = section_iri(self.doc.id, section.id)
        self.add(s, RDF.type, GK.Section)
        self.add(s, SKOS.prefLabel, zh(section.title))
        self.add(s, SKOS.inScheme, self.doc_iri)
        self.add(s, GK.sectionPath, zh(" / ".join(section.path)))
        self.add(s, GK.sectionKind, section.kind)
        self.add(s, GK.year, section.year)
        self.add(s, GK.tense, section.tense)
        self.add(s, GK.period, section.period)
        self.add(s, NIF.beginIndex, section.start)
        self.add(s, NIF.endIndex, section.end)
        if section.parent is not None:
            self.add(s, SKOS.broader, section_iri(self.doc.id, section.parent))

    def sentences(self) -> None:
        used = self._used_sentences()
        for sentence in self.x.structure.sentences:
            if sentence.id in used:
                self._sentence(sentence)

    def _used_sentences(self) -> set[int]:
        x = self.x
        used = {m.sentence for e in x.entities for m in e.mentions}
        used |= {r.sentence for r in x.relations} | {m.sentence for m in x.measures}
        return used

    def _sentence(self, sentence: Sentence) -> None:
        s = sentence_iri(self.doc.id, sentence.id)
        self.add(s, RDF.type, NIF.Sentence)
        self.add(s, NIF.anchorOf, zh(sentence.text))
        self.add(s, NIF.beginIndex, sentence.start)
        self.add(s, NIF.endIndex, sentence.end)
        self.add(s, NIF.referenceContext, self.doc_iri)
        if sentence.section is not None:
            section = self.x.structure.sections[sentence.section]
            self.add(s, GK.section, section_iri(self.doc.id, section.id))
            self.add(s, GK.year, section.year)

    def entities(self) -> None:
        for entity in self.x.entities:
            self._entity(entity)

    def _entity(self, entity: Entity) -> None:
        e = self.iris[entity.name]
        self.add(e, RDF.type, ENTITY_CLASS[entity.type])
        self.add(e, RDFS.label, zh(entity.name))
        self.add(e, SKOS.prefLabel, zh(entity.name))
        for alias in entity.aliases:
            self.add(e, SKOS.altLabel, zh(alias))
        self.add(e, GK.alsoType, ENTITY_CLASS.get(entity.also or ""))
        self.add(e, GK.issuer, zh(self.doc.issuer) if self.doc.issuer else None)
        self.add(e, GK.confidence, _decimal(entity.confidence))
        for rule in entity.rules:
            self.add(e, GK.rule, rule)
        self.add(e, PROV.wasDerivedFrom, self.doc_iri)
        for mention in entity.mentions:
            self._mention(e, mention)

    def _mention(self, e: URIRef, mention) -> None:
        m = ID[f"doc/{self.doc.id}/mention/{mention.start}-{mention.end}"]
        self.add(m, RDF.type, GK.Mention)
        self.add(m, ITSRDF.taIdentRef, e)
        self.add(m, NIF.anchorOf, zh(mention.text))
        self.add(m, NIF.beginIndex, mention.start)
        self.add(m, NIF.endIndex, mention.end)
        self.add(m, NIF.referenceContext, self.doc_iri)
        if mention.sentence is not None:
            self.add(m, NIF.sentence, sentence_iri(self.doc.id, mention.sentence))

    def relations(self) -> None:
        for relation in self.x.relations:
            self._relation(relation)

    def _relation(self, r: Relation) -> None:
        s = self.iris.get(r.subject)
        if s is None:
            return
        predicate = PREDICATE[r.predicate]
        o = zh(r.object) if r.predicate == "awarded" else self.iris.get(r.object)
        if o is None:
            return
        self.add(s, predicate, o)
        a = ID[f"doc/{self.doc.id}/assertion/{_hash(r.subject, r.predicate, r.object, r.start)}"]
        self.add(a, RDF.type, GK.RelationAssertion)
        self.add(a, RDF.subject, s)
        self.add(a, RDF.predicate, predicate)
        self.add(a, RDF.object, o)
        self._evidence(a, r.sentence, r.evidence, r.start, r.end)
        self.add(a, GK.confidence, _decimal(r.confidence))
        self.add(a, GK.rule, r.rule)

    def _evidence(self, node: URIRef, sentence: int, text: str, start: int, end: int) -> None:
        self.add(node, GK.evidence, zh(text))
        self.add(node, NIF.beginIndex, start)
        self.add(node, NIF.endIndex, end)
        self.add(node, GK.sentence, sentence_iri(self.doc.id, sentence))
        section = self.x.structure.sentences[sentence].section
        if section is not None:
            self.add(node, GK.section, section_iri(self.doc.id, section))
        self.add(node, PROV.wasDerivedFrom, self.doc_iri)

    def comentions(self) -> None:
        for c in self.x.comentions:
            a, b = self.iris.get(c.a), self.iris.get(c.b)
            if a is not None and b is not None:
                self.add(a, GK.coMentionedWith, b)
                self.add(b, GK.coMentionedWith, a)

    def measures(self) -> None:
        for i, measure in enumerate(self.x.measures):
            self._measure(i, measure)

    def _measure(self, i: int, m: Measure) -> None:
        o = ID[f"doc/{self.doc.id}/measure/{i}"]
        self.add(o, RDF.type, QB.Observation)
        self.add(o, QB.dataSet, ID[f"dataset/{self.doc.id}"])
        self.add(o, GK.indicator, zh(m.indicator))
        self.add(o, GK.value, _decimal(m.value))
        self.add(o, GK.unit, zh(m.unit) if m.unit else None)
        self.add(o, GK.refYear, m.year)
        self.add(o, GK.measureKind, KIND.get(m.kind or ""))
        self.add(o, GK.growthPct, _decimal(m.growth_pct))
        self.add(o, GK.baseValue, _decimal(m.base_value))
        self.add(o, GK.baseUnit, m.base_unit)
        self.add(o, GK.qualifier, zh(m.qualifier) if m.qualifier else None)
        self.add(o, GK.valueMax, _decimal(m.value_max))
        self.add(o, GK.period, m.period)
        self.add(o, GK.about, self.iris.get(m.about) if m.about else None)
        self.add(o, GK.sectionPath, self._section_path(m.sentence))
        self.add(o, GK.confidence, _decimal(m.confidence))
        self.add(o, GK.rule, m.rule)
        self._evidence(o, m.sentence, m.evidence, m.start, m.end)

    def _section_path(self, sentence: int) -> Literal | None:
        """The path of the section a sentence is in, e.g. "一、2014年工作回顾 / （一）经济"
        (written on measures too, so listing them needs no join through gk:section)."""
        section = self.x.structure.sentences[sentence].section
        return None if section is None else zh(" / ".join(self.x.structure.sections[section].path))

    def glossary(self) -> None:
        for i, entry in enumerate(self.x.structure.glossary):
            g = ID[f"doc/{self.doc.id}/glossary/{i}"]
            self.add(g, RDF.type, GK.GlossaryEntry)
            self.add(g, GK.term, zh(entry.term))
            self.add(g, SKOS.definition, zh(entry.definition))
            self.add(g, NIF.beginIndex, entry.start)
            self.add(g, NIF.endIndex, entry.end)
            self.add(g, PROV.wasDerivedFrom, self.doc_iri)
            self.add(g, GK.defines, self._defined(entry.term))

    def _defined(self, term: str) -> URIRef | None:
        """The entity a glossary term names: exact name or alias, else the longest contained."""
        key = norm(term)
        if key in self.iris:
            return self.iris[key]
        inside = [n for n in self.iris if len(n) >= 2 and n in key]
        return self.iris[max(inside, key=len)] if inside else None


def _decimal(value) -> Literal | None:
    if value is None:
        return None
    return Literal(format(Decimal(str(value)).normalize(), "f"), datatype=XSD.decimal)
