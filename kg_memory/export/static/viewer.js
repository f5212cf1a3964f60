/* kg-memory graph viewer: draws the JSON in #kgmem-data with Cytoscape.js. No network access. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kgmem-data").textContent);
  var nodes = data.nodes, edges = data.edges;
  var big = nodes.length > 300;
  var byNode = nodes.map(function () { return []; });   // node index -> indices of its facts
  edges.forEach(function (e, i) { byNode[e.source].push(i); if (e.target !== e.source) byNode[e.target].push(i); });

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function isHistory(e) { return e.current === false || !!e.valid_to; }
  function colour(type) { return data.types[type] || "#9c755f"; }
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase(); }
  function day(iso) {  /* "2024-05-01T10:00:00+00:00" -> "2024-05-01 10:00 UTC" */
    if (!iso) return "";
    var m = /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.exec(String(iso));
    if (!m) return String(iso);
    var zone = !m[3] ? "" : (m[3] === "Z" || /^[+-]00:?00$/.test(m[3])) ? " UTC" : " " + m[3];
    return m[1] + (m[2] ? " " + m[2] + zone : "");
  }

  /* ---- header: counts, legend, size notice ---- */
  $("counts").textContent = fmt(nodes.length) + " entities · " + fmt(edges.length) + " facts";
  var typeCounts = {};
  nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  Object.keys(data.types).forEach(function (type) {
    if (!typeCounts[type]) return;
    var li = el("li");
    var sw = el("span", "swatch" + (type === "Literal" ? " literal" : ""));
    sw.style.background = colour(type);
    li.appendChild(sw);
    li.appendChild(el("span", null, (type === "Literal" ? "Value" : type) + " (" + fmt(typeCounts[type]) + ")"));
    $("legend").appendChild(li);
  });
  if (edges.some(isHistory)) {
    var hli = el("li");
    hli.appendChild(el("span", "swatch history"));
    hli.appendChild(el("span", null, "no longer true"));
    $("legend").appendChild(hli);
  }
  if (data.truncated) {
    var notice = $("notice");
    notice.appendChild(el("strong", null, "Large graph: "));
    notice.appendChild(document.createTextNode(
      "showing the " + fmt(nodes.length) + " most connected of " + fmt(data.total.nodes) + " entities and " +
      fmt(edges.length) + " of " + fmt(data.total.edges) + " facts (limits: " + fmt(data.limit.max_nodes) +
      " entities, " + fmt(data.limit.max_edges) + " facts). To see everything around one entity, export its neighbourhood: "));
    notice.appendChild(el("code", null, "kgmem export --entity NAME --depth 2 --format html -o NAME.html"));
    notice.hidden = false;
  }

  /* ---- the graph ---- */
  var elements = [];
  nodes.forEach(function (n, i) {
    elements.push({ group: "nodes", data: { id: "n" + i, label: n.label, color: colour(n.type) },
                    classes: n.type === "Literal" ? "literal" : "" });
  });
  edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: { id: "e" + i, source: "n" + e.source, target: "n" + e.target,
                    label: e.predicate }, classes: isHistory(e) ? "history" : "" });
  });

  var style = [
    { selector: "node", style: {
      "background-color": "data(color)", "label": "data(label)", "width": 24, "height": 24,
      "border-width": 2, "border-color": "#ffffff", "font-size": 12, "color": "#1f2933",
      "font-family": getComputedStyle(document.body).fontFamily,
      "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 160,
      "text-outline-color": "#f7f8fa", "text-outline-width": 2, "min-zoomed-font-size": 7 } },
    { selector: "node.literal", style: { "shape": "round-rectangle", "width": 18, "height": 18,
      "font-style": "italic", "color": "#4a4a4a" } },
    { selector: "edge", style: {
      "width": 1.6, "line-color": "#b5bfcc", "target-arrow-color": "#b5bfcc", "line-opacity": big ? 0.55 : 1, "target-arrow-shape": "triangle",
      "arrow-scale": 0.9, "curve-style": big ? "straight" : "bezier", "label": "data(label)",
      "font-size": 10, "color": "#52606d", "text-rotation": "autorotate", "text-background-color": "#f7f8fa",
      "text-background-opacity": 0.9, "text-background-padding": 2, "min-zoomed-font-size": 8 } },
    { selector: "edge.history", style: { "line-style": "dashed", "line-color": "#d3d3d3",
      "target-arrow-color": "#d3d3d3", "color": "#9a9a9a" } },
    { selector: "node.match", style: { "border-color": "#f5a700", "border-width": 4 } },
    { selector: "node:selected", style: { "border-color": "#1f2933", "border-width": 4 } },
    { selector: "edge.focus", style: { "line-color": "#52606d", "target-arrow-color": "#52606d", "width": 2.6,
      "z-index": 10 } },
    { selector: ".hidden", style: { "display": "none" } }
  ];

  /* Degree-sorted golden-angle spiral: hubs in the middle, every node visible, O(n). */
  function spiralPositions() {
    var order = nodes.map(function (_, i) { return i; });
    order.sort(function (a, b) { return byNode[b].length - byNode[a].length || a - b; });
    var positions = {}, golden = Math.PI * (3 - Math.sqrt(5)), spacing = 34;
    order.forEach(function (index, rank) {
      var r = spacing * Math.sqrt(rank + 0.5), theta = rank * golden;
      positions["n" + index] = { x: r * Math.cos(theta), y: r * Math.sin(theta) };
    });
    return positions;
  }

  function layoutOptions(name) {
    var common = { name: name, animate: false, fit: true, padding: 36 };
    if (name === "spiral") {
      return Object.assign(common, { name: "preset", positions: spiralPositions() });
    }
    if (name === "cose") {
      return Object.assign(common, { randomize: true, nodeDimensionsIncludeLabels: true, numIter: 2000,
        idealEdgeLength: function () { return 90; }, edgeElasticity: function () { return 60; },
        nodeRepulsion: function () { return 40000; }, nodeOverlap: 20, componentSpacing: 80, gravity: 0.3 });
    }
    if (name === "concentric") {
      return Object.assign(common, { concentric: function (n) { return n.degree(); },
        levelWidth: function () { return 2; }, minNodeSpacing: 12, avoidOverlap: true });
    }
    return Object.assign(common, { avoidOverlap: true });
  }

  var started = performance.now();
  var cy = cytoscape({
    container: $("cy"), elements: elements, style: style, layout: layoutOptions(data.layout),
    minZoom: 0.02, maxZoom: 2.5, textureOnViewport: big, hideEdgesOnViewport: big, boxSelectionEnabled: false
  });
  window.kgmemCy = cy;
  var stats = window.kgmemStats = {
    nodes: cy.nodes().length, edges: cy.edges().length, totalNodes: data.total.nodes,
    totalEdges: data.total.edges, truncated: data.truncated, layout: data.layout,
    layoutMs: Math.round(performance.now() - started), visibleNodes: cy.nodes().length,
    visibleEdges: cy.edges().length, matches: null, ready: true
  };

  /* ---- side panel ---- */
  function entityButton(index) {
    var b = el("button", "entity-link", nodes[index].label);
    b.type = "button";
    b.title = nodes[index].type + " · " + nodes[index].iri;
    b.addEventListener("click", function () { focusNode(index); });
    return b;
  }

  function factCard(i, from) {
    var e = edges[i], old = isHistory(e);
    var card = el("div", "fact" + (old ? " history" : ""));
    card.dataset.fact = e.iri || "";
    var triple = el("div", "triple");
    triple.appendChild(el("span", "badge " + (old ? "history" : "current"), old ? "HISTORY" : "CURRENT"));
    triple.appendChild(e.source === from ? el("span", null, nodes[e.source].label) : entityButton(e.source));
    triple.appendChild(document.createTextNode(" "));
    triple.appendChild(el("span", "predicate", e.predicate));
    triple.appendChild(document.createTextNode(" "));
    triple.appendChild(e.target === from ? el("span", null, nodes[e.target].label) : entityButton(e.target));
    card.appendChild(triple);

    var meta = [];
    if (e.confidence !== null && e.confidence !== undefined) meta.push("confidence " + Number(e.confidence).toFixed(2));
    if (e.valid_from || e.valid_to) meta.push("valid " + (day(e.valid_from) || "?") + " → " + (day(e.valid_to) || "now"));
    if (old && !e.valid_to) meta.push("superseded");
    card.appendChild(el("div", "meta", meta.join(" · ")));

    var sources = e.sources || [];
    if (sources.length) {
      var list = el("ul", "sources");
      sources.forEach(function (s) {
        var li = el("li", "source");
        if (s.text) li.appendChild(el("q", null, s.text));
        var where = [];
        if (s.speaker) where.push(s.speaker);
        if (s.conversation) where.push("conversation " + s.conversation);
        if (s.turn !== null && s.turn !== undefined) where.push("turn " + s.turn);
        if (s.time) where.push(day(s.time));
        li.appendChild(el("span", "where", "— " + (where.join(", ") || "unknown source")));
        list.appendChild(li);
      });
      card.appendChild(list);
    } else {
      card.appendChild(el("div", "meta", "no recorded source"));
    }
    return card;
  }

  function showNode(index) {
    var n = nodes[index], body = $("panel-body");
    body.textContent = "";
    var badge = el("span", "type-badge", n.type === "Literal" ? "Value" : n.type);
    badge.style.background = colour(n.type);
    body.appendChild(badge);
    body.appendChild(el("h2", null, n.label));
    body.appendChild(el("div", "iri", n.iri));
    if (n.aliases && n.aliases.length) body.appendChild(el("div", "aliases", "Also known as: " + n.aliases.join(", ")));
    var facts = byNode[index].slice().sort(function (a, b) {
      var ha = isHistory(edges[a]), hb = isHistory(edges[b]);
      if (ha !== hb) return ha ? 1 : -1;
      return String(edges[b].valid_from || "").localeCompare(String(edges[a].valid_from || ""));
    });
    var current = facts.filter(function (i) { return !isHistory(edges[i]); }).length;
    body.appendChild(el("h3", null, "Facts (" + current + " current, " + (facts.length - current) + " history)"));
    if (!facts.length) body.appendChild(el("div", "empty", "No facts drawn for this entity."));
    facts.forEach(function (i) { body.appendChild(factCard(i, index)); });
    $("panel").hidden = false;
    $("panel").scrollTop = 0;
    cy.edges().removeClass("focus");
    cy.getElementById("n" + index).connectedEdges().addClass("focus");
  }

  function showFact(i) {
    var body = $("panel-body");
    body.textContent = "";
    body.appendChild(el("h2", null, "Fact"));
    if (edges[i].iri) body.appendChild(el("div", "iri", edges[i].iri));
    body.appendChild(factCard(i, -1));
    $("panel").hidden = false;
  }

  function focusNode(index) {
    var node = cy.getElementById("n" + index);
    node.removeClass("hidden");
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 250 });
    showNode(index);
  }

  cy.on("tap", "node", function (evt) { showNode(Number(evt.target.id().slice(1))); });
  cy.on("tap", "edge", function (evt) { showFact(Number(evt.target.id().slice(1))); });
  cy.on("tap", function (evt) {
    if (evt.target === cy) { $("panel").hidden = true; cy.edges().removeClass("focus"); }
  });
  $("panel-close").addEventListener("click", function () { $("panel").hidden = true; cy.edges().removeClass("focus"); });

  /* ---- search: keep the matching entities and their direct facts, hide the rest ---- */
  var keys = nodes.map(function (n) { return norm([n.label].concat(n.aliases || []).join("\n")); });
  var lastMatches = cy.collection();
  function search(text) {
    var q = norm(text).trim();
    lastMatches = cy.collection();
    cy.batch(function () {
      cy.elements().removeClass("hidden match");
      if (!q) return;
      var found = [];
      keys.forEach(function (k, i) { if (k.indexOf(q) >= 0) found.push(cy.getElementById("n" + i)); });
      var matched = cy.collection(found);
      var keep = matched.union(matched.connectedEdges()).union(matched.connectedEdges().connectedNodes());
      cy.elements().difference(keep).addClass("hidden");
      matched.addClass("match");
      lastMatches = matched;
    });
    var visible = cy.elements().not(".hidden");
    stats.visibleNodes = visible.nodes().length;
    stats.visibleEdges = visible.edges().length;
    stats.matches = q ? lastMatches.length : null;
    $("search-info").textContent = q ? (lastMatches.length ? fmt(lastMatches.length) + " match" +
      (lastMatches.length === 1 ? "" : "es") : "no match") : "";
    if (q && lastMatches.length) cy.fit(visible, 60);
    if (!q) cy.fit(undefined, 36);
  }
  $("search").addEventListener("input", function (evt) { search(evt.target.value); });
  $("search").addEventListener("keydown", function (evt) {
    if (evt.key === "Enter" && lastMatches.length) focusNode(Number(lastMatches[0].id().slice(1)));
    if (evt.key === "Escape") { evt.target.value = ""; search(""); }
  });
})();
