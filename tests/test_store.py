"""kg.store: embedded store contract, term binding, crash safety; remote stores when a
server is given (KG_TEST_OXIGRAPH_URL, KG_TEST_VIRTUOSO_URL)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import NotFoundError, QueryError, StoreError
from kg.rdf import graph_iri, to_graph
from kg.store import (EmbeddedStore, RemoteStore, Table, endpoints, open_store, values_clause)
from kg.vocab import GK

from conftest import ROOT, make_extraction

NASTY = 'a"b \'c\' \\ \n } } ; DROP ALL # \u2028 \\u0022 """ end"'
LABEL_QUERY = """SELECT DISTINCT ?e ?name WHERE {
  GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } BIND(STR(?l) AS ?name) }"""


# -- opening ----------------------------------------------------------------------------------

def test_default_location_is_output_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    with open_store() as store:
        assert isinstance(store, EmbeddedStore)
    assert (tmp_path / "output" / "store").is_dir()


def test_location_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "elsewhere"))
    with open_store() as store:
        assert store.location == str(tmp_path / "elsewhere")


def test_url_opens_a_remote_store_without_connecting():
    store = open_store("virtuoso+http://127.0.0.1:9")
    assert isinstance(store, RemoteStore)
    store.close()


@pytest.mark.parametrize("location, query, update, gsp", [
    ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("oxigraph+https://h/kg/", "https://h/kg/query", "https://h/kg/update", "https://h/kg/store"),
    ("virtuoso+http://h:8890", "http://h:8890/sparql", "http://h:8890/sparql",
     "http://h:8890/sparql-graph-crud"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql",
     "http://h:8890/sparql-graph-crud"),
    ("fuseki+http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update",
     "http://h:3030/ds/data"),
])
def test_endpoints_per_server_kind(location, query, update, gsp):
    assert endpoints(location) == (endpoints(location).__class__(query, update, gsp))


def test_endpoint_override_from_environment(monkeypatch):
    monkeypatch.setenv("KG_STORE_GSP_URL", "http://h/graphs")
    assert endpoints("http://h:7878").gsp == "http://h/graphs"


def test_unknown_server_kind():
    with pytest.raises(StoreError, match="blazegraph"):
        endpoints("blazegraph+http://h:9999")


def test_unopenable_path_names_it(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match=str(blocker / "store")) as caught:
        open_store(blocker / "store")
    assert "\n" not in str(caught.value)


def test_locked_store(tmp_path):
    with open_store(tmp_path / "s"):
        with pytest.raises(StoreError, match="locked"):
            open_store(tmp_path / "s")


def test_unreachable_server_names_the_url():
    with open_store("http://127.0.0.1:9") as store:
        with pytest.raises(StoreError, match="127.0.0.1:9/query"):
            store.documents()


# -- documents --------------------------------------------------------------------------------

def test_documents(filled_store):
    docs = filled_store.documents()
    assert list(docs) == ["demo-2015", "demo-2016"]
    assert docs["demo-2016"]["year"] == 2016
    assert docs["demo-2015"]["issuer"] == "示范区人民政府"
    assert docs["demo-2015"]["source"] == "demo-2015.txt"
    assert len(docs["demo-2015"]["sha256"]) == 64


def test_has_document(filled_store):
    sha = filled_store.documents()["demo-2015"]["sha256"]
    assert filled_store.has_document("demo-2015", sha)
    assert not filled_store.has_document("demo-2015", "0" * 64)
    assert not filled_store.has_document("demo-2099", sha)


def test_replace_does_not_accumulate(store, small_graph):
    store.replace_document("demo-2015", small_graph)
    once = store.triple_count()
    store.replace_document("demo-2015", small_graph)
    assert store.triple_count() == once == len(small_graph)


def test_replace_swaps_the_whole_graph(store, small_graph):
    store.replace_document("demo-2015", small_graph)
    smaller = Graph()
    smaller += [t for t in small_graph if t[1] != GK.evidence]
    store.replace_document("demo-2015", smaller)
    assert store.triple_count() == len(smaller)


def test_remove_document(filled_store):
    filled_store.remove_document("demo-2015")
    assert list(filled_store.documents()) == ["demo-2016"]


def test_remove_unknown_document_suggests(filled_store):
    with pytest.raises(NotFoundError) as caught:
        filled_store.remove_document("demo-2017")
    assert "demo-2017" in str(caught.value)
    assert "demo-2016" in caught.value.suggestions


def test_graph_ids_include_graphs_without_a_report(filled_store):
    filled_store.update("INSERT DATA { GRAPH <https://w3id.org/govkg/id/graph/stray> { <x:a> <x:b> <x:c> } }")
    assert filled_store.graph_ids() == ["demo-2015", "demo-2016", "stray"]
    assert "stray" not in filled_store.documents()


def test_graph_round_trip(store, small_graph):
    store.replace_document("demo-2015", small_graph)
    back = store.graph("demo-2015")
    assert len(back) == len(small_graph)
    assert set(back.subjects()) == set(small_graph.subjects())


@pytest.mark.parametrize("format, parse_as", [("nquads", "nquads"), ("trig", "trig")])
def test_dump(filled_store, format, parse_as):
    dataset = Dataset()
    dataset.parse(data=filled_store.dump(format), format=parse_as)
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {
        str(graph_iri("demo-2015")), str(graph_iri("demo-2016"))}
    assert sum(len(g) for g in dataset.graphs()) == filled_store.triple_count()


def test_unknown_dump_format(store):
    with pytest.raises(StoreError, match="xml"):
        store.dump("xml")


# -- queries ----------------------------------------------------------------------------------

def test_select_returns_python_values(filled_store):
    table = filled_store.select("""PREFIX gk: <https://w3id.org/govkg/ontology#>
        SELECT ?o ?value ?year ?indicator WHERE {
          ?o gk:value ?value ; gk:refYear ?year ; gk:indicator ?indicator } ORDER BY ?year""")
    assert isinstance(table, Table) and table.vars == ["o", "value", "year", "indicator"]
    o, value, year, indicator = table.rows[0]
    assert isinstance(o, URIRef) and isinstance(value, Decimal) and isinstance(year, int)
    assert isinstance(indicator, str)


def test_cells_follow_the_projection_order_unbound_as_none(filled_store):
    table = filled_store.select("""PREFIX gk: <https://w3id.org/govkg/ontology#>
        SELECT ?missing ?indicator ?value WHERE {
          ?o gk:indicator ?indicator ; gk:value ?value OPTIONAL { ?o gk:noSuchProperty ?missing } }""")
    assert table.vars == ["missing", "indicator", "value"] and table.rows
    assert all(m is None and isinstance(i, str) and isinstance(v, Decimal) for m, i, v in table.rows)

def test_union_default_graph(filled_store):
    table = filled_store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert table.rows[0][0] == filled_store.triple_count()


def test_ask_and_construct(filled_store):
    assert filled_store.select("ASK { ?s ?p ?o }").rows == [(True,)]
    table = filled_store.select("CONSTRUCT WHERE { ?s a ?o } LIMIT 2")
    assert table.vars == ["subject", "predicate", "object"] and len(table) == 2


def test_bound_values(filled_store):
    table = filled_store.select(LABEL_QUERY, {"name": "星海湾"})
    assert table.column("name") == ["星海湾"]
    assert filled_store.select(LABEL_QUERY, {"name": NASTY}).rows == []


def test_bound_variable_must_be_projected(filled_store):
    with pytest.raises(QueryError, match="projection"):
        filled_store.select("SELECT ?e WHERE { ?e ?p ?o }", {"name": "x"})


def test_syntax_error_is_one_line_with_position(filled_store):
    with pytest.raises(QueryError) as caught:
        filled_store.select("SELECT * WHERE { ?s ?p }")
    assert "1:" in str(caught.value) and "\n" not in str(caught.value)


def test_values_clause_escapes_every_term():
    import pyoxigraph as ox

    store = ox.Store()
    query = "SELECT ?x ?y ?z WHERE { BIND(1 AS ?one) }"
    bindings = {"x": NASTY, "y": Literal(NASTY, lang="zh"), "z": URIRef("http://e/a?b=1#c")}
    solution = next(iter(store.query(query + values_clause(bindings))))
    assert solution["x"].value == NASTY
    assert (solution["y"].value, solution["y"].language) == (NASTY, "zh")
    assert solution["z"].value == "http://e/a?b=1#c"


@pytest.mark.parametrize("bindings", [{"x": URIRef("http://e/a> } DROP ALL {")},
                                      {"x y": "v"}, {"x": URIRef("http://e/a b")}])
def test_values_clause_refuses_what_it_cannot_escape(bindings):
    with pytest.raises(QueryError):
        values_clause(bindings)


# -- crash safety -----------------------------------------------------------------------------

LOADER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from conftest import make_extraction
    from kg.rdf import to_graph
    from kg.store import open_store
    store = open_store(sys.argv[1])
    graph = to_graph(make_extraction("crash-0"))
    for i in range(100000):
        store.replace_document(f"crash-{{i}}", to_graph(make_extraction(f"crash-{{i}}")))
        print(i, flush=True)
""")


def test_store_survives_sigkill_during_a_build(tmp_path, sample_report):
    location = tmp_path / "store"
    script = LOADER.format(tests=str(ROOT / "tests"))
    child = subprocess.Popen([sys.executable, "-c", script, str(location)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    for _ in range(8):
        child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    expected = len(to_graph(make_extraction("crash-0")))
    with open_store(location) as store:
        counts = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        assert len(counts) >= 8
        assert set(counts.column("n")) == {expected}
        from kg.build import build

        report = build([sample_report], store)
        assert report.added == ["shahekou-2015"] and not report.failed


# -- remote servers (only with KG_TEST_*_URL) --------------------------------------------------

def test_remote_store_contract(remote):
    graph = to_graph(make_extraction("remote-2015"))
    assert "remote-2015" not in remote.documents()
    remote.replace_document("remote-2015", graph)
    remote.replace_document("remote-2015", graph)
    remote.replace_document("remote-2016", to_graph(make_extraction("remote-2016", year=2016)))
    docs = remote.documents()
    assert docs["remote-2016"]["year"] == 2016
    assert remote.has_document("remote-2015", docs["remote-2015"]["sha256"])
    assert len(remote.graph("remote-2015")) == len(graph)
    remote.remove_document("remote-2016")
    assert "remote-2016" not in remote.documents()
    with pytest.raises(NotFoundError):
        remote.remove_document("remote-2016")


def test_remote_bindings_match_embedded(remote, filled_store):
    here = filled_store.select(LABEL_QUERY, {"name": "帮万家工程"}).rows
    assert here and set(here) <= set(remote.select(LABEL_QUERY, {"name": "帮万家工程"}).rows)
    assert remote.select(LABEL_QUERY, {"name": NASTY}).rows == []


def test_remote_syntax_error(remote):
    with pytest.raises(QueryError):
        remote.select("SELECT * WHERE { ?s ?p }")


def test_remote_dump(remote):
    remote.replace_document("remote-2015", to_graph(make_extraction("remote-2015")))
    dataset = Dataset()
    dataset.parse(data=remote.dump("nquads"), format="nquads")
    assert len(dataset.graph(graph_iri("remote-2015"))) == len(remote.graph("remote-2015"))
