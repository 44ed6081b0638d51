//! The corpus of every kind, one harness: `tests/corpus/{place,date,figure}.tsv`,
//! run through the public API as a user calls it, natively (`cargo test`) and
//! in wasm in Node and headless Chromium (`wasm-pack test`).
//!
//! The format is in each file's header: a sentence, its reference date, and
//! the spans of the file's kind it must yield with the details that matter,
//! under a `## ` heading that says what the rows guard. A row with `-` is the
//! negative corpus: no span of that kind at all. The clock is never read:
//! every relative date is resolved against the row's reference date.

use article_annotator::{annotate, Detail, Kind, Options, Span};
use serde_json::Value;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

/// The tables are compiled in, so that they also run in wasm (no file system).
const CORPORA: [(Kind, &str, &str); 3] = [
    (Kind::Place, "place.tsv", include_str!("corpus/place.tsv")),
    (Kind::Date, "date.tsv", include_str!("corpus/date.tsv")),
    (Kind::Figure, "figure.tsv", include_str!("corpus/figure.tsv")),
];

/// One row of a corpus file.
struct Row {
    line: usize,
    section: String,
    text: String,
    reference: Option<String>,
    expected: Vec<(String, Vec<(String, String)>)>,
    /// The list ends in "...": other spans may come besides.
    open: bool,
}

fn rows(file: &str, table: &str) -> Vec<Row> {
    let mut section = String::new();
    let mut out = Vec::new();
    for (n, line) in table.lines().enumerate() {
        let at = format!("{file}:{}", n + 1);
        if let Some(heading) = line.strip_prefix("## ") {
            section = heading.trim().to_string();
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{at}: expected 3 tab-separated columns: {line}");
        assert!(!section.is_empty(), "{at}: a row before any '## ' heading says nothing of what it guards");
        let mut items: Vec<&str> = if cols[2] == "-" { Vec::new() } else { cols[2].split(" | ").collect() };
        let open = items.last() == Some(&"...");
        if open {
            items.pop();
        }
        let expected = items.iter().map(|item| parse_item(item, &at)).collect();
        out.push(Row {
            line: n + 1,
            section: section.clone(),
            text: cols[0].replace("\\n", "\n"),
            reference: (cols[1] != "-").then(|| cols[1].to_string()),
            expected,
            open,
        });
    }
    out
}

/// `some 400 {value=400, counts=lives}` -> the span text and its details.
fn parse_item(item: &str, at: &str) -> (String, Vec<(String, String)>) {
    let Some((span, details)) = item.strip_suffix('}').and_then(|i| i.rsplit_once(" {")) else {
        return (item.to_string(), Vec::new());
    };
    let details = details
        .split(", ")
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or_else(|| panic!("{at}: detail {kv:?} is not key=value"));
            (k.to_string(), v.to_string())
        })
        .collect();
    (span.to_string(), details)
}

/// The span's detail as JSON (the shape JavaScript sees), for reading keys.
fn detail_json(span: &Span) -> Value {
    let mut v = serde_json::to_value(span).expect("a span serializes");
    v[span.kind.as_str()].take()
}

/// What a detail key reads as for one span, in the corpus's spelling ("-"
/// for absent, "yes"/"no" for flags, numbers compared as numbers elsewhere).
fn actual(span: &Span, key: &str) -> String {
    let d = detail_json(span);
    let field = match (span.kind, key) {
        (Kind::Place, "country") => "countryCode",
        (_, "mod") => "mod",
        (_, k) => k,
    };
    match &d[field] {
        Value::Null => match (span.kind, key) {
            (Kind::Figure, "vague") => "no".into(),
            _ => "-".into(),
        },
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::String(s) => s.clone(),
        // A figure's range [300.0, 400.0] reads "300..400", as a date's does.
        Value::Array(a) => a
            .iter()
            .map(|x| x.as_str().map(str::to_string).or_else(|| x.as_f64().map(|f| f.to_string())).unwrap_or_else(|| x.to_string()))
            .collect::<Vec<_>>()
            .join(".."),
        other => other.to_string(),
    }
}

fn same_value(key: &str, want: &str, got: &str) -> bool {
    if want == got {
        return true;
    }
    // Numbers: 400 and 400.0 are one value; fractions compare to 1e-9.
    match (key, want.parse::<f64>(), got.parse::<f64>()) {
        ("value", Ok(w), Ok(g)) => (w - g).abs() <= 1e-9 * w.abs().max(1.0),
        _ => false,
    }
}

fn check(kind: Kind, file: &str, row: &Row) -> Option<String> {
    let mut options = Options::default().with_kinds(&[kind.as_str()]).unwrap();
    if let Some(r) = &row.reference {
        options = options.with_reference_date(r).unwrap_or_else(|e| panic!("{file}:{}: {e}", row.line));
    }
    let spans: Vec<Span> = annotate(&row.text, &options).spans.into_iter().filter(|s| s.kind == kind).collect();
    let got: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
    let mut problems = Vec::new();
    if row.open {
        // Each listed span is there, in the listed order.
        let mut from = 0;
        for (text, _) in &row.expected {
            match spans[from..].iter().position(|s| &s.text == text) {
                Some(p) => from += p + 1,
                None => problems.push(format!("no {text:?} (in order)")),
            }
        }
    } else {
        let want: Vec<&str> = row.expected.iter().map(|(t, _)| t.as_str()).collect();
        if want != got {
            problems.push(format!("expected exactly {want:?}"));
        }
    }
    for (text, details) in &row.expected {
        let Some(span) = spans.iter().find(|s| &s.text == text) else { continue };
        for (key, want) in details {
            let have = actual(span, key);
            if !same_value(key, want, &have) {
                problems.push(format!("{text:?} has {key}={have}, expected {want}"));
            }
        }
        if let Detail::Figure(f) = &span.detail {
            // The gold data's flag must agree with the exactness.
            if f.approx != (f.exactness != article_annotator::Exactness::Exact) {
                problems.push(format!("{text:?}: approx {} disagrees with exactness {:?}", f.approx, f.exactness));
            }
        }
    }
    (!problems.is_empty()).then(|| format!("{file}:{} [{}]\n    {:?}\n    {}\n    got {got:?}", row.line, row.section, row.text, problems.join("; ")))
}

fn run(kind: Kind) {
    // The rows hold small towns from the second tier, which a wasm build
    // loads at run time (natively it is embedded, and this only checks it).
    article_annotator::load_local_places(include_bytes!("../src/data/places-local.bin")).expect("the local tier loads");
    let (_, file, table) = CORPORA.iter().find(|c| c.0 == kind).expect("a corpus for every kind");
    let all = rows(file, table);
    assert!(all.len() >= 60, "{file} has only {} rows: truncated?", all.len());
    assert!(all.iter().any(|r| r.expected.is_empty()), "{file} has no negative rows");
    let failures: Vec<String> = all.iter().filter_map(|r| check(kind, file, r)).collect();
    assert!(failures.is_empty(), "{} of {} rows of {file} failed:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn place_corpus() {
    run(Kind::Place);
}

#[test]
fn date_corpus() {
    run(Kind::Date);
}

#[test]
fn figure_corpus() {
    run(Kind::Figure);
}

/// The harness itself: an exact list fails on an extra span, an open list
/// does not, a wrong detail fails, and a negative row fails on any span.
#[test]
fn the_harness_sees_what_is_wrong() {
    let table = "## test\nTalks in Geneva and Baku.\t-\tGeneva {country=CH}\n\
                 Talks in Geneva and Baku.\t-\tGeneva | ...\n\
                 Talks in Geneva.\t-\tGeneva {country=FR}\n\
                 Talks in Geneva.\t-\t-\n";
    let results: Vec<bool> = rows("t.tsv", table).iter().map(|r| check(Kind::Place, "t.tsv", r).is_none()).collect();
    assert_eq!(results, [false, true, false, false]);
}
