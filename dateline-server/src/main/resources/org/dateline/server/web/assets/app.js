// Shared by every page. Article text and names reach the page only as text nodes (el() and
// textContent), never as markup, so nothing an article contains can run.
"use strict";

const Dateline = (() => {
  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "href" && !safeHref(value)) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(name, String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  /** Links stay on this server, or go to a web page: never javascript:, data: and the like. */
  function safeHref(href) {
    return /^\/(?!\/)/.test(href) || /^https?:\/\//i.test(href) || href.startsWith("#");
  }

  /** GET an API path; a problem answer becomes an Error carrying its detail. */
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error((body && body.detail) || `the server answered ${response.status}`);
    }
    return body;
  }

  function entityHref(keyOrName) {
    return "/entities/" + encodeURIComponent(keyOrName);
  }

  function articleHref(id) {
    return "/articles/" + encodeURIComponent(id);
  }

  /** A link to an entity page, or the plain name when there is none. */
  function entityLink(name, cls) {
    if (!name) return el("span", { class: "muted" }, "unknown");
    return el("a", { href: entityHref(name), class: cls }, name);
  }

  /** An actor as the API gives it: a named entity, else a country code. */
  function actor(name, country) {
    if (name) return entityLink(name);
    if (country) return el("a", { href: "/timeline?actor=" + encodeURIComponent(country) }, country);
    return el("span", { class: "muted" }, "—");
  }

  function fail(container, error) {
    container.replaceChildren(el("p", { class: "error", role: "alert" }, String(error.message || error)));
  }

  /** A table of rows with columns given as [heading, row => cell]. */
  function table(rows, columns, caption) {
    if (!rows.length) return el("p", { class: "muted" }, "Nothing here.");
    return el("div", { class: "table-wrap" },
      el("table", {},
        caption ? el("caption", {}, caption) : null,
        el("thead", {}, el("tr", {}, columns.map(([h]) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, rows.map((row) => el("tr", {}, columns.map(([, cell]) => el("td", {}, cell(row))))))));
  }

  /** Previous and next links of a page of a list, keeping the page's other parameters. */
  function pager(page) {
    const links = [];
    const params = new URLSearchParams(location.search);
    if (page.offset > 0) {
      params.set("offset", Math.max(0, page.offset - page.limit));
      links.push(el("a", { href: "?" + params, rel: "prev" }, "← Previous"));
    }
    if (page.next !== null && page.next !== undefined) {
      params.set("offset", page.next);
      links.push(el("a", { href: "?" + params, rel: "next" }, "Next →"));
    }
    return el("nav", { class: "pager", "aria-label": "Pages" }, links);
  }

  /** The page's query parameters put into the form's controls, and back as API parameters. */
  function bindForm(form) {
    const params = new URLSearchParams(location.search);
    for (const control of form.elements) {
      if (control.name && params.has(control.name)) control.value = params.get(control.name);
    }
    const out = new URLSearchParams();
    for (const [name, value] of params) if (value.trim() !== "") out.set(name, value.trim());
    return out;
  }

  const CAMEO_ROOTS = [
    ["01", "Make public statement"], ["02", "Appeal"], ["03", "Express intent to cooperate"], ["04", "Consult"],
    ["05", "Engage in diplomatic cooperation"], ["06", "Engage in material cooperation"], ["07", "Provide aid"],
    ["08", "Yield"], ["09", "Investigate"], ["10", "Demand"], ["11", "Disapprove"], ["12", "Reject"],
    ["13", "Threaten"], ["14", "Protest"], ["15", "Exhibit force posture"], ["16", "Reduce relations"],
    ["17", "Coerce"], ["18", "Assault"], ["19", "Fight"], ["20", "Use unconventional mass violence"]];
  const FACTUALITIES = ["ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "PLANNED", "NEGATED"];
  const QUADS = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };

  /** Fills the CAMEO-root and factuality selects of a filter form. */
  function filterChoices() {
    const cameo = document.getElementById("cameo");
    if (cameo) cameo.append(...CAMEO_ROOTS.map(([code, label]) => el("option", { value: code }, `${code} ${label}`)));
    const factuality = document.getElementById("factuality");
    if (factuality) factuality.append(...FACTUALITIES.map((f) => el("option", { value: f }, f.toLowerCase())));
  }

  /** Every event of the filter, page after page, up to a bound (the network and the map draw them all). */
  async function allEvents(params, max = 2000) {
    const events = [];
    let offset = 0;
    while (offset !== null && events.length < max) {
      params.set("limit", "500");
      params.set("offset", String(offset));
      const page = await api("/api/events?" + params);
      events.push(...page.items);
      offset = page.next;
    }
    return events;
  }

  return { el, svg, api, entityHref, articleHref, entityLink, actor, fail, table, pager, bindForm, filterChoices,
    allEvents, CAMEO_ROOTS, QUADS, safeHref };
})();
