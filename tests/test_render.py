"""Unit tests of the HTML explorer (kg.render) that need no browser."""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg import render
from kg.errors import NotFoundError, OutputError
from kg.render import RenderResult, render_html, script_json, select

HOSTILE_LABEL = "<img src=x onerror=alert(1)>创新券"
HOSTILE_SENTENCE = "区科技局发放创新券<script>alert(1)</script>，“引号”\"双\"'单'</script>。"
EX = "https://example.org/kg/"


def add_node(g, key, label, kind, **extra):
    """Add a node with the attribute set other stages produce."""
    attrs = {"label": label, "type": kind, "aliases": [], "documents": ["shahekou-2015"],
             "years": [2015], "mentions": [], "measures": [], "glossary": None, "confidence": 0.9}
    attrs.update(extra)
    g.add_node(EX + key, **attrs)
    return EX + key


def add_edge(g, u, v, predicate, evidence="证据句。"):
    """Add an edge keyed by its predicate."""
    g.add_edge(EX + u, EX + v, key=predicate, predicate=predicate, evidence=evidence,
               section="2015年工作安排", document="shahekou-2015", year=2015, confidence=0.8)


@pytest.fixture
def graph():
    """A chain a–b–c–d plus a hub h linked to a, b, c, and one isolated node."""
    g = nx.MultiDiGraph()
    add_node(g, "a", "沙河口区", "Place", aliases=["沙区"])
    add_node(g, "b", "大连市", "Place")
    add_node(g, "c", "区发展改革局", "Department", aliases=["发改局"])
    add_node(g, "d", "小微企业扶持计划", "Program")
    add_node(g, "h", "大连港集团", "Organization")
    add_node(g, "x", HOSTILE_LABEL, "Project", mentions=[
        {"document": "shahekou-2015", "section": "一、回顾", "sentence": HOSTILE_SENTENCE,
         "start": 0, "end": 5}])
    add_edge(g, "a", "b", "locatedIn")
    add_edge(g, "c", "b", "locatedIn")
    add_edge(g, "c", "d", "responsibleFor")
    add_edge(g, "c", "d", "coMention")
    add_edge(g, "h", "a", "locatedIn")
    add_edge(g, "h", "b", "coMention")
    add_edge(g, "h", "c", "coMention")
    return g


def ids(nodes):
    """Short keys of node IRIs."""
    return {n.removeprefix(EX) for n in nodes}


def embedded_data(html: str) -> dict:
    """The JSON block of a rendered page, parsed."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


# --- select --------------------------------------------------------------------

def test_select_everything_by_default(graph):
    sub, n_out, e_out = select(graph)
    assert ids(sub) == {"a", "b", "c", "d", "h", "x"}
    assert sub.number_of_edges() == graph.number_of_edges()
    assert (n_out, e_out) == (0, 0)


@pytest.mark.parametrize("focus", [EX + "c", "区发展改革局", "发改局"])
def test_focus_by_id_label_or_alias(graph, focus):
    sub, _, _ = select(graph, focus=focus, depth=1)
    assert ids(sub) == {"b", "c", "d", "h"}  # in- and out-neighbours alike


def test_focus_depth(graph):
    assert ids(select(graph, focus="小微企业扶持计划", depth=0)[0]) == {"d"}
    assert ids(select(graph, focus="小微企业扶持计划", depth=2)[0]) == {"b", "c", "d", "h"}
    assert ids(select(graph, focus="小微企业扶持计划", depth=3)[0]) == {"a", "b", "c", "d", "h"}


def test_focus_keeps_all_edges_among_chosen_nodes(graph):
    sub, _, _ = select(graph, focus="区发展改革局", depth=1)
    assert sorted(k for _, _, k in sub.edges(EX + "c", keys=True)) == [
        "coMention", "locatedIn", "responsibleFor"]


def test_types_filter(graph):
    sub, _, _ = select(graph, types=["Place"])
    assert ids(sub) == {"a", "b"}


def test_types_with_focus_walks_only_those_types_but_keeps_focus(graph):
    sub, _, _ = select(graph, focus="区发展改革局", depth=2, types=["Place"])
    assert ids(sub) == {"c", "b", "a"}


def test_unknown_type_is_not_found(graph):
    with pytest.raises(NotFoundError) as caught:
        select(graph, types=["Palce"])
    assert "Place" in caught.value.suggestions


def test_unknown_focus_suggests_close_labels(graph):
    with pytest.raises(NotFoundError) as caught:
        select(graph, focus="大连港")
    assert "大连港集团" in caught.value.suggestions
    assert "\n" not in str(caught.value)


def test_max_nodes_keeps_most_connected(graph):
    sub, n_out, e_out = select(graph, max_nodes=3)
    assert ids(sub) == {"b", "c", "h"}  # degrees 3, 4, 3; a has 2
    assert n_out == 3
    assert e_out == graph.number_of_edges() - sub.number_of_edges()
    assert sub.number_of_edges() == 3


def test_max_nodes_keeps_focus_first(graph):
    sub, n_out, _ = select(graph, focus="小微企业扶持计划", depth=2, max_nodes=2)
    assert ids(sub) == {"d", "c"}
    assert n_out == 2


@pytest.mark.parametrize("kwargs", [{"depth": -1}, {"max_nodes": 0}])
def test_bad_numbers(graph, kwargs):
    with pytest.raises(ValueError):
        select(graph, **kwargs)


def test_select_and_render_do_not_change_the_input(graph, tmp_path):
    before = nx.node_link_data(graph, edges="links")
    select(graph, focus="沙河口区", depth=2, max_nodes=2)
    render_html(graph, tmp_path / "kg.html")
    assert nx.node_link_data(graph, edges="links") == before


# --- embedded JSON ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>", "<!--", "a & b", "x\u2028y\u2029z",
    "<img src=x onerror=alert(1)>", "“引号” \"双\" '单'",
])
def test_script_json_escapes_markup(text):
    out = script_json({"s": text, "list": [text]})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"s": text, "list": [text]}


def test_script_json_keeps_chinese_readable():
    assert script_json(["政府工作报告"]) == '["政府工作报告"]'


def test_page_embeds_hostile_text_only_as_data(graph, tmp_path):
    out = tmp_path / "kg.html"
    render_html(graph, out)
    html = out.read_text(encoding="utf-8")
    assert "<img" not in html
    assert "alert(1)</script>" not in html
    # only the JSON block, vis-network and the explorer close a script element
    assert len(re.findall(r"</script", html, re.I)) == 3
    data = embedded_data(html)
    labels = {n["label"] for n in data["nodes"]}
    assert HOSTILE_LABEL in labels
    sentences = [m["sentence"] for n in data["nodes"] for m in n["mentions"]]
    assert HOSTILE_SENTENCE in sentences


def test_title_is_escaped(graph, tmp_path):
    out = tmp_path / "kg.html"
    render_html(graph, out, title="</title><script>alert(1)</script>报告")
    html = out.read_text(encoding="utf-8")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;报告</title>" in html


def test_non_finite_numbers_become_null(graph, tmp_path):
    graph.nodes[EX + "a"]["confidence"] = math.nan
    out = tmp_path / "kg.html"
    render_html(graph, out)
    node = next(n for n in embedded_data(out.read_text(encoding="utf-8"))["nodes"]
                if n["id"] == EX + "a")
    assert node["confidence"] is None


# --- the page --------------------------------------------------------------------

def test_page_is_self_contained(graph, tmp_path):
    out = tmp_path / "kg.html"
    render_html(graph, out)
    html = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html
    assert "default-src 'none'" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(?:https?:)?//", html)
    assert "sourceMappingURL" not in html
    assert "vis.Network" in html  # vis-network is inlined


def test_page_data(graph, tmp_path):
    out = tmp_path / "kg.html"
    render_html(graph, out)
    data = embedded_data(out.read_text(encoding="utf-8"))
    assert data["documents"] == ["shahekou-2015"]
    assert data["years"] == [2015]
    assert [t["name"] for t in data["types"]][:6] == list(render.TYPE_STYLES)
    assert {e["predicate"] for e in data["edges"]} == {"locatedIn", "responsibleFor", "coMention"}
    assert len({e["id"] for e in data["edges"]}) == graph.number_of_edges()
    physics = data["options"]["physics"]
    assert physics["stabilization"]["enabled"] is True
    assert 40 <= physics["stabilization"]["iterations"] <= 250
    co = next(e for e in data["edges"] if e["predicate"] == "coMention")
    assert co["dashes"] is True and co["arrows"] == {"to": {"enabled": False}}
    assert "\n" in co["title"] and "<" not in co["title"]


def test_parallel_edges_are_bent(graph, tmp_path):
    out = tmp_path / "kg.html"
    render_html(graph, out)
    data = embedded_data(out.read_text(encoding="utf-8"))
    between = [e for e in data["edges"] if {e["from"], e["to"]} == {EX + "c", EX + "d"}]
    assert len(between) == 2
    assert sum("smooth" in e for e in between) == 1


def test_render_result_counts(graph, tmp_path):
    result = render_html(graph, tmp_path / "kg.html", max_nodes=3)
    assert result == RenderResult(tmp_path / "kg.html", 3, 3, 3, graph.number_of_edges() - 3)
    data = embedded_data(result.path.read_text(encoding="utf-8"))
    assert data["omitted"] == {"nodes": 3, "edges": graph.number_of_edges() - 3, "maxNodes": 3}


def test_edge_title_is_plain_text():
    title = render.edge_title("locatedIn", {"evidence": "甲位于乙。", "section": "一、回顾",
                                            "document": "d1", "year": 2015}, "甲", "乙")
    assert title == "位于 locatedIn\n甲 → 乙\n“甲位于乙。”\n一、回顾 · d1 · 2015"


def test_empty_graph_renders(tmp_path):
    result = render_html(nx.MultiDiGraph(), tmp_path / "kg.html")
    assert (result.nodes_shown, result.edges_shown) == (0, 0)
    assert embedded_data(result.path.read_text(encoding="utf-8"))["nodes"] == []


def test_focus_not_found_raises_before_writing(graph, tmp_path):
    with pytest.raises(NotFoundError):
        render_html(graph, tmp_path / "kg.html", focus="不存在的机构")
    assert not (tmp_path / "kg.html").exists()


# --- writing ---------------------------------------------------------------------

def test_write_replaces_existing_file_and_keeps_its_mode(graph, tmp_path):
    out = tmp_path / "kg.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    render_html(graph, out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["kg.html"]


def test_new_file_is_world_readable(graph, tmp_path):
    out = tmp_path / "kg.html"
    render_html(graph, out)
    assert out.stat().st_mode & 0o777 == 0o644


def test_failed_write_leaves_old_file_and_no_temp(graph, tmp_path, monkeypatch):
    out = tmp_path / "kg.html"
    out.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.output.os.replace", broken_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        render_html(graph, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.html"]


def test_a_missing_folder_is_created(graph, tmp_path):
    render_html(graph, tmp_path / "missing" / "kg.html")
    assert (tmp_path / "missing" / "kg.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("where", ["afile/kg.html", "adir"])
def test_unwritable_path_is_output_error(graph, tmp_path, where):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "adir").mkdir()
    with pytest.raises(OutputError) as caught:
        render_html(graph, tmp_path / where)
    message = str(caught.value)
    assert "\n" not in message and str(tmp_path / where) in message


def test_library_import_is_light():
    code = ("import sys, kg.render; "
            "print(sorted(m for m in ('pyvis', 'jinja2', 'networkx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], check=True)
    assert out.stdout.strip() == "[]"
