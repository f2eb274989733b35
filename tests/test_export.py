"""kg.export: every registered format writes a file that reads back; writes are atomic."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.errors import OutputError
from kg.export import export, scalars


@pytest.mark.parametrize("format, parse_as", [("trig", "trig"), ("nq", "nquads")])
def test_datasets_keep_named_graphs(filled_store, tmp_path, format, parse_as):
    path = export(filled_store, format, tmp_path / f"kg.{format}")
    dataset = Dataset()
    dataset.parse(path, format=parse_as)
    assert sum(len(g) for g in dataset.graphs()) == filled_store.triple_count()


def test_jsonld(filled_store, tmp_path):
    path = export(filled_store, "jsonld", tmp_path / "kg.jsonld")
    dataset = Dataset()
    dataset.parse(path, format="json-ld")
    assert sum(len(g) for g in dataset.graphs()) == filled_store.triple_count()


def test_turtle_is_the_union(filled_store, tmp_path):
    path = export(filled_store, "ttl", tmp_path / "kg.ttl")
    graph = Graph().parse(path, format="turtle")
    union = filled_store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert len(graph) == union.rows[0][0]
    assert "@prefix gk:" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("format, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_networks(filled_store, tmp_path, format, read):
    graph = read(export(filled_store, format, tmp_path / f"kg.{format}"))
    assert graph.number_of_nodes() == 6
    labels = {a["label"]: a for _, a in graph.nodes(data=True)}
    program = labels["帮万家工程"]
    assert program["aliases"] == "帮万家" and json.loads(program["mentions"])[0]["start"] == 18
    predicates = {a["predicate"] for *_, a in graph.edges(data=True)}
    assert predicates == {"responsibleFor", "participatesIn", "locatedIn", "coMention"}


def test_scalars_drops_none_and_joins_lists():
    assert scalars({"years": [2015, 2016], "glossary": None, "label": "甲"}) == {
        "years": "2015; 2016", "label": "甲"}


def test_csv_zip(filled_store, tmp_path):
    path = export(filled_store, "csv", tmp_path / "kg.zip")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["entities.csv", "measures.csv", "relations.csv"]
        tables = {name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
                  for name in archive.namelist()}
    assert len(tables["entities.csv"]) == 6
    program = next(r for r in tables["entities.csv"] if r["label"] == "帮万家工程")
    assert program["type"] == "Program" and program["documents"] == "demo-2015; demo-2016"
    relation = next(r for r in tables["relations.csv"] if r["predicate"] == "locatedIn")
    assert (relation["subject"], relation["object"]) == ("万达广场项目", "星海湾")
    assert relation["evidence"] == "万达广场项目位于星海湾。"
    assert {r["kind"] for r in tables["measures.csv"]} == {"actual", "target"}
    assert all(r["evidence"] for r in tables["measures.csv"])


def test_unknown_format(filled_store, tmp_path):
    with pytest.raises(OutputError, match="xlsx"):
        export(filled_store, "xlsx", tmp_path / "kg.xlsx")


def test_unwritable_path(filled_store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError, match=str(blocker / "kg.ttl")):
        export(filled_store, "ttl", blocker / "kg.ttl")


def test_failed_export_leaves_the_old_file(filled_store, tmp_path, monkeypatch):
    path = tmp_path / "kg.nq"
    path.write_text("old", encoding="utf-8")

    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        export(filled_store, "nq", path)
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.nq", "store"]   # no temp file left
