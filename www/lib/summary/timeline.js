// The dates: a strip on a logarithmic scale of distance from the reference
// date, then the list in time order with the reference date marked, and
// the lengths of time and the dates off the calendar apart. The words come
// from the core's details (lib/format.js dateWords), never from the TIMEX3
// value itself.

import { calendarDayWords, dateWords } from '../format.js';
import { LIST_LIMIT, el, goButton, more, plural, section, svg } from './dom.js';

/** What the timeline calls an entry: the days it covers, in words, or the value or text when the core said none. */
function dateLabel(entry) {
  if (entry.range) {
    const [a, b] = entry.range.map((value, end) => (entry.ends?.[end] && dateWords(entry.ends[end])) ?? value);
    return `${a} – ${b}`;
  }
  return dateWords(entry.detail) ?? entry.value ?? entry.texts[0];
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
export function timelineStrip(summary, width) {
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

export function buildDates(summary, prefix) {
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
      el('span', { class: 'aa-tl-when' }, calendarDayWords(ref.value) ?? ref.value),
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
      const words = dateWords(d.detail) ?? d.texts[0];
      ul.append(el('li', {}, goButton(d.texts[0], d.mentions, 'date', d.key), el('span', { class: 'aa-tl-note' }, words)));
    }
    more(ul, summary.durations.length - LIST_LIMIT, 'length of time');
    s.append(h, ul);
  }
  if (summary.undated.length) {
    const h = el('h4', { class: 'aa-sum-sub' }, 'Not placed on the calendar');
    const ul = el('ul', { class: 'aa-durations' });
    for (const d of summary.undated.slice(0, LIST_LIMIT)) {
      const words = dateWords(d.detail) ?? (d.value ? d.value : 'unresolved');
      ul.append(el('li', {}, goButton(d.texts[0], d.mentions, 'date', d.key), el('span', { class: 'aa-tl-note' }, words)));
    }
    more(ul, summary.undated.length - LIST_LIMIT, 'date');
    s.append(h, ul);
  }
  return s;
}
