// Full-text search: the snippet's matched words come [bracketed] from the API and are marked here as text.
"use strict";
(() => {
  const { el, api, articleHref, fail, pager, bindForm } = Dateline;
  const root = document.getElementById("results");
  const params = bindForm(document.getElementById("filters"));
  if (params.has("q")) api("/api/search?" + params).then(render).catch((e) => fail(root, e));

  function render(page) {
    if (!page.items.length) {
      root.replaceChildren(el("p", { class: "muted" }, "No article contains these words."));
      return;
    }
    root.replaceChildren(el("ol", { class: "results", start: page.offset + 1 }, page.items.map((r) => el("li", {},
      el("a", { href: articleHref(r.article) }, r.title || "article " + r.article),
      el("span", { class: "meta" }, ` ${r.date || ""} · ${r.language || ""}`),
      el("p", { class: "snippet" }, snippet(r.snippet || ""))))), pager(page));
  }

  function snippet(text) {
    return text.split(/(\[[^\]]*\])/).map((part) => part.startsWith("[") && part.endsWith("]")
      ? el("mark", {}, part.slice(1, -1)) : part);
  }
})();
