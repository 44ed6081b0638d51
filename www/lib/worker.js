// Annotates big texts off the main thread, so the page stays responsive.
// One message in ({id, text, options}); out, the result in parts: {id, ok,
// part: 'head', referenceDate, total}, then {id, ok, part: 'spans', spans}
// for each batch of spans, then {id, ok, part: 'end'}; or {id, ok: false,
// message, trap, load}. {id, summarize: true} asks for the summary panel's
// grouping of the last result (lib/summary/model.js summarize), as {id, ok, part:
// 'summary', summary}. {wasmModule} before the first job hands over the
// page's compiled module, so that the worker neither fetches nor compiles
// the .wasm again; {places} hands over the gazetteer's second tier
// (lib/client.js places()). Receiving 100,000 spans as one message took the
// page's main thread 300 ms; a batch takes a few. The page cancels by
// terminating the worker. lib/client.js is the other end.

import { isTrap, loadCore, usePlaces } from './client.js';

/** Spans per message. */
const BATCH = 1000;

/** The page may hand over its compiled module first ({wasmModule}); else the worker loads its own. */
let wasmModule;
let core = null;
/** The last result, for a summary asked for later ({id, summarize: true}). */
let last = null;

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  if (event.data.wasmModule) {
    wasmModule = event.data.wasmModule;
    return;
  }
  if (event.data.places) {
    // The gazetteer's second tier, which the page loaded after its first
    // highlights: this instance and any made after a trap get it too.
    const data = event.data.places;
    (core ??= loadCore({ module: wasmModule })).then((c) => usePlaces(c, data)).catch(() => {});
    return;
  }
  core ??= loadCore({ module: wasmModule });
  if (event.data.summarize) {
    try {
      if (last?.id !== id) throw new Error('that result is gone');
      const { summarize } = await import('./summary/model.js');
      self.postMessage({ id, ok: true, part: 'summary', summary: summarize(last.spans, last.referenceDate) });
    } catch (e) {
      self.postMessage({ id, ok: false, part: 'summary', message: String(e?.message ?? e) });
    }
    return;
  }
  last = null;
  let c;
  try {
    c = await core;
  } catch (e) {
    self.postMessage({ id, ok: false, load: true, message: `the annotator could not load: ${e?.message ?? e}` });
    return;
  }
  let result;
  try {
    result = c.annotate(text, options);
  } catch (e) {
    const trap = isTrap(e);
    // A trapped instance is never used again.
    if (trap) core = loadCore({ fresh: true, module: wasmModule });
    self.postMessage({ id, ok: false, trap, message: String(e?.message ?? e) });
    return;
  }
  const { spans, ...rest } = result;
  last = { id, spans, referenceDate: result.referenceDate };
  self.postMessage({ id, ok: true, part: 'head', ...rest, total: spans.length });
  for (let i = 0; i < spans.length; i += BATCH) {
    self.postMessage({ id, ok: true, part: 'spans', spans: spans.slice(i, i + BATCH) });
  }
  self.postMessage({ id, ok: true, part: 'end' });
};
