// The embeddable widget. One tag on a host page:
//
//   <script type="module" src="/path/to/article-annotator.js"></script>
//
// then either <article-annotator>…article…</article-annotator>, or the
// attribute data-article-annotator on an existing element, or from script:
//
//   import { annotateElement, removeAnnotations } from '/path/to/article-annotator.js';
//   await annotateElement(document.querySelector('article'), { kinds: ['place'] });
//
// The widget is a guest: it wraps text in <aa-mark> elements (never
// rewriting innerHTML), keeps its card in a shadow root, adds no global CSS
// beyond rules for its own elements, makes no request but for its own files,
// and when the wasm cannot load it leaves the page as it was and says so
// once in the console.

import { CardController, markLabel } from './lib/card.js';
import { loadCore } from './lib/core.js';
import { collectText, unwrapSpans, wrapSpans } from './lib/dom-text.js';
import { exportText } from './lib/export.js';
import { adopt, documentCss, summaryCss } from './lib/styles.js';
import { nextMention } from './lib/mentions.js';

const KINDS = ['place', 'date', 'figure'];
const THEMES = ['auto', 'light', 'dark'];
const EVENT = 'article-annotator:annotated';
/** Above this many UTF-16 units, an element's text is annotated in a worker (lib/worker.js), as on the paste page. */
const WORKER_THRESHOLD = 200_000;
/**
 * Main-thread time spent wrapping spans before yielding to the host page.
 * Short, because the host then lays out every paragraph that changed: in
 * Chromium that took 2-4 times as long as the wrapping itself.
 */
const SLICE_MS = 5;

let corePromise = null;
let warned = false;

function warnOnce(message) {
  if (warned) return;
  warned = true;
  console.warn(`article-annotator: ${message} The page is left as it was.`);
}

function core() {
  corePromise ??= loadCore().catch((e) => {
    warnOnce(`the annotator could not load (${e?.message ?? e}).`);
    return null;
  });
  return corePromise;
}

// ---- big texts: the worker, and wrapping in slices ----

let worker = null;
const jobs = new Map();
let jobCount = 0;

/**
 * Annotates `text` in lib/worker.js (its protocol is described there).
 * Rejects when no worker can run (a host CSP without worker-src 'self', say);
 * the caller then annotates on the main thread.
 */
function annotateInWorker(text, options, wasmModule) {
  if (!worker) {
    worker = new Worker(new URL('./lib/worker.js', import.meta.url), { type: 'module' });
    if (wasmModule) worker.postMessage({ wasmModule });
    worker.onmessage = (e) => {
      const m = e.data;
      const job = jobs.get(m.id);
      if (!job) return;
      if (!m.ok) {
        jobs.delete(m.id);
        job.reject(Object.assign(new Error(m.message), { trap: m.trap, load: m.load }));
      } else if (m.part === 'head') {
        job.result = { spans: [], referenceDate: m.referenceDate };
      } else if (m.part === 'spans') {
        for (const span of m.spans) job.result.spans.push(span);
      } else if (m.part === 'end') {
        jobs.delete(m.id);
        job.resolve(job.result);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      for (const job of jobs.values()) job.reject(Object.assign(new Error(e.message || 'the worker failed to start'), { load: true }));
      jobs.clear();
      worker?.terminate();
      worker = null;
    };
  }
  const id = ++jobCount;
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject, result: null });
    worker.postMessage({ id, text, options });
  });
}

/** Lets the host page handle input and paint, then resumes in a task of its own. */
const yieldToPage = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/** The index of the first span that ends after `offset` (spans are sorted). */
function firstSpanAfter(spans, offset) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * wrapSpans a few milliseconds at a time, yielding to the page in between,
 * into `records` (filled as it goes, so that removeAnnotations can undo a
 * wrap that is cut short). Resolves to false when `wanted()` turns false.
 */
async function wrapInSlices(segments, spans, makeMark, records, wanted) {
  let k = 0;
  while (k < segments.length) {
    const started = performance.now();
    while (k < segments.length && performance.now() - started < SLICE_MS) {
      const batch = segments.slice(k, k + 20);
      for (const r of wrapSpans(batch, spans, makeMark, firstSpanAfter(spans, batch[0].start))) records.push(r);
      k += batch.length;
    }
    if (k < segments.length) {
      await yieldToPage();
      if (!wanted()) return false;
    }
  }
  return true;
}

/** What is annotated now: root element -> {records, result, cards, options}. */
const states = new WeakMap();
/** Pending runs, so that quick successive calls annotate once, with the last options. */
const runs = new WeakMap();

// ---- options ----

function parseKinds(value) {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return undefined;
}

function isoDay(value) {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m ? m[1] : undefined;
}

function readJsonConfig(script) {
  if (!script) return {};
  try {
    const parsed = JSON.parse(script.textContent);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch (e) {
    console.warn(`article-annotator: ignoring a config that is not valid JSON (${e.message}).`);
    return {};
  }
}

/** Page-wide defaults: a config script that is not inside an annotated element. */
function pageConfig() {
  for (const s of document.querySelectorAll('script.article-annotator-config')) {
    if (!s.closest('article-annotator, [data-article-annotator]')) return readJsonConfig(s);
  }
  return {};
}

function attributes(el) {
  const isTag = el.localName === 'article-annotator';
  const get = (name) => (isTag ? el.getAttribute(name) : el.getAttribute(`data-${name}`)) ?? undefined;
  const o = {};
  if (get('kinds') !== undefined) o.kinds = parseKinds(get('kinds'));
  if (get('reference-date') !== undefined) o.referenceDate = get('reference-date');
  if (get('theme') !== undefined) o.theme = get('theme');
  if (get('day-first') !== undefined) o.dayFirst = get('day-first') !== 'false';
  if (get('summary') !== undefined) o.summary = get('summary') || 'after';
  return o;
}

/** The publication date the host page states, if any. */
function pageDate(el) {
  const times = [el, el.closest('article')].filter(Boolean);
  for (const scope of times) {
    for (const t of scope.querySelectorAll('time[datetime]')) {
      const day = isoDay(t.getAttribute('datetime'));
      if (day) return day;
    }
  }
  for (const name of ['article:published_time', 'og:article:published_time']) {
    const meta = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const day = isoDay(meta?.getAttribute('content'));
    if (day) return day;
  }
  return undefined;
}

/**
 * Options by increasing priority: page config, the element's own config
 * script, its attributes, then what the caller passes.
 */
function resolveOptions(el, given = {}) {
  const own = readJsonConfig([...el.children].find((c) => c.matches('script.article-annotator-config')));
  const merged = { ...pageConfig(), ...own, ...attributes(el), ...given };
  const kinds = parseKinds(merged.kinds)?.filter((k) => KINDS.includes(k));
  const referenceDate = isoDay(merged.referenceDate) ?? pageDate(el);
  const theme = THEMES.includes(merged.theme) ? merged.theme : 'auto';
  const summary = merged.summary === true ? 'after' : ['before', 'after'].includes(merged.summary) ? merged.summary : null;
  return { kinds: kinds?.length ? kinds : undefined, referenceDate, theme, dayFirst: !!merged.dayFirst, summary };
}

// ---- annotate / remove ----

function makeMark(theme) {
  return (span, index, first) => {
    const mark = document.createElement('aa-mark');
    mark.setAttribute('data-kind', span.kind);
    mark.setAttribute('data-aa-span', String(index));
    mark.setAttribute('data-aa-theme', theme);
    if (first) {
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', markLabel(span));
    }
    return mark;
  };
}

/**
 * Annotates the prose inside `el`. Resolves to the core's result ({spans,
 * referenceDate}), or null when the annotator is unavailable (the page is
 * then untouched). Annotating again first removes the previous marks.
 *
 * @param {Element} el
 * @param {{kinds?: string[] | string, referenceDate?: string, theme?: 'auto'|'light'|'dark', dayFirst?: boolean}} [options]
 */
export async function annotateElement(el, options = {}) {
  if (!(el instanceof Element)) throw new TypeError('annotateElement expects an Element');
  const ticket = {};
  runs.set(el, ticket);
  const c = await core();
  if (!c || runs.get(el) !== ticket || !el.isConnected) return null;
  const opts = resolveOptions(el, options);
  removeAnnotations(el);
  const { text, segments } = collectText(el);
  let result;
  const coreOptions = { dayFirst: opts.dayFirst };
  if (opts.kinds) coreOptions.kinds = opts.kinds;
  if (opts.referenceDate) coreOptions.referenceDate = opts.referenceDate;
  const big = text.length > WORKER_THRESHOLD;
  try {
    if (big) {
      // A long article is annotated off the main thread, so that the host
      // page keeps answering; where no worker can run, on the main thread.
      result = await annotateInWorker(text, coreOptions, c.module).catch((e) => {
        if (e?.load) return c.annotate(text, coreOptions);
        throw e;
      });
      if (runs.get(el) !== ticket || !el.isConnected) return null;
    } else {
      result = c.annotate(text, coreOptions);
    }
  } catch (e) {
    console.warn(`article-annotator: could not annotate this element (${e?.message ?? e}); it is left as it was.`);
    return null;
  }
  adopt(document, documentCss);
  let records;
  if (big) {
    // The element is registered before its marks are all in, so that
    // removeAnnotations (or a new run) can undo a wrap cut short.
    records = [];
    states.set(el, { records, result, cards: { destroy() {} }, options: opts, text, panel: null, onKey: null });
    const done = await wrapInSlices(segments, result.spans, makeMark(opts.theme), records, () => runs.get(el) === ticket && states.get(el)?.records === records);
    if (!done) return null;
    states.delete(el);
  } else {
    records = wrapSpans(segments, result.spans, makeMark(opts.theme));
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
    detail: { spans: result.spans, referenceDate: result.referenceDate, text },
  }));
  return result;
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
  import('./lib/summary.js').then(
    ({ renderSummary }) => { if (host.isConnected) renderSummary(body, result, { onGo: (index) => goTo(el, index), theme: opts.theme, framed: true, idPrefix }); },
    (e) => console.warn(`article-annotator: the summary panel could not load (${e?.message ?? e})`),
  );
  return host;
}
let panels = 0;

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

// ---- <article-annotator> ----

class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['kinds', 'reference-date', 'theme', 'day-first', 'summary'];

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    runs.delete(this);
    removeAnnotations(this);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected && states.has(this)) this.#schedule();
  }

  #schedule() {
    // The content may still be streaming in when the element connects.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.reannotate(), { once: true });
    } else {
      queueMicrotask(() => this.reannotate());
    }
  }

  /** Annotates the content again (after it changed); resolves to the result. */
  reannotate() {
    return this.isConnected ? annotateElement(this) : Promise.resolve(null);
  }

  /** Removes the marks, leaving the content as it was. */
  clear() {
    runs.delete(this);
    removeAnnotations(this);
  }

  /** The last result ({spans, referenceDate}), or null. */
  get annotations() {
    return annotationsOf(this);
  }

  get kinds() { return this.getAttribute('kinds') ?? ''; }
  set kinds(v) { this.setAttribute('kinds', Array.isArray(v) ? v.join(' ') : String(v)); }
  get referenceDate() { return this.getAttribute('reference-date') ?? ''; }
  set referenceDate(v) { if (v) this.setAttribute('reference-date', String(v)); else this.removeAttribute('reference-date'); }
  get theme() { return this.getAttribute('theme') ?? 'auto'; }
  set theme(v) { this.setAttribute('theme', String(v)); }
  get dayFirst() { return this.hasAttribute('day-first') && this.getAttribute('day-first') !== 'false'; }
  set dayFirst(v) { this.toggleAttribute('day-first', !!v); }
}

// The module may be included twice (two copies, two paths): the tag is
// registered only once.
if (!customElements.get('article-annotator')) {
  customElements.define('article-annotator', ArticleAnnotatorElement);
}

function annotateMarked() {
  for (const el of document.querySelectorAll('[data-article-annotator]')) {
    if (!states.has(el) && !runs.has(el)) annotateElement(el);
  }
}

// Elements marked later (a page that renders its story after load, an
// infinite scroll) are annotated too. The observer only looks at added
// nodes, and only reacts to ones that are or hold [data-article-annotator];
// a batch of additions is handled once, in the next microtask.
let sweepQueued = false;
function watch() {
  annotateMarked();
  if (typeof MutationObserver === 'undefined' || !document.body) return;
  new MutationObserver((records) => {
    if (sweepQueued) return;
    const relevant = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1
      && (n.hasAttribute('data-article-annotator') || n.querySelector?.('[data-article-annotator]'))));
    if (!relevant) return;
    sweepQueued = true;
    queueMicrotask(() => { sweepQueued = false; annotateMarked(); });
  }).observe(document.body, { childList: true, subtree: true });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
else watch();
