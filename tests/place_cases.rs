//! Runs tests/data/place_cases.tsv: sentences with the places they must
//! yield (text and country code), and a negative corpus that must yield none.
//! Through the public API, as a user would call it.

use article_annotator::{annotate, Detail, Options};

// The same table runs natively (`cargo test`) and in wasm, in Node and in
// headless Chromium (`wasm-pack test`): there, `#[test]` is wasm-bindgen-test's.
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn places(text: &str) -> Vec<(String, String)> {
    places_with_feature(text).into_iter().map(|(t, c, _)| (t, c)).collect()
}

/// Text, country code and feature ("city", "region") of each place.
fn places_with_feature(text: &str) -> Vec<(String, String, String)> {
    let options = Options::default().with_kinds(&["place"]).unwrap();
    annotate(text, &options)
        .spans
        .into_iter()
        .map(|s| match s.detail {
            Detail::Place(p) => {
                let feature = format!("{:?}", p.feature).to_lowercase();
                (s.text, p.country_code.unwrap_or_else(|| "-".to_string()), feature)
            }
            _ => (s.text, "?".to_string(), String::new()),
        })
        .collect()
}

#[test]
fn place_cases() {
    let table = include_str!("data/place_cases.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (sentence, expected) = line.split_once('\t').unwrap_or((line, ""));
        let expected: Vec<(String, String)> = expected
            .split(" | ")
            .filter(|e| !e.trim().is_empty())
            .map(|e| {
                let (t, c) = e.rsplit_once('=').expect("text=CC");
                (t.to_string(), c.to_string())
            })
            .collect();
        // "Porto=PT/city" also checks the feature; "Porto=PT" only the country.
        let got: Vec<(String, String)> = places_with_feature(sentence)
            .into_iter()
            .zip(expected.iter().map(|e| e.1.contains('/')).chain(std::iter::repeat(false)))
            .map(|((t, c, f), with_feature)| (t, if with_feature { format!("{c}/{f}") } else { c }))
            .collect();
        count += 1;
        if got != expected {
            failures.push(format!("{sentence}\n    expected {expected:?}\n    got      {got:?}"));
        }
    }
    assert!(count >= 30, "the table has {count} cases");
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
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
