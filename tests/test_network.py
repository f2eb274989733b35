"""kg.network: the MultiDiGraph contract the HTML renderer consumes."""
from __future__ import annotations

import pytest

from kg.errors import NotFoundError
from kg.model import ENTITY_TYPES
from kg.network import to_networkx

NODE_ATTRS = {"label": str, "type": str, "aliases": list, "documents": list, "years": list,
              "mentions": list, "measures": list, "confidence": float, "honours": list}
EDGE_ATTRS = {"predicate", "evidence", "section", "document", "year", "confidence"}


def node(graph, label):
    return next(n for n, a in graph.nodes(data=True) if a["label"] == label)


def test_node_attributes(filled_store):
    graph = to_networkx(filled_store)
    assert graph.is_directed() and graph.is_multigraph()
    for n, attrs in graph.nodes(data=True):
        assert isinstance(n, str) and n.startswith("https://w3id.org/govkg/id/entity/")
        for key, kind in NODE_ATTRS.items():
            assert isinstance(attrs[key], kind), (key, attrs[key])
        assert attrs["type"] in ENTITY_TYPES
        assert "glossary" in attrs


def test_node_details(filled_store):
    graph = to_networkx(filled_store)
    program = graph.nodes[node(graph, "帮万家工程")]
    assert program["type"] == "Program" and program["aliases"] == ["帮万家"]
    assert program["documents"] == ["demo-2015", "demo-2016"] and program["years"] == [2015, 2016]
    assert program["glossary"] == "是指为居民提供上门服务的工程。"
    assert program["confidence"] == pytest.approx(0.9)
    mention = program["mentions"][0]
    assert set(mention) == {"document", "section", "sentence", "start", "end"}
    assert mention["sentence"] == "区发改局负责帮万家工程。" and mention["section"] == "一、2014年工作回顾"
    assert (mention["start"], mention["end"]) == (18, 23)
    assert program["measures"][0] == {"indicator": "服务户数", "value": 1000.0, "unit": "户",
                                      "year": 2015, "kind": "target",
                                      "evidence": "帮万家工程服务1000户。"}


def test_honours_are_node_attributes_not_edges(filled_store):
    graph = to_networkx(filled_store)
    assert graph.nodes[node(graph, "沙河口区")]["honours"] == ["全国文明城区"]
    assert all(a["predicate"] != "awarded" for *_, a in graph.edges(data=True))


def test_one_edge_per_relation_assertion(filled_store):
    graph = to_networkx(filled_store)
    u, v = node(graph, "区发改局"), node(graph, "帮万家工程")
    keys = sorted(k for k in graph[u][v] if k != "coMention")
    assert keys == ["responsibleFor", "responsibleFor#2"]
    edges = [graph.edges[u, v, k] for k in keys]
    assert {e["document"] for e in edges} == {"demo-2015", "demo-2016"}
    for e in edges:
        assert set(e) == EDGE_ATTRS
        assert e["predicate"] == "responsibleFor" and e["evidence"] == "区发改局负责帮万家工程。"
        assert e["year"] == int(e["document"][-4:]) and e["confidence"] == pytest.approx(0.8)


def test_comention_edge_cites_a_shared_sentence(filled_store):
    graph = to_networkx(filled_store)
    a, b = sorted([node(graph, "万达广场项目"), node(graph, "星海湾")])
    edge = graph.edges[a, b, "coMention"]
    assert edge["predicate"] == "coMention" and edge["evidence"] == "万达广场项目位于星海湾。"
    assert edge["document"] == "demo-2015" and edge["section"] == "二、2015年工作安排"
    assert not graph.has_edge(b, a, "coMention")


def test_one_document(filled_store):
    graph = to_networkx(filled_store, document="demo-2016")
    assert all(a["documents"] == ["demo-2016"] for _, a in graph.nodes(data=True))
    assert {a["document"] for *_, a in graph.edges(data=True)} == {"demo-2016"}
    assert graph.number_of_nodes() == 6


def test_types(filled_store):
    graph = to_networkx(filled_store, types=["Department", "Program"])
    assert {a["type"] for _, a in graph.nodes(data=True)} == {"Department", "Program"}
    assert {a["predicate"] for *_, a in graph.edges(data=True)} == {
        "responsibleFor", "participatesIn", "coMention"}


def test_unknown_document_and_type(filled_store):
    with pytest.raises(NotFoundError) as caught:
        to_networkx(filled_store, document="demo-2017")
    assert "demo-2016" in caught.value.suggestions
    with pytest.raises(NotFoundError, match="Person"):
        to_networkx(filled_store, types=["Person"])


def test_empty_store(store):
    assert to_networkx(store).number_of_nodes() == 0


def test_renderer_accepts_the_graph(filled_store, tmp_path):
    render = pytest.importorskip("kg.render")
    result = render.render_html(to_networkx(filled_store), tmp_path / "kg.html")
    assert result.nodes_shown == 6


def test_remote_store_gives_the_same_network(remote, filled_store):
    def edges(graph):
        return sorted((u, v, k, repr(sorted(a.items()))) for u, v, k, a in graph.edges(keys=True, data=True))

    here, there = (to_networkx(s, document="demo-2015") for s in (filled_store, remote))
    assert dict(there.nodes(data=True)) == dict(here.nodes(data=True))
    assert edges(there) == edges(here)
