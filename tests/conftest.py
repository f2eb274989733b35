"""Cheap shared fixtures: a sample report path and a small hand-made graph.

The small graph goes through kg.rdf.to_graph from an Extraction written by hand, so
store, query, network and export tests do not depend on what the extractor finds.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kg.model import (CoMention, Document, Entity, Extraction, GlossaryEntry, Measure, Mention,
                      Relation, Section, Sentence, Structure)
from kg.rdf import to_graph

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    ("一、2014年工作回顾", 0),
    ("区发改局负责帮万家工程。", 0),
    ("区科技局参与帮万家。", 0),
    ("地区生产总值增长8%。", 0),
    ("二、2015年工作安排", 1),
    ("万达广场项目位于星海湾。", 1),
    ("帮万家工程服务1000户。", 1),
    ("沙河口区获评全国文明城区。", 1),
]
ENTITIES = [  # name, type, aliases
    ("区发改局", "Department", []),
    ("区科技局", "Department", []),
    ("帮万家工程", "Program", ["帮万家"]),
    ("万达广场项目", "Project", []),
    ("星海湾", "Place", []),
    ("沙河口区", "Place", []),
]
RELATIONS = [(1, "区发改局", "responsibleFor", "帮万家工程"), (2, "区科技局", "participatesIn", "帮万家工程"),
             (5, "万达广场项目", "locatedIn", "星海湾"), (7, "沙河口区", "awarded", "全国文明城区")]


def make_extraction(doc_id: str = "demo-2015", issuer: str = "示范区人民政府",
                    year: int = 2015) -> Extraction:
    """A two-section report with every kind of statement, offsets computed from the text."""
    text = "\n".join(s for s, _ in SENTENCES)
    starts = [text.index(s) for s, _ in SENTENCES]
    document = Document(doc_id, f"{doc_id}.txt", text, issuer, "district", year,
                        f"{doc_id} 政府工作报告", f"data/{doc_id}.txt",
                        hashlib.sha256(f"{doc_id}{year}".encode()).hexdigest())
    sections = (Section(0, SENTENCES[0][0], "review", 1, 0, starts[4], None, (SENTENCES[0][0],),
                        year - 1, "actual"),
                Section(1, SENTENCES[4][0], "plan", 1, starts[4], len(text), None, (SENTENCES[4][0],),
                        year, "target"))
    sentences = tuple(Sentence(i, start, start + len(s), s, sec)
                      for i, ((s, sec), start) in enumerate(zip(SENTENCES, starts)))
    structure = Structure(sections, sentences, (GlossaryEntry("帮万家", "是指为居民提供上门服务的工程。", 0, 3),))
    return Extraction(document, structure, _entities(sentences), _relations(sentences, sections),
                      _measures(sentences, sections), [CoMention("区发改局", "帮万家工程", 1),
                                                       CoMention("万达广场项目", "星海湾", 5)])


def _entities(sentences) -> list[Entity]:
    entities = []
    for name, kind, aliases in ENTITIES:
        mentions = [Mention(s.start + s.text.index(n), s.start + s.text.index(n) + len(n), n, s.id)
                    for s in sentences for n in [name, *aliases] if n in s.text
                    and not (n != name and name in s.text)]
        entities.append(Entity(name, kind, aliases, mentions, confidence=0.9))
    return entities


def _relations(sentences, sections) -> list[Relation]:
    return [Relation(subject, predicate, obj, i, sentences[i].text, sentences[i].start,
                     sentences[i].end, sections[sentences[i].section].title, "test", 0.8)
            for i, subject, predicate, obj in RELATIONS]


def _measures(sentences, sections) -> list[Measure]:
    gdp, served = sentences[3], sentences[6]
    return [Measure("地区生产总值增长", 8, "%", sections[0].year, "actual", gdp.text, gdp.start,
                    gdp.end, sections[0].title, gdp.id),
            Measure("服务户数", 1000, "户", sections[1].year, "target", served.text, served.start,
                    served.end, sections[1].title, served.id, about="帮万家工程")]


@pytest.fixture
def sample_report() -> Path:
    """A real report shipped with the repository."""
    return ROOT / "data" / "reports" / "shahekou-2015.txt"


@pytest.fixture
def small_extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def small_graph(small_extraction):
    """The named graph of the hand-made report ``demo-2015``."""
    return to_graph(small_extraction)


@pytest.fixture
def store(tmp_path):
    """An empty embedded store in a temporary directory."""
    from kg.store import open_store

    with open_store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def filled_store(store, small_graph):
    """The embedded store holding ``demo-2015`` and a second year ``demo-2016``."""
    store.replace_document("demo-2015", small_graph)
    store.replace_document("demo-2016", to_graph(make_extraction("demo-2016", year=2016)))
    return store


SERVERS = [pytest.param((name, var), id=name, marks=pytest.mark.server)
           for name, var in [("oxigraph", "KG_TEST_OXIGRAPH_URL"), ("virtuoso", "KG_TEST_VIRTUOSO_URL")]]


def server_url(name: str, var: str) -> str:
    """The store URL of a test server from ``$var``; without one the test is skipped, or
    fails when ``KG_REQUIRE_SERVERS=1`` (CI starts both servers, so none may go missing)."""
    url = os.environ.get(var)
    if not url:
        message = f"set {var} to test against a running {name} server"
        if os.environ.get("KG_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{message} (KG_REQUIRE_SERVERS=1)", pytrace=False)
        pytest.skip(message)
    return url


@pytest.fixture(params=SERVERS)
def server(request) -> str:
    """The store URL of each test server (KG_TEST_OXIGRAPH_URL, KG_TEST_VIRTUOSO_URL)."""
    return server_url(*request.param)


@pytest.fixture
def remote(server):
    """A RemoteStore holding ``demo-2015`` and ``demo-2016`` (other documents may be there too),
    for each server named by KG_TEST_OXIGRAPH_URL / KG_TEST_VIRTUOSO_URL."""
    from kg.store import open_store

    store = open_store(server)
    for year in (2015, 2016):
        store.replace_document(f"demo-{year}", to_graph(make_extraction(f"demo-{year}", year=year)))
    yield store
    for doc_id in store.documents():
        if doc_id.startswith(("demo-", "remote-")):
            store.remove_document(doc_id)
    store.close()
