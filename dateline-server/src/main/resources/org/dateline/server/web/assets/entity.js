// The entity page: who it is, where it is mentioned, what it said, and its events as actor and target.
"use strict";
(() => {
  const { el, api, actor, articleHref, fail, table } = Dateline;
  const root = document.getElementById("entity");
  const key = decodeURIComponent(location.pathname.split("/")[2] || "");

  api("/api/entities/" + encodeURIComponent(key)).then(render).catch((e) => fail(root, e));

  function render(e) {
    document.title = e.name + " · Dateline";
    document.getElementById("title").textContent = e.name;
    const article = (r) => el("a", { href: articleHref(r.article) }, r.title || "article " + r.article);
    const events = (rows) => table(rows, [["Date", (r) => r.date || ""], ["Event", (r) => `${r.cameo} ${r.label}`],
      ["Actor", (r) => actor(r.actor1, r.country1)], ["Target", (r) => actor(r.actor2, r.country2)],
      ["Factuality", (r) => r.factuality.toLowerCase()], ["Article", (r) => el("a", { href: articleHref(r.article) }, "#" + r.article)]]);
    root.replaceChildren(
      el("dl", { class: "facts" },
        el("dt", {}, "Type"), el("dd", {}, (e.type || "").toLowerCase()),
        el("dt", {}, "Country"), el("dd", {}, e.country ? el("a", { href: "/timeline?actor=" + encodeURIComponent(e.country) }, e.country) : "unknown"),
        el("dt", {}, "Knowledge-base id"), el("dd", {}, e.kb || "none"),
        el("dt", {}, "Articles"), el("dd", {}, String(e.articles)),
        el("dt", {}, "Mentions"), el("dd", {}, String(e.mentions))),
      el("p", {}, el("a", { href: "/timeline?actor=" + encodeURIComponent(e.key) }, "Its events on the timeline")),
      section("Quotes", table(e.quotes, [["Date", (r) => r.date || ""], ["Quote", (r) => el("blockquote", {}, r.quote)],
        ["Cue", (r) => r.cue || ""], ["Article", (r) => el("a", { href: articleHref(r.article) }, "#" + r.article)]])),
      section("Claims", table(e.claims, [["Date", (r) => r.date || ""], ["Claim", (r) => r.content],
        ["Article", (r) => el("a", { href: articleHref(r.article) }, "#" + r.article)]])),
      section("Events as actor", events(e.asActor1)),
      section("Events as target", events(e.asActor2)),
      section("Mentions", table(e.mentionList, [["Date", (r) => r.date || ""], ["Words", (r) => r.text], ["Article", article]])));
  }

  function section(title, content) {
    return el("section", {}, el("h2", {}, title), content);
  }
})();
