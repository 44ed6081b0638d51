//! The date recognizer's case tables, run through the public API.
//!
//! `data/date_cases.tsv`: text, reference date, expected span and TIMEX3
//! value (and optionally the modifier); `data/date_negatives.txt`: texts
//! that must yield no date at all. The reference date is always passed in
//! (or the text's dateline used): the clock is never read.

use article_annotator::{annotate, Detail, Kind, Options};

// The same tables run natively (`cargo test`) and in wasm, in Node and in
// headless Chromium (`wasm-pack test`): there, `#[test]` is wasm-bindgen-test's.
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn options(reference: &str) -> Options {
    let mut o = Options::default().with_kinds(&["date"]).unwrap();
    if reference != "-" {
        o = o.with_reference_date(reference).unwrap();
    }
    o
}

/// The tables are compiled in, so that they also run in wasm (no file system).
fn table(file: &str) -> &'static str {
    match file {
        "date_cases.tsv" => include_str!("data/date_cases.tsv"),
        "date_negatives.txt" => include_str!("data/date_negatives.txt"),
        _ => panic!("no table {file}"),
    }
}

fn rows(file: &str) -> Vec<(usize, String)> {
    table(file)
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.replace("\\n", "\n")))
        .collect()
}

#[test]
fn date_cases() {
    let mut failures = Vec::new();
    let all = rows("date_cases.tsv");
    assert!(all.len() >= 40, "the case table looks truncated");
    for (line, row) in &all {
        let cols: Vec<&str> = row.split('\t').collect();
        assert!(cols.len() >= 4, "date_cases.tsv:{line}: expected 4 or 5 tab-separated columns");
        let (text, reference, span, value) = (cols[0], cols[1], cols[2], cols[3]);
        let modifier = cols.get(4).copied();
        let found = annotate(text, &options(reference));
        let hit = found.spans.iter().find(|s| s.kind == Kind::Date && s.text == span);
        let Some(hit) = hit else {
            let got: Vec<&str> = found.spans.iter().map(|s| s.text.as_str()).collect();
            failures.push(format!("line {line}: {span:?} not found in {text:?}; got {got:?}"));
            continue;
        };
        let Detail::Date(d) = &hit.detail else { unreachable!("a date span carries a date detail") };
        let want = if value == "-" { None } else { Some(value) };
        if d.value.as_deref() != want {
            failures.push(format!("line {line}: {span:?} has value {:?}, expected {want:?}", d.value));
        }
        if let Some(m) = modifier {
            if d.modifier.as_deref() != Some(m) {
                failures.push(format!("line {line}: {span:?} has mod {:?}, expected {m:?}", d.modifier));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn date_negatives() {
    let mut failures = Vec::new();
    for (line, text) in rows("date_negatives.txt") {
        let found = annotate(&text, &options("2020-10-09"));
        let dates: Vec<&str> = found.spans.iter().filter(|s| s.kind == Kind::Date).map(|s| s.text.as_str()).collect();
        if !dates.is_empty() {
            failures.push(format!("line {line}: {text:?} gave dates {dates:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Details a reader relies on: the weekday and distance of a one-day value,
/// how it was resolved, and both ends of a range.
#[test]
fn date_details() {
    let found = annotate("Ministers met on Thursday in Moscow.", &options("2020-10-09"));
    let Detail::Date(d) = &found.spans[0].detail else { panic!("not a date") };
    assert_eq!(d.weekday.as_deref(), Some("Thursday"));
    assert_eq!(d.days_from_reference, Some(-1));
    assert_eq!(d.relative_to.as_deref(), Some("2020-10-09"));
    assert_eq!(format!("{:?}", d.resolution), "Relative");

    let found = annotate("The festival runs March 3-5 in 2021.", &options("2020-10-09"));
    let Detail::Date(d) = &found.spans[0].detail else { panic!("not a date") };
    assert_eq!(d.range, Some(("XXXX-03-03".to_string(), "XXXX-03-05".to_string())));

    // A range "between X and Y" is marked as its two ends (as TimeML does),
    // each carrying both.
    let found = annotate("The ban applied between 2010 and 2015 only.", &options("2020-10-09"));
    let ends: Vec<_> = found.spans.iter().map(|s| (s.text.as_str(), match &s.detail { Detail::Date(d) => d.range.clone(), _ => None })).collect();
    let both = Some(("2010".to_string(), "2015".to_string()));
    assert_eq!(ends, [("2010", both.clone()), ("2015", both)]);

    let found = annotate("They met yesterday.", &options("-"));
    let Detail::Date(d) = &found.spans[0].detail else { panic!("not a date") };
    assert_eq!(format!("{:?}", d.resolution), "Unresolved");
    assert_eq!(d.value, None);
}

/// The gold sets, where present next to the repository: every date in the
/// seed article is found with its value. Skips cleanly without the data.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn seed_article_dates() {
    let path = format!("{}/../shared/data/seed.jsonl", env!("CARGO_MANIFEST_DIR"));
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {path} is absent");
        return;
    };
    let doc: serde_json::Value = serde_json::from_str(text.lines().next().unwrap_or("{}")).unwrap();
    let body = doc["text"].as_str().unwrap_or_default();
    let reference = doc["referenceDate"].as_str().unwrap_or("-");
    let found = annotate(body, &options(reference));
    let units: Vec<u16> = body.encode_utf16().collect();
    for g in doc["spans"].as_array().into_iter().flatten() {
        if g["kind"] != "date" || g["optional"] == true {
            continue;
        }
        let (s, e) = (g["start"].as_u64().unwrap() as usize, g["end"].as_u64().unwrap() as usize);
        let hit = found.spans.iter().find(|x| x.start == s && x.end == e);
        let name = String::from_utf16_lossy(&units[s..e]);
        let hit = hit.unwrap_or_else(|| panic!("seed date {name:?} not found"));
        let Detail::Date(d) = &hit.detail else { panic!("{name:?} is not a date") };
        assert_eq!(d.value.as_deref(), g["value"].as_str(), "{name:?}");
    }
}
