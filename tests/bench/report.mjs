// Combines the three halves' results (target/bench/{native,node,chromium}.json)
// with the build's sizes into one table, judges each budget of issues 7 and 16
// (PASS/MISS), prints it, and writes it as markdown to
// target/bench-results.md for the README.
//
//   node tests/bench/report.mjs
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { ROOT, readResult, f, human } from './common.mjs';

const native = readResult('native');
const node = readResult('node');
const chromium = readResult('chromium');
const PKG_WEB = process.env.BENCH_PKG_WEB ? resolve(process.env.BENCH_PKG_WEB) : join(ROOT, 'www/pkg');

const KB = 1000;
const lines = [];
const out = (s = '') => lines.push(s);
/** A markdown table: header row, then rows; `left` lists the columns aligned left besides the first. */
const md = (rows, left = []) => {
  out(`| ${rows[0].join(' | ')} |`);
  out(`|${rows[0].map((_, i) => (i === 0 || left.includes(i) ? '---' : '---:')).join('|')}|`);
  for (const r of rows.slice(1)) out(`| ${r.map((c) => String(c ?? '')).join(' | ')} |`);
  out();
};
const row = (result, name) => result?.rows?.find((r) => r.name === name);
const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`);

function fileSize(path) {
  if (!existsSync(path)) return null;
  const body = readFileSync(path);
  return { bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length };
}

const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
out(`# Benchmark results`);
out();
out(`Measured ${when} by \`bash .ci/bench.sh\` on ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'unknown CPU'} (load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' / ')}: the machine is shared, so every figure is a median of repeated runs).`);
out(`Corpora: ${native?.source ?? node?.source ?? 'unknown'}.`);
if (native?.generated || node?.generated) out(`**The gold data was absent: a generated stand-in text was measured, not the Wikinews texts.**`);
const pkgs = [node?.pkg, chromium?.pkg].filter(Boolean);
if (pkgs.some((p) => p.includes('target/bench/pkg'))) {
  out(`**The package measured is .ci/bench.sh's rebuild without wasm-opt (${[...new Set(pkgs.map((p) => relative(ROOT, p)))].join(', ')}): the build's optimized output failed to load (see .ci/bench.sh).**`);
}
out(`Rows where one call takes over 2 s are the median of 3 runs (the runs column of the console output says how many). 1 MB = 10^6 bytes of UTF-8. Native: \`cargo bench\` (release profile). Wasm: the release build in Node ${node?.node ?? '?'} (nodejs target) and in headless Chromium ${chromium?.chromium ?? '?'} (web target).`);
out();

// Paragraph- and article-sized calls first (issue 16): real use.
const SETS = [['paragraphs', 'each paragraph one call'], ['articles', 'each article one call']];
const callsOf = (result, set) => (set === 'paragraphs' || set === 'articles') && result?.calls?.find((r) => (r.row?.name ?? r.name) === set);
const nativeCalls = (set) => {
  const r = callsOf(native, set);
  return r ? { ...r.row, calls: r.calls, usPerCall: r.usPerCall } : null;
};
const anyCalls = nativeCalls('paragraphs') || callsOf(node, 'paragraphs') || callsOf(chromium, 'paragraphs');
out('## Paragraph- and article-sized calls (the Wikinews texts)');
out();
if (!anyCalls) {
  out('SKIPPED: the gold data (../shared/data) is absent, so there are no Wikinews paragraphs and articles to time.');
  out();
} else {
  out('As the widget and the page annotate: every paragraph of the Wikinews texts one call (a line of the files; blank lines dropped), or every article one call. A row times a pass over all the texts (median of the passes); MB/s is their bytes over that time.');
  out();
  const cell = (r) => (r ? `${f(r.mbPerS, 1)} (${f(r.usPerCall, 1)} µs/call)` : 'n/a');
  md([
    ['texts', 'calls', 'bytes', 'native MB/s', 'wasm Node MB/s', 'wasm Chromium MB/s', 'spans'],
    ...SETS.map(([set, label]) => {
      const n = nativeCalls(set);
      const j = callsOf(node, set);
      const c = callsOf(chromium, set);
      return [`${set} (${label})`, (n ?? j ?? c)?.calls, (n ?? j ?? c)?.bytes, cell(n), cell(j), cell(c), (n ?? j)?.spans ?? ''];
    }),
  ]);
  const peersOf = (result) => result?.peerCalls ?? [];
  const names = [...new Set([...peersOf(node), ...peersOf(chromium)].map((p) => p.name))];
  if (names.length) {
    out('The peers on the same texts: each peer and ours run alternately in one process (Node) or one page (Chromium), pass after pass; the ratio is ours ÷ theirs per pair of passes, median of the pairs. A peer too slow for every text in about 2 s a pass runs on 1 text in n (the same for ours), across all three sources; "all" means every text.');
    out();
    const side = (p, set) => {
      const r = p?.[set];
      if (!p) return ['n/a', 'n/a', 'n/a'];
      if (p.error) return ['unavailable', '', p.error];
      return [`${f(r.mbPerS, 3)} (${r.allTexts ? 'all' : `1 in ${r.every}`})`, f(r.oursMbPerS, 1), `**${f(r.ratio, 1)}×** (${f(r.ratioMin, 1)}..${f(r.ratioMax, 1)})`];
    };
    md([
      ['peer', 'version', 'texts', 'Node: their MB/s', 'ours', 'ours ÷ theirs', 'Chromium: their MB/s', 'ours', 'ours ÷ theirs'],
      ...names.flatMap((name) => {
        const j = peersOf(node).find((p) => p.name === name);
        const c = peersOf(chromium).find((p) => p.name === name);
        return SETS.map(([set]) => [name, (j ?? c)?.version ?? '', set, ...side(j, set), ...side(c, set)]);
      }),
    ], [1, 2]);
  }
}

// Per-call overhead.
const over = (result, i) => result?.overhead?.[i]?.usPerCall;
if (native?.overhead || node?.overhead || chromium?.overhead) {
  out('## Per-call overhead');
  out();
  out('Microseconds per call, median of 15 samples of 1,000 calls (options `{}`). Wasm includes the bindings: the text copied in, the JSON result parsed.');
  out();
  md([
    ['text', 'native µs', 'wasm Node µs', 'wasm Chromium µs'],
    ...(native?.overhead ?? node?.overhead ?? chromium?.overhead).map((o, i) => [o.name, f(over(native, i)), f(over(node, i)), f(over(chromium, i))]),
  ]);
}

// Instructions per byte (cachegrind): the one figure here that load does not move.
const instructions = readResult('instructions');
if (instructions) {
  out('## Instructions per byte (native, cachegrind)');
  out();
  if (instructions.skipped) {
    out(`SKIPPED: ${instructions.skipped}.`);
  } else {
    out(`The CLI (\`annotate --jsonl\`, release build) with each Wikinews paragraph one document, under ${instructions.valgrind} (\`--tool=cachegrind\`), at ${instructions.commit}: instructions executed in one pass over the paragraphs (a run over them twice less a run over them once, so the process start and the data built on first use drop out), with the CLI's own JSON reading and writing. Unlike the times above, this count does not depend on the machine's load: compare it across commits.`);
    out();
    md([
      ['kinds', 'calls', 'bytes', 'instructions a pass', 'a byte', 'a call'],
      ...instructions.rows.map((r) => [r.name, r.calls, r.bytes, `${f(r.instructionsPerPass / 1e6, 1)} M`, f(r.perByte, 0), f(r.perCall, 0)]),
    ]);
  }
}

// Throughput.
out('## Throughput (one call over the whole text)');
out();
const corpusRows = ['seed article', 'wikinews', '10 MB'].map((name) => {
  const n = row(native, name);
  const j = row(node, name);
  const c = row(chromium, name);
  const ms = (r) => (r ? f(r.medianMs, r.medianMs < 1 ? 3 : 1) : 'n/a');
  const label = name !== 'wikinews' ? name : native?.generated || node?.generated ? 'generated stand-in (~1 MB)' : 'Wikinews (gum-news + geovirus + meantime-dev)';
  return [label, n?.bytes ?? j?.bytes, `${f(n?.mbPerS, 1)} (${ms(n)} ms)`, `${f(j?.mbPerS, 1)} (${ms(j)} ms)`, `${f(c?.mbPerS, 1)} (${ms(c)} ms)`, n?.spans ?? ''];
});
md([['corpus', 'bytes', 'native MB/s (median)', 'wasm Node MB/s', 'wasm Chromium MB/s', 'spans'], ...corpusRows]);

// Cold start.
if (chromium?.cold) {
  out('## Cold start in Chromium (seed article)');
  out();
  out('Milliseconds from navigation start; the steps are medians of each step, the total the median of the totals. The page (tests/bench/page) preloads the glue and the wasm, so the fetches overlap and init() only compiles and instantiates. The files come from a local server, so their fetch time is the machine\'s (and its load\'s), not a network\'s.');
  out();
  const steps = [
    ['documentMs', 'document loaded'],
    ['filesMs', 'the module, the glue and the wasm fetched (preloaded, in parallel)'],
    ['filesDoneMs', 'the last of them arrived'],
    ['scriptStartMs', 'module script starts'],
    ['glueMs', 'JS glue imported'],
    ['instantiationMs', 'instantiation: wasm compiled + instantiated (init())'],
    ['firstCallMs', 'first annotate() call'],
    ['secondCallMs', '(for comparison: a second call, made after the paint)'],
    ['renderMs', 'highlights rendered'],
    ['paintMs', 'next frame painted'],
    ['navigationToPaintedMs', '**navigation → first highlights painted**'],
    ['fastestNavigationToPaintedMs', 'the same, fastest run'],
  ];
  md([['step', 'new tab, browser running', 'new browser'], ...steps.map(([k, label]) => [label, f(chromium.cold.tab?.[k], 1), f(chromium.cold.browser?.[k], 1)])]);
  const real = chromium.realPage;
  if (real && !real.skipped) {
    out(real.navigationToFirstHighlightMs != null
      ? `The product page (www/index.html), the seed pasted at DOMContentLoaded (${f(real.pastedMs, 1)} ms): first highlight at ${f(real.navigationToFirstHighlightMs, 1)} ms after navigation, ${f(real.pasteToFirstHighlightMs, 1)} ms after the paste (median of ${real.highlighted}).`
      : `The product page (www/index.html): no highlight appeared within 20 s of pasting the seed.`);
    out();
  }
}

// Where the first call's time goes (issue 16), in Node, where V8's flags can be set.
if (node?.firstCall?.length) {
  out('## The first call, by V8 compile mode (Node)');
  out();
  out('The seed annotated in a new Node process (median of each mode\'s processes): the glue required (the wasm compiled as V8 does by default, or all of it at once), then the first and a second `annotate()`. V8 by default compiles each wasm function when it is first called (Liftoff) and recompiles the hot ones with TurboFan on background threads; with everything compiled at load and no tier-up, the first call is our code running for the first time, so what the default adds to it is compilation. Chromium uses the same compilers; a page cannot set these flags.');
  out();
  md([['mode', 'flags', 'require ms (load + compile)', 'first call ms', 'second call ms'],
    ...node.firstCall.map((m) => (m.error ? [m.name, m.flags, 'failed', m.error, ''] : [m.name, m.flags ? `\`${m.flags}\`` : '', f(m.loadMs, 1), f(m.firstMs, 1), f(m.secondMs, 1)]))], [1]);
}

// Memory and linearity.
out('## Linearity and peak memory');
out();
out('The Wikinews corpus repeated k times. Native memory: the counting allocator\'s peak of live heap bytes during one call, above what was live before (the input not counted, the result counted): for `annotate`, whose result is the `Vec<Span>` of the Rust API, and for `annotate_json`, which the CLI and the bindings call and which writes JSON straight from the candidates. Wasm memory: the linear memory\'s size after one call in a fresh instance (it never shrinks, so this is the peak; it includes the copy of the input and the initial memory).');
out();
const lin = (result, k) => result?.linearity?.find((r) => (r.k ?? Number.parseInt(r.name, 10)) === k);
const ks = [1, 2, 4, 8];
const ratio = (result, k, key) => {
  const a = lin(result, k);
  const b = lin(result, 1);
  return a && b ? a[key] / b[key] : NaN;
};
const ms = (result, k) => {
  const r = lin(result, k);
  return r ? `${f(r.medianMs, 1)} (${f(ratio(result, k, 'medianMs'))}; min ${f(ratio(result, k, 'minMs'))})` : 'n/a';
};
md([
  ['k', 'bytes', 'native ms (×1x; min ×1x)', 'native peak heap (× input)', 'native peak heap, annotate_json (× input)', 'Node ms (×1x; min ×1x)', 'Node wasm memory', 'Chromium ms (×1x; min ×1x)', 'Chromium wasm memory'],
  ...ks.map((k) => {
    const n = lin(native, k);
    const j = lin(node, k);
    const c = lin(chromium, k);
    return [
      `${k}x`,
      n?.bytes ?? j?.bytes,
      ms(native, k),
      n ? `${human(n.peakHeapBytes)} (${f(n.peakHeapBytes / n.bytes)})` : 'n/a',
      n?.peakHeapJsonBytes ? `${human(n.peakHeapJsonBytes)} (${f(n.peakHeapJsonBytes / n.bytes)})` : 'n/a',
      ms(node, k),
      human(j?.memoryAfterBytes),
      ms(chromium, k),
      human(c?.memoryAfterBytes),
    ];
  }),
]);
out('The sizes are timed in turn, run after run, so that load from other processes falls on all of them alike; "min ×1x" compares the fastest runs instead of the medians.');
out();
if (native?.firstCall) out(`Native first call of the process (it loads the static data: gazetteer, lexicons): ${f(native.firstCall.ms, 1)} ms, peak heap ${human(native.firstCall.peakHeapBytes)}, of which ${human(native.firstCall.staticHeapBytes)} stays for the process; the rows above are measured after it.`), out();
if (native?.vmHwmBytes) out(`Native process peak resident set (VmHWM, whole benchmark incl. the 10 MB and 8x texts): ${human(native.vmHwmBytes)}.`), out();

// Sizes.
out('## Download size');
out();
const wasm = fileSize(join(PKG_WEB, 'article_annotator_bg.wasm'));
const glue = fileSize(join(PKG_WEB, 'article_annotator.js'));
const sizeRows = [
  [`article_annotator_bg.wasm (${relative(ROOT, PKG_WEB)})`, wasm?.bytes, wasm?.gzipped],
  [`article_annotator.js, the glue (${relative(ROOT, PKG_WEB)})`, glue?.bytes, glue?.gzipped],
];
const tier = fileSize(join(PKG_WEB, 'places-local.bin'));
if (tier) sizeRows.push([`places-local.bin, the gazetteer's second tier, fetched after the first highlights (${relative(ROOT, PKG_WEB)})`, tier.bytes, tier.gzipped]);
const built = join(ROOT, 'www/pkg');
if (resolve(PKG_WEB) !== built && existsSync(join(built, 'article_annotator_bg.wasm'))) {
  // What .ci/build.sh made (after wasm-opt), though it could not be run.
  const opt = fileSize(join(built, 'article_annotator_bg.wasm'));
  sizeRows.push(['article_annotator_bg.wasm as built by .ci/build.sh (www/pkg, after wasm-opt; not loadable)', opt.bytes, opt.gzipped]);
}
const real = chromium?.realPage;
let transfer = null;
let transferWhat = '';
if (real && !real.skipped && real.firstLoadFiles?.length) {
  // The first load (issue 14): what the page asks for before its first
  // highlights; the gazetteer's second tier is fetched after them.
  transfer = real.firstLoadGzippedBytes;
  const later = real.files.filter((x) => !real.firstLoadFiles.some((y) => y.path === x.path));
  transferWhat = `what www/index.html asked for before the seed's first highlight (${real.firstLoadFiles.length} files: ${real.firstLoadFiles.map((x) => x.path).join(', ')}); after it: ${later.map((x) => x.path).join(', ') || 'nothing'}`;
  sizeRows.push(['**the product page: the first load (before the first highlights)**', real.firstLoadBytes, real.firstLoadGzippedBytes]);
  sizeRows.push(['the product page: all files loaded, the second tier included', real.transferBytes, real.transferGzippedBytes]);
} else if (real && !real.skipped && real.files?.length) {
  transfer = real.transferGzippedBytes;
  transferWhat = `every file www/index.html loaded (${real.files.length} files: ${real.files.map((x) => x.path).join(', ')})`;
  sizeRows.push(['**the product page: all files loaded**', real.transferBytes, real.transferGzippedBytes]);
} else if (wasm && glue) {
  // No page yet: the package plus whatever CSS sits in www/.
  const css = existsSync(join(ROOT, 'www')) ? readdirSync(join(ROOT, 'www')).filter((x) => x.endsWith('.css')).map((x) => fileSize(join(ROOT, 'www', x))) : [];
  transfer = wasm.gzipped + glue.gzipped + css.reduce((n, x) => n + x.gzipped, 0);
  transferWhat = 'wasm + JS glue + www/*.css (www/index.html does not exist yet)';
  sizeRows.push(['**wasm + glue + CSS**', wasm.bytes + glue.bytes + css.reduce((n, x) => n + x.bytes, 0), transfer]);
}
md([['file', 'bytes', 'gzip -9 bytes'], ...sizeRows.map(([a, b, c]) => [a, b ?? 'n/a', c ?? 'n/a'])]);

// Peers.
if (node?.peers?.length) {
  out('## Peers (Node, one call over the Wikinews corpus)');
  out();
  out(`Each peer and ours (wasm, Node) run alternately on the same text; the ratio is ours ÷ theirs per pair of runs, median of ${node.peers.find((p) => p.runs)?.runs ?? '?'} pairs. "prefix": the peer is too slow for the whole corpus in a run, so it and ours are timed on a prefix cut at a paragraph break, and its MB/s extrapolates from it. The native column divides the native MB/s on the whole corpus by theirs.`);
  out();
  const nativeWiki = row(native, 'wikinews');
  md([
    ['peer', 'version', 'what it runs', 'text', 'their MB/s', 'ours wasm MB/s', 'ours ÷ theirs (min..max)', 'native ÷ theirs'],
    ...node.peers.map((p) => (p.error
      ? [p.name, '', p.what, 'unavailable', p.error, '', '', '']
      : [p.name, p.version, p.what, p.wholeCorpus ? `all ${p.bytes} B` : `prefix ${p.bytes} B`, f(p.mbPerS, 3), f(p.oursMbPerS, 1), `**${f(p.ratio, 1)}×** (${f(p.ratioMin, 1)}..${f(p.ratioMax, 1)})`, nativeWiki ? `${f(nativeWiki.mbPerS / p.mbPerS, 1)}×` : 'n/a'])),
  ], [1, 2, 3]);
}

// Budgets: issue 16's, and issue 7's where issue 16 has none stricter.
out('## Budgets (issue 16; issue 7 where not superseded)');
out();
const budgets = [];
const judge = (name, value, pass, detail) => budgets.push([name, value, pass == null ? 'n/a' : pass ? 'PASS' : '**MISS**', detail]);
const absent = 'SKIPPED: no gold data (../shared/data absent)';
for (const [label, result] of [['Node', node], ['Chromium', chromium]]) {
  const p = callsOf(result, 'paragraphs');
  if (!result) judge(`paragraph-sized calls ≥ 20 MB/s (wasm, ${label})`, 'n/a', null, `${label} not measured`);
  else if (!p) judge(`paragraph-sized calls ≥ 20 MB/s (wasm, ${label})`, 'n/a', null, absent);
  else judge(`paragraph-sized calls ≥ 20 MB/s (wasm, ${label})`, `${f(p.mbPerS, 1)} MB/s`, p.mbPerS >= 20, `ours alone, ${p.calls} calls a pass, median of ${p.runs} passes`);
  for (const [prefix, times] of [['chrono-node', 2], ['compromise', 200]]) {
    const peer = result?.peerCalls?.find((x) => x.name.startsWith(prefix));
    const r = peer && !peer.error ? peer.paragraphs : null;
    const name = `paragraph-sized calls ≥ ${times}× ${prefix} (wasm, ${label})`;
    if (!p) judge(name, 'n/a', null, result ? absent : `${label} not measured`);
    else if (!r) judge(name, 'n/a', null, peer?.error ? `the peer is unavailable: ${peer.error}` : 'the peer did not run');
    else judge(name, `${f(r.ratio, 1)}×`, r.ratio >= times, `ours ÷ theirs on the same ${r.allTexts ? 'paragraphs' : `paragraphs (1 in ${r.every})`}, median of ${r.runs} paired passes`);
  }
}
const nativeWikinews = row(native, 'wikinews');
judge('≥ 40 MB/s native on the Wikinews corpus', nativeWikinews ? `${f(nativeWikinews.mbPerS, 1)} MB/s` : 'n/a', nativeWikinews ? nativeWikinews.mbPerS >= 40 : null,
  `one call over the corpus${native?.generated ? ' (a GENERATED stand-in: no gold data)' : ''}${nativeCalls('paragraphs') ? `; paragraph-sized calls: ${f(nativeCalls('paragraphs').mbPerS, 1)} MB/s` : ''}`);
const seedChromium = row(chromium, 'seed article');
judge('seed article ≤ 0.3 ms per call (wasm, Chromium, warm)', seedChromium ? `${f(seedChromium.medianMs, 3)} ms` : 'n/a', seedChromium ? seedChromium.medianMs <= 0.3 : null, 'median per call');
const wasmRates = [node, chromium].flatMap((r) => ['wikinews', '10 MB'].map((n) => row(r, n)?.mbPerS)).filter((x) => x != null);
const wasmMin = wasmRates.length ? Math.min(...wasmRates) : NaN;
judge('≥ 10 MB/s wasm, whole corpus (issue 7)', `${f(wasmMin, 1)} MB/s`, wasmRates.length ? wasmMin >= 10 : null, 'slowest of Node and Chromium on the Wikinews and 10 MB corpora');
const wink = node?.peerCalls?.find((p) => p.name.startsWith('wink-nlp') && !p.error)?.paragraphs ?? node?.peers?.find((p) => p.name.startsWith('wink-nlp') && !p.error);
judge('faster than wink-nlp (issue 7)', wink ? `${f(wink.ratio, 1)}×` : 'n/a', wink ? wink.ratio > 1 : null, `ours (wasm, Node) ÷ theirs, ${node?.peerCalls?.length ? 'paragraph-sized calls' : 'whole corpus'}`);
const coldTab = chromium?.cold?.tab?.navigationToPaintedMs;
judge('cold start ≤ 100 ms', coldTab != null ? `${f(coldTab, 1)} ms (new browser: ${f(chromium.cold.browser?.navigationToPaintedMs, 1)} ms)` : 'n/a', coldTab != null ? coldTab <= 100 : null, 'navigation → seed highlights painted, new tab in a running browser');
judge('first load ≤ 300 KB gzipped', transfer != null ? kb(transfer) : 'n/a', transfer != null ? transfer <= 300 * KB : null, transferWhat);
// Memory: the growth per input byte between 1x and 8x (the constant drops out).
const slope = (result, key) => {
  const a = lin(result, 1);
  const b = lin(result, 8);
  return a && b && a[key] != null && b[key] != null ? (b[key] - a[key]) / (b.bytes - a.bytes) : NaN;
};
const slopes = [['native heap', slope(native, 'peakHeapBytes')], ['native heap (annotate_json)', slope(native, 'peakHeapJsonBytes')], ['Node wasm', slope(node, 'memoryAfterBytes')], ['Chromium wasm', slope(chromium, 'memoryAfterBytes')]].filter(([, s]) => !Number.isNaN(s));
judge('peak memory ≤ 6× input + constant', slopes.map(([n, s]) => `${n} ${f(s)}×`).join(', ') || 'n/a', slopes.length ? slopes.every(([, s]) => s <= 6) : null, 'bytes of peak memory per input byte, from 1x to 8x');
// Linear: 8x the input within 1.5 × 8 the median time (the sizes were timed
// in turn, so their medians saw the same load) and memory of 1x.
const growth = [['native time', ratio(native, 8, 'medianMs')], ['Node time', ratio(node, 8, 'medianMs')], ['Chromium time', ratio(chromium, 8, 'medianMs')], ['native heap', ratio(native, 8, 'peakHeapBytes')], ['Node memory', ratio(node, 8, 'memoryAfterBytes')], ['Chromium memory', ratio(chromium, 8, 'memoryAfterBytes')]].filter(([, r]) => !Number.isNaN(r));
judge('linear growth (issue 7)', growth.map(([n, r]) => `${n} ${f(r)}×`).join(', ') || 'n/a', growth.length ? growth.every(([, r]) => r <= 12) : null, '8x input vs 1x, medians: at most 12× (linear, with a 1.5 noise allowance)');
md([['budget', 'measured', 'verdict', 'how'], ...budgets], [1, 2, 3]);
const missing = ['native', 'node', 'chromium'].filter((_, i) => ![native, node, chromium][i]);
if (missing.length) out(`Not measured in this run: ${missing.join(', ')} (see the output above).`), out();

const text = lines.join('\n');
const path = join(ROOT, 'target/bench-results.md');
writeFileSync(path, text);
console.log(text);
console.log(`[bench] wrote ${path}`);
