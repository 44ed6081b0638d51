//! Helpers shared by the tests that read the evaluation data in
//! `../shared/data` (present in CI, absent in a user's clone: those tests
//! skip, saying so).
#![allow(dead_code)]

use std::path::PathBuf;

use article_annotator::{annotate, Options, Span};
use serde_json::Value;

/// The folder of gold data sets, or `None` (with a message) where absent.
pub fn shared_data(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED {test}: {} is absent (it exists in CI, not in a clone)", dir.display());
        None
    }
}

/// One gold document.
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub reference_date: Option<String>,
    pub spans: Vec<Value>,
}

/// Reads a JSON Lines gold file.
pub fn read_gold(path: &std::path::Path) -> Vec<GoldDoc> {
    let body = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    body.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("gold line is JSON");
            GoldDoc {
                id: v["id"].as_str().map(String::from).unwrap_or_else(|| v["id"].to_string()),
                text: v["text"].as_str().expect("gold text").to_string(),
                reference_date: v["referenceDate"].as_str().map(String::from),
                spans: v["spans"].as_array().cloned().unwrap_or_default(),
            }
        })
        .collect()
}

/// Annotates a gold document with its reference date.
pub fn run(doc: &GoldDoc, kinds: &[&str]) -> Vec<Span> {
    let mut options = Options::default().with_kinds(kinds).unwrap();
    if let Some(r) = &doc.reference_date {
        options = options.with_reference_date(r).unwrap();
    }
    annotate(&doc.text, &options).spans
}

/// The UTF-16 slice `[start, end)` of `text`.
pub fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())])
}

/// Precision, recall and F1 of one kind, relaxed (overlap) or strict, with
/// optional gold spans neither rewarding nor penalizing (as eval/score.py).
pub fn f1(docs: &[(GoldDoc, Vec<Span>)], kind: &str, relaxed: bool) -> (f64, f64, f64) {
    let (mut tp, mut n_sys, mut n_gold) = (0usize, 0usize, 0usize);
    for (doc, spans) in docs {
        let gold: Vec<&Value> = doc.spans.iter().filter(|g| g["kind"] == kind).collect();
        let sys: Vec<&Span> = spans.iter().filter(|s| s.kind.as_str() == kind).collect();
        let hit = |g: &Value, s: &Span| {
            let (gs, ge) = (g["start"].as_u64().unwrap() as usize, g["end"].as_u64().unwrap() as usize);
            if relaxed { s.start < ge && gs < s.end } else { s.start == gs && s.end == ge }
        };
        let mut used = vec![false; sys.len()];
        let mut optional_hits = 0;
        for g in &gold {
            if let Some(i) = (0..sys.len()).find(|&i| !used[i] && hit(g, sys[i])) {
                used[i] = true;
                if g["optional"] == true {
                    optional_hits += 1;
                } else {
                    tp += 1;
                }
            }
        }
        n_gold += gold.iter().filter(|g| g["optional"] != true).count();
        n_sys += sys.len() - optional_hits;
    }
    let p = if n_sys == 0 { 1.0 } else { tp as f64 / n_sys as f64 };
    let r = if n_gold == 0 { 1.0 } else { tp as f64 / n_gold as f64 };
    (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
}
