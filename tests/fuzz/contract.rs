//! The output contract of `annotate`, checked in one place.
//!
//! This file is shared, through `#[path]`, by the cargo-fuzz target
//! (`tests/fuzz/fuzz_targets/annotate.rs`), the property tests
//! (`tests/invariants.rs`) and the pathological-input tests
//! (`tests/pathological.rs`), so that the three agree on what "correct
//! output" means and a fix to the contract is made once.
//!
//! Every check panics with a message that names the span and the rule, so a
//! failure in a fuzzer, a shrunk proptest case or a plain test reads the same.
//! It depends only on the public API and the standard library, because the
//! fuzz crate is built outside the main workspace.
#![allow(dead_code)]

use article_annotator::{
    annotate, Annotations, CalendarDate, DateDetail, Detail, FigureDetail, Kind, Kinds, Options, PlaceDetail,
    ReferenceSource, Resolution, Span, TimexType,
};

/// Annotates `text` with `options`, checks the whole contract, and returns
/// the annotations for any further, test-specific assertions.
pub fn annotate_checked(text: &str, options: &Options) -> Annotations {
    let found = annotate(text, options);
    check(text, options, &found);
    found
}

/// Panics unless `found` (the output of `annotate(text, options)`) keeps the
/// output contract: sorted, non-overlapping spans on character boundaries
/// whose text is the exact UTF-16 slice, of the requested kinds only, and
/// with well-formed values.
pub fn check(text: &str, options: &Options, found: &Annotations) {
    let units: Vec<u16> = text.encode_utf16().collect();
    check_reference(text, &units, options, found);
    let mut previous_end = 0usize;
    for (i, span) in found.spans.iter().enumerate() {
        let at = || format!("span #{i} {:?} [{}, {}) {:?}", span.kind, span.start, span.end, short(&span.text));
        assert!(span.start < span.end, "{}: empty or reversed range", at());
        assert!(span.end <= units.len(), "{}: ends past the text's {} UTF-16 units", at(), units.len());
        assert!(
            span.start >= previous_end,
            "{}: not sorted, or overlaps the span before it (which ends at {previous_end})",
            at()
        );
        previous_end = span.end;
        assert!(
            on_boundary(&units, span.start) && on_boundary(&units, span.end),
            "{}: offset inside a surrogate pair",
            at()
        );
        let slice = String::from_utf16(&units[span.start..span.end]);
        assert!(
            slice.as_deref().ok() == Some(span.text.as_str()),
            "{}: text is not the UTF-16 slice {:?}",
            at(),
            slice
        );
        assert!(
            !span.text.starts_with(char::is_whitespace) && !span.text.ends_with(char::is_whitespace),
            "{}: span begins or ends with whitespace",
            at()
        );
        assert!(options.kinds.contains(span.kind), "{}: kind was not requested", at());
        assert!(
            span.confidence.is_finite() && (0.0..=1.0).contains(&span.confidence),
            "{}: confidence {}",
            at(),
            span.confidence
        );
        let problem = match (&span.kind, &span.detail) {
            (Kind::Place, Detail::Place(d)) => place_problem(d),
            (Kind::Date, Detail::Date(d)) => date_problem(d, found),
            (Kind::Figure, Detail::Figure(d)) => figure_problem(d),
            _ => Some("the detail is of another kind than the span".to_string()),
        };
        if let Some(problem) = problem {
            panic!("{}: {problem}; detail = {:?}", at(), span.detail);
        }
    }
}

/// Checks the reference date: the caller's when given, else a dateline whose
/// range lies in the text.
fn check_reference(text: &str, units: &[u16], options: &Options, found: &Annotations) {
    match (options.reference_date, &found.reference_date) {
        (Some(given), Some(used)) => {
            assert_eq!(used.value, given, "the reference date is not the one passed in the options");
            assert_eq!(used.source, ReferenceSource::Option, "a given reference date must be reported as such");
        }
        (Some(_), None) => panic!("the reference date passed in the options was dropped"),
        (None, Some(used)) => {
            assert_eq!(
                used.source,
                ReferenceSource::Dateline,
                "no date was passed, yet the source is {:?}",
                used.source
            );
            let (start, end) = (used.start.unwrap_or(usize::MAX), used.end.unwrap_or(usize::MAX));
            assert!(
                start < end && end <= units.len() && on_boundary(units, start) && on_boundary(units, end),
                "dateline range [{start}, {end}) is not a range of the text ({} units): {:?}",
                units.len(),
                short(text)
            );
        }
        (None, None) => {}
    }
}

/// True if UTF-16 offset `at` does not split a surrogate pair.
fn on_boundary(units: &[u16], at: usize) -> bool {
    at == 0 || at >= units.len() || !(0xDC00..=0xDFFF).contains(&units[at])
}

/// At most 80 characters of `s`, for messages about huge inputs.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn place_problem(d: &PlaceDetail) -> Option<String> {
    if d.name.trim().is_empty() {
        return Some("place without a name".into());
    }
    coordinates_problem(d.country_code.as_deref(), d.lat, d.lon).or_else(|| {
        d.alternatives.iter().find_map(|a| {
            coordinates_problem(a.country_code.as_deref(), a.lat, a.lon)
                .map(|p| format!("alternative {:?}: {p}", a.name))
        })
    })
}

fn coordinates_problem(code: Option<&str>, lat: Option<f64>, lon: Option<f64>) -> Option<String> {
    if let Some(code) = code {
        if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())) {
            return Some(format!("country code {code:?} is not two ASCII capitals"));
        }
    }
    if lat.is_some_and(|v| !(-90.0..=90.0).contains(&v)) {
        return Some(format!("latitude {lat:?} outside [-90, 90]"));
    }
    if lon.is_some_and(|v| !(-180.0..=180.0).contains(&v)) {
        return Some(format!("longitude {lon:?} outside [-180, 180]"));
    }
    None
}

/// TIMEX3 modifiers (TimeML 1.2.1).
const TIMEX_MODS: [&str; 12] = [
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
];

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn date_problem(d: &DateDetail, found: &Annotations) -> Option<String> {
    let reference = found.reference_date.as_ref().map(|r| r.value);
    if let Some(value) = &d.value {
        if !is_timex_value(value) {
            return Some(format!("value {value:?} is not a TIMEX3 value"));
        }
        let is_duration = value.starts_with('P') && !value.ends_with("_REF");
        if d.timex_type == TimexType::Duration && !is_duration {
            return Some(format!("type DURATION with the non-duration value {value:?}"));
        }
        if matches!(d.timex_type, TimexType::Date | TimexType::Time) && is_duration {
            return Some(format!("type {:?} with the duration value {value:?}", d.timex_type));
        }
        // A value naming one calendar day must agree with the weekday and
        // day count reported beside it.
        if let Some(day) = value.get(..10).and_then(|s| s.parse::<CalendarDate>().ok()) {
            if let Some(w) = &d.weekday {
                if w != day.weekday_name() {
                    return Some(format!("weekday {w:?} but {day} is a {}", day.weekday_name()));
                }
            }
            if let (Some(n), Some(r)) = (d.days_from_reference, reference) {
                let expected = days(day) - days(r);
                if n != expected {
                    return Some(format!("daysFromReference {n} but {day} is {expected} days from {r}"));
                }
            }
        }
    }
    if let Some((a, b)) = &d.range {
        if !is_timex_value(a) || !is_timex_value(b) {
            return Some(format!("range ({a:?}, {b:?}) holds a non-TIMEX3 value"));
        }
    }
    if let Some(m) = &d.modifier {
        if !TIMEX_MODS.contains(&m.as_str()) {
            return Some(format!("modifier {m:?} is not a TIMEX3 mod"));
        }
    }
    if let Some(w) = &d.weekday {
        if !WEEKDAYS.contains(&w.as_str()) {
            return Some(format!("weekday {w:?} is not an English weekday name"));
        }
    }
    // A relative value is resolved against the reference date or against a
    // date the narrative set ("In 2019 ... in July"), and says which.
    if let Some(rel) = &d.relative_to {
        if rel.parse::<CalendarDate>().is_err() {
            return Some(format!("relativeTo {rel:?} is not a YYYY-MM-DD date"));
        }
    }
    if d.resolution == Resolution::Relative && d.relative_to.is_none() && reference.is_none() {
        return Some("resolved relative to nothing: no reference date and no relativeTo".into());
    }
    if d.days_from_reference.is_some() && reference.is_none() {
        return Some("daysFromReference without a reference date".into());
    }
    None
}

fn figure_problem(d: &FigureDetail) -> Option<String> {
    if !d.value.is_finite() {
        return Some(format!("value {} is not finite", d.value));
    }
    if let Some([lo, hi]) = d.range {
        if !lo.is_finite() || !hi.is_finite() || lo >= hi || d.value < lo || d.value > hi {
            return Some(format!("range [{lo}, {hi}] is not a finite range holding the value {}", d.value));
        }
    }
    if let Some(c) = &d.currency {
        if !(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())) {
            return Some(format!("currency {c:?} is not an ISO 4217 code"));
        }
    }
    if d.unit.as_deref().is_some_and(|u| u.trim().is_empty()) {
        return Some("empty unit".into());
    }
    if d.approx != (d.exactness != article_annotator::Exactness::Exact) {
        return Some(format!("approx {} disagrees with exactness {:?}", d.approx, d.exactness));
    }
    None
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`), written out
/// here so the checker does not trust the calendar code it checks.
fn days(d: CalendarDate) -> i64 {
    let (m, day) = (d.month() as i64, d.day() as i64);
    let y = d.year() as i64 - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day - 1;
    era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
}

/// True if `s` is a TIMEX3 `value` (TimeML 1.2.1 and the ISO-TimeML
/// extensions news annotators emit). Permissive about what TIMEX3 allows,
/// strict about garbage: empty strings, spaces, `NaN`, impossible months.
///
/// Accepted: `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`; durations `P25Y`, `PXY`,
/// `P1.5Y`, `P2W`, `P1DT3H`, `PT30M`, `P2DE`, `P1CE`, `P1ML`, `P1Q`, `P1WE`;
/// calendar values whose year is 4 digits (`2020`), 3 (a decade, `199`), 2 (a
/// century, `19`) or 1 (a millennium), optionally `BC` or `-` before it, any
/// digit may be `X`; then `-MM`, `-MM-DD`, `-Www`, `-Www-D`, `-Www-WE`,
/// seasons `-SP/SU/FA/WI`, quarters `-Q1..Q4`, halves `-H1/H2`; then on a day
/// or a week-day a time `THH`, `THH:MM`, `THH:MM:SS` or a part of the day
/// `TMO/MI/AF/EV/NI/DT`.
pub fn is_timex_value(s: &str) -> bool {
    matches!(s, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") || is_duration(s) || is_point(s)
}

fn is_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else { return false };
    let (date_part, time_part) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let date_ok = date_part.is_empty() || duration_parts(date_part, &["Y", "M", "W", "D", "Q", "DE", "CE", "ML", "WE"]);
    let time_ok = match time_part {
        None => !date_part.is_empty(),
        Some(t) => !t.is_empty() && duration_parts(t, &["H", "M", "S"]),
    };
    date_ok && time_ok
}

/// One or more `<number or X><unit>` pairs, e.g. `1Y6M`, `XY`, `1.5D`.
fn duration_parts(mut s: &str, units: &[&str]) -> bool {
    if s.is_empty() {
        return false;
    }
    while !s.is_empty() {
        let n = s.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b'X').count();
        let number = &s[..n];
        let numeric_ok = number == "X"
            || (!number.is_empty()
                && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && number.matches('.').count() <= 1
                && !number.starts_with('.')
                && !number.ends_with('.'));
        if !numeric_ok {
            return false;
        }
        s = &s[n..];
        // Longest unit first, so "DE" is not read as "D" then "E".
        let Some(unit) = units.iter().filter(|u| s.starts_with(**u)).max_by_key(|u| u.len()) else { return false };
        s = &s[unit.len()..];
    }
    true
}

fn is_point(s: &str) -> bool {
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let body = date.strip_prefix("BC").or_else(|| date.strip_prefix('-')).unwrap_or(date);
    let year_len = body.bytes().take_while(|b| b.is_ascii_digit() || *b == b'X').count();
    if !(1..=4).contains(&year_len) {
        return false;
    }
    let rest = &body[year_len..];
    if rest.is_empty() {
        return time.is_none();
    }
    // Months, weeks and seasons only follow a full four-digit year.
    let Some(rest) = rest.strip_prefix('-').filter(|_| year_len == 4) else { return false };
    // Seasons come before weeks: "WI" (winter) also starts with a W.
    let day_level = if matches!(rest, "SP" | "SU" | "FA" | "WI" | "Q1" | "Q2" | "Q3" | "Q4" | "QX" | "H1" | "H2" | "HX")
    {
        false
    } else if let Some(week) = rest.strip_prefix('W') {
        let (ww, day) = match week.split_once('-') {
            Some((w, d)) => (w, Some(d)),
            None => (week, None),
        };
        if !two(ww, 1, 53) {
            return false;
        }
        match day {
            None => false,
            Some("WE") => false,
            Some(d) if d.len() == 1 && matches!(d.as_bytes()[0], b'1'..=b'7' | b'X') => true,
            Some(_) => return false,
        }
    } else {
        let (mm, dd) = match rest.split_once('-') {
            Some((m, d)) => (m, Some(d)),
            None => (rest, None),
        };
        if !two(mm, 1, 12) {
            return false;
        }
        match dd {
            None => false,
            Some(dd) => {
                if !two(dd, 1, 31) {
                    return false;
                }
                // A fully numeric day must exist in its month and year.
                if let (Ok(y), Ok(m), Ok(d)) = (body[..4].parse::<i32>(), mm.parse::<u32>(), dd.parse::<u32>()) {
                    let year = if date.starts_with("BC") || date.starts_with('-') { -y } else { y };
                    if CalendarDate::new(year, m, d).is_none() {
                        return false;
                    }
                }
                true
            }
        }
    };
    match time {
        None => true,
        Some(t) => day_level && is_time_of_day(t),
    }
}

/// Two characters, each a digit or `X`; when both are digits the number lies
/// in `lo..=hi`.
fn two(s: &str, lo: u32, hi: u32) -> bool {
    if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit() || b == b'X') {
        return false;
    }
    s.parse::<u32>().map_or(true, |n| (lo..=hi).contains(&n))
}

fn is_time_of_day(t: &str) -> bool {
    if matches!(t, "MO" | "MI" | "AF" | "EV" | "NI" | "DT") {
        return true;
    }
    // A zone after the clock (ISO 8601, as TIMEX3 allows): "12:00Z", "12:00+08:00".
    let t = match t.strip_suffix('Z') {
        Some(clock) => clock,
        None => match t.len().checked_sub(6).and_then(|k| t.get(k..).map(|z| (k, z))) {
            Some((k, z)) if (z.starts_with('+') || z.starts_with('-')) && two(&z[1..3], 0, 14) && &z[3..4] == ":" && two(&z[4..], 0, 59) => &t[..k],
            _ => t,
        },
    };
    let mut parts = t.split(':');
    let hour_ok = parts.next().is_some_and(|h| two(h, 0, 24));
    let rest: Vec<&str> = parts.collect();
    hour_ok && rest.len() <= 2 && rest.iter().all(|p| two(p, 0, 59))
}

/// Options chosen by the first three bytes of a fuzz input, and the rest of
/// the input. Byte 0: bit 0 gives a reference date, bit 1 reads dates day
/// first, bits 2-4 pick the kinds (none set means all). Byte 1 picks the
/// reference date, including the ends of the calendar where "next year" has
/// no answer. Short inputs get the default options.
pub fn options_from_bytes(data: &[u8]) -> (Options, &[u8]) {
    const REFERENCES: [&str; 8] = [
        "2020-10-09",
        "2024-02-29",
        "1970-01-01",
        "0001-01-01",
        "9999-12-31",
        "2000-12-31",
        "1999-01-01",
        "2021-01-03",
    ];
    let [flags, pick, ..] = *data else { return (Options::default(), data) };
    let mut options = Options { day_first: flags & 2 != 0, ..Options::default() };
    if flags & 1 != 0 {
        options.reference_date = REFERENCES[pick as usize % REFERENCES.len()].parse().ok();
    }
    let mut kinds = Kinds::none();
    for (bit, kind) in [(4u8, Kind::Place), (8, Kind::Date), (16, Kind::Figure)] {
        if flags & bit != 0 {
            kinds = kinds.with(kind);
        }
    }
    if kinds != Kinds::none() {
        options.kinds = kinds;
    }
    (options, &data[2..])
}

/// One fuzz input: options from its first bytes, then the rest annotated as
/// UTF-8 (decoded lossily, which is the exact string whenever the bytes are
/// valid UTF-8) and as UTF-16LE (decoded lossily, as a browser string with
/// lone surrogates reaches the wasm build; this also reaches non-Latin
/// scripts and astral characters far more often than random UTF-8 does).
/// The same text annotated twice must give the same output.
pub fn fuzz_one(data: &[u8]) {
    let (options, rest) = options_from_bytes(data);
    let utf8 = String::from_utf8_lossy(rest);
    let first = annotate_checked(&utf8, &options);
    assert_eq!(first, annotate(&utf8, &options), "annotate is not deterministic");
    let utf16: Vec<u16> = rest.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
    annotate_checked(&String::from_utf16_lossy(&utf16), &options);
}

/// The spans of `kind`, for brevity in tests.
pub fn of_kind(found: &Annotations, kind: Kind) -> Vec<&Span> {
    found.spans.iter().filter(|s| s.kind == kind).collect()
}
