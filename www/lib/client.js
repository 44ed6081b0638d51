// The annotator's client, one for the paste page and the widget: it loads
// the core, annotates a text (on the main thread, or in lib/worker.js when
// the text is long, with progress, cancel, and the main thread again where
// no worker may run), builds the highlights over text nodes and puts the
// original nodes back exactly, and runs long DOM work in short slices so the
// page keeps answering. What is the page's own (its text box, reference
// date, legend) or the widget's own (options, host page, cards in shadow
// roots) stays with them.
//
// Nothing here touches the DOM until it is called, so lib/worker.js imports
// this module for loadCore.

// ---- the core ----

let loads = 0;
/** The compiled module, made once and shared by every instance (fresh ones, the worker's). */
let compiled = null;

/**
 * Fetches and compiles the .wasm: streaming (compiled while it arrives)
 * when the server says application/wasm, from the whole body otherwise.
 * The page preloads this URL, so the fetch takes that response.
 */
async function compileWasm() {
  const url = new URL('../pkg/article_annotator_bg.wasm', import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to fetch Wasm: ${response.status} ${response.statusText} fetching '${url}'`);
  if (typeof WebAssembly.compileStreaming === 'function' && response.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * Imports and instantiates the core, found next to this module (../pkg/,
 * through import.meta.url, so the page and the widget work from any folder
 * they are copied to). The .wasm is fetched and compiled while the glue is
 * imported, not after. With `fresh`, a new instance is made (a query string
 * makes the import a different module): a trapped instance may be left in a
 * broken state, so it is never called again. `module`: a compiled
 * WebAssembly.Module to instantiate (the worker gets the page's, and then
 * neither fetches nor compiles the .wasm again).
 *
 * @returns {Promise<{annotate: (text: string, options?: object) => any, version: () => string, module: WebAssembly.Module}>}
 */
export async function loadCore({ fresh = false, module } = {}) {
  const glue = new URL('../pkg/article_annotator.js', import.meta.url);
  if (fresh) glue.search = `?instance=${++loads}`;
  if (module) compiled ??= Promise.resolve(module);
  // A failed compile is not kept: the next call tries again.
  const compiling = (compiled ??= compileWasm().catch((e) => { compiled = null; throw e; }));
  const [mod, wasmModule] = await Promise.all([import(glue.href), compiling]);
  await mod.default({ module_or_path: wasmModule });
  // A new instance (after a trap, or the worker's) starts with the places
  // this page already has.
  if (placesData) mod.loadPlaces(placesData);
  return { annotate: mod.annotate, version: mod.version, loadPlaces: mod.loadPlaces, module: wasmModule };
}

// ---- the gazetteer's second tier ----

/**
 * The bytes of the gazetteer's second tier (../pkg/places-local.bin: towns
 * of 5,000+ people in the English-speaking countries, counties, parishes),
 * once fetched. The .wasm holds the countries, regions and cities that
 * national news names; the first highlights need no more, so this file
 * (about 300 KB gzipped) is fetched after them.
 */
let placesData = null;
let placesFetch = null;

/** Fetches the second tier once; resolves to its bytes. A failed fetch is not kept. */
export function fetchPlaces() {
  placesFetch ??= (async () => {
    const url = new URL('../pkg/places-local.bin', import.meta.url);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`failed to fetch the local places: ${response.status} ${response.statusText} fetching '${url}'`);
    return new Uint8Array(await response.arrayBuffer());
  })().catch((e) => { placesFetch = null; throw e; });
  return placesFetch;
}

/**
 * Gives the second tier's bytes to `core` and to every instance made after
 * (loadCore). Throws what the core's loadPlaces throws for bytes it refuses.
 */
export function usePlaces(core, data) {
  core.loadPlaces(data);
  placesData = data;
}

/** True when two results' spans are the same (after the second tier came in, nothing to redo). */
export function sameSpans(a, b) {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** True when an error comes from the wasm machine itself (a trap), not from bad options. */
export function isTrap(error) {
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}

// ---- annotating, here or in the worker ----

/**
 * Above this many UTF-16 units a text is annotated in lib/worker.js: the
 * core takes about a second per megabyte, which on the main thread would
 * freeze the page.
 */
export const WORKER_THRESHOLD = 200_000;

const failure = (message, fields) => Object.assign(new Error(message), fields);

/**
 * One core and at most one worker, for one page. Errors from annotate carry
 * `trap` when the wasm trapped (the next call gets a fresh instance) and
 * `cancelled` when cancel() or a later exclusive job stopped them.
 */
export class Client {
  #core = null;
  #worker = null;
  /** Worker jobs by id: {resolve, reject, result, total, onProgress}. */
  #jobs = new Map();
  /** Pending summary requests by job id. */
  #summaries = new Map();
  #ids = 0;
  #places = null;

  /**
   * The core, loaded once. A failure is kept (the page says so once, the
   * widget warns once) until `fresh` asks for a new instance.
   */
  load({ fresh = false } = {}) {
    if (fresh || !this.#core) this.#core = loadCore({ fresh });
    return this.#core;
  }

  /**
   * Loads the gazetteer's second tier into the core and the worker, once.
   * Resolves to true when it is in; a caller whose highlights were made
   * before (`placesLoaded` was false then) annotates again. Rejects when it
   * could not be fetched or was refused; the highlights made without it
   * stay.
   */
  places() {
    this.#places ??= (async () => {
      const core = await this.load();
      const data = await fetchPlaces();
      usePlaces(core, data);
      this.#worker?.postMessage({ places: data });
      this.placesLoaded = true;
      return true;
    })().catch((e) => { this.#places = null; throw e; });
    return this.#places;
  }

  /** True once places() has loaded the second tier. */
  placesLoaded = false;

  /**
   * Annotates `text` with the core's `options`; resolves to {result, job,
   * places}: the core's result, the id of the worker job that made it (null
   * when made on the main thread), for summarize(), and whether the
   * gazetteer's second tier was in (places()). `onProgress(received,
   * total)` is called as a worker's spans come in. An `exclusive` job
   * supersedes every earlier one, which rejects as cancelled (the page shows
   * one text at a time; the widget annotates several elements at once).
   */
  async annotate(text, options, { onProgress, exclusive = false } = {}) {
    const core = await this.load();
    if (text.length > WORKER_THRESHOLD) {
      // A long text takes seconds, and highlighting it twice would hold the
      // main thread: the second tier comes in first, so it is done once.
      await this.places().catch(() => {});
      const places = this.placesLoaded;
      try {
        return { ...(await this.#inWorker(text, options, core.module, onProgress, exclusive)), places };
      } catch (e) {
        // No worker can run here (a host whose CSP has no worker-src
        // 'self', say): the main thread does it.
        if (!e?.load) throw e;
      }
    }
    const places = this.placesLoaded;
    try {
      return { result: core.annotate(text, options), job: null, places };
    } catch (e) {
      if (isTrap(e)) {
        this.load({ fresh: true }).catch(() => {});
        throw Object.assign(e, { trap: true });
      }
      throw e;
    }
  }

  /**
   * The summary panel's grouping of worker job `job`'s result, made in the
   * worker, which still holds the spans (100,000 spans took 150 ms or more
   * to group on the main thread).
   */
  summarize(job) {
    if (!this.#worker || job === null || job === undefined) return Promise.reject(new Error('no worker holds that result'));
    return new Promise((resolve, reject) => {
      this.#summaries.set(job, { resolve, reject });
      this.#worker.postMessage({ id: job, summarize: true });
    });
  }

  /**
   * Stops the worker if a job is running in it; every pending job rejects as
   * cancelled. Returns whether there was one. An idle worker is kept: it
   * holds the last result for summarize().
   */
  cancel() {
    if (!this.#jobs.size) return false;
    this.#stop(failure('cancelled', { cancelled: true }));
    return true;
  }

  #inWorker(text, options, module, onProgress, exclusive) {
    let worker;
    try {
      worker = this.#start(module);
    } catch (e) {
      return Promise.reject(failure(`no worker could start (${e?.message ?? e})`, { load: true }));
    }
    if (exclusive) {
      for (const job of this.#jobs.values()) job.reject(failure('superseded', { cancelled: true }));
      this.#jobs.clear();
    }
    const id = ++this.#ids;
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject, result: null, total: 0, onProgress });
      worker.postMessage({ id, text, options });
    });
  }

  /** The worker, started on first use with the compiled module handed over. */
  #start(module) {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    if (module) worker.postMessage({ wasmModule: module });
    if (placesData) worker.postMessage({ places: placesData });
    // The result comes in parts (lib/worker.js): its head, then the spans
    // in batches, each a short task to receive, then the end.
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.part === 'summary') {
        const wanted = this.#summaries.get(m.id);
        this.#summaries.delete(m.id);
        if (m.ok) wanted?.resolve(m.summary);
        else wanted?.reject(new Error(m.message));
        return;
      }
      const job = this.#jobs.get(m.id);
      if (!job) return;
      if (!m.ok) {
        this.#jobs.delete(m.id);
        job.reject(failure(m.message, { trap: m.trap, load: m.load }));
      } else if (m.part === 'head') {
        const { id, ok, part, total, ...rest } = m;
        job.result = { spans: [], ...rest };
        job.total = total;
      } else if (m.part === 'spans') {
        for (const span of m.spans) job.result.spans.push(span);
        job.onProgress?.(job.result.spans.length, job.total);
      } else if (m.part === 'end') {
        this.#jobs.delete(m.id);
        job.resolve({ result: job.result, job: m.id });
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.#stop(failure(e.message || 'the worker failed to start', { load: true }));
    };
    this.#worker = worker;
    return worker;
  }

  #stop(error) {
    this.#worker?.terminate();
    this.#worker = null;
    for (const job of this.#jobs.values()) job.reject(error);
    this.#jobs.clear();
    for (const wanted of this.#summaries.values()) wanted.reject(new Error('the worker was stopped'));
    this.#summaries.clear();
  }
}

// ---- highlights over text nodes ----

/** A short accessible name for a highlight: "Moscow, place". */
export function markLabel(span) {
  return `${span.text}, ${String(span.kind).toLowerCase()}`;
}

/**
 * The `makeMark` that wrapSpans calls for each piece of a highlight: an
 * empty <aa-mark> with the span's kind and index (and `theme`, for a host
 * page whose own elements carry no theme). The first piece of a span is a
 * button named by markLabel, in the tab order unless `focusable(span)` says
 * otherwise.
 */
export function markBuilder({ theme, focusable } = {}) {
  return (span, index, first) => {
    const mark = document.createElement('aa-mark');
    mark.setAttribute('data-kind', span.kind);
    mark.setAttribute('data-aa-span', String(index));
    if (theme) mark.setAttribute('data-aa-theme', theme);
    if (first) {
      mark.setAttribute('tabindex', !focusable || focusable(span) ? '0' : '-1');
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', markLabel(span));
    }
    return mark;
  };
}

/**
 * Wraps each span's text in marks, one per text node the span touches, by
 * splitting the nodes, and returns what unwrapSpans needs to undo it.
 * `segments`: text nodes in order, each with the offset at which it starts
 * in the text the spans index ({node, start}). `from`: a span index no
 * later than the first span of `segments`, so that wrapping a long text in
 * parts need not rescan the spans before. Spans must be sorted and disjoint;
 * one that is not is skipped, never trusted, so no text is lost or doubled.
 * Article text only ever becomes text nodes.
 */
export function wrapSpans(segments, spans, makeMark, from = 0) {
  const records = [];
  let s = from;
  for (const seg of segments) {
    const node = seg.node;
    const segStart = seg.start;
    const segEnd = segStart + node.data.length;
    while (s < spans.length && spans[s].end <= segStart) s++;
    let k = s;
    const local = [];
    while (k < spans.length && spans[k].start < segEnd) {
      const span = spans[k];
      const a = Math.max(span.start, segStart) - segStart;
      const b = Math.min(span.end, segEnd) - segStart;
      if (b > a) local.push({ a, b, index: k, first: span.start >= segStart });
      if (span.end > segEnd) break;
      k++;
    }
    if (!local.length || !node.parentNode) continue;
    const pieces = [];
    let pos = 0;
    const data = node.data;
    for (const { a, b, index, first } of local) {
      if (a < pos) continue;
      if (a > pos) pieces.push(document.createTextNode(data.slice(pos, a)));
      const mark = makeMark(spans[index], index, first);
      mark.append(document.createTextNode(data.slice(a, b)));
      pieces.push(mark);
      pos = b;
    }
    if (pos < data.length) pieces.push(document.createTextNode(data.slice(pos)));
    node.replaceWith(...pieces);
    records.push({ original: node, pieces });
  }
  return records;
}

/**
 * Puts the original text nodes back and removes every piece wrapSpans made:
 * the DOM, and any reference the host holds to one of its text nodes, is
 * exactly as before.
 */
export function unwrapSpans(records) {
  for (let i = records.length - 1; i >= 0; i--) {
    const { original, pieces } = records[i];
    const anchor = pieces.find((p) => p.parentNode);
    if (!anchor) continue;
    anchor.parentNode.insertBefore(original, anchor);
    for (const p of pieces) p.remove();
  }
}

/** The index of the first span that ends after `offset` (spans are sorted). */
export function firstSpanAfter(spans, offset) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---- long work in slices ----

/**
 * Lets the page handle input and paint: resumes in a task of its own after
 * the next frame, so that each frame lays out only what was added since the
 * last, and the work and the frame are two tasks, not one.
 */
export const yieldToPage = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/**
 * Calls `step()` until it returns false, spending at most about `sliceMs`
 * of main thread at a time and yielding to the page in between
 * (`beforeYield()` first, to show progress, say). Resolves to true when the
 * work is done, false when `wanted()` turned false during a pause.
 */
export async function inSlices(step, { sliceMs, wanted = () => true, beforeYield } = {}) {
  let started = performance.now();
  while (step()) {
    if (performance.now() - started < sliceMs) continue;
    beforeYield?.();
    await yieldToPage();
    if (!wanted()) return false;
    started = performance.now();
  }
  return true;
}

/**
 * wrapSpans over many segments, in slices of about `sliceMs` (inSlices),
 * into `records`, filled as it goes so that a wrap cut short can still be
 * undone with unwrapSpans. Resolves as inSlices does.
 */
export function wrapInSlices(segments, spans, makeMark, records, { sliceMs, wanted }) {
  let k = 0;
  return inSlices(() => {
    if (k >= segments.length) return false;
    const batch = segments.slice(k, k + 20);
    for (const r of wrapSpans(batch, spans, makeMark, firstSpanAfter(spans, batch[0].start))) records.push(r);
    k += batch.length;
    return k < segments.length;
  }, { sliceMs, wanted });
}
