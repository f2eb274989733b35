"""The interactive HTML explorer: one self-contained page per graph, usable offline.

pyvis turns the networkx graph into vis-network node/edge records and options; the
page itself comes from ``kg/templates/explorer.html`` (not pyvis's template, which
loads Bootstrap from CDNs), with vis-network's JS/CSS from the pyvis package inlined.
Report text travels as JSON in a ``<script type="application/json">`` block and is
put on the page with ``textContent`` only, so a label such as ``<img onerror=…>``
shows as text.

>>> result = render_html(graph, "out/kg.html", focus="国家发展改革委", depth=2)  # doctest: +SKIP
>>> result.nodes_shown, result.nodes_omitted  # doctest: +SKIP
(37, 0)
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import re
from collections import Counter, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .errors import NotFoundError, OutputError

TYPE_STYLES: dict[str, dict[str, str]] = {
    "Department": {"zh": "部门", "colour": "#1f77b4"},
    "Organization": {"zh": "机构", "colour": "#ff7f0e"},
    "Program": {"zh": "计划", "colour": "#2ca02c"},
    "Project": {"zh": "项目", "colour": "#d62728"},
    "Place": {"zh": "地点", "colour": "#9467bd"},
    "Measure": {"zh": "举措", "colour": "#8c564b"},
}
UNKNOWN_TYPE = {"zh": "其他", "colour": "#7f7f7f"}

PREDICATE_STYLES: dict[str, dict[str, Any]] = {
    "locatedIn": {"zh": "位于", "colour": "#9467bd", "directed": True},
    "responsibleFor": {"zh": "负责", "colour": "#1f77b4", "directed": True},
    "partOf": {"zh": "属于", "colour": "#2ca02c", "directed": True},
    "participatesIn": {"zh": "参与", "colour": "#ff7f0e", "directed": True},
    "awarded": {"zh": "获得", "colour": "#d62728", "directed": True},
    "coMention": {"zh": "同句提及", "colour": "#b0b0b0", "directed": False},
}
UNKNOWN_PREDICATE = {"zh": "关系", "colour": "#7f7f7f", "directed": True}

JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
FONT_STACK = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif"
TEMPLATE_FILES = ("explorer.html", "explorer.js", "explorer.css")
VIS_DIR = ("templates", "lib", "vis-9.1.2")


@dataclass(frozen=True)
class RenderResult:
    """What ``render_html`` wrote: the file and how much of the graph it shows."""

    path: Path
    nodes_shown: int
    edges_shown: int
    nodes_omitted: int
    edges_omitted: int


def render_html(graph, path, *, title: str = "govkg", focus: str | None = None,
                depth: int = 1, types: Iterable[str] | None = None,
                max_nodes: int | None = 600) -> RenderResult:
    """Write the graph as one offline, interactive HTML page.

    Args:
        graph: a ``networkx.MultiDiGraph`` as described in the module docs.
        path: the HTML file to write (atomically; its directory must exist).
        title: the page title.
        focus: a node id or label; only its neighbourhood is drawn.
        depth: how many hops (ignoring direction) around ``focus``.
        types: keep only nodes of these types (e.g. ``["Department", "Place"]``).
        max_nodes: past this, only the most connected nodes are drawn (None: no limit).

    Raises:
        NotFoundError: ``focus`` (or a name in ``types``) matches nothing.
        OutputError: ``path`` cannot be written.

    >>> render_html(g, "kg.html", types=["Department"]).nodes_shown  # doctest: +SKIP
    12
    """
    path = Path(path)
    sub, nodes_omitted, edges_omitted = select(graph, focus, depth, types, max_nodes)
    data = page_data(sub, title, nodes_omitted, edges_omitted, max_nodes)
    write_atomic(path, fill_template(title, data))
    return RenderResult(path, sub.number_of_nodes(), sub.number_of_edges(),
                        nodes_omitted, edges_omitted)


# --- selection -------------------------------------------------------------------

def select(graph, focus: str | None = None, depth: int = 1,
           types: Iterable[str] | None = None, max_nodes: int | None = 600):
    """Pick the part of the graph to draw.

    Types are applied first (focus nodes are always kept), then the neighbourhood
    of ``focus`` up to ``depth`` undirected hops, then the ``max_nodes`` most
    connected nodes (by degree; focus nodes first).

    Returns:
        ``(subgraph, omitted_nodes, omitted_edges)``, the counts being what the
        ``max_nodes`` cut left out.

    >>> sub, n_out, e_out = select(g, focus="江城市", depth=1)  # doctest: +SKIP
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be 1 or more, not {max_nodes}")
    seeds = resolve_focus(graph, focus) if focus is not None else set()
    allowed = nodes_of_types(graph, types) | seeds
    chosen = neighbourhood(graph, seeds, depth, allowed) if seeds else allowed
    kept = most_connected(graph, chosen, max_nodes, seeds)
    edges_before = graph.subgraph(chosen).number_of_edges()
    sub = graph.subgraph(kept).copy()
    return sub, len(chosen) - len(kept), edges_before - sub.number_of_edges()


def resolve_focus(graph, focus: str) -> set[str]:
    """The nodes that ``focus`` names: its id, else its label, else an alias.

    >>> resolve_focus(g, "江城市")  # doctest: +SKIP
    {'https://example.org/place/dalian'}
    """
    if focus in graph:
        return {focus}
    nodes = graph.nodes(data=True)
    by_label = {n for n, attrs in nodes if attrs.get("label") == focus}
    by_alias = {n for n, attrs in nodes if focus in (attrs.get("aliases") or [])}
    if by_label or by_alias:
        return by_label or by_alias
    raise NotFoundError(f"no node with id or label {focus!r} in the graph",
                        suggestions=closest_labels(graph, focus))


def closest_labels(graph, text: str, limit: int = 5) -> list[str]:
    """Labels that look like ``text`` (difflib), then labels containing it.

    >>> closest_labels(g, "江城")  # doctest: +SKIP
    ['江城市', '江城港']
    """
    labels = sorted({str(attrs.get("label") or n) for n, attrs in graph.nodes(data=True)})
    close = difflib.get_close_matches(text, labels, n=limit, cutoff=0.4)
    containing = [label for label in labels if text and (text in label or label in text)]
    return list(dict.fromkeys(close + containing))[:limit]


def nodes_of_types(graph, types: Iterable[str] | None) -> set[str]:
    """All nodes whose ``type`` is in ``types`` (all nodes when ``types`` is None)."""
    if types is None:
        return set(graph.nodes)
    wanted = set(types)
    known = set(TYPE_STYLES) | {attrs.get("type") for _, attrs in graph.nodes(data=True)}
    unknown = sorted(wanted - known)
    if unknown:
        raise NotFoundError(f"unknown node type {unknown[0]!r}; known: {', '.join(TYPE_STYLES)}",
                            suggestions=difflib.get_close_matches(unknown[0], sorted(TYPE_STYLES)))
    return {n for n, attrs in graph.nodes(data=True) if attrs.get("type") in wanted}


def neighbourhood(graph, seeds: set[str], depth: int, allowed: set[str]) -> set[str]:
    """Nodes within ``depth`` undirected hops of ``seeds``, walking only ``allowed``."""
    seen = set(seeds)
    frontier = deque((seed, 0) for seed in seeds)
    while frontier:
        node, hops = frontier.popleft()
        if hops == depth:
            continue
        for other in _undirected_neighbours(graph, node):
            if other in allowed and other not in seen:
                seen.add(other)
                frontier.append((other, hops + 1))
    return seen


def _undirected_neighbours(graph, node: str) -> set[str]:
    """Successors and predecessors of a node."""
    if graph.is_directed():
        return set(graph.successors(node)) | set(graph.predecessors(node))
    return set(graph.neighbors(node))


def most_connected(graph, nodes: set[str], limit: int | None, keep: set[str]) -> set[str]:
    """At most ``limit`` of ``nodes``: those in ``keep``, then the highest degree."""
    if limit is None or len(nodes) <= limit:
        return set(nodes)
    degree = dict(graph.subgraph(nodes).degree())
    ranked = sorted(nodes, key=lambda n: (n not in keep, -degree[n], str(n)))
    return set(ranked[:limit])


# --- vis-network data via pyvis ----------------------------------------------------

def page_data(sub, title: str, nodes_omitted: int, edges_omitted: int,
              max_nodes: int | None) -> dict:
    """Everything the page script needs, as one JSON-ready dict."""
    nodes, edges, options = vis_network(sub)
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "types": type_legend(sub),
        "predicates": {name: style["zh"] for name, style in PREDICATE_STYLES.items()},
        "documents": sorted({d for n in nodes for d in n["documents"]}
                            | {e["document"] for e in edges if e["document"]}),
        "years": sorted({y for n in nodes for y in n["years"] if y is not None}
                        | {e["year"] for e in edges if e["year"] is not None}),
        "omitted": {"nodes": nodes_omitted, "edges": edges_omitted, "maxNodes": max_nodes},
    }


def vis_network(sub) -> tuple[list[dict], list[dict], dict]:
    """Node records, edge records and options from a pyvis ``Network``."""
    from pyvis.network import Network

    net = Network(directed=True)
    degree = dict(sub.degree())
    for node, attrs in sub.nodes(data=True):
        net.add_node(node, **node_record(node, attrs, degree[node]))
    labels = {n: str(attrs.get("label") or n) for n, attrs in sub.nodes(data=True)}
    for index, (u, v, key, attrs) in enumerate(sub.edges(keys=True, data=True)):
        net.add_edge(u, v, **edge_record(index, key, attrs, labels[u], labels[v]))
    set_parallel_curves(net.edges)
    net.barnes_hut(gravity=-6000, central_gravity=0.3, spring_length=140,
                   spring_strength=0.02, damping=0.2)
    options = deep_merge(json.loads(net.options.to_json()),
                         vis_options(len(net.nodes), len(net.edges)))
    return _plain(net.nodes), _plain(net.edges), options


def node_record(node: str, attrs: dict, degree: int) -> dict:
    """The vis options and explorer fields of one node (pyvis ``add_node`` kwargs)."""
    kind = attrs.get("type") or "Unknown"
    style = TYPE_STYLES.get(kind, UNKNOWN_TYPE)
    label = str(attrs.get("label") or node)
    return {
        "label": label,
        "color": style["colour"],
        "title": f"{label}\n{style['zh']} {kind}",
        "value": degree,
        "type": kind,
        "aliases": list(attrs.get("aliases") or []),
        "documents": list(attrs.get("documents") or []),
        "years": list(attrs.get("years") or []),
        "mentions": list(attrs.get("mentions") or []),
        "measures": list(attrs.get("measures") or []),
        "glossary": attrs.get("glossary"),
        "confidence": attrs.get("confidence"),
    }


def edge_record(index: int, key, attrs: dict, source: str, target: str) -> dict:
    """The vis options and explorer fields of one edge (pyvis ``add_edge`` kwargs)."""
    predicate = str(attrs.get("predicate") or key)
    style = PREDICATE_STYLES.get(predicate, UNKNOWN_PREDICATE)
    record = {
        "id": f"e{index}",
        "predicate": predicate,
        "title": edge_title(predicate, attrs, source, target),
        "color": {"color": style["colour"], "opacity": 0.7},
        "dashes": not style["directed"],
        "evidence": attrs.get("evidence"),
        "section": attrs.get("section"),
        "document": attrs.get("document"),
        "year": attrs.get("year"),
        "confidence": attrs.get("confidence"),
    }
    if not style["directed"]:
        record["arrows"] = {"to": {"enabled": False}}
    return record


def edge_title(predicate: str, attrs: dict, source: str, target: str) -> str:
    """The plain-text hover text of an edge: relation, ends, evidence, source.

    >>> edge_title("partOf", {"evidence": "甲是乙的一部分。"}, "甲", "乙")
    '属于 partOf\\n甲 → 乙\\n“甲是乙的一部分。”'
    """
    zh = PREDICATE_STYLES.get(predicate, UNKNOWN_PREDICATE)["zh"]
    lines = [f"{zh} {predicate}", f"{source} → {target}"]
    if attrs.get("evidence"):
        lines.append(f"“{attrs['evidence']}”")
    where = " · ".join(str(attrs[k]) for k in ("section", "document", "year")
                       if attrs.get(k) not in (None, ""))
    if where:
        lines.append(where)
    return "\n".join(lines)


def set_parallel_curves(edges: list[dict]) -> None:
    """Bend the 2nd, 3rd… edge between the same two nodes so none hides another."""
    seen: Counter = Counter()
    for edge in edges:
        pair = frozenset((edge["from"], edge["to"]))
        if seen[pair]:
            edge["smooth"] = {"enabled": True, "type": "curvedCW",
                              "roundness": 0.15 * seen[pair]}
        seen[pair] += 1


def vis_options(n_nodes: int, n_edges: int) -> dict:
    """vis-network options: bounded stabilisation, hover tooltips, CJK font."""
    big = n_nodes > 1000 or n_edges > 2000
    return {
        "autoResize": True,
        "nodes": {"shape": "dot", "font": {"face": FONT_STACK, "size": 14},
                  "scaling": {"min": 8, "max": 32, "label": {"enabled": False}}},
        "edges": {"smooth": {"enabled": False}, "width": 1, "color": {"inherit": False},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "interaction": {"hover": True, "tooltipDelay": 120,
                        "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": {
            "barnesHut": {"theta": 0.5 if n_nodes <= 300 else 0.9},
            "stabilization": {"enabled": True, "fit": True, "updateInterval": 25,
                              "iterations": stabilisation_iterations(n_nodes)},
        },
    }


def stabilisation_iterations(n_nodes: int) -> int:
    """Fewer physics iterations for bigger graphs, so any page settles in about 2 s.

    One iteration costs vis-network about 6 ms at 300–600 nodes and 40 ms at 3000
    (headless Chromium, one core); see bench/bench_html.py.

    >>> [stabilisation_iterations(n) for n in (10, 600, 1500, 3000)]
    [250, 200, 80, 40]
    """
    return max(40, min(250, 120_000 // max(n_nodes, 1)))


def type_legend(sub) -> list[dict]:
    """Legend entries: every known type, then any other type found, with counts."""
    counts = Counter(attrs.get("type") or "Unknown" for _, attrs in sub.nodes(data=True))
    names = list(TYPE_STYLES) + sorted(set(counts) - set(TYPE_STYLES))
    return [{"name": name, "count": counts.get(name, 0),
             **TYPE_STYLES.get(name, UNKNOWN_TYPE)} for name in names]


def deep_merge(base: dict, extra: dict) -> dict:
    """``base`` updated by ``extra``, nested dicts merged key by key.

    >>> deep_merge({"a": {"b": 1, "c": 2}}, {"a": {"c": 3}})
    {'a': {'b': 1, 'c': 3}}
    """
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            value = deep_merge(merged[key], value)
        merged[key] = value
    return merged


def _plain(value):
    """A JSON-safe copy: tuples/sets as lists, NaN/inf as None, odd objects as str."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


# --- the page ----------------------------------------------------------------------

def script_json(data) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/9.

    >>> script_json({"s": "</script>"})
    '{"s": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    for char, escape in JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def vis_assets() -> tuple[str, str]:
    """The vis-network JS and CSS shipped inside the pyvis package."""
    import pyvis

    folder = Path(pyvis.__file__).parent.joinpath(*VIS_DIR)
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    js = re.sub(r"^//# sourceMappingURL=\S*\s*$", "", js, flags=re.MULTILINE)
    return js, (folder / "vis-network.css").read_text(encoding="utf-8")


def template_texts() -> dict[str, str]:
    """The explorer's own HTML, JS and CSS from ``kg/templates``."""
    from importlib.resources import files

    folder = files("kg").joinpath("templates")
    return {name: folder.joinpath(name).read_text(encoding="utf-8") for name in TEMPLATE_FILES}


def fill_template(title: str, data: dict) -> str:
    """The complete page: template + inlined assets + embedded data."""
    import jinja2

    texts = template_texts()
    vis_js, vis_css = vis_assets()
    scripts = [_inline_safe(vis_js), _inline_safe(texts["explorer.js"])]
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(texts["explorer.html"]).render(
        title=title,
        styles=_markup(vis_css + "\n" + texts["explorer.css"]),
        scripts=[_markup(s) for s in scripts],
        script_hashes=" ".join(_csp_hash(s) for s in scripts),
        data=_markup(script_json(data)),
    )


def _markup(text: str):
    """Mark trusted text (our own assets, escaped JSON) as not to be HTML-escaped."""
    from markupsafe import Markup

    return Markup(text)


def _inline_safe(script: str) -> str:
    """A script that cannot close its own ``<script>`` element early."""
    return script.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# --- writing -----------------------------------------------------------------------

def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (kg.output); OutputError, one line, when
    the folder is missing or not writable or ``path`` is a folder."""
    from .output import write_text

    if path.is_dir():
        raise OutputError(f"{path}: is a directory, not an HTML file path")
    write_text(path, text)


