// Annotates big texts off the main thread, so the page stays responsive.
// One message in ({id, text, options}), one message out ({id, ok, result} or
// {id, ok: false, message, trap}). The page cancels by terminating the worker.

import { isTrap, loadCore } from './lib/core.js';

let core = loadCore();

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  let c;
  try {
    c = await core;
  } catch (e) {
    self.postMessage({ id, ok: false, load: true, message: `the annotator could not load: ${e?.message ?? e}` });
    return;
  }
  try {
    self.postMessage({ id, ok: true, result: c.annotate(text, options) });
  } catch (e) {
    const trap = isTrap(e);
    // A trapped instance is never used again.
    if (trap) core = loadCore({ fresh: true });
    self.postMessage({ id, ok: false, trap, message: String(e?.message ?? e) });
  }
};
