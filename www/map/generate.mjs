// Builds www/map/world.svg, the offline world map of the summary panel, from
// Natural Earth country outlines (public domain) as packaged by the npm
// package world-atlas (ISC). Run: node www/map/generate.mjs [path/to/countries-50m.json]
// Without an argument it installs world-atlas@2.0.2 into a temporary folder.
//
// The SVG uses longitude as x and negated latitude as y (equirectangular), so
// a place at (lat, lon) is the point (lon, -lat) and the panel zooms by
// changing the viewBox. Arcs are simplified once each (Douglas-Peucker), so
// neighbouring countries keep a shared border with no gaps, then rounded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOLERANCE = 0.06; // degrees; about 6 km, about a pixel at country zoom
const MIN_AREA = 0.03; // square degrees; smaller islets are left out
const DECIMALS = 2;

function loadTopology() {
  let path = process.argv[2];
  if (!path) {
    const dir = mkdtempSync(join(tmpdir(), 'world-atlas-'));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, 'world-atlas@2.0.2'], { stdio: 'inherit' });
    path = join(dir, 'node_modules/world-atlas/countries-50m.json');
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Decodes the delta-encoded, quantized arcs of a TopoJSON topology. */
function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

function simplify(points, tolerance) {
  if (points.length <= 2) return points;
  const [fx, fy] = points[0], [lx, ly] = points[points.length - 1];
  if (fx === lx && fy === ly && points.length > 3) {
    // A closed arc (an island) has no baseline: split it at its farthest point.
    let far = 1, best = -1;
    points.forEach(([x, y], i) => { const d = Math.hypot(x - fx, y - fy); if (d > best) { best = d; far = i; } });
    return [...simplify(points.slice(0, far + 1), tolerance).slice(0, -1), ...simplify(points.slice(far), tolerance)];
  }
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay) || 1e-12;
    let worst = -1, dist = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > dist) { dist = d; worst = i; }
    }
    if (worst >= 0 && dist > tolerance) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ringPoints(ring, arcs) {
  const out = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  // Rings that cross the antimeridian jump from 180 to -180: unwrap them so
  // no edge runs across the whole map (the far side is clipped by the view).
  for (let i = 1; i < out.length; i++) {
    const dx = out[i][0] - out[i - 1][0];
    if (Math.abs(dx) > 180) out[i] = [out[i][0] - Math.sign(dx) * 360, out[i][1]];
  }
  return out;
}

function area(pts) {
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) a += (pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1]);
  return a / 2;
}

function pathData(rings) {
  const f = (v) => Number(v.toFixed(DECIMALS));
  let d = '';
  for (const ring of rings) {
    const pts = ring.map(([x, y]) => [f(x), f(-y)]);
    if (pts.length < 3 || Math.abs(area(pts)) < MIN_AREA) continue;
    d += `M${pts[0][0]} ${pts[0][1]}`;
    let [px, py] = pts[0];
    let cmd = 'l';
    for (const [x, y] of pts.slice(1)) {
      const dx = f(x - px), dy = f(y - py);
      if (dx === 0 && dy === 0) continue;
      d += `${cmd}${dx} ${dy}`.replace(/ -/g, '-');
      cmd = ' ';
      [px, py] = [x, y];
    }
    d += 'z';
  }
  return d;
}

const topology = loadTopology();
const arcs = decodeArcs(topology).map((a) => simplify(a, TOLERANCE));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const paths = topology.objects.countries.geometries.map((g) => {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const d = polygons.map((rings) => pathData(rings.map((r) => ringPoints(r, arcs)))).join('');
  return d ? `<path data-id="${escape(String(g.id ?? ''))}" d="${d}"><title>${escape(g.properties?.name ?? '')}</title></path>` : '';
});
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">` +
  `<!-- Natural Earth 1:50m country outlines (public domain), via world-atlas 2.0.2; x = longitude, y = -latitude -->` +
  `<g class="countries">${paths.join('')}</g></svg>\n`;
const out = join(dirname(fileURLToPath(import.meta.url)), 'world.svg');
writeFileSync(out, svg);
console.log(`wrote ${out}: ${svg.length} bytes`);
