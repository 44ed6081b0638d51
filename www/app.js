// The paste page: a text box, annotated as the reader types or pastes, shown
// with highlights, a legend that toggles kinds, a reference-date field and a
// hover card. The article is rendered with text nodes only.

import { Client, WORKER_THRESHOLD, inSlices, markBuilder, sameSpans, wrapSpans } from './lib/client.js';
import { adopt, documentCss } from './lib/sheet.js';

// The panel's code (11 KB gzipped) loads when the panel first opens, and
// the exports' when the reader first asks for one: neither is needed for the
// first highlights, so neither delays them.
let summaryModule = null;
const loadSummary = () => (summaryModule ??= Promise.all([import('./lib/summary/panel.js'), import('./lib/styles.js')])
  .then(([module, { summaryCss }]) => { adopt(document, summaryCss); return module; }));
let exportModule = null;
const loadExport = () => (exportModule ??= import('./lib/export.js'));
// The hover card's code (with the number and date wording it uses, 9 KB
// gzipped) loads when the pointer or the focus first enters the article, and
// mention-to-mention navigation's on the first N or P.
let cardModule = null;
const loadCardModule = () => (cardModule ??= import('./lib/card.js'));
let mentionsModule = null;
const loadMentions = () => (mentionsModule ??= import('./lib/mentions.js'));

/**
 * Above this many UTF-16 units, a text is kept out of the text box: laying
 * out a text box of 5 MB took Chromium over a second of main thread per
 * change (and tens of milliseconds for every repaint), a text box of 250 KB
 * about 60 ms.
 */
const TEXTAREA_LIMIT = 250_000;
/** Above this many UTF-16 units, the text is not kept across reloads (localStorage holds about 5 M). */
const STORE_LIMIT = 2_000_000;
/** Characters per block of a rendered article; blocks end at a line break. */
const RENDER_CHUNK = 8_000;
/** Main-thread time spent rendering before yielding to the page. */
const SLICE_MS = 12;
const TYPING_DELAY_MS = 300;
const KINDS = ['place', 'date', 'figure'];
const STORE = { text: 'article-annotator:text', refDate: 'article-annotator:reference-date', theme: 'article-annotator:theme', summary: 'article-annotator:summary', exportFormat: 'article-annotator:export-format' };

const $ = (id) => document.getElementById(id);
const source = $('source');
const output = $('output');
const status = $('status');
const annotateError = $('annotate-error');
const coreError = $('core-error');
const refDate = $('ref-date');
const refExplain = $('ref-explain');
const refAuto = $('ref-auto');
const progress = $('progress');
const progressBar = $('progress-bar');
const progressText = $('progress-text');
const summary = $('summary');
const bigBox = $('big-text');
const bigInfo = $('big-text-info');
const summaryToggle = $('summary-toggle');
const navStatus = $('nav-status');
const exportFormat = $('export-format');
const exportStatus = $('export-status');

/** The core, and the worker for texts above WORKER_THRESHOLD (lib/client.js). */
const client = new Client();
let generation = 0;
let typingTimer = 0;
/** The text and result currently rendered, for the cards. */
let shown = { text: '', spans: [], referenceDate: null };
const hidden = new Set();
/** A text too long for the text box (TEXTAREA_LIMIT), held here instead; null otherwise. */
let bigText = null;

/** The article text: the text box's, or the long text held apart. */
const currentText = () => bigText ?? source.value;

/**
 * Sets the article text: in the text box when it is short enough, else held
 * apart with a note in place of the box (see TEXTAREA_LIMIT).
 */
function setText(text) {
  if (text.length > TEXTAREA_LIMIT) {
    bigText = text;
    source.value = '';
    source.hidden = true;
    bigInfo.textContent = `The pasted text has ${text.length.toLocaleString('en')} characters: too long to edit here without slowing the page down, so it is shown, annotated, on the right only. Paste again to replace it, or clear it.`;
    bigBox.hidden = false;
  } else {
    const focused = document.activeElement === bigBox;
    bigText = null;
    bigBox.hidden = true;
    source.hidden = false;
    source.value = text;
    if (focused) source.focus();
  }
}

// ---- storage: the reader's text must survive a reload ----

function store(key, value) {
  try {
    if (value === null || value === '') localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function stored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

let saveTimer = 0;
function writeText() {
  const text = currentText();
  if (text.length > STORE_LIMIT || !store(STORE.text, text)) {
    store(STORE.text, null);
    status.textContent = 'This text is too large to keep across reloads; copy it somewhere safe.';
  }
}

function saveText() {
  clearTimeout(saveTimer);
  // Small texts are saved at once; big ones after a pause, and on pagehide.
  if (currentText().length < 100_000) writeText();
  else saveTimer = setTimeout(writeText, 500);
}

// ---- the core ----

function startCore() {
  client.load().then(
    (c) => {
      coreError.hidden = true;
      // The core's first call builds its static data (the gazetteer): about
      // 40 ms against 4 for the next. While the page waits for a text, it
      // makes that call on a sentence of its own, so the reader's first
      // paste does not pay for it.
      if (!currentText() && typeof requestIdleCallback === 'function') {
        requestIdleCallback(() => { try { c.annotate('Rain fell on Paris on 3 May 2020, and 12 people left.', {}); } catch { /* the real call will say */ } });
      }
    },
    (e) => {
      output.dataset.places = 'failed';
      showCoreError(`The annotator could not load (${e?.message ?? e}). The text is shown without highlights.`);
    },
  );
}

/**
 * After the first highlights (never before: they need only the .wasm), the
 * gazetteer's second tier (small towns, counties: lib/client.js places());
 * if it finds more in the text shown, the text is annotated again.
 * Highlights stay as they are if it cannot load.
 */
function withPlaces(gen, text, opts, result) {
  client.places().then(async () => {
    if (gen !== generation) return;
    const { result: next } = await client.annotate(text, opts);
    if (gen !== generation) return;
    if (sameSpans(next.spans, result.spans)) placesIn();
    else run();
  }, warnPlaces).catch(() => {});
}

/**
 * The output says that what it shows was made with the second tier
 * (data-places="loaded"), or that the tier failed to load ("failed"); a new
 * run removes it until its own result is in. For styles and tests.
 */
function placesIn() {
  output.dataset.places = 'loaded';
}

function warnPlaces(e) {
  output.dataset.places = 'failed';
  console.warn(`article-annotator: small towns and counties could not load (${e?.message ?? e}); the highlights made without them stay.`);
}

function showCoreError(message) {
  coreError.textContent = message;
  coreError.hidden = false;
}

function options() {
  const o = {};
  if (refDate.value) o.referenceDate = refDate.value;
  return o;
}

function cancel() {
  generation++;
  client.cancel();
  hideProgress();
  renderPlain(currentText());
  status.textContent = 'Annotation cancelled: the text is shown without highlights. Edit the text to try again.';
  setState('cancelled');
}

function showProgress(text, value) {
  progress.hidden = false;
  progressText.textContent = text;
  if (value === undefined) progressBar.removeAttribute('value');
  else progressBar.value = value;
}

function hideProgress() {
  progress.hidden = true;
}

// ---- annotate and render ----

/** Where the output stands, for styles and tests: pending, annotating, done, plain, error, cancelled, empty. */
function setState(state) {
  output.dataset.state = state;
  output.setAttribute('aria-busy', String(state === 'pending' || state === 'annotating'));
}

function schedule(delay) {
  setState('pending');
  clearTimeout(typingTimer);
  typingTimer = setTimeout(run, delay);
}

async function run() {
  const gen = ++generation;
  const text = currentText();
  const opts = options();
  annotateError.hidden = true;
  if (!text) {
    hideProgress();
    client.cancel();
    shown = { text: '', spans: [], referenceDate: null };
    renderEmpty();
    updateLegend([]);
    explainReference(null, '');
    status.textContent = '';
    updateSummary();
    setState('empty');
    return;
  }
  const core = await client.load().catch(() => null);
  if (gen !== generation) return;
  if (!core) {
    renderPlain(text);
    updateLegend([]);
    setState('plain');
    return;
  }
  setState('annotating');
  if (output.dataset.places !== 'failed') delete output.dataset.places;
  const big = text.length > WORKER_THRESHOLD;
  const started = performance.now();
  let result;
  let job;
  let places;
  // The result of a big text comes in batches; each says how far it is.
  const onProgress = (received, total) => {
    if (gen === generation && total) showProgress(`Receiving highlights… ${received.toLocaleString('en')} of ${total.toLocaleString('en')}`, (100 * received) / total);
  };
  try {
    if (big) showProgress(`Annotating ${Math.round(text.length / 1024).toLocaleString('en')} KB…`);
    ({ result, job, places } = await client.annotate(text, opts, { exclusive: true, onProgress }));
  } catch (e) {
    if (gen !== generation || e?.cancelled) return;
    hideProgress();
    renderPlain(text);
    updateLegend([]);
    if (e?.trap) {
      // The client has a fresh instance made for the next call.
      annotateError.textContent = 'The annotator crashed on this text (a bug: please report it). Your text is safe and shown without highlights; edit it to try again.';
    } else {
      annotateError.textContent = `Could not annotate: ${e?.message ?? e}`;
    }
    annotateError.hidden = false;
    setState('error');
    return;
  }
  if (gen !== generation) return;
  const took = performance.now() - started;
  shown = { text, spans: result.spans, referenceDate: result.referenceDate, workerJob: job };
  updateLegend(result.spans);
  explainReference(result.referenceDate, text);
  await render(text, result.spans, gen);
  if (gen !== generation) return;
  hideProgress();
  updateSummary();
  const n = result.spans.length;
  status.textContent = `${n} highlight${n === 1 ? '' : 's'} in ${Math.max(1, Math.round(took))} ms.`;
  setState('done');
  if (places) placesIn();
  else withPlaces(gen, text, opts, result);
}

function renderEmpty() {
  output.classList.remove('plain');
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = 'The annotated article appears here. Hover, tap or tab to a highlight to see what it means.';
  cards?.close();
  output.replaceChildren(p);
}

function renderPlain(text) {
  cards?.close();
  output.classList.add('plain');
  if (text.length <= RENDER_CHUNK) {
    output.replaceChildren(document.createTextNode(text));
    return;
  }
  // In blocks, so that only the blocks in view are laid out.
  const blocks = [];
  for (let pos = 0; pos < text.length;) {
    const end = nextBlockEnd(text, [], pos, 0);
    const block = document.createElement('div');
    block.className = 'chunk';
    block.append(document.createTextNode(text.slice(pos, end)));
    blocks.push(block);
    pos = end;
  }
  output.replaceChildren(...blocks);
}

/**
 * Where the block of the article that starts at `start` ends: at a line
 * break (blockEnd) past RENDER_CHUNK characters and between two spans, else
 * at the end of the text. `i`: the first span not before `start`. Spans out
 * of order or overlapping are passed over, as wrapSpans passes over them.
 */
function nextBlockEnd(text, spans, start, i) {
  let pos = start;
  for (;;) {
    let span = spans[i];
    while (span && (span.start < pos || span.end > text.length || span.end <= span.start)) span = spans[++i];
    const next = span ? span.start : text.length;
    if (next > start + RENDER_CHUNK) {
      const cut = blockEnd(text, start, pos, next);
      if (cut > pos) return cut;
    }
    if (!span) return text.length;
    pos = span.end;
    i++;
  }
}

/**
 * Where to end a block that started at `start`, looking in text[pos, to)
 * past RENDER_CHUNK characters: after a blank line, else after a line break;
 * -1 if there is none. A text without line breaks gets a cut between words
 * every 4 x RENDER_CHUNK characters (shown as a line break), so that no
 * block is huge. Callers never look at a character twice, so a whole render
 * is linear.
 */
function blockEnd(text, start, pos, to) {
  const from = Math.max(pos, start + RENDER_CHUNK);
  const hard = start + 4 * RENDER_CHUNK;
  let cut = -1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) {
      if (text.charCodeAt(j + 1) === 10 && j + 2 <= to) return j + 2;
      if (cut < 0) cut = j + 1;
      // A blank line is not looked for further than this.
      if (j > from + RENDER_CHUNK) return cut;
    } else if (c === 32 && cut < 0 && j >= hard) {
      return j + 1;
    }
  }
  return cut;
}

/**
 * Renders text and spans. Small texts at once; big ones in blocks built a
 * few milliseconds at a time (SLICE_MS), yielding to the page in between,
 * so that it keeps responding and shows progress. Each block ends at a line
 * break between spans: appending to one huge inline run would make the
 * browser lay out the whole article again each time, and blocks off screen
 * are not laid out at all (content-visibility in app.css). The marks are
 * the widget's (lib/client.js), built over each block's text node.
 */
async function render(text, spans, gen) {
  cards?.close();
  output.classList.remove('plain');
  const incremental = text.length > RENDER_CHUNK;
  const makeMark = markBuilder({ focusable: (span) => !hidden.has(span.kind) });
  let pos = 0;
  let i = 0;
  let cleared = false;
  await inSlices(() => {
    const end = incremental ? nextBlockEnd(text, spans, pos, i) : text.length;
    const block = incremental ? document.createElement('div') : document.createDocumentFragment();
    if (incremental) block.className = 'chunk';
    const node = document.createTextNode(text.slice(pos, end));
    block.append(node);
    wrapSpans([{ node, start: pos }], spans, makeMark, i);
    while (i < spans.length && spans[i].start < end) i++;
    pos = end;
    // The previous article stays until the first block is ready, so the
    // page does not flash empty.
    if (!cleared) { output.replaceChildren(); cleared = true; }
    output.append(block);
    return pos < text.length;
  }, {
    sliceMs: SLICE_MS,
    wanted: () => gen === generation,
    beforeYield: () => showProgress(`Showing highlights… ${Math.round((100 * pos) / text.length)}%`, (100 * pos) / text.length),
  });
}

function updateLegend(spans) {
  const counts = { place: 0, date: 0, figure: 0 };
  for (const s of spans) if (s.kind in counts) counts[s.kind]++;
  for (const kind of KINDS) {
    document.querySelector(`[data-count="${kind}"]`).textContent = String(counts[kind]);
  }
}

function setKindShown(kind, on) {
  if (on) hidden.delete(kind);
  else hidden.add(kind);
  const button = document.querySelector(`.legend-item[data-kind="${kind}"]`);
  button.setAttribute('aria-pressed', String(on));
  if (hidden.size) output.setAttribute('data-aa-hide', [...hidden].join(' '));
  else output.removeAttribute('data-aa-hide');
  for (const m of output.querySelectorAll(`aa-mark[data-kind="${kind}"]`)) m.setAttribute('tabindex', on ? '0' : '-1');
  if (!on && cards?.active?.dataset.kind === kind) cards.close();
}

// ---- the reference date ----

function formatDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

function explainReference(ref, text) {
  refAuto.hidden = !refDate.value;
  const parts = [];
  const strong = (t) => { const s = document.createElement('strong'); s.textContent = t; return s; };
  if (refDate.value) {
    parts.push('Set by you: ', strong(formatDay(refDate.value)), '. Relative dates such as “Friday” are counted from it.');
  } else if (ref && ref.source === 'dateline') {
    parts.push('Assumed ', strong(formatDay(ref.value)), ', from the dateline ');
    const q = document.createElement('q');
    const quoted = Number.isInteger(ref.start) && Number.isInteger(ref.end) ? text.slice(ref.start, ref.end) : '';
    q.textContent = quoted.length > 80 ? `${quoted.slice(0, 80)}…` : quoted;
    if (quoted) parts.push(q, ' ');
    parts.push('in the text. Set a date above to override it.');
  } else if (ref && ref.value) {
    parts.push('Assumed ', strong(formatDay(ref.value)), '.');
  } else if (text) {
    const n = shown.spans.filter((s) => s.kind === 'date' && s.date?.resolution === 'unresolved').length;
    const which = n ? `${n} relative date${n === 1 ? ' is' : 's are'}` : 'relative dates (“Friday”, “last month”) are';
    parts.push(strong('None found'), `: the text has no dateline, so ${which} left unresolved. Set the publication date above, or use today’s.`);
  } else {
    parts.push('Paste an article: its dateline, if it has one, gives the date that “Friday” or “last month” are counted from.');
  }
  refExplain.replaceChildren(...parts);
}

function todayLocal() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---- theme ----

const THEMES = ['auto', 'light', 'dark'];
function applyTheme(theme) {
  const t = THEMES.includes(theme) ? theme : 'auto';
  document.documentElement.dataset.theme = t;
  output.dataset.aaTheme = t;
  cardTheme = t;
  cards?.setTheme(t);
  summary.dataset.aaTheme = t;
  const button = $('theme');
  button.textContent = `Theme: ${t}`;
  button.setAttribute('aria-label', `Colour theme: ${t === 'auto' ? 'automatic' : t}. Change`);
}

// ---- the summary panel ----

/** Whether the panel is open; the map is fetched only once it is. */
function summaryOpen() {
  return summaryToggle.getAttribute('aria-expanded') === 'true';
}

function setSummaryOpen(open) {
  summaryToggle.setAttribute('aria-expanded', String(open));
  summaryToggle.textContent = open ? 'Hide' : 'Show map, dates and figures';
  summary.hidden = !open;
  store(STORE.summary, open ? 'open' : null);
  if (open) updateSummary();
}

let summaryFor = null;
function updateSummary() {
  const ready = output.dataset.state !== 'pending' && shown.spans.length > 0;
  for (const id of ['export-copy', 'export-download']) $(id).disabled = !shown.text;
  if (!summaryOpen() || summaryFor === shown) return;
  summaryFor = shown;
  if (!shown.text) {
    const p = document.createElement('p');
    p.className = 'explain';
    p.textContent = 'Paste an article to see its places on a map, its dates on a timeline and its figures in a table.';
    summary.replaceChildren(p);
    return;
  }
  const target = shown;
  // A big text's spans are grouped in the worker, which still holds them.
  const grouped = target.workerJob !== null && target.workerJob !== undefined
    ? client.summarize(target.workerJob).catch(() => undefined)
    : undefined;
  Promise.all([loadSummary(), grouped]).then(async ([{ renderSummary }, made]) => {
    // Receiving a big summary is a task of its own; drawing it, the next.
    if (made) await new Promise((ok) => setTimeout(ok, 0));
    if (summaryFor !== target || !summaryOpen()) return;
    renderSummary(summary, target, { onGo: (index) => goToMention(index, true), idPrefix: 'sum', summary: made });
    summary.dataset.ready = String(ready);
  }, (e) => {
    summaryFor = null;
    summary.textContent = `The summary could not load (${e?.message ?? e}).`;
  });
}

function markFor(index) {
  return output.querySelector(`aa-mark[data-aa-span="${index}"]`);
}

let currentMark = null;
let currentTimer = 0;
/**
 * Scrolls to the mark of span `index`, focuses it and outlines it for a
 * moment, and says which mention of how many it is.
 */
async function goToMention(index, fromPanel = false) {
  const { entityKey } = await loadMentions();
  const span = shown.spans[index];
  const mark = markFor(index);
  if (!span || !mark) return;
  if (hidden.has(span.kind)) setKindShown(span.kind, true);
  currentMark?.removeAttribute('data-aa-current');
  currentMark = mark;
  mark.setAttribute('data-aa-current', '');
  clearTimeout(currentTimer);
  currentTimer = setTimeout(() => mark.removeAttribute('data-aa-current'), 2500);
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  mark.focus({ preventScroll: true });
  const key = entityKey(span);
  let n = 0;
  let at = 0;
  shown.spans.forEach((s, i) => { if (entityKey(s) === key) { n++; if (i === index) at = n; } });
  const hint = n > 1 ? ` Press N or P for the ${fromPanel ? 'next' : 'next or previous'} one.` : '';
  navStatus.textContent = `“${span.text}”: mention ${at} of ${n}.${hint}`;
}

output.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const key = e.key.toLowerCase();
  if (key !== 'n' && key !== 'p') return;
  const mark = e.target instanceof Element ? e.target.closest('aa-mark[data-aa-span]') : null;
  if (!mark) return;
  e.preventDefault();
  loadMentions().then(({ nextMention }) => {
    const next = nextMention(shown.spans, Number(mark.dataset.aaSpan), key === 'n' ? 1 : -1);
    if (next !== null) goToMention(next);
    else navStatus.textContent = `“${mark.textContent}” is mentioned only once.`;
  });
});

summaryToggle.addEventListener('click', () => setSummaryOpen(!summaryOpen()));

// ---- export ----

async function currentExport() {
  const { exportText, FORMATS } = await loadExport();
  return { ...exportText(shown.text, shown, exportFormat.value), label: FORMATS[exportFormat.value].label };
}

$('export-copy').addEventListener('click', async () => {
  if (!shown.text) return;
  try {
    const { content, label } = await currentExport();
    await navigator.clipboard.writeText(content);
    exportStatus.textContent = `Copied ${label} for ${shown.spans.length} highlights.`;
  } catch (e) {
    exportStatus.textContent = `Could not copy (${e?.message ?? e}); use Download instead.`;
  }
});

$('export-download').addEventListener('click', async () => {
  if (!shown.text) return;
  let exported;
  try {
    exported = await currentExport();
  } catch (e) {
    exportStatus.textContent = `Could not export (${e?.message ?? e}).`;
    return;
  }
  const { content, mime, filename } = exported;
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  exportStatus.textContent = `Saved ${filename}.`;
});

exportFormat.addEventListener('change', () => { store(STORE.exportFormat, exportFormat.value); exportStatus.textContent = ''; });

// ---- wiring ----

let cards = null;
let cardTheme = 'auto';
function loadCards() {
  return loadCardModule().then(({ CardController }) => {
    cards ??= new CardController(output, (mark) => {
      const span = shown.spans[Number(mark.dataset.aaSpan)];
      return span ? { span, context: shown } : null;
    }, { theme: cardTheme });
    return cards;
  });
}
// Until the cards' code is there, the first event that needs it loads it
// and is then handed to it.
for (const [type, handler] of [['mouseover', 'onOver'], ['focusin', 'onFocusIn'], ['click', 'onClick']]) {
  output.addEventListener(type, (e) => {
    if (cards) return;
    loadCards().then((c) => { if (c.markFrom(e.target)) c[handler](e); }, () => {});
  });
}

source.addEventListener('input', (e) => {
  // A long text (dropped, or pasted past the paste handler) leaves the box
  // before the browser lays it out.
  if (source.value.length > TEXTAREA_LIMIT) setText(source.value);
  saveText();
  const pasted = e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop';
  schedule(pasted ? 0 : TYPING_DELAY_MS);
});

// A paste that would make the text too long for the box is taken over: the
// browser's own paste of megabytes into a text box (and its layout) would
// hold the page for seconds. A paste on the note that stands for a long
// text replaces that text.
source.parentElement.addEventListener('paste', (e) => {
  if (e.target !== source && e.target !== bigBox) return;
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  if (bigText === null) {
    if (e.target !== source || source.value.length + pasted.length <= TEXTAREA_LIMIT) return;
    e.preventDefault();
    setText(source.value.slice(0, source.selectionStart) + pasted + source.value.slice(source.selectionEnd));
  } else {
    e.preventDefault();
    if (!pasted) return;
    setText(pasted);
  }
  saveText();
  schedule(0);
});
window.addEventListener('pagehide', () => { if (currentText().length <= STORE_LIMIT) store(STORE.text, currentText()); });

$('clear').addEventListener('click', () => {
  setText('');
  refDate.value = '';
  store(STORE.text, null);
  store(STORE.refDate, null);
  schedule(0);
  source.focus();
});

refDate.addEventListener('change', () => {
  store(STORE.refDate, refDate.value || null);
  schedule(0);
});
$('use-today').addEventListener('click', () => {
  // The clock is read only here, when the reader asks for it.
  refDate.value = todayLocal();
  store(STORE.refDate, refDate.value);
  schedule(0);
});
refAuto.addEventListener('click', () => {
  refDate.value = '';
  store(STORE.refDate, null);
  schedule(0);
  refDate.focus();
});
$('cancel').addEventListener('click', cancel);

for (const button of document.querySelectorAll('.legend-item')) {
  button.addEventListener('click', () => setKindShown(button.dataset.kind, button.getAttribute('aria-pressed') !== 'true'));
}

$('theme').addEventListener('click', () => {
  const next = THEMES[(THEMES.indexOf(document.documentElement.dataset.theme) + 1) % THEMES.length];
  store(STORE.theme, next);
  applyTheme(next);
});

// The highlights' own rules (lib/sheet.js documentCss); the card adopts them
// too, and the summary panel's come with its code.
adopt(document, documentCss);
applyTheme(stored(STORE.theme) ?? 'auto');
const savedFormat = stored(STORE.exportFormat);
if (savedFormat && [...exportFormat.options].some((o) => o.value === savedFormat)) exportFormat.value = savedFormat;
if (stored(STORE.summary) === 'open') setSummaryOpen(true);
updateSummary();
const savedDate = stored(STORE.refDate);
if (savedDate && /^\d{4}-\d{2}-\d{2}$/.test(savedDate)) refDate.value = savedDate;
const savedText = stored(STORE.text);
if (savedText) {
  setText(savedText);
  // Show the text at once, even before the core has loaded.
  renderPlain(savedText);
}
explainReference(null, currentText());
setState(currentText() ? 'pending' : 'empty');
startCore();
if (currentText()) schedule(0);

// For the tests and the curious: the result currently shown.
window.articleAnnotator = { get result() { return shown; }, cancel, exportText: async (format) => (await loadExport()).exportText(shown.text, shown, format) };
