// The map of event locations: Natural Earth countries from the jar, drawn in an equirectangular
// projection. The store has no coordinates, so each event sits at its location's country centroid.
"use strict";
(() => {
  const { el, svg, api, fail, table, bindForm, filterChoices, allEvents } = Dateline;
  const map = document.getElementById("map");
  const places = document.getElementById("places");
  const W = 960, H = 480;
  const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
  filterChoices();
  const params = bindForm(document.getElementById("filters"));
  document.getElementById("note").textContent = "The knowledge base keeps no coordinates: each event is placed at the "
    + "centre of its location's country, computed from the bundled map (Natural Earth, 1:110m).";

  Promise.all([fetch("/assets/world-110m.json").then((r) => r.json()), allEvents(params)])
    .then(([world, events]) => draw(world, events)).catch((e) => fail(map, e));

  function draw(world, events) {
    const counts = new Map();
    let unplaced = 0;
    for (const e of events) {
      if (e.location_country) counts.set(e.location_country, (counts.get(e.location_country) || 0) + 1);
      else unplaced++;
    }
    const centre = new Map(world.countries.filter((c) => c.id).map((c) => [c.id, centroid(c.polygons)]));
    const names = new Map(world.countries.filter((c) => c.id).map((c) => [c.id, c.name]));
    const spots = [...counts].filter(([code]) => centre.has(code)).sort((a, b) => b[1] - a[1]);
    const image = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Map of ${spots.length} countries with events` },
      world.countries.map((c) => svg("path", { class: "land" + (counts.has(c.id) ? " has-events" : ""), d: path(c.polygons) },
        svg("title", {}, c.name))),
      spots.map(([code, n]) => {
        const [x, y] = project(centre.get(code));
        return svg("a", { href: "/timeline?actor=" + encodeURIComponent(code), "aria-label": `${names.get(code)}: ${n} events` },
          svg("circle", { class: "spot", cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 3 * Math.sqrt(n)).toFixed(1) },
            svg("title", {}, `${names.get(code)}: ${n} event(s)`)));
      }));
    map.replaceChildren(image);
    places.replaceChildren(el("h2", {}, "Places"),
      unplaced ? el("p", { class: "meta" }, `${unplaced} event(s) have no location and are not on the map.`) : null,
      table(spots, [["Country", ([code]) => el("a", { href: "/timeline?actor=" + encodeURIComponent(code) }, names.get(code) || code)],
        ["Events", ([, n]) => String(n)]]));
  }

  /** SVG path data; a ring that jumps across the antimeridian is broken there rather than drawn across the map. */
  function path(polygons) {
    let d = "";
    for (const ring of polygons.flat()) {
      ring.forEach((p, i) => {
        const jump = i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180;
        d += (i === 0 || jump ? "M" : "L") + project(p).map((v) => v.toFixed(1)).join(",");
      });
    }
    return d;
  }

  /** The area-weighted centroid of the largest polygon's outer ring ([lon, lat]). */
  function centroid(polygons) {
    let best = null, bestArea = -1;
    for (const rings of polygons) {
      const ring = rings[0];
      let a = 0, cx = 0, cy = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        a += cross; cx += (ring[j][0] + ring[i][0]) * cross; cy += (ring[j][1] + ring[i][1]) * cross;
      }
      if (Math.abs(a) > bestArea && a !== 0) { bestArea = Math.abs(a); best = [cx / (3 * a), cy / (3 * a)]; }
    }
    return best || polygons[0][0][0];
  }
})();
