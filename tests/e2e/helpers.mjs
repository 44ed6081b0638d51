// Shared set-up for the browser tests: the static server on a free port,
// Debian's chromium through playwright-core, and the core's own answer for a
// text (the node build of the same wasm), which the page must render exactly.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../.ci/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');
export const www = join(repo, 'www');
export const artifacts = join(here, 'artifacts');
export const fixture = (name) => readFileSync(join(here, 'fixtures', name), 'utf8');

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts the server and the browser; returns {base, browser, close}. */
export async function setUp() {
  if (!existsSync(join(www, 'pkg', 'article_annotator.js'))) {
    throw new Error('www/pkg is missing: run `bash .ci/build.sh` first');
  }
  const server = await startServer({ root: www, host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  mkdirSync(artifacts, { recursive: true });
  // Say up front when the built wasm does not instantiate, so that the
  // failures that follow are not a mystery (the tests with a fake core
  // still run).
  const probe = await browser.newPage();
  try {
    await probe.goto(`${base}/favicon.svg`);
    const problem = await probe.evaluate(async (url) => {
      try {
        const m = await import(url);
        await m.default();
        m.annotate('probe', {});
        return null;
      } catch (e) {
        return String(e?.message ?? e);
      }
    }, `${base}/pkg/article_annotator.js`);
    if (problem) console.log(`# WARNING: www/pkg does not work in chromium (${problem}); the tests on the real core will fail`);
  } finally {
    await probe.close();
  }
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A new page that records what the tests check: console messages, page
 * errors, dialogs (an alert would mean injected script ran), CSP violations
 * and every request.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const log = { console: [], errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    window.__annotated = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('article-annotator:annotated', (e) => window.__annotated.push({ id: e.target.id, detail: e.detail }));
  });
  return { page, context, log };
}

/** Serves tests/e2e/fixtures/fake-core.js in place of the wasm glue. */
export async function useFakeCore(page) {
  const body = fixture('fake-core.js');
  await page.route('**/pkg/article_annotator.js*', (route) => route.fulfill({ contentType: 'text/javascript', body }));
}

let nodeCore;
/**
 * The core's result for a text, from the node build (target/pkg-node). When
 * that cannot load in this Node, the web build is asked in a blank browser
 * page instead (same wasm, same answer); the fallback is logged.
 */
export async function coreAnnotate(text, options, { browser, base }) {
  if (nodeCore === undefined) {
    try {
      nodeCore = createRequire(import.meta.url)(join(repo, 'target', 'pkg-node', 'article_annotator.js'));
      // The page and the widget load the gazetteer's second tier after their
      // first highlights; the tests compare with both tiers in.
      nodeCore.loadPlaces(readFileSync(join(repo, 'target', 'pkg-node', 'places-local.bin')));
      nodeCore.annotate('warm up', {});
    } catch (e) {
      console.log(`# the node build did not load (${e.message.split('\n')[0]}); using the web build in chromium for expected spans`);
      nodeCore = null;
    }
  }
  if (nodeCore) return nodeCore.annotate(text, options);
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/favicon.svg`);
    return await page.evaluate(async ([t, o, url]) => {
      const m = await import(url);
      await m.default();
      m.loadPlaces(new Uint8Array(await (await fetch(new URL('places-local.bin', url))).arrayBuffer()));
      return m.annotate(t, o);
    }, [text, options, `${base}/pkg/article_annotator.js`]);
  } finally {
    await page.close();
  }
}

/** Counts spans per kind. */
export function countKinds(spans) {
  const counts = { place: 0, date: 0, figure: 0 };
  for (const s of spans) counts[s.kind]++;
  return counts;
}

/** Messages the widget itself logged as warnings. */
export function widgetWarnings(log) {
  return log.console.filter((m) => m.type === 'warning' && m.text.startsWith('article-annotator:'));
}

/**
 * Waits until `n` elements have their final annotated event (detail.places:
 * the widget fires it again once the gazetteer's second tier is in), and
 * returns those events as {id, detail}, in the order the elements were first
 * annotated.
 */
export async function finalEvents(page, n, timeout = 20_000) {
  await page.waitForFunction((k) => new Set(window.__annotated.filter((e) => e.detail.places).map((e) => e.id)).size >= k, n, { timeout });
  return page.evaluate(() => {
    const ids = [...new Set(window.__annotated.map((e) => e.id))];
    return ids.map((id) => window.__annotated.findLast((e) => e.id === id && e.detail.places)).filter(Boolean).map((e) => ({ id: e.id, detail: e.detail }));
  });
}
