// The hover card: what it says about a span (buildCard) and when it shows
// (CardController). Shared by the paste page and the widget. Everything is
// built with createElement and text nodes: span text comes from the article
// and is never parsed as HTML.

import {
  coordinates, dateWords, distanceWords, exactnessWords, featureWords, figureRange, figureTopic, figureValue,
  fullNumber, mapUrl, modWords, population, resolutionWords, timexTypeWords,
} from './format.js';
import { adopt, cardCss, documentCss } from './styles.js';

const KIND_NAMES = { place: 'Place', date: 'Date', figure: 'Figure' };

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function row(dl, label, value) {
  if (value === undefined || value === null || value === '') return;
  dl.append(el('dt', null, label));
  const dd = el('dd');
  if (value instanceof Node) dd.append(value);
  else dd.textContent = String(value);
  dl.append(dd);
}

function list(items) {
  const ul = el('ul');
  for (const item of items) ul.append(el('li', null, item));
  return ul;
}

function placeRows(dl, p) {
  row(dl, 'Name', p.name);
  row(dl, 'Kind', featureWords(p.feature));
  if (p.region) row(dl, 'Region', p.region);
  if (p.country) row(dl, 'Country', p.countryCode ? `${p.country} (${p.countryCode})` : p.country);
  else if (p.countryCode) row(dl, 'Country', p.countryCode);
  row(dl, 'Coordinates', coordinates(p.lat, p.lon));
  const pop = population(p.population);
  if (pop && p.population > 0) row(dl, 'Population', pop);
  if (Array.isArray(p.alternatives) && p.alternatives.length) {
    row(dl, 'Or perhaps', list(p.alternatives.slice(0, 5).map((a) =>
      [a.name, featureWords(a.feature).toLowerCase(), a.region, a.countryCode].filter(Boolean).join(', '))));
  }
}

/**
 * The ends of the range a date is one end of, in words. A range written
 * with two dates ("1992–1994") is two spans, each with the range's two
 * values; each end is said by the span whose value it is, else shown as it
 * is.
 */
function rangeWords(d, spans) {
  const words = (value) => {
    const end = value === d.value ? d : spans.find((s) => s.kind === 'date' && s.date?.value === value && s.date.range?.[0] === d.range[0] && s.date.range?.[1] === d.range[1])?.date;
    return (end && dateWords(end)) ?? value;
  };
  return `${words(d.range[0])} to ${words(d.range[1])}`;
}

function dateRows(dl, d, referenceDate, spans) {
  row(dl, 'Value', d.value ?? (d.resolution === 'unresolved' ? 'unknown without a reference date' : 'none'));
  const words = dateWords(d);
  if (words) row(dl, 'In words', d.mod ? `${modWords(d.mod)} ${words}` : words);
  else if (d.mod) row(dl, 'Modifier', modWords(d.mod));
  if (Array.isArray(d.range) && d.range.length === 2) row(dl, 'Range', rangeWords(d, Array.isArray(spans) ? spans : []));
  row(dl, 'Type', timexTypeWords(d.type));
  if (d.weekday) row(dl, 'Weekday', d.weekday);
  const distance = distanceWords(d.daysFromReference);
  if (distance) row(dl, 'When', referenceDate ? `${distance} (${referenceDate.value})` : distance);
  row(dl, 'How resolved', resolutionWords(d));
}

function figureRows(dl, f, span, spans) {
  const value = el('span', 'big', figureValue(f));
  row(dl, 'Value', value);
  row(dl, 'Exactness', [exactnessWords(f.exactness), f.modifier ? `(“${f.modifier}”)` : null,
    f.vague ? 'vague' : null].filter(Boolean).join(' '));
  // With a currency, the unit is only the currency's name again ("euro").
  if (f.unit === '%') row(dl, 'Unit', 'percent');
  else if (f.unit && !f.currency) row(dl, 'Unit', f.unit);
  if (f.currency) row(dl, 'Currency', f.currency);
  const range = figureRange(f);
  if (range) row(dl, 'Range', f.value === f.range[0] ? `${range} (this is the low end)` : f.value === f.range[1] ? `${range} (this is the high end)` : range);
  if (f.counts) row(dl, 'Counts', f.counts);
  const topic = figureTopic(f);
  if (topic && Array.isArray(spans)) {
    const others = spans.filter((s) => s !== span && s.kind === 'figure' && figureTopic(s.figure) === topic);
    if (others.length) {
      const label = f.counts ? 'Same count elsewhere' : 'Same unit elsewhere';
      row(dl, label, list(others.slice(0, 6).map((s) => `${s.text} = ${fullNumber(s.figure.value)}`)
        .concat(others.length > 6 ? [`and ${others.length - 6} more`] : [])));
    }
  }
}

/**
 * The card's content for one span, as a DOM element. `context` carries the
 * whole result ({spans, referenceDate}) for the rows that look across the
 * article (figures that count the same thing).
 */
export function buildCard(span, context = {}) {
  const card = el('div', 'card');
  card.setAttribute('part', 'card');
  card.dataset.kind = span.kind;
  const head = el('div', 'head');
  head.setAttribute('part', 'card-head');
  head.append(el('span', 'kind', KIND_NAMES[span.kind] ?? span.kind), el('span', 'title', span.text));
  card.append(head);
  const dl = el('dl');
  dl.setAttribute('part', 'card-body');
  if (span.kind === 'place' && span.place) placeRows(dl, span.place);
  else if (span.kind === 'date' && span.date) dateRows(dl, span.date, context.referenceDate, context.spans);
  else if (span.kind === 'figure' && span.figure) figureRows(dl, span.figure, span, context.spans);
  card.append(dl);
  const foot = el('div', 'foot');
  foot.append(el('span', 'muted', `Confidence ${Math.round((Number(span.confidence) || 0) * 100)}%`));
  if (span.kind === 'place' && span.place) {
    const url = mapUrl(span.place.lat, span.place.lon, span.place.feature);
    if (url) {
      const a = el('a', null, 'Open map ↗');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.setAttribute('part', 'card-link');
      foot.append(a);
    }
  }
  card.append(foot);
  return card;
}

let cardCount = 0;

/**
 * Shows one card at a time for the `<aa-mark>` elements inside `root`:
 * on hover (after a short delay), on keyboard focus, and on tap or click;
 * Escape closes it. The card lives in a shadow root of an `<aa-card
 * role="tooltip">` element appended to the document body, which the active
 * mark points to with aria-describedby.
 */
export class CardController {
  /**
   * @param {Element} root where the marks are (events are delegated to it)
   * @param {(mark: Element) => ({span: object, context: object} | null)} lookup
   * @param {{theme?: string}} options
   */
  constructor(root, lookup, { theme = 'auto' } = {}) {
    this.root = root;
    this.lookup = lookup;
    this.active = null;
    this.timer = 0;
    const doc = root.ownerDocument;
    adopt(doc, documentCss);
    this.host = doc.createElement('aa-card');
    this.host.id = `aa-card-${++cardCount}`;
    this.host.setAttribute('role', 'tooltip');
    this.host.hidden = true;
    this.setTheme(theme);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    adopt(this.shadow, cardCss);
    doc.body.append(this.host);

    // Where the pointer last moved. When the page scrolls (say, to a mark
    // focused by the keyboard) or its content changes, the content slides
    // under a pointer that did not move, and the browser fires mouseover and
    // mouseout for it; those must not switch or close the card the reader
    // opened. A real move into a mark fires its mouseover before the
    // mousemove that records the new position, so it always differs.
    this.pointer = null;
    this.onMove = (e) => { this.pointer = [e.clientX, e.clientY]; };
    this.stillPointer = (e) => !!this.pointer && e.clientX === this.pointer[0] && e.clientY === this.pointer[1];
    this.onOver = (e) => {
      if (this.stillPointer(e)) return;
      const mark = this.markFrom(e.target);
      if (mark) this.later(() => this.open(mark), this.active ? 60 : 150);
      else if (this.host.contains(e.target)) this.cancel();
    };
    this.onOut = (e) => {
      if (this.stillPointer(e)) return;
      const to = e.relatedTarget;
      if (to && (this.host.contains(to) || (this.active && this.piecesOf(this.active).some((p) => p.contains(to))))) return;
      this.later(() => this.close(), 250);
    };
    this.onFocusIn = (e) => {
      const mark = this.markFrom(e.target);
      if (mark && !this.quiet) { this.cancel(); this.open(mark); }
    };
    this.onFocusOut = (e) => {
      const to = e.relatedTarget;
      if (to && (this.host.contains(to) || this.markFrom(to))) return;
      this.later(() => this.close(), 100);
    };
    this.onClick = (e) => {
      const mark = this.markFrom(e.target);
      if (!mark) return;
      this.cancel();
      // What was open when this tap or click began: focusing the mark on
      // pointerdown has already opened its card by now.
      const before = e.detail ? this.activeAtPointerDown : this.active;
      const already = !!before && before.isConnected && this.piecesOf(before).includes(mark);
      // On a touch screen the first tap on a highlight inside a link shows
      // the card; only a second tap follows the link.
      if (!already && e.pointerType === 'touch' && mark.closest('a[href]')) e.preventDefault();
      if (already && e.pointerType === 'mouse') return;
      this.open(mark);
    };
    this.onKey = (e) => {
      if (e.key === 'Escape' && this.active) {
        const mark = this.active;
        const focusInCard = this.host.matches(':focus-within');
        this.close();
        // Focus goes back to the mark only when it was in the card; the
        // focus event this causes must not reopen the card.
        if (focusInCard) this.refocus(mark);
      } else if (e.key === 'Tab' && this.active && this.host.matches(':focus-within')) {
        // Leaving the card with Tab goes back to its mark; the next Tab
        // then moves on to the next highlight.
        e.preventDefault();
        this.refocus(this.active);
      } else if (e.key === 'Tab' && !e.shiftKey && this.active && !this.visited
        && this.piecesOf(this.active).includes(e.target) && this.shadow.querySelector('a[href]')) {
        // From a highlight whose card has a link, Tab first visits the link,
        // so keyboard users reach the map too.
        e.preventDefault();
        this.visited = true;
        this.shadow.querySelector('a[href]').focus();
      } else if ((e.key === 'Enter' || e.key === ' ') && this.markFrom(e.target)) {
        e.preventDefault();
        this.open(this.markFrom(e.target));
      }
    };
    this.onDocPointer = (e) => {
      this.activeAtPointerDown = this.active;
      if (!this.active) return;
      const path = e.composedPath();
      if (path.includes(this.host) || path.some((n) => n instanceof Element && n.localName === 'aa-mark' && this.root.contains(n))) return;
      this.close();
    };
    this.onScroll = () => { if (this.active) this.place(this.active); };
    root.addEventListener('mouseover', this.onOver);
    root.addEventListener('mouseout', this.onOut);
    this.host.addEventListener('mouseover', this.onOver);
    this.host.addEventListener('mouseout', this.onOut);
    root.addEventListener('focusin', this.onFocusIn);
    root.addEventListener('focusout', this.onFocusOut);
    this.host.addEventListener('focusout', this.onFocusOut);
    root.addEventListener('click', this.onClick);
    doc.addEventListener('keydown', this.onKey);
    doc.addEventListener('pointerdown', this.onDocPointer, true);
    doc.addEventListener('mousemove', this.onMove, { passive: true, capture: true });
    doc.defaultView.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    doc.defaultView.addEventListener('resize', this.onScroll, { passive: true });
  }

  /** Focuses a mark without the focus event reopening or switching the card. */
  refocus(mark) {
    if (!mark.isConnected) return;
    this.quiet = true;
    mark.focus({ preventScroll: true });
    this.quiet = false;
  }

  setTheme(theme) {
    this.host.setAttribute('theme', theme === 'light' || theme === 'dark' ? theme : 'auto');
  }

  markFrom(node) {
    const mark = node instanceof Element ? node.closest('aa-mark') : node?.parentElement?.closest('aa-mark');
    return mark && this.root.contains(mark) && !this.isHidden(mark) ? mark : null;
  }

  /** A mark whose kind is toggled off shows no card. */
  isHidden(mark) {
    const hider = mark.closest('[data-aa-hide]');
    return !!hider && hider.getAttribute('data-aa-hide').split(/\s+/).includes(mark.dataset.kind);
  }

  /** All the pieces of the span a mark belongs to (a span across markup has several). */
  piecesOf(mark) {
    const id = mark.dataset.aaSpan;
    if (id === undefined) return [mark];
    return [...this.root.querySelectorAll(`aa-mark[data-aa-span="${CSS.escape(id)}"]`)];
  }

  later(fn, ms) {
    this.cancel();
    this.timer = setTimeout(fn, ms);
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = 0;
  }

  open(mark) {
    const found = this.lookup(mark);
    if (!found) return;
    const pieces = this.piecesOf(mark);
    const first = pieces[0] ?? mark;
    if (this.active !== first) {
      this.close();
      this.active = first;
      this.visited = false;
      this.shadow.replaceChildren(buildCard(found.span, found.context));
      for (const p of pieces) p.setAttribute('data-aa-active', '');
      const describedBy = (first.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (!describedBy.includes(this.host.id)) first.setAttribute('aria-describedby', [...describedBy, this.host.id].join(' '));
    }
    this.host.hidden = false;
    this.place(first);
  }

  close() {
    this.cancel();
    if (!this.active) return;
    for (const p of this.piecesOf(this.active)) p.removeAttribute('data-aa-active');
    const rest = (this.active.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== this.host.id);
    if (rest.length) this.active.setAttribute('aria-describedby', rest.join(' '));
    else this.active.removeAttribute('aria-describedby');
    this.active = null;
    this.host.hidden = true;
    this.shadow.replaceChildren();
  }

  /** Puts the card under the mark, or above it when there is no room below. */
  place(mark) {
    const rects = mark.getClientRects();
    const r = rects.length ? rects[0] : mark.getBoundingClientRect();
    const view = this.host.ownerDocument.documentElement;
    const vw = view.clientWidth;
    const vh = view.clientHeight;
    const card = this.host.getBoundingClientRect();
    let x = Math.min(Math.max(8, r.left), Math.max(8, vw - card.width - 8));
    let y = r.bottom + 8;
    if (y + card.height > vh - 8 && r.top - card.height - 8 > 8) y = r.top - card.height - 8;
    // Custom properties set through the CSSOM, not a style attribute, so a
    // strict style-src CSP has nothing to block.
    this.host.style.setProperty('--aa-x', `${Math.round(x)}px`);
    this.host.style.setProperty('--aa-y', `${Math.round(y)}px`);
  }

  destroy() {
    this.close();
    const doc = this.root.ownerDocument;
    this.root.removeEventListener('mouseover', this.onOver);
    this.root.removeEventListener('mouseout', this.onOut);
    this.root.removeEventListener('focusin', this.onFocusIn);
    this.root.removeEventListener('focusout', this.onFocusOut);
    this.root.removeEventListener('click', this.onClick);
    doc.removeEventListener('keydown', this.onKey);
    doc.removeEventListener('pointerdown', this.onDocPointer, true);
    doc.removeEventListener('mousemove', this.onMove, { capture: true });
    doc.defaultView.removeEventListener('scroll', this.onScroll, { capture: true });
    doc.defaultView.removeEventListener('resize', this.onScroll);
    this.host.remove();
  }
}
