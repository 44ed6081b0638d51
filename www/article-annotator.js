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
import { adopt, documentCss } from './lib/styles.js';

const KINDS = ['place', 'date', 'figure'];
const THEMES = ['auto', 'light', 'dark'];
const EVENT = 'article-annotator:annotated';

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
  return { kinds: kinds?.length ? kinds : undefined, referenceDate, theme, dayFirst: !!merged.dayFirst };
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
  try {
    const coreOptions = { dayFirst: opts.dayFirst };
    if (opts.kinds) coreOptions.kinds = opts.kinds;
    if (opts.referenceDate) coreOptions.referenceDate = opts.referenceDate;
    result = c.annotate(text, coreOptions);
  } catch (e) {
    console.warn(`article-annotator: could not annotate this element (${e?.message ?? e}); it is left as it was.`);
    return null;
  }
  adopt(document, documentCss);
  const records = wrapSpans(segments, result.spans, makeMark(opts.theme));
  const cards = new CardController(el, (mark) => {
    const span = result.spans[Number(mark.getAttribute('data-aa-span'))];
    return span ? { span, context: result } : null;
  }, { theme: opts.theme });
  states.set(el, { records, result, cards, options: opts });
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
  unwrapSpans(state.records);
}

/** The last result for an element, or null. */
export function annotationsOf(el) {
  return states.get(el)?.result ?? null;
}

// ---- <article-annotator> ----

class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['kinds', 'reference-date', 'theme', 'day-first'];

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
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', annotateMarked, { once: true });
else annotateMarked();
