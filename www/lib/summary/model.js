// The summary panel's model: the spans grouped into places (under their
// countries), dates on the calendar, lengths of time, other dates, and
// figures by what they count, each with its mentions. Plain data, no DOM:
// the worker groups a big text's spans (lib/worker.js), and the panel's
// modules (map.js, timeline.js, panel.js) draw it.

import { figureTopic } from '../format.js';
import { entityKey } from '../mentions.js';

const DAY_MS = 86_400_000;

function bump(map, key, make) {
  let entry = map.get(key);
  if (!entry) { entry = make(); entry.mentions = []; map.set(key, entry); }
  return entry;
}

/**
 * Days since 1970-01-01 of a calendar day the core writes "YYYY-MM-DD" (an
 * interval's ends, the reference date), or null.
 */
export function dayNumber(iso) {
  const parts = typeof iso === 'string' ? iso.split('-') : [];
  if (parts.length !== 3) return null;
  const [y, m, d] = parts.map(Number);
  if (![y, m, d].every(Number.isInteger)) return null;
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.floor(t.getTime() / DAY_MS);
}

/** The core's interval ({start, end}, inclusive) as day numbers [first, last + 1), or null. */
function days(interval) {
  const a = dayNumber(interval?.start);
  const b = dayNumber(interval?.end);
  return a === null || b === null || b < a ? null : [a, b + 1];
}

const rangeKey = (d) => (Array.isArray(d?.range) && d.range.length === 2 ? `${d.range[0]}|${d.range[1]}` : null);

/**
 * For each range ("1992–1994", two spans that both carry the range's two
 * values), the days from the first end's first day to the last end's last
 * (null when no end has an interval), and the details of its two ends.
 */
function rangeIntervals(spans) {
  const ranges = new Map();
  for (const span of spans) {
    const d = span.kind === 'date' ? span.date : null;
    const key = rangeKey(d);
    if (!key) continue;
    let r = ranges.get(key);
    if (!r) { r = { interval: null, ends: [null, null] }; ranges.set(key, r); }
    const own = days(d.interval);
    if (own) r.interval = r.interval ? [Math.min(r.interval[0], own[0]), Math.max(r.interval[1], own[1])] : own;
    d.range.forEach((value, end) => { if (d.value === value) r.ends[end] ??= d; });
  }
  return ranges;
}

/**
 * Groups the spans for the panel. Returns
 * {places, countries, dates, durations, undated, figures, reference},
 * each entry holding `mentions`: the indices of its spans, in text order.
 * A date is on the calendar (`dates`, with `interval` as day numbers
 * [first, last + 1)) when the core gave the days it covers; the two ends of
 * a range each cover the whole range. Durations are apart, and the rest
 * (references such as PRESENT_REF, partial and BC values, sets, unresolved
 * dates) is `undated`. `detail` is the core's date detail of an entry's
 * first mention, and `ends` the details of a range's two ends (null for an
 * end no span has), for the words.
 */
export function summarize(spans, referenceDate) {
  const ranges = rangeIntervals(spans);
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
      const range = rangeKey(d);
      const interval = d.type === 'DURATION' || d.type === 'SET' ? null : range ? ranges.get(range).interval : days(d.interval);
      const key = entityKey(span);
      if (d.type === 'DURATION') {
        bump(durations, key, () => ({ value: d.value ?? null, mod: d.mod ?? null, detail: d, texts: new Set() })).mentions.push(i);
        durations.get(key).texts.add(span.text);
      } else if (interval) {
        bump(dates, key, () => ({
          value: d.value ?? null, range: d.range ?? null, ends: range ? ranges.get(range).ends : null, type: d.type, interval, detail: d, texts: new Set(),
        })).mentions.push(i);
        dates.get(key).texts.add(span.text);
      } else {
        bump(undated, key, () => ({ value: d.value ?? null, type: d.type, detail: d, texts: new Set() })).mentions.push(i);
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

  const refDay = dayNumber(referenceDate?.value);
  const ref = refDay === null ? null : [refDay, refDay + 1];
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
