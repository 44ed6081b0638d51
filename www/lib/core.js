// Loads the wasm core. The glue and the .wasm are found next to this module
// (../pkg/), through import.meta.url, so the page and the widget work from
// any folder they are copied to.

let loads = 0;

/**
 * Imports and instantiates the core. With `fresh`, a new instance of the
 * module is made (a query string makes the import a different module), which
 * is how the page recovers after the wasm trapped: a trapped instance may be
 * left in a broken state, so it is never called again.
 *
 * @returns {Promise<{annotate: (text: string, options?: object) => any, version: () => string}>}
 */
export async function loadCore({ fresh = false } = {}) {
  const glue = new URL('../pkg/article_annotator.js', import.meta.url);
  if (fresh) glue.search = `?instance=${++loads}`;
  const mod = await import(glue.href);
  await mod.default({ module_or_path: new URL('../pkg/article_annotator_bg.wasm', import.meta.url) });
  return { annotate: mod.annotate, version: mod.version };
}

/** True when an error comes from the wasm machine itself (a trap), not from bad options. */
export function isTrap(error) {
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}
