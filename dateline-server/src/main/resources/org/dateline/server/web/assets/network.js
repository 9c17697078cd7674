// The actor network: countries and people as nodes, events as edges (width: how many events;
// colour: CAMEO quad class), laid out by a small force simulation run once before drawing.
"use strict";
(() => {
  const { el, svg, fail, table, bindForm, filterChoices, allEvents, entityHref, QUADS } = Dateline;
  const graph = document.getElementById("graph");
  const list = document.getElementById("edges");
  const MAX_NODES = 60;
  filterChoices();
  const params = bindForm(document.getElementById("filters"));
  document.getElementById("legend").append(...Object.entries(QUADS).map(([q, label]) =>
    el("span", {}, el("span", { class: "swatch quad-" + q, "aria-hidden": "true" }), label)));
  allEvents(params).then(draw).catch((e) => fail(graph, e));

  function nodeOf(name, country) {
    return name ? { id: "p:" + name, label: name, href: entityHref(name), country: false }
      : country ? { id: "c:" + country, label: country, href: "/timeline?actor=" + encodeURIComponent(country), country: true } : null;
  }

  function draw(events) {
    const nodes = new Map();
    const edges = new Map();
    for (const e of events) {
      const a = nodeOf(e.actor1, e.country1);
      const b = nodeOf(e.actor2, e.country2);
      if (!a || !b || a.id === b.id) continue;
      for (const n of [a, b]) { if (!nodes.has(n.id)) nodes.set(n.id, { ...n, degree: 0 }); nodes.get(n.id).degree++; }
      const key = `${a.id}|${b.id}|${e.quad}`;
      const edge = edges.get(key) || { from: a.id, to: b.id, quad: e.quad, count: 0 };
      edge.count++;
      edges.set(key, edge);
    }
    const kept = [...nodes.values()].sort((x, y) => y.degree - x.degree).slice(0, MAX_NODES);
    const keptIds = new Set(kept.map((n) => n.id));
    const links = [...edges.values()].filter((e) => keptIds.has(e.from) && keptIds.has(e.to));
    if (!links.length) {
      graph.replaceChildren(el("p", { class: "muted" }, "No event with two actors matches."));
      list.replaceChildren();
      return;
    }
    layout(kept, links, 800, 560);
    const byId = new Map(kept.map((n) => [n.id, n]));
    const image = svg("svg", { viewBox: "0 0 800 560", role: "img", "aria-label": `Network of ${kept.length} actors and ${links.length} links` },
      links.map((l) => svg("line", { class: "edge quad-" + l.quad, x1: byId.get(l.from).x, y1: byId.get(l.from).y,
        x2: byId.get(l.to).x, y2: byId.get(l.to).y, "stroke-width": Math.min(10, 1 + 1.5 * Math.log2(1 + l.count)) },
        svg("title", {}, `${byId.get(l.from).label} → ${byId.get(l.to).label}: ${l.count} (${QUADS[l.quad]})`))),
      kept.map((n) => svg("a", { href: n.href, class: "node" + (n.country ? " country" : "") },
        svg("circle", { cx: n.x, cy: n.y, r: 5 + Math.min(10, n.degree) }),
        svg("text", { x: n.x + 8 + Math.min(10, n.degree), y: n.y + 4 }, n.label))));
    graph.replaceChildren(image);
    list.replaceChildren(el("h2", {}, "Links"), table(links.sort((x, y) => y.count - x.count), [
      ["From", (l) => el("a", { href: byId.get(l.from).href }, byId.get(l.from).label)],
      ["To", (l) => el("a", { href: byId.get(l.to).href }, byId.get(l.to).label)],
      ["Events", (l) => String(l.count)], ["Kind", (l) => QUADS[l.quad] || ""]]));
  }

  /**
   * Each connected group of actors laid out on its own (so that groups do not push one another to
   * the edges): the largest on the left, the others stacked on the right.
   */
  function layout(nodes, links, width, height) {
    const parent = new Map(nodes.map((n) => [n.id, n.id]));
    const root = (id) => (parent.get(id) === id ? id : root(parent.get(id)));
    for (const l of links) parent.set(root(l.from), root(l.to));
    const groups = new Map();
    for (const n of nodes) {
      const r = root(n.id);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(n);
    }
    const [main, ...rest] = [...groups.values()].sort((a, b) => b.length - a.length);
    const mainWidth = rest.length ? width * 0.62 : width;
    place(main, links, { x: 0, y: 0, w: mainWidth, h: height });
    const cols = rest.length > 6 ? 2 : 1;
    const rows = Math.ceil(rest.length / cols);
    rest.forEach((group, i) => place(group, links, { x: mainWidth + (i % cols) * ((width - mainWidth) / cols),
      y: Math.floor(i / cols) * (height / rows), w: (width - mainWidth) / cols, h: height / rows }));
  }

  /** Fruchterman–Reingold from a circle (deterministic, 300 steps), then fitted into the box. */
  function place(nodes, allLinks, box) {
    const index = new Map(nodes.map((n) => [n.id, n]));
    const links = allLinks.filter((l) => index.has(l.from) && index.has(l.to));
    const k = Math.sqrt((box.w * box.h) / nodes.length) * 0.5;
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      n.x = box.w / 2 + (box.w / 3) * Math.cos(angle);
      n.y = box.h / 2 + (box.h / 3) * Math.sin(angle);
    });
    for (let step = 0, temperature = box.w / 8; step < 300; step++, temperature *= 0.985) {
      for (const n of nodes) { n.dx = 0; n.dy = 0; }
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i], b = nodes[j];
          const dx = a.x - b.x || 0.01, dy = a.y - b.y || 0.01;
          const d = Math.max(0.01, Math.hypot(dx, dy));
          const f = (k * k) / d;
          a.dx += (dx / d) * f; a.dy += (dy / d) * f; b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
        }
      }
      for (const l of links) {
        const a = index.get(l.from), b = index.get(l.to);
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (d * d) / k;
        a.dx -= (dx / d) * f; a.dy -= (dy / d) * f; b.dx += (dx / d) * f; b.dy += (dy / d) * f;
      }
      for (const n of nodes) {
        const d = Math.max(0.01, Math.hypot(n.dx, n.dy));
        n.x += (n.dx / d) * Math.min(d, temperature);
        n.y += (n.dy / d) * Math.min(d, temperature);
      }
    }
    // room on the right of each box for the labels
    const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const inner = { w: Math.max(10, box.w - 130), h: Math.max(10, box.h - 40) };
    for (const n of nodes) {
      n.x = box.x + 20 + (x1 > x0 ? ((n.x - x0) / (x1 - x0)) * inner.w : inner.w / 2);
      n.y = box.y + 20 + (y1 > y0 ? ((n.y - y0) / (y1 - y0)) * inner.h : inner.h / 2);
    }
  }
})();
