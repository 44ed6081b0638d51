// The wasm build in Node (target/pkg-node, the nodejs target), and the peer
// libraries on the same texts in the same process (issue 7).
//
//   node tests/bench/node.mjs            (after cargo bench and .ci/build.sh; or bash .ci/bench.sh)
//
// Ours: throughput on the seed article, the Wikinews corpus and the 10 MB
// text; linearity at 1x, 2x, 4x and 8x the Wikinews corpus with the wasm
// memory's size after the call (a fresh instance per size, since a wasm
// memory never shrinks, so its size after one call is that call's peak).
// The first call in a new process under three V8 compile modes (issue 16)
// splits the cold first call into compilation and running.
//
// Peers (tests/bench/peers, their own package.json; never product
// dependencies): each is timed against ours in alternation, run after run on
// the same text, and the ratio ours ÷ theirs is taken per pair of runs, then
// the median. A peer too slow for the whole corpus is timed on a prefix cut
// at a paragraph break, and ours is timed on that same prefix.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { oursCalls, pairedCalls, overhead } from './calls.mjs';
import { ROOT, PEERS, MIN_RUNS, affordable, loadCorpora, repeat, utf8Bytes, median, timeRuns, mbPerS, human, writeResult, table, f } from './common.mjs';

const require = createRequire(import.meta.url);
// .ci/bench.sh points this elsewhere when it has to rebuild the package
// (see its comments); by default, .ci/build.sh's nodejs output.
const PKG = join(process.env.BENCH_PKG_NODE ? resolve(process.env.BENCH_PKG_NODE) : join(ROOT, 'target/pkg-node'), 'article_annotator.js');
/** A peer run longer than this on the whole corpus is timed on a prefix. */
const PEER_RUN_MS = Number(process.env.BENCH_PEER_MS) || 2000;

/**
 * A fresh instance of our nodejs build, with its wasm memory. The glue does
 * not export the memory, so the instance's exports are caught as the glue
 * creates it; clearing the require cache gives a new instance each time.
 */
function loadOurs() {
  if (!existsSync(PKG)) throw new Error(`${PKG} is missing: run bash .ci/build.sh first`);
  delete require.cache[require.resolve(PKG)];
  const Original = WebAssembly.Instance;
  let exports = null;
  WebAssembly.Instance = function Instance(module, imports) {
    const instance = new Original(module, imports);
    exports = instance.exports;
    return instance;
  };
  try {
    const glue = require(PKG);
    return { annotate: glue.annotate, memory: exports?.memory ?? null };
  } finally {
    WebAssembly.Instance = Original;
  }
}

/**
 * Where the first call's time goes (issue 16): the seed annotated once in a
 * new Node process, under V8's defaults and under flags that take one part
 * of V8's wasm compilation away, median of `runs` processes each. Under the
 * defaults V8 compiles each function when it is first called (Liftoff) and
 * recompiles hot ones with TurboFan on background threads; with everything
 * compiled at load by Liftoff and no tier-up, the first call is only our
 * code running for the first time, so the difference is compilation. The
 * page cannot set these flags: this explains the cold start, it does not
 * fix it.
 */
const FIRST_CALL_MODES = [
  ['V8 defaults (lazy Liftoff, TurboFan tier-up)', []],
  ['lazy Liftoff, no tier-up', ['--liftoff-only']],
  ['all compiled at load by Liftoff, no tier-up', ['--liftoff-only', '--no-wasm-lazy-compilation']],
];
function firstCallSplit(text, options, runs = 7) {
  const script = `
    const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const t0 = performance.now();
    const glue = require(input.pkg);
    const t1 = performance.now();
    glue.annotate(input.text, input.options);
    const t2 = performance.now();
    glue.annotate(input.text, input.options);
    const t3 = performance.now();
    process.stdout.write(JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));`;
  const input = JSON.stringify({ pkg: PKG, text, options });
  return FIRST_CALL_MODES.map(([name, flags]) => {
    try {
      const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [...flags, '-e', script], { input, encoding: 'utf8' })));
      const med = (k) => median(samples.map((x) => x[k]));
      return { name, flags: flags.join(' '), runs, loadMs: med('loadMs'), firstMs: med('firstMs'), secondMs: med('secondMs') };
    } catch (e) {
      return { name, flags: flags.join(' '), error: String(e.message ?? e).split('\n')[0] };
    }
  });
}

/**
 * The peers (tests/bench/peers/peers.cjs, the same definitions the page in
 * Chromium bundles), each as a function over one text, built once (model
 * loading is not timed).
 */
function loadPeers(referenceDate) {
  const defs = require(join(PEERS, 'peers.cjs'));
  const today = new Date(`${referenceDate ?? '2020-10-09'}T12:00:00Z`);
  return defs.map((d) => {
    try {
      return { name: d.name, version: peerVersion(d), what: d.what, run: d.make(today) };
    } catch (e) {
      console.error(`[bench] peer ${d.name} unavailable: ${e.message.split('\n')[0]}`);
      return { name: d.name, what: d.what, error: e.message.split('\n')[0] };
    }
  });
}

/** "1.2.3 + 4.5.6": read from disk, since some packages' "exports" hide their package.json. */
function peerVersion(def) {
  return def.packages.map((pkg) => JSON.parse(readFileSync(join(PEERS, 'node_modules', pkg, 'package.json'), 'utf8')).version).join(' + ');
}

/** The longest prefix of `text` up to `bytes` UTF-8 bytes that ends at a paragraph break. */
function prefix(text, bytes) {
  if (utf8Bytes(text) <= bytes) return text;
  const head = Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8');
  const cut = head.lastIndexOf('\n\n');
  return cut > 0 ? head.slice(0, cut) : head;
}

function oursRow(name, text, annotate, options) {
  const bytes = utf8Bytes(text);
  // Short texts: several calls per sample, so that the clock's resolution
  // does not dominate.
  const batch = bytes < 50_000 ? 20 : 1;
  const t = timeRuns(() => annotate(text, options), { batch });
  const spans = annotate(text, options).spans.length;
  return { name, bytes, ...t, mbPerS: mbPerS(bytes, t.medianMs), spans };
}

function main() {
  const corpora = loadCorpora();
  const seedOptions = corpora.seedReferenceDate ? { referenceDate: corpora.seedReferenceDate } : {};
  console.log(`wasm in Node ${process.version} (${PKG}), median of >= ${MIN_RUNS} runs`);
  console.log(`corpora: ${corpora.source}`);

  let ours = loadOurs();
  // Paragraph- and article-sized calls first (issue 16): ours alone, the
  // per-call overhead, then each peer in alternation with ours.
  const sets = [['paragraphs', corpora.paragraphs], ['articles', corpora.articles]].filter(([, texts]) => texts);
  if (!sets.length) console.log('paragraph- and article-sized calls: SKIPPED, the gold data (../shared/data) is absent');
  const calls = sets.map(([name, texts]) => ({ name, ...oursCalls(ours.annotate, texts, { minRuns: MIN_RUNS }) }));
  if (calls.length) {
    console.log('paragraph- and article-sized calls, ours alone (each text one call; time per pass over all)');
    console.log(table([
      ['texts', 'calls', 'bytes', 'runs', 'median ms', 'MB/s', 'us/call', 'spans'],
      ...calls.map((r) => [r.name, r.calls, r.bytes, r.runs, f(r.medianMs), f(r.mbPerS), f(r.usPerCall), r.spans]),
    ]));
  }
  const perCall = overhead(ours.annotate);
  const firstCall = firstCallSplit(corpora.seed, seedOptions);
  console.log('first call in a new process (seed article), by V8 compile mode; medians, ms');
  console.log(table([
    ['mode', 'flags', 'require (load + compile)', 'first call', 'second call'],
    ...firstCall.map((m) => (m.error ? [m.name, m.flags, 'failed', m.error, ''] : [m.name, m.flags || '-', f(m.loadMs, 1), f(m.firstMs, 1), f(m.secondMs, 1)])),
  ]));
  console.log(perCall.map((o) => `per call, ${o.name}: ${f(o.usPerCall)} us`).join('\n'));
  const peerCalls = [];
  for (const peer of sets.length ? loadPeers(corpora.seedReferenceDate) : []) {
    if (peer.error) {
      peerCalls.push({ name: peer.name, what: peer.what, error: peer.error });
      continue;
    }
    const result = { name: peer.name, version: peer.version, what: peer.what };
    for (const [name, texts] of sets) {
      result[name] = pairedCalls(ours.annotate, peer.run, texts, { runs: MIN_RUNS });
      const r = result[name];
      console.error(`[bench] ${peer.name}, ${name}: ${f(r.mbPerS, 3)} MB/s on ${r.calls} calls, ours ${f(r.oursMbPerS)} MB/s, ratio ${f(r.ratio, 1)}`);
    }
    peerCalls.push(result);
  }
  if (peerCalls.length) {
    console.log(`\npeers in Node, paragraph- and article-sized calls; ratio = ours (wasm, Node) ÷ theirs, median of ${MIN_RUNS} paired passes`);
    console.log(table([
      ['peer', 'texts', 'calls', 'their MB/s', 'our MB/s', 'ratio (min..max)'],
      ...peerCalls.flatMap((p) => (p.error
        ? [[p.name, '', '', 'unavailable', p.error, '']]
        : sets.map(([name]) => [p.name, name, p[name].allTexts ? `all ${p[name].calls}` : `1 in ${p[name].every}: ${p[name].calls}`, f(p[name].mbPerS, 3), f(p[name].oursMbPerS), `${f(p[name].ratio, 1)}x (${f(p[name].ratioMin, 1)}..${f(p[name].ratioMax, 1)})`]))),
    ]));
  }

  const rows = [
    oursRow('seed article', corpora.seed, ours.annotate, seedOptions),
    oursRow('wikinews', corpora.wikinews, ours.annotate, {}),
    oursRow('10 MB', corpora.big, ours.annotate, {}),
  ];
  console.log(table([
    ['corpus', 'bytes', 'runs', 'median ms', 'MB/s', 'spans'],
    ...rows.map((r) => [r.name, r.bytes, r.runs * r.batch, f(r.medianMs, 3), f(r.mbPerS), r.spans]),
  ]));

  // Linearity: the memory in a fresh instance per size; the time in the
  // warmed-up one (a fresh instance starts in the baseline compiler), the
  // sizes taking turns so that a burst of load falls on all of them alike.
  const KS = [1, 2, 4, 8];
  const texts = KS.map((k) => repeat(corpora.wikinews, k, corpora.join));
  const samples = KS.map(() => []);
  let rounds = Math.max(MIN_RUNS, 7);
  for (let round = 0; round <= rounds; round++) {
    texts.forEach((text, i) => {
      const t = performance.now();
      ours.annotate(text, {});
      const took = performance.now() - t;
      if (round > 0) samples[i].push(took);
      else if (i === texts.length - 1) rounds = affordable(rounds, took);
    });
  }
  const linearity = KS.map((k, i) => {
    const fresh = loadOurs();
    const before = fresh.memory?.buffer.byteLength ?? null;
    const spans = fresh.annotate(texts[i], {}).spans.length;
    const after = fresh.memory?.buffer.byteLength ?? null;
    const bytes = utf8Bytes(texts[i]);
    const medianMs = median(samples[i]);
    return { name: `${k}x`, k, bytes, runs: samples[i].length, medianMs, minMs: Math.min(...samples[i]), maxMs: Math.max(...samples[i]), mbPerS: mbPerS(bytes, medianMs), spans, memoryBeforeBytes: before, memoryAfterBytes: after };
  });
  const l1 = linearity[0];
  console.log('\nlinearity (wikinews repeated k times; wasm memory of a fresh instance after one call)');
  console.log(table([
    ['k', 'bytes', 'median ms', 'MB/s', 'time ratio', 'min ms', 'min ratio', 'wasm memory', 'memory ratio'],
    ...linearity.map((r) => [`${r.k}x`, r.bytes, f(r.medianMs), f(r.mbPerS), f(r.medianMs / l1.medianMs), f(r.minMs), f(r.minMs / l1.minMs), human(r.memoryAfterBytes), f(r.memoryAfterBytes / l1.memoryAfterBytes)]),
  ]));

  // Peers: alternate ours and theirs on the same text, ratio per pair.
  ours = loadOurs();
  const peers = loadPeers(corpora.seedReferenceDate).map((peer) => {
    if (peer.error) return peer;
    const full = corpora.wikinews;
    // A probe on a short prefix estimates the peer's speed and so the prefix
    // that keeps one run near PEER_RUN_MS.
    const probe = prefix(full, 20_000);
    peer.run(probe);
    const t0 = performance.now();
    peer.run(probe);
    const probeMs = Math.max(performance.now() - t0, 0.01);
    const budgetBytes = Math.floor((utf8Bytes(probe) / probeMs) * PEER_RUN_MS);
    const text = budgetBytes >= utf8Bytes(full) ? full : prefix(full, Math.max(20_000, Math.floor(budgetBytes / 10_000) * 10_000));
    const bytes = utf8Bytes(text);
    peer.run(text);
    ours.annotate(text, {});
    const theirs = [];
    const oursMs = [];
    const ratios = [];
    // Ours is much faster: on a short prefix one call is too brief for a
    // steady reading, so each of our samples repeats the call to about 20 ms.
    let t = performance.now();
    ours.annotate(text, {});
    const repeats = Math.max(1, Math.min(1000, Math.ceil(20 / Math.max(performance.now() - t, 0.001))));
    for (let i = 0; i < MIN_RUNS; i++) {
      t = performance.now();
      for (let r = 0; r < repeats; r++) ours.annotate(text, {});
      const a = (performance.now() - t) / repeats;
      t = performance.now();
      peer.run(text);
      const b = performance.now() - t;
      oursMs.push(a);
      theirs.push(b);
      ratios.push(b / a);
    }
    const result = {
      name: peer.name,
      version: peer.version,
      what: peer.what,
      bytes,
      wholeCorpus: text === full,
      runs: MIN_RUNS,
      medianMs: median(theirs),
      mbPerS: mbPerS(bytes, median(theirs)),
      oursMedianMs: median(oursMs),
      oursMbPerS: mbPerS(bytes, median(oursMs)),
      ratio: median(ratios),
      ratioMin: Math.min(...ratios),
      ratioMax: Math.max(...ratios),
    };
    console.error(`[bench] ${peer.name}: ${f(result.mbPerS, 3)} MB/s on ${bytes} bytes, ours ${f(result.oursMbPerS)} MB/s, ratio ${f(result.ratio, 1)}`);
    return result;
  });
  console.log(`\npeers in Node on the wikinews corpus (${utf8Bytes(corpora.wikinews)} bytes); ratio = ours (wasm, Node) ÷ theirs, median of ${MIN_RUNS} paired runs`);
  console.log(table([
    ['peer', 'version', 'text', 'their MB/s', 'our MB/s', 'ratio (min..max)'],
    ...peers.map((p) => (p.error
      ? [p.name, '', 'unavailable', p.error, '', '']
      : [p.name, p.version, p.wholeCorpus ? `all ${p.bytes} B` : `prefix ${p.bytes} B`, f(p.mbPerS, 3), f(p.oursMbPerS), `${f(p.ratio, 1)}x (${f(p.ratioMin, 1)}..${f(p.ratioMax, 1)})`])),
  ]));
  if (peers.some((p) => !p.error && !p.wholeCorpus)) {
    console.log('(a prefix: the peer is too slow for the whole corpus in this run; its MB/s is extrapolated from the prefix, and ours is timed on the same prefix)');
  }

  writeResult('node', { node: process.version, pkg: PKG, source: corpora.source, generated: !!corpora.generated, calls, overhead: perCall, firstCall, peerCalls, rows, linearity, peers });
}

main();
