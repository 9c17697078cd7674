// The article page: the text with entities, quotes, claims, times and quantities marked and linked,
// then each layer as a list.
"use strict";
(() => {
  const { el, api, entityLink, actor, articleHref, fail, table } = Dateline;
  const root = document.getElementById("article");
  const id = decodeURIComponent(location.pathname.split("/")[2] || "");

  api("/api/articles/" + encodeURIComponent(id)).then(render).catch((e) => fail(root, e));

  function render(a) {
    const byId = new Map((a.entities || []).map((e) => [e.id, e]));
    const name = (entityId) => (byId.get(entityId) || {}).name;
    const keyOf = (entityId) => (byId.get(entityId) || {}).key || name(entityId);
    document.title = (a.title || a.headline || "Article " + a.id) + " · Dateline";
    document.getElementById("title").textContent = a.title || a.headline || "Article " + a.id;
    const sources = (a.sources || []).map((s) => el("li", {}, /^https?:\/\//i.test(s)
      ? el("a", { href: s, rel: "noopener noreferrer nofollow" }, s) : s));
    root.replaceChildren(
      el("p", { class: "meta" }, [a.date, a.language, `${(a.sources || []).length} source(s)`].filter(Boolean).join(" · ")),
      legend(),
      el("div", { class: "article-layout" },
        el("section", { "aria-label": "Text" }, el("div", { class: "article-text", id: "text" }, marked(a, keyOf, name))),
        el("div", {},
          panel("Entities", table(a.entities || [], [
            ["Name", (e) => el("a", { href: Dateline.entityHref(e.key || e.name), class: "ent ent-" + e.type.toLowerCase() }, e.name)],
            ["Type", (e) => e.type.toLowerCase()], ["Country", (e) => e.country || ""],
            ["Mentions", (e) => String((e.mentions || []).length)]])),
          panel("Quotes", el("ol", { class: "quotes" }, (a.quotes || []).map((q) => el("li", { class: "quote-item" },
            el("blockquote", {}, q.text),
            el("p", { class: "meta" }, "— ", q.speaker ? el("a", { href: Dateline.entityHref(keyOf(q.speaker)), class: "speaker" }, name(q.speaker))
              : el("span", { class: "muted" }, "speaker unknown"), q.cue ? ` (${q.cue})` : "", q.via ? `, via ${name(q.via)}` : ""))))),
          panel("Claims", el("ol", { class: "claims" }, (a.claims || []).map((c) => el("li", {},
            el("span", {}, c.content), el("p", { class: "meta" }, c.cue ? c.cue + " " : "",
              (c.source || []).map((s, i) => [i ? ", " : "", entityLink(keyOf(s))])))))),
          panel("Events", table(a.events || [], [
            ["Event", (e) => `${e.cameo} ${e.label}`],
            ["Actor", (e) => e.actor1 ? actor(e.actor1.entity && keyOf(e.actor1.entity), e.actor1.country) : "—"],
            ["Target", (e) => e.actor2 ? actor(e.actor2.entity && keyOf(e.actor2.entity), e.actor2.country) : "—"],
            ["Factuality", (e) => e.factuality.toLowerCase()]])),
          panel("Times", table(a.times || [], [["Words", (t) => t.text], ["Type", (t) => t.type], ["Value", (t) => t.value || ""]])),
          panel("Quantities", table(a.quantities || [], [["Words", (q) => q.text],
            ["Value", (q) => q.min === q.max ? String(q.min ?? "") : `${q.min ?? "?"}–${q.max ?? "?"}`], ["Unit", (q) => q.unit || ""]])),
          panel("Sources", el("ul", {}, sources)))));
  }

  function panel(title, content) {
    return el("section", { class: "panel" }, el("h2", {}, title), content);
  }

  function legend() {
    const item = (cls, label) => el("span", {}, el("span", { class: "swatch sw-" + cls, "aria-hidden": "true" }), label);
    return el("p", { class: "key", "aria-label": "Colours" }, item("person", "person"), item("organization", "organization"),
      item("location", "place"), item("quote", "quote"), item("claim", "claim"), item("time", "time"), item("quantity", "quantity"));
  }

  /** The text cut at every mark: quotes and claims around, mentions, times and quantities inside. */
  function marked(a, keyOf, name) {
    const text = a.text || "";
    const outer = nonOverlapping([
      ...(a.quotes || []).map((q) => ({ start: q.start, end: q.end, make: (kids) => el("q", { class: "quote",
        title: q.speaker ? "quoted: " + name(q.speaker) : "quote" }, kids) })),
      ...(a.claims || []).map((c) => ({ start: c.start, end: c.end, make: (kids) => el("span", { class: "claim", title: "claim" }, kids) }))]);
    const inner = nonOverlapping([
      ...(a.entities || []).flatMap((e) => (e.mentions || []).map((m) => ({ start: m.start, end: m.end,
        make: (kids) => el("a", { href: Dateline.entityHref(e.key || e.name), class: "ent ent-" + e.type.toLowerCase(),
          "data-type": e.type, title: `${e.type.toLowerCase()}: ${e.name}` }, kids) }))),
      ...(a.times || []).map((t) => ({ start: t.start, end: t.end, make: (kids) => el("span", { class: "time", title: "time: " + (t.value || t.type) }, kids) })),
      ...(a.quantities || []).map((q) => ({ start: q.start, end: q.end, make: (kids) => el("span", { class: "quantity", title: "quantity" }, kids) }))]);
    const nodes = [];
    let at = 0;
    for (const o of outer) {
      nodes.push(...inline(text, at, o.start, inner));
      nodes.push(o.make(inline(text, o.start, o.end, inner)));
      at = o.end;
    }
    nodes.push(...inline(text, at, text.length, inner));
    return nodes;
  }

  function inline(text, from, to, marks) {
    const nodes = [];
    let at = from;
    for (const m of marks) {
      if (m.start < from || m.end > to) continue;
      if (m.start > at) nodes.push(text.slice(at, m.start));
      nodes.push(m.make([text.slice(m.start, m.end)]));
      at = m.end;
    }
    if (at < to) nodes.push(text.slice(at, to));
    return nodes;
  }

  function nonOverlapping(marks) {
    const kept = [];
    let end = -1;
    for (const m of marks.filter((m) => Number.isInteger(m.start) && m.end > m.start).sort((x, y) => x.start - y.start || y.end - x.end)) {
      if (m.start >= end) { kept.push(m); end = m.end; }
    }
    return kept;
  }
})();
