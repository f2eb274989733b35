"""How long the HTML explorer takes to open and settle in headless Chromium.

Builds a random graph of the size of all six sample reports together (~3000 nodes),
renders it with ``kg.render.render_html`` and opens it in the system Chromium,
timing navigation start → layout settled (physics off). For comparison it opens
the same graph as a plain pyvis ``Network.write_html`` page (physics on, pyvis's
defaults) and the explorer page of a 300-node graph. Prints figures, asserts
nothing. Requests outside file:// (pyvis's page asks CDNs for Bootstrap) are aborted.

    python bench/bench_html.py                 # 3000 nodes, 6000 edges
    python bench/bench_html.py --nodes 1500 --timeout 60
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
KINDS = ["Department", "Organization", "Program", "Project", "Place", "Measure"]


def random_graph(n_nodes: int, n_edges: int, seed: int = 7):
    """A graph with report-like attributes and a few hubs (Pareto-chosen targets)."""
    import networkx as nx

    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n_nodes):
        doc, year = f"report-{i % 6}", 2014 + i % 6
        sentence = f"实体{i}在{year}年取得新进展，完成投资{i % 97}亿元，带动就业{i % 13}万人。"
        g.add_node(f"kg:n{i}", label=f"实体{i}", type=KINDS[i % 6], aliases=[f"别名{i}"],
                   documents=[doc], years=[year], glossary=None, confidence=0.8,
                   mentions=[{"document": doc, "section": f"{year}年政府工作回顾 / 一、…",
                              "sentence": sentence, "start": 0, "end": 4}], measures=[])
    for i in range(n_edges):
        u, v = rnd.randrange(n_nodes), int(rnd.paretovariate(1.1)) % n_nodes
        predicate = "coMention" if i % 3 else "partOf"
        g.add_edge(f"kg:n{u}", f"kg:n{v}", key=f"{predicate}{i}", predicate=predicate,
                   evidence=f"实体{u}与实体{v}同句出现。", section="s", document="report-0",
                   year=2015, confidence=0.5)
    return g


def pyvis_page(graph, path: Path) -> None:
    """The plain pyvis page of a graph: pyvis template, default physics."""
    import networkx as nx
    from pyvis.network import Network

    simple = nx.DiGraph()
    simple.add_nodes_from((n, {"label": a["label"], "group": a["type"]}) for n, a in graph.nodes(data=True))
    simple.add_edges_from((u, v, {"title": a["evidence"]}) for u, v, a in graph.edges(data=True))
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(simple)
    net.write_html(str(path))


def open_and_settle(browser, path: Path, done: str, timeout: float) -> dict:
    """Open a page; return ms from navigation start to ``done`` (a JS function)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    start = time.monotonic()
    page.goto(path.as_uri(), wait_until="commit")
    while True:
        settled_at = page.evaluate(done)  # waits while the page's main thread is busy
        if settled_at is not None or time.monotonic() - start > timeout:
            break
        time.sleep(0.05)
    page.close()
    return {"ms": settled_at, "wall": time.monotonic() - start}


EXPLORER_DONE = "() => window.kg && kg.state.settled ? kg.state.settledAt : null"
PYVIS_DONE = """() => {
    if (typeof network === 'undefined' || !network) return null;
    if (!window.__bench) {
        window.__bench = {};
        network.once('stabilizationIterationsDone', () => { window.__bench.done = performance.now(); });
    }
    return window.__bench.done === undefined ? null : Math.round(window.__bench.done);
}"""


def explorer_case(browser, folder: Path, graph, name: str, timeout: float, **options) -> dict:
    """Render with kg.render and time the settle."""
    from kg.render import render_html

    start = time.monotonic()
    result = render_html(graph, folder / f"{name}.html", **options)
    seconds = time.monotonic() - start
    timing = open_and_settle(browser, result.path, EXPLORER_DONE, timeout)
    return {"name": name, "nodes": result.nodes_shown, "edges": result.edges_shown,
            "render_s": seconds, "size_mb": result.path.stat().st_size / 1e6, **timing}


def pyvis_case(browser, folder: Path, graph, name: str, timeout: float) -> dict:
    """Write the plain pyvis page and time its stabilisation."""
    path = folder / f"{name}.html"
    start = time.monotonic()
    pyvis_page(graph, path)
    seconds = time.monotonic() - start
    timing = open_and_settle(browser, path, PYVIS_DONE, timeout)
    return {"name": name, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "render_s": seconds, "size_mb": path.stat().st_size / 1e6, **timing}


def row(case: dict, timeout: float) -> str:
    """One line of the report."""
    settle = f"{case['ms'] / 1000:7.2f} s" if case["ms"] is not None else f"> {timeout:.0f} s"
    return (f"{case['name']:<28} {case['nodes']:>6} {case['edges']:>6} {case['render_s']:>8.2f} s "
            f"{case['size_mb']:>6.1f} MB {settle:>10}")


def main() -> None:
    """Run the cases and print a table and the ratio explorer/pyvis."""
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=3000)
    parser.add_argument("--edges", type=int, default=6000)
    parser.add_argument("--timeout", type=float, default=120, help="give up on a page after this many s")
    args = parser.parse_args()
    big, small = random_graph(args.nodes, args.edges), random_graph(300, 600)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        folder = Path(tmp)
        cases = [
            explorer_case(browser, folder, big, "explorer, all nodes", args.timeout, max_nodes=None),
            explorer_case(browser, folder, big, "explorer, max_nodes=600", args.timeout),
            explorer_case(browser, folder, small, "explorer, 300 nodes", args.timeout),
            pyvis_case(browser, folder, big, "plain pyvis, physics on", args.timeout),
            pyvis_case(browser, folder, small, "plain pyvis, 300 nodes", args.timeout),
        ]
        browser.close()
    print(f"{'page':<28} {'nodes':>6} {'edges':>6} {'python':>10} {'size':>9} {'settled':>10}")
    for case in cases:
        print(row(case, args.timeout))
    for ours, theirs in ((cases[0], cases[3]), (cases[2], cases[4])):
        print(ratio(ours, theirs, args.timeout))


def ratio(ours: dict, theirs: dict, timeout: float) -> str:
    """How many times longer plain pyvis takes to settle than the explorer."""
    what = f"plain pyvis / explorer at {ours['nodes']} nodes:"
    if ours["ms"] is None:
        return f"{what} the explorer did not settle within {timeout:.0f} s"
    if theirs["ms"] is None:
        return f"{what} more than {timeout * 1000 / ours['ms']:.0f}x (pyvis did not settle)"
    return f"{what} {theirs['ms'] / ours['ms']:.1f}x"


if __name__ == "__main__":
    main()
