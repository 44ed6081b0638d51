// Loads the wasm core. The glue and the .wasm are found next to this module
// (../pkg/), through import.meta.url, so the page and the widget work from
// any folder they are copied to.

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
 * Imports and instantiates the core. The .wasm is fetched and compiled while
 * the glue is imported, not after. With `fresh`, a new instance of the
 * module is made (a query string makes the import a different module), which
 * is how the page recovers after the wasm trapped: a trapped instance may be
 * left in a broken state, so it is never called again. `module`: a compiled
 * WebAssembly.Module to instantiate (the page hands its own to the worker,
 * which then neither fetches nor compiles the .wasm again).
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
  return { annotate: mod.annotate, version: mod.version, module: wasmModule };
}

/** True when an error comes from the wasm machine itself (a trap), not from bad options. */
export function isTrap(error) {
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}
