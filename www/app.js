// The paste page: a text box, annotated as the reader types or pastes, shown
// with highlights, a legend that toggles kinds, a reference-date field and a
// hover card. The article is rendered with text nodes only.

import { CardController, markLabel } from './lib/card.js';
import { isTrap, loadCore } from './lib/core.js';
import { exportText, FORMATS } from './lib/export.js';
import { adopt, summaryCss } from './lib/styles.js';
import { entityKey, nextMention, renderSummary } from './lib/summary.js';

/** Above this many UTF-16 units, annotation runs in a worker (worker.js). */
const WORKER_THRESHOLD = 200_000;
/** Characters rendered per animation frame for big texts. */
const RENDER_CHUNK = 40_000;
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
const summaryToggle = $('summary-toggle');
const navStatus = $('nav-status');
const exportFormat = $('export-format');
const exportStatus = $('export-status');

let core = null;
let coreLoading = null;
let coreFailure = null;
let generation = 0;
let typingTimer = 0;
let worker = null;
let pendingWorkerJob = null;
/** The text and result currently rendered, for the cards. */
let shown = { text: '', spans: [], referenceDate: null };
const hidden = new Set();

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
function saveText() {
  clearTimeout(saveTimer);
  const write = () => {
    if (!store(STORE.text, source.value)) {
      status.textContent = 'This text is too large to keep across reloads; copy it somewhere safe.';
    }
  };
  // Small texts are saved at once; big ones after a pause, and on pagehide.
  if (source.value.length < 100_000) write();
  else saveTimer = setTimeout(write, 500);
}

// ---- the core ----

function startCore(fresh = false) {
  coreLoading = loadCore({ fresh }).then(
    (c) => { core = c; coreFailure = null; coreError.hidden = true; return c; },
    (e) => {
      core = null;
      coreFailure = e;
      showCoreError(`The annotator could not load (${e?.message ?? e}). The text is shown without highlights.`);
      return null;
    },
  );
  return coreLoading;
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

// ---- the worker, for big texts ----

function annotateInWorker(text, opts) {
  if (!worker) {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (e) => {
      const job = pendingWorkerJob;
      if (!job || e.data.id !== job.id) return;
      pendingWorkerJob = null;
      if (e.data.ok) job.resolve(e.data.result);
      else job.reject(Object.assign(new Error(e.data.message), { trap: e.data.trap, load: e.data.load }));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const job = pendingWorkerJob;
      pendingWorkerJob = null;
      stopWorker();
      job?.reject(Object.assign(new Error(e.message || 'the worker failed to start'), { load: true }));
    };
  }
  return new Promise((resolve, reject) => {
    pendingWorkerJob?.reject(Object.assign(new Error('superseded'), { cancelled: true }));
    pendingWorkerJob = { id: generation, resolve, reject };
    worker.postMessage({ id: generation, text, options: opts });
  });
}

function stopWorker() {
  worker?.terminate();
  worker = null;
}

function cancel() {
  generation++;
  if (pendingWorkerJob) {
    pendingWorkerJob.reject(Object.assign(new Error('cancelled'), { cancelled: true }));
    pendingWorkerJob = null;
    stopWorker();
  }
  hideProgress();
  renderPlain(source.value);
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
  const text = source.value;
  const opts = options();
  annotateError.hidden = true;
  if (!text) {
    hideProgress();
    if (pendingWorkerJob) { pendingWorkerJob.reject(Object.assign(new Error('cancelled'), { cancelled: true })); pendingWorkerJob = null; stopWorker(); }
    shown = { text: '', spans: [], referenceDate: null };
    renderEmpty();
    updateLegend([]);
    explainReference(null, '');
    status.textContent = '';
    updateSummary();
    setState('empty');
    return;
  }
  if (!core && !coreFailure) await coreLoading;
  if (gen !== generation) return;
  if (!core) {
    renderPlain(text);
    updateLegend([]);
    setState('plain');
    return;
  }
  setState('annotating');
  const big = text.length > WORKER_THRESHOLD;
  const started = performance.now();
  let result;
  try {
    if (big) {
      showProgress(`Annotating ${Math.round(text.length / 1024)} KB…`);
      result = await annotateInWorker(text, opts);
    } else {
      result = core.annotate(text, opts);
    }
  } catch (e) {
    if (gen !== generation || e?.cancelled) return;
    hideProgress();
    renderPlain(text);
    updateLegend([]);
    if (isTrap(e) || e?.trap) {
      annotateError.textContent = 'The annotator crashed on this text (a bug: please report it). Your text is safe and shown without highlights; edit it to try again.';
      if (!big) startCore(true);
    } else if (e?.load) {
      annotateError.textContent = `The annotator could not run on this large text (${e.message}). Your text is shown without highlights.`;
    } else {
      annotateError.textContent = `Could not annotate: ${e?.message ?? e}`;
    }
    annotateError.hidden = false;
    setState('error');
    return;
  }
  if (gen !== generation) return;
  const took = performance.now() - started;
  shown = { text, spans: result.spans, referenceDate: result.referenceDate };
  updateLegend(result.spans);
  explainReference(result.referenceDate, text);
  await render(text, result.spans, gen);
  if (gen !== generation) return;
  hideProgress();
  updateSummary();
  const n = result.spans.length;
  status.textContent = `${n} highlight${n === 1 ? '' : 's'} in ${Math.max(1, Math.round(took))} ms.`;
  setState('done');
}

function renderEmpty() {
  output.classList.remove('plain');
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = 'The annotated article appears here. Hover, tap or tab to a highlight to see what it means.';
  cards.close();
  output.replaceChildren(p);
}

function renderPlain(text) {
  cards.close();
  output.classList.add('plain');
  output.replaceChildren(document.createTextNode(text));
}

/** Builds one mark. Article text only ever becomes a text node. */
function makeMark(span, index) {
  const mark = document.createElement('aa-mark');
  mark.dataset.kind = span.kind;
  mark.dataset.aaSpan = String(index);
  mark.setAttribute('tabindex', hidden.has(span.kind) ? '-1' : '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', markLabel(span));
  mark.append(document.createTextNode(span.text));
  return mark;
}

/**
 * Renders text and spans. Small texts at once; big ones a chunk per animation
 * frame, so the page keeps responding and shows progress. Each chunk is its
 * own block, cut at a line break between spans: appending to one huge inline
 * run would make the browser lay out the whole article again every frame.
 */
async function render(text, spans, gen) {
  cards.close();
  output.classList.remove('plain');
  output.replaceChildren();
  const incremental = text.length > RENDER_CHUNK;
  let pos = 0;
  let i = 0;
  while (pos < text.length) {
    const chunk = incremental ? document.createElement('div') : document.createDocumentFragment();
    if (incremental) chunk.className = 'chunk';
    const limit = pos + RENDER_CHUNK;
    while (pos < text.length) {
      let span = spans[i];
      // Spans are sorted and disjoint; anything else is skipped rather than
      // trusted, so a bad span can never duplicate or lose text.
      while (span && (span.start < pos || span.end > text.length || span.end <= span.start)) span = spans[++i];
      const next = span ? span.start : text.length;
      if (incremental && next > limit) {
        // Past the chunk size: end the chunk after a line break in this gap,
        // a blank line if there is one.
        // The scan stays inside the gap, so the whole render is linear.
        let cut = -1;
        for (let j = Math.max(pos, limit); j < next; j++) {
          if (text.charCodeAt(j) !== 10) continue;
          if (cut < 0) cut = j + 1;
          if (text.charCodeAt(j + 1) === 10 && j + 2 <= next) { cut = j + 2; break; }
        }
        if (cut > pos) {
          chunk.append(document.createTextNode(text.slice(pos, cut)));
          pos = cut;
          break;
        }
      }
      if (next > pos) chunk.append(document.createTextNode(text.slice(pos, next)));
      pos = next;
      if (!span) break;
      chunk.append(makeMark({ ...span, text: text.slice(span.start, span.end) }, i));
      pos = span.end;
      i++;
    }
    output.append(chunk);
    if (incremental && pos < text.length) {
      showProgress(`Showing highlights… ${Math.round((100 * pos) / text.length)}%`, (100 * pos) / text.length);
      await new Promise((ok) => requestAnimationFrame(ok));
      if (gen !== generation) return;
    }
  }
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
  if (!on && cards.active?.dataset.kind === kind) cards.close();
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
  cards.setTheme(t);
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
  renderSummary(summary, shown, { onGo: (index) => goToMention(index, true), idPrefix: 'sum' });
  summary.dataset.ready = String(ready);
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
function goToMention(index, fromPanel = false) {
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
  const next = nextMention(shown.spans, Number(mark.dataset.aaSpan), key === 'n' ? 1 : -1);
  if (next !== null) goToMention(next);
  else navStatus.textContent = `“${mark.textContent}” is mentioned only once.`;
});

summaryToggle.addEventListener('click', () => setSummaryOpen(!summaryOpen()));

// ---- export ----

function currentExport() {
  return exportText(shown.text, shown, exportFormat.value);
}

$('export-copy').addEventListener('click', async () => {
  if (!shown.text) return;
  const { content } = currentExport();
  try {
    await navigator.clipboard.writeText(content);
    exportStatus.textContent = `Copied ${FORMATS[exportFormat.value].label} for ${shown.spans.length} highlights.`;
  } catch (e) {
    exportStatus.textContent = `Could not copy (${e?.message ?? e}); use Download instead.`;
  }
});

$('export-download').addEventListener('click', () => {
  if (!shown.text) return;
  const { content, mime, filename } = currentExport();
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

const cards = new CardController(output, (mark) => {
  const span = shown.spans[Number(mark.dataset.aaSpan)];
  return span ? { span, context: shown } : null;
});

source.addEventListener('input', (e) => {
  saveText();
  const pasted = e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop';
  schedule(pasted ? 0 : TYPING_DELAY_MS);
});
window.addEventListener('pagehide', () => { store(STORE.text, source.value); });

$('clear').addEventListener('click', () => {
  source.value = '';
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

adopt(document, summaryCss);
applyTheme(stored(STORE.theme) ?? 'auto');
const savedFormat = stored(STORE.exportFormat);
if (savedFormat && savedFormat in FORMATS) exportFormat.value = savedFormat;
if (stored(STORE.summary) === 'open') setSummaryOpen(true);
updateSummary();
const savedDate = stored(STORE.refDate);
if (savedDate && /^\d{4}-\d{2}-\d{2}$/.test(savedDate)) refDate.value = savedDate;
const savedText = stored(STORE.text);
if (savedText) {
  source.value = savedText;
  // Show the text at once, even before the core has loaded.
  renderPlain(savedText);
}
explainReference(null, source.value);
setState(source.value ? 'pending' : 'empty');
startCore();
if (source.value) schedule(0);

// For the tests and the curious: the result currently shown.
window.articleAnnotator = { get result() { return shown; }, cancel, exportText: (format) => exportText(shown.text, shown, format) };
