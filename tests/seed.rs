//! The seed article (../shared/data/seed.jsonl, hand-annotated): concrete
//! spans and values a reader relies on, and the score floor of each kind.
//! Skips, saying so, where ../shared is absent.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_annotator::{Detail, Exactness};
use common::*;

fn seed() -> Option<(GoldDoc, Vec<article_annotator::Span>)> {
    let dir = shared_data("seed")?;
    let doc = read_gold(&dir.join("seed.jsonl")).into_iter().next().expect("one seed document");
    let spans = run(&doc, &["place", "date", "figure"]);
    Some((doc, spans))
}

#[test]
fn every_span_is_its_own_utf16_slice() {
    let Some((doc, spans)) = seed() else { return };
    for s in &spans {
        assert_eq!(utf16_slice(&doc.text, s.start, s.end), s.text, "{s:?}");
    }
    assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "spans overlap or are unsorted");
}

#[test]
fn concrete_spans_and_values() {
    let Some((_, spans)) = seed() else { return };
    let find = |text: &'static str| spans.iter().filter(move |s| s.text == text);

    let geneva: Vec<_> = find("Geneva").collect();
    assert!(!geneva.is_empty(), "Geneva not found");
    for s in geneva {
        let Detail::Place(p) = &s.detail else { panic!("Geneva is not a place: {s:?}") };
        assert_eq!(p.country_code.as_deref(), Some("CH"));
    }
    let fridays: Vec<_> = find("Friday").collect();
    assert!(fridays.len() >= 3, "Friday found {} times", fridays.len());
    for s in fridays {
        let Detail::Date(d) = &s.detail else { panic!("Friday is not a date: {s:?}") };
        assert_eq!(d.value.as_deref(), Some("2020-10-09"));
    }
    let some_400 = find("some 400").next().expect("'some 400' is one figure");
    let Detail::Figure(f) = &some_400.detail else { panic!("not a figure: {some_400:?}") };
    assert_eq!(f.value, 400.0);
    assert_eq!(f.exactness, Exactness::Approximate);
    assert_eq!(f.counts.as_deref(), Some("lives"));
    assert!(!spans.iter().any(|s| s.text == "Azerbaijani" || s.text == "Minsk"), "a demonym or an organisation's place name was marked");
}

#[test]
fn each_kind_scores_at_least_the_floor() {
    let Some(pair) = seed() else { return };
    let docs = [pair];
    for kind in ["place", "date", "figure"] {
        let (p, r, f) = f1(&docs, kind, true);
        eprintln!("seed {kind}: relaxed P {p:.3} R {r:.3} F1 {f:.3}");
        assert!(f >= 0.8, "{kind}: relaxed F1 {f:.3} below 0.8 (P {p:.3}, R {r:.3})");
    }
}

/// Every required date of the seed article is found with its value (with
/// only dates asked for, so no other kind can win an overlap).
#[test]
fn every_seed_date_has_its_value() {
    let Some(dir) = shared_data("seed dates") else { return };
    let doc = read_gold(&dir.join("seed.jsonl")).into_iter().next().expect("one seed document");
    let found = run(&doc, &["date"]);
    for g in doc.spans.iter().filter(|g| g["kind"] == "date" && g["optional"] != true) {
        let (s, e) = (g["start"].as_u64().unwrap() as usize, g["end"].as_u64().unwrap() as usize);
        let name = utf16_slice(&doc.text, s, e);
        let hit = found.iter().find(|x| x.start == s && x.end == e).unwrap_or_else(|| panic!("seed date {name:?} not found"));
        let Detail::Date(d) = &hit.detail else { panic!("{name:?} is not a date") };
        assert_eq!(d.value.as_deref(), g["value"].as_str(), "{name:?}");
    }
}
