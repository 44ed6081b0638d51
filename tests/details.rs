//! Details a reader relies on that a table row cannot say (both ends of a
//! range, how a date was resolved), hostile input per kind, and floors on
//! the shared gold data where it is present (skipping, saying so, where it
//! is not). The corpus of each kind is in `tests/corpus/` (`tests/corpus.rs`).

use article_annotator::{annotate, Detail, FigureDetail, Options, Span};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn options(reference: &str) -> Options {
    let mut o = Options::default().with_kinds(&["date"]).unwrap();
    if reference != "-" {
        o = o.with_reference_date(reference).unwrap();
    }
    o
}

fn figures(text: &str) -> Vec<(Span, FigureDetail)> {
    let options = Options::default().with_kinds(&["figure"]).unwrap();
    annotate(text, &options)
        .spans
        .into_iter()
        .filter_map(|s| match s.detail.clone() {
            Detail::Figure(f) => Some((s, *f)),
            _ => None,
        })
        .collect()
}

fn places(text: &str) -> Vec<(String, String)> {
    let options = Options::default().with_kinds(&["place"]).unwrap();
    annotate(text, &options)
        .spans
        .into_iter()
        .map(|s| match s.detail {
            Detail::Place(p) => (s.text, p.country_code.unwrap_or_else(|| "-".to_string())),
            _ => (s.text, "?".to_string()),
        })
        .collect()
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

#[test]
fn hostile_input_gives_sane_results() {
    for text in ["", "\0\0\0", "😀 Paris 😀", "e\u{301}\u{301}\u{301} Baku", "A-B-C-D-E-F-G-H", "U.S.A.U.S.A.U.S.A.", "\r\nBaku\r\n"] {
        let got = places(text);
        assert!(got.len() <= 3, "{text:?}: {got:?}");
    }
    let many = "Baku ".repeat(50_000);
    assert!(!places(&many).is_empty());
}
