// The web build (www/pkg, wasm-bindgen --target web) in headless Chromium
// (issue 7): cold start on the seed article, throughput, linearity and the
// wasm memory.
//
//   node tests/bench/chromium.mjs        (after cargo bench and .ci/build.sh; or bash .ci/bench.sh)
//
// The page (tests/bench/page) is assembled in target/bench/site with the
// package, the seed article and the corpora, and served by .ci/serve.mjs.
// Cold start: a new browser for each run (nothing cached, no compiled wasm
// kept), median of the runs. Warm runs: one page. Memory: a new page per
// size, since a wasm memory only grows.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { ROOT, OUT, CORPORA, PEERS, MIN_RUNS, loadCorpora, median, mbPerS, human, writeResult, table, f } from './common.mjs';

const PKG = process.env.BENCH_PKG_WEB ? resolve(process.env.BENCH_PKG_WEB) : join(ROOT, 'www/pkg');
const SITE = join(OUT, 'site');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** playwright-core from the benchmark's own folder, else from the e2e tests'. */
function playwright() {
  for (const dir of [PEERS, join(ROOT, 'tests/e2e')]) {
    try {
      return createRequire(join(dir, 'package.json'))('playwright-core');
    } catch {
      // Try the next folder.
    }
  }
  throw new Error('playwright-core is not installed (npm ci in tests/bench/peers, or bash .ci/bench.sh)');
}

function buildSite(corpora) {
  if (!existsSync(join(PKG, 'article_annotator.js'))) throw new Error(`${PKG} has no build: run bash .ci/build.sh first`);
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync(PKG, join(SITE, 'pkg'), { recursive: true });
  cpSync(CORPORA, join(SITE, 'corpora'), { recursive: true });
  cpSync(join(ROOT, 'tests/bench/page/bench.mjs'), join(SITE, 'bench.mjs'));
  cpSync(join(ROOT, 'tests/bench/calls.mjs'), join(SITE, 'calls.mjs'));
  const options = corpora.seedReferenceDate ? { referenceDate: corpora.seedReferenceDate } : {};
  // JSON inside <script>: "<" escaped so that no text can close the element.
  const seed = JSON.stringify({ text: corpora.seed, options }).replace(/</g, '\\u003c');
  const page = readFileSync(join(ROOT, 'tests/bench/page/index.html'), 'utf8').replace('SEED_JSON', () => seed);
  writeFileSync(join(SITE, 'index.html'), page);
}

/**
 * The peers for the page: tests/bench/peers/peers.cjs, the definitions the
 * Node runner uses, bundled with their packages by esbuild (a devDependency
 * of tests/bench/peers) into SITE/peers.js, which sets window.peerDefs.
 * Returns their names and versions, or null (and says why) if it cannot.
 */
async function bundlePeers() {
  const peerRequire = createRequire(join(PEERS, 'package.json'));
  let esbuild;
  try {
    esbuild = peerRequire('esbuild');
  } catch (e) {
    console.error(`[bench] esbuild is not installed in tests/bench/peers (npm ci there): the peers are not run in Chromium`);
    return null;
  }
  const entry = join(SITE, 'peers-entry.cjs');
  writeFileSync(entry, `window.peerDefs = require(${JSON.stringify(join(PEERS, 'peers.cjs'))});\n`);
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', mainFields: ['main'], outfile: join(SITE, 'peers.js'), logLevel: 'error', nodePaths: [join(PEERS, 'node_modules')] });
  const defs = peerRequire('./peers.cjs');
  const version = (d) => d.packages.map((pkg) => JSON.parse(readFileSync(join(PEERS, 'node_modules', pkg, 'package.json'), 'utf8')).version).join(' + ');
  return defs.map((d) => ({ name: d.name, what: d.what, version: version(d) }));
}

/** The cold-start steps, as keys of summarizeCold's result, with their labels. */
const COLD_STEPS = [
  ['documentMs', 'document loaded'],
  ['filesMs', 'bench.mjs, glue and wasm fetched (in parallel)'],
  ['filesDoneMs', '  the last of them arrived'],
  ['scriptStartMs', 'module script starts'],
  ['glueMs', 'JS glue imported'],
  ['instantiationMs', 'wasm compile (begun with the glue import) done + instantiated'],
  ['firstCallMs', 'first annotate() call (seed)'],
  ['secondCallMs', '  (a second call, after the paint)'],
  ['renderMs', 'highlights rendered'],
  ['paintMs', 'next frame painted'],
  ['navigationToPaintedMs', 'navigation -> first highlights painted'],
  ['fastestNavigationToPaintedMs', '  the same, fastest run'],
];

function summarizeCold(colds) {
  const pick = (key) => median(colds.map((c) => c[key]));
  const step = (from, to) => median(colds.map((c) => c[to] - c[from]));
  return {
    runs: colds.length,
    navigationToPaintedMs: pick('painted'),
    fastestNavigationToPaintedMs: Math.min(...colds.map((c) => c.painted)),
    navigationToFirstCallMs: pick('firstCall'),
    documentMs: pick('documentResponseEnd'),
    scriptStartMs: pick('scriptStart'),
    // The module, the glue and the wasm load in parallel (the page preloads
    // them): from the first request to the last response.
    filesMs: median(colds.map((c) => Math.max(...c.resources.map((r) => r.responseEnd)) - Math.min(...c.resources.map((r) => r.startTime)))),
    filesDoneMs: median(colds.map((c) => Math.max(...c.resources.map((r) => r.responseEnd)))),
    glueMs: step('scriptStart', 'glueLoaded'),
    instantiationMs: step('glueLoaded', 'instantiated'),
    firstCallMs: step('instantiated', 'firstCall'),
    secondCallMs: pick('secondCallMs'),
    renderMs: step('firstCall', 'rendered'),
    paintMs: step('rendered', 'painted'),
    seedSpans: colds[0]?.spans,
    all: colds,
  };
}

/**
 * The product page (www/index.html), when there is one: every file it loads
 * with its gzipped size (the transfer budget), and, with the seed article
 * pasted into its first textarea as soon as the document is parsed, the time
 * to its first highlight (any <mark> or <aa-mark>). www/ is copied to
 * target/bench/www so that the package under test replaces www/pkg.
 */
async function measureRealPage(browser, corpora, errors) {
  const www = process.env.BENCH_WWW ? resolve(process.env.BENCH_WWW) : join(ROOT, 'www');
  if (!existsSync(join(www, 'index.html'))) {
    console.log(`\nthe product page: ${www}/index.html does not exist yet; skipped`);
    return { skipped: `${www}/index.html does not exist` };
  }
  const copy = join(OUT, 'www');
  rmSync(copy, { recursive: true, force: true });
  cpSync(www, copy, { recursive: true, filter: (src) => !src.includes('node_modules') });
  rmSync(join(copy, 'pkg'), { recursive: true, force: true });
  cpSync(PKG, join(copy, 'pkg'), { recursive: true });
  const server = await serve(copy);
  const url = server.url;
  const runs = [];
  let files = new Map();
  let firstLoad = new Set();
  try {
    for (let i = 0; i < MIN_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const loaded = new Map();
      page.on('response', async (response) => {
        try {
          const body = await response.body();
          loaded.set(new URL(response.url()).pathname, { bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length });
        } catch {
          // A response without a body (a redirect, an aborted request) transfers nothing to count.
        }
      });
      page.on('pageerror', (e) => errors.push(`product page: ${e}`));
      await page.addInitScript(() => {
        window.firstHighlight = null;
        new MutationObserver((changes, observer) => {
          if (document.querySelector('mark, aa-mark')) {
            window.firstHighlight = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const pasted = await page.evaluate((text) => {
        const area = document.querySelector('textarea');
        if (!area) return null;
        area.value = text;
        // As a paste: pages may wait for a pause in typing but not after a paste.
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: null }));
        return performance.now();
      }, corpora.seed);
      let first = null;
      if (pasted !== null) {
        await page.waitForFunction(() => window.firstHighlight, null, { timeout: 20_000 }).catch(() => {});
        first = await page.evaluate(() => window.firstHighlight);
      }
      await page.waitForLoadState('networkidle').catch(() => {});
      runs.push({ pastedMs: pasted, firstHighlightMs: first });
      files = loaded;
      // The first load: the document and every file the page asked for
      // before its first highlight, by the page's own clock (resource
      // timing); the gazetteer's second tier comes after it.
      firstLoad = new Set(first == null ? [] : await page.evaluate(() => [location.pathname, ...performance.getEntriesByType('resource')
        .filter((e) => e.startTime <= window.firstHighlight).map((e) => new URL(e.name).pathname)]));
      await context.close();
    }
  } finally {
    server.close();
  }
  const done = runs.filter((r) => r.firstHighlightMs != null);
  const list = [...files].map(([path, size]) => ({ path, ...size })).sort((a, b) => b.gzipped - a.gzipped);
  const result = {
    runs: runs.length,
    highlighted: done.length,
    pastedMs: done.length ? median(done.map((r) => r.pastedMs)) : null,
    navigationToFirstHighlightMs: done.length ? median(done.map((r) => r.firstHighlightMs)) : null,
    pasteToFirstHighlightMs: done.length ? median(done.map((r) => r.firstHighlightMs - r.pastedMs)) : null,
    files: list,
    transferBytes: list.reduce((n, x) => n + x.bytes, 0),
    transferGzippedBytes: list.reduce((n, x) => n + x.gzipped, 0),
    firstLoadFiles: list.filter((x) => firstLoad.has(x.path)),
  };
  result.firstLoadBytes = result.firstLoadFiles.reduce((n, x) => n + x.bytes, 0);
  result.firstLoadGzippedBytes = result.firstLoadFiles.reduce((n, x) => n + x.gzipped, 0);
  console.log('\nthe product page (www/index.html), the seed pasted at DOMContentLoaded');
  if (done.length) {
    console.log(`  navigation -> first highlight ${f(result.navigationToFirstHighlightMs)} ms (pasted at ${f(result.pastedMs)} ms; paste -> first highlight ${f(result.pasteToFirstHighlightMs)} ms), median of ${done.length}`);
  } else {
    console.log(`  no highlight appeared within 20 s of pasting (runs: ${runs.length})`);
  }
  console.log(`  files loaded: ${list.length}, ${human(result.transferBytes)} raw, ${human(result.transferGzippedBytes)} gzipped (gzip -9 each)`);
  console.log(`  asked for before the first highlight: ${result.firstLoadFiles.length}, ${human(result.firstLoadBytes)} raw, ${human(result.firstLoadGzippedBytes)} gzipped`);
  for (const x of list) console.log(`    ${x.path.padEnd(40)} ${String(x.bytes).padStart(9)} B  ${String(x.gzipped).padStart(8)} B gzipped`);
  return result;
}

async function main() {
  const corpora = loadCorpora();
  buildSite(corpora);
  const peerInfo = corpora.paragraphs ? await bundlePeers() : null;
  const server = await serve(SITE);
  const url = server.url;
  const { chromium } = playwright();
  const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const errors = [];
  const open = async (context) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await ready(page);
    return page;
  };
  // The page sets window.cold when the seed's highlights are painted; a page
  // error stops the wait at once, with the error, instead of a timeout.
  const ready = async (page) => {
    const failed = new Promise((_, fail) => page.once('pageerror', (e) => fail(new Error(`the benchmark page failed: ${e}`))));
    await Promise.race([page.waitForFunction(() => window.cold, null, { timeout: 60_000 }), failed]);
  };

  let browser;
  try {
    // Cold starts, two ways: a new tab (a fresh browser context: empty
    // cache, new renderer) in a browser that is already running, as a
    // reader opens the page; and a browser launched for the page alone.
    const cold = {};
    for (const mode of ['tab', 'browser']) {
      const colds = [];
      if (mode === 'tab') browser = await launch();
      for (let i = 0; i < MIN_RUNS; i++) {
        if (mode === 'browser') browser = await launch();
        const context = await browser.newContext();
        const page = await open(context);
        colds.push(await page.evaluate(() => window.cold));
        await context.close();
        if (mode === 'browser') {
          await browser.close();
          browser = null;
        }
      }
      if (browser) await browser.close();
      browser = null;
      cold[mode] = summarizeCold(colds);
    }
    console.log(`wasm in headless Chromium (${PKG}), median of >= ${MIN_RUNS} runs`);
    console.log(`corpora: ${corpora.source}`);
    console.log(`\ncold start on the seed article, ms from navigation (median of ${MIN_RUNS}; steps are medians of each step)`);
    console.log(table([
      ['step', 'new tab', 'new browser'],
      ...COLD_STEPS.map(([key, label]) => [label, f(cold.tab[key]), f(cold.browser[key])]),
    ]));

    // Warm throughput and linearity times in one page.
    browser = await launch();
    const page = await open(await browser.newContext());
    const time = (args) => page.evaluate((a) => window.bench.time(a), { minRuns: MIN_RUNS, ...args });
    // Paragraph- and article-sized calls (issue 16), ours alone, and the
    // per-call overhead; the peers come last, as their bundle is big.
    const sets = corpora.paragraphs ? ['paragraphs', 'articles'] : [];
    if (!sets.length) console.log('\nparagraph- and article-sized calls: SKIPPED, the gold data (../shared/data) is absent');
    const calls = [];
    for (const set of sets) calls.push({ name: set, ...(await page.evaluate((a) => window.bench.calls(a), { set, minRuns: MIN_RUNS })) });
    if (calls.length) {
      console.log('\nparagraph- and article-sized calls, ours alone (each text one call; time per pass over all)');
      console.log(table([
        ['texts', 'calls', 'bytes', 'runs', 'median ms', 'MB/s', 'us/call', 'spans'],
        ...calls.map((r) => [r.name, r.calls, r.bytes, r.runs, f(r.medianMs), f(r.mbPerS), f(r.usPerCall), r.spans]),
      ]));
    }
    const perCall = await page.evaluate(() => window.bench.overhead());
    console.log(perCall.map((o) => `per call, ${o.name}: ${f(o.usPerCall)} us`).join('\n'));
    const rows = [];
    for (const [label, name, batch] of [['seed article', 'seed', 50], ['wikinews', 'wikinews', 1], ['10 MB', 'big', 1]]) {
      const r = await time({ name, batch });
      rows.push({ name: label, ...r, mbPerS: mbPerS(r.bytes, r.medianMs) });
    }
    console.log('\nwarm throughput (one page)');
    console.log(table([
      ['corpus', 'bytes', 'runs', 'median ms', 'MB/s', 'spans'],
      ...rows.map((r) => [r.name, r.bytes, r.runs * r.batch, f(r.medianMs, 3), f(r.mbPerS), r.spans]),
    ]));
    const peerCalls = [];
    if (sets.length && peerInfo) {
      const loaded = await page.evaluate((a) => window.bench.loadPeers(a), { referenceDate: corpora.seedReferenceDate });
      for (const [index, peer] of peerInfo.entries()) {
        const result = { ...peer };
        if (loaded[index]?.error) {
          console.error(`[bench] peer ${peer.name} unavailable in Chromium: ${loaded[index].error}`);
          peerCalls.push({ ...result, error: loaded[index].error });
          continue;
        }
        for (const set of sets) {
          const r = (result[set] = await page.evaluate((a) => window.bench.peerCalls(a), { index, set, runs: MIN_RUNS }));
          console.error(`[bench] Chromium, ${peer.name}, ${set}: ${f(r.mbPerS, 3)} MB/s on ${r.calls} calls, ours ${f(r.oursMbPerS)} MB/s, ratio ${f(r.ratio, 1)}`);
        }
        peerCalls.push(result);
      }
      console.log(`\npeers in Chromium, paragraph- and article-sized calls; ratio = ours (wasm, Chromium) ÷ theirs, median of ${MIN_RUNS} paired passes`);
      console.log(table([
        ['peer', 'texts', 'calls', 'their MB/s', 'our MB/s', 'ratio (min..max)'],
        ...peerCalls.flatMap((p) => (p.error
          ? [[p.name, '', '', 'unavailable', p.error, '']]
          : sets.map((set) => [p.name, set, p[set].allTexts ? `all ${p[set].calls}` : `1 in ${p[set].every}: ${p[set].calls}`, f(p[set].mbPerS, 3), f(p[set].oursMbPerS), `${f(p[set].ratio, 1)}x (${f(p[set].ratioMin, 1)}..${f(p[set].ratioMax, 1)})`]))),
      ]));
    }
    const linearity = (await page.evaluate((a) => window.bench.linearity(a), { name: 'wikinews', ks: [1, 2, 4, 8], runs: Math.max(MIN_RUNS, 7) }))
      .map((r) => ({ name: `${r.k}x`, ...r, mbPerS: mbPerS(r.bytes, r.medianMs) }));
    await browser.close();
    browser = null;

    // Memory: a new page (new instance) per size.
    browser = await launch();
    for (const row of linearity) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      Object.assign(row, await page.evaluate((k) => window.bench.memory({ name: 'wikinews', k }), row.k));
      await context.close();
    }
    const l1 = linearity[0];
    console.log('\nlinearity (wikinews repeated k times, the sizes in turn; wasm memory of a fresh page after one call)');
    console.log(table([
      ['k', 'bytes', 'median ms', 'MB/s', 'time ratio', 'min ms', 'min ratio', 'wasm memory', 'memory ratio'],
      ...linearity.map((r) => [`${r.k}x`, r.bytes, f(r.medianMs), f(r.mbPerS), f(r.medianMs / l1.medianMs), f(r.minMs), f(r.minMs / l1.minMs), human(r.memoryAfterBytes), f(r.memoryAfterBytes / l1.memoryAfterBytes)]),
    ]));
    const realPage = await measureRealPage(browser, corpora, errors);
    const version = browser.version();
    if (errors.length) console.error(`[bench] page errors:\n  ${[...new Set(errors)].join('\n  ')}`);
    writeResult('chromium', { chromium: version, pkg: PKG, source: corpora.source, generated: !!corpora.generated, cold, calls, overhead: perCall, peerCalls, rows, linearity, realPage, errors: [...new Set(errors)] });
  } finally {
    if (browser) await browser.close();
    server.close();
  }
}

/**
 * .ci/serve.mjs on `root` in a process of its own: in this one, the
 * browser driver's traffic would delay the responses and so the page.
 */
function serve(root) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(ROOT, '.ci/serve.mjs'), '--root', root, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let said = '';
    child.stdout.on('data', (chunk) => {
      said += chunk;
      const m = said.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) ok({ url: m[0], close: () => child.kill() });
    });
    child.once('exit', (code) => fail(new Error(`.ci/serve.mjs exited (${code}) before serving: ${said}`)));
    child.once('error', fail);
  });
}

await main();
