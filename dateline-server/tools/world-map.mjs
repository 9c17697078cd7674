// Builds src/main/resources/org/dateline/server/web/assets/world-110m.json, the map the UI draws:
// Natural Earth 1:110m countries (public domain) from the npm package world-atlas (ISC), keyed by
// ISO 3166-1 alpha-3 through the code table of the npm package i18n-iso-countries (MIT).
// Run once when updating the map:  npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0, unpack, then
//   node world-map.mjs path/to/world-atlas/countries-110m.json path/to/i18n-iso-countries/codes.json > world-110m.json
import { readFileSync } from "node:fs";

const [topoPath, codesPath] = process.argv.slice(2);
const topo = JSON.parse(readFileSync(topoPath, "utf8"));
const alpha3 = new Map(JSON.parse(readFileSync(codesPath, "utf8")).map(([, a3, num]) => [num, a3]));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// TopoJSON arcs are delta-encoded, quantized positions
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [round(x * sx + tx), round(y * sy + ty)]; });
});
function round(v) { return Math.round(v * 10) / 10; }
function ring(indices) {
  const points = [];
  for (const i of indices) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}
const countries = topo.objects.countries.geometries.map((g) => {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  return { id: alpha3.get(g.id) ?? null, name: g.properties.name, polygons: polygons.map((p) => p.map(ring)) };
});
process.stdout.write(JSON.stringify({
  source: "Natural Earth 1:110m countries (public domain), via world-atlas 2.0.2; ids: ISO 3166-1 alpha-3",
  countries,
}));
