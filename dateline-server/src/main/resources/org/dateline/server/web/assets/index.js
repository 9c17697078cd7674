// The front page: recent articles, the largest stories, and an entity finder.
"use strict";
(() => {
  const { el, api, articleHref, entityHref, fail, table, pager } = Dateline;
  const articles = document.getElementById("articles");
  const stories = document.getElementById("stories");
  const entities = document.getElementById("entities");
  const offset = new URLSearchParams(location.search).get("offset") || "0";

  api("/api/articles?limit=20&offset=" + encodeURIComponent(offset)).then((page) => articles.replaceChildren(
    table(page.items, [["Date", (r) => r.date || ""], ["Title", (r) => el("a", { href: articleHref(r.id) }, r.title || "article " + r.id)],
      ["Lang", (r) => r.language || ""], ["Quotes", (r) => String(r.quotes)], ["Events", (r) => String(r.events)]]),
    pager(page))).catch((e) => fail(articles, e));

  api("/api/stories?limit=10").then((page) => stories.replaceChildren(
    table(page.items, [["Story", (r) => r.title || "story " + r.story], ["From", (r) => r.first_date || ""],
      ["To", (r) => r.last_date || ""], ["Articles", (r) => String(r.articles)]]))).catch((e) => fail(stories, e));

  document.getElementById("entity-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("entity-q").value;
    api("/api/entities?limit=30&q=" + encodeURIComponent(q)).then((page) => entities.replaceChildren(
      table(page.items, [["Name", (r) => el("a", { href: entityHref(r.key) }, r.name)], ["Type", (r) => (r.type || "").toLowerCase()],
        ["Country", (r) => r.country || ""], ["Articles", (r) => String(r.articles)]]))).catch((e) => fail(entities, e));
  });
})();
