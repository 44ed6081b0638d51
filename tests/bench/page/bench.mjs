// Runs in the benchmark page. Cold start: from navigation (performance.now()
// counts from it) to the first highlights painted, with each step marked:
// the JS glue loaded (the wasm compiling meanwhile), the wasm instantiated, the first
// annotate() call, the highlights rendered, the next frame. Then window.bench
// runs the warm measurements that tests/bench/chromium.mjs asks for.
const marks = { scriptStart: performance.now() };
// As the product's loader (www/lib/core.js) does: the .wasm (preloaded) is
// compiled while the glue is imported, and init() instantiates the result.
const compiling = WebAssembly.compileStreaming(fetch('./pkg/article_annotator_bg.wasm'));
const { default: init, annotate } = await import('./pkg/article_annotator.js');
marks.glueLoaded = performance.now();
const wasm = await init({ module_or_path: await compiling });
marks.instantiated = performance.now();
const seed = JSON.parse(document.getElementById('seed').textContent);
const found = annotate(seed.text, seed.options);
marks.firstCall = performance.now();
render(document.getElementById('article'), seed.text, found.spans);
marks.rendered = performance.now();
// Two frames: the first runs style and layout for the new marks, the
// second starts after they were painted.
await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
marks.painted = performance.now();
// A second call on the same text, after the paint so that it delays
// nothing: the first call's excess over it is one-time work (the static
// data built on first use, code not yet optimized).
const again = performance.now();
annotate(seed.text, seed.options);
marks.secondCallMs = performance.now() - again;

/** The text with each span wrapped in a <mark>, built off-document and inserted once. */
function render(into, text, spans) {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out.append(text.slice(at, span.start));
    const mark = document.createElement('mark');
    mark.className = span.kind;
    mark.textContent = text.slice(span.start, span.end);
    out.append(mark);
    at = span.end;
  }
  out.append(text.slice(at));
  into.replaceChildren(out);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

const corpora = new Map();
async function corpus(name, k = 1, join = '\n\n') {
  if (!corpora.has(name)) corpora.set(name, await (await fetch(`./corpora/${name}.txt`)).text());
  const base = corpora.get(name);
  return k === 1 ? base : Array.from({ length: k }, () => base).join(join);
}

window.cold = {
  ...marks,
  spans: found.spans.length,
  memoryBytes: wasm.memory.buffer.byteLength,
  // Where the document itself arrived, for reading the rest against.
  documentResponseEnd: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
  // When each file was requested and had arrived: tells the server's and
  // the network's share of each step from the browser's own work.
  resources: performance.getEntriesByType('resource').map((r) => ({
    name: new URL(r.name).pathname, startTime: r.startTime, responseEnd: r.responseEnd,
  })),
};

// Paragraph- and article-sized calls and the peers (issue 16): calls.mjs
// (shared with the Node runner) and the peers' bundle are loaded only when
// asked for, after the cold start, so that they do not delay it.
const calls = () => import('./calls.mjs');
const texts = new Map();
async function textsOf(set) {
  if (!texts.has(set)) texts.set(set, await (await fetch(`./corpora/${set}.json`)).json());
  return texts.get(set);
}
let peers = null;

window.bench = {
  /** Ours alone, one call per text of `set` ("paragraphs", "articles"); time per pass. */
  async calls({ set, minRuns = 5 }) {
    return (await calls()).oursCalls(annotate, await textsOf(set), { minRuns });
  },
  /** Microseconds per call on an empty string and on one word. */
  async overhead() {
    return (await calls()).overhead(annotate);
  },
  /**
   * Loads the peers' bundle (peers.js, tests/bench/peers/peers.cjs bundled
   * by chromium.mjs) and builds each peer; returns their names, or an error.
   */
  async loadPeers({ referenceDate }) {
    await new Promise((done, fail) => {
      const script = document.createElement('script');
      script.src = './peers.js';
      script.onload = done;
      script.onerror = () => fail(new Error('peers.js did not load'));
      document.head.append(script);
    });
    const today = new Date(`${referenceDate ?? '2020-10-09'}T12:00:00Z`);
    peers = window.peerDefs.map((d) => {
      try {
        return { name: d.name, run: d.make(today) };
      } catch (e) {
        return { name: d.name, error: String(e.message ?? e).split('\n')[0] };
      }
    });
    return peers.map(({ name, error }) => ({ name, error }));
  },
  /** Ours and peer `index` alternately on the texts of `set` (see calls.mjs). */
  async peerCalls({ index, set, runs = 5 }) {
    return (await calls()).pairedCalls(annotate, peers[index].run, await textsOf(set), { runs });
  },
  /**
   * Times annotate() on corpus `name` repeated k times: a warm-up call,
   * then at least minRuns samples and more while under budgetMs. A sample
   * times `batch` calls, since the page's clock is coarse (about 0.1 ms
   * without cross-origin isolation).
   */
  async time({ name, k = 1, options = {}, minRuns = 5, budgetMs = 1000, batch = 1 }) {
    const text = name === 'seed' ? seed.text : await corpus(name, k);
    const opts = name === 'seed' ? seed.options : options;
    const warm = performance.now();
    const spans = annotate(text, opts).spans.length;
    // A call over 2 s gets 3 runs (as in throughput.rs and common.mjs).
    if (performance.now() - warm > 2000) minRuns = Math.min(minRuns, 3);
    const samples = [];
    const started = performance.now();
    while (samples.length < minRuns || (samples.length < 200 && performance.now() - started < budgetMs)) {
      const t = performance.now();
      for (let i = 0; i < batch; i++) annotate(text, opts);
      samples.push((performance.now() - t) / batch);
    }
    return {
      bytes: new TextEncoder().encode(text).length,
      runs: samples.length,
      batch,
      medianMs: median(samples),
      minMs: Math.min(...samples),
      maxMs: Math.max(...samples),
      spans,
      memoryBytes: wasm.memory.buffer.byteLength,
    };
  },
  /**
   * Times the corpus at each of `ks` copies, the sizes taking turns run
   * after run so that a burst of load on the shared machine falls on every
   * size alike. The first round warms up and is not counted.
   */
  async linearity({ name, ks, runs = 7 }) {
    const texts = [];
    for (const k of ks) texts.push(await corpus(name, k));
    const samples = ks.map(() => []);
    for (let round = 0; round <= runs; round++) {
      texts.forEach((text, i) => {
        const t = performance.now();
        annotate(text, {});
        const took = performance.now() - t;
        if (round > 0) samples[i].push(took);
        else if (i === texts.length - 1 && took > 2000) runs = Math.min(runs, 3);
      });
    }
    return ks.map((k, i) => ({
      k,
      bytes: new TextEncoder().encode(texts[i]).length,
      runs: samples[i].length,
      medianMs: median(samples[i]),
      minMs: Math.min(...samples[i]),
      maxMs: Math.max(...samples[i]),
    }));
  },
  /** One call on corpus `name` x k, then the wasm memory's size (it never shrinks: the peak). */
  async memory({ name, k = 1 }) {
    const text = await corpus(name, k);
    const before = wasm.memory.buffer.byteLength;
    annotate(text, {});
    return { bytes: new TextEncoder().encode(text).length, memoryBeforeBytes: before, memoryAfterBytes: wasm.memory.buffer.byteLength };
  },
};
