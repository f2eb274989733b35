"""The ``kg`` command line on real reports: exit codes and the essential output of
every command.

Two stores are built once for the module through the CLI itself: shahekou-2015
alone, and the three hailar reports (2012–2014) for the across-year commands.
Every command gets ``--store`` (and ``-o``/``--output``) so nothing is written
outside ``tmp_path``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import REPORTS
from kg.cli import app
from kg.query import named_queries

SHAHEKOU = REPORTS / "shahekou-2015.txt"
HAILAR = [REPORTS / f"hailar-{year}.txt" for year in (2012, 2013, 2014)]
COMMANDS = ("build", "remove", "extract", "eval", "query", "links", "show", "html", "validate",
            "export", "timeline", "targets")


def kg(*args):
    """Run ``kg ARGS`` in this process; an exception the CLI did not handle fails the test."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def ok(*args) -> str:
    """The stdout of ``kg ARGS``, which must succeed."""
    result = kg(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def csv_rows(out: str) -> list[list[str]]:
    """The rows of CSV output, header first, blank lines left out."""
    return [row for row in csv.reader(io.StringIO(out)) if row]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(store, output folder, summary) of ``kg build shahekou-2015.txt``."""
    root = tmp_path_factory.mktemp("shahekou")
    store, output = root / "store", root / "output"
    summary = ok("build", SHAHEKOU, "--store", store, "--output", output)
    return store, output, summary


@pytest.fixture(scope="module")
def store(built) -> Path:
    return built[0]


@pytest.fixture(scope="module")
def hailar(tmp_path_factory) -> Path:
    """A store holding hailar-2012, hailar-2013 and hailar-2014."""
    store = tmp_path_factory.mktemp("hailar") / "store"
    ok("build", *HAILAR, "--store", store, "--output", store.parent / "output", "--no-html")
    return store


def test_help_lists_every_command():
    out = ok("--help")
    for command in COMMANDS:
        assert re.search(rf"^\s*│?\s*{command}\b", out, re.M), command


# --- build / remove --------------------------------------------------------------------

def test_build_prints_a_summary_and_writes_turtle_and_html(built):
    store, output, summary = built
    assert summary.startswith("added 1, replaced 0, unchanged 0, failed 0")
    assert f"store {store}: 1 documents" in summary
    counts = dict(re.findall(r"^  (\w+)\s+(\d+)$", summary, re.M))
    assert set(counts) == {"Department", "Organization", "Program", "Project", "Place",
                           "relations", "measures"}
    assert all(int(n) > 0 for n in counts.values()), counts
    for name in ("graph.ttl", "graph.html"):
        assert f"wrote {output / name}" in summary
        assert (output / name).stat().st_size > 0


def test_a_second_build_of_the_same_file_extracts_nothing(built):
    store, output, _ = built
    again = ok("build", SHAHEKOU, "--store", store, "--output", output)
    assert again.startswith("added 0, replaced 0, unchanged 1, failed 0")
    assert f"store {store}: 1 documents" in again


def test_remove_drops_one_document(tmp_path):
    report = tmp_path / "short-2015.txt"
    report.write_text(SHAHEKOU.read_text(encoding="utf-8")[:2000], encoding="utf-8")
    store = tmp_path / "store"
    ok("build", report, "--store", store, "--output", tmp_path / "out", "--no-html")
    assert "short-2015" in ok("query", "documents", "--format", "csv", "--store", store)
    assert ok("remove", "short-2015", "--store", store).strip() == "removed short-2015"
    assert csv_rows(ok("query", "documents", "--format", "csv", "--store", store))[1:] == []


# --- query -----------------------------------------------------------------------------

def test_query_list_names_every_named_query_with_its_description():
    listed = dict(line.split(None, 1) for line in ok("query", "--list").splitlines())
    assert set(listed) == set(named_queries()) >= {"documents", "links", "programs", "targets"}
    assert all(description.strip() for description in listed.values())


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_returns_rows_as_csv(hailar, name):
    rows = csv_rows(ok("query", name, "--format", "csv", "--store", hailar))
    assert len(rows) > 1, f"{name} returned only the header {rows}"


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_file_returns_rows_on_shahekou_alone(store, name):
    # the acceptance check of the first issue: kg query --file Q --format csv
    rq = Path(__file__).resolve().parent.parent / "ontology" / "queries" / f"{name}.rq"
    rows = csv_rows(ok("query", "--file", rq, "--format", "csv", "--store", store))
    assert len(rows) > 1, f"{name} returned only the header {rows}"


def test_query_formats_table_and_json(store):
    table = ok("query", "documents", "--store", store)
    assert "shahekou-2015" in table and "1 row" in table
    data = json.loads(ok("query", "documents", "--format", "json", "--store", store))
    assert [row["document"] for row in data["rows"]] == ["shahekou-2015"]
    assert data["rows"][0]["year"] == 2015


def test_query_csv_ends_in_one_newline(store):
    assert not ok("query", "documents", "--format", "csv", "--store", store).endswith("\n\n")


def test_query_binds_values_safely(store):
    rows = csv_rows(ok("query", "measures-of-entity", "--bind", "name=暖房子", "--format", "csv",
                       "--store", store))
    assert rows[0][:2] == ["name", "entity"]
    assert len(rows) > 1 and {tuple(row[:2]) for row in rows[1:]} == {("暖房子", "暖房子工程")}
    # a quote in a bound value is a value, not SPARQL
    none = ok("query", "measures-of-entity", "--bind", 'name=暖房子" } #', "--format", "csv",
              "--store", store)
    assert csv_rows(none)[1:] == []


def test_query_from_a_file(store, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    (header, value), = zip(*csv_rows(ok("query", "--file", rq, "--format", "csv", "--store", store)))
    assert header == "n" and int(value) > 1000


# --- links / show ----------------------------------------------------------------------

def test_links_lists_relations_and_comentions_with_sentences_and_sections(store):
    out = ok("links", "帮万家", "--store", store)
    assert out.splitlines()[0] == "帮万家"
    assert re.search(r"^  relations \(\d+\):", out, re.M)
    assert re.search(r"^  co-mentioned with \(\d+\):", out, re.M)
    assert "→ awarded 公共管理教学优秀案例" in out  # the rank (全国首批) stays in the evidence
    evidence = re.findall(r"« (.+?) »  \[(.+?)\]", out)
    assert evidence and all("帮万家" in sentence for sentence, _ in evidence)
    assert all(where.startswith("shahekou-2015 / ") for _, where in evidence)
    assert "shahekou-2015 / 2014年政府工作回顾 / 三、推进全面深化改革" in out


def test_links_as_json(store):
    data = json.loads(ok("links", "帮万家", "--format", "json", "--store", store))
    assert data["entity"]["label"] == "帮万家"
    assert data["relations"] and data["comentions"]
    assert all(row["evidence"] for row in data["relations"] + data["comentions"])


def test_show_gives_type_alias_and_mentions(store):
    out = ok("show", "暖房子工程", "--store", store)
    lines = out.splitlines()
    assert lines[:4] == ["暖房子工程", "  type: Program", "  aliases: 暖房子", "  documents: shahekou-2015"]
    assert re.search(r"^  mentions \(2\):", out, re.M)
    mentions = re.findall(r"^    « (.+?) »  \[shahekou-2015 / (.+?)\]$", out, re.M)
    assert len(mentions) >= 2 and all("暖房子" in sentence for sentence, _ in mentions[:2])
    assert "211栋老旧楼实施“暖房子”工程" in out


def test_show_finds_an_entity_by_its_alias(store):
    assert ok("show", "暖房子", "--store", store).splitlines()[0] == "暖房子工程"


# --- html / validate / export ----------------------------------------------------------

EXTERNAL = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*https?://", re.I)


def test_html_writes_a_self_contained_page(store, tmp_path):
    page = tmp_path / "page.html"
    out = ok("html", "-o", page, "--store", store)
    assert re.match(rf"wrote {re.escape(str(page))}: \d+ nodes, \d+ edges", out)
    text = page.read_text(encoding="utf-8")
    assert "<html" in text.lower() and "暖房子工程" in text
    assert not EXTERNAL.search(text), EXTERNAL.search(text)


def test_html_focus_draws_a_neighbourhood(store, tmp_path):
    whole = ok("html", "-o", tmp_path / "all.html", "--store", store)
    focus = ok("html", "-o", tmp_path / "focus.html", "--focus", "帮万家", "--depth", "1",
               "--store", store)
    nodes = [int(re.search(r"(\d+) nodes", out).group(1)) for out in (whole, focus)]
    assert 1 < nodes[1] < nodes[0]


def test_validate_passes(store):
    assert ok("validate", "--store", store).strip() == "conforms to ontology/shapes.ttl"


def _zip_of_csvs(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        assert set(z.namelist()) == {"entities.csv", "relations.csv", "measures.csv"}
        assert "暖房子工程" in z.read("entities.csv").decode("utf-8-sig")


FORMAT_CHECKS = {
    "ttl": lambda p: "@prefix" in p.read_text(encoding="utf-8"),
    "trig": lambda p: re.search(r"^\S+ \{$", p.read_text(encoding="utf-8"), re.M),
    "nq": lambda p: all(line.endswith(" .") for line in p.read_text(encoding="utf-8").splitlines()),
    "jsonld": lambda p: json.loads(p.read_text(encoding="utf-8")),
    "graphml": lambda p: ET.parse(p).getroot().tag.endswith("graphml"),
    "gexf": lambda p: ET.parse(p).getroot().tag.endswith("gexf"),
    "csv": lambda p: _zip_of_csvs(p) is None,
}


@pytest.mark.parametrize("format", FORMAT_CHECKS)
def test_export_writes_each_format(store, tmp_path, format):
    path = tmp_path / f"graph.{format}"
    assert ok("export", "--format", format, "-o", path, "--store", store).strip() == f"wrote {path}"
    assert path.stat().st_size > 0
    assert FORMAT_CHECKS[format](path)


def test_export_keeps_the_permissions_of_the_file_it_replaces(store, tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    ok("export", "--format", "ttl", "-o", path, "--store", store)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_read_only_commands_leave_the_store_folder_as_it_was(store):
    before = sorted(os.listdir(store))
    ok("query", "documents", "--store", store)
    ok("show", "暖房子工程", "--store", store)
    assert sorted(os.listdir(store)) == before


# --- extract / eval --------------------------------------------------------------------

@pytest.fixture(scope="module")
def extraction() -> dict:
    return json.loads(ok("extract", SHAHEKOU, "--format", "json"))


def test_extract_prints_the_gold_shape(extraction):
    assert extraction["document"] == "shahekou-2015.txt"
    assert (extraction["issuer"], extraction["year"]) == ("沙河口区人民政府", 2015)
    assert {"entities", "relations", "measures"} <= set(extraction)
    entities = {e["name"]: e for e in extraction["entities"]}
    assert entities["暖房子工程"]["type"] == "Program" and "暖房子" in entities["暖房子工程"]["aliases"]
    for entity in extraction["entities"]:
        assert {"name", "type", "aliases", "mentions"} <= set(entity)
    for relation in extraction["relations"]:
        assert {"subject", "predicate", "object", "evidence"} <= set(relation)
    for measure in extraction["measures"]:
        assert {"indicator", "value", "unit", "year", "kind", "evidence"} <= set(measure)


# Checked by reading data/reports/shahekou-2015.txt: line 31 names 大连港集团, line 30
# 星海湾金融商务区 and 诺德大厦, line 43 区公安分局, line 27 财政一般预算收入24.83亿元, and
# 暖房子 is the 暖房子工程 of two sentences.
GOLD = {
    "document": "shahekou-2015.txt", "issuer": "沙河口区人民政府", "year": 2015,
    "entities": [
        {"name": "暖房子工程", "type": "Program", "aliases": ["暖房子"]},
        {"name": "区公安分局", "type": "Department", "aliases": []},
        {"name": "诺德大厦", "type": "Project", "aliases": []},
        {"name": "大连港集团", "type": "Organization", "aliases": []},
        {"name": "星海湾金融商务区", "type": "Place", "aliases": []},
    ],
    "relations": [],
    "measures": [{"indicator": "财政一般预算收入", "value": 24.83, "unit": "亿元",
                  "year": 2014, "kind": "actual"}],
}


def test_eval_prints_a_per_type_table(tmp_path):
    gold = tmp_path / "shahekou-2015.gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    out = ok("eval", gold, "--reports", REPORTS)
    assert out.splitlines()[0] == "document shahekou-2015.txt"
    assert re.search(r"type\s+P\s+R\s+F1\s+tp\s+fp\s+fn", out)
    rows = {m[0]: m[1:] for m in re.findall(
        r"^  (\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)$", out, re.M)}
    for kind in ("Department", "Organization", "Program", "Project", "Place"):
        assert rows[kind][1] == "1.000" and rows[kind][3] == "1", (kind, rows[kind])  # recall, tp
    assert rows["all"][3] == "5" and rows["all"][5] == "0"
    assert "measures      recall 1.000  (1/1; year+kind right 1)" in out


def test_eval_of_several_files_adds_their_counts_up(tmp_path):
    first, second = tmp_path / "a.gold.json", tmp_path / "b.gold.json"
    first.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    second.write_text(json.dumps({**GOLD, "entities": GOLD["entities"][:2]}, ensure_ascii=False),
                      encoding="utf-8")
    out = ok("eval", first, second, "--reports", REPORTS)
    one, two, pool = re.split(r"\n(?=document |pooled )", out.strip())
    assert pool.splitlines()[0] == "pooled over 2 documents"
    tp = [int(re.search(r"^  all .*?(\d+)\s+\d+\s+\d+$", part, re.M).group(1)) for part in (one, two, pool)]
    assert tp[2] == tp[0] + tp[1] and tp[1] < tp[0]


# --- across years ----------------------------------------------------------------------

def test_targets_sets_2013_targets_against_2014_results(hailar):
    # hailar-2013.txt line 20: 地区生产总值…达到282亿元；地方财政总收入…达到24.8亿元
    # hailar-2014.txt line 15: 地区生产总值完成253.7亿元…地方财政总收入完成24.85亿元
    out = ok("targets", "海拉尔区", "2013", "--store", hailar)
    assert re.search(r"^missed\s+地区生产总值: target 282亿元, actual 253.7亿元$", out, re.M)
    assert re.search(r"^met\s+地方财政总收入: target 24.8亿元, actual 24.85亿元$", out, re.M)
    checks = {c["indicator"]: c for c in json.loads(
        ok("targets", "海拉尔区", "2013", "--format", "json", "--store", hailar))}
    gdp = checks["地区生产总值"]
    assert (gdp["verdict"], gdp["target"]["value"], gdp["actual"]["value"]) == ("missed", 282, 253.7)
    assert (gdp["target"]["document"], gdp["actual"]["document"]) == ("hailar-2013", "hailar-2014")
    revenue = checks["地方财政总收入"]
    assert (revenue["verdict"], revenue["target"]["value"], revenue["actual"]["value"]) == ("met", 24.8, 24.85)


def test_timeline_shows_each_year(hailar):
    out = ok("timeline", "菜篮子工程", "--store", hailar)
    assert out.splitlines()[0] == "菜篮子工程"
    years = re.findall(r"^  (\d{4})  \((hailar-\d{4})\)", out, re.M)
    assert years == [("2012", "hailar-2012"), ("2013", "hailar-2013"), ("2014", "hailar-2014")]
    assert "“菜篮子”工程一期全面完工" in out
