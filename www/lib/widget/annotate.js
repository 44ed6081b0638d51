// The widget's work on a host page: annotateElement and removeAnnotations,
// its cards, its optional summary panel next to the element, N/P
// navigation, exportAnnotations, and the sweep for [data-article-annotator].
// The core, the worker, the marks and the time slicing are lib/client.js's,
// shared with the paste page; what the host page says (its text, its
// options) is read in ./host.js.
//
// The widget is a guest: it wraps text in <aa-mark> elements (never
// rewriting innerHTML), keeps its card and panel in shadow roots, adds no
// global CSS beyond rules for its own elements, makes no request but for its
// own files, and when the wasm cannot load it leaves the page as it was and
// says so once in the console.

import { CardController } from '../card.js';
import { Client, WORKER_THRESHOLD, markBuilder, sameSpans, unwrapSpans, wrapInSlices, wrapSpans } from '../client.js';
import { exportText } from '../export.js';
import { nextMention } from '../mentions.js';
import { adopt, documentCss, summaryCss } from '../styles.js';
import { collectText, resolveOptions } from './host.js';

const EVENT = 'article-annotator:annotated';
/**
 * Main-thread time spent wrapping spans before yielding to the host page.
 * Short, because the host then lays out every paragraph that changed: in
 * Chromium that took 2-4 times as long as the wrapping itself.
 */
const SLICE_MS = 5;

const client = new Client();
let warned = false;

function warnOnce(message) {
  if (warned) return;
  warned = true;
  console.warn(`article-annotator: ${message} The page is left as it was.`);
}

/** What is annotated now: root element -> {records, result, cards, options, text, panel, onKey}. */
const states = new WeakMap();
/** Pending runs, so that quick successive calls annotate once, with the last options. */
const runs = new WeakMap();

/**
 * Annotates the prose inside `el`. Resolves to the core's result ({spans,
 * referenceDate}), or null when the annotator is unavailable (the page is
 * then untouched). Annotating again first removes the previous marks.
 *
 * @param {Element} el
 * @param {{kinds?: string[] | string, referenceDate?: string, theme?: 'auto'|'light'|'dark', dayFirst?: boolean, summary?: 'after'|'before'|boolean}} [options]
 */
export async function annotateElement(el, options = {}) {
  if (!(el instanceof Element)) throw new TypeError('annotateElement expects an Element');
  const ticket = {};
  runs.set(el, ticket);
  const loaded = await client.load().then(() => true, (e) => {
    warnOnce(`the annotator could not load (${e?.message ?? e}).`);
    return false;
  });
  if (!loaded || runs.get(el) !== ticket || !el.isConnected) return null;
  const opts = resolveOptions(el, options);
  removeAnnotations(el);
  const { text, segments } = collectText(el);
  const coreOptions = { dayFirst: opts.dayFirst };
  if (opts.kinds) coreOptions.kinds = opts.kinds;
  if (opts.referenceDate) coreOptions.referenceDate = opts.referenceDate;
  let result;
  let places;
  try {
    // A long article is annotated off the main thread, so that the host
    // page keeps answering (lib/client.js).
    ({ result, places } = await client.annotate(text, coreOptions));
  } catch (e) {
    console.warn(`article-annotator: could not annotate this element (${e?.message ?? e}); it is left as it was.`);
    return null;
  }
  if (runs.get(el) !== ticket || !el.isConnected) return null;
  adopt(document, documentCss);
  const makeMark = markBuilder({ theme: opts.theme });
  let records;
  if (text.length > WORKER_THRESHOLD) {
    // The element is registered before its marks are all in, so that
    // removeAnnotations (or a new run) can undo a wrap cut short.
    records = [];
    states.set(el, { records, result, cards: { destroy() {} }, options: opts, text, panel: null, onKey: null });
    const wanted = () => runs.get(el) === ticket && states.get(el)?.records === records;
    if (!(await wrapInSlices(segments, result.spans, makeMark, records, { sliceMs: SLICE_MS, wanted }))) return null;
    states.delete(el);
  } else {
    records = wrapSpans(segments, result.spans, makeMark);
  }
  const cards = new CardController(el, (mark) => {
    const span = result.spans[Number(mark.getAttribute('data-aa-span'))];
    return span ? { span, context: result } : null;
  }, { theme: opts.theme });
  const panel = opts.summary ? addSummary(el, result, opts) : null;
  const onKey = (e) => navigateByKey(el, result, e);
  el.addEventListener('keydown', onKey);
  states.set(el, { records, result, cards, options: opts, text, panel, onKey });
  el.dispatchEvent(new CustomEvent(EVENT, {
    bubbles: true,
    composed: true,
    detail: { spans: result.spans, referenceDate: result.referenceDate, text, places },
  }));
  if (!places) afterPlaces(el, ticket, text, coreOptions, result, options);
  return result;
}

let placesWarned = false;

/**
 * After the first highlights, the gazetteer's second tier (small towns,
 * counties: lib/client.js places(), one fetch for every element); if it
 * finds more in `el`, which still shows `result` from this run, `el` is
 * annotated again. Either way the annotated event fires again, with
 * `places: true`: the element's final result.
 */
function afterPlaces(el, ticket, text, coreOptions, result, options) {
  const current = () => runs.get(el) === ticket && states.get(el)?.result === result;
  client.places().then(async () => {
    if (!current()) return;
    const { result: next } = await client.annotate(text, coreOptions);
    if (!current()) return;
    if (!sameSpans(next.spans, result.spans)) {
      annotateElement(el, options);
      return;
    }
    el.dispatchEvent(new CustomEvent(EVENT, {
      bubbles: true,
      composed: true,
      detail: { spans: result.spans, referenceDate: result.referenceDate, text, places: true },
    }));
  }, (e) => {
    if (placesWarned) return;
    placesWarned = true;
    console.warn(`article-annotator: small towns and counties could not load (${e?.message ?? e}); the highlights made without them stay.`);
  }).catch(() => {});
}

/** Removes every mark and card the widget added to `el`; the DOM is as it was. */
export function removeAnnotations(el) {
  const state = states.get(el);
  if (!state) return;
  states.delete(el);
  state.cards.destroy();
  state.panel?.remove();
  if (state.onKey) el.removeEventListener('keydown', state.onKey);
  unwrapSpans(state.records);
}

/**
 * Removes the annotations of `el` and drops a run still under way, so that
 * nothing is wrapped after (the element is cleared or leaves the page).
 */
export function stopAnnotating(el) {
  runs.delete(el);
  removeAnnotations(el);
}

// ---- navigation and the summary panel ----

/** The first piece of the mark of span `index` in `el` (the focusable one). */
function firstMark(el, index) {
  return el.querySelector(`aa-mark[data-aa-span="${index}"][tabindex]`) ?? el.querySelector(`aa-mark[data-aa-span="${index}"]`);
}

function goTo(el, index) {
  const mark = firstMark(el, index);
  if (!mark) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  mark.focus({ preventScroll: true });
  for (const m of el.querySelectorAll(`aa-mark[data-aa-span="${index}"]`)) {
    m.setAttribute('data-aa-current', '');
    setTimeout(() => m.removeAttribute('data-aa-current'), 2500);
  }
}

/** N and P on a mark go to the next or previous mention of the same thing. */
function navigateByKey(el, result, e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const key = e.key.toLowerCase();
  if (key !== 'n' && key !== 'p') return;
  const mark = e.target instanceof Element ? e.target.closest('aa-mark[data-aa-span]') : null;
  if (!mark || !el.contains(mark)) return;
  const next = nextMention(result.spans, Number(mark.getAttribute('data-aa-span')), key === 'n' ? 1 : -1);
  if (next === null) return;
  e.preventDefault();
  goTo(el, next);
}

let panels = 0;

/**
 * The optional summary panel (option `summary`: "after" or "before" the
 * element): an <aa-summary> element next to it, its content in a shadow root
 * so that neither the host's CSS nor ours leaks. It fetches the map (from
 * map/ next to lib/) only when it is drawn.
 */
function addSummary(el, result, opts) {
  const host = document.createElement('aa-summary');
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', 'The article at a glance: places, dates and figures');
  const shadow = host.attachShadow({ mode: 'open' });
  adopt(shadow, summaryCss);
  const body = document.createElement('div');
  body.setAttribute('part', 'summary');
  shadow.append(body);
  if (opts.summary === 'before') el.before(host);
  else el.after(host);
  const idPrefix = `aa-sum-${++panels}`;
  // The panel's code loads only for elements that ask for a panel.
  import('../summary/panel.js').then(
    ({ renderSummary }) => { if (host.isConnected) renderSummary(body, result, { onGo: (index) => goTo(el, index), theme: opts.theme, framed: true, idPrefix }); },
    (e) => console.warn(`article-annotator: the summary panel could not load (${e?.message ?? e})`),
  );
  return host;
}

// ---- exports ----

/**
 * The annotations of an element (or a result {text, spans, referenceDate},
 * such as the detail of the `article-annotator:annotated` event) as text in
 * `format`: 'json' (the annotator's own spans), 'jsonld' (W3C Web
 * Annotation) or 'csv'. Offsets are into the element's text as the widget
 * reads it (its text nodes, with a blank line between blocks). Returns null
 * for an element that is not annotated.
 *
 * @param {Element | {text: string, spans: object[], referenceDate?: object}} target
 * @param {'json'|'jsonld'|'csv'} [format]
 * @param {{source?: string}} [options] source: the IRI for JSON-LD targets
 *   (default: the page's address, with the element's id as fragment)
 */
export function exportAnnotations(target, format = 'json', options = {}) {
  let text;
  let result;
  let source = options.source;
  if (target instanceof Element) {
    const state = states.get(target);
    if (!state) return null;
    text = state.text;
    result = state.result;
    if (!source && typeof location !== 'undefined' && /^https?:$/.test(location.protocol)) {
      source = `${location.origin}${location.pathname}${target.id ? `#${encodeURIComponent(target.id)}` : ''}`;
    }
  } else {
    text = String(target?.text ?? '');
    result = target;
  }
  return exportText(text, result, format, { source }).content;
}

/** The last result for an element, or null. */
export function annotationsOf(el) {
  return states.get(el)?.result ?? null;
}

// ---- elements marked [data-article-annotator] ----

/** Marked elements the widget has taken up once are left to the host from then on (removeAnnotations stays removed). */
function annotateMarked() {
  for (const el of document.querySelectorAll('[data-article-annotator]')) {
    if (!states.has(el) && !runs.has(el)) annotateElement(el);
  }
}

/**
 * Annotates the elements marked [data-article-annotator], now and whenever
 * some are added (a page that renders its story after load, an infinite
 * scroll). The observer only looks at added nodes, and only reacts to ones
 * that are or hold a marked element; a batch of additions is handled once,
 * in the next microtask.
 */
export function watchMarked() {
  let queued = false;
  const start = () => {
    annotateMarked();
    if (typeof MutationObserver === 'undefined' || !document.body) return;
    new MutationObserver((records) => {
      if (queued) return;
      const relevant = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1
        && (n.hasAttribute('data-article-annotator') || n.querySelector?.('[data-article-annotator]'))));
      if (!relevant) return;
      queued = true;
      queueMicrotask(() => { queued = false; annotateMarked(); });
    }).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
