// The summary panel: the article at a glance. A map of the places (zoomed to
// where most mentions are), a timeline of the dates, the durations apart,
// and a table of the figures grouped by what they count. Every entry is a
// button that goes to its first mention. Built with DOM calls and text
// nodes only; the world map is our own SVG file, fetched when the panel
// first opens and imported as parsed nodes.

import { exactnessWords, figureTopic, figureValue, timexWords } from './format.js';
import { entityKey, nextMention } from './mentions.js';

export { entityKey, nextMention };

const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86_400_000;
/** The map's width / height. */
export const MAP_ASPECT = 2;
/** The smallest map, in degrees of longitude: a region, never a street. */
const MIN_WIDTH = 16;
/** The share of place mentions the map zooms to; the rest may fall outside. */
const CORE_SHARE = 0.75;

// ---- grouping ----


function bump(map, key, make) {
  let entry = map.get(key);
  if (!entry) { entry = make(); entry.mentions = []; map.set(key, entry); }
  return entry;
}

/** Days since 1970-01-01 of a proleptic Gregorian date; months may overflow (13 = next January). */
function dayNumber(y, m, d) {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.floor(t.getTime() / DAY_MS);
}

/** The days of the calendar value `rest` ("", "-10", "-10-09", "-W41"...) in astronomical year `y`. */
function calendarInterval(y, rest) {
  let m;
  if (rest === '') return [dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1)];
  if ((m = /^-(\d{2})-(\d{2})(?:T.*)?$/.exec(rest))) {
    const d = dayNumber(y, +m[1], +m[2]);
    return [d, d + 1];
  }
  if ((m = /^-(\d{2})$/.exec(rest))) return [dayNumber(y, +m[1], 1), dayNumber(y, +m[1] + 1, 1)];
  if ((m = /^-W(\d{2})(?:-WE)?$/.exec(rest))) {
    // ISO weeks: week 1 holds the year's first Thursday.
    const jan4 = dayNumber(y, 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + 7 * (+m[1] - 1);
    return [monday, monday + 7];
  }
  if ((m = /^-Q([1-4])$/.exec(rest))) {
    const q = +m[1];
    return [dayNumber(y, 3 * q - 2, 1), dayNumber(y, 3 * q + 1, 1)];
  }
  if ((m = /^-H([12])$/.exec(rest))) {
    return m[1] === '1' ? [dayNumber(y, 1, 1), dayNumber(y, 7, 1)] : [dayNumber(y, 7, 1), dayNumber(y + 1, 1, 1)];
  }
  if ((m = /^-(SP|SU|FA|AU|WI)$/.exec(rest))) {
    const start = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 }[m[1]];
    return [dayNumber(y, start, 1), dayNumber(y, start + 3, 1)];
  }
  return null;
}

/**
 * The days a TIMEX3 calendar value covers, as [first, last+1) day numbers
 * (days since 1970-01-01), or null when it is not on the calendar ("XXXX-10",
 * "PAST_REF", a duration). Years before the common era ("BC0480-08",
 * "BC03") count astronomically: 1 BC is year 0.
 */
export function timexInterval(value) {
  if (typeof value !== 'string') return null;
  let m;
  if ((m = /^(BC)?(\d{4})(.*)$/.exec(value))) return calendarInterval(m[1] ? 1 - +m[2] : +m[2], m[3]);
  // Decades ("198X") and centuries ("19XX", "19"): the years [a, b).
  let years = null;
  if ((m = /^(BC)?(\d{3})X?$/.exec(value))) years = [+m[2] * 10, +m[2] * 10 + 10];
  else if ((m = /^(BC)?(\d{2})(?:XX)?$/.exec(value))) years = [+m[2] * 100, +m[2] * 100 + 100];
  if (!years) return null;
  // Years a..b-1 BC are the astronomical years 2-b..1-a.
  const [a, b] = m[1] ? [2 - years[1], 2 - years[0]] : years;
  return [dayNumber(a, 1, 1), dayNumber(b, 1, 1)];
}

/** The interval of a date span: its range if it has one, else its value. */
function dateInterval(date) {
  if (Array.isArray(date?.range) && date.range.length === 2) {
    const a = timexInterval(date.range[0]);
    const b = timexInterval(date.range[1]);
    if (a && b) return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
  }
  return timexInterval(date?.value);
}

/**
 * Groups the spans for the panel. Returns
 * {places, countries, dates, durations, undated, figures, reference},
 * each entry holding `mentions`: the indices of its spans, in text order.
 */
export function summarize(spans, referenceDate) {
  const places = new Map();
  const dates = new Map();
  const durations = new Map();
  const undated = new Map();
  const figures = new Map();
  spans.forEach((span, i) => {
    if (span.kind === 'place') {
      const p = span.place ?? {};
      const entry = bump(places, entityKey(span), () => ({
        name: p.name || span.text,
        feature: p.feature,
        country: p.country ?? null,
        countryCode: p.countryCode ?? null,
        lat: Number.isFinite(p.lat) ? p.lat : null,
        lon: Number.isFinite(p.lon) ? p.lon : null,
      }));
      entry.mentions.push(i);
    } else if (span.kind === 'date') {
      const d = span.date ?? {};
      const interval = d.type === 'DURATION' || d.type === 'SET' ? null : dateInterval(d);
      const key = entityKey(span);
      if (d.type === 'DURATION') {
        bump(durations, key, () => ({ value: d.value ?? null, mod: d.mod ?? null, texts: new Set() })).mentions.push(i);
        durations.get(key).texts.add(span.text);
      } else if (interval) {
        bump(dates, key, () => ({ value: d.value ?? null, range: d.range ?? null, type: d.type, interval, texts: new Set() })).mentions.push(i);
        dates.get(key).texts.add(span.text);
      } else {
        bump(undated, key, () => ({ value: d.value ?? null, type: d.type, texts: new Set() })).mentions.push(i);
        undated.get(key).texts.add(span.text);
      }
    } else if (span.kind === 'figure') {
      const f = span.figure ?? {};
      const topic = figureTopic(f);
      const key = topic ?? `alone:${i}`;
      const group = bump(figures, key, () => ({
        topic: f.counts ?? null,
        unit: f.unit ?? null,
        currency: f.currency ?? null,
        items: [],
      }));
      group.mentions.push(i);
      group.items.push({ index: i, figure: f, text: span.text });
    }
  });

  // Countries: every place under the country it lies in; the country's own
  // mentions count once, with the places inside it.
  const countries = new Map();
  for (const [key, place] of places) {
    const ckey = place.countryCode ?? `none`;
    const c = bump(countries, ckey, () => ({ name: place.country ?? null, code: place.countryCode, places: [], self: null }));
    c.mentions.push(...place.mentions);
    if (place.feature === 'country' && place.countryCode) c.self = { key, ...place };
    else c.places.push({ key, ...place });
  }
  const byCount = (a, b) => b.mentions.length - a.mentions.length || a.mentions[0] - b.mentions[0];
  const countryList = [...countries.values()];
  for (const c of countryList) {
    c.mentions.sort((a, b) => a - b);
    c.places.sort(byCount);
  }
  countryList.sort((a, b) => (a.code ? 0 : 1) - (b.code ? 0 : 1) || byCount(a, b));

  const ref = referenceDate?.value ? timexInterval(referenceDate.value) : null;
  return {
    places: [...places.entries()].map(([key, p]) => ({ key, ...p })).sort(byCount),
    countries: countryList,
    dates: [...dates.entries()].map(([key, d]) => ({ key, ...d, texts: [...d.texts] }))
      .sort((a, b) => a.interval[0] - b.interval[0] || a.interval[1] - b.interval[1] || a.mentions[0] - b.mentions[0]),
    durations: [...durations.entries()].map(([key, d]) => ({ key, ...d, texts: [...d.texts] })),
    undated: [...undated.entries()].map(([key, d]) => ({ key, ...d, texts: [...d.texts] })),
    figures: [...figures.values()],
    reference: ref ? { value: referenceDate.value, interval: ref } : null,
  };
}

// ---- the map's view ----

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
export function loadWorld(url = new URL('../map/world.svg', import.meta.url)) {
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

// ---- rendering ----

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Entries listed per list. A long report can hold thousands of figures;
 * past this the list says how many more there are (the exports have all),
 * so that opening the panel stays quick.
 */
export const LIST_LIMIT = 150;

function more(list, n, what) {
  if (n > 0) list.append(el('li', { class: 'aa-more' }, `…and ${plural(n, what)} more (the exports have them all)`));
}

/** A button that goes to the first mention of an entry. */
function goButton(label, mentions, kind, key, extra = '') {
  const b = el('button', {
    type: 'button',
    class: 'aa-go',
    'data-kind': kind,
    'data-key': key,
    'data-span': mentions[0],
    'aria-label': `${label}${extra}, ${plural(mentions.length, 'mention')}: go to the first`,
  }, el('span', { class: 'aa-go-label' }, label));
  if (mentions.length > 1) b.append(el('span', { class: 'aa-count', 'aria-hidden': 'true' }, String(mentions.length)));
  return b;
}

function dateLabel(entry) {
  if (entry.range) {
    const a = timexWords(entry.range[0]) ?? entry.range[0];
    const b = timexWords(entry.range[1]) ?? entry.range[1];
    return `${a} – ${b}`;
  }
  return timexWords(entry.value) ?? entry.value ?? entry.texts[0];
}

function relativeWords(days) {
  if (days === 0) return 'the reference day';
  const n = Math.abs(days);
  let amount;
  if (n < 14) amount = plural(n, 'day');
  else if (n < 61) amount = plural(Math.round(n / 7), 'week');
  else if (n < 730) amount = plural(Math.round(n / 30.44), 'month');
  else amount = plural(Math.round(n / 365.25), 'year');
  return days < 0 ? `${amount} before` : `${amount} after`;
}

function section(id, title, countText) {
  const h = el('h3', { id, class: 'aa-sum-title' }, title);
  if (countText) h.append(' ', el('span', { class: 'aa-sum-count' }, countText));
  return el('section', { class: 'aa-sum-section', 'aria-labelledby': id }, h);
}

function buildPlaces(summary, prefix) {
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

/** Where the strip puts a day `d` days from its anchor: a log scale, so days, weeks and decades all show. */
function stripScale(d) {
  return Math.sign(d) * Math.log10(1 + Math.abs(d));
}

const STRIP_TICKS = [
  [-36524, '100 y'], [-3652, '10 y'], [-365, '1 y'], [-30, '1 mo'], [-7, '1 wk'],
  [7, '1 wk'], [30, '1 mo'], [365, '1 y'], [3652, '10 y'], [36524, '100 y'],
];

/**
 * A strip of the dates around the reference date (or, without one, the
 * latest date): each date a dot, each longer period a bar, on a scale of
 * distance that is logarithmic so that "yesterday" and "1991" both fit.
 * Decorative for screen readers: the list below says the same in words.
 */
function timelineStrip(summary, width) {
  const anchor = summary.reference?.interval[0] ?? Math.max(...summary.dates.map((d) => d.interval[0]));
  const W = Math.max(240, Math.round(width));
  const H = 58;
  const pad = 14;
  const axis = 30;
  const f = (day) => stripScale(day - anchor);
  let lo = 0;
  let hi = 0;
  for (const d of summary.dates) { lo = Math.min(lo, f(d.interval[0])); hi = Math.max(hi, f(d.interval[1] - 1)); }
  if (hi - lo < 1) { lo -= 0.5; hi += 0.5; }
  const x = (day) => Math.round((pad + ((f(day) - lo) / (hi - lo)) * (W - 2 * pad)) * 10) / 10;
  const strip = svg('svg', { class: 'aa-strip', viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true', focusable: 'false' });
  strip.append(svg('line', { class: 'aa-strip-axis', x1: pad, x2: W - pad, y1: axis, y2: axis }));
  let lastTick = -Infinity;
  for (const [days, label] of STRIP_TICKS) {
    const v = stripScale(days);
    if (v < lo || v > hi) continue;
    const tx = x(anchor + days);
    if (Math.abs(tx - lastTick) < 34) continue;
    lastTick = tx;
    strip.append(svg('line', { class: 'aa-strip-tick', x1: tx, x2: tx, y1: axis - 3, y2: axis + 3 }));
    const t = svg('text', { x: tx, y: H - 6, 'text-anchor': 'middle' });
    t.textContent = days < 0 ? `−${label}` : `+${label}`;
    strip.append(t);
  }
  if (summary.reference) {
    const rx = x(anchor);
    strip.append(svg('line', { class: 'aa-strip-ref', x1: rx, x2: rx, y1: 6, y2: axis + 6 }));
    const t = svg('text', { class: 'aa-strip-ref-label', x: rx, y: H - 6, 'text-anchor': 'middle' });
    t.textContent = 'published';
    strip.append(t);
  }
  for (const d of summary.dates) {
    const x0 = x(d.interval[0]);
    const x1 = x(d.interval[1] - 1);
    const r = Math.min(7, 3 + Math.sqrt(d.mentions.length));
    const mark = x1 - x0 >= 4
      ? svg('rect', { class: 'aa-strip-span', x: x0, y: axis - 10, width: Math.round((x1 - x0) * 10) / 10, height: 7, rx: 2 })
      : svg('circle', { class: 'aa-strip-dot', cx: x0, cy: axis - 7, r });
    mark.setAttribute('data-span', d.mentions[0]);
    mark.setAttribute('data-key', d.key);
    const title = svg('title');
    title.textContent = dateLabel(d);
    mark.append(title);
    strip.append(mark);
  }
  return strip;
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

function buildDates(summary, prefix) {
  const s = section(`${prefix}-dates`, 'Dates', summary.dates.length ? plural(summary.dates.length, 'date') : '');
  s.classList.add('aa-sum-dates');
  const ref = summary.reference;
  if (!summary.dates.length && !summary.durations.length && !summary.undated.length) {
    s.append(el('p', { class: 'aa-sum-empty' }, 'No date in this text.'));
    return s;
  }
  if (summary.dates.length) s.append(el('div', { class: 'aa-strip-slot' }));
  if (summary.dates.length || ref) {
    const list = el('ol', { class: 'aa-timeline', 'aria-label': 'Dates in time order' });
    let refShown = false;
    const refItem = () => el('li', { class: 'aa-tl-item aa-tl-ref', 'data-interval': ref.interval.join(' ') },
      el('span', { class: 'aa-tl-when' }, timexWords(ref.value) ?? ref.value),
      el('span', { class: 'aa-tl-note' }, 'reference date (publication)'));
    // Beyond the limit, the dates nearest the reference date are kept.
    const dates = summary.dates.length <= LIST_LIMIT || !ref ? summary.dates.slice(0, LIST_LIMIT)
      : [...summary.dates].sort((a, b) => Math.abs(a.interval[0] - ref.interval[0]) - Math.abs(b.interval[0] - ref.interval[0]))
        .slice(0, LIST_LIMIT).sort((a, b) => a.interval[0] - b.interval[0] || a.interval[1] - b.interval[1]);
    for (const d of dates) {
      const isRef = !!ref && d.value === ref.value && !d.range;
      if (ref && !refShown && !isRef && d.interval[0] > ref.interval[0]) { list.append(refItem()); refShown = true; }
      const label = dateLabel(d);
      const li = el('li', {
        class: `aa-tl-item${isRef ? ' aa-tl-ref' : ''}${d.interval[1] - d.interval[0] > 1 ? ' aa-tl-span' : ''}`,
        'data-interval': d.interval.join(' '),
        'data-value': d.value ?? '',
      });
      li.append(goButton(label, d.mentions, 'date', d.key));
      const notes = [];
      const quoted = d.texts.filter((t) => t.toLowerCase() !== label.toLowerCase()).slice(0, 3).map((t) => `“${t}”`);
      if (quoted.length) notes.push(quoted.join(', '));
      if (isRef) { notes.push('the reference date'); refShown = true; }
      else if (ref) notes.push(relativeWords(d.interval[0] - ref.interval[0]));
      li.append(el('span', { class: 'aa-tl-note' }, notes.join(' · ')));
      list.append(li);
    }
    if (ref && !refShown) list.append(refItem());
    more(list, summary.dates.length - dates.length, 'date');
    s.append(list);
  }
  if (summary.durations.length) {
    const h = el('h4', { class: 'aa-sum-sub' }, 'Lengths of time');
    const ul = el('ul', { class: 'aa-durations' });
    for (const d of summary.durations.slice(0, LIST_LIMIT)) {
      const words = timexWords(d.value) ?? d.texts[0];
      ul.append(el('li', {}, goButton(d.texts[0], d.mentions, 'date', d.key), el('span', { class: 'aa-tl-note' }, words)));
    }
    more(ul, summary.durations.length - LIST_LIMIT, 'length of time');
    s.append(h, ul);
  }
  if (summary.undated.length) {
    const h = el('h4', { class: 'aa-sum-sub' }, 'Not placed on the calendar');
    const ul = el('ul', { class: 'aa-durations' });
    for (const d of summary.undated.slice(0, LIST_LIMIT)) {
      const words = timexWords(d.value) ?? (d.value ? d.value : 'unresolved');
      ul.append(el('li', {}, goButton(d.texts[0], d.mentions, 'date', d.key), el('span', { class: 'aa-tl-note' }, words)));
    }
    more(ul, summary.undated.length - LIST_LIMIT, 'date');
    s.append(h, ul);
  }
  return s;
}

function figureUnit(group, items) {
  if (group.currency) return group.currency;
  if (group.unit) return group.unit;
  const units = new Set(items.map((i) => i.figure.currency ?? i.figure.unit).filter(Boolean));
  return [...units].join(', ');
}

function buildFigures(summary, prefix) {
  const s = section(`${prefix}-figures`, 'Figures', summary.figures.length ? plural(summary.figures.reduce((n, g) => n + g.items.length, 0), 'figure') : '');
  s.classList.add('aa-sum-figures');
  if (!summary.figures.length) {
    s.append(el('p', { class: 'aa-sum-empty' }, 'No figure in this text.'));
    return s;
  }
  const table = el('table', { class: 'aa-figures' });
  table.append(el('thead', {}, el('tr', {},
    el('th', { scope: 'col' }, 'Counts'),
    el('th', { scope: 'col' }, 'Values'),
    el('th', { scope: 'col' }, 'Exactness'),
    el('th', { scope: 'col' }, 'Unit'))));
  const body = el('tbody');
  for (const g of summary.figures.slice(0, LIST_LIMIT)) {
    const values = el('td', { class: 'aa-fig-values' });
    g.items.slice(0, LIST_LIMIT).forEach((item, n) => {
      if (n) values.append('; ');
      const label = figureValue(item.figure ?? {}) || item.text;
      const b = el('button', {
        type: 'button', class: 'aa-go aa-go-inline', 'data-kind': 'figure', 'data-key': entityKey({ kind: 'figure', text: item.text, figure: item.figure }), 'data-span': item.index,
        'aria-label': `${label}${g.topic ? ` ${g.topic}` : ''} (“${item.text}”): go to it`,
      }, label);
      values.append(b);
    });
    // One word for the row when all its values agree, else one per value, in order.
    const words = g.items.map((i) => exactnessWords(i.figure.exactness ?? 'exact') + (i.figure.vague ? ' (vague)' : ''));
    const exact = new Set(words).size === 1 ? words[0] : words.join('; ');
    body.append(el('tr', { 'data-topic': g.topic ?? '' },
      el('th', { scope: 'row' }, g.topic ?? (g.currency ? `amounts in ${g.currency}` : g.unit ? `measures in ${g.unit}` : '—')),
      values,
      el('td', {}, exact),
      el('td', {}, figureUnit(g, g.items) || '—')));
  }
  table.append(body);
  s.append(table);
  const hiddenValues = summary.figures.reduce((n, g, i) => n + (i < LIST_LIMIT ? Math.max(0, g.items.length - LIST_LIMIT) : g.items.length), 0);
  if (hiddenValues > 0) {
    const note = el('ul', {});
    more(note, hiddenValues, 'figure');
    s.append(note);
  }
  return s;
}

/**
 * Renders the panel for a result into `container` (replacing its content).
 * `onGo(spanIndex, key)` is called when an entry is chosen. The map is drawn
 * when `loadWorld` resolves; until then its slot says it is loading.
 * `summary`, if given, is summarize(result.spans, result.referenceDate),
 * made beforehand. Returns the summary (for tests and callers).
 */
export function renderSummary(container, result, { onGo, idPrefix = 'aa-sum', world = loadWorld, theme, framed = false, summary: given } = {}) {
  const spans = Array.isArray(result?.spans) ? result.spans : [];
  // A caller may pass summarize()'s result made elsewhere (the page's worker
  // makes it for big texts: 100,000 spans took 150 ms or more).
  const summary = given ?? summarize(spans, result?.referenceDate ?? null);
  const root = el('div', { class: 'aa-summary', 'data-aa-theme': theme, 'data-aa-framed': framed });
  root.append(buildPlaces(summary, idPrefix), buildDates(summary, idPrefix), buildFigures(summary, idPrefix));
  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest('[data-span]') : null;
    if (!target || !root.contains(target)) return;
    const index = Number(target.getAttribute('data-span'));
    if (Number.isInteger(index)) onGo?.(index, target.getAttribute('data-key'));
  });
  container.replaceChildren(root);
  // Drawn once in the page, so it can be sized to its real width.
  const strip = root.querySelector('.aa-strip-slot');
  if (strip) strip.append(timelineStrip(summary, strip.clientWidth || 440));
  const slot = root.querySelector('.aa-map-slot');
  if (slot) {
    slot.dataset.state = 'loading';
    slot.append(el('p', { class: 'aa-sum-empty' }, 'Loading the map…'));
    world().then((g) => { if (slot.isConnected) drawMap(slot, summary, g); }, (e) => {
      slot.dataset.state = 'error';
      slot.replaceChildren(el('p', { class: 'aa-sum-empty' }, `The map is unavailable (${e?.message ?? e}); the places are listed below.`));
    });
  }
  return summary;
}


