// Paragraph- and article-sized calls (issue 16), shared by the Node runner
// (node.mjs) and the benchmark page in Chromium (page/bench.mjs, which gets a
// copy of this file): no Node built-ins here. Each text is one call, as the
// widget annotates a paragraph and the page an article; a "pass" is one call
// on each text in turn, and its time is what a row reports.

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

const encoder = new TextEncoder();
/** UTF-8 bytes of all the texts (1 MB = 10^6 of them). */
export function totalBytes(texts) {
  return texts.reduce((n, t) => n + encoder.encode(t).length, 0);
}

/** Milliseconds for one pass of `run` over `texts`, one call each. */
export function pass(run, texts, now = () => performance.now()) {
  let sink = 0;
  const t = now();
  for (const text of texts) sink += run(text) ? 1 : 0;
  const took = now() - t;
  globalThis.__benchSink = sink;
  return took;
}

/**
 * Ours alone over `texts`: a warm-up pass, then at least minRuns passes and
 * more while under budgetMs (at most 200). Time per pass.
 */
export function oursCalls(annotate, texts, { minRuns = 5, budgetMs = 1000, now = () => performance.now() } = {}) {
  const run = (t) => annotate(t, {});
  let spans = 0;
  for (const t of texts) spans += annotate(t, {}).spans.length;
  const samples = [];
  const started = now();
  while (samples.length < minRuns || (samples.length < 200 && now() - started < budgetMs)) samples.push(pass(run, texts, now));
  const bytes = totalBytes(texts);
  const medianMs = median(samples);
  return { calls: texts.length, bytes, runs: samples.length, medianMs, minMs: Math.min(...samples), maxMs: Math.max(...samples), mbPerS: bytes / 1e3 / medianMs, usPerCall: (medianMs * 1e3) / texts.length, spans };
}

/**
 * Ours and a peer alternately on the same texts, one call per text, and the
 * ratio ours ÷ theirs (their time over ours) per pair of passes, then the
 * median. A peer too slow for every text within about budgetMs a pass runs
 * on every n-th text instead (the same ones for ours), a sample across all
 * three sources rather than a prefix of one; its MB/s is over that sample.
 */
export function pairedCalls(annotate, theirs, texts, { runs = 5, budgetMs = 2000, now = () => performance.now() } = {}) {
  const ours = (t) => annotate(t, {});
  // A probe of about 5 KB, every m-th text so that it spans all sources
  // (their paragraphs differ in length, and some peers' time per byte grows
  // with it), estimates their speed.
  const all = totalBytes(texts);
  const m = Math.max(1, Math.floor(all / 5_000));
  const probe = texts.filter((_, i) => i % m === 0);
  pass(theirs, probe, now);
  const probeMs = Math.max(pass(theirs, probe, now), 0.01);
  const estimateMs = (probeMs * all) / totalBytes(probe);
  const every = Math.max(1, Math.ceil(estimateMs / budgetMs));
  const sample = every === 1 ? texts : texts.filter((_, i) => i % every === 0);
  pass(ours, sample, now);
  pass(theirs, sample, now);
  // Ours is much faster: each of our samples repeats the pass to about 20 ms.
  const repeats = Math.max(1, Math.min(1000, Math.ceil(20 / Math.max(pass(ours, sample, now), 0.01))));
  const oursMs = [];
  const theirMs = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    let a = 0;
    for (let r = 0; r < repeats; r++) a += pass(ours, sample, now);
    a /= repeats;
    const b = pass(theirs, sample, now);
    oursMs.push(a);
    theirMs.push(b);
    ratios.push(b / a);
  }
  const bytes = totalBytes(sample);
  return {
    calls: sample.length,
    every,
    allTexts: every === 1,
    bytes,
    runs,
    medianMs: median(theirMs),
    mbPerS: bytes / 1e3 / median(theirMs),
    oursMedianMs: median(oursMs),
    oursMbPerS: bytes / 1e3 / median(oursMs),
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
  };
}

/** The texts of the per-call overhead rows, as in throughput.rs. */
export const OVERHEAD = [['empty string', ''], ['one word ("Paris")', 'Paris']];

/** The fixed cost of one call: median of 15 samples of 1,000 calls each, in microseconds. */
export function overhead(annotate, { now = () => performance.now() } = {}) {
  return OVERHEAD.map(([name, text]) => {
    for (let i = 0; i < 1000; i++) annotate(text, {});
    const samples = [];
    for (let s = 0; s < 15; s++) {
      const t = now();
      for (let i = 0; i < 1000; i++) annotate(text, {});
      samples.push(now() - t);
    }
    return { name, text, usPerCall: median(samples) };
  });
}
