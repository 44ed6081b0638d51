// The map of the places: the view zoomed to where most mentions are
// (mapView, pure, also run in Node), the world outlines fetched once from
// map/world.svg, the dots, labels and edge arrows, and the list of places by
// country under it.

import { LIST_LIMIT, SVG, el, goButton, more, plural, section, svg } from './dom.js';

/** The map's width / height. */
export const MAP_ASPECT = 2;
/** The smallest map, in degrees of longitude: a region, never a street. */
const MIN_WIDTH = 16;
/** The share of place mentions the map zooms to; the rest may fall outside. */
const CORE_SHARE = 0.75;

/**
 * The part of the world to show, as an SVG viewBox {x, y, w, h} in map units
 * (x = longitude, y = -latitude), with w / h = MAP_ASPECT.
 *
 * The view is zoomed to where most mentions are, not to every place: a story
 * about the South Caucasus that mentions Washington once should show the
 * Caucasus. From the mention-weighted median point, places are taken nearest
 * first until they hold CORE_SHARE of the mentions; the view is their
 * bounding box, padded, at least MIN_WIDTH wide, kept inside the world.
 * Continents are left out (their centre says nothing about the story).
 */
export function mapView(places) {
  const pts = places.filter((p) => p.lat !== null && p.lon !== null && p.feature !== 'continent')
    .map((p) => ({ x: p.lon, y: -p.lat, w: p.mentions.length }));
  if (!pts.length) return { x: -180, y: -90, w: 360, h: 180 };
  const total = pts.reduce((s, p) => s + p.w, 0);
  const median = (key) => {
    const sorted = [...pts].sort((a, b) => a[key] - b[key]);
    let acc = 0;
    for (const p of sorted) { acc += p.w; if (acc * 2 >= total) return p[key]; }
    return sorted[sorted.length - 1][key];
  };
  const cx = median('x');
  const cy = median('y');
  // Longitude degrees shrink towards the poles.
  const k = Math.max(0.2, Math.cos((cy * Math.PI) / 180));
  const near = [...pts].sort((a, b) => Math.hypot((a.x - cx) * k, a.y - cy) - Math.hypot((b.x - cx) * k, b.y - cy));
  let acc = 0;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of near) {
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    acc += p.w;
    if (acc >= CORE_SHARE * total) break;
  }
  let w = Math.max(MIN_WIDTH, (x1 - x0) * 1.3 + 4);
  let h = Math.max(MIN_WIDTH / MAP_ASPECT, (y1 - y0) * 1.3 + 4);
  if (w / h < MAP_ASPECT) w = h * MAP_ASPECT;
  else h = w / MAP_ASPECT;
  if (w > 360 || h > 180) return { x: -180, y: -90, w: 360, h: 180 };
  const x = Math.min(180 - w, Math.max(-180, (x0 + x1) / 2 - w / 2));
  const y = Math.min(90 - h, Math.max(-90, (y0 + y1) / 2 - h / 2));
  const round = (v) => Math.round(v * 100) / 100;
  return { x: round(x), y: round(y), w: round(w), h: round(h) };
}

// ---- the world map asset ----

let worldPromise = null;

/**
 * Fetches and parses www/map/world.svg once. It is our own file, but it is
 * still parsed as SVG (never assigned as markup) and only its country paths
 * are kept. Resolves to an SVG <g> to clone, or rejects.
 */
export function loadWorld(url = new URL('../../map/world.svg', import.meta.url)) {
  worldPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`the map could not load (HTTP ${r.status})`);
    return r.text();
  }).then((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) throw new Error('the map file is not valid SVG');
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', 'aa-map-countries');
    for (const path of root.getElementsByTagNameNS(SVG, 'path')) {
      const copy = document.createElementNS(SVG, 'path');
      copy.setAttribute('d', path.getAttribute('d') ?? '');
      const title = path.getElementsByTagNameNS(SVG, 'title')[0]?.textContent ?? '';
      copy.setAttribute('data-name', title);
      if (path.hasAttribute('data-id')) copy.setAttribute('data-id', path.getAttribute('data-id'));
      g.append(copy);
    }
    return g;
  }).catch((e) => {
    worldPromise = null;
    throw e;
  });
  return worldPromise;
}

// ---- drawing ----

export function buildPlaces(summary, prefix) {
  const s = section(`${prefix}-places`, 'Places', summary.places.length ? plural(summary.places.length, 'place') : '');
  s.classList.add('aa-sum-places');
  if (!summary.places.length) {
    s.append(el('p', { class: 'aa-sum-empty' }, 'No place in this text.'));
    return s;
  }
  s.append(el('div', { class: 'aa-map-slot', 'data-state': 'idle' }));
  const list = el('ul', { class: 'aa-countries' });
  for (const c of summary.countries.slice(0, LIST_LIMIT)) {
    const name = c.code ? (c.name ?? c.code) : 'In no one country';
    const head = c.self
      ? goButton(name, c.self.mentions, 'place', c.self.key)
      : el('span', { class: 'aa-country-name' }, name);
    const li = el('li', { class: 'aa-country' }, el('div', { class: 'aa-country-head' }, head,
      el('span', { class: 'aa-total' }, c.places.length ? `${plural(c.mentions.length, 'mention')} in all` : '')));
    if (c.places.length) {
      const inner = el('ul', { class: 'aa-country-places' });
      for (const p of c.places.slice(0, LIST_LIMIT)) inner.append(el('li', {}, goButton(p.name, p.mentions, 'place', p.key)));
      more(inner, c.places.length - LIST_LIMIT, 'place');
      li.append(inner);
    }
    list.append(li);
  }
  more(list, summary.countries.length - LIST_LIMIT, 'country');
  s.append(list);
  return s;
}

/** Draws the map into the slot of a rendered panel (once the asset is in). */
export function drawMap(slot, summary, world, { pxWidth } = {}) {
  const view = mapView(summary.places);
  const width = pxWidth || slot.clientWidth || 480;
  const unit = view.w / width; // map units per CSS pixel
  const names = summary.places.filter((p) => p.lat !== null && p.lon !== null);
  const map = svg('svg', {
    class: 'aa-map',
    viewBox: `${view.x} ${view.y} ${view.w} ${view.h}`,
    role: 'img',
    'aria-label': `Map of the places mentioned: ${names.slice(0, 8).map((p) => p.name).join(', ')}${names.length > 8 ? ' and more' : ''}. The list below has them all.`,
  });
  map.append(svg('rect', { class: 'aa-map-sea', x: -180, y: -90, width: 360, height: 180 }));
  const countries = world.cloneNode(true);
  countries.setAttribute('aria-hidden', 'true');
  const mentioned = new Set(summary.countries.filter((c) => c.code && c.name).map((c) => c.name.toLowerCase()));
  for (const path of countries.children) {
    if (mentioned.has((path.getAttribute('data-name') ?? '').toLowerCase())) path.setAttribute('class', 'aa-mentioned');
  }
  map.append(countries);

  const dots = svg('g', { class: 'aa-map-dots' });
  const labels = svg('g', { class: 'aa-map-labels', 'aria-hidden': 'true' });
  const edges = svg('g', { class: 'aa-map-edges' });
  const inView = (x, y) => x >= view.x && x <= view.x + view.w && y >= view.y && y <= view.y + view.h;
  const taken = [];
  const font = 11.5 * unit;
  // Biggest first in the list, so drawn last: small dots stay clickable on top.
  const ordered = [...names].sort((a, b) => a.mentions.length - b.mentions.length);
  for (const p of ordered) {
    const x = p.lon;
    const y = -p.lat;
    const r = Math.min(11, 3.5 + 1.6 * Math.sqrt(p.mentions.length)) * unit;
    const dot = svg('circle', {
      class: `aa-dot${p.feature === 'country' ? ' aa-dot-country' : ''}`,
      cx: x, cy: y, r: Math.round(r * 1000) / 1000,
      'data-key': p.key,
      'data-span': p.mentions[0],
      'data-mentions': p.mentions.length,
    });
    const title = svg('title');
    title.textContent = `${p.name}: ${plural(p.mentions.length, 'mention')}`;
    dot.append(title);
    dots.append(dot);
    if (!inView(x, y)) {
      // A place outside the view: a small arrow at the edge, pointing to it.
      const m = 8 * unit;
      const ex = Math.min(view.x + view.w - m, Math.max(view.x + m, x));
      const ey = Math.min(view.y + view.h - m, Math.max(view.y + m, y));
      const angle = (Math.atan2(y - ey, x - ex) * 180) / Math.PI;
      const arrow = svg('path', {
        class: 'aa-edge',
        d: 'M 5 0 L -4 -4.5 L -2 0 L -4 4.5 Z',
        transform: `translate(${ex} ${ey}) rotate(${Math.round(angle)}) scale(${Math.round(unit * 1.4 * 1e4) / 1e4})`,
        'data-key': p.key,
        'data-span': p.mentions[0],
      });
      const t = svg('title');
      t.textContent = `${p.name} (outside the map): ${plural(p.mentions.length, 'mention')}`;
      arrow.append(t);
      edges.append(arrow);
    }
  }
  // Labels: most mentioned first, skipping any that would overlap. A
  // country's shape already shows where it is, and an area's centre is only
  // a guess, so their names yield to towns and provinces.
  const weight = (p) => p.mentions.length * (p.feature === 'country' ? 0.6 : ['city', 'region', 'district'].includes(p.feature) ? 1 : 0.5);
  for (const p of [...names].sort((a, b) => weight(b) - weight(a))) {
    const x = p.lon;
    const y = -p.lat;
    if (!inView(x, y) || taken.length >= 10) continue;
    const r = Math.min(11, 3.5 + 1.6 * Math.sqrt(p.mentions.length)) * unit;
    const w = p.name.length * font * 0.58;
    let box = { x0: x + r + 2 * unit, y0: y - font * 0.7, x1: x + r + 2 * unit + w, y1: y + font * 0.4 };
    let anchor = 'start';
    if (box.x1 > view.x + view.w) {
      box = { x0: x - r - 2 * unit - w, y0: box.y0, x1: x - r - 2 * unit, y1: box.y1 };
      anchor = 'end';
    }
    if (taken.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    taken.push(box);
    const text = svg('text', {
      x: anchor === 'start' ? box.x0 : box.x1,
      y: y + font * 0.35,
      'font-size': Math.round(font * 1000) / 1000,
      'text-anchor': anchor,
      'stroke-width': Math.round(3 * unit * 1000) / 1000,
    });
    text.textContent = p.name;
    labels.append(text);
  }
  map.append(dots, edges, labels);
  slot.replaceChildren(map);
  tintByPoints(countries, summary);
  slot.dataset.state = 'ready';
  return map;
}

/**
 * Tints the shapes of the countries mentioned whose names differ between the
 * gazetteer and the map ("United States" / "United States of America"): the
 * shape that holds one of the country's places is the country. Towns are
 * tried before the country's own centre, which may lie outside an odd
 * shape. Needs the map in the document; without isPointInFill, the names
 * alone are used.
 */
function tintByPoints(countries, summary) {
  const paths = [...countries.children];
  if (!paths.length || typeof paths[0].isPointInFill !== 'function') return;
  const owner = countries.ownerSVGElement;
  let boxes;
  try { boxes = paths.map((path) => path.getBBox()); } catch { return; }
  const byName = new Map(paths.map((path) => [(path.getAttribute('data-name') ?? '').toLowerCase(), path]));
  for (const c of summary.countries.slice(0, LIST_LIMIT)) {
    if (!c.code || byName.get((c.name ?? '').toLowerCase())?.getAttribute('class') === 'aa-mentioned') continue;
    const points = [...c.places, ...(c.self ? [c.self] : [])].filter((p) => p.lat !== null && p.lon !== null).slice(0, 6);
    found: for (const p of points) {
      const pt = owner?.createSVGPoint ? owner.createSVGPoint() : new DOMPoint();
      pt.x = p.lon;
      pt.y = -p.lat;
      for (let i = 0; i < paths.length; i++) {
        const path = paths[i];
        const box = boxes[i];
        if (pt.x < box.x || pt.x > box.x + box.width || pt.y < box.y || pt.y > box.y + box.height) continue;
        if (path.isPointInFill(pt)) { path.setAttribute('class', 'aa-mentioned'); break found; }
      }
    }
  }
}
