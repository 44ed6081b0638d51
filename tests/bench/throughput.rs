//! Native throughput, peak memory and linearity of `annotate` (issue 7).
//!
//!     cargo bench --bench throughput          # this part only
//!     bash .ci/bench.sh                       # this, wasm in Node and Chromium, the peers
//!
//! A benchmark, not a test: it measures and prints, and never fails on a
//! slow number (the budgets are judged by tests/bench/report.mjs).
//!
//! The corpora are built here, at run time, from the gold data beside the
//! repository (`../shared/data`), and written to `target/bench/corpora/` so
//! that the wasm benchmarks (Node, Chromium) and the peers read exactly the
//! same bytes. Nothing from that folder is ever copied into the repository;
//! where it is absent a generated text stands in and every table says so.
//!
//! Timing is plain `std::time::Instant` and the median of repeated runs, as
//! the machine is shared and noisy. Peak memory is measured by a counting
//! global allocator: the highest number of live heap bytes during one call,
//! above what was live before it (so the input itself is not counted, but
//! the result is).
//!
//! Environment: `BENCH_RUNS=N` sets the minimum number of timed runs per
//! row (default 5); `BENCH_DATA=DIR` reads the gold data from DIR instead
//! of `../shared/data`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use article_annotator::{annotate, Options};
use serde_json::{json, Value};

/// Counts live heap bytes and remembers the highest count since the last
/// reset. Relaxed atomics suffice: the benchmark is single-threaded, and the
/// counters are only read between calls.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every method forwards to the system allocator unchanged and only
// adds bookkeeping on plain atomics, which cannot allocate or unwind.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One text to annotate, with the options it is annotated under.
struct Corpus {
    name: String,
    text: String,
    options: Options,
}

/// Where the corpora came from, said in every table.
struct Corpora {
    source: String,
    seed: Corpus,
    wikinews: Corpus,
    big: Corpus,
    /// The Wikinews texts as the widget and the page annotate them (issue
    /// 16): each paragraph one call, and each article one call. Empty where
    /// the gold data is absent: those rows are then skipped, not faked.
    paragraphs: Vec<String>,
    articles: Vec<String>,
}

/// The 10 MB corpus: the Wikinews texts repeated up to this many bytes.
const BIG_BYTES: usize = 10_000_000;
/// Joins repeated copies and documents: a paragraph break, as in the data.
const JOIN: &str = "\n\n";
/// The Wikinews files whose texts make the ~1 MB corpus, in this order.
const WIKINEWS: [&str; 3] = ["gum-news.jsonl", "geovirus.jsonl", "meantime-dev.jsonl"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `base` repeated `k` times, copies separated by a paragraph break. The
/// JavaScript benchmarks build their linearity sizes with the same rule.
fn repeat(base: &str, k: usize) -> String {
    vec![base; k].join(JOIN)
}

/// `text` cut to at most `max` bytes, at a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The documents of a JSON Lines gold file: (text, referenceDate).
fn read_jsonl(path: &Path) -> Result<Vec<(String, Option<String>)>, String> {
    let body = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    body.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = v["text"].as_str().ok_or_else(|| format!("{}: a line without text", path.display()))?;
            Ok((text.to_string(), v["referenceDate"].as_str().map(String::from)))
        })
        .collect()
}

/// The data folder as the results name it: relative to the repository when
/// it is the usual one, so that the table can go into the README as it is.
fn shown(dir: &Path) -> String {
    if dir == root().join("../shared/data") {
        "../shared/data".to_string()
    } else {
        dir.display().to_string()
    }
}

fn from_shared(dir: &Path) -> Result<Corpora, String> {
    let seed_docs = read_jsonl(&dir.join("seed.jsonl"))?;
    let (seed_text, seed_ref) = seed_docs.into_iter().next().ok_or("seed.jsonl is empty")?;
    let mut seed_options = Options::default();
    if let Some(r) = seed_ref {
        seed_options = seed_options.with_reference_date(&r).map_err(|e| e.to_string())?;
    }
    let mut texts = Vec::new();
    for file in WIKINEWS {
        texts.extend(read_jsonl(&dir.join(file))?.into_iter().map(|(t, _)| t));
    }
    let wikinews = texts.join(JOIN);
    let paragraphs = texts.iter().flat_map(|t| paragraphs(t)).map(String::from).collect();
    let copies = BIG_BYTES / wikinews.len().max(1) + 1;
    let big = cut(&repeat(&wikinews, copies), BIG_BYTES).to_string();
    Ok(Corpora {
        source: format!("{} (the seed.jsonl text; the {} texts of {} concatenated)", shown(dir), texts.len(), WIKINEWS.join(" + ")),
        seed: Corpus { name: "seed article".into(), text: seed_text, options: seed_options },
        wikinews: Corpus { name: "wikinews".into(), text: wikinews, options: Options::default() },
        big: Corpus { name: "10 MB".into(), text: big, options: Options::default() },
        paragraphs,
        articles: texts,
    })
}

/// The paragraphs of a text: its lines, blank ones dropped, each trimmed.
/// In the Wikinews files a paragraph is one line and paragraphs are
/// separated by a blank line (gum-news, meantime-dev) or a text is one
/// paragraph (geovirus), so splitting on every line break is splitting on
/// blank lines where there are some.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').map(str::trim).filter(|p| !p.is_empty())
}

/// A news-like stand-in for the gold data when it is absent: sentences
/// written for this benchmark, mixed by a fixed pseudo-random sequence so
/// that the text does not repeat with a short period.
fn generated() -> Corpora {
    const SENTENCES: [&str; 12] = [
        "Officials in Lisbon said on Tuesday that 1,200 homes had been evacuated.",
        "The ministry expects growth of about 2.5 percent in 2025, down from 3.1 percent last year.",
        "Heavy rain hit northern Italy and southern Switzerland over the weekend.",
        "Some 40,000 people marched through Nairobi on March 3, police estimated.",
        "The company paid $4.7 billion for the plant near Ulsan, South Korea.",
        "Talks between Canada and Mexico resume next month in Ottawa.",
        "At least 17 people died when the ferry sank off the coast of Sulawesi.",
        "Prices rose 0.4% in October, the third monthly rise in a row.",
        "The river peaked at 6.2 metres in Budapest late on Friday.",
        "Voters in Chile go to the polls on 14 December for the second round.",
        "The museum, founded in 1891, draws nearly half a million visitors a year.",
        "A magnitude 5.8 earthquake struck 30 km east of Izmir at 3:15 a.m. local time.",
    ];
    let mut state: u32 = 0x2545_f491;
    let mut text = String::new();
    let mut sentence = 0;
    while text.len() < 1_000_000 {
        // xorshift32: deterministic, so every run and every language sees the same text.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        text.push_str(SENTENCES[state as usize % SENTENCES.len()]);
        sentence += 1;
        text.push_str(if sentence % 5 == 0 { JOIN } else { " " });
    }
    let copies = BIG_BYTES / text.len() + 1;
    let big = cut(&repeat(&text, copies), BIG_BYTES).to_string();
    let seed = cut(&text, 5_500).to_string();
    Corpora {
        source: "GENERATED stand-in text (../shared/data is absent): the numbers are not comparable with runs on the Wikinews texts".into(),
        seed: Corpus {
            name: "seed article".into(),
            text: seed,
            options: Options::default().with_reference_date("2020-10-09").expect("a valid date"),
        },
        wikinews: Corpus { name: "wikinews".into(), text, options: Options::default() },
        big: Corpus { name: "10 MB".into(), text: big, options: Options::default() },
        paragraphs: Vec::new(),
        articles: Vec::new(),
    }
}

/// Writes the corpora where the JavaScript benchmarks read them.
fn write_corpora(c: &Corpora, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("seed.txt"), &c.seed.text)?;
    std::fs::write(dir.join("wikinews.txt"), &c.wikinews.text)?;
    std::fs::write(dir.join("big.txt"), &c.big.text)?;
    // Written only from the gold data; an earlier run's must not stand in.
    for (name, texts) in [("paragraphs", &c.paragraphs), ("articles", &c.articles)] {
        let path = dir.join(format!("{name}.json"));
        if texts.is_empty() {
            let _ = std::fs::remove_file(&path);
        } else {
            std::fs::write(&path, serde_json::to_string(texts).unwrap_or_default())?;
        }
    }
    let total = |texts: &[String]| texts.iter().map(String::len).sum::<usize>();
    let meta = json!({
        "source": c.source,
        "generated": c.source.starts_with("GENERATED"),
        "join": JOIN,
        "seedReferenceDate": c.seed.options.reference_date.map(|d| d.to_string()),
        "bytes": { "seed": c.seed.text.len(), "wikinews": c.wikinews.text.len(), "big": c.big.text.len(),
                   "paragraphs": total(&c.paragraphs), "articles": total(&c.articles) },
        "calls": { "paragraphs": c.paragraphs.len(), "articles": c.articles.len() },
    });
    std::fs::write(dir.join("meta.json"), serde_json::to_string_pretty(&meta).unwrap_or_default())
}

/// What one row measured.
struct Row {
    name: String,
    bytes: usize,
    runs: usize,
    median: Duration,
    min: Duration,
    max: Duration,
    peak_heap: usize,
    /// The same for `annotate_json` (what the CLI and the bindings call),
    /// measured on the linearity rows only; 0 elsewhere.
    peak_heap_json: usize,
    spans: usize,
}

impl Row {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.median.as_secs_f64().max(1e-12)
    }
    fn to_json(&self) -> Value {
        json!({
            "name": self.name, "bytes": self.bytes, "runs": self.runs,
            "medianMs": ms(self.median), "minMs": ms(self.min), "maxMs": ms(self.max),
            "mbPerS": self.mb_per_s(), "peakHeapBytes": self.peak_heap,
            "peakHeapJsonBytes": (self.peak_heap_json > 0).then_some(self.peak_heap_json), "spans": self.spans,
        })
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    let n = times.len();
    if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2
    }
}

/// Where one call takes longer than [`LONG_CALL`], 3 runs instead of more:
/// the median of 3 is still robust to one disturbed run, and the whole
/// benchmark stays within minutes.
fn affordable(runs: usize, one_call: Duration) -> usize {
    if one_call > LONG_CALL {
        runs.min(3)
    } else {
        runs
    }
}

const LONG_CALL: Duration = Duration::from_secs(2);

/// One call's peak of live heap bytes above those live before it, and the
/// number of spans it found.
fn peak_heap(text: &str, options: &Options) -> (usize, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let found = annotate(text, options);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    (peak, found.spans.len())
}

/// [`peak_heap`] for `annotate_json`, which writes the JSON from the
/// candidates without building the `Vec<Span>` of `annotate`'s result.
fn peak_heap_json(text: &str, options: &Options) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let json = article_annotator::annotate_json(text, options);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    drop(json);
    peak
}

/// Times `annotate` on `text`: one untimed warm-up run (which also measures
/// peak memory), then at least `min_runs` timed runs and more, up to 200,
/// while they take less than about a second in all.
fn measure(name: &str, text: &str, options: &Options, min_runs: usize) -> Row {
    let warm = Instant::now();
    let (peak_heap, spans) = peak_heap(text, options);
    let min_runs = affordable(min_runs, warm.elapsed());

    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < min_runs || (times.len() < 200 && started.elapsed() < Duration::from_secs(1)) {
        let t = Instant::now();
        let found = annotate(std::hint::black_box(text), options);
        times.push(t.elapsed());
        std::hint::black_box(found);
    }
    let runs = times.len();
    let (min, max) = (*times.iter().min().unwrap_or(&Duration::ZERO), *times.iter().max().unwrap_or(&Duration::ZERO));
    Row { name: name.to_string(), bytes: text.len(), runs, median: median(&mut times), min, max, peak_heap, peak_heap_json: 0, spans }
}

/// Times one pass over `texts`, each text one `annotate` call (issue 16:
/// the widget annotates paragraph by paragraph, the page article by
/// article): an untimed warm-up pass, then at least `min_runs` passes and
/// more, up to 200, while they take less than about a second in all. The
/// row's time is a whole pass, its bytes the sum of the texts'.
fn measure_calls(name: &str, texts: &[String], min_runs: usize) -> Row {
    let options = Options::default();
    let pass = || {
        let mut spans = 0;
        for text in texts {
            spans += std::hint::black_box(annotate(std::hint::black_box(text), &options)).spans.len();
        }
        spans
    };
    let spans = pass();
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < min_runs || (times.len() < 200 && started.elapsed() < Duration::from_secs(1)) {
        let t = Instant::now();
        std::hint::black_box(pass());
        times.push(t.elapsed());
    }
    let (min, max) = (*times.iter().min().unwrap_or(&Duration::ZERO), *times.iter().max().unwrap_or(&Duration::ZERO));
    Row { name: name.to_string(), bytes: texts.iter().map(String::len).sum(), runs: times.len(), median: median(&mut times), min, max, peak_heap: 0, peak_heap_json: 0, spans }
}

/// The fixed cost of one call: the median time of `annotate` on `text`
/// (the empty string, one word), each sample 1,000 calls.
fn per_call(text: &str) -> Duration {
    let options = Options::default();
    let mut times = Vec::new();
    for _ in 0..15 {
        let t = Instant::now();
        for _ in 0..1000 {
            std::hint::black_box(annotate(std::hint::black_box(text), &options));
        }
        times.push(t.elapsed() / 1000);
    }
    median(&mut times)
}

/// The texts of the per-call overhead rows, as in the Node and Chromium halves.
const OVERHEAD: [(&str, &str); 2] = [("empty string", ""), ("one word (\"Paris\")", "Paris")];

/// Times the Wikinews corpus at 1x, 2x, 4x and 8x. The sizes take turns,
/// run after run, so that a burst of load from other processes on the shared
/// machine falls on every size alike instead of skewing one ratio.
fn linearity(base: &str, runs: usize) -> Vec<Row> {
    let options = Options::default();
    let texts: Vec<String> = [1, 2, 4, 8].iter().map(|&k| repeat(base, k)).collect();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); texts.len()];
    let mut runs = runs;
    // The first round warms up and is not counted; its 8x call also tells
    // whether the runs asked for are affordable (see `affordable`).
    let mut round = 0;
    while round <= runs {
        for (text, samples) in texts.iter().zip(&mut times) {
            let t = Instant::now();
            let found = annotate(std::hint::black_box(text), &options);
            let took = t.elapsed();
            std::hint::black_box(found);
            if round > 0 {
                samples.push(took);
            } else if std::ptr::eq(text, &texts[texts.len() - 1]) {
                runs = affordable(runs, took);
            }
        }
        round += 1;
    }
    texts
        .iter()
        .zip(&mut times)
        .zip([1, 2, 4, 8])
        .map(|((text, samples), k)| {
            let (peak_heap, spans) = peak_heap(text, &options);
            let peak_heap_json = peak_heap_json(text, &options);
            Row {
                name: format!("{k}x"),
                bytes: text.len(),
                runs: samples.len(),
                min: *samples.iter().min().unwrap_or(&Duration::ZERO),
                max: *samples.iter().max().unwrap_or(&Duration::ZERO),
                median: median(samples),
                peak_heap,
                peak_heap_json,
                spans,
            }
        })
        .collect()
}

/// The process's peak resident set (Linux), for a sanity check against the
/// allocator's count.
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this
    // binary without it, and a test run should not spend minutes here.
    if !std::env::args().any(|a| a == "--bench") {
        println!("throughput: a benchmark; run it with `cargo bench --bench throughput` or `bash .ci/bench.sh`");
        return;
    }
    let min_runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5).max(1);
    let shared = std::env::var_os("BENCH_DATA").map(PathBuf::from).unwrap_or_else(|| root().join("../shared/data"));
    let corpora = match from_shared(&shared) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("[bench] the gold data is unusable ({e}); using a generated stand-in text");
            generated()
        }
    };
    let out_dir = root().join("target/bench");
    if let Err(e) = write_corpora(&corpora, &out_dir.join("corpora")) {
        eprintln!("[bench] could not write the corpora for the wasm benchmarks: {e}");
    }

    let mut out = String::new();
    // The first call loads the static data (the gazetteer, the lexicons) once
    // for the process; measured apart, so that the rows below show what each
    // call needs on top of it.
    let live_before = LIVE.load(Ordering::Relaxed);
    let first_call = Instant::now();
    let (first_peak, _) = peak_heap("Rain fell in Paris on 3 May 2020 on some 40 people.", &Options::default());
    let first_call = first_call.elapsed();
    let static_heap = LIVE.load(Ordering::Relaxed).saturating_sub(live_before);
    let _ = writeln!(out, "native throughput (cargo bench, release profile, median of >= {min_runs} runs)");
    let _ = writeln!(out, "corpora: {}", corpora.source);
    let _ = writeln!(
        out,
        "first call of the process (loads the static data): {:.2} ms, peak heap {}, kept {}",
        ms(first_call),
        human(first_peak),
        human(static_heap)
    );
    let _ = writeln!(out, "{:<14} {:>11} {:>5} {:>10} {:>9} {:>19} {:>12} {:>8} {:>7}", "corpus", "bytes", "runs", "median ms", "MB/s", "min..max ms", "peak heap", "x input", "spans");
    let mut rows = Vec::new();
    for c in [&corpora.seed, &corpora.wikinews, &corpora.big] {
        let row = measure(&c.name, &c.text, &c.options, min_runs);
        print_row(&mut out, &row);
        rows.push(row);
    }

    let mut calls = Vec::new();
    if corpora.paragraphs.is_empty() {
        let _ = writeln!(out, "\nparagraph- and article-sized calls: SKIPPED, the gold data (../shared/data) is absent");
    } else {
        let _ = writeln!(out, "\nparagraph- and article-sized calls (each text one call; the time is a pass over all of them)");
        let _ = writeln!(out, "{:<14} {:>6} {:>9} {:>5} {:>10} {:>9} {:>10} {:>7}", "texts", "calls", "bytes", "runs", "median ms", "MB/s", "us/call", "spans");
        for (name, texts) in [("paragraphs", &corpora.paragraphs), ("articles", &corpora.articles)] {
            let row = measure_calls(name, texts, min_runs);
            let _ = writeln!(
                out,
                "{:<14} {:>6} {:>9} {:>5} {:>10.2} {:>9.2} {:>10.2} {:>7}",
                row.name,
                texts.len(),
                row.bytes,
                row.runs,
                ms(row.median),
                row.mb_per_s(),
                ms(row.median) * 1e3 / texts.len() as f64,
                row.spans
            );
            calls.push(json!({ "calls": texts.len(), "usPerCall": ms(row.median) * 1e3 / texts.len() as f64, "row": row.to_json() }));
        }
    }
    let overhead: Vec<Value> = OVERHEAD
        .iter()
        .map(|&(name, text)| {
            let d = per_call(text);
            let _ = writeln!(out, "per call, {name}: {:.2} us", d.as_secs_f64() * 1e6);
            json!({ "name": name, "text": text, "usPerCall": d.as_secs_f64() * 1e6 })
        })
        .collect();

    let _ = writeln!(out, "\nlinearity (wikinews repeated k times, the sizes in turn, median of >= 7 runs; ideal: time and memory ratios equal k)");
    let _ = writeln!(out, "{:<4} {:>11} {:>10} {:>9} {:>11} {:>8} {:>10} {:>12} {:>11} {:>12}", "k", "bytes", "median ms", "MB/s", "time ratio", "min ms", "min ratio", "peak heap", "heap ratio", "json heap");
    let linear = linearity(&corpora.wikinews.text, min_runs.max(7));
    let (t1, m1, h1) = (linear[0].median, linear[0].min, linear[0].peak_heap);
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-12);
    for row in &linear {
        let _ = writeln!(
            out,
            "{:<4} {:>11} {:>10.2} {:>9.2} {:>11.2} {:>8.2} {:>10.2} {:>12} {:>11.2} {:>12}",
            row.name,
            row.bytes,
            ms(row.median),
            row.mb_per_s(),
            ratio(row.median, t1),
            ms(row.min),
            ratio(row.min, m1),
            human(row.peak_heap),
            row.peak_heap as f64 / (h1.max(1)) as f64,
            human(row.peak_heap_json)
        );
    }
    let hwm = vm_hwm_kb();
    let _ = writeln!(out, "\nprocess peak resident set (VmHWM): {}", hwm.map(|k| human(k as usize * 1024)).unwrap_or_else(|| "unknown".into()));
    print!("{out}");

    let result = json!({
        "source": corpora.source,
        "generated": corpora.source.starts_with("GENERATED"),
        "rows": rows.iter().map(Row::to_json).collect::<Vec<_>>(),
        "calls": calls,
        "overhead": overhead,
        "linearity": linear.iter().map(Row::to_json).collect::<Vec<_>>(),
        "vmHwmBytes": hwm.map(|k| k * 1024),
        "firstCall": { "ms": ms(first_call), "peakHeapBytes": first_peak, "staticHeapBytes": static_heap },
    });
    let path = out_dir.join("native.json");
    match std::fs::write(&path, serde_json::to_string_pretty(&result).unwrap_or_default()) {
        Ok(()) => println!("[bench] wrote {}", path.display()),
        Err(e) => eprintln!("[bench] could not write {}: {e}", path.display()),
    }
}

fn print_row(out: &mut String, r: &Row) {
    let _ = writeln!(
        out,
        "{:<14} {:>11} {:>5} {:>10.3} {:>9.2} {:>19} {:>12} {:>8.2} {:>7}",
        r.name,
        r.bytes,
        r.runs,
        ms(r.median),
        r.mb_per_s(),
        format!("{:.3}..{:.3}", ms(r.min), ms(r.max)),
        human(r.peak_heap),
        r.peak_heap as f64 / r.bytes.max(1) as f64,
        r.spans
    );
}

fn human(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / (1u64 << 20) as f64)
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}
