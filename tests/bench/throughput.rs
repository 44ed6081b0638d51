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
//! row (default 5).

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
    let copies = BIG_BYTES / wikinews.len().max(1) + 1;
    let big = cut(&repeat(&wikinews, copies), BIG_BYTES).to_string();
    Ok(Corpora {
        source: format!("{} (seed.jsonl; {} texts concatenated)", dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()).display(), WIKINEWS.join(" + ")),
        seed: Corpus { name: "seed article".into(), text: seed_text, options: seed_options },
        wikinews: Corpus { name: "wikinews".into(), text: wikinews, options: Options::default() },
        big: Corpus { name: "10 MB".into(), text: big, options: Options::default() },
    })
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
    }
}

/// Writes the corpora where the JavaScript benchmarks read them.
fn write_corpora(c: &Corpora, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("seed.txt"), &c.seed.text)?;
    std::fs::write(dir.join("wikinews.txt"), &c.wikinews.text)?;
    std::fs::write(dir.join("big.txt"), &c.big.text)?;
    let meta = json!({
        "source": c.source,
        "generated": c.source.starts_with("GENERATED"),
        "join": JOIN,
        "seedReferenceDate": c.seed.options.reference_date.map(|d| d.to_string()),
        "bytes": { "seed": c.seed.text.len(), "wikinews": c.wikinews.text.len(), "big": c.big.text.len() },
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
            "mbPerS": self.mb_per_s(), "peakHeapBytes": self.peak_heap, "spans": self.spans,
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

/// Times `annotate` on `text`: one untimed warm-up run (which also measures
/// peak memory), then at least `min_runs` timed runs and more, up to 200,
/// while they take less than about a second in all.
fn measure(name: &str, text: &str, options: &Options, min_runs: usize) -> Row {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let found = annotate(text, options);
    let peak_heap = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    let spans = found.spans.len();
    drop(found);

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
    Row { name: name.to_string(), bytes: text.len(), runs, median: median(&mut times), min, max, peak_heap, spans }
}

/// The process's peak resident set (Linux), for a sanity check against the
/// allocator's count.
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    // `cargo bench` passes `--bench` (and maybe a filter); this harness has
    // nothing to filter, so the arguments are ignored.
    let min_runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5).max(1);
    let shared = root().join("../shared/data");
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
    let _ = writeln!(out, "native throughput (cargo bench, release profile, median of >= {min_runs} runs)");
    let _ = writeln!(out, "corpora: {}", corpora.source);
    let _ = writeln!(out, "{:<14} {:>11} {:>5} {:>10} {:>9} {:>19} {:>12} {:>8} {:>7}", "corpus", "bytes", "runs", "median ms", "MB/s", "min..max ms", "peak heap", "x input", "spans");
    let mut rows = Vec::new();
    for c in [&corpora.seed, &corpora.wikinews, &corpora.big] {
        let row = measure(&c.name, &c.text, &c.options, min_runs);
        print_row(&mut out, &row);
        rows.push(row);
    }

    let _ = writeln!(out, "\nlinearity (wikinews repeated k times; ideal: time and memory ratios equal k)");
    let _ = writeln!(out, "{:<4} {:>11} {:>10} {:>9} {:>11} {:>12} {:>11}", "k", "bytes", "median ms", "MB/s", "time ratio", "peak heap", "heap ratio");
    let mut linear = Vec::new();
    for k in [1, 2, 4, 8] {
        let text = repeat(&corpora.wikinews.text, k);
        let row = measure(&format!("{k}x"), &text, &Options::default(), min_runs);
        let (t1, h1) = linear.first().map(|r: &Row| (r.median, r.peak_heap)).unwrap_or((row.median, row.peak_heap));
        let _ = writeln!(
            out,
            "{:<4} {:>11} {:>10.2} {:>9.2} {:>11.2} {:>12} {:>11.2}",
            format!("{k}x"),
            row.bytes,
            ms(row.median),
            row.mb_per_s(),
            row.median.as_secs_f64() / t1.as_secs_f64().max(1e-12),
            human(row.peak_heap),
            row.peak_heap as f64 / (h1.max(1)) as f64
        );
        linear.push(row);
    }
    let hwm = vm_hwm_kb();
    let _ = writeln!(out, "\nprocess peak resident set (VmHWM): {}", hwm.map(|k| human(k as usize * 1024)).unwrap_or_else(|| "unknown".into()));
    print!("{out}");

    let result = json!({
        "source": corpora.source,
        "generated": corpora.source.starts_with("GENERATED"),
        "rows": rows.iter().map(Row::to_json).collect::<Vec<_>>(),
        "linearity": linear.iter().map(Row::to_json).collect::<Vec<_>>(),
        "vmHwmBytes": hwm.map(|k| k * 1024),
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
