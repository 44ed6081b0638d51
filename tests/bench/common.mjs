// Shared by the JavaScript halves of the benchmark (node.mjs, chromium.mjs,
// report.mjs): where things are, the corpora the native benchmark wrote, and
// the statistics. Node built-ins only (the page has its own copy of the few
// lines it needs, tests/bench/page/bench.mjs).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = join(ROOT, 'target/bench');
export const CORPORA = join(OUT, 'corpora');
export const PEERS = join(ROOT, 'tests/bench/peers');

/** Minimum timed runs per row; BENCH_RUNS overrides, as for the native half. */
export const MIN_RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);

/**
 * The corpora the native benchmark (throughput.rs) built from ../shared/data
 * and wrote to target/bench/corpora: one source of truth for every half, so
 * that native, Node, Chromium and the peers read the same bytes.
 */
export function loadCorpora() {
  const meta = join(CORPORA, 'meta.json');
  if (!existsSync(meta)) {
    throw new Error(`${meta} is missing: run the native half first (cargo bench --bench throughput), or bash .ci/bench.sh`);
  }
  const info = JSON.parse(readFileSync(meta, 'utf8'));
  const read = (name) => readFileSync(join(CORPORA, `${name}.txt`), 'utf8');
  // Paragraphs and articles (issue 16) exist only when the gold data does.
  const texts = (name) => (existsSync(join(CORPORA, `${name}.json`)) ? JSON.parse(readFileSync(join(CORPORA, `${name}.json`), 'utf8')) : null);
  return { ...info, seed: read('seed'), wikinews: read('wikinews'), big: read('big'), paragraphs: texts('paragraphs'), articles: texts('articles') };
}

/** `base` repeated k times, copies joined by a paragraph break (as in throughput.rs). */
export function repeat(base, k, join = '\n\n') {
  return Array.from({ length: k }, () => base).join(join);
}

/** UTF-8 length, the unit every MB/s here is in (1 MB = 10^6 bytes). */
export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/**
 * Times `fn` (ms per call): one untimed warm-up call, then at least minRuns
 * samples and more while the total stays under budgetMs (at most maxRuns).
 * Each sample times `batch` calls and divides, for calls shorter than the
 * clock's resolution.
 */
export function timeRuns(fn, { minRuns = MIN_RUNS, maxRuns = 200, budgetMs = 1000, batch = 1, now = () => performance.now() } = {}) {
  const warm = now();
  fn();
  minRuns = affordable(minRuns, now() - warm);
  const samples = [];
  const started = now();
  while (samples.length < minRuns || (samples.length < maxRuns && now() - started < budgetMs)) {
    const t = now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((now() - t) / batch);
  }
  return { runs: samples.length, batch, medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples) };
}

/** A call longer than this gets 3 runs, not more (as in throughput.rs). */
export const LONG_CALL_MS = 2000;

/**
 * Runs to make when one call took `oneCallMs`: 3 where a call is long, since
 * the median of 3 still shrugs off one disturbed run and the whole benchmark
 * stays within minutes.
 */
export function affordable(runs, oneCallMs) {
  return oneCallMs > LONG_CALL_MS ? Math.min(runs, 3) : runs;
}

export function mbPerS(bytes, ms) {
  return bytes / 1e6 / (ms / 1e3);
}

export function human(bytes) {
  if (bytes == null || Number.isNaN(bytes)) return 'n/a';
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function writeResult(name, value) {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.json`);
  writeFileSync(path, JSON.stringify(value, null, 2));
  console.log(`[bench] wrote ${path}`);
}

export function readResult(name) {
  const path = join(OUT, `${name}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** A fixed-width text table: rows of cells, the first row the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  ')).join('\n');
}

export const f = (x, digits = 2) => (x == null || Number.isNaN(x) ? 'n/a' : Number(x).toFixed(digits));
