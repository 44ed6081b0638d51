// The summary panel: the article at a glance. A map of the places (zoomed to
// where most mentions are, map.js), a timeline of the dates, the durations
// apart (timeline.js), and a table of the figures grouped by what they
// count (here). Every entry is a button that goes to its first mention.
// The grouping is model.js's, made here or beforehand in the worker. Built
// with DOM calls and text nodes only; the world map is our own SVG file,
// fetched when the panel first opens and imported as parsed nodes. The
// page and the widget import this module only when a panel is shown.

import { exactnessWords, figureValue } from '../format.js';
import { entityKey } from '../mentions.js';
import { LIST_LIMIT, el, more, plural, section } from './dom.js';
import { buildPlaces, drawMap, loadWorld } from './map.js';
import { summarize } from './model.js';
import { buildDates, timelineStrip } from './timeline.js';

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
