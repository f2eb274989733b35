/* govkg explorer (plain ES2017, no framework).
 * Data comes from the JSON block #kg-data. Report text is data: it is only ever
 * put on the page through textContent, never through innerHTML.
 * For tests: window.kgNetwork (the vis Network) and window.kg (helpers).
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const typeInfo = new Map(data.types.map((t) => [t.name, t]));
  const state = { hiddenTypes: new Set(), document: "", year: "", settled: false };
  const $ = (id) => document.getElementById(id);

  /** An element with optional text (as textContent) and class. */
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  /** A small coloured badge naming a node type. */
  function typeBadge(type) {
    const info = typeInfo.get(type) || { zh: type, colour: "#7f7f7f" };
    const badge = el("span", info.zh + " " + type, "badge");
    badge.style.background = info.colour;
    return badge;
  }

  // --- network and settling --------------------------------------------------------

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, data.options);

  /** Stop physics once the layout has stabilised; mark the page as settled. */
  function settle() {
    if (state.settled) return;
    network.setOptions({ physics: { enabled: false } });
    state.settled = true;
    state.settledAt = Math.round(performance.now());
    document.documentElement.dataset.kgState = "settled";
    $("status").textContent = "";
  }

  network.on("stabilizationProgress", (p) => {
    $("status").textContent = "正在布局… " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (data.nodes.length === 0) {
    settle();
    $("status").textContent = "没有可显示的节点";
  }

  // --- filters: legend types, document, year ---------------------------------------

  function nodeVisible(n) {
    return !state.hiddenTypes.has(n.type) &&
      (!state.document || n.documents.includes(state.document)) &&
      (!state.year || n.years.includes(Number(state.year)));
  }

  function edgeVisible(e, shown) {
    return shown.has(e.from) && shown.has(e.to) &&
      (!state.document || e.document === state.document) &&
      (!state.year || e.year === Number(state.year));
  }

  /** Show or hide every node and edge according to the current filters. */
  function applyFilters() {
    const shown = new Set(data.nodes.filter(nodeVisible).map((n) => n.id));
    nodes.update(data.nodes.map((n) => ({ id: n.id, hidden: !shown.has(n.id) })));
    edges.update(data.edges.map((e) => ({ id: e.id, hidden: !edgeVisible(e, shown) })));
    $("counts").textContent = "显示 " + shown.size + " / " + data.nodes.length + " 个节点";
  }

  function buildLegend() {
    const legend = $("legend");
    for (const type of data.types) {
      if (!type.count) continue;
      const button = el("button", null);
      button.type = "button";
      button.dataset.type = type.name;
      button.setAttribute("aria-pressed", "true");
      const swatch = el("span", null, "swatch");
      swatch.style.background = type.colour;
      button.append(swatch, el("span", type.zh + " " + type.name + " (" + type.count + ")"));
      button.addEventListener("click", () => toggleType(type.name, button));
      legend.append(button);
    }
  }

  function toggleType(name, button) {
    const hide = !state.hiddenTypes.has(name);
    if (hide) state.hiddenTypes.add(name); else state.hiddenTypes.delete(name);
    button.setAttribute("aria-pressed", String(!hide));
    applyFilters();
  }

  /** Fill a <select> with "all" plus the given values; update state on change. */
  function buildSelect(select, values, allLabel, key) {
    select.append(new Option(allLabel, ""));
    for (const value of values) select.append(new Option(String(value), String(value)));
    select.addEventListener("change", () => { state[key] = select.value; applyFilters(); });
  }

  function resetFilters() {
    state.hiddenTypes.clear();
    state.document = state.year = "";
    $("filter-document").value = $("filter-year").value = "";
    for (const b of $("legend").querySelectorAll("button")) b.setAttribute("aria-pressed", "true");
    applyFilters();
  }

  // --- search ---------------------------------------------------------------------

  /** 0 exact, 1 prefix, 2 substring, 3 no match. */
  function rank(name, query) {
    const n = String(name).toLowerCase();
    return n === query ? 0 : n.startsWith(query) ? 1 : n.includes(query) ? 2 : 3;
  }

  /** Nodes whose label or an alias contains the query, best first. */
  function search(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const hits = [];
    for (const n of data.nodes) {
      const score = Math.min(...[n.label].concat(n.aliases).map((s) => rank(s, q)));
      if (score < 3) hits.push({ score: score, node: n });
    }
    hits.sort((a, b) => a.score - b.score || a.node.label.length - b.node.label.length);
    return hits.map((h) => h.node);
  }

  function showResults(found) {
    const list = $("search-results");
    list.replaceChildren();
    for (const n of found.slice(0, 10)) {
      const item = el("li");
      const button = el("button", n.label);
      button.type = "button";
      button.title = n.type;
      button.addEventListener("click", () => { selectNode(n.id); list.replaceChildren(); });
      item.append(button);
      list.append(item);
    }
  }

  /** Select a node, bring it into view and open its panel. */
  function selectNode(id) {
    if (!byId.has(id)) return;
    if (nodes.get(id).hidden) resetFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }

  function setupSearch() {
    const input = $("search");
    input.addEventListener("input", () => showResults(search(input.value)));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape") $("search-results").replaceChildren();
      if (event.key !== "Enter") return;
      const found = search(input.value);
      $("status").textContent = found.length ? "" : "未找到：" + input.value;
      if (found.length) selectNode(found[0].id);
      $("search-results").replaceChildren();
    });
  }

  // --- side panel -----------------------------------------------------------------

  /** A sentence with the first occurrence of any of the names highlighted. */
  function sentence(text, names) {
    const p = el("p", null, "sentence");
    const s = String(text || "");
    const name = names.find((x) => x && s.includes(x));
    if (!name) { p.textContent = s; return p; }
    const at = s.indexOf(name);
    p.append(s.slice(0, at), el("mark", name), s.slice(at + name.length));
    return p;
  }

  function source(parts) {
    return el("div", parts.filter((x) => x !== null && x !== undefined && x !== "").join(" · "), "source");
  }

  function facts(pairs) {
    const dl = el("dl");
    for (const [key, value] of pairs) {
      if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) continue;
      dl.append(el("dt", key), el("dd", Array.isArray(value) ? value.join("、") : value));
    }
    return dl;
  }

  function measuresTable(measures) {
    const table = el("table", null, "measures");
    const head = el("tr");
    for (const h of ["指标", "数值", "年份", "类别"]) head.append(el("th", h));
    table.append(head);
    for (const m of measures) {
      const row = el("tr");
      const value = [m.value, m.unit].filter((x) => x !== null && x !== undefined).join(" ");
      row.append(el("td", m.indicator), el("td", value), el("td", m.year), el("td", m.kind));
      row.title = m.evidence || "";
      table.append(row);
    }
    return table;
  }

  function mentionList(n) {
    const list = el("ol");
    for (const m of n.mentions) {
      const item = el("li");
      item.append(sentence(m.sentence, [n.label].concat(n.aliases)), source([m.section, m.document]));
      list.append(item);
    }
    return list;
  }

  function relationList(id) {
    const list = el("ol");
    for (const e of edges.get({ filter: (x) => x.from === id || x.to === id })) {
      const other = byId.get(e.from === id ? e.to : e.from);
      const item = el("li");
      const link = el("button", other.label, "link");
      link.type = "button";
      link.addEventListener("click", () => selectNode(other.id));
      const arrow = e.from === id ? " → " : " ← ";
      item.append(el("span", (data.predicates[e.predicate] || e.predicate) + arrow), link,
        sentence(e.evidence, [other.label]), source([e.section, e.document, e.year]));
      list.append(item);
    }
    return list;
  }

  function openPanel(children) {
    $("panel-body").replaceChildren(...children);
    $("panel").hidden = false;
  }

  function showNode(id) {
    const n = byId.get(id);
    const parts = [el("h2", n.label), typeBadge(n.type), facts([
      ["IRI", n.id], ["别名", n.aliases], ["文件", n.documents], ["年份", n.years],
      ["名词解释", n.glossary], ["置信度", n.confidence],
    ])];
    if (n.measures.length) parts.push(el("h3", "指标 (" + n.measures.length + ")"), measuresTable(n.measures));
    parts.push(el("h3", "提及的句子 (" + n.mentions.length + ")"), mentionList(n));
    parts.push(el("h3", "关系"), relationList(id));
    openPanel(parts);
  }

  function showEdge(id) {
    const e = edges.get(id);
    const from = byId.get(e.from), to = byId.get(e.to);
    openPanel([
      el("h2", (data.predicates[e.predicate] || e.predicate) + " " + e.predicate),
      el("p", from.label + " → " + to.label),
      sentence(e.evidence, [from.label, to.label]),
      source([e.section, e.document, e.year]),
    ]);
  }

  function closePanel() {
    $("panel").hidden = true;
    network.unselectAll();
  }

  // --- start ----------------------------------------------------------------------

  function showOmitted() {
    const o = data.omitted;
    if (!o.nodes && !o.edges) return;
    $("omitted").textContent = "图太大：只显示连接最多的 " + data.nodes.length + " 个节点（上限 " +
      o.maxNodes + "），另有 " + o.nodes + " 个节点、" + o.edges + " 条关系未显示。可按焦点或类型缩小范围。";
    $("omitted").hidden = false;
  }

  network.on("click", (p) => {
    $("search-results").replaceChildren();
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  $("panel-close").addEventListener("click", closePanel);
  $("fit").addEventListener("click", () => network.fit({ animation: { duration: 300 } }));
  buildLegend();
  buildSelect($("filter-document"), data.documents, "全部文件", "document");
  buildSelect($("filter-year"), data.years, "全部年份", "year");
  setupSearch();
  showOmitted();
  $("counts").textContent = "显示 " + data.nodes.length + " 个节点";

  window.kgNetwork = network;
  window.kg = {
    network: network, nodes: nodes, edges: edges, state: state, data: data,
    search: search, selectNode: selectNode, applyFilters: applyFilters,
    visibleNodeIds: () => nodes.getIds({ filter: (n) => !n.hidden }),
  };
})();
