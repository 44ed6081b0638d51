//! Dates: temporal expressions normalized to TIMEX3 against the reference date.
//!
//! The recognizer is a small token grammar in the manner of chrono and
//! HeidelTime: at each token a set of sub-parsers (explicit dates, years,
//! relative dates, weekdays, times, durations, sets, holidays) each propose
//! the longest expression starting there, the longest wins, and modifiers
//! that change the value ("more than", "early", "the end of") are read around
//! it. Parsing yields a meaning (`Sem`) that does not depend on the reference
//! date; a second pass resolves meanings in text order, so that anaphoric
//! expressions ("the next day") can lean on the last date mentioned and
//! partial dates ("21 August") can take the year the narrative is in.

mod describe;
mod grammar;
mod lexicon;
mod resolve;

use crate::calendar::CalendarDate;
use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::{Detail, Kind};
use crate::text::Doc;

use grammar::Parser;

/// The date recognizer, as the pipeline runs it.
pub(crate) const RECOGNIZER: Recognizer = Recognizer {
    kind: Kind::Date,
    also_for: &[Kind::Figure],
    recognize,
    find_reference: Some(find_dateline),
};

/// Proposes a date candidate for every temporal expression in `doc`.
pub(crate) fn recognize(doc: &Doc, ctx: &Context, out: &mut Vec<Candidate>) {
    let parser = Parser::new(doc, ctx.options.day_first, ctx.reference.map(|r| r.year()));
    let found = parser.scan();
    let details = resolve::resolve_all(doc, &found, ctx.reference);
    for (f, mut detail) in found.iter().zip(details) {
        describe::describe(&mut detail);
        let (Some(s), Some(e)) = (doc.tokens.get(f.start), doc.tokens.get(f.end.wrapping_sub(1))) else { continue };
        out.push(Candidate {
            start: s.start(),
            end: e.end(),
            kind: Kind::Date,
            confidence: confidence(f),
            detail: Box::new(Detail::Date(detail)),
        });
    }
}

/// How sure the grammar is: a full written date is near certain, a year in
/// a year context nearly so, a vague reference ("now", "recently") less.
fn confidence(f: &grammar::Found) -> f32 {
    use grammar::{Sem, Val};
    match &f.sem {
        Sem::Abs(Val::Day(_) | Val::DayTime(..)) => 0.97,
        // Still above a plain number: a year in a year context is not a figure.
        Sem::Abs(Val::Year(_)) => 0.92,
        Sem::Ref(_) | Sem::Unknown => 0.6,
        _ => f.confidence,
    }
}

/// A dateline or publication date at the top of the article: the date and
/// its byte range.
///
/// Conservative on purpose: only a full date with a year ("Friday, October 9,
/// 2020", "9 October 2020", "2020-10-09T08:00") among the first lines counts,
/// since a wrong reference date would shift every relative date in the text.
pub(crate) fn find_dateline(doc: &Doc) -> Option<(CalendarDate, usize, usize)> {
    // The loop below stops at byte 600.
    let parser = Parser::for_prefix(doc, 600);
    let mut lines = 0usize;
    let mut i = 0usize;
    while i < doc.tokens.len() {
        let t = doc.tokens[i];
        if t.newlines_before() > 0 && i > 0 {
            lines += t.newlines_before() as usize;
        }
        // The title and dateline area: the first few lines, and the first
        // 400 bytes of a text without line breaks.
        if lines > 6 || t.start() > 600 || (lines == 0 && t.start() > 400) {
            break;
        }
        if let Some(f) = parser.parse_at(i) {
            if let grammar::Sem::Abs(grammar::Val::Day(d)) = f.sem {
                if f.explicit_year && f.modifier.is_none() {
                    let (s, e) = (doc.tokens.get(f.start)?.start(), doc.tokens.get(f.end.checked_sub(1)?)?.end());
                    return Some((d, s, e));
                }
            }
            i = f.end.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::span::DateDetail;

    fn dates(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
        let mut options = Options::default();
        if let Some(r) = reference {
            options = options.with_reference_date(r).unwrap();
        }
        let doc = Doc::new(text);
        let ctx = Context { options: &options, reference: options.reference_date };
        let mut out = Vec::new();
        recognize(&doc, &ctx, &mut out);
        out.iter()
            .map(|c| {
                let v = match &*c.detail {
                    Detail::Date(DateDetail { value, .. }) => value.clone(),
                    _ => None,
                };
                (text[c.start..c.end].to_string(), v)
            })
            .collect()
    }

    #[test]
    fn dateline_needs_a_full_date_near_the_top() {
        let d = Doc::new("Talks resume\n\nFriday, October 9, 2020\n\nThe two sides met on Thursday.");
        let (date, s, e) = find_dateline(&d).unwrap();
        assert_eq!(date.to_string(), "2020-10-09");
        assert_eq!(&d.text[s..e], "Friday, October 9, 2020");
        assert!(find_dateline(&Doc::new("They met on October 9 in Geneva.")).is_none());
        assert_eq!(find_dateline(&Doc::new("(Reuters) Oct 9, 2020 - Talks began.")).map(|x| x.0.to_string()), Some("2020-10-09".into()));
    }

    #[test]
    fn no_reference_means_no_invented_value() {
        let got = dates("They met yesterday and on October 9, 2020.", None);
        assert_eq!(got, [("yesterday".to_string(), None), ("October 9, 2020".to_string(), Some("2020-10-09".to_string()))]);
    }

    /// Random mixes of date words, digits, punctuation and non-ASCII
    /// letters never panic (a small deterministic generator, no crate).
    #[test]
    fn random_token_soup_never_panics() {
        const PARTS: [&str; 40] = [
            "May", "march", "9", "2020", "-", "–", "/", ":", ".", ",", "'", "9é", "Q3", "1990s", "the", "last", "next",
            "Friday", "at", "3", "p", "m", "from", "to", "between", "and", "BC", "early", "mid", "of", "year", "ago",
            "every", "tonight", "🙂", "é", "\r\n", "Christmas", "GMT", "(",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..40 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(PARTS[(x % PARTS.len() as u64) as usize]);
                if x & 8 == 0 {
                    s.push(' ');
                }
            }
            let _ = dates(&s, Some("2020-10-09"));
            let _ = dates(&s, None);
        }
    }

    #[test]
    fn hostile_input_is_linear_and_safe() {
        let digits = "1".repeat(100_000);
        assert!(dates(&digits, Some("2020-10-09")).is_empty());
        let caps = "May March Friday 2020 - / : ".repeat(5_000);
        let _ = dates(&caps, Some("2020-10-09"));
        let _ = dates("\u{0}😀 e\u{301} \r\n 12:", Some("2020-10-09"));
    }
}
