"""kg.query: named queries on a hand-made graph, bound values, errors, output formats, and
one end-to-end run on a real report that asserts nothing about extraction quality."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Literal

from kg.errors import NotFoundError, QueryError
from kg.query import FORMATS, named_queries, parameters, run_query


REQUIRED = {"programs-by-department", "projects-by-place", "measures-of-entity", "targets",
            "most-connected", "programs", "documents", "links", "measures"}


def rows(table) -> list[dict]:
    return table.dicts()


def test_named_queries_have_descriptions():
    queries = named_queries()
    assert REQUIRED <= set(queries)
    for name, (path, description) in queries.items():
        assert path.suffix == ".rq" and description and not description.startswith("#"), name


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_every_named_query_returns_rows(filled_store, name):
    assert len(run_query(filled_store, name=name)) > 0


def test_programs_by_department(filled_store):
    got = rows(run_query(filled_store, name="programs-by-department",
                         bindings={"department": "区发改局", "document": "demo-2015"}))
    assert got == [{"department": "区发改局", "predicate": "responsibleFor", "program": "帮万家工程",
                    "evidence": "区发改局负责帮万家工程。", "section": "一、2014年工作回顾",
                    "document": "demo-2015", "year": 2015}]


def test_projects_by_place(filled_store):
    got = rows(run_query(filled_store, name="projects-by-place", bindings={"place": "星海湾"}))
    assert {r["project"] for r in got} == {"万达广场项目"}
    assert {r["document"] for r in got} == {"demo-2015", "demo-2016"}
    assert all(r["evidence"] == "万达广场项目位于星海湾。" for r in got)


@pytest.mark.parametrize("name", ["帮万家工程", "帮万家"])
def test_measures_of_entity_by_name_or_alias(filled_store, name):
    got = rows(run_query(filled_store, name="measures-of-entity", bindings={"name": name}))
    assert {(r["entity"], r["indicator"], r["value"], r["kind"]) for r in got} == {
        ("帮万家工程", "服务户数", 1000, "target")}


def test_measures_of_unknown_entity_is_empty(filled_store):
    assert len(run_query(filled_store, name="measures-of-entity", bindings={"name": "无此实体"})) == 0


def test_targets_by_year_and_issuer(filled_store):
    got = rows(run_query(filled_store, name="targets", bindings={"year": 2016}))
    assert [(r["document"], r["indicator"]) for r in got] == [("demo-2016", "服务户数")]
    assert len(run_query(filled_store, name="targets", bindings={"issuer": "示范区人民政府"})) == 2
    assert len(run_query(filled_store, name="targets", bindings={"issuer": "别处"})) == 0


def test_targets_are_only_targets(filled_store):
    kinds = {r["kind"] for r in rows(run_query(filled_store, name="measures"))}
    assert kinds == {"actual", "target"}
    assert len(run_query(filled_store, name="targets")) == 2


def test_measures_listing_names_sections_and_binds(filled_store):
    everything = rows(run_query(filled_store, name="measures"))
    assert everything and all(r["document"] and r["evidence"] and r["section"] for r in everything)
    first = everything[0]
    bound = rows(run_query(filled_store, name="measures",
                           bindings={"indicator": first["indicator"], "document": first["document"]}))
    assert first in bound
    assert {(r["indicator"], r["document"]) for r in bound} == {(first["indicator"], first["document"])}


def test_programs_rows_keep_their_columns_and_bindings_filter(filled_store):
    everything = rows(run_query(filled_store, name="programs"))
    assert everything and all(r["program"] and r["issuer"] and r["mentions"] > 0 and r["documents"]
                              and r["example"] for r in everything)
    assert [r["mentions"] for r in everything] == sorted((r["mentions"] for r in everything), reverse=True)
    def counted(r):   # the example is a SAMPLE: any sentence of the program's mentions
        return r["program"], r["issuer"], r["mentions"], sorted(r["documents"].split(", "))

    for first in everything:
        key = {"program": first["program"], "issuer": first["issuer"]}
        bound = rows(run_query(filled_store, name="programs", bindings=key))
        assert [counted(r) for r in bound] == [counted(first)] and bound[0]["example"]
        named = rows(run_query(filled_store, name="programs", bindings={"program": first["program"]}))
        assert counted(first) in map(counted, named) and {r["program"] for r in named} == {first["program"]}
    assert len(run_query(filled_store, name="programs", bindings={"program": "无此项目"})) == 0


def test_targets_rows_keep_their_columns_and_bindings_filter(filled_store):
    everything = rows(run_query(filled_store, name="targets"))
    assert everything and all(r["issuer"] and r["year"] and r["indicator"] and r["value"] is not None
                              and r["evidence"] and r["section"] and r["document"] for r in everything)
    for column in ("year", "issuer", "document"):
        for value in {r[column] for r in everything}:
            bound = rows(run_query(filled_store, name="targets", bindings={column: value}))
            assert bound == [r for r in everything if r[column] == value]


def test_most_connected_ranks_by_distinct_neighbours(filled_store):
    got = rows(run_query(filled_store, name="most-connected"))
    assert got[0]["entity"] == "帮万家工程" and got[0]["neighbours"] == 2
    assert "沙河口区" not in {r["entity"] for r in got}   # awarded a text, no neighbour
    places = rows(run_query(filled_store, name="most-connected", bindings={"type": "Place"}))
    assert {r["type"] for r in places} == {"Place"}


def test_links_both_ways_with_evidence(filled_store):
    got = rows(run_query(filled_store, name="links", bindings={"name": "帮万家", "document": "demo-2015"}))
    assert {(r["direction"], r["predicate"], r["other"]) for r in got} == {
        ("in", "responsibleFor", "区发改局"), ("in", "participatesIn", "区科技局"),
        ("both", "coMentionedWith", "区发改局")}
    assert all(r["evidence"] for r in got)


def test_parameters_declare_language_tags():
    path, _ = named_queries()["links"]
    assert parameters(path.read_text(encoding="utf-8"))["name"] == "@zh"


def test_strings_are_cast_as_declared(filled_store):
    got = run_query(filled_store, name="targets", bindings={"year": "2016"})
    assert got.column("document") == ["demo-2016"]
    with pytest.raises(QueryError, match="year"):
        run_query(filled_store, name="targets", bindings={"year": "明年"})


def test_rdflib_terms_are_bound_as_given(filled_store):
    table = run_query(filled_store, name="links", bindings={"name": Literal("帮万家")})
    assert len(table) == 0   # a plain literal does not match the @zh label


def test_text_and_file_sources(filled_store, tmp_path):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/govkg/ontology#Report> }"
    assert run_query(filled_store, text=query).rows == [(2,)]
    path = tmp_path / "q.rq"
    path.write_text(query, encoding="utf-8")
    assert run_query(filled_store, file=path).rows == [(2,)]


def test_exactly_one_source(filled_store):
    with pytest.raises(QueryError):
        run_query(filled_store)
    with pytest.raises(QueryError):
        run_query(filled_store, text="ASK {}", name="targets")


def test_unknown_named_query_suggests(filled_store):
    with pytest.raises(NotFoundError) as caught:
        run_query(filled_store, name="target")
    assert "targets" in caught.value.suggestions


def test_unreadable_query_file(filled_store, tmp_path):
    with pytest.raises(QueryError, match="missing.rq"):
        run_query(filled_store, file=tmp_path / "missing.rq")


def test_syntax_error_is_one_line(filled_store):
    with pytest.raises(QueryError) as caught:
        run_query(filled_store, text="SELECT ?s WHERE { ?s ?p ")
    message = str(caught.value)
    assert "\n" not in message and "syntax" in message and "1:" in message


UPDATE = "PREFIX gk: <https://w3id.org/govkg/ontology#>\nDELETE WHERE { GRAPH ?g { ?s gk:evidence ?e } }"


def test_update_needs_permission(filled_store):
    before = filled_store.triple_count()
    with pytest.raises(QueryError, match="--update"):
        run_query(filled_store, text=UPDATE)
    assert filled_store.triple_count() == before
    assert run_query(filled_store, text=UPDATE, allow_update=True).rows == []
    assert filled_store.triple_count() < before


# -- formats ----------------------------------------------------------------------------------

@pytest.fixture
def table(filled_store):
    return run_query(filled_store, name="targets")


def test_formats_registry():
    assert set(FORMATS) == {"table", "csv", "json"}


def test_csv_format(table):
    parsed = list(csv.DictReader(io.StringIO(FORMATS["csv"](table))))
    assert parsed[0]["indicator"] == "服务户数" and parsed[0]["value"] == "1000"
    assert parsed[0]["qualifier"] == ""


def test_json_format_keeps_numbers(table):
    parsed = json.loads(FORMATS["json"](table))
    assert parsed["vars"] == table.vars
    assert parsed["rows"][0]["value"] == 1000 and parsed["rows"][0]["year"] == 2015
    assert parsed["rows"][0]["qualifier"] is None


def test_table_format_is_a_string(table):
    text = FORMATS["table"](table)
    assert "服务户数" in text and "2 rows" in text


# -- end to end -------------------------------------------------------------------------------

def test_end_to_end_on_a_real_report(store, sample_report):
    from kg.build import build

    report = build([sample_report], store)
    assert report.added == ["shahekou-2015"]
    doc = store.documents()["shahekou-2015"]
    assert (doc["year"], doc["issuer"], doc["source"]) == (2015, "沙河口区人民政府", "shahekou-2015.txt")
    sentences = run_query(store, text="""PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT (COUNT(*) AS ?n) WHERE { ?s a nif:Sentence ; nif:anchorOf ?text }""")
    assert sentences.rows[0][0] > 0
    for name in named_queries():
        run_query(store, name=name)
    documents = rows(run_query(store, name="documents"))
    assert [d["document"] for d in documents] == ["shahekou-2015"]


# -- remote servers: same rows as the embedded store ----------------------------------------------

BOUND = [("programs-by-department", {"department": "区发改局"}), ("projects-by-place", {"place": "星海湾"}),
         ("measures-of-entity", {"name": "帮万家"}), ("targets", {"year": 2016}),
         ("links", {"name": "帮万家"}), ("measures", {"kind": "actual"})]


@pytest.mark.parametrize("name, bindings", BOUND)
def test_remote_named_queries_match_embedded(remote, filled_store, name, bindings):
    def restricted(store):   # the server may hold other documents
        table = run_query(store, name=name, bindings=bindings)
        return sorted(repr(r) for r in table.dicts() if r["document"].startswith("demo-"))

    assert restricted(remote) == restricted(filled_store)


def test_remote_most_connected_binds_type(remote):
    table = run_query(remote, name="most-connected", bindings={"type": "Department"})
    assert len(table) > 0 and set(table.column("type")) == {"Department"}
