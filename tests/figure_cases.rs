//! Figure cases as data: `tests/data/figure_cases.tsv` (text -> span,
//! value, unit, currency, exactness, modifier, vagueness, counted noun) and
//! `tests/data/figure_negative.txt` (sentences with no figure), both run
//! through the public API with only figures reported. A last test scores the
//! shared gold data when it is present (`../shared/data`) and skips cleanly
//! when it is not.

use article_annotator::{annotate, Detail, FigureDetail, Options, Span};

// The same tables run natively (`cargo test`) and in wasm, in Node and in
// headless Chromium (`wasm-pack test`): there, `#[test]` is wasm-bindgen-test's.
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn figures(text: &str) -> Vec<(Span, FigureDetail)> {
    let options = Options::default().with_kinds(&["figure"]).unwrap();
    annotate(text, &options)
        .spans
        .into_iter()
        .filter_map(|s| match s.detail.clone() {
            Detail::Figure(f) => Some((s, f)),
            _ => None,
        })
        .collect()
}

/// The tables are compiled in, so that they also run in wasm (no file system).
fn data(name: &str) -> String {
    match name {
        "figure_cases.tsv" => include_str!("data/figure_cases.tsv"),
        "figure_negative.txt" => include_str!("data/figure_negative.txt"),
        _ => panic!("no table {name}"),
    }
    .to_string()
}

fn opt(field: &str) -> Option<&str> {
    (field != "-").then_some(field)
}

#[test]
fn figure_cases() {
    let table = data("figure_cases.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        rows += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 11, "line {}: expected 11 tab-separated columns: {line}", n + 1);
        let (text, span) = (cols[0], cols[1]);
        let found = figures(text);
        let mut problems = Vec::new();
        if let Some(count) = opt(cols[10]) {
            let count: usize = count.parse().unwrap();
            if found.len() != count {
                problems.push(format!("{} figures, expected {count}", found.len()));
            }
        }
        match found.iter().find(|(s, _)| s.text == span) {
            None => problems.push(format!("no figure {span:?}")),
            Some((_, f)) => {
                let value: f64 = cols[2].parse().unwrap();
                if (f.value - value).abs() > 1e-9 * value.abs().max(1.0) {
                    problems.push(format!("value {} (expected {value})", f.value));
                }
                let upper = opt(cols[3]).map(|u| u.parse::<f64>().unwrap());
                if f.upper != upper {
                    problems.push(format!("upper {:?} (expected {upper:?})", f.upper));
                }
                if f.unit.as_deref() != opt(cols[4]) {
                    problems.push(format!("unit {:?} (expected {:?})", f.unit, opt(cols[4])));
                }
                if f.currency.as_deref() != opt(cols[5]) {
                    problems.push(format!("currency {:?} (expected {:?})", f.currency, opt(cols[5])));
                }
                let exactness = serde_json::to_value(f.exactness).unwrap();
                if exactness.as_str() != Some(cols[6]) {
                    problems.push(format!("exactness {exactness} (expected {})", cols[6]));
                }
                if f.approx != (cols[6] != "exact") {
                    problems.push(format!("approx {} disagrees with exactness", f.approx));
                }
                if f.modifier.as_deref() != opt(cols[7]) {
                    problems.push(format!("modifier {:?} (expected {:?})", f.modifier, opt(cols[7])));
                }
                if f.vague != (cols[8] == "yes") {
                    problems.push(format!("vague {}", f.vague));
                }
                if f.counts.as_deref() != opt(cols[9]) {
                    problems.push(format!("counts {:?} (expected {:?})", f.counts, opt(cols[9])));
                }
            }
        }
        if !problems.is_empty() {
            let got: Vec<&str> = found.iter().map(|(s, _)| s.text.as_str()).collect();
            failures.push(format!("line {}: {text:?} -> {}; found {got:?}", n + 1, problems.join(", ")));
        }
    }
    assert!(rows >= 60, "the table lost rows: {rows}");
    assert!(failures.is_empty(), "{} of {rows} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_corpus_has_no_figures() {
    let corpus = data("figure_negative.txt");
    let mut failures = Vec::new();
    for line in corpus.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let found: Vec<String> = figures(line).into_iter().map(|(s, _)| s.text).collect();
        if !found.is_empty() {
            failures.push(format!("{line:?} -> {found:?}"));
        }
    }
    assert!(failures.is_empty(), "figures found in the negative corpus:\n{}", failures.join("\n"));
}

/// Hostile inputs: every one must give well-formed spans. (Their cost is
/// bounded by size in tests/pathological.rs and measured by the benchmark,
/// never timed in a test.)
#[test]
fn hostile_inputs_give_sane_spans() {
    let long_digits = "9".repeat(1_000_000);
    let many_numbers = "12 ".repeat(50_000);
    let groups = "1,000,".repeat(20_000);
    let inputs = [
        long_digits.as_str(),
        many_numbers.as_str(),
        groups.as_str(),
        "$",
        "-",
        "between",
        "from 5 to",
        "a half a",
        "\u{0}12\u{0}%",
        "5\r\n%",
        "😀 12 😀 km",
        "e\u{301} 3 e\u{301}",
        "½",
        "3½",
        "US$",
        "1.",
        ".5",
        "1,",
        "10 -",
        "hundreds of",
    ];
    for text in inputs {
        let head: String = text.chars().take(40).collect();
        let found = figures(text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for (s, f) in found {
            assert!(s.start < s.end && s.end <= utf16.len(), "{head:?}: bad offsets {}..{}", s.start, s.end);
            assert!(f.value.is_finite(), "{head:?}: value {}", f.value);
            assert_eq!(String::from_utf16_lossy(&utf16[s.start..s.end]), s.text, "{head:?}: offsets");
        }
    }
}

/// Scores figures on the shared gold data when it is checked out next to
/// the repository; skips otherwise. A floor, not a target: it catches a
/// change that breaks recognition wholesale.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn shared_gold_figures_are_found() {
    let path = format!("{}/../shared/data/meantime-dev.jsonl", env!("CARGO_MANIFEST_DIR"));
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        println!("skipped: {path} is absent");
        return;
    };
    let (mut gold, mut found) = (0usize, 0usize);
    for line in jsonl.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let spans = figures(text);
        for g in doc["spans"].as_array().unwrap() {
            if g["kind"] != "figure" || g["optional"] == true {
                continue;
            }
            gold += 1;
            let (gs, ge) = (g["start"].as_u64().unwrap() as usize, g["end"].as_u64().unwrap() as usize);
            if spans.iter().any(|(s, _)| s.start < ge && gs < s.end) {
                found += 1;
            }
        }
    }
    assert!(gold > 0);
    let recall = found as f64 / gold as f64;
    assert!(recall >= 0.9, "relaxed figure recall on meantime-dev fell to {recall:.3}");
}
