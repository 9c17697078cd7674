// The events timeline: the filter form is the page's query string; the API gets the same parameters.
"use strict";
(() => {
  const { el, api, actor, articleHref, fail, pager, bindForm, filterChoices } = Dateline;
  const root = document.getElementById("events");
  filterChoices();
  const params = bindForm(document.getElementById("filters"));
  api("/api/events?" + params).then(render).catch((e) => fail(root, e));

  function render(page) {
    if (!page.items.length) {
      root.replaceChildren(el("p", { class: "muted" }, "No event matches."));
      return;
    }
    root.replaceChildren(
      el("p", { class: "meta" }, `Events ${page.offset + 1}–${page.offset + page.items.length}`),
      el("ol", { class: "timeline" }, page.items.map((e) => el("li", { class: "event", "data-cameo": e.cameo },
        el("span", { class: "date" }, e.date || "undated"), " ",
        el("strong", {}, `${e.label}`), el("span", { class: "meta" }, ` (CAMEO ${e.cameo}, ${e.factuality.toLowerCase()})`),
        el("div", {}, actor(e.actor1, e.country1), " → ", actor(e.actor2, e.country2),
          e.location ? ` · at ${e.location}` : ""),
        el("div", { class: "meta" }, el("q", {}, e.sentence), " ", el("a", { href: articleHref(e.article) }, "article #" + e.article))))),
      pager(page));
  }
})();
