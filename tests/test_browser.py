"""The HTML explorer in a real headless Chromium (the system one, never a download).

Every test page is watched: any request that is not file:// is aborted and fails
the test, as does a console error, an uncaught exception or a dialog (alert).
The page has a Content-Security-Policy without 'unsafe-eval', so every JavaScript
passed to Playwright here is a function ("() => …"), never a bare expression.
"""
from __future__ import annotations

import importlib
import os
import random
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.render import render_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EX = "https://example.org/kg/"
HOSTILE_LABEL = "<img src=x onerror=alert(1)>创新券"
HOSTILE_SENTENCE = "区科技局发放“创新券”<script>alert(1)</script>，支持\"小微\"企业'研发'</script>。"

REQUIRED = os.environ.get("KG_REQUIRE_BROWSER") == "1"   # CI: no browser is a failure, not a skip
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not REQUIRED and not CHROMIUM.exists(),
                       reason="needs the system Chromium at /usr/bin/chromium"),
]
sync_api = (importlib.import_module("playwright.sync_api") if REQUIRED
            else pytest.importorskip("playwright.sync_api", reason="needs the playwright package"))


# --- the sample graph ----------------------------------------------------------

def mention(sentence, section, document="shahekou-2015"):
    """A mention record as the extraction stage writes it."""
    return {"document": document, "section": section, "sentence": sentence, "start": 0, "end": 4}


NODES = [
    ("fgj", "区发展改革局", "Department", ["发改局"], "shahekou-2015", 2015),
    ("kjj", "区科技局", "Department", [], "shahekou-2015", 2015),
    ("port", "大连港集团", "Organization", ["大连港"], "shahekou-2014", 2014),
    ("dut", "大连理工大学", "Organization", ["大工"], "shahekou-2014", 2014),
    ("mic", "小微企业扶持计划", "Program", [], "shahekou-2015", 2015),
    ("coupon", HOSTILE_LABEL, "Program", ["创新券"], "shahekou-2015", 2015),
    ("tunnel", "西部通道工程", "Project", [], "shahekou-2014", 2014),
    ("oldhouse", "老旧小区改造工程", "Project", [], "shahekou-2015", 2015),
    ("dalian", "大连市", "Place", [], "shahekou-2014", 2014),
    ("shk", "沙河口区", "Place", ["沙区"], "shahekou-2015", 2015),
    ("reform", "简政放权", "Measure", [], "shahekou-2015", 2015),
    ("innov", "创新驱动发展", "Measure", [], "shahekou-2014", 2014),
]
EDGES = [
    ("shk", "dalian", "locatedIn", "沙河口区位于大连市中心城区。"),
    ("tunnel", "shk", "locatedIn", "西部通道工程在沙河口区境内全线贯通。"),
    ("fgj", "mic", "responsibleFor", "区发展改革局牵头实施小微企业扶持计划。"),
    ("fgj", "mic", "coMention", "区发展改革局、小微企业扶持计划同句出现。"),
    ("kjj", "coupon", "responsibleFor", HOSTILE_SENTENCE),
    ("oldhouse", "reform", "partOf", "老旧小区改造工程纳入简政放权试点。"),
    ("dut", "innov", "participatesIn", "大连理工大学参与创新驱动发展战略。"),
    ("port", "dalian", "awarded", "大连港集团获评大连市“文明单位”称号。"),
    ("kjj", "innov", "coMention", "区科技局推进创新驱动发展。"),
    ("fgj", "shk", "locatedIn", "区发展改革局设在沙河口区。"),
]


def sample_graph() -> nx.MultiDiGraph:
    """A dozen nodes of all six types with Chinese labels and hostile text."""
    g = nx.MultiDiGraph()
    for key, label, kind, aliases, doc, year in NODES:
        sentence = HOSTILE_SENTENCE if key == "coupon" else f"{label}取得新进展。"
        g.add_node(EX + key, label=label, type=kind, aliases=aliases, documents=[doc],
                   years=[year], glossary=None, confidence=0.9,
                   mentions=[mention(sentence, f"{year}年政府工作回顾 / 一、… / 产业结构持续优化", doc)],
                   measures=[{"indicator": "投资额", "value": 12.5, "unit": "亿元", "year": year,
                              "kind": "actual", "evidence": sentence}] if kind == "Project" else [])
    for u, v, predicate, evidence in EDGES:
        g.add_edge(EX + u, EX + v, key=predicate, predicate=predicate, evidence=evidence,
                   section="2015年工作安排", document="shahekou-2015", year=2015, confidence=0.8)
    return g


def big_graph(n_nodes=3000, n_edges=6000, seed=7) -> nx.MultiDiGraph:
    """A random graph with a few hubs, of the size of all sample reports together."""
    rnd = random.Random(seed)
    kinds = ["Department", "Organization", "Program", "Project", "Place", "Measure"]
    g = nx.MultiDiGraph()
    for i in range(n_nodes):
        g.add_node(f"{EX}n{i}", label=f"实体{i}", type=kinds[i % 6], aliases=[],
                   documents=[f"doc{i % 6}"], years=[2014 + i % 6], mentions=[],
                   measures=[], glossary=None, confidence=0.5)
    for i in range(n_edges):
        u, v = rnd.randrange(n_nodes), int(rnd.paretovariate(1.1)) % n_nodes
        g.add_edge(f"{EX}n{u}", f"{EX}n{v}", key=f"coMention{i}", predicate="coMention",
                   evidence="同句。", section="s", document="doc0", year=2015, confidence=0.5)
    return g


# --- browser fixtures ------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    """One system Chromium for the module."""
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Watch:
    """What a page did that it must not: errors, dialogs, requests off the machine."""

    def __init__(self):
        self.errors, self.dialogs, self.outside = [], [], []

    def route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self):
        assert self.errors == [], "console errors or uncaught exceptions"
        assert self.dialogs == [], "a dialog opened: report text was run as code"
        assert self.outside == [], "the page made requests outside file://"


@pytest.fixture
def open_page(browser, tmp_path):
    """Open a rendered graph and wait until its layout has settled; check the Watch after."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    watch = Watch()
    context.route("**/*", watch.route)

    def opener(graph, timeout=60, **options):
        path = tmp_path / "kg.html"
        render_html(graph, path, **options)
        page = context.new_page()
        page.on("console", watch.console)
        page.on("pageerror", lambda error: watch.errors.append(str(error)))
        page.on("dialog", watch.dialog)
        page.goto(path.as_uri())
        wait_until(page, "() => document.documentElement.dataset.kgState === 'settled'", timeout)
        return page

    yield opener
    context.close()
    watch.check()


def wait_until(page, predicate: str, timeout: float = 10):
    """Poll a JS predicate (a function: the page's CSP forbids eval)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate):
        assert time.monotonic() < deadline, f"timed out waiting for {predicate}"
        time.sleep(0.05)


TOOLTIP_SHOWN = """() => {
    const tip = document.querySelector('div.vis-tooltip');
    return tip !== null && getComputedStyle(tip).visibility === 'visible';
}"""


def node_point(page, node_id):
    """The page coordinates of a node's centre, zoomed in on it first so that no edge
    lies over the point (a click there would select the edge). Waits until the canvas
    really has the node under that point: the layout can still settle after focus."""
    return page.wait_for_function("""(id) => {
        kgNetwork.focus(id, {scale: 2.5, animation: false});
        const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
        if (kgNetwork.getNodeAt(p) !== id) return false;
        const box = document.getElementById('graph').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", arg=node_id, timeout=5000).json_value()


def visible_ids(page):
    """Ids of the nodes vis-network currently draws."""
    return set(page.evaluate("() => kgNetwork.body.nodeIndices.slice()"))


# --- tests -----------------------------------------------------------------------

def test_graph_draws_every_node_and_edge(open_page):
    page = open_page(sample_graph())
    counts = page.evaluate("""() => [kgNetwork.body.data.nodes.length, kgNetwork.body.nodeIndices.length,
                                     kgNetwork.body.data.edges.length, kgNetwork.physics.physicsEnabled]""")
    assert counts == [len(NODES), len(NODES), len(EDGES), False]
    assert page.title() == "govkg"
    assert page.locator("#legend button").count() == 6


def test_search_by_label_and_alias_selects_and_focuses(open_page):
    page = open_page(sample_graph())
    page.fill("#search", "大连理工")
    page.press("#search", "Enter")
    assert page.evaluate("() => kgNetwork.getSelectedNodes()") == [EX + "dut"]
    assert page.locator("#panel h2").text_content() == "大连理工大学"
    page.fill("#search", "沙区")  # an alias
    assert page.locator("#search-results button").first.text_content() == "沙河口区"
    page.locator("#search-results button").first.click()
    assert page.evaluate("() => kgNetwork.getSelectedNodes()") == [EX + "shk"]
    wait_until(page, "() => Math.abs(kgNetwork.getScale() - 1.4) < 0.01", 5)


def test_click_node_shows_mentions_with_section_and_document(open_page):
    page = open_page(sample_graph())
    x, y = node_point(page, EX + "tunnel")
    page.mouse.click(x, y)
    panel = page.locator("#panel")
    assert panel.is_visible()
    text = panel.text_content()
    assert "西部通道工程取得新进展。" in text
    assert "2014年政府工作回顾 / 一、… / 产业结构持续优化 · shahekou-2014" in text
    assert "投资额" in text and "12.5 亿元" in text  # measures
    assert "西部通道工程在沙河口区境内全线贯通。" in text  # relation evidence
    assert "项目 Project" in text


def test_hostile_report_text_shows_as_text(open_page):
    page = open_page(sample_graph())
    page.mouse.move(*node_point(page, EX + "coupon"))
    wait_until(page, TOOLTIP_SHOWN)
    assert HOSTILE_LABEL in page.locator("div.vis-tooltip").text_content()
    page.fill("#search", "创新券")
    page.press("#search", "Enter")
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == HOSTILE_LABEL
    assert HOSTILE_SENTENCE in panel.text_content()
    assert page.evaluate("() => document.querySelectorAll('img, #panel script').length") == 0


def test_hover_edge_shows_relation_and_evidence(open_page):
    page = open_page(sample_graph())
    point = page.evaluate("""() => {
        const box = document.getElementById('graph').getBoundingClientRect();
        for (const edge of kgNetwork.body.data.edges.get()) {
            const p = kgNetwork.getPositions([edge.from, edge.to]);
            const mid = kgNetwork.canvasToDOM({x: (p[edge.from].x + p[edge.to].x) / 2,
                                               y: (p[edge.from].y + p[edge.to].y) / 2});
            if (kgNetwork.getEdgeAt(mid) === edge.id && kgNetwork.getNodeAt(mid) === undefined)
                return {id: edge.id, x: box.left + mid.x, y: box.top + mid.y};
        }
        return null;
    }""")
    assert point, "no edge midpoint is free of other edges and nodes"
    edge = page.evaluate("(id) => kgNetwork.body.data.edges.get(id)", point["id"])
    page.mouse.move(point["x"] - 2, point["y"] - 2)
    page.mouse.move(point["x"], point["y"])
    wait_until(page, TOOLTIP_SHOWN)
    tooltip = page.locator("div.vis-tooltip")
    assert edge["predicate"] in tooltip.text_content()
    assert edge["evidence"] in tooltip.text_content()
    # plain text (innerText turns its line breaks into <br>), no element from the data
    assert page.evaluate("""() => [...document.querySelector('div.vis-tooltip').children]
                                  .every((child) => child.tagName === 'BR')""")


def test_legend_toggle_hides_and_shows_a_type(open_page):
    page = open_page(sample_graph())
    places = {EX + "dalian", EX + "shk"}
    button = page.locator('#legend button[data-type="Place"]')
    button.click()
    wait_until(page, "() => kgNetwork.body.nodeIndices.length === 10")
    assert not places & visible_ids(page)
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    wait_until(page, "() => kgNetwork.body.nodeIndices.length === 12")
    assert places <= visible_ids(page)


def test_document_and_year_filters(open_page):
    page = open_page(sample_graph())
    page.select_option("#filter-document", "shahekou-2014")
    wanted = {EX + key for key, *_, doc, _ in NODES if doc == "shahekou-2014"}
    wait_until(page, f"() => kgNetwork.body.nodeIndices.length === {len(wanted)}")
    assert visible_ids(page) == wanted
    page.select_option("#filter-document", "")
    page.select_option("#filter-year", "2015")
    wanted = {EX + key for key, *_, year in NODES if year == 2015}
    wait_until(page, f"() => kgNetwork.body.nodeIndices.length === {len(wanted)}")
    assert visible_ids(page) == wanted


def test_omitted_part_is_announced(open_page):
    page = open_page(sample_graph(), max_nodes=5)
    assert page.evaluate("() => kgNetwork.body.data.nodes.length") == 5
    notice = page.locator("#omitted")
    assert notice.is_visible()
    assert "另有 7 个节点" in notice.text_content()


def test_large_graph_settles_with_physics_off(open_page):
    graph = big_graph()
    page = open_page(graph, timeout=120, max_nodes=None)
    counts = page.evaluate("""() => [kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length,
                                     kgNetwork.physics.physicsEnabled]""")
    assert counts == [3000, 6000, False]
